#include "FindChild.h"
#include "store/CostLedger.h"
#include "usage/SpendChart.h"
#include "usage/UsagePage.h"
#include "usage/UsageTableModel.h"
#include "widgets/EmptyStateWidget.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using orc::test::child;
using namespace orc;
using namespace Qt::StringLiterals;

class TestUsagePage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    static void record(CostLedger &ledger, const QString &gen, const QString &model,
                       const QString &provider, std::optional<double> cost, const QDateTime &at,
                       LedgerEntry::Origin origin) {
        LedgerEntry e;
        e.generationId = gen;
        e.model = model;
        e.provider = provider;
        e.at = at.toUTC();
        e.origin = origin;
        e.promptTokens = 100;
        e.completionTokens = 10;
        if (cost)
            e.costNanoUsd = Money::fromUsd(*cost);
        QVERIFY(ledger.record(e) > 0);
    }

    static bool load(UsagePage &page) {
        QSignalSpy loaded(&page, &UsagePage::loaded);
        page.reload();
        return loaded.wait(10000);
    }

private slots:
    void initTestCase() {
        m_path = CostLedger::pathIn(m_dir.path());
        CostLedger ledger(m_path);
        QVERIFY(ledger.open());
        const QDateTime now = QDateTime::currentDateTime();
        const auto app = LedgerEntry::Origin::App;
        const auto cli = LedgerEntry::Origin::Cli;
        record(ledger, u"g1"_s, u"m/a"_s, u"P1"_s, 0.25, now, app);
        record(ledger, u"g2"_s, u"m/b"_s, u"P2"_s, 1.0, now, cli);
        record(ledger, u"g3"_s, u"m/a"_s, u"P1"_s, std::nullopt, now, app);
        record(ledger, u"g4"_s, u"m/a"_s, u"P2"_s, 2.0, now.addDays(-3), app);
        record(ledger, u"g5"_s, u"m/c"_s, u"P3"_s, 9.0, now.addDays(-200), app);
    }

    void weekByDay() {
        UsagePage page(m_path);
        page.setPeriod(UsagePage::Period::Week);
        page.setGroupBy(UsageQuery::GroupBy::Day);
        QVERIFY(load(page));
        QCOMPARE(page.report().rows.size(), 2);
        QCOMPARE(page.report().costNanoUsd, Money::fromUsd(3.25));
        QCOMPARE(child<QTableView>(&page, u"usageTable"_s)->model()->rowCount(), 2);
        QCOMPARE(child<SpendChart>(&page, u"spendChart"_s)->bars().size(), 2);
        QVERIFY2(child<QLabel>(&page, u"usageTotals"_s)->text().contains(u"$3.25"_s),
                 qPrintable(child<QLabel>(&page, u"usageTotals"_s)->text()));
        // (English plural forms come from a catalogue the app loads; the numbers are what count)
        QVERIFY(child<QLabel>(&page, u"usageTotals"_s)->text().contains(u"in 4 request"_s));
        QVERIFY(child<QLabel>(&page, u"usageTotals"_s)->text().contains(u"(1 not priced yet"_s));
    }

    void byModelAndOrigin() {
        UsagePage page(m_path);
        page.setPeriod(UsagePage::Period::All);
        page.setGroupBy(UsageQuery::GroupBy::Model);
        QVERIFY(load(page));
        QCOMPARE(page.report().rows.size(), 3);
        QCOMPARE(page.report().rows.first().key, u"m/c"_s); // most spent first
        QCOMPARE(child<QTableView>(&page, u"usageTable"_s)
                     ->model()
                     ->headerData(0, Qt::Horizontal)
                     .toString(),
                 u"Model"_s);
        page.setOrigin(LedgerEntry::Origin::Cli);
        QVERIFY(load(page));
        QCOMPARE(page.report().rows.size(), 1);
        QCOMPARE(page.report().rows.first().key, u"m/b"_s);
    }

    void exportsCsvAtomically() {
        UsagePage page(m_path);
        page.setPeriod(UsagePage::Period::All);
        page.setGroupBy(UsageQuery::GroupBy::Provider);
        QVERIFY(load(page));
        const QString out = m_dir.filePath(u"usage.csv"_s);
        QString error;
        QVERIFY2(page.exportCsv(out, &error), qPrintable(error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("provider,requests,cost_usd,unpriced,"
                                                     "prompt_tokens,completion_tokens,"
                                                     "reasoning_tokens"));
        QVERIFY(lines.at(1).startsWith("P3,1,9.00,0,"));
        QVERIFY(!page.exportCsv(u"/proc/no-such-dir/usage.csv"_s, &error));
        QVERIFY(error.contains(u"/proc/no-such-dir/usage.csv"_s));
    }

    void budgetState() {
        UsagePage page(m_path);
        page.setBudgetLimits({1.5, 0});
        QVERIFY(load(page));
        QVERIFY(!child<QLabel>(&page, u"usageBudget"_s)->isHidden());
        // Today: 1.25 of 1.50 = 83 %: a warning.
        QVERIFY2(child<QLabel>(&page, u"usageBudget"_s)->text().contains(u"83 %"_s),
                 qPrintable(child<QLabel>(&page, u"usageBudget"_s)->text()));
        QCOMPARE(child<QLabel>(&page, u"usageBudget"_s)->property("level").toInt(),
                 int(BudgetStatus::Level::Warn));
    }

    void aNewRequestIsShownWhenThePageIsShownAgain() {
        QTemporaryDir dir;
        const QString path = CostLedger::pathIn(dir.path());
        CostLedger ledger(path);
        record(ledger, u"n1"_s, u"m/a"_s, u"P1"_s, 0.5, QDateTime::currentDateTime(),
               LedgerEntry::Origin::App);
        UsagePage page(path);
        page.setPeriod(UsagePage::Period::All);
        QSignalSpy loaded(&page, &UsagePage::loaded);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QCOMPARE(page.report().requests, 1);
        page.hide();
        record(ledger, u"n2"_s, u"m/a"_s, u"P1"_s, 0.5, QDateTime::currentDateTime(),
               LedgerEntry::Origin::App);
        page.ledgerChanged(); // hidden: nothing read yet
        QCOMPARE(loaded.size(), 1);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(page.report().requests, 2);
        page.ledgerChanged(); // shown: at once
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 3, 10000);
    }

    void missingLedgerIsEmptyAndNotCreated() {
        const QString path = m_dir.filePath(u"none/ledger.sqlite"_s);
        UsagePage page(path);
        QVERIFY(load(page));
        QCOMPARE(page.report().requests, 0);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(child<SpendChart>(&page, u"spendChart"_s)->bars().size(), 0);
    }

    void unreadableLedgerSaysSoInTheWindow() {
        const QString path = m_dir.filePath(u"broken.sqlite"_s);
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4096, 'x')); // not a database
        broken.close();
        UsagePage page(path);
        QVERIFY(load(page));
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget(),
                 child<EmptyStateWidget>(&page, u"emptyState"_s));
        QCOMPARE(child<EmptyStateWidget>(&page, u"emptyState"_s)->title(),
                 u"The cost ledger cannot be read"_s);
        QVERIFY(!child<EmptyStateWidget>(&page, u"emptyState"_s)->detail().isEmpty());
    }

    void chartFoldsManyModels() {
        SpendChart chart;
        QList<UsageRow> rows;
        for (int i = 0; i < 50; ++i)
            rows.append(UsageRow{u"m/%1"_s.arg(i), 1, i + 1, 0, 0, 0, 0});
        chart.setRows(rows, UsageQuery::GroupBy::Model);
        QCOMPARE(chart.bars().size(), SpendChart::kMaxBars);
        QCOMPARE(chart.bars().first().costNanoUsd, 50);
        QCOMPARE(chart.bars().last().label, u"others"_s);
        qint64 sum = 0;
        for (const SpendChart::Bar &bar : chart.bars())
            sum += bar.costNanoUsd;
        QCOMPARE(sum, 50 * 51 / 2);
        chart.resize(640, 220);
        QCOMPARE(chart.barAt(QPoint(2, 100)), -1); // on the axis
        QVERIFY(chart.barAt(QPoint(100, 100)) >= 0);
    }
};

QTEST_MAIN(TestUsagePage)
#include "tst_usagepage.moc"
