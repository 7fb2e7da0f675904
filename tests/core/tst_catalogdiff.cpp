// CatalogDiff (golden cases), CatalogGuard (what a refresh may replace), ModelLifecycle and
// ModelBenchmarks, on hand-written catalogues and on the real 414-model capture.
#include "TestSupport.h"
#include "domain/CatalogDiff.h"
#include "domain/ModelLifecycle.h"
#include "domain/ModelQuery.h"
#include "domain/PriceTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::CatalogChange;
using orc::CatalogDiff;
using orc::CatalogGuard;
using orc::ModelBenchmarks;
using orc::ModelInfo;
using orc::ModelLifecycle;

namespace {

const QDateTime kSeen(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);

QList<ModelInfo> parse(const QByteArray &json) {
    QString error;
    const QList<ModelInfo> list = ModelInfo::parseList(json, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return list;
}

const QByteArray kBefore = R"json({"data":[
 {"id":"a/one","name":"One","context_length":1000,
  "pricing":{"prompt":"0.000001","completion":"0.000002","image":"0.001"},
  "top_provider":{"context_length":1000,"max_completion_tokens":100}},
 {"id":"b/two","name":"Two","pricing":{"prompt":"0","completion":"0"}},
 {"id":"c/three","name":"Three","context_length":500,"pricing":{"prompt":"-1","completion":"-1"},
  "expiration_date":null},
 {"id":"e/five","name":"Five","pricing":{"prompt":"0.000003","completion":"0.000015"},
  "expiration_date":"2026-12-31"}
]})json";

const QByteArray kAfter = R"json({"data":[
 {"id":"d/four","name":"Four","pricing":{"prompt":"0.000001","completion":"0.000001"}},
 {"id":"a/one","name":"One","context_length":2000,
  "pricing":{"prompt":"0.0000006","image":"0.001","web_search":"0.01"},
  "top_provider":{"context_length":1000,"max_completion_tokens":null}},
 {"id":"c/three","name":"Three (renamed)","context_length":500,
  "pricing":{"prompt":"0.000002","completion":"-1"},"expiration_date":"2027-01-15"},
 {"id":"e/five","name":"Five","pricing":{"prompt":"0.000003","completion":"0.000015"},
  "expiration_date":null}
]})json";

CatalogChange changed(const QString &id, const QString &name, const QString &field,
                      const QString &oldValue, const QString &newValue) {
    return {CatalogChange::Kind::Changed, id, name, field, oldValue, newValue, kSeen};
}

} // namespace

class TestCatalogDiff : public QObject {
    Q_OBJECT

private slots:
    void goldenDiff() {
        const QList<CatalogChange> changes =
            CatalogDiff::compute(parse(kBefore), parse(kAfter), kSeen);
        const QList<CatalogChange> expected{
            {CatalogChange::Kind::Added, u"d/four"_s, u"Four"_s, {}, {}, {}, kSeen},
            {CatalogChange::Kind::Removed, u"b/two"_s, u"Two"_s, {}, {}, {}, kSeen},
            // a/one: prices by key (completion dropped, prompt cut, web_search new), then the
            // context, then the max output that became null.
            changed(u"a/one"_s, u"One"_s, u"pricing.completion"_s, u"0.000002"_s, QString()),
            changed(u"a/one"_s, u"One"_s, u"pricing.prompt"_s, u"0.000001"_s, u"0.0000006"_s),
            changed(u"a/one"_s, u"One"_s, u"pricing.web_search"_s, QString(), u"0.01"_s),
            changed(u"a/one"_s, u"One"_s, u"context_length"_s, u"1000"_s, u"2000"_s),
            changed(u"a/one"_s, u"One"_s, u"top_provider.max_completion_tokens"_s, u"100"_s,
                    QString()),
            // c/three: a variable price became a number; the new name is the one kept.
            changed(u"c/three"_s, u"Three (renamed)"_s, u"pricing.prompt"_s, u"-1"_s,
                    u"0.000002"_s),
            changed(u"c/three"_s, u"Three (renamed)"_s, u"expiration_date"_s, QString(),
                    u"2027-01-15"_s),
            changed(u"e/five"_s, u"Five"_s, u"expiration_date"_s, u"2026-12-31"_s, QString()),
        };
        QCOMPARE(changes.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CatalogChange &c = changes.at(i);
            QVERIFY2(c == expected.at(i), qPrintable(u"#%1: %2 %3 %4 -> %5"_s.arg(i).arg(
                                              c.modelId, c.field, c.oldValue, c.newValue)));
        }
        // Null values stay null (absent), empty strings never appear.
        QVERIFY(changes.at(2).newValue.isNull());
        QVERIFY(changes.at(4).oldValue.isNull());
    }

    void identicalAndEmpty() {
        QVERIFY(CatalogDiff::compute(parse(kBefore), parse(kBefore), kSeen).isEmpty());
        QVERIFY(CatalogDiff::compute({}, {}, kSeen).isEmpty());
        QCOMPARE(CatalogDiff::compute({}, parse(kAfter), kSeen).size(), 4);  // all added
        QCOMPARE(CatalogDiff::compute(parse(kBefore), {}, kSeen).size(), 4); // all removed
        // The same values written differently are no change.
        const QList<ModelInfo> a = parse(R"({"data":[{"id":"x/y","pricing":{"prompt":"0.00000100",
            "completion":"2e-6"},"context_length":"4096"}]})");
        const QList<ModelInfo> b = parse(R"({"data":[{"id":"x/y","pricing":{"prompt":0.000001,
            "completion":"0.000002"},"context_length":4096}]})");
        QVERIFY(CatalogDiff::compute(a, b, kSeen).isEmpty());
    }

    void repeatedIdsCountOnce() {
        const QList<ModelInfo> before = parse(R"({"data":[{"id":"x/y","context_length":10},
            {"id":"x/y","context_length":99}]})");
        const QList<ModelInfo> after = parse(R"({"data":[{"id":"x/y","context_length":20}]})");
        const QList<CatalogChange> changes = CatalogDiff::compute(before, after, kSeen);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).oldValue, u"10"_s);
        QCOMPARE(changes.at(0).newValue, u"20"_s);
    }

    void json() {
        const QJsonObject o =
            CatalogDiff::toJson(CatalogDiff::compute(parse(kBefore), parse(kAfter), kSeen));
        QCOMPARE(o.keys(), (QStringList{u"added"_s, u"changed"_s, u"removed"_s}));
        QCOMPARE(o.value("added"_L1).toArray().size(), 1);
        QCOMPARE(o.value("removed"_L1).toArray().size(), 1);
        const QJsonArray changedList = o.value("changed"_L1).toArray();
        QCOMPARE(changedList.size(), 8);
        const QJsonObject price = changedList.at(1).toObject();
        QCOMPARE(price.value("id"_L1).toString(), u"a/one"_s);
        QCOMPARE(price.value("field"_L1).toString(), u"pricing.prompt"_s);
        QCOMPARE(price.value("old"_L1).toString(), u"0.000001"_s);
        QCOMPARE(price.value("new"_L1).toString(), u"0.0000006"_s);
        QCOMPARE(price.value("seen_at"_L1).toString(), u"2026-12-07T09:30:00Z"_s);
        const QJsonObject context = changedList.at(3).toObject();
        QCOMPARE(context.value("old"_L1), QJsonValue(1000)); // counts are numbers
        QVERIFY(changedList.at(0).toObject().value("new"_L1).isNull());
        QCOMPARE(o.value("added"_L1).toArray().at(0).toObject().value("name"_L1).toString(),
                 u"Four"_s);
    }

    void displayTexts() {
        QCOMPARE(CatalogDiff::displayValue(u"pricing.prompt"_s, u"0.0000025"_s), u"$2.50/M"_s);
        QCOMPARE(CatalogDiff::displayValue(u"pricing.web_search"_s, u"0.01"_s),
                 u"$0.01 per search"_s);
        QCOMPARE(CatalogDiff::displayValue(u"pricing.prompt"_s, u"-1"_s), u"variable"_s);
        QCOMPARE(CatalogDiff::displayValue(u"pricing.prompt"_s, u"0"_s), u"free"_s);
        QCOMPARE(CatalogDiff::displayValue(u"pricing.prompt"_s, QString()), u"none"_s);
        QCOMPARE(CatalogDiff::displayValue(u"expiration_date"_s, u"2026-12-31"_s), u"2026-12-31"_s);
        QCOMPARE(CatalogDiff::fieldLabel(u"pricing.input_cache_read"_s), u"Cache read price"_s);
        QCOMPARE(CatalogDiff::fieldLabel(u"pricing.new_unit"_s), u"new_unit price"_s);
        QCOMPARE(CatalogDiff::fieldLabel(u"top_provider.max_completion_tokens"_s),
                 u"Max output tokens"_s);
        QCOMPARE(CatalogDiff::percentText(u"pricing.prompt"_s, u"0.000001"_s, u"0.0000006"_s),
                 u"-40 %"_s);
        QCOMPARE(CatalogDiff::percentText(u"context_length"_s, u"1000"_s, u"2000"_s), u"+100 %"_s);
        QCOMPARE(CatalogDiff::percentText(u"pricing.prompt"_s, u"0.000001"_s, u"0.00000105"_s),
                 u"+5.0 %"_s);
        QVERIFY(CatalogDiff::percentText(u"pricing.prompt"_s, u"-1"_s, u"0.000001"_s).isEmpty());
        QVERIFY(CatalogDiff::percentText(u"pricing.prompt"_s, u"0"_s, u"0.000001"_s).isEmpty());
        QVERIFY(CatalogDiff::percentText(u"expiration_date"_s, u"1"_s, u"2"_s).isEmpty());
        QCOMPARE(CatalogDiff::kindFromName(u"removed"), CatalogChange::Kind::Removed);
        QVERIFY(!CatalogDiff::kindFromName(u"renamed"));
    }

    void guard() {
        QVERIFY(CatalogGuard::refusal(0, 13, {}).isEmpty());    // first fetch
        QVERIFY(CatalogGuard::refusal(414, 414, {}).isEmpty()); // same size
        QVERIFY(CatalogGuard::refusal(414, 207, {}).isEmpty()); // half is still plausible
        QVERIFY(CatalogGuard::refusal(3, 1, {}).isEmpty());     // too few to judge
        QVERIFY(CatalogGuard::refusal(414, 900, {}).isEmpty()); // growth is fine
        QVERIFY(CatalogGuard::refusal(414, 206, {}).contains("truncated"_L1));
        QVERIFY(CatalogGuard::refusal(414, 206, {}).contains("414"_L1));
        QVERIFY(CatalogGuard::refusal(13, 2, {}).contains("truncated"_L1));
        QVERIFY(CatalogGuard::refusal(0, 0, {}).contains("no models"_L1));
        QVERIFY(CatalogGuard::refusal(414, 0, {}).contains("no models"_L1));
        QVERIFY(CatalogGuard::refusal(414, 0, u"unterminated object"_s)
                    .contains("unterminated object"_L1));
    }

    void lifecycle() {
        const QList<ModelInfo> models = parse(kBefore);
        const ModelInfo &five = models.at(3);
        const QDate today(2026, 12, 7);
        QCOMPARE(ModelLifecycle::daysLeft(five, today), std::optional<qint64>(24));
        QCOMPARE(ModelLifecycle::daysLeft(five, QDate(2026, 12, 31)), std::optional<qint64>(0));
        QCOMPARE(ModelLifecycle::daysLeft(five, QDate(2027, 1, 3)), std::optional<qint64>(-3));
        QVERIFY(!ModelLifecycle::daysLeft(models.at(0), today));
        QVERIFY(ModelLifecycle::expiresWithin(five, 30, today));
        QVERIFY(ModelLifecycle::expiresWithin(five, 24, today));
        QVERIFY(!ModelLifecycle::expiresWithin(five, 23, today));
        QVERIFY(ModelLifecycle::expiresWithin(five, 0, QDate(2027, 2, 1))); // gone
        QVERIFY(!ModelLifecycle::expiresWithin(models.at(0), 100000, today));
        QCOMPARE(ModelLifecycle::expirationText(five, today), u"2026-12-31 (in 24 day(s))"_s);
        QCOMPARE(ModelLifecycle::expirationText(five, QDate(2026, 12, 31)),
                 u"2026-12-31 (today)"_s);
        QCOMPARE(ModelLifecycle::expirationText(five, QDate(2027, 1, 1)),
                 u"2026-12-31 (1 day(s) ago)"_s);
        QVERIFY(ModelLifecycle::expirationText(models.at(0), today).isEmpty());
    }

    void queryLifecycle() {
        // kBefore: a/one, b/two, c/three (no dates), e/five expires 2026-12-31; created below.
        const QList<ModelInfo> models = parse(R"({"data":[
            {"id":"old/one","created":1600000000},
            {"id":"new/two","created":1780000000,"expiration_date":"2027-01-10"},
            {"id":"gone/three","expiration_date":"2026-11-01"},
            {"id":"soon/four","created":1790000000,"expiration_date":"2026-12-10"}]})");
        const auto ids = [](const QList<ModelInfo> &list) {
            QStringList out;
            for (const ModelInfo &m : list)
                out << m.id();
            return out;
        };
        orc::ModelQuery query;
        query.setExpiringWithin(30, QDate(2026, 12, 7));
        QVERIFY(query.hasFilter());
        QCOMPARE(ids(query.apply(models)), (QStringList{u"gone/three"_s, u"soon/four"_s}));
        query.setExpiringWithin(40, QDate(2026, 12, 7));
        query.setSort(orc::ModelQuery::SortKey::Expiring);
        QCOMPARE(ids(query.apply(models)),
                 (QStringList{u"gone/three"_s, u"soon/four"_s, u"new/two"_s}));
        query.setExpiringWithin(std::nullopt);
        QVERIFY(!query.hasFilter());
        QCOMPARE(ids(query.apply(models)),
                 (QStringList{u"gone/three"_s, u"soon/four"_s, u"new/two"_s, u"old/one"_s}));
        query.setSort(orc::ModelQuery::SortKey::Newest);
        QCOMPARE(ids(query.apply(models)),
                 (QStringList{u"soon/four"_s, u"new/two"_s, u"old/one"_s, u"gone/three"_s}));
        query.setAddedSince(QDateTime::fromSecsSinceEpoch(1780000000, Qt::UTC));
        QVERIFY(query.hasFilter());
        QCOMPARE(ids(query.apply(models)), (QStringList{u"soon/four"_s, u"new/two"_s}));
        QCOMPARE(orc::ModelQuery::parseSortKey(u"expiring"), orc::ModelQuery::SortKey::Expiring);
        QCOMPARE(orc::ModelQuery::parseSortKey(u"newest"), orc::ModelQuery::SortKey::Newest);
    }

    void benchmarksTolerant() {
        const auto read = [](const QByteArray &json) {
            return ModelBenchmarks::fromJson(QJsonDocument::fromJson(json).object());
        };
        QVERIFY(read("{}").isEmpty());
        QVERIFY(read(R"({"artificial_analysis":null,"design_arena":"x"})").isEmpty());
        const ModelBenchmarks b = read(R"({"artificial_analysis":{"intelligence_index":null,
            "coding_index":"45.3","agentic_index":true},
            "design_arena":[5,{"arena":"models","category":"3d","elo":1374,"win_rate":67.6,
            "rank":4},{"arena":"agents","rank":-2,"elo":"n/a"}],"future_board":{"x":1}})");
        QVERIFY(!b.intelligenceIndex);
        QCOMPARE(b.codingIndex, std::optional<double>(45.3));
        QVERIFY(!b.agenticIndex);
        QCOMPARE(b.designArena.size(), 2);
        QCOMPARE(b.designArena.at(0).category, u"3d"_s);
        QCOMPARE(b.designArena.at(0).rank, std::optional<int>(4));
        QCOMPARE(b.designArena.at(0).winRate, std::optional<double>(67.6));
        QVERIFY(!b.designArena.at(1).rank);
        QVERIFY(!b.designArena.at(1).elo);
    }

    void realCatalogue() {
        if (!orc::test::hasFixtures())
            QSKIP(orc::test::kNoFixturesMessage);
        QString error;
        const QList<ModelInfo> all =
            ModelInfo::parseList(orc::test::readFixture(u"models.json"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all.size(), 414);
        int cutoffs = 0, expiring = 0, withBenchmarks = 0, aa = 0;
        for (const ModelInfo &m : all) {
            cutoffs += m.knowledgeCutoff().isValid();
            expiring += m.expirationDate().isValid();
            const ModelBenchmarks b = ModelBenchmarks::fromJson(m.benchmarks());
            withBenchmarks += !b.isEmpty();
            aa += b.codingIndex.has_value();
        }
        QCOMPARE(cutoffs, 194);
        QCOMPARE(expiring, 4);
        QCOMPARE(withBenchmarks, 228);
        QVERIFY(aa > 100);
        const auto find = [&](const QString &id) {
            for (const ModelInfo &m : all) {
                if (m.id() == id)
                    return m;
            }
            return ModelInfo();
        };
        const ModelInfo flash = find(u"google/gemini-3.7-flash"_s);
        const ModelBenchmarks b = ModelBenchmarks::fromJson(flash.benchmarks());
        QCOMPARE(b.intelligenceIndex, std::optional<double>(56));
        QCOMPARE(b.codingIndex, std::optional<double>(76.1));
        QCOMPARE(b.agenticIndex, std::optional<double>(45.1));
        QCOMPARE(b.designArena.size(), 7);
        QCOMPARE(b.designArena.at(0).arena, u"agents"_s);
        QCOMPARE(b.designArena.at(0).elo, std::optional<double>(1253));
        const ModelInfo longcat = find(u"meituan/longcat-2.0"_s);
        QVERIFY(!ModelBenchmarks::fromJson(longcat.benchmarks()).intelligenceIndex);
        QCOMPARE(ModelBenchmarks::fromJson(longcat.benchmarks()).codingIndex,
                 std::optional<double>(45.3));
        const ModelInfo nano = find(u"nvidia/nemotron-nano-12b-v2-vl:free"_s);
        QCOMPARE(ModelLifecycle::daysLeft(nano, QDate(2026, 8, 19)), std::optional<qint64>(5));

        // The capture against itself changes nothing; a later copy with one model gone, one
        // price cut and one new model shows exactly that.
        QVERIFY(CatalogDiff::compute(all, all, kSeen).isEmpty());
        QJsonArray data = QJsonDocument::fromJson(orc::test::readFixture(u"models.json"_s))
                              .object()
                              .value("data"_L1)
                              .toArray();
        const QString removed = data.at(5).toObject().value("id"_L1).toString();
        data.removeAt(5);
        QJsonObject first = data.at(0).toObject();
        QJsonObject pricing = first.value("pricing"_L1).toObject();
        pricing.insert(u"input_cache_read"_s, u"0.00000001"_s);
        first.insert(u"pricing"_s, pricing);
        data.replace(0, first);
        QJsonObject added = first;
        added.insert(u"id"_s, u"new/model"_s);
        data.append(added);
        const QList<ModelInfo> later =
            ModelInfo::parseList(QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson());
        const QList<CatalogChange> changes = CatalogDiff::compute(all, later, kSeen);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.at(0).modelId, u"new/model"_s);
        QCOMPARE(changes.at(1).modelId, removed);
        QCOMPARE(changes.at(2).field, u"pricing.input_cache_read"_s);
        QCOMPARE(changes.at(2).newValue, u"0.00000001"_s);
    }
};

QTEST_GUILESS_MAIN(TestCatalogDiff)
#include "tst_catalogdiff.moc"
