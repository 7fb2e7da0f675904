// orcli compare as a process against the fake server: the table and answers, the JSON results
// in the order given with their errors, medians over rounds, requests that overlap, the ledger
// and history records, Ctrl-C, --dry-run and bad input.
#include "OrcliHarness.h"

#include "store/ConversationStore.h"
#include "store/CostLedger.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

class TestOrcliCompare : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    // The one file called `name` under the harness's data folder (created by orcli).
    QString findData(const QString &name) {
        QDirIterator it(m_h.path(u"home"_s), {name}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        return it.hasNext() ? it.next() : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void tableThenAnswers() {
        const OrcliRun r = m_h.run({u"compare"_s, u"fake/tokens"_s, u"fake/echo"_s, u"--prompt"_s,
                                    u"hello there"_s, u"--max-tokens"_s, u"4"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.outText().split(u'\n');
        QVERIFY2(lines.at(0).startsWith(u"MODEL"_s), qPrintable(r.outText()));
        for (const QString &h : {u"PROVIDER"_s, u"TTFT ms"_s, u"tok/s"_s, u"tokens"_s, u"$ cost"_s})
            QVERIFY2(lines.at(0).contains(h), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(u"fake/tokens "_s));
        QVERIFY(lines.at(2).startsWith(u"fake/echo "_s));
        // The tokens column: the completion tokens; the cost column: an exact dollar amount.
        QVERIFY2(lines.at(1).contains(u" 4  $"_s), qPrintable(lines.at(1)));
        QVERIFY(r.outText().contains(u"\n== fake/tokens ==\nt0 t1 t2 t3\n"_s));
        QVERIFY(r.outText().contains(u"\n== fake/echo ==\nEcho: hello there\n"_s));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 2);
    }

    void jsonInOrderWithErrors() {
        const OrcliRun r = m_h.run({u"--format"_s, u"json"_s, u"compare"_s, u"fake/echo"_s,
                                    u"fault/500"_s, u"deepseek/deepseek-r1@fireworks"_s, u"-p"_s,
                                    u"hi"_s, u"-s"_s, u"be brief"_s});
        QCOMPARE(r.exitCode, 1); // one target failed
        const QJsonArray results = r.outJson().value("results"_L1).toArray();
        QCOMPARE(results.size(), 3);
        const QJsonObject echo = results.at(0).toObject();
        QCOMPARE(echo.value("requested_model"_L1).toString(), u"fake/echo"_s);
        QCOMPARE(echo.value("content"_L1).toString(), u"Echo: hi"_s);
        QVERIFY(echo.value("error"_L1).isNull());
        QVERIFY(echo.value("time_to_first_token_ms"_L1).toInteger() >= 0);
        QVERIFY(echo.value("tokens_per_second"_L1).isDouble() ||
                echo.value("tokens_per_second"_L1).isNull());
        QVERIFY(echo.value("usage"_L1).toObject().value("cost"_L1).isDouble());
        QVERIFY(!echo.contains("median"_L1));
        const QJsonObject failed = results.at(1).toObject();
        QCOMPARE(failed.value("requested_model"_L1).toString(), u"fault/500"_s);
        QCOMPARE(failed.value("state"_L1).toString(), u"failed"_s);
        QCOMPARE(failed.value("error"_L1).toObject().value("status"_L1).toInt(), 500);
        const QJsonObject pinned = results.at(2).toObject();
        QCOMPARE(pinned.value("requested_model"_L1).toString(),
                 u"deepseek/deepseek-r1@fireworks"_s);
        QCOMPARE(pinned.value("model"_L1).toString(), u"deepseek/deepseek-r1"_s);
        QCOMPARE(pinned.value("provider"_L1).toString().toLower(), u"fireworks"_s);
        // The system prompt went to every target.
        for (const orc::fake::RecordedRequest &q : m_h.server().requests())
            if (q.path.endsWith(u"/chat/completions"_s))
                QCOMPARE(q.json.value("messages"_L1).toArray().at(0).toObject().value("role"_L1),
                         QJsonValue(u"system"_s));
    }

    void textRowCarriesTheError() {
        const OrcliRun r =
            m_h.run({u"compare"_s, u"fake/echo"_s, u"fault/400"_s, u"-p"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.outText().split(u'\n');
        QVERIFY2(lines.at(2).startsWith(u"fault/400 "_s) && lines.at(2).contains(u"error: "_s),
                 qPrintable(r.outText()));
        QVERIFY(r.outText().contains(u"== fault/400 ==\n(no answer)\n"_s));
    }

    void runsGiveMedians() {
        const OrcliRun r =
            m_h.run({u"--format"_s, u"json"_s, u"compare"_s, u"fake/tokens"_s, u"fake/echo"_s,
                     u"-p"_s, u"hi"_s, u"-m"_s, u"3"_s, u"--runs"_s, u"3"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 6);
        for (const QJsonValue &v : r.outJson().value("results"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("runs"_L1).toArray().size(), 3);
            const QJsonObject median = o.value("median"_L1).toObject();
            QVERIFY(median.value("time_to_first_token_ms"_L1).isDouble());
            QVERIFY(median.value("duration_ms"_L1).isDouble());
            QVERIFY(median.value("cost"_L1).isDouble());
        }
        const OrcliRun text =
            m_h.run({u"compare"_s, u"fake/echo"_s, u"-p"_s, u"hi"_s, u"--runs"_s, u"2"_s});
        QVERIFY(text.outText().contains(u"medians of 2 runs"_s));
    }

    // All requests are received before the first answer could have finished.
    void requestsOverlap() {
        m_h.server().setSlowDelayMs(60);
        QList<qint64> received;
        QElapsedTimer clock;
        clock.start();
        const auto c = connect(&m_h.server(), &orc::fake::FakeOpenRouter::requestReceived, this,
                               [&](const orc::fake::RecordedRequest &q) {
                                   if (q.path.endsWith(u"/chat/completions"_s))
                                       received << clock.elapsed();
                               });
        const OrcliRun r =
            m_h.run({u"--format"_s, u"json"_s, u"compare"_s, u"fault/slow"_s, u"fault/slow"_s,
                     u"fault/slow"_s, u"fault/slow"_s, u"-p"_s, u"one two three four five six"_s});
        disconnect(c);
        m_h.server().setSlowDelayMs(200);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(received.size(), 4);
        qint64 shortest = std::numeric_limits<qint64>::max();
        for (const QJsonValue &v : r.outJson().value("results"_L1).toArray())
            shortest = std::min(shortest, qint64(v.toObject().value("duration_ms"_L1).toDouble()));
        const qint64 spread = received.last() - received.first();
        QVERIFY2(spread < shortest,
                 qPrintable(u"requests spread over %1 ms, an answer takes %2 ms"_s.arg(spread).arg(
                     shortest)));
    }

    void estimateCoversEveryTargetAndRoundAndSendsNothing() {
        const auto maxCost = [this](const QStringList &args) {
            const OrcliRun r = m_h.run(QStringList{u"--format"_s, u"json"_s} + args);
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.describe()));
            return r.outJson().value("max_cost"_L1).toDouble(-1);
        };
        const double echo =
            maxCost({u"chat"_s, u"fake/echo"_s, u"hi"_s, u"-m"_s, u"50"_s, u"--estimate"_s});
        const double mini = maxCost(
            {u"chat"_s, u"openai/gpt-4o-mini"_s, u"hi"_s, u"-m"_s, u"50"_s, u"--estimate"_s});
        QVERIFY(echo > 0 && mini > 0);
        const double both =
            maxCost({u"compare"_s, u"fake/echo"_s, u"openai/gpt-4o-mini"_s, u"-p"_s, u"hi"_s,
                     u"-m"_s, u"50"_s, u"--runs"_s, u"2"_s, u"--estimate"_s});
        QVERIFY2(qAbs(both - 2 * (echo + mini)) < 1e-5, qPrintable(QString::number(both)));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 0);
    }

    void maxCostRefusesTheWholeRun() {
        const OrcliRun r = m_h.run({u"compare"_s, u"fake/echo"_s, u"openai/gpt-4o-mini"_s, u"-p"_s,
                                    u"hi"_s, u"-m"_s, u"50"_s, u"--max-cost"_s, u"0.0000001"_s});
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.errText().contains("over budget; nothing was sent"_L1),
                 qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 0);
        // A cap above the bound lets it run.
        const OrcliRun ok = m_h.run({u"compare"_s, u"fake/echo"_s, u"openai/gpt-4o-mini"_s, u"-p"_s,
                                     u"hi"_s, u"-m"_s, u"50"_s, u"--max-cost"_s, u"5"_s});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 2);
    }

    void ledgerAndHistory() {
        const OrcliRun r =
            m_h.run({u"--format"_s, u"json"_s, u"compare"_s, u"fake/echo"_s, u"fake/tokens"_s,
                     u"-p"_s, u"save me"_s, u"-m"_s, u"2"_s, u"--history"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString ledgerPath = findData(u"ledger.sqlite"_s);
        QVERIFY(!ledgerPath.isEmpty());
        orc::CostLedger ledger(ledgerPath);
        QVERIFY(ledger.open());
        // Each answer of this run is in the ledger (earlier tests' runs are there too).
        for (const QJsonValue &v : r.outJson().value("results"_L1).toArray()) {
            const auto entry = ledger.find(v.toObject().value("id"_L1).toString());
            QVERIFY(entry);
            QCOMPARE(entry->kind, u"compare"_s);
            QCOMPARE(entry->origin, orc::LedgerEntry::Origin::Cli);
            QCOMPARE(entry->model, v.toObject().value("model"_L1).toString());
        }
        const QString historyPath = findData(u"conversations.sqlite"_s);
        QVERIFY(!historyPath.isEmpty());
        orc::ConversationStore store(historyPath);
        QVERIFY(store.open());
        const QList<orc::ConversationInfo> conversations = store.conversations();
        QCOMPARE(conversations.size(), 2);
        QSet<QString> answers;
        for (const orc::ConversationInfo &c : conversations) {
            const QList<orc::StoredMessage> thread = store.thread(c.id);
            QCOMPARE(thread.size(), 2);
            QCOMPARE(thread.at(0).content, u"save me"_s);
            QCOMPARE(thread.at(1).role, u"assistant"_s);
            QVERIFY(thread.at(1).cost.has_value());
            answers.insert(thread.at(1).content);
        }
        QCOMPARE(answers, (QSet<QString>{u"Echo: save"_s, u"t0 t1"_s}));
        // Without --history nothing more is saved.
        QCOMPARE(m_h.run({u"compare"_s, u"fake/echo"_s, u"-p"_s, u"x"_s}).exitCode, 0);
        QCOMPARE(store.conversations().size(), 2);
    }

    void ctrlCCancelsAllAndKeepsWhatArrived() {
        m_h.server().setSlowDelayMs(100);
        std::unique_ptr<QProcess> p(
            m_h.start({u"--format"_s, u"json"_s, u"compare"_s, u"fault/slow"_s, u"fault/slow"_s,
                       u"-p"_s, u"a b c d e f g h i j k l m n o p"_s}));
        QVERIFY(p->waitForStarted(10000));
        p->closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(m_h.server().requestCount(u"/chat/completions"_s) == 2, 20000);
        QTest::qWait(450);
        QSignalSpy finished(p.get(), &QProcess::finished);
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(finished.wait(20000));
        m_h.server().setSlowDelayMs(200);
        QCOMPARE(p->exitCode(), 130);
        const QJsonArray results = QJsonDocument::fromJson(p->readAllStandardOutput())
                                       .object()
                                       .value("results"_L1)
                                       .toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &v : results) {
            QCOMPARE(v.toObject().value("state"_L1).toString(), u"cancelled"_s);
            QVERIFY(v.toObject().value("content"_L1).toString().startsWith(u"Echo:"_s));
        }
    }

    void dryRunShowsEveryRequest() {
        const OrcliRun r = m_h.run({u"--dry-run"_s, u"compare"_s, u"openai/gpt-4o"_s,
                                    u"openai/gpt-4o@azure"_s, u"-p"_s, u"hi"_s, u"-t"_s, u"0.5"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray requests = r.outJson().value("requests"_L1).toArray();
        QCOMPARE(requests.size(), 2);
        const QJsonObject first = requests.at(0).toObject().value("body"_L1).toObject();
        const QJsonObject second = requests.at(1).toObject().value("body"_L1).toObject();
        QCOMPARE(first.value("temperature"_L1).toDouble(), 0.5);
        QVERIFY(!first.contains("provider"_L1));
        QCOMPARE(second.value("provider"_L1).toObject().value("only"_L1).toArray(),
                 QJsonArray{u"azure"_s});
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void promptFromStdin() {
        const OrcliRun r =
            m_h.run({u"--format"_s, u"json"_s, u"compare"_s, u"fake/echo"_s}, "from stdin");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outJson()
                     .value("results"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("content"_L1)
                     .toString(),
                 u"Echo: from stdin"_s);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no model") << QStringList{u"-p"_s, u"x"_s} << u"Missing MODEL"_s;
        QTest::newRow("empty provider")
            << QStringList{u"a/b@"_s, u"-p"_s, u"x"_s} << u"model@provider"_s;
        QTest::newRow("runs 0") << QStringList{u"a/b"_s, u"-p"_s, u"x"_s, u"--runs"_s, u"0"_s}
                                << u"--runs"_s;
        QTest::newRow("empty prompt") << QStringList{u"a/b"_s, u"-p"_s, u" "_s} << u"empty"_s;
        QTest::newRow("bad temperature")
            << QStringList{u"a/b"_s, u"-p"_s, u"x"_s, u"-t"_s, u"9"_s} << u"--temperature"_s;
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const OrcliRun r = m_h.run(QStringList{u"compare"_s} + args, "");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrcliCompare)
#include "tst_orcli_compare.moc"
