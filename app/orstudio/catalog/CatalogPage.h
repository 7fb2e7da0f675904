#pragma once

#include "catalog/CatalogLoader.h"
#include "domain/ApiError.h"
#include "domain/ModelInfo.h"

#include <QDateTime>
#include <QWidget>

#include <chrono>

class QAction;
class QDialog;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QSplitter;
class QTimer;
class QToolButton;

namespace orc {

class CatalogCache;
class CatalogFilterBar;
class CatalogProxy;
class CatalogTableView;
class EmptyStateWidget;
class ModelCatalogModel;
class ModelDetailsPane;
class NoticeBanner;
class OpenRouterClient;

// The model catalogue: filter bar, sortable table, details pane, and the loading story (cache at
// once, background refresh with progress, age of what is shown, errors in the view with Retry).
// Favourites, column layout and splitter sizes persist in Settings.
class CatalogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)
public:
    enum class State {
        Loading, // nothing to show yet, loading
        Ready,   // models listed
        NoMatch, // models loaded, but the filters hide them all
        Empty,   // the catalogue is empty
        Error,   // nothing to show and the last refresh failed
    };
    Q_ENUM(State)

    CatalogPage(OpenRouterClient *client, const CatalogCache &cache, QWidget *parent = nullptr);
    ~CatalogPage() override;

    void start();   // shows the cached catalogue and refreshes it
    void refresh(); // refreshes now (no-op while refreshing)
    void focusSearch();
    // Selects the model in the table, resetting the filters when they hide it.
    bool selectModel(const QString &id);
    ModelInfo currentModel() const;
    // Every model of the catalogue shown (unfiltered), in API order.
    const QList<ModelInfo> &models() const;

    State state() const { return m_state; }
    bool isRefreshing() const;
    const QDateTime &fetchedAt() const { return m_fetchedAt; }
    // "just now", "5 min ago", "3 h ago", "2 days ago".
    static QString describeAge(std::chrono::seconds age);

    QAction *findAction() const { return m_findAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *resetFiltersAction() const { return m_resetAction; }
    QAction *favouriteAction() const { return m_favouriteAction; }
    QAction *changesAction() const { return m_changesAction; } // opens "What changed"

    CatalogFilterBar *filterBar() const { return m_filterBar; }
    ModelCatalogModel *catalogModel() const { return m_model; }

signals:
    // A catalogue arrived (from the cache or the server): for the other pages' model pickers.
    void modelsChanged(const QList<orc::ModelInfo> &models);
    void chatRequested(const orc::ModelInfo &model);
    void imageRequested(const orc::ModelInfo &model);
    // The find action was triggered: the window should bring this page forward.
    void activationRequested();
    // The table viewport painted with at least one model row.
    void catalogPainted();
    // A load ended (refresh done or failed, cache read) and its result is laid out.
    void settled();
    void statusMessage(const QString &text, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void showChanges();
    void buildLayout();
    void restoreSettings();
    void saveSettings() const;

    void onModelsLoaded(const QList<ModelInfo> &models, const QDateTime &fetchedAt,
                        CatalogLoader::Source source);
    void onRefreshStarted();
    void onRefreshRetrying(int nextAttempt, int delayMs, const ApiError &reason);
    void onRefreshFailed(const ApiError &error);
    void onRefreshFinished(bool ok);
    void onQueryChanged();
    void onCurrentChanged();
    void onFavouritesChanged();
    void onStateAction();

    void updateCounts();
    void updateState();
    void updateAge();
    void ensureCurrentRow();

    CatalogLoader *m_loader;
    ModelCatalogModel *m_model;
    CatalogProxy *m_proxy;
    CatalogFilterBar *m_filterBar = nullptr;
    CatalogTableView *m_view = nullptr;
    ModelDetailsPane *m_details = nullptr;
    EmptyStateWidget *m_statePanel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    NoticeBanner *m_banner = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_ageLabel = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QTimer *m_ageTimer = nullptr;

    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_favouriteAction = nullptr;
    QAction *m_changesAction = nullptr;
    QDialog *m_changesDialog = nullptr;

    State m_state = State::Loading;
    ApiError m_lastError;
    QString m_retryNotice; // why the running refresh is waiting to try again, if it is
    QDateTime m_fetchedAt;
    bool m_haveModels = false;
    bool m_cacheDone = false;
};

} // namespace orc
