#include "catalog/EndpointsPanel.h"

#include "Icons.h"
#include "api/ApiCall.h"
#include "api/OpenRouterClient.h"
#include "catalog/EndpointsTableModel.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString ageText(const std::optional<std::chrono::seconds> &age) {
    if (!age)
        return EndpointsPanel::tr("cached, age unknown");
    const qint64 minutes = age->count() / 60;
    if (minutes < 1)
        return EndpointsPanel::tr("updated just now");
    if (minutes < 120)
        return EndpointsPanel::tr("updated %n min ago", nullptr, int(minutes));
    return EndpointsPanel::tr("updated %n h ago", nullptr, int(minutes / 60));
}

} // namespace

EndpointsPanel::EndpointsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EndpointsTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(named(new QTableView(this), u"endpointsTable"_s))
    , m_status(named(new QLabel(this), u"endpointsStatus"_s))
    , m_busy(new QProgressBar(this))
    , m_pin(named(new QPushButton(tr("Pin provider"), this), u"pinProviderButton"_s))
    , m_block(named(new QPushButton(tr("Block provider"), this), u"blockProviderButton"_s))
    , m_refresh(named(new QToolButton(this), u"refreshEndpointsButton"_s)) {
    setObjectName(u"endpointsPanel"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EndpointsTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EndpointsTableModel::InputPriceColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Providers of this model"));

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_pin->setToolTip(tr("Try this provider first: adds it to the routing profile “My "
                         "providers”, which you can choose in the chat settings"));
    m_block->setToolTip(tr("Never route to this provider: adds it to the ignored providers of the "
                           "routing profile “My providers”"));
    m_refresh->setToolTip(tr("Fetch the providers of this model again"));
    m_refresh->setIcon(Icons::action(u"refresh"_s));
    m_refresh->setAutoRaise(true);
    // At least five providers show, however low the window.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5 +
                             m_view->horizontalHeader()->sizeHint().height() + 4);

    auto *title = new QLabel(u"<b>%1</b>"_s.arg(tr("Providers").toHtmlEscaped()), this);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pin);
    buttons->addWidget(m_block);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(top);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_pin, &QPushButton::clicked, this, [this] { togglePin(selectedSlug()); });
    connect(m_block, &QPushButton::clicked, this, [this] { toggleBlock(selectedSlug()); });
    connect(m_refresh, &QToolButton::clicked, this, &EndpointsPanel::refresh);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EndpointsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EndpointsPanel::updateButtons);
    updatePins();
    updateButtons();
}

EndpointsPanel::~EndpointsPanel() {
    for (ApiCall *call : {m_call.data(), m_zdrCall.data()})
        if (call)
            call->cancel();
}

void EndpointsPanel::setSource(OpenRouterClient *client, const RoutingCache &cache) {
    m_client = client;
    m_cache = cache;
}

void EndpointsPanel::clear() {
    if (m_call)
        m_call->cancel();
    m_modelId.clear();
    m_model->setEndpoints({});
    setStatus(QString(), false);
    updateButtons();
}

void EndpointsPanel::showModel(const QString &modelId) {
    if (modelId == m_modelId && m_model->rowCount() > 0)
        return;
    if (m_call)
        m_call->cancel();
    m_modelId = modelId;
    const auto entry = m_cache.modelEndpoints(modelId);
    showEntry(entry);
    if (entry.isStale(RoutingCache::kFreshFor))
        startFetch();
}

void EndpointsPanel::refresh() {
    if (!m_modelId.isEmpty() && !m_call)
        startFetch();
}

QList<ModelEndpoint> EndpointsPanel::zdrListing() {
    const auto zdr = m_cache.zdrEndpoints();
    if (zdr.isStale(RoutingCache::kFreshFor) && m_client && !m_zdrCall) {
        m_zdrCall = m_client->fetchZdrEndpoints(
            this, [this](const QList<ModelEndpoint> &listing, const ApiError &error) {
                if (error || !m_cache.saveZdrEndpoints(listing))
                    return; // the table still shows; only the ZDR badges wait
                if (!m_modelId.isEmpty())
                    showEntry(m_cache.modelEndpoints(m_modelId));
            });
    }
    return zdr.value;
}

void EndpointsPanel::showEntry(const RoutingCache::Entry<ModelEndpoints> &entry) {
    ModelEndpoints endpoints = entry.value;
    if (entry.isOk())
        endpoints.markZdr(zdrListing());
    m_model->setEndpoints(endpoints.endpoints);
    if (entry.isOk()) {
        setStatus(endpoints.endpoints.isEmpty() ? tr("No provider serves this model right now.")
                                                : ageText(entry.age),
                  isLoading());
        emit endpointsShown(m_modelId, int(endpoints.endpoints.size()));
    } else {
        setStatus(entry.errorString, isLoading());
    }
    updateButtons();
}

void EndpointsPanel::startFetch() {
    if (!m_client) {
        if (m_model->rowCount() == 0 && m_status->text().isEmpty())
            setStatus(tr("Not loaded: no connection is set up."), false);
        return;
    }
    const QString modelId = m_modelId;
    setStatus(m_model->rowCount() > 0 ? m_status->text() : tr("Loading the providers…"), true);
    m_call = m_client->fetchModelEndpoints(
        modelId, this, [this, modelId](const ModelEndpoints &endpoints, const ApiError &error) {
            onFetched(modelId, endpoints, error);
        });
}

void EndpointsPanel::onFetched(const QString &modelId, const ModelEndpoints &endpoints,
                               const ApiError &error) {
    m_call = nullptr;
    if (modelId != m_modelId || error.kind == ApiError::Kind::Cancelled)
        return;
    if (error) {
        const QString problem = tr("Could not load the providers: %1").arg(error.toString());
        setStatus(m_model->rowCount() > 0 ? tr("%1 Showing the cached list.").arg(problem)
                                          : problem,
                  false);
        return;
    }
    QString writeError;
    if (!m_cache.saveModelEndpoints(endpoints, QDateTime::currentDateTimeUtc(), &writeError)) {
        ModelEndpoints shown = endpoints;
        shown.markZdr(zdrListing());
        m_model->setEndpoints(shown.endpoints);
        setStatus(writeError, false);
        emit endpointsShown(m_modelId, int(shown.endpoints.size()));
        return;
    }
    showEntry(m_cache.modelEndpoints(modelId));
}

void EndpointsPanel::setStatus(const QString &text, bool busy) {
    m_status->setText(text);
    m_busy->setVisible(busy);
    m_refresh->setEnabled(!busy && !m_modelId.isEmpty());
}

QString EndpointsPanel::selectedSlug() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(EndpointsTableModel::SlugRole).toString();
}

QList<RoutingProfile> EndpointsPanel::withPin(QList<RoutingProfile> profiles, const QString &slug,
                                              bool pin) {
    const QString id = QString::fromLatin1(kPinProfileId);
    auto it = std::find_if(profiles.begin(), profiles.end(),
                           [&](const RoutingProfile &p) { return p.id == id; });
    if (it == profiles.end()) {
        RoutingProfile mine;
        mine.id = id;
        mine.name = tr("My providers");
        profiles.append(mine);
        it = std::prev(profiles.end());
    }
    RoutingPreferences &prefs = it->preferences;
    QStringList &target = pin ? prefs.order : prefs.ignore;
    QStringList &other = pin ? prefs.ignore : prefs.order;
    if (target.contains(slug, Qt::CaseInsensitive)) {
        target.removeAll(slug);
    } else {
        target.append(slug);
        other.removeAll(slug);
    }
    return profiles;
}

void EndpointsPanel::togglePin(const QString &slug) {
    toggle(slug, true);
}

void EndpointsPanel::toggleBlock(const QString &slug) {
    toggle(slug, false);
}

void EndpointsPanel::toggle(const QString &slug, bool pin) {
    if (slug.isEmpty())
        return;
    Settings settings;
    settings.setRoutingProfiles(withPin(settings.routingProfiles(), slug, pin));
    updatePins();
    emit routingProfilesChanged();
}

void EndpointsPanel::updatePins() {
    const QList<RoutingProfile> profiles = Settings().routingProfiles();
    const RoutingProfile *mine = RoutingProfile::find(profiles, QString::fromLatin1(kPinProfileId));
    m_model->setPinnedAndBlocked(mine ? mine->preferences.order : QStringList(),
                                 mine ? mine->preferences.ignore : QStringList());
    updateButtons();
}

void EndpointsPanel::updateButtons() {
    const QString slug = selectedSlug();
    m_pin->setEnabled(!slug.isEmpty());
    m_block->setEnabled(!slug.isEmpty());
    m_pin->setText(m_model->isPinned(slug) ? tr("Unpin provider") : tr("Pin provider"));
    m_block->setText(m_model->isBlocked(slug) ? tr("Unblock provider") : tr("Block provider"));
}

void EndpointsPanel::showContextMenu(const QPoint &pos) {
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString slug = index.data(EndpointsTableModel::SlugRole).toString();
    QMenu menu(this);
    menu.addAction(m_model->isPinned(slug) ? tr("Unpin %1").arg(slug) : tr("Pin %1").arg(slug),
                   this, [this, slug] { togglePin(slug); });
    menu.addAction(m_model->isBlocked(slug) ? tr("Unblock %1").arg(slug) : tr("Block %1").arg(slug),
                   this, [this, slug] { toggleBlock(slug); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace orc
