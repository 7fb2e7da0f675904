// CatalogFilterBar's lifecycle chips: "New" keeps the models added in the last 30 days,
// "Expiring" the ones retired within 30 days (or already gone); Reset clears both.

#include "FindChild.h"
#include "catalog/CatalogFilterBar.h"
#include "domain/ModelLifecycle.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using orc::test::child;
using namespace Qt::StringLiterals;
using orc::CatalogFilterBar;
using orc::ModelInfo;

namespace {

ModelInfo model(const QString &id, const QDateTime &created, const QDate &expires) {
    QJsonObject o{{u"id"_s, id}};
    if (created.isValid())
        o.insert(u"created"_s, created.toSecsSinceEpoch());
    if (expires.isValid())
        o.insert(u"expiration_date"_s, expires.toString(Qt::ISODate));
    return ModelInfo::fromJson(o);
}

} // namespace

class TestCatalogFilterBar : public QObject {
    Q_OBJECT

private slots:
    void lifecycleChips() {
        CatalogFilterBar bar;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate today = orc::ModelLifecycle::today();
        const ModelInfo fresh = model(u"a/fresh"_s, now.addDays(-3), QDate());
        const ModelInfo old = model(u"a/old"_s, now.addDays(-400), QDate());
        const ModelInfo soon = model(u"a/soon"_s, now.addDays(-400), today.addDays(5));
        const ModelInfo later = model(u"a/later"_s, now.addDays(-400), today.addDays(90));
        const ModelInfo gone = model(u"a/gone"_s, QDateTime(), today.addDays(-2));

        QVERIFY(child<QToolButton>(&bar, u"chip_new"_s) &&
                child<QToolButton>(&bar, u"chip_expiring"_s));
        QCOMPARE(child<QToolButton>(&bar, u"chip_new"_s)->objectName(), u"chip_new"_s);
        QVERIFY(!bar.hasFilter());
        QSignalSpy changed(&bar, &CatalogFilterBar::queryChanged);

        child<QToolButton>(&bar, u"chip_new"_s)->click();
        QCOMPARE(changed.size(), 1);
        QVERIFY(bar.hasFilter());
        QVERIFY(bar.query().matches(fresh));
        QVERIFY(!bar.query().matches(old));
        QVERIFY(!bar.query().matches(gone)); // unknown date: not new

        child<QToolButton>(&bar, u"chip_new"_s)->click();
        child<QToolButton>(&bar, u"chip_expiring"_s)->click();
        QCOMPARE(bar.query().expiringWithin(), std::optional<qint64>(30));
        QVERIFY(bar.query().matches(soon));
        QVERIFY(bar.query().matches(gone));
        QVERIFY(!bar.query().matches(later));
        QVERIFY(!bar.query().matches(fresh));

        child<QToolButton>(&bar, u"chip_new"_s)->click(); // both: new and expiring
        QVERIFY(!bar.query().matches(soon));
        bar.reset();
        QVERIFY(!child<QToolButton>(&bar, u"chip_new"_s)->isChecked());
        QVERIFY(!child<QToolButton>(&bar, u"chip_expiring"_s)->isChecked());
        QVERIFY(!bar.hasFilter());
    }
};

QTEST_MAIN(TestCatalogFilterBar)
#include "tst_catalogfilterbar.moc"
