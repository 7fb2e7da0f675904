#pragma once

#include "api/ApiCall.h" // QPointer<ApiCall> members need the full type
#include "domain/ApiError.h"
#include "domain/Routing.h"
#include "store/RoutingCache.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;
class QTableView;

namespace orc {

class EndpointsTableModel;
class OpenRouterClient;

// The providers of the model shown in the catalogue's details pane, as a sortable table:
// shown from RoutingCache at once, refreshed from GET /models/{id}/endpoints (and the ZDR
// listing) in the background when the cache is missing or older than RoutingCache::kFreshFor.
// A provider can be pinned (tried first) or blocked (never used) from the buttons or the
// context menu: both edit the user's routing profile "My providers" (kPinProfileId) in Settings,
// which the chat settings offer like the built-in profiles.
class EndpointsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointsPanel)
public:
    static constexpr auto kPinProfileId = "my-providers";

    explicit EndpointsPanel(QWidget *parent = nullptr);
    ~EndpointsPanel() override;

    // Without a client the panel shows only what is cached.
    void setSource(OpenRouterClient *client, const RoutingCache &cache);
    void showModel(const QString &modelId);
    void clear();
    // Fetches the listing again even when the cache is fresh.
    void refresh();

    QString modelId() const { return m_modelId; }
    bool isLoading() const { return m_call != nullptr; }
    QTableView *view() const { return m_view; }
    EndpointsTableModel *tableModel() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *pinButton() const { return m_pin; }
    QPushButton *blockButton() const { return m_block; }

    // The provider slug of the selected row; empty when none.
    QString selectedSlug() const;
    // Pins / blocks `slug` (toggles: pinning a pinned provider unpins it) in "My providers".
    void togglePin(const QString &slug);
    void toggleBlock(const QString &slug);

    // `profiles` (the user's) with `slug` pinned or blocked in the "My providers" profile,
    // which is created when missing; pinning unblocks and blocking unpins.
    static QList<RoutingProfile> withPin(QList<RoutingProfile> profiles, const QString &slug,
                                         bool pin);

signals:
    // After the endpoints of `modelId` were shown (from the cache or the network).
    void endpointsShown(const QString &modelId, int count);
    void routingProfilesChanged();

private:
    void showEntry(const RoutingCache::Entry<ModelEndpoints> &entry);
    void startFetch();
    void onFetched(const QString &modelId, const ModelEndpoints &endpoints, const ApiError &error);
    void toggle(const QString &slug, bool pin);
    void updatePins();
    void updateButtons();
    void setStatus(const QString &text, bool busy);
    void showContextMenu(const QPoint &pos);
    QList<ModelEndpoint> zdrListing();

    QPointer<OpenRouterClient> m_client;
    RoutingCache m_cache;
    QString m_modelId;
    QPointer<ApiCall> m_call;
    QPointer<ApiCall> m_zdrCall;
    EndpointsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_pin;
    QPushButton *m_block;
    QToolButton *m_refresh;
};

} // namespace orc
