// The Compare page against the fake server: columns streaming side by side with their numbers,
// an error in its column, blind mode and the leaderboard file, "same model across providers",
// "continue with this one" and bad input; the leaderboard on its own (tags, a damaged file).
#include "FakeOpenRouter.h"
#include "FindChild.h"
#include "api/OpenRouterClient.h"
#include "chat/MarkdownDocument.h"
#include "chat/MarkdownView.h"
#include "compare/CompareColumn.h"
#include "compare/CompareLeaderboard.h"
#include "compare/ComparePage.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using orc::test::child;
using namespace orc;
using namespace Qt::StringLiterals;

class TestComparePage : public QObject {
    Q_OBJECT

    std::unique_ptr<fake::FakeOpenRouter> m_server;
    std::unique_ptr<OpenRouterClient> m_client;

    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<ConversationStore> store;
        std::unique_ptr<ComparePage> page;
    };
    std::unique_ptr<Fixture> make() {
        auto f = std::make_unique<Fixture>();
        f->store = std::make_unique<ConversationStore>(f->dir.filePath(u"conversations.sqlite"_s));
        if (!f->store->open())
            qFatal("store");
        f->page = std::make_unique<ComparePage>(m_client.get(), f->store.get(), f->dir.path());
        f->page->resize(1280, 700);
        return f;
    }
    static bool runAndWait(ComparePage &page) {
        QSignalSpy finished(&page, &ComparePage::finished);
        return page.run() && finished.wait(20000);
    }

private slots:
    void initTestCase() {
        m_server = std::make_unique<fake::FakeOpenRouter>();
        QVERIFY(m_server->listen());
        ClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.apiKey = u"sk-or-test-compare"_s;
        config.retry.maxAttempts = 1;
        m_client = std::make_unique<OpenRouterClient>(config);
    }
    void init() { m_server->reset(); }

    void columnsStreamWithTheirNumbers() {
        auto f = make();
        f->page->setTargets({u"fake/echo"_s, u"fault/500"_s, u"deepseek/deepseek-r1@fireworks"_s});
        f->page->setPrompt(u"Say **hello**"_s);
        m_server->setTokenDelayMs(5); // a measurable generation time: tok/s
        QVERIFY(runAndWait(*f->page));
        m_server->setTokenDelayMs(0);
        const QList<CompareColumn *> columns = f->page->columns();
        QCOMPARE(columns.size(), 3);
        QVERIFY(columns.at(0)->headerText().startsWith(u"fake/echo"_s));
        QVERIFY2(columns.at(0)->statsText().contains(u"TTFT"_s) &&
                     columns.at(0)->statsText().contains(u"tok/s"_s) &&
                     columns.at(0)->statsText().contains(u"$"_s),
                 qPrintable(columns.at(0)->statsText()));
        // Markdown rendered as in the chat: the emphasis is gone from the displayed text.
        QCOMPARE(columns.at(0)->view()->document()->toPlainText().trimmed(), u"Echo: Say hello"_s);
        QVERIFY(columns.at(0)->errorText().isEmpty());
        QVERIFY(columns.at(0)->pickButton()->isEnabled());
        QVERIFY(!columns.at(1)->errorText().isEmpty());
        QVERIFY(!columns.at(1)->pickButton()->isEnabled());
        QVERIFY2(columns.at(2)->headerText().contains(u"deepseek/deepseek-r1@fireworks"_s),
                 qPrintable(columns.at(2)->headerText()));
        QVERIFY(columns.at(2)->headerText().contains(u"served by"_s));
        // Billed replies reach the ledger beside the conversations, as the app's.
        CostLedger ledger(CostLedger::pathIn(f->dir.path()));
        QVERIFY(ledger.open());
        const QList<LedgerEntry> entries = ledger.recent(10);
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0).kind == "compare"_L1 &&
                entries.at(0).origin == LedgerEntry::Origin::App);
    }

    void blindModeHidesNamesUntilAPick() {
        auto f = make();
        f->page->setTargets({u"fake/echo"_s, u"fake/tokens"_s});
        f->page->setPrompt(u"hi"_s);
        f->page->setBlind(true);
        f->page->setTaskTag(u"greeting"_s);
        QVERIFY(runAndWait(*f->page));
        QStringList headers;
        for (CompareColumn *c : f->page->columns()) {
            QVERIFY2(!c->headerText().contains(u"fake/"_s), qPrintable(c->headerText()));
            headers << c->headerText();
        }
        QCOMPARE(headers, (QStringList{u"Answer A"_s, u"Answer B"_s}));
        CompareColumn *winner = f->page->columns().at(1);
        winner->pickButton()->click();
        for (CompareColumn *c : f->page->columns()) {
            QVERIFY(c->headerText().startsWith(u"fake/"_s));
            QVERIFY(!c->pickButton()->isEnabled());
        }
        QTableWidget *board = child<QTableWidget>(f->page.get(), u"leaderboardTable"_s);
        QCOMPARE(board->rowCount(), 2);
        QCOMPARE(board->item(0, 0)->text(), winner->label());
        QCOMPARE(board->item(0, 1)->text(), u"1"_s);
        QCOMPARE(board->item(1, 1)->text(), u"0"_s);
        // Kept in the data folder: a new page reads it back.
        CompareLeaderboard again(CompareLeaderboard::pathIn(f->dir.path()));
        QVERIFY(again.load());
        QCOMPARE(again.rows(u"greeting"_s).constFirst().model, winner->label());
        QCOMPARE(again.tags(), QStringList{u"greeting"_s});
    }

    void continueOpensAConversation() {
        auto f = make();
        f->page->setTargets({u"fake/echo"_s, u"fake/tokens"_s});
        f->page->setPrompt(u"carry on"_s);
        QVERIFY(runAndWait(*f->page));
        QSignalSpy created(f->page.get(), &ComparePage::conversationCreated);
        f->page->columns().at(0)->continueButton()->click();
        QCOMPARE(created.count(), 1);
        const qint64 id = created.at(0).at(0).toLongLong();
        const QList<StoredMessage> thread = f->store->thread(id);
        QCOMPARE(thread.size(), 2);
        QCOMPARE(thread.at(0).content, u"carry on"_s);
        QCOMPARE(thread.at(1).content, u"Echo: carry on"_s);
        QCOMPARE(f->store->conversation(id)->model, u"fake/echo"_s);
    }

    void sameModelAcrossProviders() {
        auto f = make();
        f->page->fillAcrossProviders(u"deepseek/deepseek-r1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f->page->targets().size(), ComparePage::kMaxTargets, 10000);
        QSet<QString> providers;
        for (const QString &t : f->page->targets()) {
            QVERIFY(t.startsWith(u"deepseek/deepseek-r1@"_s));
            providers.insert(t.section(u'@', 1));
        }
        QCOMPARE(providers.size(), ComparePage::kMaxTargets); // one column per provider
        QVERIFY(f->page->notice().contains(u"10"_s));         // the fake world has 10 endpoints
    }

    void badInputIsSaidOnThePage() {
        auto f = make();
        f->page->setPrompt(u"x"_s);
        QVERIFY(!f->page->run());
        QVERIFY(!f->page->notice().isEmpty());
        f->page->setTargets({u"a/b@"_s});
        QVERIFY(!f->page->run());
        QVERIFY(f->page->notice().contains(u"model@provider"_s));
        f->page->setTargets(QStringList(7, u"fake/echo"_s));
        QVERIFY(!f->page->run());
        QVERIFY(f->page->notice().contains(u"6"_s));
        f->page->setTargets({u"fake/echo"_s});
        f->page->setPrompt(u"  "_s);
        QVERIFY(!f->page->run());
        QCOMPARE(m_server->requestCount(u"/chat/completions"_s), 0);
    }

    void stopKeepsWhatArrived() {
        m_server->setSlowDelayMs(50);
        auto f = make();
        f->page->setTargets({u"fault/slow"_s, u"fault/slow"_s});
        f->page->setPrompt(u"a b c d e f g h i j k l m n o p q r s t"_s);
        QSignalSpy finished(f->page.get(), &ComparePage::finished);
        QVERIFY(f->page->run());
        QTRY_VERIFY_WITH_TIMEOUT(!f->page->columns().at(0)->text().isEmpty(), 10000);
        f->page->stop();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        m_server->setSlowDelayMs(200);
        for (CompareColumn *c : f->page->columns()) {
            QVERIFY(c->errorText().contains(u"Stopped"_s));
            QVERIFY(c->continueButton()->isEnabled() == !c->text().isEmpty());
        }
        QVERIFY(!f->page->columns().at(0)->text().isEmpty());
    }

    void leaderboardFile() {
        QTemporaryDir dir;
        const QString path = CompareLeaderboard::pathIn(dir.path());
        CompareLeaderboard board(path);
        QVERIFY(board.load()); // no file yet: an empty board
        QVERIFY(board.recordPick(u"a"_s, {u"b"_s, u"c"_s}, u" code "_s));
        QVERIFY(board.recordPick(u"b"_s, {u"a"_s}, QString()));
        QVERIFY(board.recordPick(u"a"_s, {u"b"_s}, u"prose"_s));
        QCOMPARE(board.tags(), (QStringList{u"code"_s, u"prose"_s}));
        const auto all = board.rows();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).model, u"a"_s);
        QCOMPARE(all.at(0).wins, 2);
        QCOMPARE(all.at(0).picks, 3);
        QCOMPARE(all.at(2).model, u"c"_s);
        QCOMPARE(all.at(2).wins, 0);
        QCOMPARE(board.rows(u"code"_s).size(), 3);
        QCOMPARE(board.rows(u"prose"_s).size(), 2);
        // A damaged file is reported and never overwritten.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{not json");
        file.close();
        CompareLeaderboard damaged(path);
        QString error;
        QVERIFY(!damaged.load(&error));
        QVERIFY(error.contains(u"cannot be read"_s));
        QVERIFY(!damaged.recordPick(u"a"_s, {}, {}, &error));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), "{not json"_ba);
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
