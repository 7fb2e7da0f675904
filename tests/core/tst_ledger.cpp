#include "domain/Account.h"
#include "domain/ChatResult.h"
#include "domain/Ledger.h"
#include "store/CostLedger.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

LedgerEntry entry(const QString &gen, const QString &model, const QString &provider,
                  std::optional<double> cost, const QDateTime &at,
                  LedgerEntry::Origin origin = LedgerEntry::Origin::App) {
    LedgerEntry e;
    e.generationId = gen;
    e.model = model;
    e.provider = provider;
    e.at = at;
    e.origin = origin;
    e.promptTokens = 10;
    e.completionTokens = 5;
    if (cost)
        e.costNanoUsd = Money::fromUsd(*cost);
    return e;
}

} // namespace

class TestLedger : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(u"ledger-%1.sqlite"_s.arg(++m_n)); }

private slots:
    void money() {
        QCOMPARE(Money::fromUsd(0.00001725), 17250);
        QCOMPARE(Money::format(17250), u"0.00001725"_s);
        QCOMPARE(Money::format(1'500'000'000), u"1.50"_s);
        QCOMPARE(Money::format(0), u"0.00"_s);
        QCOMPARE(Money::format(-2'000'000'001), u"-2.000000001"_s);
        // A hundred thousand requests of 0.1 cent add up exactly.
        qint64 sum = 0;
        for (int i = 0; i < 100'000; ++i)
            sum += Money::fromUsd(0.001);
        QCOMPARE(Money::format(sum), u"100.00"_s);
    }

    void fromUsageAndSettle() {
        Usage usage;
        usage.promptTokens = 120;
        usage.completionTokens = 30;
        usage.reasoningTokens = 7;
        usage.cachedTokens = 100;
        usage.cost = 0.0002;
        LedgerEntry e = LedgerEntry::fromUsage(u"gen-1"_s, usage);
        QCOMPARE(e.costNanoUsd, std::optional<qint64>(200'000));
        QVERIFY(!e.costExact);
        QCOMPARE(e.cachedTokens, 100);
        GenerationInfo info;
        info.id = u"gen-1"_s;
        info.totalCost = 0.00021;
        info.providerName = u"Fireworks"_s;
        info.model = u"m/x"_s;
        e.complete = false;
        e.settleWith(info);
        QCOMPARE(e.costNanoUsd, std::optional<qint64>(210'000));
        QVERIFY(e.costExact);
        QVERIFY(e.complete);
        QCOMPARE(e.provider, u"Fireworks"_s);
        QCOMPARE(e.model, u"m/x"_s);
        QCOMPARE(e.promptTokens, 120); // the reply's count stays
    }

    void fromChatResult() {
        ChatResult r;
        r.id = u"gen-9"_s;
        r.model = u"m/answered"_s;
        r.provider = u"P"_s;
        Usage usage;
        usage.promptTokens = 12;
        usage.completionTokens = 3;
        usage.cost = 0.000123456789;
        r.usage = usage;
        LedgerEntry e = LedgerEntry::fromChatResult(r, u"batch"_s, LedgerEntry::Origin::Cli);
        QCOMPARE(e.generationId, u"gen-9"_s);
        QCOMPARE(e.kind, u"batch"_s);
        QCOMPARE(e.origin, LedgerEntry::Origin::Cli);
        QCOMPARE(e.model, u"m/answered"_s);
        QCOMPARE(e.provider, u"P"_s);
        QCOMPARE(e.promptTokens, 12);
        QCOMPARE(e.costNanoUsd, std::optional<qint64>(123'457));
        QVERIFY(e.complete);
        QVERIFY(e.at.isValid());
        // Cut off before its usage: recorded with what is known, to settle later.
        r.usage.reset();
        e = LedgerEntry::fromChatResult(r, u"compare"_s, LedgerEntry::Origin::App);
        QVERIFY(!e.complete);
        QVERIFY(!e.costNanoUsd);
        QCOMPARE(e.kind, u"compare"_s);
    }

    void recordsOnceByGenerationId() {
        CostLedger ledger(freshPath());
        QString error;
        QVERIFY2(ledger.open(&error), qPrintable(error));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        // Cut off mid-stream: no cost known yet.
        LedgerEntry cut = entry(u"gen-a"_s, u"m/a"_s, QString(), std::nullopt, at);
        cut.complete = false;
        const qint64 id = ledger.record(cut, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(ledger.unsettled().size(), 1);
        // The same generation again (usage arrived): same row, cost filled in.
        const LedgerEntry withCost = entry(u"gen-a"_s, QString(), u"P"_s, 0.5, at);
        QCOMPARE(ledger.record(withCost, &error), id);
        QCOMPARE(ledger.count(), 1);
        std::optional<LedgerEntry> stored = ledger.find(u"gen-a"_s);
        QVERIFY(stored);
        QCOMPARE(stored->model, u"m/a"_s); // kept
        QCOMPARE(stored->provider, u"P"_s);
        QCOMPARE(stored->costNanoUsd, std::optional<qint64>(500'000'000));
        QVERIFY(stored->complete);
        // /generation settles it exactly; a later reported cost does not undo that.
        GenerationInfo info;
        info.id = u"gen-a"_s;
        info.totalCost = 0.51;
        QVERIFY(ledger.settle(info, &error));
        QVERIFY(ledger.unsettled().isEmpty());
        QCOMPARE(ledger.record(entry(u"gen-a"_s, QString(), QString(), 0.4, at)), id);
        QCOMPARE(ledger.find(u"gen-a"_s)->costNanoUsd, std::optional<qint64>(510'000'000));
        // Settling an unknown generation says so.
        info.id = u"gen-unknown"_s;
        QVERIFY(!ledger.settle(info, &error));
        QVERIFY(error.contains(u"gen-unknown"_s));
        // Entries without a generation id are separate rows.
        QVERIFY(ledger.record(entry(QString(), u"m/b"_s, u"P"_s, 1.0, at)) > 0);
        QVERIFY(ledger.record(entry(QString(), u"m/b"_s, u"P"_s, 1.0, at)) > 0);
        QCOMPARE(ledger.count(), 3);
    }

    void usageGroupsAndFilters() {
        CostLedger ledger(freshPath());
        QVERIFY(ledger.open());
        const QDateTime day1 = QDateTime(QDate(2026, 11, 2), QTime(12, 0)); // local noon
        const QDateTime day2 = day1.addDays(1);
        const auto cli = LedgerEntry::Origin::Cli;
        QVERIFY(ledger.record(entry(u"g1"_s, u"m/a"_s, u"P1"_s, 0.25, day1.toUTC())));
        QVERIFY(ledger.record(entry(u"g2"_s, u"m/b"_s, u"P2"_s, 1.0, day1.toUTC(), cli)));
        QVERIFY(ledger.record(entry(u"g3"_s, u"m/a"_s, u"P2"_s, 0.5, day2.toUTC())));
        QVERIFY(ledger.record(entry(u"g4"_s, u"m/a"_s, u"P1"_s, std::nullopt, day2.toUTC())));

        UsageQuery byDay;
        std::optional<UsageReport> r = ledger.usage(byDay);
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows[0].key, u"2026-11-02"_s);
        QCOMPARE(r->rows[0].requests, 2);
        QCOMPARE(r->rows[0].costNanoUsd, 1'250'000'000);
        QCOMPARE(r->rows[1].unpriced, 1);
        QCOMPARE(r->requests, 4);
        QCOMPARE(r->costNanoUsd, 1'750'000'000);
        QCOMPARE(r->unpriced, 1);

        UsageQuery byModel;
        byModel.by = UsageQuery::GroupBy::Model;
        r = ledger.usage(byModel);
        QCOMPARE(r->rows[0].key, u"m/b"_s); // most spent first
        QCOMPARE(r->rows[1].key, u"m/a"_s);
        QCOMPARE(r->rows[1].requests, 3);
        QCOMPARE(r->rows[1].promptTokens, 30);

        UsageQuery cliOnly;
        cliOnly.by = UsageQuery::GroupBy::Provider;
        cliOnly.origin = cli;
        r = ledger.usage(cliOnly);
        QCOMPARE(r->rows.size(), 1);
        QCOMPARE(r->rows[0].key, u"P2"_s);

        UsageQuery since;
        since.since = day2.addSecs(-3600).toUTC();
        r = ledger.usage(since);
        QCOMPARE(r->requests, 2);
        QCOMPARE(ledger.spentSince(since.since), 500'000'000);

        QCOMPARE(QString::fromUtf8(r->toCsv(UsageQuery::GroupBy::Day)),
                 u"day,requests,cost_usd,unpriced,prompt_tokens,completion_tokens,"
                 "reasoning_tokens\r\n2026-11-03,2,0.50,1,20,10,0\r\n"_s);
        QCOMPARE(ledger.recent(10, cli).size(), 1);
        QCOMPARE(ledger.recent(2).first().generationId, u"g4"_s);
    }

    void csvQuotesKeys() {
        UsageReport r;
        r.rows.append(UsageRow{u"a,\"b\""_s, 1, 1, 0, 0, 0, 0});
        QVERIFY(r.toCsv(UsageQuery::GroupBy::Model).contains("\"a,\"\"b\"\"\",1,0.000000001"));
    }

    void parseSince() {
        const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
        QCOMPARE(UsageQuery::parseSince(u"7d"_s, now), now.addDays(-7));
        QCOMPARE(UsageQuery::parseSince(u"24h"_s, now), now.addSecs(-24 * 3600));
        QCOMPARE(UsageQuery::parseSince(u"2w"_s, now), now.addDays(-14));
        QCOMPARE(UsageQuery::parseSince(u"1m"_s, now), now.addMonths(-1));
        QCOMPARE(UsageQuery::parseSince(u"2026-11-01"_s, now), QDate(2026, 11, 1).startOfDay());
        QVERIFY(!UsageQuery::parseSince(u"yesterday"_s, now));
        QVERIFY(!UsageQuery::parseSince(u"7x"_s, now));
        QCOMPARE(UsageQuery::groupFromName(u"Provider"_s), UsageQuery::GroupBy::Provider);
        QVERIFY(!UsageQuery::groupFromName(u"week"_s));
    }

    // Another process (the app while orcli writes) sees new rows without reopening.
    void sharedBetweenConnections() {
        const QString path = freshPath();
        CostLedger writer(path);
        CostLedger reader(path);
        QVERIFY(writer.open());
        QVERIFY(reader.open());
        QCOMPARE(reader.count(), 0);
        QVERIFY(writer.record(entry(u"g"_s, u"m"_s, u"p"_s, 0.1, QDateTime::currentDateTimeUtc())));
        QCOMPARE(reader.count(), 1);
    }

    void unwritableFolderSaysWhere() {
        CostLedger ledger(u"/proc/orc-no-such-dir/ledger.sqlite"_s);
        QString error;
        QVERIFY(!ledger.open(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ledger.record(entry(u"g"_s, u"m"_s, u"p"_s, 0.1, {}), &error), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
