// ModelCatalogModel and CatalogProxy: item-model contracts, display and sort data, numeric
// sorting, and filtering through core's ModelQuery (combined filters, favourites).

#include "CatalogTestData.h"
#include "TestSupport.h"
#include "catalog/CatalogProxy.h"
#include "catalog/ModelCatalogModel.h"
#include "domain/ModelQuery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::CatalogProxy;
using orc::ModelCapability;
using orc::ModelCatalogModel;
using orc::ModelInfo;
using orc::ModelQuery;

class TestCatalogModel : public QObject {
    Q_OBJECT

private:
    static QStringList proxyIds(const CatalogProxy &proxy) {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.modelId(proxy.index(row, 0)));
        return ids;
    }
    static QString cell(const ModelCatalogModel &model, const QString &id, int column) {
        return model.index(model.rowOfId(id), column).data().toString();
    }

private slots:
    void modelPassesTheTester() {
        ModelCatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels(orc::test::smallCatalog());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ModelCatalogModel::ColumnCount));
        model.setFavourite(u"acme/nine"_s, true);
        model.setFavourites({u"pixel/painter"_s});
        model.setModels(orc::test::syntheticCatalog(300));
        QCOMPARE(model.rowCount(), 300);
        model.setModels({});
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyPassesTheTesterUnderFilteringAndSorting() {
        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels(orc::test::syntheticCatalog(400));
        proxy.sort(ModelCatalogModel::InputPriceColumn, Qt::AscendingOrder);
        ModelQuery query;
        for (const QString &text : {u"s"_s, u"sw"_s, u"swift"_s, u"swift nova"_s, u""_s}) {
            query.setText(text);
            proxy.setQuery(query);
        }
        query.setRequiredCapabilities(ModelCapability::Vision | ModelCapability::Tools);
        proxy.setQuery(query);
        proxy.sort(ModelCatalogModel::ContextColumn, Qt::DescendingOrder);
        query.setFavouritesOnly(true);
        proxy.setQuery(query);
        QCOMPARE(proxy.rowCount(), 0);
        model.setFavourite(model.modelAt(0).id(), true);
        model.setModels(orc::test::syntheticCatalog(50));
    }

    void displayData() {
        ModelCatalogModel model;
        model.setModels(orc::test::smallCatalog());
        QCOMPARE(cell(model, u"acme/vision-pro"_s, ModelCatalogModel::NameColumn),
                 u"Acme: Vision Pro"_s);
        QCOMPARE(cell(model, u"acme/vision-pro"_s, ModelCatalogModel::IdColumn),
                 u"acme/vision-pro"_s);
        QCOMPARE(cell(model, u"acme/vision-pro"_s, ModelCatalogModel::AuthorColumn), u"acme"_s);
        QCOMPARE(cell(model, u"acme/vision-pro"_s, ModelCatalogModel::ContextColumn), u"128K"_s);
        QCOMPARE(cell(model, u"pixel/painter"_s, ModelCatalogModel::ContextColumn), u"1M"_s);
        QCOMPARE(cell(model, u"open/tiny:free"_s, ModelCatalogModel::ContextColumn), u"32.8K"_s);
        QCOMPARE(cell(model, u"router/auto"_s, ModelCatalogModel::ContextColumn), u"\u2014"_s);
        QCOMPARE(cell(model, u"acme/vision-pro"_s, ModelCatalogModel::InputPriceColumn),
                 u"$2.00"_s);
        QCOMPARE(cell(model, u"acme/vision-pro"_s, ModelCatalogModel::OutputPriceColumn),
                 u"$6.00"_s);
        QCOMPARE(cell(model, u"acme/cheap-text"_s, ModelCatalogModel::InputPriceColumn),
                 u"$0.10"_s);
        QCOMPARE(cell(model, u"open/tiny:free"_s, ModelCatalogModel::InputPriceColumn), u"free"_s);
        QCOMPARE(cell(model, u"router/auto"_s, ModelCatalogModel::OutputPriceColumn),
                 u"variable"_s);
        QCOMPARE(cell(model, u"acme/vision-pro"_s, ModelCatalogModel::CreatedColumn),
                 u"2024-06-01"_s);
        QCOMPARE(cell(model, u"router/auto"_s, ModelCatalogModel::CreatedColumn), u"\u2014"_s);
        QCOMPARE(cell(model, u"pixel/painter"_s, ModelCatalogModel::ModalitiesColumn),
                 u"text, image \u2192 text, image"_s);

        const QModelIndex modalities =
            model.index(model.rowOfId(u"pixel/painter"_s), ModelCatalogModel::ModalitiesColumn);
        QCOMPARE(modalities.data(ModelCatalogModel::OutputModalitiesRole).toStringList(),
                 QStringList({u"text"_s, u"image"_s}));
        QCOMPARE(model.index(2, ModelCatalogModel::IdColumn).data(ModelCatalogModel::ModelIdRole),
                 QVariant(model.modelAt(2).id()));
        for (int column = 0; column < ModelCatalogModel::ColumnCount; ++column) {
            const bool hasHeader =
                !model.headerData(column, Qt::Horizontal).toString().isEmpty() ||
                !model.headerData(column, Qt::Horizontal, Qt::DecorationRole).isNull();
            QVERIFY2(hasHeader, qPrintable(u"column %1 has no header"_s.arg(column)));
        }
    }

    void formatTokens_data() {
        QTest::addColumn<qint64>("tokens");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << qint64(0) << QString();
        QTest::newRow("small") << qint64(512) << u"512"_s;
        QTest::newRow("8K") << qint64(8000) << u"8K"_s;
        QTest::newRow("8192") << qint64(8192) << u"8.2K"_s;
        QTest::newRow("128K") << qint64(128000) << u"128K"_s;
        QTest::newRow("131072") << qint64(131072) << u"131K"_s;
        QTest::newRow("1M") << qint64(1000000) << u"1M"_s;
        QTest::newRow("1048576") << qint64(1048576) << u"1.05M"_s;
    }
    void formatTokens() {
        QFETCH(qint64, tokens);
        QFETCH(QString, text);
        QCOMPARE(ModelCatalogModel::formatTokens(tokens), text);
    }

    void sortDataIsNumeric() {
        ModelCatalogModel model;
        model.setModels(orc::test::smallCatalog());
        const int row = model.rowOfId(u"acme/vision-pro"_s);
        const QVariant context =
            model.index(row, ModelCatalogModel::ContextColumn).data(ModelCatalogModel::SortRole);
        QCOMPARE(context.typeId(), int(QMetaType::LongLong));
        QCOMPARE(context.toLongLong(), 128000);
        const QVariant price =
            model.index(row, ModelCatalogModel::InputPriceColumn).data(ModelCatalogModel::SortRole);
        QCOMPARE(price.typeId(), int(QMetaType::Double));
        QVERIFY(qFuzzyCompare(price.toDouble(), 2.0));
        const int router = model.rowOfId(u"router/auto"_s);
        QVERIFY(
            ModelCatalogModel::isUnknown(model.index(router, ModelCatalogModel::InputPriceColumn)
                                             .data(ModelCatalogModel::SortRole)));
        QVERIFY(ModelCatalogModel::isUnknown(model.index(router, ModelCatalogModel::ContextColumn)
                                                 .data(ModelCatalogModel::SortRole)));
        QVERIFY(!ModelCatalogModel::isUnknown(price));
    }

    void sorting_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("ids");
        // Text sorting would give "$0.10" < "$10.00" < "$2.00" < "$9.00": numbers must win.
        QTest::newRow("input price ascending")
            << int(ModelCatalogModel::InputPriceColumn) << int(Qt::AscendingOrder)
            << QStringList{u"open/tiny:free"_s, u"acme/cheap-text"_s, u"acme/vision-pro"_s,
                           u"acme/nine"_s,      u"pixel/painter"_s,   u"router/auto"_s};
        QTest::newRow("input price descending, variable still last")
            << int(ModelCatalogModel::InputPriceColumn) << int(Qt::DescendingOrder)
            << QStringList{u"pixel/painter"_s,   u"acme/nine"_s,      u"acme/vision-pro"_s,
                           u"acme/cheap-text"_s, u"open/tiny:free"_s, u"router/auto"_s};
        QTest::newRow("output price ascending")
            << int(ModelCatalogModel::OutputPriceColumn) << int(Qt::AscendingOrder)
            << QStringList{u"open/tiny:free"_s, u"acme/cheap-text"_s, u"acme/vision-pro"_s,
                           u"acme/nine"_s,      u"pixel/painter"_s,   u"router/auto"_s};
        // "99999" > "128000" and "8000" > "32768" as text.
        QTest::newRow("context ascending")
            << int(ModelCatalogModel::ContextColumn) << int(Qt::AscendingOrder)
            << QStringList{u"acme/cheap-text"_s, u"open/tiny:free"_s, u"acme/nine"_s,
                           u"acme/vision-pro"_s, u"pixel/painter"_s,  u"router/auto"_s};
        QTest::newRow("context descending")
            << int(ModelCatalogModel::ContextColumn) << int(Qt::DescendingOrder)
            << QStringList{u"pixel/painter"_s,  u"acme/vision-pro"_s, u"acme/nine"_s,
                           u"open/tiny:free"_s, u"acme/cheap-text"_s, u"router/auto"_s};
        QTest::newRow("created descending")
            << int(ModelCatalogModel::CreatedColumn) << int(Qt::DescendingOrder)
            << QStringList{u"pixel/painter"_s,   u"acme/vision-pro"_s, u"acme/nine"_s,
                           u"acme/cheap-text"_s, u"open/tiny:free"_s,  u"router/auto"_s};
        QTest::newRow("name ascending")
            << int(ModelCatalogModel::NameColumn) << int(Qt::AscendingOrder)
            << QStringList{u"acme/cheap-text"_s, u"acme/nine"_s,     u"acme/vision-pro"_s,
                           u"open/tiny:free"_s,  u"pixel/painter"_s, u"router/auto"_s};
        QTest::newRow("id descending")
            << int(ModelCatalogModel::IdColumn) << int(Qt::DescendingOrder)
            << QStringList{u"router/auto"_s,     u"pixel/painter"_s, u"open/tiny:free"_s,
                           u"acme/vision-pro"_s, u"acme/nine"_s,     u"acme/cheap-text"_s};
    }
    void sorting() {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, ids);
        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        model.setModels(orc::test::smallCatalog());
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(proxyIds(proxy), ids);
    }

    void everyColumnSorts() {
        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        model.setModels(orc::test::syntheticCatalog(200));
        for (int column = 0; column < ModelCatalogModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            for (int row = 1; row < proxy.rowCount(); ++row) {
                // Each row must not be "less" than the one before it.
                const QModelIndex before = proxy.mapToSource(proxy.index(row - 1, column));
                const QModelIndex here = proxy.mapToSource(proxy.index(row, column));
                const QVariant a = before.data(ModelCatalogModel::SortRole);
                const QVariant b = here.data(ModelCatalogModel::SortRole);
                QVERIFY2(a.isValid() && b.isValid(), qPrintable(u"column %1"_s.arg(column)));
                if (ModelCatalogModel::isUnknown(a)) {
                    QVERIFY(ModelCatalogModel::isUnknown(b));
                    continue;
                }
                if (ModelCatalogModel::isUnknown(b))
                    continue;
                QVERIFY2(
                    QVariant::compare(a, b) != QPartialOrdering::Greater ||
                        (a.typeId() == QMetaType::QString &&
                         QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) <= 0),
                    qPrintable(u"column %1, row %2"_s.arg(column).arg(row)));
            }
        }
    }

    void combinedFilters_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("capabilities");
        QTest::addColumn<double>("maxPrice"); // 0 = none
        QTest::addColumn<qint64>("minContext");
        QTest::addColumn<QString>("author");
        QTest::addColumn<bool>("freeOnly");
        QTest::addColumn<QStringList>("ids"); // in API order

        const QStringList all{u"acme/cheap-text"_s, u"acme/vision-pro"_s, u"pixel/painter"_s,
                              u"open/tiny:free"_s,  u"router/auto"_s,     u"acme/nine"_s};
        QTest::newRow("nothing") << QString() << 0 << 0.0 << qint64(0) << QString() << false << all;
        QTest::newRow("one word in the description")
            << u"images"_s << 0 << 0.0 << qint64(0) << QString() << false
            << QStringList{u"acme/vision-pro"_s, u"pixel/painter"_s};
        QTest::newRow("two words, both required, any order, any case")
            << u"WORDS paints"_s << 0 << 0.0 << qint64(0) << QString() << false
            << QStringList{u"pixel/painter"_s};
        QTest::newRow("id fragment") << u"tiny:free"_s << 0 << 0.0 << qint64(0) << QString()
                                     << false << QStringList{u"open/tiny:free"_s};
        QTest::newRow("vision") << QString() << int(ModelCapability::Vision) << 0.0 << qint64(0)
                                << QString() << false
                                << QStringList{u"acme/vision-pro"_s, u"pixel/painter"_s};
        QTest::newRow("vision + image output")
            << QString() << int(ModelCapability::Vision | ModelCapability::ImageOutput) << 0.0
            << qint64(0) << QString() << false << QStringList{u"pixel/painter"_s};
        QTest::newRow("vision + max $5/M")
            << QString() << int(ModelCapability::Vision) << 5.0 << qint64(0) << QString() << false
            << QStringList{u"acme/vision-pro"_s};
        QTest::newRow("max price hides variable prices")
            << QString() << 0 << 100.0 << qint64(0) << QString() << false
            << QStringList{u"acme/cheap-text"_s, u"acme/vision-pro"_s, u"pixel/painter"_s,
                           u"open/tiny:free"_s, u"acme/nine"_s};
        QTest::newRow("min context 100K")
            << QString() << 0 << 0.0 << qint64(100000) << QString() << false
            << QStringList{u"acme/vision-pro"_s, u"pixel/painter"_s};
        QTest::newRow("author acme + max $5/M")
            << QString() << 0 << 5.0 << qint64(0) << u"acme"_s << false
            << QStringList{u"acme/cheap-text"_s, u"acme/vision-pro"_s};
        QTest::newRow("author + text + context")
            << u"json"_s << 0 << 0.0 << qint64(50000) << u"acme"_s << false
            << QStringList{u"acme/nine"_s};
        QTest::newRow("free") << QString() << 0 << 0.0 << qint64(0) << QString() << true
                              << QStringList{u"open/tiny:free"_s};
        QTest::newRow("tools + structured: none")
            << QString() << int(ModelCapability::Tools | ModelCapability::StructuredOutputs) << 0.0
            << qint64(0) << QString() << false << QStringList{};
        QTest::newRow("file input")
            << QString() << int(ModelCapability::FileInput) << 0.0 << qint64(0) << QString()
            << false << QStringList{u"acme/nine"_s};
    }
    void combinedFilters() {
        QFETCH(QString, text);
        QFETCH(int, capabilities);
        QFETCH(double, maxPrice);
        QFETCH(qint64, minContext);
        QFETCH(QString, author);
        QFETCH(bool, freeOnly);
        QFETCH(QStringList, ids);

        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels(orc::test::smallCatalog());
        ModelQuery query;
        query.setText(text);
        query.setRequiredCapabilities(orc::ModelCapabilities::fromInt(uint(capabilities)));
        if (maxPrice > 0)
            query.setMaxPromptPricePerMillion(maxPrice);
        query.setMinContextLength(minContext);
        if (!author.isEmpty())
            query.setAuthors({author});
        query.setFreeOnly(freeOnly);
        proxy.setQuery(query);
        QCOMPARE(proxyIds(proxy), ids);

        // Clearing the query brings every model back.
        proxy.setQuery(ModelQuery());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void filterIsModelQuery() {
        // The proxy must agree with ModelQuery::apply() row for row, over real data when we
        // have it and synthetic data otherwise.
        QList<ModelInfo> models = orc::test::syntheticCatalog(800);
        if (orc::test::hasFixtures())
            models = ModelInfo::parseList(orc::test::readFixture(u"models.json"_s));
        QVERIFY(!models.isEmpty());
        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        model.setModels(models);

        const QList<ModelQuery> queries = [] {
            QList<ModelQuery> list;
            for (const QString &text :
                 {u"a"_s, u"flash"_s, u"google gemini"_s, u"swift nova"_s, u"zzzz-no-match"_s}) {
                ModelQuery q;
                q.setText(text);
                list.append(q);
            }
            ModelQuery q;
            q.setRequiredCapabilities(ModelCapability::Tools | ModelCapability::Vision);
            q.setMaxPromptPricePerMillion(3.0);
            list.append(q);
            q = ModelQuery();
            q.setMinContextLength(200000);
            q.setFreeOnly(true);
            list.append(q);
            q = ModelQuery();
            q.setRequiredCapabilities(ModelCapability::Reasoning | ModelCapability::LongContext);
            q.setText(u"model"_s);
            list.append(q);
            return list;
        }();
        for (const ModelQuery &query : queries) {
            proxy.setQuery(query);
            QStringList expected;
            for (const ModelInfo &m : query.apply(models))
                expected.append(m.id());
            QStringList actual = proxyIds(proxy);
            actual.sort();
            expected.sort();
            QCOMPARE(actual, expected);
        }
    }

    void typingForwardAndBackMatchesModelQuery() {
        // Verdicts are reused between keystrokes: the rows must still be exactly what
        // ModelQuery::apply() keeps, typing forward, deleting, and changing other filters.
        const QList<ModelInfo> models = orc::test::syntheticCatalog(1500);
        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels(models);
        proxy.sort(ModelCatalogModel::CreatedColumn, Qt::DescendingOrder);
        const QString typed = u"swift nova vendor1"_s;
        QList<QString> texts;
        for (qsizetype n = 0; n <= typed.size(); ++n)
            texts.append(typed.left(n));
        for (qsizetype n = typed.size() - 1; n >= 0; --n)
            texts.append(typed.left(n));
        texts.append(u"nova swift"_s);
        texts.append(u"nov"_s);
        ModelQuery query;
        int step = 0;
        int changedOtherFilters = 0;
        for (const QString &text : std::as_const(texts)) {
            query.setText(text);
            // Toggle other filters now and then, both ways.
            if (step % 7 == 3) {
                query.setRequiredCapabilities(query.requiredCapabilities() ^
                                              orc::ModelCapabilities(ModelCapability::Tools));
                ++changedOtherFilters;
            }
            if (step % 11 == 5)
                query.setMinContextLength(query.minContextLength() ? 0 : 100000);
            if (step % 13 == 6)
                query.setMaxPromptPricePerMillion(
                    query.maxPromptPricePerMillion() ? std::nullopt : std::optional<double>(5.0));
            ++step;
            proxy.setQuery(query);
            QStringList expected;
            for (const ModelInfo &m : query.apply(models))
                expected.append(m.id());
            QStringList actual = proxyIds(proxy);
            expected.sort();
            actual.sort();
            QCOMPARE(actual, expected);
            // The sort order survives every re-filter.
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const auto a = model.sortValue(proxy.mapToSource(proxy.index(row - 1, 0)).row(),
                                               ModelCatalogModel::CreatedColumn);
                const auto b = model.sortValue(proxy.mapToSource(proxy.index(row, 0)).row(),
                                               ModelCatalogModel::CreatedColumn);
                QVERIFY(a.number >= b.number || b.unknown);
            }
        }
        QVERIFY(changedOtherFilters > 2);
    }

    void narrowing_data() {
        QTest::addColumn<QString>("widerText");
        QTest::addColumn<QString>("narrowerText");
        QTest::addColumn<bool>("narrowing");
        QTest::newRow("word extended") << u"sw"_s << u"swi"_s << true;
        QTest::newRow("word added") << u"swift"_s << u"swift nova"_s << true;
        QTest::newRow("word shortened") << u"swift"_s << u"swif"_s << false;
        QTest::newRow("from nothing") << QString() << u"a"_s << true;
        QTest::newRow("to nothing") << u"a"_s << QString() << false;
        QTest::newRow("inside a longer word") << u"ift"_s << u"swift"_s << true;
        QTest::newRow("different word") << u"nova"_s << u"swift"_s << false;
    }
    void narrowing() {
        QFETCH(QString, widerText);
        QFETCH(QString, narrowerText);
        QFETCH(bool, narrowing);
        ModelQuery wider;
        wider.setText(widerText);
        ModelQuery narrower;
        narrower.setText(narrowerText);
        QCOMPARE(CatalogProxy::isNarrowing(wider, narrower), narrowing);

        // Other filters: stricter narrows, looser does not.
        ModelQuery strict = narrower;
        strict.setRequiredCapabilities(ModelCapability::Vision);
        strict.setMaxPromptPricePerMillion(2.0);
        strict.setMinContextLength(32000);
        strict.setAuthors({u"acme"_s});
        strict.setFreeOnly(true);
        strict.setAddedSince(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        strict.setExpiringWithin(30, QDate(2026, 12, 7));
        QCOMPARE(CatalogProxy::isNarrowing(wider, strict), narrowing);
        ModelQuery later = strict; // added since a later time, expiring sooner: narrower
        later.setAddedSince(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC));
        later.setExpiringWithin(7, QDate(2026, 12, 7));
        QVERIFY(CatalogProxy::isNarrowing(strict, later));
        QVERIFY(!CatalogProxy::isNarrowing(later, strict));
        ModelQuery otherDay = strict; // "within 30 days" of another day is not comparable
        otherDay.setExpiringWithin(30, QDate(2026, 12, 8));
        QVERIFY(!CatalogProxy::isNarrowing(strict, otherDay));
        QVERIFY(!CatalogProxy::isNarrowing(strict, narrower));
        ModelQuery cheaper = strict;
        cheaper.setMaxPromptPricePerMillion(1.0);
        QVERIFY(CatalogProxy::isNarrowing(strict, cheaper));
        QVERIFY(!CatalogProxy::isNarrowing(cheaper, strict));
        ModelQuery otherAuthor = strict;
        otherAuthor.setAuthors({u"pixel"_s});
        QVERIFY(!CatalogProxy::isNarrowing(strict, otherAuthor));
        ModelQuery favourites = narrower;
        favourites.setFavourites({u"a/b"_s});
        favourites.setFavouritesOnly(true);
        ModelQuery otherFavourites = favourites;
        otherFavourites.setFavourites({u"c/d"_s});
        QVERIFY(!CatalogProxy::isNarrowing(favourites, otherFavourites));
    }

    void favourites() {
        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setModels(orc::test::smallCatalog());
        QSignalSpy changed(&model, &ModelCatalogModel::favouritesChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

        ModelQuery query;
        query.setFavouritesOnly(true);
        proxy.setQuery(query);
        QCOMPARE(proxy.rowCount(), 0);

        model.setFavourite(u"acme/nine"_s, true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(proxyIds(proxy), QStringList{u"acme/nine"_s});
        const QModelIndex star =
            model.index(model.rowOfId(u"acme/nine"_s), ModelCatalogModel::FavouriteColumn);
        QVERIFY(star.data(ModelCatalogModel::FavouriteRole).toBool());
        QVERIFY(!star.data(Qt::DecorationRole).isNull());

        model.toggleFavourite(u"pixel/painter"_s);
        QCOMPARE(proxyIds(proxy), (QStringList{u"pixel/painter"_s, u"acme/nine"_s}));
        model.setFavourite(u"pixel/painter"_s, true); // no change, no signal
        QCOMPARE(changed.count(), 2);

        // Favourites sort first in ascending order of the star column.
        proxy.setQuery(ModelQuery());
        proxy.sort(ModelCatalogModel::FavouriteColumn, Qt::AscendingOrder);
        const QStringList ids = proxyIds(proxy);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cbegin() + 2),
                 (QSet<QString>{u"pixel/painter"_s, u"acme/nine"_s}));

        model.toggleFavourite(u"acme/nine"_s);
        QVERIFY(!model.isFavourite(u"acme/nine"_s));
        QCOMPARE(model.favourites(), QSet<QString>{u"pixel/painter"_s});
    }

    void authors() {
        ModelCatalogModel model;
        model.setModels(orc::test::smallCatalog());
        const QList<QPair<QString, int>> expected{
            {u"acme"_s, 3}, {u"open"_s, 1}, {u"pixel"_s, 1}, {u"router"_s, 1}};
        QCOMPARE(model.authors(), expected);
    }

    void proxyHelpers() {
        ModelCatalogModel model;
        CatalogProxy proxy;
        proxy.setSourceModel(&model);
        model.setModels(orc::test::smallCatalog());
        proxy.sort(ModelCatalogModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.rowOfId(u"acme/cheap-text"_s), 0);
        QCOMPARE(proxy.rowOfId(u"router/auto"_s), 5);
        QCOMPARE(proxy.rowOfId(u"no/such"_s), -1);
        ModelQuery query;
        query.setText(u"painter"_s);
        proxy.setQuery(query);
        QCOMPARE(proxy.rowOfId(u"router/auto"_s), -1);
        QCOMPARE(proxy.rowOfId(u"pixel/painter"_s), 0);
        QCOMPARE(proxy.modelId(proxy.index(0, 3)), u"pixel/painter"_s);
        QCOMPARE(proxy.modelId(QModelIndex()), QString());
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
