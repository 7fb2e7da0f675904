// CatalogChangesView ("What changed"): the history's changes in Added / Removed / Changed groups
// with old and new values, the period picker, an unreadable history, and the page's action.
// With ORC_SCREENSHOT_DIR set, saves what it shows as catalog-changes.png there.

#include "catalog/CatalogChangesView.h"
#include "store/CatalogHistory.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using orc::CatalogChange;
using orc::CatalogChangesView;
using orc::CatalogHistory;

class TestCatalogChangesView : public QObject {
    Q_OBJECT

private slots:
    void showsGroupsForThePeriod() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.sqlite"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            CatalogHistory history(path);
            QVERIFY(history.record(
                now.addDays(-20), 13,
                {{CatalogChange::Kind::Added, u"old/add"_s, u"Old"_s, {}, {}, {}, {}}}));
            QVERIFY(history.record(now.addDays(-2), 13,
                                   {{CatalogChange::Kind::Added,
                                     u"fake/new-model"_s,
                                     u"Fake: New Model"_s,
                                     {},
                                     {},
                                     {},
                                     {}},
                                    {CatalogChange::Kind::Removed,
                                     u"anthropic/claude-sonnet-4.5"_s,
                                     u"Anthropic: Claude Sonnet 4.5"_s,
                                     {},
                                     {},
                                     {},
                                     {}},
                                    {CatalogChange::Kind::Changed,
                                     u"openai/gpt-4o-mini"_s,
                                     u"OpenAI: GPT-4o-mini"_s,
                                     u"pricing.prompt"_s,
                                     u"0.00000015"_s,
                                     u"0.00000009"_s,
                                     {}},
                                    {CatalogChange::Kind::Changed,
                                     u"fake/echo"_s,
                                     u"Fake: Echo"_s,
                                     u"expiration_date"_s,
                                     QString(),
                                     u"2026-12-17"_s,
                                     {}}}));
        }
        CatalogChangesView view(path);
        view.resize(900, 400);
        QCOMPARE(view.periodDays(), 7);
        QVERIFY(view.reload());
        QTreeWidget *tree = view.tree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Added (1)"_s);
        QCOMPARE(tree->topLevelItem(1)->text(0), u"Removed (1)"_s);
        QCOMPARE(tree->topLevelItem(2)->text(0), u"Changed (2)"_s);
        const QTreeWidgetItem *price = tree->topLevelItem(2)->child(0);
        QCOMPARE(price->text(1), u"OpenAI: GPT-4o-mini  (openai/gpt-4o-mini)"_s);
        QCOMPARE(price->text(2), u"Input (prompt) price"_s);
        QCOMPARE(price->text(3), u"$0.15/M"_s);
        QCOMPARE(price->text(4), u"$0.09/M"_s);
        QCOMPARE(price->text(5), u"-40 %"_s);
        const QTreeWidgetItem *expiry = tree->topLevelItem(2)->child(1);
        QCOMPARE(expiry->text(2), u"Expiration date"_s);
        QCOMPARE(expiry->text(3), u"none"_s);
        QVERIFY(view.summaryLabel()->text().startsWith(u"1 added, 1 removed, 2 changed since"_s));

        if (const QString shots = qEnvironmentVariable("ORC_SCREENSHOT_DIR"); !shots.isEmpty()) {
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(QDir(shots).filePath(u"catalog-changes.png"_s));
        }

        view.setPeriodDays(30); // reloads: the older addition appears
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Added (2)"_s);
        view.setPeriodDays(1);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Added (0)"_s);
        QVERIFY(view.summaryLabel()->text().startsWith(u"No changes since"_s));

        // Activating a model row names it; group rows name nothing.
        view.setPeriodDays(7);
        QSignalSpy activated(&view, &CatalogChangesView::modelActivated);
        emit tree->itemActivated(tree->topLevelItem(2)->child(0), 0);
        emit tree->itemActivated(tree->topLevelItem(2), 0);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), u"openai/gpt-4o-mini"_s);
    }

    void emptyAndUnreadable() {
        QTemporaryDir dir;
        CatalogChangesView fresh(dir.filePath(u"none.sqlite"_s));
        QVERIFY(fresh.reload());
        QVERIFY(fresh.summaryLabel()->text().startsWith(u"No refresh is recorded yet"_s));
        QVERIFY(QFile(dir.filePath(u"blocker"_s)).open(QIODevice::WriteOnly));
        CatalogChangesView broken(dir.filePath(u"blocker/h.sqlite"_s));
        QVERIFY(!broken.reload());
        QVERIFY(broken.summaryLabel()->text().startsWith(u"The change history cannot be read"_s));
        QCOMPARE(broken.tree()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestCatalogChangesView)
#include "tst_catalogchangesview.moc"
