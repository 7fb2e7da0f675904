#include "usage/ActivityPanel.h"

#include "api/OpenRouterClient.h"
#include "domain/ModelInfo.h"
#include "store/CostLedger.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QFile>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

struct ActivityPanel::Ledger {
    quint64 generation = 0;
    std::optional<UsageReport> report;
    QString error;
};

namespace {

enum Column { Day, Here, Account, Difference, Requests, ColumnCount };

// The span /activity covers: the last kDays completed UTC days.
UsageQuery activityQuery() {
    const QDate today = QDateTime::currentDateTimeUtc().date();
    UsageQuery q;
    q.by = UsageQuery::GroupBy::UtcDay;
    q.since = QDateTime(today.addDays(-ActivityPanel::kDays), QTime(0, 0), Qt::UTC);
    q.until = QDateTime(today, QTime(0, 0), Qt::UTC);
    return q;
}

ActivityPanel::Ledger readLedger(const QString &path, quint64 generation) {
    ActivityPanel::Ledger result;
    result.generation = generation;
    if (!QFile::exists(path)) {
        result.report = UsageReport{};
        return result;
    }
    CostLedger ledger(path);
    result.report = ledger.usage(activityQuery(), &result.error);
    return result;
}

QString usd(qint64 nanoUsd) {
    const QString amount = ModelPricing::formatUsd(Money::toUsd(std::abs(nanoUsd)));
    return nanoUsd < 0 ? u'-' + amount : amount;
}

} // namespace

ActivityPanel::ActivityPanel(QString ledgerPath, QWidget *parent)
    : QWidget(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_keyOptions(KeyStore::managementKeyOptions({}))
    , m_message(named(new QLabel(this), u"activityMessage"_s))
    , m_table(named(new QTableWidget(0, ColumnCount, this), u"activityTable"_s)) {
    setObjectName(u"activityPanel"_s);
    m_keyOptions.allowFile = Settings().flag(Settings::Key::KeyFileConsent);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setHorizontalHeaderLabels({tr("Day (UTC)"), tr("This computer"), tr("Account"),
                                        tr("Difference"), tr("Requests (here / account)")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
}

ActivityPanel::~ActivityPanel() = default;

void ActivityPanel::setClient(OpenRouterClient *client) {
    m_client = client;
}

QString ActivityPanel::message() const {
    return m_message->text();
}

void ActivityPanel::start() {
    if (m_busy)
        return;
    m_busy = true;
    m_message->setText(tr("Reading the management key…"));
    m_keyStore = std::make_unique<KeyStore>(m_keyOptions);
    connect(m_keyStore.get(), &KeyStore::loaded, this,
            [this](const QString &key, KeyStore::Backend, const QString &) {
                m_busy = false;
                compare(key);
            });
    m_keyStore->load();
}

void ActivityPanel::compare(const QString &managementKey) {
    const quint64 generation = ++m_generation;
    m_rows.clear();
    m_table->hide();
    m_ledger.reset();
    m_account.reset();
    if (managementKey.trimmed().isEmpty() || !m_client) {
        finish(tr("Comparing with the account's activity needs a management key: OpenRouter "
                  "shows an account's activity to management keys only. Create one at "
                  "openrouter.ai/settings/management-keys and add it on Settings > Account."));
        return;
    }
    m_busy = true;
    m_message->setText(tr("Asking OpenRouter for the account's activity…"));
    ClientConfig config = m_client->config();
    config.apiKey = managementKey.trimmed();
    m_activityClient = std::make_unique<OpenRouterClient>(config);
    m_activityClient->fetchActivity(
        QDate(), this, [this, generation](const QList<ActivityItem> &items, const ApiError &error) {
            if (generation != m_generation)
                return;
            if (error.isError()) {
                const bool refused = error.httpStatus == 403 || error.httpStatus == 401;
                finish(
                    refused
                        ? tr("OpenRouter refused the management key (%1). The account's "
                             "activity can be read with a management key only: check "
                             "the key on Settings > Account.")
                              .arg(error.message)
                        : tr("The account's activity could not be read: %1").arg(error.toString()));
                return;
            }
            m_account = items;
            maybeShow();
        });
    auto *watcher = new QFutureWatcher<Ledger>(this);
    connect(watcher, &QFutureWatcher<Ledger>::finished, this, [this, watcher] {
        const Ledger result = watcher->result();
        watcher->deleteLater();
        if (result.generation != m_generation)
            return;
        if (!result.report) {
            finish(tr("The cost ledger cannot be read: %1").arg(result.error));
            return;
        }
        m_ledger = result.report;
        maybeShow();
    });
    watcher->setFuture(QtConcurrent::run(readLedger, m_ledgerPath, generation));
}

void ActivityPanel::finish(const QString &message) {
    ++m_generation; // the other half's answer no longer matters
    m_busy = false;
    m_message->setText(message);
    emit compared();
}

void ActivityPanel::maybeShow() {
    if (!m_ledger || !m_account)
        return;
    m_rows = ActivityComparison::compare(*m_ledger, *m_account);
    m_busy = false;
    qint64 here = 0, account = 0;
    for (const ActivityComparison &row : std::as_const(m_rows)) {
        here += row.ledgerNanoUsd;
        account += row.accountNanoUsd;
    }
    m_message->setText(
        m_rows.isEmpty()
            ? tr("Neither this computer nor the account has spent anything in the last %n "
                 "completed UTC day(s).",
                 nullptr, kDays)
            : tr("Last %n completed UTC day(s): this computer %1, the account %2 (difference "
                 "%3; other devices and keys count on the account only).",
                 nullptr, kDays)
                  .arg(usd(here), usd(account), usd(account - here)));
    showRows();
    emit compared();
}

void ActivityPanel::showRows() {
    m_table->setRowCount(int(m_rows.size()));
    const QLocale locale;
    for (int r = 0; r < m_rows.size(); ++r) {
        const ActivityComparison &c = m_rows.at(r);
        const QStringList cells{c.day, usd(c.ledgerNanoUsd), usd(c.accountNanoUsd),
                                usd(c.differenceNanoUsd()),
                                tr("%1 / %2").arg(locale.toString(c.ledgerRequests),
                                                  locale.toString(c.accountRequests))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col != Day)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, col, item);
        }
    }
    m_table->setVisible(!m_rows.isEmpty());
}

} // namespace orc
