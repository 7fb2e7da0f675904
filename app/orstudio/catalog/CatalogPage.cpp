#include "catalog/CatalogPage.h"

#include "Icons.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogChangesView.h"
#include "catalog/CatalogFilterBar.h"
#include "catalog/CatalogProxy.h"
#include "catalog/CatalogTableView.h"
#include "catalog/ModalityDelegate.h"
#include "catalog/ModelCatalogModel.h"
#include "catalog/ModelDetailsPane.h"
#include "store/CatalogCache.h"
#include "store/RoutingCache.h"
#include "store/Settings.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/NoticeBanner.h"
#include "widgets/RetryNotice.h"

#include <QAction>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString errorTitle(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
        return CatalogPage::tr("Can't reach OpenRouter");
    case ApiError::Kind::Timeout:
        return CatalogPage::tr("OpenRouter did not answer in time");
    case ApiError::Kind::Auth:
        return CatalogPage::tr("OpenRouter refused the API key");
    case ApiError::Kind::RateLimited:
        return CatalogPage::tr("Too many requests");
    case ApiError::Kind::Server:
        return CatalogPage::tr("OpenRouter is having trouble");
    case ApiError::Kind::InvalidResponse:
        return CatalogPage::tr("The server's answer is not a model list");
    case ApiError::Kind::Config:
        return CatalogPage::tr("The connection settings are not usable");
    default:
        return CatalogPage::tr("The model catalog could not be loaded");
    }
}

QString errorIcon(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return u"offline"_s;
    case ApiError::Kind::Auth:
        return u"key"_s;
    default:
        return u"warning"_s;
    }
}

// "message (detail). hint" as HTML for a label.
QString errorHtml(const ApiError &error) {
    QString text = error.message.toHtmlEscaped();
    if (!error.detail.isEmpty())
        text += u" ("_s + error.detail.toHtmlEscaped() + u')';
    const QString hint = error.hint();
    if (!hint.isEmpty())
        text += u"<br><b>"_s + hint.toHtmlEscaped() + u"</b>"_s;
    return text;
}

} // namespace

CatalogPage::CatalogPage(OpenRouterClient *client, const CatalogCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_loader(new CatalogLoader(client, cache, this))
    , m_model(new ModelCatalogModel(this))
    , m_proxy(new CatalogProxy(this)) {
    setObjectName(u"catalogPage"_s);
    m_proxy->setObjectName(u"catalogProxy"_s);
    m_proxy->setSourceModel(m_model);
    createActions();
    buildLayout();
    restoreSettings();

    connect(m_loader, &CatalogLoader::modelsLoaded, this, &CatalogPage::onModelsLoaded);
    connect(m_loader, &CatalogLoader::refreshStarted, this, &CatalogPage::onRefreshStarted);
    connect(m_loader, &CatalogLoader::refreshRetrying, this, &CatalogPage::onRefreshRetrying);
    connect(m_loader, &CatalogLoader::refreshFailed, this, &CatalogPage::onRefreshFailed);
    connect(m_loader, &CatalogLoader::refreshFinished, this, &CatalogPage::onRefreshFinished);
    connect(m_loader, &CatalogLoader::cacheEmpty, this, [this] {
        m_cacheDone = true;
        updateState();
    });
    connect(m_loader, &CatalogLoader::cacheFailed, this, [this](const QString &message) {
        m_banner->showNotice(
            tr("The saved catalog could not be used: %1").arg(message.toHtmlEscaped()), false);
    });
    connect(m_loader, &CatalogLoader::cacheWriteFailed, this,
            [this](const QString &message) { emit statusMessage(message, 10000); });
    connect(m_loader, &CatalogLoader::changesRecorded, this,
            [this](const QList<CatalogChange> &changes) {
                emit statusMessage(tr("The catalog changed: %n change(s), see What Changed.",
                                      nullptr, int(changes.size())),
                                   10000);
            });

    connect(m_filterBar, &CatalogFilterBar::queryChanged, this, &CatalogPage::onQueryChanged);
    connect(m_model, &ModelCatalogModel::favouritesChanged, this,
            &CatalogPage::onFavouritesChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CatalogPage::onCurrentChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const int sourceRow = m_proxy->mapToSource(index).row();
        if (sourceRow >= 0)
            emit chatRequested(m_model->modelAt(sourceRow));
    });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == ModelCatalogModel::FavouriteColumn)
            m_model->toggleFavourite(m_proxy->modelId(index));
    });
    connect(m_view, &CatalogTableView::painted, this, [this] {
        if (m_proxy->rowCount() > 0 && m_stack->currentWidget() == m_view)
            emit catalogPainted();
    });
    connect(m_details, &ModelDetailsPane::chatRequested, this, &CatalogPage::chatRequested);
    connect(m_details, &ModelDetailsPane::imageRequested, this, &CatalogPage::imageRequested);
    connect(m_details, &ModelDetailsPane::favouriteToggled, m_model,
            &ModelCatalogModel::setFavourite);
    connect(m_statePanel, &EmptyStateWidget::actionTriggered, this, &CatalogPage::onStateAction);

    m_ageTimer->setInterval(30000);
    connect(m_ageTimer, &QTimer::timeout, this, &CatalogPage::updateAge);
    m_ageTimer->start();

    updateCounts();
    updateState();
}

CatalogPage::~CatalogPage() {
    saveSettings();
}

void CatalogPage::createActions() {
    m_findAction = new QAction(Icons::action(u"search"_s), tr("&Find Model"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        emit activationRequested();
        focusSearch();
    });

    m_refreshAction = new QAction(Icons::action(u"refresh"_s), tr("&Refresh Catalog"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    m_refreshAction->setToolTip(tr("Download the model list again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &CatalogPage::refresh);

    m_resetAction = new QAction(Icons::action(u"reset"_s), tr("Reset &Filters"), this);
    connect(m_resetAction, &QAction::triggered, this, [this] { m_filterBar->reset(); });

    m_favouriteAction = new QAction(Icons::action(u"star"_s), tr("Toggle &Favourite"), this);
    m_favouriteAction->setShortcut(QKeyCombination(Qt::ControlModifier, Qt::Key_D));
    m_favouriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_favouriteAction, &QAction::triggered, this, [this] {
        const ModelInfo model = currentModel();
        if (model.isValid())
            m_model->toggleFavourite(model.id());
    });
    addAction(m_findAction);
    addAction(m_refreshAction);
    addAction(m_favouriteAction);

    m_changesAction = new QAction(Icons::action(u"info"_s), tr("What &Changed..."), this);
    m_changesAction->setToolTip(tr("Models added, removed and re-priced, from one refresh of "
                                   "the catalog to the next"));
    connect(m_changesAction, &QAction::triggered, this, &CatalogPage::showChanges);
}

void CatalogPage::showChanges() {
    if (!m_changesDialog) {
        m_changesDialog = new QDialog(this);
        m_changesDialog->setObjectName(u"catalogChangesDialog"_s);
        m_changesDialog->setWindowTitle(tr("What Changed in the Catalog"));
        m_changesDialog->resize(900, 520);
        auto *view = new CatalogChangesView(m_loader->cache().historyPath(), m_changesDialog);
        auto *layout = new QVBoxLayout(m_changesDialog);
        layout->addWidget(view);
        connect(view, &CatalogChangesView::modelActivated, this, [this](const QString &id) {
            m_filterBar->reset();
            selectModel(id);
        });
    }
    m_changesDialog->findChild<CatalogChangesView *>()->reload();
    m_changesDialog->show();
    m_changesDialog->raise();
}

void CatalogPage::buildLayout() {
    m_filterBar = new CatalogFilterBar(this);
    m_filterBar->searchEdit()->installEventFilter(this);

    m_view = new CatalogTableView(this);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ModelCatalogModel::ModalitiesColumn,
                                     new ModalityDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ModelCatalogModel::CreatedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    const int widths[ModelCatalogModel::ColumnCount] = {28, 200, 172, 80, 60, 74, 80, 104, 82};
    for (int column = 0; column < ModelCatalogModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setMinimumSectionSize(28);
    header->setSectionResizeMode(ModelCatalogModel::FavouriteColumn, QHeaderView::Fixed);
    // The name takes whatever width is left, so every column fits without scrolling sideways.
    header->setSectionResizeMode(ModelCatalogModel::NameColumn, QHeaderView::Stretch);

    m_statePanel = new EmptyStateWidget(this);
    m_statePanel->setObjectName(u"catalogState"_s);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_statePanel);

    m_details = new ModelDetailsPane(this);
    m_details->setEndpointSource(m_loader->client(), RoutingCache(m_loader->cache().directory()));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"catalogSplitter"_s);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({880, 340});

    // A strip for problems while data is still shown (a failed refresh, an unusable cache).
    m_banner = new NoticeBanner(this);
    m_banner->setObjectName(u"catalogBanner"_s);
    connect(m_banner, &NoticeBanner::retryRequested, this, &CatalogPage::refresh);

    // Status strip: progress, what is happening, age of the data, refresh.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"catalogProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(110, 12);
    m_progress->hide();
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"catalogStatus"_s);
    m_ageLabel = new QLabel(this);
    m_ageLabel->setObjectName(u"ageLabel"_s);
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setDefaultAction(m_refreshAction);
    m_refreshButton->setAutoRaise(true);
    m_ageTimer = new QTimer(this);

    auto *strip = new QHBoxLayout;
    strip->setContentsMargins(8, 2, 4, 2);
    strip->addWidget(m_progress);
    strip->addWidget(m_statusLabel, 1);
    strip->addWidget(m_ageLabel);
    auto *changesButton = new QToolButton(this);
    changesButton->setObjectName(u"catalogChangesButton"_s);
    changesButton->setDefaultAction(m_changesAction);
    changesButton->setAutoRaise(true);
    strip->addWidget(changesButton);
    strip->addWidget(m_refreshButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(strip);
}

void CatalogPage::restoreSettings() {
    const Settings settings;
    const QStringList favourites = settings.favouriteModels();
    m_model->setFavourites(QSet<QString>(favourites.cbegin(), favourites.cend()));
    const QByteArray header = settings.bytes(Settings::Key::CatalogHeader);
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.bytes(Settings::Key::CatalogSplitter);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void CatalogPage::saveSettings() const {
    Settings settings;
    settings.setValue(Settings::Key::CatalogHeader, m_view->horizontalHeader()->saveState());
    settings.setValue(Settings::Key::CatalogSplitter, m_splitter->saveState());
}

void CatalogPage::start() {
    m_loader->start();
}

void CatalogPage::refresh() {
    m_loader->refresh();
}

bool CatalogPage::isRefreshing() const {
    return m_loader->isRefreshing();
}

void CatalogPage::focusSearch() {
    QLineEdit *search = m_filterBar->searchEdit();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

bool CatalogPage::selectModel(const QString &id) {
    if (m_model->rowOfId(id) < 0)
        return false;
    if (m_proxy->rowOfId(id) < 0)
        m_filterBar->reset();
    const int row = m_proxy->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->index(row, ModelCatalogModel::NameColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

const QList<ModelInfo> &CatalogPage::models() const {
    return m_model->models();
}

ModelInfo CatalogPage::currentModel() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->modelAt(m_proxy->mapToSource(current).row());
}

QString CatalogPage::describeAge(std::chrono::seconds age) {
    const qint64 secs = age.count();
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%1 min ago").arg(secs / 60);
    if (secs < 86400)
        return tr("%1 h ago").arg(secs / 3600);
    const int days = int(secs / 86400);
    return days == 1 ? tr("yesterday") : tr("%1 days ago").arg(days);
}

bool CatalogPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_filterBar->searchEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_proxy->rowCount() > 0) {
                ensureCurrentRow();
                m_view->setFocus(Qt::TabFocusReason);
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_filterBar->searchEdit()->text().isEmpty()) {
                m_filterBar->searchEdit()->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CatalogPage::onModelsLoaded(const QList<ModelInfo> &models, const QDateTime &fetchedAt,
                                 CatalogLoader::Source source) {
    const QString selected = currentModel().id();
    m_model->setModels(models);
    m_filterBar->setAuthors(m_model->authors());
    m_haveModels = true;
    m_cacheDone = true;
    m_fetchedAt = fetchedAt;
    if (source == CatalogLoader::Source::Network) {
        m_lastError = {};
        m_banner->hide();
    }
    // Keep the user's row and filters across a refresh; never reset filters for it.
    const int row = selected.isEmpty() ? -1 : m_proxy->rowOfId(selected);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->index(row, ModelCatalogModel::NameColumn));
    else
        ensureCurrentRow();
    updateCounts();
    updateAge();
    updateState();
    emit modelsChanged(m_model->models());
    if (!m_loader->isRefreshing())
        QTimer::singleShot(0, this, &CatalogPage::settled);
}

void CatalogPage::onRefreshStarted() {
    m_retryNotice.clear();
    m_progress->show();
    m_statusLabel->setText(tr("Refreshing the catalog from %1\u2026")
                               .arg(m_loader->client()->config().baseUrl.host()));
    m_banner->setRetryEnabled(false);
    m_refreshAction->setEnabled(false);
    updateState();
}

void CatalogPage::onRefreshRetrying(int nextAttempt, int delayMs, const ApiError &reason) {
    // Shown while it waits, in the loading panel or beside the progress bar, so a slow or dead
    // server is not a silent wait.
    m_retryNotice = RetryNotice::text(reason.message, nextAttempt, delayMs);
    m_statusLabel->setText(m_retryNotice);
    updateState();
}

void CatalogPage::onRefreshFailed(const ApiError &error) {
    m_lastError = error;
    if (m_haveModels) {
        m_banner->showNotice(tr("The catalog could not be refreshed: %1").arg(errorHtml(error)),
                             true);
    }
    updateState();
}

void CatalogPage::onRefreshFinished(bool ok) {
    m_retryNotice.clear();
    m_progress->hide();
    m_banner->setRetryEnabled(true);
    m_refreshAction->setEnabled(true);
    m_statusLabel->clear();
    if (ok)
        emit statusMessage(tr("Model catalog updated"), 4000);
    updateState();
    QTimer::singleShot(0, this, &CatalogPage::settled);
}

void CatalogPage::onQueryChanged() {
    m_proxy->setQuery(m_filterBar->query());
    ensureCurrentRow();
    updateCounts();
    updateState();
}

void CatalogPage::onCurrentChanged() {
    const ModelInfo model = currentModel();
    if (model.isValid())
        m_details->setModel(model, m_model->isFavourite(model.id()));
    else
        m_details->clear();
    m_favouriteAction->setEnabled(model.isValid());
}

void CatalogPage::onFavouritesChanged() {
    const QSet<QString> &ids = m_model->favourites();
    Settings().setFavouriteModels(QStringList(ids.cbegin(), ids.cend()));
    const ModelInfo model = currentModel();
    if (model.isValid())
        m_details->setFavourite(m_model->isFavourite(model.id()));
    if (m_proxy->query().favouritesOnly()) {
        ensureCurrentRow();
        updateCounts();
        updateState();
    }
}

void CatalogPage::onStateAction() {
    if (m_state == State::NoMatch)
        m_filterBar->reset();
    else
        refresh();
}

void CatalogPage::ensureCurrentRow() {
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, ModelCatalogModel::NameColumn));
    else if (!m_view->currentIndex().isValid())
        onCurrentChanged();
}

void CatalogPage::updateCounts() {
    m_filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
}

void CatalogPage::updateAge() {
    if (!m_haveModels) {
        m_ageLabel->clear();
        m_ageLabel->setToolTip({});
        return;
    }
    if (!m_fetchedAt.isValid()) {
        m_ageLabel->setText(tr("Saved copy of unknown age"));
        m_ageLabel->setToolTip(tr("The cache does not say when it was downloaded"));
        return;
    }
    const qint64 secs = std::max<qint64>(0, m_fetchedAt.secsTo(QDateTime::currentDateTimeUtc()));
    m_ageLabel->setText(tr("Updated %1").arg(describeAge(std::chrono::seconds(secs))));
    m_ageLabel->setToolTip(
        tr("Downloaded %1")
            .arg(QLocale().toString(m_fetchedAt.toLocalTime(), QLocale::LongFormat)));
}

void CatalogPage::updateState() {
    State state = State::Ready;
    if (!m_haveModels) {
        if (m_loader->isRefreshing() || !m_cacheDone)
            state = State::Loading;
        else if (m_lastError.isError())
            state = State::Error;
        else
            state = State::Loading;
    } else if (m_model->rowCount() == 0) {
        state = State::Empty;
    } else if (m_proxy->rowCount() == 0) {
        state = State::NoMatch;
    }
    m_state = state;
    // Without a catalogue there is nothing to detail: the state panel gets the whole width.
    m_details->setVisible(m_haveModels && m_model->rowCount() > 0);

    EmptyStateWidget *panel = m_statePanel;
    switch (state) {
    case State::Ready:
        m_stack->setCurrentWidget(m_view);
        return;
    case State::Loading:
        panel->setIcon(Icons::action(u"catalog"_s));
        panel->setTitle(tr("Loading the model catalog"));
        panel->setMessage(tr("Downloading the list of models from %1\u2026")
                              .arg(m_loader->client()->config().baseUrl.host().toHtmlEscaped()));
        panel->setDetail(m_retryNotice);
        panel->setBusy(true);
        panel->setActionText({});
        break;
    case State::Error:
        panel->setIcon(Icons::action(errorIcon(m_lastError)));
        panel->setTitle(errorTitle(m_lastError));
        panel->setMessage(errorHtml(m_lastError));
        panel->setDetail(tr("Server: %1")
                             .arg(m_loader->client()->config().baseUrl.toDisplayString(
                                 QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        panel->setBusy(false);
        panel->setActionText(tr("Retry"));
        break;
    case State::Empty:
        panel->setIcon(Icons::action(u"catalog"_s));
        panel->setTitle(tr("The catalog is empty"));
        panel->setMessage(tr("The server listed no models. Check the base URL, then retry."));
        panel->setDetail(tr("Server: %1")
                             .arg(m_loader->client()->config().baseUrl.toDisplayString(
                                 QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        panel->setBusy(m_loader->isRefreshing());
        panel->setActionText(m_loader->isRefreshing() ? QString() : tr("Retry"));
        break;
    case State::NoMatch: {
        const QString text = m_filterBar->query().text().trimmed();
        panel->setIcon(Icons::action(u"search"_s));
        panel->setTitle(tr("No model matches"));
        panel->setMessage(text.isEmpty()
                              ? tr("No model passes these filters. Loosen them or reset them.")
                              : tr("No model matches \u201c%1\u201d with these filters. Change "
                                   "the search or reset the filters.")
                                    .arg(text.toHtmlEscaped()));
        panel->setDetail({});
        panel->setBusy(false);
        panel->setActionText(tr("Reset filters"));
        break;
    }
    }
    m_stack->setCurrentWidget(panel);
}

} // namespace orc
