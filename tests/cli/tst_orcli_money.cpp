// orcli and money, as a process against the fake server: --estimate sends nothing, --max-cost
// refuses (exit 8) what it cannot afford, the daily budget warns, refuses and stops a batch at
// the budget, image and batch replies land in the cost ledger once, and `orcli usage` sums it.
// The data folder (and so the ledger) is a temporary folder named in the settings file.
#include "OrcliHarness.h"
#include "domain/Ledger.h"
#include "store/CostLedger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::CostLedger;
using orc::LedgerEntry;
using orc::test::jsonl;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

namespace {

constexpr int kOverBudget = 8;

// fake/echo's prices: $1 per million prompt tokens, $2 per million completion tokens, at most
// 4096 completion tokens. "hello" is estimated at 6 prompt tokens (4 of template, 2 of text).
constexpr double kPrompt = 1e-6, kCompletion = 2e-6;
constexpr qint64 kHelloTokens = 6, kMaxOutput = 4096;

} // namespace

class TestOrcliMoney : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    QString dataDir() const { return m_h.path(u"data"_s); }
    QString ledgerPath() const { return CostLedger::pathIn(dataDir()); }

    // The settings file orcli shares with the studio: the data folder, and the daily budget.
    void writeSettings(double dailyBudgetUsd = 0) {
        QSettings s(m_h.path(u"home/.config/orstudio/orstudio.conf"_s), QSettings::IniFormat);
        s.clear();
        s.setValue(u"settingsVersion"_s, 2);
        s.setValue(u"storage/dataDir"_s, dataDir());
        if (dailyBudgetUsd > 0)
            s.setValue(u"money/dailyBudgetUsd"_s, dailyBudgetUsd);
        s.sync();
        QCOMPARE(s.status(), QSettings::NoError);
    }

    int chatRequests() { return m_h.server().requestCount(u"/chat/completions"_s); }

    QList<LedgerEntry> ledger() {
        CostLedger book(ledgerPath());
        if (!book.open())
            return {};
        return book.recent(1000);
    }

    QString batchFile(int lines) {
        QList<QJsonObject> items;
        for (int i = 0; i < lines; ++i)
            items.append({{u"id"_s, u"q%1"_s.arg(i)}, {u"prompt"_s, u"Hi"_s}});
        return m_h.writeFile(u"batch.jsonl"_s, jsonl(items));
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
        QDir(dataDir()).removeRecursively();
        QFile::remove(m_h.path(u"batch-out.jsonl"_s));
        writeSettings();
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void chatEstimateSendsNothing() {
        OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"-m"_s, u"10"_s,
                              u"--estimate"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("prompt_tokens"_L1).toInteger(), kHelloTokens);
        QCOMPARE(o.value("min_cost"_L1).toDouble(), kHelloTokens * kPrompt);
        QCOMPARE(o.value("max_cost"_L1).toDouble(), kHelloTokens * kPrompt + 10 * kCompletion);
        // Without max_tokens the model's max output bounds it; text mode prints one line.
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--estimate"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText(), u"Estimated cost: $0.000006 to $0.008198 (about 6 prompt "
                              "token(s)). Nothing was sent.\n"_s);
        // No key is needed to estimate.
        m_h.environment().remove(u"OPENROUTER_API_KEY"_s);
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--estimate"_s, u"-F"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outJson().value("max_cost"_L1).toDouble(),
                 kHelloTokens * kPrompt + kMaxOutput * kCompletion);
        QCOMPARE(chatRequests(), 0);
        QVERIFY(!QFile::exists(ledgerPath()));
    }

    void unknownModelHasNoBound() {
        OrcliRun r = m_h.run(
            {u"chat"_s, u"nobody/nothing"_s, u"hello"_s, u"--estimate"_s, u"-F"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.outJson().value("max_cost"_L1).isNull());
        QCOMPARE(r.outJson().value("prompt_tokens"_L1).toInteger(), kHelloTokens);
        r = m_h.run({u"chat"_s, u"nobody/nothing"_s, u"hello"_s, u"--max-cost"_s, u"1"_s});
        QCOMPARE(r.exitCode, kOverBudget);
        QVERIFY2(r.errText().contains("cannot be bounded"_L1), qPrintable(r.describe()));
        QCOMPARE(chatRequests(), 0);
    }

    void imageAndBatchEstimateSendNothing() {
        OrcliRun r = m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"a fox"_s, u"-o"_s,
                              m_h.path(u"img/new/fox.png"_s), u"--estimate"_s, u"-F"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.outJson().value("max_cost"_L1).toDouble() > 0);
        QVERIFY(!QFileInfo::exists(m_h.path(u"img/new"_s))); // no folder made for nothing
        QCOMPARE(m_h.server().requestCount(u"/images"_s), 0);

        const QString in = batchFile(3);
        r = m_h.run(
            {u"batch"_s, in, u"--model"_s, u"fake/echo"_s, u"--estimate"_s, u"-F"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Three lines of "Hi" (5 tokens each), each bounded by the model's max output.
        QCOMPARE(r.outJson().value("prompt_tokens"_L1).toInteger(), 15);
        QCOMPARE(r.outJson().value("max_cost"_L1).toDouble(),
                 3 * (5 * kPrompt + kMaxOutput * kCompletion));
        QCOMPARE(chatRequests(), 0);
    }

    void maxCostRefusesWithExit8() {
        OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--max-cost"_s, u"0.001"_s});
        QCOMPARE(r.exitCode, kOverBudget);
        QVERIFY2(r.errText().contains("over budget; nothing was sent"_L1),
                 qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--max-cost"_s, u"0.001"_s, u"-F"_s,
                     u"json"_s});
        QCOMPARE(r.exitCode, kOverBudget);
        QCOMPARE(r.errJson().value("error"_L1).toObject().value("kind"_L1).toString(),
                 u"over_budget"_s);
        QCOMPARE(chatRequests(), 0);
        // A bound under the cap sends.
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--max-cost"_s, u"$0.001"_s, u"-m"_s,
                     u"100"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText(), u"Echo: hello\n"_s);
        QCOMPARE(chatRequests(), 1);

        r = m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"a fox"_s, u"-o"_s,
                     m_h.path(u"img/new/fox.png"_s), u"--max-cost"_s, u"0.0001"_s});
        QCOMPARE(r.exitCode, kOverBudget);
        QVERIFY(!QFileInfo::exists(m_h.path(u"img/new"_s)));
        r = m_h.run(
            {u"batch"_s, batchFile(2), u"--model"_s, u"fake/echo"_s, u"--max-cost"_s, u"0.01"_s});
        QCOMPARE(r.exitCode, kOverBudget); // 2 × $0.008197 may be spent
        QCOMPARE(chatRequests(), 1);

        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--max-cost"_s, u"cheap"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("--max-cost \"cheap\""_L1), qPrintable(r.describe()));
    }

    void batchAndImageAreRecordedOnce() {
        OrcliRun r = m_h.run({u"batch"_s, batchFile(3), u"--model"_s, u"fake/echo"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QList<QJsonObject> lines = r.outLines();
        QCOMPARE(lines.size(), 3);
        r = m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"a fox"_s, u"-o"_s,
                     m_h.path(u"fox.png"_s), u"--count"_s, u"2"_s, u"-F"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject image = r.outJson();

        const QList<LedgerEntry> entries = ledger();
        QCOMPARE(entries.size(), 5); // 3 batch lines, 2 image calls
        qint64 batchCost = 0;
        for (const QJsonObject &line : lines) {
            const auto it = std::find_if(entries.begin(), entries.end(), [&](const LedgerEntry &e) {
                return e.generationId == line.value("generation_id"_L1).toString();
            });
            QVERIFY(it != entries.end());
            QCOMPARE(it->kind, u"batch"_s);
            QCOMPARE(it->origin, LedgerEntry::Origin::Cli);
            QCOMPARE(it->model, u"fake/echo"_s);
            QCOMPARE(it->provider, line.value("provider"_L1).toString());
            QCOMPARE(it->costNanoUsd, orc::Money::fromUsd(line.value("cost"_L1).toDouble()));
            QCOMPARE(it->promptTokens,
                     line.value("usage"_L1).toObject().value("prompt_tokens"_L1).toInteger());
            batchCost += *it->costNanoUsd;
        }
        qint64 imageCost = 0;
        QSet<QString> imageIds;
        for (const LedgerEntry &e : entries) {
            if (e.kind != "image"_L1)
                continue;
            QCOMPARE(e.origin, LedgerEntry::Origin::Cli);
            QCOMPARE(e.model, u"google/gemini-2.5-flash-image"_s);
            QVERIFY(e.costNanoUsd);
            imageIds.insert(e.generationId);
            imageCost += *e.costNanoUsd;
        }
        QCOMPARE(imageIds.size(), 2); // one entry per call, each with its generation id
        QVERIFY(imageIds.contains(image.value("id"_L1).toString()));
        QCOMPARE(imageCost, orc::Money::fromUsd(
                                image.value("usage"_L1).toObject().value("cost"_L1).toDouble()));
        // orcli usage sums exactly what was recorded.
        r = m_h.run({u"usage"_s, u"--by"_s, u"model"_s, u"-F"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject usage = r.outJson();
        QCOMPARE(usage.value("requests"_L1).toInteger(), 5);
        QVERIFY2(r.outText().contains(u"\"total_cost\": "_s +
                                      orc::Money::format(batchCost + imageCost) + u",\n"_s),
                 qPrintable(r.outText()));
        QCOMPARE(usage.value("rows"_L1).toArray().size(), 2);
        r = m_h.run({u"usage"_s, u"--origin"_s, u"app"_s, u"-F"_s, u"json"_s});
        QCOMPARE(r.outJson().value("requests"_L1).toInteger(), 0);
    }

    void dailyBudgetWarnsRefusesAndStopsABatch() {
        // Each "Hi" to fake/echo costs $0.000009 (5 prompt and 2 completion tokens).
        writeSettings(0.000015);
        OrcliRun r = m_h.run({u"batch"_s, batchFile(4), u"--model"_s, u"fake/echo"_s,
                              u"--concurrency"_s, u"1"_s, u"-o"_s, m_h.path(u"batch-out.jsonl"_s)});
        QCOMPARE(r.exitCode, kOverBudget);
        QVERIFY2(r.errText().contains("stopped at the budget"_L1), qPrintable(r.describe()));
        QFile out(m_h.path(u"batch-out.jsonl"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll().count('\n'), 2); // finished lines are kept; the rest not run
        QCOMPARE(chatRequests(), 2);
        QCOMPARE(ledger().size(), 2);

        // Spent $0.000018 of $0.000015: refused before sending, unless --over-budget.
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s});
        QCOMPARE(r.exitCode, kOverBudget);
        QVERIFY2(r.errText().contains("over budget; nothing was sent: Today:"_L1),
                 qPrintable(r.describe()));
        QCOMPARE(chatRequests(), 2);
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s, u"--over-budget"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains("--over-budget"_L1), qPrintable(r.describe()));
        QCOMPARE(ledger().size(), 3); // the chat sent anyway is recorded too

        // 90 % of the budget ($0.000027 of $0.00003): a warning, and the request is sent.
        writeSettings(0.00003);
        r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.errText().startsWith("Warning: Today: $0.000027 of $0.00003 spent (90 %)"_L1),
                 qPrintable(r.describe()));
    }

    void usageReportsAndChecksItsOptions() {
        {
            CostLedger book(ledgerPath());
            QVERIFY(book.open());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const struct {
                const char *id, *model, *provider;
                qint64 nano;
                int daysAgo;
                LedgerEntry::Origin origin;
            } rows[] = {{"g1", "a/x", "P1", 1'000'000'001, 0, LedgerEntry::Origin::App},
                        {"g2", "a/x", "P2", 2, 0, LedgerEntry::Origin::Cli},
                        {"g3", "b/y", "P1", 300, 20, LedgerEntry::Origin::Cli},
                        {"g4", "q\"x\\y\tz", "P3", 0, 30, LedgerEntry::Origin::App}};
            for (const auto &row : rows) {
                LedgerEntry e;
                e.generationId = QString::fromLatin1(row.id);
                e.kind = u"chat"_s;
                e.model = QString::fromLatin1(row.model);
                e.provider = QString::fromLatin1(row.provider);
                e.origin = row.origin;
                e.costNanoUsd = row.nano;
                e.promptTokens = 10;
                e.at = now.addDays(-row.daysAgo);
                QVERIFY(book.record(e) > 0);
            }
        }
        OrcliRun r = m_h.run({u"usage"_s, u"--by"_s, u"model"_s, u"-F"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.outText().contains("\"total_cost\": 1.000000303,"_L1), qPrintable(r.outText()));
        const QJsonArray rows = r.outJson().value("rows"_L1).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().toObject().value("key"_L1), u"a/x"_s);
        QCOMPARE(rows.last().toObject().value("key"_L1), u"q\"x\\y\tz"_s); // escaped as JSON
        r = m_h.run({u"usage"_s, u"--since"_s, u"7d"_s, u"--by"_s, u"provider"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList text = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(text.size(), 5); // heading, P1, P2, rule, total
        QVERIFY2(QRegularExpression(u"^Provider +Requests +Cost \\(USD\\) +Prompt tokens"_s)
                     .match(text.at(0))
                     .hasMatch(),
                 qPrintable(r.describe()));
        QVERIFY(text.at(1).startsWith("P1"_L1));
        QVERIFY(text.at(4).startsWith("Total"_L1));
        QVERIFY(text.at(4).contains("1.000000003"_L1));
        QCOMPARE(text.at(4).size(), text.at(0).size()); // aligned columns
        r = m_h.run(
            {u"usage"_s, u"--origin"_s, u"cli"_s, u"--by"_s, u"model"_s, u"--format"_s, u"csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText(), u"model,requests,cost_usd,unpriced,prompt_tokens,completion_tokens,"
                              "reasoning_tokens\r\nb/y,1,0.0000003,0,10,0,0\r\n"
                              "a/x,1,0.000000002,0,10,0,0\r\n"_s);

        for (const QStringList &bad :
             {QStringList{u"--since"_s, u"soon"_s}, QStringList{u"--by"_s, u"week"_s},
              QStringList{u"--origin"_s, u"web"_s}, QStringList{u"extra"_s}}) {
            r = m_h.run(QStringList{u"usage"_s} + bad);
            QCOMPARE(r.exitCode, 2);
        }
        r = m_h.run({u"models"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_h.server().requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrcliMoney)
#include "tst_orcli_money.moc"
