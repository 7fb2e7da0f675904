// Budgets and the account in the studio (offscreen, against the in-process fake server): the
// spend of today and this month read off the UI thread, the status bar's figure turning the
// warning colour at 80 % and asking before a send at 100 % (nothing is sent when the user says
// no), and the usage page's comparison with the account's activity (a management key is needed).

#include "tst_chatpage_harness.h"

#include "store/CostLedger.h"
#include "usage/ActivityPanel.h"
#include "usage/BudgetIndicator.h"
#include "usage/SpendTracker.h"

#include <QSignalSpy>
#include <QTableWidget>

using namespace orc;
using namespace orc::test;
using namespace Qt::StringLiterals;

namespace {

const QString kManagementKey = u"sk-or-v1-mgmt-0123456789abcdef0123456789abcdef"_s;

void record(CostLedger &ledger, const QString &gen, double cost, const QDateTime &at) {
    LedgerEntry e;
    e.generationId = gen;
    e.kind = u"chat"_s;
    e.model = u"fake/echo"_s;
    e.at = at.toUTC();
    e.costNanoUsd = Money::fromUsd(cost);
    QVERIFY(ledger.record(e) > 0);
}

bool refreshed(SpendTracker &tracker) {
    QSignalSpy changed(&tracker, &SpendTracker::spendChanged);
    tracker.refresh();
    return QTest::qWaitFor([&] { return !tracker.isRefreshing() && changed.size() > 0; }, 10000);
}

} // namespace

class TestBudgets : public QObject {
    Q_OBJECT

private slots:
    void spendIsReadForTodayAndTheMonth() {
        QTemporaryDir dir;
        const QString path = CostLedger::pathIn(dir.path());
        SpendTracker tracker(path);
        QVERIFY(refreshed(tracker));
        QVERIFY(tracker.known());
        QCOMPARE(tracker.spentToday(), 0);
        QVERIFY(!QFile::exists(path)); // looking creates nothing

        CostLedger ledger(path);
        const QDateTime now = QDateTime::currentDateTime();
        record(ledger, u"g-today"_s, 0.75, now);
        record(ledger, u"g-old"_s, 5.0, now.addDays(-40)); // before this month
        QVERIFY(refreshed(tracker));
        QCOMPARE(tracker.spentToday(), Money::fromUsd(0.75));
        QCOMPARE(tracker.spentThisMonth(), Money::fromUsd(0.75));
        QCOMPARE(tracker.status().level, BudgetStatus::Level::Ok);
    }

    void indicatorWarnsAt80AndConfirmsAt100() {
        QTemporaryDir dir;
        const QString path = CostLedger::pathIn(dir.path());
        CostLedger ledger(path);
        record(ledger, u"g1"_s, 0.85, QDateTime::currentDateTime());
        SpendTracker tracker(path);
        BudgetIndicator indicator(&tracker);
        QVERIFY(refreshed(tracker));
        QVERIFY2(indicator.text().contains(u"$0.85"_s), qPrintable(indicator.text()));
        QCOMPARE(indicator.level(), BudgetStatus::Level::Ok); // no budget set

        tracker.setLimits({1.0, 0});
        QVERIFY2(indicator.text().contains(u"$0.85 of $1.00"_s), qPrintable(indicator.text()));
        QCOMPARE(indicator.level(), BudgetStatus::Level::Warn);
        QVERIFY(indicator.font().bold());
        QVERIFY(indicator.toolTip().contains(u"85 %"_s));

        QStringList asked;
        bool answer = false;
        tracker.setAsk([&](QWidget *, const QString &question) {
            asked << question;
            return answer;
        });
        QVERIFY(tracker.confirmSend(nullptr)); // under 100 %: not asked
        QVERIFY(asked.isEmpty());

        record(ledger, u"g2"_s, 0.25, QDateTime::currentDateTime());
        QVERIFY(refreshed(tracker));
        QCOMPARE(indicator.level(), BudgetStatus::Level::Over);
        QVERIFY(!tracker.confirmSend(nullptr));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.constFirst(), u"Over your daily budget ($1.10 of $1.00). Send anyway?"_s);
        answer = true;
        QVERIFY(tracker.confirmSend(nullptr));

        tracker.setLimits({0, 1.0}); // the monthly budget names itself
        QVERIFY(tracker.status().period == BudgetStatus::Period::Month);
        QVERIFY(SpendTracker::overBudgetQuestion(tracker.status()).contains(u"monthly"_s));
    }

    void overBudgetSendsNothingUnlessConfirmed() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        const QString path = CostLedger::pathIn(h.dir.path());
        CostLedger ledger(path);
        record(ledger, u"g1"_s, 2.0, QDateTime::currentDateTime());
        SpendTracker tracker(path);
        tracker.setLimits({1.0, 0});
        QVERIFY(refreshed(tracker));
        bool answer = false;
        int asked = 0;
        tracker.setAsk([&](QWidget *, const QString &) {
            ++asked;
            return answer;
        });
        h.page->setSendGuard([&] { return tracker.confirmSend(h.page.get()); });
        const int before = h.server.requestCount(u"/chat/completions"_s);
        h.typeAndSend(u"over the budget"_s);
        QCOMPARE(asked, 1);
        QCOMPARE(h.server.requestCount(u"/chat/completions"_s), before);
        QVERIFY(h.thread().isEmpty());
        QCOMPARE(h.page->composer()->text(), u"over the budget"_s); // kept for later

        answer = true;
        QTest::keyClick(h.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asked, 2);
        QVERIFY(
            QTest::qWaitFor([&] { return !h.thread().isEmpty() && !h.busy(); }, kChatTimeoutMs));
        QCOMPARE(h.server.requestCount(u"/chat/completions"_s), before + 1);

        // Regenerate asks too.
        answer = false;
        emit h.transcript()->regenerateRequested(h.last().id, QString());
        QCOMPARE(asked, 3);
        QVERIFY(!h.busy());
        QCOMPARE(h.server.requestCount(u"/chat/completions"_s), before + 1);
    }

    void chatRepliesAreRecordedInTheWindowsLedger() {
        ChatHarness h;
        h.useModel(u"fake/echo"_s);
        CostLedger ledger(CostLedger::pathIn(h.dir.path()));
        QVERIFY(ledger.open());
        h.page->setLedger(&ledger); // as MainWindow does with SpendTracker's ledger
        h.typeAndSend(u"recorded"_s);
        QVERIFY(
            QTest::qWaitFor([&] { return !h.thread().isEmpty() && !h.busy(); }, kChatTimeoutMs));
        const QString id = h.last().generationId;
        QVERIFY(!id.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return ledger.find(id).has_value(); }, kChatTimeoutMs));
        const LedgerEntry e = *ledger.find(id);
        QCOMPARE(e.kind, u"chat"_s);
        QCOMPARE(e.origin, LedgerEntry::Origin::App);
        QCOMPARE(e.conversationId, h.page->session()->conversationId());
        QCOMPARE(ledger.count(), 1);

        // A new conversation's session records too.
        h.page->newConversation();
        h.typeAndSend(u"again"_s);
        QVERIFY(QTest::qWaitFor([&] { return ledger.count() == 2; }, kChatTimeoutMs));
    }

    void activityComparisonNeedsAManagementKey() {
        ChatHarness h; // its client has an ordinary key
        ActivityPanel panel(CostLedger::pathIn(h.dir.path()));
        panel.setClient(h.client.get());
        QSignalSpy compared(&panel, &ActivityPanel::compared);

        panel.compare(QString()); // none stored
        QCOMPARE(compared.size(), 1);
        QVERIFY2(panel.message().contains(u"needs a management key"_s),
                 qPrintable(panel.message()));
        QVERIFY(panel.rows().isEmpty());

        panel.compare(u"sk-or-test-key"_s); // an ordinary key: OpenRouter refuses it
        QVERIFY(QTest::qWaitFor([&] { return compared.size() == 2; }, 10000));
        QVERIFY2(panel.message().contains(u"management key"_s), qPrintable(panel.message()));
        QVERIFY2(panel.message().contains(u"Only management keys"_s), qPrintable(panel.message()));
        QVERIFY(panel.rows().isEmpty());
    }

    void activityIsComparedPerDay() {
        ChatHarness h;
        const QString path = CostLedger::pathIn(h.dir.path());
        CostLedger ledger(path);
        qint64 recorded = 0;
        h.useModel(u"fake/echo"_s);
        for (int i = 0; i < 3; ++i) {
            h.typeAndSend(u"hello %1"_s.arg(i));
            QVERIFY(QTest::qWaitFor([&] { return h.thread().size() == 2 * (i + 1) && !h.busy(); },
                                    kChatTimeoutMs));
            const StoredMessage reply = h.last();
            QVERIFY(reply.cost && reply.usage);
            if (i < 2) { // the third "on another device"
                LedgerEntry e = LedgerEntry::fromUsage(reply.generationId, *reply.usage);
                e.at = QDateTime::currentDateTimeUtc().addDays(-1);
                QVERIFY(ledger.record(e) > 0);
                recorded += *e.costNanoUsd;
            }
        }
        h.server.backdateGenerations(24LL * 3600 * 1000);
        ActivityPanel panel(path);
        panel.setClient(h.client.get());
        QSignalSpy compared(&panel, &ActivityPanel::compared);
        panel.compare(kManagementKey);
        QVERIFY(QTest::qWaitFor([&] { return compared.size() == 1; }, 10000));
        QCOMPARE(panel.rows().size(), 1);
        const ActivityComparison &day = panel.rows().constFirst();
        QCOMPARE(day.day, QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate));
        QCOMPARE(day.ledgerNanoUsd, recorded);
        QCOMPARE(day.ledgerRequests, 2);
        QCOMPARE(day.accountRequests, 3);
        QVERIFY(day.differenceNanoUsd() > 0);
        auto *table = panel.findChild<QTableWidget *>(u"activityTable"_s);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), day.day);
        QCOMPARE(table->item(0, 4)->text(), u"2 / 3"_s);
        QVERIFY2(panel.message().contains(u"difference"_s), qPrintable(panel.message()));
    }
};

ORC_CHAT_TEST_MAIN(TestBudgets)
#include "tst_budgets.moc"
