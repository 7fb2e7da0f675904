#include "UsagePage.h"

#include "ActivityPanel.h"
#include "SpendChart.h"
#include "UsageTableModel.h"
#include "domain/ModelInfo.h"
#include "store/CostLedger.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/Named.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

struct UsagePage::Result {
    quint64 generation = 0;
    UsageQuery::GroupBy by = UsageQuery::GroupBy::Day;
    std::optional<UsageReport> report;
    QString error;
    qint64 spentToday = 0;
    qint64 spentThisMonth = 0;
};

namespace {

// Runs on a worker thread: its own connection to the ledger, closed on return. A ledger that
// does not exist yet reads as empty (nothing is created just by looking).
UsagePage::Result readLedger(const QString &path, const UsageQuery &query, quint64 generation) {
    UsagePage::Result result;
    result.generation = generation;
    result.by = query.by;
    if (!QFile::exists(path)) {
        result.report = UsageReport{};
        return result;
    }
    CostLedger ledger(path);
    if (!ledger.open(&result.error))
        return result;
    result.report = ledger.usage(query, &result.error);
    const QDateTime now = QDateTime::currentDateTime();
    result.spentToday = ledger.spentSince(BudgetStatus::dayStart(now));
    result.spentThisMonth = ledger.spentSince(BudgetStatus::monthStart(now));
    return result;
}

QComboBox *combo(QWidget *parent, const QString &objectName,
                 const QList<std::pair<QString, QVariant>> &items) {
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    return box;
}

} // namespace

UsagePage::UsagePage(QString ledgerPath, QWidget *parent)
    : QWidget(parent)
    , m_ledgerPath(std::move(ledgerPath))
    , m_period(combo(this, u"usagePeriod"_s,
                     {{tr("Last 7 days"), int(Period::Week)},
                      {tr("Last 30 days"), int(Period::Month30)},
                      {tr("Last 90 days"), int(Period::Quarter)},
                      {tr("This month"), int(Period::ThisMonth)},
                      {tr("This year"), int(Period::ThisYear)},
                      {tr("All time"), int(Period::All)}}))
    , m_groupBy(combo(this, u"usageGroupBy"_s,
                      {{tr("By day"), int(UsageQuery::GroupBy::Day)},
                       {tr("By model"), int(UsageQuery::GroupBy::Model)},
                       {tr("By provider"), int(UsageQuery::GroupBy::Provider)}}))
    , m_origin(combo(this, u"usageOrigin"_s,
                     {{tr("App and orcli"), -1},
                      {tr("App only"), int(LedgerEntry::Origin::App)},
                      {tr("orcli only"), int(LedgerEntry::Origin::Cli)}}))
    , m_refresh(named(new QPushButton(tr("Refresh"), this), u"usageRefresh"_s))
    , m_export(named(new QPushButton(tr("Export CSV…"), this), u"usageExport"_s))
    , m_compare(
          named(new QPushButton(tr("Compare with the Account…"), this), u"usageCompareActivity"_s))
    , m_totals(named(new QLabel(this), u"usageTotals"_s))
    , m_budget(named(new QLabel(this), u"usageBudget"_s))
    , m_stack(new QStackedWidget(this))
    , m_state(new EmptyStateWidget(this))
    , m_chart(new SpendChart(this))
    , m_table(named(new QTableView(this), u"usageTable"_s))
    , m_model(new UsageTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_activity(new ActivityPanel(m_ledgerPath, this)) {
    setObjectName(u"usagePage"_s);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_budget->setVisible(false);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_period);
    filters->addWidget(m_groupBy);
    filters->addWidget(m_origin);
    filters->addStretch(1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_compare);
    filters->addWidget(m_export);
    m_compare->setToolTip(tr("Compare what this computer spent with the account's own activity "
                             "of the last 30 days (needs a management key)"));
    m_activity->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsageTableModel::Key, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Numbers keep their width (a "*" marks a cost not known yet); the key takes the rest.
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UsageTableModel::Key, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->addWidget(m_activity);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_state);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_totals);
    layout->addWidget(m_budget);
    layout->addWidget(m_stack, 1);

    for (QComboBox *box : {m_period, m_groupBy, m_origin})
        connect(box, &QComboBox::currentIndexChanged, this, &UsagePage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &UsagePage::reload);
    connect(m_export, &QPushButton::clicked, this, &UsagePage::chooseExportFile);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        m_activity->show();
        m_activity->start();
    });
    connect(m_state, &EmptyStateWidget::actionTriggered, this, &UsagePage::reload);
}

UsagePage::~UsagePage() = default;

void UsagePage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if ((!m_loadedOnce || m_stale) && !m_loading)
        reload();
}

void UsagePage::ledgerChanged() {
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void UsagePage::setBudgetLimits(const BudgetLimits &limits) {
    m_limits = limits;
}

void UsagePage::setPeriod(Period period) {
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void UsagePage::setGroupBy(UsageQuery::GroupBy by) {
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(by)));
}

void UsagePage::setOrigin(std::optional<LedgerEntry::Origin> origin) {
    m_origin->setCurrentIndex(m_origin->findData(origin ? int(*origin) : -1));
}

UsageQuery UsagePage::query(const QDateTime &now) const {
    UsageQuery q;
    q.by = UsageQuery::GroupBy(m_groupBy->currentData().toInt());
    if (const int origin = m_origin->currentData().toInt(); origin >= 0)
        q.origin = LedgerEntry::Origin(origin);
    const QDate today = now.toLocalTime().date();
    switch (Period(m_period->currentData().toInt())) {
    case Period::Week:
        q.since = today.addDays(-6).startOfDay();
        break;
    case Period::Month30:
        q.since = today.addDays(-29).startOfDay();
        break;
    case Period::Quarter:
        q.since = today.addDays(-89).startOfDay();
        break;
    case Period::ThisMonth:
        q.since = BudgetStatus::monthStart(now);
        break;
    case Period::ThisYear:
        q.since = QDate(today.year(), 1, 1).startOfDay();
        break;
    case Period::All:
        break;
    }
    return q;
}

void UsagePage::reload() {
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_stale = false;
    m_refresh->setEnabled(false);
    m_state->setTitle(tr("Reading the cost ledger…"));
    m_state->setMessage(QString());
    m_state->setDetail(QString());
    m_state->setActionText(QString());
    m_state->setBusy(true);
    if (!m_loadedOnce)
        m_stack->setCurrentWidget(m_state);
    // A watcher (connected before the future is set) rather than then(context): it cannot
    // miss a result that is ready at once.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        const Result result = watcher->result();
        watcher->deleteLater();
        if (result.generation == m_generation)
            apply(result);
    });
    watcher->setFuture(QtConcurrent::run(readLedger, m_ledgerPath, query(), generation));
}

void UsagePage::apply(const Result &result) {
    m_loading = false;
    m_loadedOnce = true;
    m_refresh->setEnabled(true);
    m_state->setBusy(false);
    if (!result.report) {
        m_state->setTitle(tr("The cost ledger cannot be read"));
        m_state->setMessage(tr("Nothing was changed. Check that the data folder is readable, "
                               "then try again."));
        m_state->setDetail(result.error);
        m_state->setActionText(tr("Try again"));
        m_stack->setCurrentWidget(m_state);
        m_totals->clear();
        m_export->setEnabled(false);
        emit loaded();
        return;
    }
    const UsageReport &report = *result.report;
    m_model->setReport(report, result.by);
    m_chart->setRows(report.rows, result.by);
    m_export->setEnabled(!report.rows.isEmpty());
    QString totals = tr("$%1 in %n request(s)", nullptr, int(report.requests))
                         .arg(Money::format(report.costNanoUsd));
    if (report.unpriced > 0)
        totals += u' ' + tr("(%n not priced yet, marked *)", nullptr, int(report.unpriced));
    m_totals->setText(totals);
    updateBudget(result.spentToday, result.spentThisMonth);
    m_stack->setCurrentIndex(0);
    emit loaded();
}

void UsagePage::updateBudget(qint64 spentToday, qint64 spentThisMonth) {
    const BudgetStatus status =
        BudgetStatus::check(m_limits, Money::toUsd(spentToday), Money::toUsd(spentThisMonth));
    m_budget->setText(status.message());
    m_budget->setVisible(!m_limits.isEmpty());
    m_budget->setProperty("level", int(status.level));
    QFont font = m_budget->font();
    font.setBold(status.level != BudgetStatus::Level::Ok);
    m_budget->setFont(font);
}

const UsageReport &UsagePage::report() const {
    return m_model->report();
}

bool UsagePage::exportCsv(const QString &path, QString *error) const {
    QSaveFile file(path);
    const QByteArray csv = m_model->report().toCsv(m_model->groupBy());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void UsagePage::chooseExportFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export usage"), u"usage-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace orc
