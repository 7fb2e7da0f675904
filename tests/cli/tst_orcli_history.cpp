// orcli's conversation history: chats saved in the studio's store (the app's data folder, or
// --data-dir), --no-history and ORCLI_NO_HISTORY, the cost ledger (origin cli), chat
// --continue, and `orcli history list|show|search|export|rm`. What orcli saves is opened here
// as the app opens it (ConversationStore + ChatSession), and the other way round.
#include "OrcliHarness.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatSession.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace orc;
using namespace orc::test;

class TestOrcliHistory : public QObject {
    Q_OBJECT

    OrcliHarness m_h;
    int m_n = 0;
    QString m_data; // this test function's --data-dir

    OrcliRun orcli(const QStringList &args, const QByteArray &in = {}) {
        return m_h.run(QStringList{u"--data-dir"_s, m_data} + args, in);
    }
    OrcliRun chat(const QString &prompt, const QStringList &more = {}) {
        return orcli(QStringList{u"chat"_s, u"fake/echo"_s, prompt} + more);
    }
    std::unique_ptr<ConversationStore> store() {
        auto s = std::make_unique<ConversationStore>(ConversationStore::pathIn(m_data));
        return s->open() ? std::move(s) : nullptr;
    }
    QList<LedgerEntry> ledger() {
        CostLedger l(CostLedger::pathIn(m_data));
        return l.open() ? l.recent(100) : QList<LedgerEntry>();
    }
    QJsonArray sentMessages() {
        return m_h.server().lastRequest().json.value("messages"_L1).toArray();
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
        m_data = m_h.path(u"data%1"_s.arg(++m_n));
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    // Without --data-dir orcli writes the app's folder (…/orstudio/orstudio), not its own.
    void chatIsSavedInTheStudiosFolder() {
        const OrcliRun r = m_h.run({u"chat"_s, u"fake/echo"_s, u"hello history"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: hello history\n"_ba);
        QCOMPARE(r.err, QByteArray());
        m_data = m_h.path(u"home/.local/share/orstudio/orstudio"_s);
        QVERIFY(QFile::exists(ConversationStore::pathIn(m_data)));
        QVERIFY(!QDir(m_h.path(u"home/.local/share/orstudio/orcli"_s)).exists());
        const auto s = store();
        QVERIFY(s);
        const QList<ConversationInfo> all = s->conversations();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().model, u"fake/echo"_s);
        QCOMPARE(all.first().title, u"hello history"_s);
        // the ledger beside it: one chat entry of origin cli for that conversation
        const QList<LedgerEntry> entries = ledger();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().kind, u"chat"_s);
        QCOMPARE(entries.first().origin, LedgerEntry::Origin::Cli);
        QCOMPARE(entries.first().conversationId, all.first().id);
        QVERIFY(entries.first().costNanoUsd.value_or(0) > 0);
        QCOMPARE(entries.first().generationId, s->thread(all.first().id).last().generationId);
    }

    // A conversation started in orcli opens in the app: same store, schema and session.
    void orcliConversationOpensInTheApp() {
        QVERIFY(chat(u"open me"_s, {u"--system"_s, u"Be brief."_s, u"-t"_s, u"0.3"_s}).exitCode ==
                0);
        const auto s = store();
        QVERIFY(s);
        QCOMPARE(s->schemaVersion(), ConversationStore::kSchemaVersion);
        ClientConfig config;
        config.baseUrl = QUrl(m_h.baseUrl());
        config.apiKey = OrcliHarness::kKey;
        OpenRouterClient client(config);
        ChatSession session(&client, s.get());
        QVERIFY(session.openConversation(s->conversations().first().id));
        QCOMPARE(session.model(), u"fake/echo"_s);
        QCOMPARE(session.systemPrompt(), u"Be brief."_s);
        QCOMPARE(session.params().temperature, std::optional<double>(0.3));
        const QList<StoredMessage> thread = session.thread();
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.at(0).content, u"open me"_s);
        QCOMPARE(thread.at(1).content, u"Echo: open me"_s);
        QCOMPARE(thread.at(1).state, StoredMessage::State::Complete);
        QVERIFY(thread.at(1).cost.value_or(0) > 0);
        // and the app can continue it
        QVERIFY(session.send(u"from the app"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 15000);
        QCOMPARE(session.thread().size(), 4);
        // then orcli again: it sends all four earlier turns
        const OrcliRun r = orcli({u"chat"_s, u"--continue"_s, u"last"_s, u"and orcli"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: and orcli\n"_ba);
        const QJsonArray sent = sentMessages();
        QCOMPARE(sent.size(), 6); // system, 2 x (user, assistant), user
        QCOMPARE(sent.at(3).toObject().value("content"_L1).toString(), u"from the app"_s);
        QCOMPARE(m_h.server().lastRequest().json.value("temperature"_L1).toDouble(), 0.3);
        QCOMPARE(store()->thread(session.conversationId()).size(), 6);
    }

    void continueSendsEarlierTurns() {
        QCOMPARE(chat(u"first"_s).exitCode, 0);
        const qint64 id = store()->conversations().first().id;
        const OrcliRun r = orcli({u"chat"_s, u"--continue"_s, QString::number(id), u"second"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: second\n"_ba);
        const QJsonArray sent = sentMessages();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(1).toObject().value("content"_L1).toString(), u"Echo: first"_s);
        QCOMPARE(m_h.server().lastRequest().json.value("model"_L1).toString(), u"fake/echo"_s);
        const auto s = store();
        QCOMPARE(s->conversations().size(), 1);
        QCOMPARE(s->thread(id).size(), 4);
        QCOMPARE(ledger().size(), 2);
        // MODEL before the prompt picks another model for the conversation
        QCOMPARE(orcli({u"chat"_s, u"--continue"_s, u"last"_s, u"openai/gpt-4o-mini"_s, u"third"_s})
                     .exitCode,
                 0);
        QCOMPARE(m_h.server().lastRequest().json.value("model"_L1).toString(),
                 u"openai/gpt-4o-mini"_s);
        QCOMPARE(store()->conversation(id)->model, u"openai/gpt-4o-mini"_s);
        // the prompt from stdin
        QCOMPARE(orcli({u"chat"_s, u"--continue"_s, u"last"_s}, "piped").exitCode, 0);
        QCOMPARE(store()->thread(id).size(), 8);
    }

    void continueRefusesUnknownIds() {
        QCOMPARE(chat(u"only one"_s).exitCode, 0);
        m_h.server().clearRequests();
        OrcliRun r = orcli({u"chat"_s, u"--continue"_s, u"42"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(u"no conversation 42; `orcli history list` shows them"_s),
                 qPrintable(r.describe()));
        QCOMPARE(r.out, QByteArray());
        r = orcli({u"chat"_s, u"--continue"_s, u"yesterday"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"\"yesterday\" names no conversation"_s));
        r = orcli({u"chat"_s, u"--continue"_s, u"last"_s, u"--no-history"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"exclude each other"_s));
        QCOMPARE(m_h.server().requests().size(), 0); // nothing was sent
    }

    void noHistoryKeepsTheChatOutButRecordsItsCost() {
        OrcliRun r = chat(u"secret"_s, {u"--no-history"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: secret\n"_ba);
        m_h.environment().insert(u"ORCLI_NO_HISTORY"_s, u"1"_s);
        QCOMPARE(chat(u"also secret"_s).exitCode, 0);
        const auto s = store();
        QVERIFY(s->conversations().isEmpty());
        QVERIFY(s->search(u"secret"_s).isEmpty());
        const QList<LedgerEntry> entries = ledger();
        QCOMPARE(entries.size(), 2);
        for (const LedgerEntry &e : entries) {
            QCOMPARE(e.conversationId, 0);
            QCOMPARE(e.origin, LedgerEntry::Origin::Cli);
        }
        // ORCLI_NO_HISTORY=0 saves again
        m_h.environment().insert(u"ORCLI_NO_HISTORY"_s, u"0"_s);
        QCOMPARE(chat(u"kept"_s).exitCode, 0);
        QCOMPARE(store()->conversations().size(), 1);
    }

    // A reply without a cost: orcli waits for GET /generation before it exits, so the ledger
    // and the saved reply hold the exact cost.
    void lateCostIsSettledBeforeExit() {
        const OrcliRun r = orcli({u"chat"_s, u"fake/no-cost"_s, u"price me"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Echo: price me\n"_ba);
        QCOMPARE(r.err, QByteArray());
        const QList<LedgerEntry> entries = ledger();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().costExact);
        QVERIFY(entries.first().costNanoUsd.value_or(0) > 0);
        const auto s = store();
        const qint64 id = s->conversations().first().id;
        QCOMPARE(s->thread(id).last().cost,
                 std::optional<double>(Money::toUsd(*entries.first().costNanoUsd)));
    }

    void dryRunSavesNothing() {
        QCOMPARE(chat(u"dry"_s, {u"--dry-run"_s}).exitCode, 0);
        QVERIFY(!QFile::exists(ConversationStore::pathIn(m_data)));
        QVERIFY(!QFile::exists(CostLedger::pathIn(m_data)));
    }

    void listNewestFirst() {
        QCOMPARE(orcli({u"history"_s, u"list"_s}).exitCode, 0); // empty: fine
        QCOMPARE(chat(u"alpha"_s).exitCode, 0);
        QCOMPARE(chat(u"beta"_s).exitCode, 0);
        OrcliRun r = orcli({u"history"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray rows = r.outArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value("title"_L1).toString(), u"beta"_s);
        QCOMPARE(rows.at(1).toObject().value("title"_L1).toString(), u"alpha"_s);
        QCOMPARE(rows.at(0).toObject().value("messages"_L1).toInt(), 2);
        QCOMPARE(rows.at(0).toObject().value("model"_L1).toString(), u"fake/echo"_s);
        r = orcli({u"history"_s, u"list"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"beta"_s) && lines.first().contains(u"fake/echo"_s),
                 qPrintable(r.outText()));
        QCOMPARE(orcli({u"history"_s, u"list"_s, u"--limit"_s, u"0"_s}).exitCode, 2);
        QCOMPARE(orcli({u"history"_s, u"list"_s, u"--format"_s, u"md"_s}).exitCode, 2);
    }

    void showInEveryFormat() {
        QCOMPARE(chat(u"show me"_s, {u"-s"_s, u"Sys"_s}).exitCode, 0);
        OrcliRun r = orcli({u"history"_s, u"show"_s, u"last"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"show me"_s) && r.outText().contains(u"Echo: show me"_s) &&
                     r.outText().contains(u"Sys"_s),
                 qPrintable(r.outText()));
        r = orcli({u"history"_s, u"show"_s, u"last"_s, u"--format"_s, u"md"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith(u"# show me\n"_s));
        QVERIFY(r.outText().contains(u"## Assistant (fake/echo)"_s));
        r = orcli({u"history"_s, u"show"_s, u"last"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("format"_L1).toString(), u"orstudio.conversation"_s);
        QCOMPARE(o.value("id"_L1).toInteger(), store()->conversations().first().id);
        QCOMPARE(o.value("messages"_L1).toArray().size(), 2);
        r = orcli({u"history"_s, u"show"_s, u"77"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"no conversation 77"_s));
        QCOMPARE(orcli({u"history"_s, u"show"_s}).exitCode, 2);
        QCOMPARE(orcli({u"history"_s, u"frobnicate"_s}).exitCode, 2);
    }

    void searchFindsWordsAndExitsOneOnNothing() {
        QCOMPARE(chat(u"the purple elephant"_s).exitCode, 0);
        QCOMPARE(chat(u"a green frog"_s).exitCode, 0);
        OrcliRun r = orcli({u"history"_s, u"search"_s, u"elephant"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.outText().contains(u"[elephant]"_s));
        QVERIFY(!r.outText().contains(u"frog"_s));
        r = orcli({u"history"_s, u"search"_s, u"elephant"_s, u"--format"_s, u"json"_s});
        const QJsonArray hits = r.outArray();
        QCOMPARE(hits.size(), 2); // the prompt and the echo
        QCOMPARE(hits.at(0).toObject().value("title"_L1).toString(), u"the purple elephant"_s);
        r = orcli({u"history"_s, u"search"_s, u"giraffe"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"No message matches \"giraffe\""_s));
        r = orcli({u"history"_s, u"search"_s, u"giraffe"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.outArray(), QJsonArray());
        QCOMPARE(orcli({u"history"_s, u"search"_s, u"elephant"_s, u"--limit"_s, u"1"_s})
                     .outText()
                     .count(u'\n'),
                 1);
    }

    void exportWritesAtomicallyWhatTheAppExports() {
        QCOMPARE(chat(u"export me"_s).exitCode, 0);
        const qint64 id = store()->conversations().first().id;
        const QString file = m_h.path(u"out/chat.json"_s);
        QDir().mkpath(m_h.path(u"out"_s));
        OrcliRun r = orcli(
            {u"history"_s, u"export"_s, QString::number(id), u"--to"_s, u"json"_s, u"-o"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json, store()->exportJson(id));
        // Markdown on stdout, byte for byte the app's export
        r = orcli({u"history"_s, u"export"_s, u"last"_s, u"--to"_s, u"md"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), store()->exportMarkdown(id));
        // an unwritable target loses nothing and says so
        r = orcli({u"history"_s, u"export"_s, u"last"_s, u"-o"_s, m_h.path(u"nodir/x/y.md"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.errText().contains(u"Cannot write"_s));
        QCOMPARE(orcli({u"history"_s, u"export"_s, u"last"_s, u"--to"_s, u"pdf"_s}).exitCode, 2);
    }

    void rmSoftDeletes() {
        QCOMPARE(chat(u"delete me"_s).exitCode, 0);
        QCOMPARE(chat(u"keep me"_s).exitCode, 0);
        const auto s = store();
        qint64 doomed = 0;
        for (const ConversationInfo &c : s->conversations())
            if (c.title == "delete me"_L1)
                doomed = c.id;
        OrcliRun r = orcli({u"history"_s, u"rm"_s, QString::number(doomed)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(store()->conversations().size(), 1);
        const auto deleted = store()->conversation(doomed);
        QVERIFY(deleted && deleted->deleted); // soft: the app can restore it
        QCOMPARE(orcli({u"history"_s, u"show"_s, QString::number(doomed)}).exitCode, 2);
        QCOMPARE(orcli({u"history"_s, u"rm"_s, QString::number(doomed)}).exitCode, 2);
        QCOMPARE(orcli({u"history"_s, u"rm"_s, u"last"_s}).exitCode, 2);
    }

    void markdownFormatIsForHistoryOnly() {
        const OrcliRun r = chat(u"md"_s, {u"--format"_s, u"md"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains(u"Unknown format \"md\""_s));
    }
};

QTEST_GUILESS_MAIN(TestOrcliHistory)
#include "tst_orcli_history.moc"
