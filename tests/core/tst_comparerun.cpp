#include "ClientFixture.h"
#include "chat/CompareRun.h"
#include "store/CostLedger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

class TestCompareRun : public QObject, public ClientFixture {
    Q_OBJECT

    QList<CompareTarget> targets(const QStringList &texts) {
        QList<CompareTarget> out;
        for (const QString &t : texts)
            out.append(*CompareTarget::parse(t));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(startServer()); }
    void init() { m_server.reset(); }

    void parseTargets() {
        QCOMPARE(CompareTarget::parse(u" openai/gpt-4o "_s)->label(), u"openai/gpt-4o"_s);
        const auto pinned = CompareTarget::parse(u"deepseek/deepseek-r1@fireworks"_s);
        QCOMPARE(pinned->model, u"deepseek/deepseek-r1"_s);
        QCOMPARE(pinned->provider, u"fireworks"_s);
        const auto preset = CompareTarget::parse(u"@preset/writer"_s);
        QCOMPARE(preset->model, u"@preset/writer"_s);
        QVERIFY(preset->provider.isEmpty());
        QCOMPARE(CompareTarget::parse(u"@preset/writer@together"_s)->provider, u"together"_s);
        QString error;
        QVERIFY(!CompareTarget::parse(u"a/b@"_s, &error));
        QVERIFY(error.contains(u"model@provider"_s));
        QVERIFY(!CompareTarget::parse(u"  "_s, &error));
    }

    // Three targets at once, one failing: the others finish, each keeps its own result, the
    // requests went out together, the pinned one carried its provider object.
    void runsTogetherAndKeepsGoingPastAFailure() {
        OpenRouterClient client(config());
        ChatRequest base = request(u"ignored"_s);
        base.maxTokens = 20;
        CompareRun run(
            &client, base,
            targets({u"fake/tokens"_s, u"fault/500"_s, u"deepseek/deepseek-r1@fireworks"_s}));
        QSignalSpy finished(&run, &CompareRun::finished);
        QSignalSpy targetDone(&run, &CompareRun::targetFinished);
        QSignalSpy deltas(&run, &CompareRun::contentDelta);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(run.isFinished());
        QCOMPARE(targetDone.count(), 3);
        const QList<CompareOutcome> &out = run.outcomes();
        QVERIFY(out[0].allOk());
        QCOMPARE(out[0].last()->usage->completionTokens, 20);
        QVERIFY(out[0].medianTtftMs());
        QVERIFY(!out[1].allOk());
        QCOMPARE(out[1].last()->state, ChatResult::State::Failed);
        QVERIFY(!out[1].medianTtftMs()); // no completed run
        QVERIFY2(out[2].allOk(), qPrintable(out[2].last()->error.message));
        QCOMPARE(out[2].last()->provider.toLower(), u"fireworks"_s);
        bool sawPin = false;
        for (const fake::RecordedRequest &r : m_server.requests()) {
            if (r.json.value("model"_L1).toString() != "deepseek/deepseek-r1"_L1)
                continue;
            const QJsonObject provider = r.json.value("provider"_L1).toObject();
            QCOMPARE(provider.value("only"_L1).toArray(), QJsonArray{u"fireworks"_s});
            QCOMPARE(provider.value("allow_fallbacks"_L1), QJsonValue(false));
            sawPin = true;
        }
        QVERIFY(sawPin);
        // Deltas are tagged with their column.
        QSet<int> columns;
        for (const QList<QVariant> &d : deltas)
            columns.insert(d.at(0).toInt());
        QVERIFY(columns.contains(0) && columns.contains(2) && !columns.contains(1));
    }

    // Every target is asked before the first one finishes: they run side by side.
    void requestsGoOutTogether() {
        m_server.setSlowDelayMs(40);
        OpenRouterClient client(config());
        CompareRun run(&client, request(u"x"_s),
                       targets({u"fault/slow"_s, u"fault/slow"_s, u"fault/slow"_s}));
        int requestsAtFirstFinish = -1;
        connect(&run, &CompareRun::targetFinished, this, [&] {
            if (requestsAtFirstFinish < 0)
                requestsAtFirstFinish = m_server.requestCount(u"/chat/completions"_s);
        });
        QSignalSpy finished(&run, &CompareRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(requestsAtFirstFinish, 3);
        m_server.setSlowDelayMs(200);
    }

    void roundsGiveMediansAndReachTheLedger() {
        QTemporaryDir dir;
        CostLedger ledger(CostLedger::pathIn(dir.path()));
        QVERIFY(ledger.open());
        OpenRouterClient client(config());
        ChatRequest base = request(u"ignored"_s);
        base.maxTokens = 10;
        CompareRun run(&client, base, targets({u"fake/tokens"_s, u"fake/echo"_s}), 3);
        run.setLedger(&ledger, LedgerEntry::Origin::Cli);
        QSignalSpy rounds(&run, &CompareRun::roundStarted);
        QSignalSpy finished(&run, &CompareRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(rounds.count(), 3);
        for (const CompareOutcome &o : run.outcomes()) {
            QCOMPARE(o.runs.size(), 3);
            QVERIFY(o.medianDurationMs());
        }
        QCOMPARE(ledger.count(), 6);
        const QList<LedgerEntry> recent = ledger.recent(10);
        QVERIFY(std::all_of(recent.cbegin(), recent.cend(), [](const LedgerEntry &e) {
            return e.kind == "compare"_L1 && e.origin == LedgerEntry::Origin::Cli &&
                   !e.generationId.isEmpty();
        }));
    }

    void cancelKeepsWhatArrived() {
        m_server.setSlowDelayMs(100);
        OpenRouterClient client(config());
        CompareRun run(&client, request(u"x"_s), targets({u"fault/slow"_s, u"fault/slow"_s}), 5);
        QSignalSpy deltas(&run, &CompareRun::contentDelta);
        QSignalSpy finished(&run, &CompareRun::finished);
        run.start();
        QVERIFY(deltas.wait(5000));
        run.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(run.round(), 0); // no further round after a cancel
        for (const CompareOutcome &o : run.outcomes()) {
            QCOMPARE(o.runs.size(), 1);
            QCOMPARE(o.last()->state, ChatResult::State::Cancelled);
        }
        QVERIFY(!run.outcomes()[0].last()->content.isEmpty() ||
                !run.outcomes()[1].last()->content.isEmpty());
        m_server.setSlowDelayMs(200);
    }

    void tokensPerSecond() {
        ChatResult r;
        QVERIFY(!CompareOutcome::tokensPerSecond(r));
        r.usage = Usage{};
        r.usage->completionTokens = 100;
        r.timeToFirstTokenMs = 500;
        r.durationMs = 2500;
        QCOMPARE(*CompareOutcome::tokensPerSecond(r), 50.0);
        r.durationMs = 500;
        QVERIFY(!CompareOutcome::tokensPerSecond(r));
    }
};

QTEST_GUILESS_MAIN(TestCompareRun)
#include "tst_comparerun.moc"
