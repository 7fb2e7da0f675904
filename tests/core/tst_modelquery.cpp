#include "TestSupport.h"
#include "domain/ModelInfo.h"
#include "domain/ModelQuery.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using orc::ModelCapabilities;
using orc::ModelCapability;
using orc::ModelInfo;
using orc::ModelQuery;

Q_DECLARE_METATYPE(orc::ModelCapabilities)
Q_DECLARE_METATYPE(orc::ModelQuery::SortKey)
Q_DECLARE_METATYPE(orc::ModelCapability)

namespace {

struct Spec {
    const char *id;
    const char *name;
    const char *description;
    QStringList input;
    QStringList output;
    QStringList params;
    const char *prompt;
    const char *completion;
    qint64 context; // 0 = null
    qint64 created; // 0 = null
    const char *imageOutput = nullptr;
};

ModelInfo makeModel(const Spec &s) {
    QJsonObject pricing{{u"prompt"_s, QString::fromLatin1(s.prompt)},
                        {u"completion"_s, QString::fromLatin1(s.completion)}};
    if (s.imageOutput)
        pricing.insert(u"image_output"_s, QString::fromLatin1(s.imageOutput));
    return ModelInfo::fromJson(QJsonObject{
        {u"id"_s, QString::fromUtf8(s.id)},
        {u"name"_s, QString::fromUtf8(s.name)},
        {u"description"_s, QString::fromUtf8(s.description)},
        {u"architecture"_s,
         QJsonObject{{u"input_modalities"_s, QJsonArray::fromStringList(s.input)},
                     {u"output_modalities"_s, QJsonArray::fromStringList(s.output)}}},
        {u"supported_parameters"_s, QJsonArray::fromStringList(s.params)},
        {u"pricing"_s, pricing},
        {u"context_length"_s, s.context ? QJsonValue(s.context) : QJsonValue()},
        {u"created"_s, s.created ? QJsonValue(s.created) : QJsonValue()},
    });
}

// Input order is deliberately not sorted by any key.
QList<ModelInfo> catalogue() {
    const QStringList text{u"text"_s};
    const QStringList textImage{u"text"_s, u"image"_s};
    static const QList<ModelInfo> models = {
        makeModel({"openai/gpt-4o",
                   "OpenAI: GPT-4o",
                   "Omni model with vision",
                   textImage,
                   text,
                   {u"tools"_s, u"structured_outputs"_s, u"response_format"_s},
                   "0.0000025",
                   "0.00001",
                   128000,
                   1715000000}),
        makeModel({"anthropic/claude-sonnet",
                   "Anthropic: Claude Sonnet",
                   "Balanced model for coding",
                   {u"text"_s, u"image"_s, u"file"_s},
                   text,
                   {u"tools"_s, u"reasoning"_s},
                   "0.000003",
                   "0.000015",
                   200000,
                   1740000000}),
        makeModel({"meta-llama/llama-3-8b:free",
                   "Meta: Llama 3 8B (free)",
                   "Open weights",
                   text,
                   text,
                   {},
                   "0",
                   "0",
                   8192,
                   1713000000}),
        makeModel({"openrouter/auto",
                   "Auto Router",
                   "Routes your prompt",
                   textImage,
                   text,
                   {u"tools"_s, u"reasoning"_s},
                   "-1",
                   "-1",
                   2000000,
                   1699401600}),
        makeModel({"openai/gpt-4o-mini",
                   "OpenAI: GPT-4o mini",
                   "Small and cheap",
                   textImage,
                   text,
                   {u"tools"_s},
                   "0.00000015",
                   "0.0000006",
                   128000,
                   1721000000}),
        makeModel({"black-forest-labs/flux",
                   "FLUX Pro",
                   "Image generation",
                   text,
                   {u"image"_s},
                   {},
                   "0",
                   "0",
                   0,
                   0,
                   "0.00004"}),
        makeModel({"google/gemini-flash",
                   "Google: Gemini Flash",
                   "Fast multimodal with audio",
                   {u"text"_s, u"image"_s, u"audio"_s, u"file"_s},
                   text,
                   {u"tools"_s, u"structured_outputs"_s, u"reasoning"_s},
                   "0.0000003",
                   "0.0000025",
                   1048576,
                   1750000000}),
    };
    return models;
}

QStringList ids(const QList<ModelInfo> &models) {
    QStringList out;
    for (const ModelInfo &m : models)
        out.append(m.id());
    return out;
}

// What matches() accepts, in input order; must agree with apply() without sorting.
QStringList matching(const ModelQuery &query) {
    QStringList out;
    for (const ModelInfo &m : catalogue()) {
        if (query.matches(m))
            out.append(m.id());
    }
    const QStringList applied = ids(query.apply(catalogue()));
    if (applied != out)
        qWarning() << "apply() and matches() disagree:" << applied << out;
    return applied == out ? out : QStringList{u"<apply/matches mismatch>"_s};
}

const QString kGpt4o = u"openai/gpt-4o"_s;
const QString kClaude = u"anthropic/claude-sonnet"_s;
const QString kLlama = u"meta-llama/llama-3-8b:free"_s;
const QString kAuto = u"openrouter/auto"_s;
const QString kMini = u"openai/gpt-4o-mini"_s;
const QString kFlux = u"black-forest-labs/flux"_s;
const QString kGemini = u"google/gemini-flash"_s;

} // namespace

class TestModelQuery : public QObject {
    Q_OBJECT

private slots:
    void emptyQuery();
    void text_data();
    void text();
    void unicodeText();
    void capabilities_data();
    void capabilities();
    void maxPrice_data();
    void maxPrice();
    void minContext();
    void authors();
    void freeOnly();
    void favourites();
    void combined();
    void sort_data();
    void sort();
    void compare();
    void limit();
    void parseCapability_data();
    void parseCapability();
    void parseCapabilityErrors();
    void parseCapabilities();
    void capabilityNames();
    void parseSortKey();
    void fixtureQueries();
};

void TestModelQuery::emptyQuery() {
    const ModelQuery query;
    QVERIFY(!query.hasFilter());
    QCOMPARE(query.sortKey(), ModelQuery::SortKey::None);
    QCOMPARE(query.limit(), 0);
    QCOMPARE(ids(query.apply(catalogue())), ids(catalogue()));
    QVERIFY(query.apply({}).isEmpty());
}

void TestModelQuery::text_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one word") << u"gpt"_s << QStringList{kGpt4o, kMini};
    QTest::newRow("case-insensitive, two words") << u"GPT MINI"_s << QStringList{kMini};
    QTest::newRow("word order does not matter") << u"mini gpt"_s << QStringList{kMini};
    QTest::newRow("name and description") << u"claude coding"_s << QStringList{kClaude};
    QTest::newRow("id part") << u"openai/"_s << QStringList{kGpt4o, kMini};
    QTest::newRow("extra spaces") << u"  multimodal   audio "_s << QStringList{kGemini};
    QTest::newRow("tabs and newlines") << u"router\tprompt\n"_s << QStringList{kAuto};
    QTest::newRow("all words must match") << u"gpt claude"_s << QStringList{};
    QTest::newRow("suffix in id and name") << u"(free)"_s << QStringList{kLlama};
    QTest::newRow("no match") << u"zzz"_s << QStringList{};
    QTest::newRow("whitespace only") << u" \t "_s << ids(catalogue());
    QTest::newRow("substring inside a word") << u"lux"_s << QStringList{kFlux};
}

void TestModelQuery::text() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ModelQuery query;
    query.setText(text);
    QCOMPARE(query.text(), text);
    QCOMPARE(matching(query), expected);
}

void TestModelQuery::unicodeText() {
    const ModelInfo m = ModelInfo::fromJson(QJsonObject{
        {u"id"_s, u"x/kaffee"_s},
        {u"name"_s, u"Café Ünïcode ΣΟΦΙΑ"_s},
        {u"description"_s, u"Straße"_s},
    });
    ModelQuery query;
    for (const QString &text : {u"CAFÉ ünï"_s, u"σοφια"_s, u"STRAßE"_s, u"café"_s}) {
        query.setText(text);
        QVERIFY2(query.matches(m), qPrintable(text));
    }
    query.setText(u"cafe"_s); // no accent folding: "é" is not "e"
    QVERIFY(!query.matches(m));
    query.setText(u"x/kaffee"_s);
    QVERIFY(query.matches(m));
    query.setText(u"ünïcode straße"_s);
    QCOMPARE(query.words(), (QStringList{u"ünïcode"_s, u"straße"_s}));
    QVERIFY(query.matches(m));
}

void TestModelQuery::capabilities_data() {
    QTest::addColumn<ModelCapabilities>("required");
    QTest::addColumn<QStringList>("expected");
    using C = ModelCapability;
    QTest::newRow("vision") << ModelCapabilities(C::Vision)
                            << QStringList{kGpt4o, kClaude, kAuto, kMini, kGemini};
    QTest::newRow("vision+tools+structured")
        << (C::Vision | C::Tools | C::StructuredOutputs) << QStringList{kGpt4o, kGemini};
    QTest::newRow("reasoning+file")
        << (C::Reasoning | C::FileInput) << QStringList{kClaude, kGemini};
    QTest::newRow("image only") << ModelCapabilities(C::ImageOnly) << QStringList{kFlux};
    QTest::newRow("long context") << ModelCapabilities(C::LongContext)
                                  << QStringList{kGpt4o, kClaude, kAuto, kMini, kGemini};
    QTest::newRow("long context + audio")
        << (C::LongContext | C::AudioInput) << QStringList{kGemini};
    QTest::newRow("free") << ModelCapabilities(C::Free) << QStringList{kLlama};
    QTest::newRow("json") << ModelCapabilities(C::ResponseFormat) << QStringList{kGpt4o};
    QTest::newRow("impossible") << (C::ImageOnly | C::Tools) << QStringList{};
}

void TestModelQuery::capabilities() {
    QFETCH(ModelCapabilities, required);
    QFETCH(QStringList, expected);
    ModelQuery query;
    query.setRequiredCapabilities(required);
    QVERIFY(query.hasFilter());
    QCOMPARE(matching(query), expected);
}

void TestModelQuery::maxPrice_data() {
    QTest::addColumn<double>("max");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("0.15 inclusive") << 0.15 << QStringList{kLlama, kMini, kFlux};
    QTest::newRow("0.3 inclusive") << 0.3 << QStringList{kLlama, kMini, kFlux, kGemini};
    QTest::newRow("zero") << 0.0 << QStringList{kLlama, kFlux};
    QTest::newRow("high: never variable")
        << 1000.0 << QStringList{kGpt4o, kClaude, kLlama, kMini, kFlux, kGemini};
    QTest::newRow("negative = no ceiling") << -1.0 << ids(catalogue());
    QTest::newRow("NaN = no ceiling")
        << std::numeric_limits<double>::quiet_NaN() << ids(catalogue());
}

void TestModelQuery::maxPrice() {
    QFETCH(double, max);
    QFETCH(QStringList, expected);
    ModelQuery query;
    query.setMaxPromptPricePerMillion(max);
    QCOMPARE(query.maxPromptPricePerMillion().has_value(), std::isfinite(max) && max >= 0);
    QCOMPARE(matching(query), expected);
    query.setMaxPromptPricePerMillion(std::nullopt);
    QVERIFY(!query.hasFilter());
}

void TestModelQuery::minContext() {
    ModelQuery query;
    query.setMinContextLength(200000);
    QCOMPARE(matching(query), (QStringList{kClaude, kAuto, kGemini}));
    query.setMinContextLength(1);
    QCOMPARE(matching(query), (QStringList{kGpt4o, kClaude, kLlama, kAuto, kMini, kGemini}));
    query.setMinContextLength(-10);
    QCOMPARE(query.minContextLength(), 0);
    QCOMPARE(matching(query), ids(catalogue()));
}

void TestModelQuery::authors() {
    ModelQuery query;
    query.setAuthors({u"OpenAI"_s});
    QCOMPARE(matching(query), (QStringList{kGpt4o, kMini}));
    query.setAuthors({u"openai"_s, u" anthropic "_s});
    QCOMPARE(query.authors(), (QStringList{u"anthropic"_s, u"openai"_s}));
    QCOMPARE(matching(query), (QStringList{kGpt4o, kClaude, kMini}));
    query.setAuthors({u"nobody"_s});
    QCOMPARE(matching(query), QStringList{});
    query.setAuthors({u"  "_s});
    QVERIFY(!query.hasFilter());
    QCOMPARE(matching(query), ids(catalogue()));
}

void TestModelQuery::freeOnly() {
    ModelQuery query;
    query.setFreeOnly(true);
    QVERIFY(query.hasFilter());
    // FLUX has zero token prices but a paid image output; the router is variable.
    QCOMPARE(matching(query), QStringList{kLlama});
}

void TestModelQuery::favourites() {
    ModelQuery query;
    query.setFavourites({kClaude, kFlux, u"gone/model"_s});
    QVERIFY(!query.hasFilter()); // favourites alone do not filter
    QCOMPARE(matching(query), ids(catalogue()));
    query.setFavouritesOnly(true);
    QCOMPARE(matching(query), (QStringList{kClaude, kFlux}));
    query.setFavourites({});
    QCOMPARE(matching(query), QStringList{});
}

void TestModelQuery::combined() {
    ModelQuery query;
    query.setText(u"gpt"_s);
    query.setRequiredCapabilities(ModelCapability::Tools | ModelCapability::Vision);
    QCOMPARE(matching(query), (QStringList{kGpt4o, kMini}));
    query.setMaxPromptPricePerMillion(1.0);
    QCOMPARE(matching(query), QStringList{kMini});
    query.setAuthors({u"openai"_s});
    query.setMinContextLength(100000);
    QCOMPARE(matching(query), QStringList{kMini});
    query.setMinContextLength(200000);
    QCOMPARE(matching(query), QStringList{});
    query.setMinContextLength(0);
    query.setFreeOnly(true);
    QCOMPARE(matching(query), QStringList{});

    ModelQuery favouritesAndText;
    favouritesAndText.setFavourites({kGpt4o, kGemini, kClaude});
    favouritesAndText.setFavouritesOnly(true);
    favouritesAndText.setText(u"model"_s); // "Omni model", "Balanced model"
    favouritesAndText.setSort(ModelQuery::SortKey::Price, Qt::DescendingOrder);
    QCOMPARE(ids(favouritesAndText.apply(catalogue())), (QStringList{kClaude, kGpt4o}));
}

void TestModelQuery::sort_data() {
    QTest::addColumn<ModelQuery::SortKey>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    using K = ModelQuery::SortKey;
    const Qt::SortOrder asc = Qt::AscendingOrder;
    const Qt::SortOrder desc = Qt::DescendingOrder;
    QTest::newRow("none keeps input order") << K::None << desc << ids(catalogue());
    QTest::newRow("name asc") << K::Name << asc
                              << QStringList{kClaude, kAuto, kFlux, kGemini, kLlama, kGpt4o, kMini};
    QTest::newRow("name desc") << K::Name << desc << QStringList{kMini, kGpt4o, kLlama, kGemini,
                                                                 kFlux, kAuto,  kClaude};
    QTest::newRow("id asc") << K::Id << asc
                            << QStringList{kClaude, kFlux, kGemini, kLlama, kGpt4o, kMini, kAuto};
    // Ties (FLUX and Llama cost 0/0) are broken by id; variable prices go last either way.
    QTest::newRow("price asc") << K::Price << asc << QStringList{kFlux,  kLlama,  kMini, kGemini,
                                                                 kGpt4o, kClaude, kAuto};
    QTest::newRow("price desc") << K::Price << desc << QStringList{kClaude, kGpt4o, kGemini, kMini,
                                                                   kFlux,   kLlama, kAuto};
    QTest::newRow("context asc") << K::Context << asc
                                 << QStringList{kLlama,  kGpt4o, kMini, kClaude,
                                                kGemini, kAuto,  kFlux};
    QTest::newRow("context desc") << K::Context << desc
                                  << QStringList{kAuto, kGemini, kClaude, kGpt4o,
                                                 kMini, kLlama,  kFlux};
    QTest::newRow("created asc") << K::Created << asc
                                 << QStringList{kAuto,   kLlama,  kGpt4o, kMini,
                                                kClaude, kGemini, kFlux};
    QTest::newRow("created desc") << K::Created << desc
                                  << QStringList{kGemini, kClaude, kMini, kGpt4o,
                                                 kLlama,  kAuto,   kFlux};
    QTest::newRow("author asc") << K::Author << asc << QStringList{kClaude, kFlux, kGemini, kLlama,
                                                                   kGpt4o,  kMini, kAuto};
    QTest::newRow("author desc") << K::Author << desc << QStringList{kAuto,   kMini, kGpt4o, kLlama,
                                                                     kGemini, kFlux, kClaude};
}

void TestModelQuery::sort() {
    QFETCH(ModelQuery::SortKey, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    ModelQuery query;
    query.setSort(key, order);
    QCOMPARE(query.sortKey(), key);
    QCOMPARE(query.sortOrder(), order);
    QCOMPARE(ids(query.apply(catalogue())), expected);
    // Independent of the input order.
    QList<ModelInfo> reversed = catalogue();
    std::reverse(reversed.begin(), reversed.end());
    if (key != ModelQuery::SortKey::None)
        QCOMPARE(ids(query.apply(reversed)), expected);
}

void TestModelQuery::compare() {
    const QList<ModelInfo> all = catalogue();
    const ModelInfo &gpt4o = all.at(0);
    const ModelInfo &llama = all.at(2);
    const ModelInfo &autoRouter = all.at(3);
    const ModelInfo &mini = all.at(4);
    const ModelInfo &flux = all.at(5);
    using K = ModelQuery::SortKey;
    QVERIFY(ModelQuery::compare(mini, gpt4o, K::Price) < 0);
    QVERIFY(ModelQuery::compare(gpt4o, mini, K::Price) > 0);
    QVERIFY(ModelQuery::compare(autoRouter, mini, K::Price) > 0); // variable is "greater"
    QVERIFY(ModelQuery::compare(mini, autoRouter, K::Price) < 0);
    QCOMPARE(ModelQuery::compare(autoRouter, autoRouter, K::Price), 0);
    QVERIFY(ModelQuery::compare(flux, llama, K::Context) > 0); // unknown context
    QVERIFY(ModelQuery::compare(flux, llama, K::Created) > 0);
    QCOMPARE(ModelQuery::compare(gpt4o, mini, K::Context), 0);
    QVERIFY(ModelQuery::compare(gpt4o, mini, K::Name) < 0);
    QCOMPARE(ModelQuery::compare(gpt4o, mini, K::None), 0);
}

void TestModelQuery::limit() {
    ModelQuery query;
    query.setSort(ModelQuery::SortKey::Price);
    query.setLimit(3);
    QCOMPARE(ids(query.apply(catalogue())), (QStringList{kFlux, kLlama, kMini}));
    query.setText(u"openai"_s);
    QCOMPARE(ids(query.apply(catalogue())), (QStringList{kMini, kGpt4o})); // fewer than limit
    query.setText({});
    query.setLimit(1);
    QCOMPARE(ids(query.apply(catalogue())), QStringList{kFlux});
    query.setLimit(0);
    QCOMPARE(query.apply(catalogue()).size(), catalogue().size());
    query.setLimit(-4);
    QCOMPARE(query.limit(), 0);
    QCOMPARE(query.apply(catalogue()).size(), catalogue().size());
    query.setLimit(1000);
    QCOMPARE(query.apply(catalogue()).size(), catalogue().size());
}

void TestModelQuery::parseCapability_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<ModelCapability>("capability");
    using C = ModelCapability;
    QTest::newRow("vision") << u"vision"_s << C::Vision;
    QTest::newRow("image_gen") << u"image_gen"_s << C::ImageOutput;
    QTest::newRow("tools") << u"tools"_s << C::Tools;
    QTest::newRow("long_context") << u"long_context"_s << C::LongContext;
    QTest::newRow("reasoning") << u"reasoning"_s << C::Reasoning;
    QTest::newRow("structured") << u"structured"_s << C::StructuredOutputs;
    QTest::newRow("audio") << u"audio"_s << C::AudioInput;
    QTest::newRow("file") << u"file"_s << C::FileInput;
    QTest::newRow("free") << u"free"_s << C::Free;
    QTest::newRow("json") << u"json"_s << C::ResponseFormat;
    QTest::newRow("image_only") << u"image_only"_s << C::ImageOnly;
    QTest::newRow("upper case, padded") << u"  VISION "_s << C::Vision;
    QTest::newRow("dash") << u"long-context"_s << C::LongContext;
    QTest::newRow("image-gen") << u"Image-Gen"_s << C::ImageOutput;
    QTest::newRow("structured_outputs") << u"structured_outputs"_s << C::StructuredOutputs;
    QTest::newRow("image_output") << u"image_output"_s << C::ImageOutput;
    QTest::newRow("response_format") << u"response_format"_s << C::ResponseFormat;
}

void TestModelQuery::parseCapability() {
    QFETCH(QString, name);
    QFETCH(ModelCapability, capability);
    QString error = u"stale"_s;
    const std::optional<ModelCapability> parsed = ModelQuery::parseCapability(name, &error);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, capability);
}

void TestModelQuery::parseCapabilityErrors() {
    QString error;
    QVERIFY(!ModelQuery::parseCapability(u"telepathy", &error).has_value());
    QVERIFY2(error.contains(u"\"telepathy\""_s), qPrintable(error));
    for (const char *name : {"vision", "image_gen", "tools", "long_context", "reasoning",
                             "structured", "audio", "file", "free"})
        QVERIFY2(error.contains(QLatin1StringView(name)), qPrintable(error));
    QVERIFY(!ModelQuery::parseCapability(u"", &error).has_value());
    QVERIFY(!ModelQuery::parseCapability(u"vision,tools").has_value()); // one name only
}

void TestModelQuery::parseCapabilities() {
    using C = ModelCapability;
    ModelCapabilities caps;
    QString error;
    QVERIFY(ModelQuery::parseCapabilities({u"vision, tools"_s, u"free"_s}, &caps, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(caps.toInt(), (C::Vision | C::Tools | C::Free).toInt());

    QVERIFY(ModelQuery::parseCapabilities({u"reasoning,,"_s, u" "_s}, &caps, &error));
    QCOMPARE(caps.toInt(), ModelCapabilities(C::Reasoning).toInt());

    QVERIFY(ModelQuery::parseCapabilities({}, &caps, &error));
    QCOMPARE(caps.toInt(), 0u);

    caps = C::Tools;
    QVERIFY(!ModelQuery::parseCapabilities({u"vision,bogus,tools"_s}, &caps, &error));
    QVERIFY2(error.contains(u"bogus"_s), qPrintable(error));
    QVERIFY2(error.contains(u"long_context"_s), qPrintable(error));
    QCOMPARE(caps.toInt(), ModelCapabilities(C::Tools).toInt());            // untouched on failure
    QVERIFY(!ModelQuery::parseCapabilities({u"nope"_s}, nullptr, nullptr)); // no crash
}

void TestModelQuery::capabilityNames() {
    const QStringList names = ModelQuery::capabilityNames();
    QCOMPARE(names.mid(0, 9),
             (QStringList{u"vision"_s, u"image_gen"_s, u"tools"_s, u"long_context"_s,
                          u"reasoning"_s, u"structured"_s, u"audio"_s, u"file"_s, u"free"_s}));
    for (const QString &name : names) {
        const std::optional<ModelCapability> c = ModelQuery::parseCapability(name);
        QVERIFY(c.has_value());
        QCOMPARE(ModelQuery::capabilityName(*c), name);
    }
    QCOMPARE(names.size(), 11); // every capability has exactly one canonical name
}

void TestModelQuery::parseSortKey() {
    using K = ModelQuery::SortKey;
    QCOMPARE(ModelQuery::parseSortKey(u"price"), std::optional<K>(K::Price));
    QCOMPARE(ModelQuery::parseSortKey(u" Created "), std::optional<K>(K::Created));
    for (const QString &name : ModelQuery::sortKeyNames())
        QCOMPARE(ModelQuery::sortKeyName(*ModelQuery::parseSortKey(name)), name);
    QString error;
    QVERIFY(!ModelQuery::parseSortKey(u"popularity", &error).has_value());
    QVERIFY2(error.contains(u"popularity"_s), qPrintable(error));
    for (const char *name : {"name", "id", "price", "context", "created", "author"})
        QVERIFY2(error.contains(QLatin1StringView(name)), qPrintable(error));
}

void TestModelQuery::fixtureQueries() {
    if (!orc::test::hasFixtures())
        QSKIP(orc::test::kNoFixturesMessage);
    const QList<ModelInfo> all = ModelInfo::parseList(orc::test::readFixture(u"models.json"_s));
    QCOMPARE(all.size(), 414);

    ModelQuery query;
    query.setText(u"Gemini IMAGE"_s);
    query.setRequiredCapabilities(ModelCapability::ImageOutput);
    const QStringList found = ids(query.apply(all));
    QVERIFY2(found.contains(u"google/gemini-2.5-flash-image"_s), qPrintable(found.join(u' ')));
    QVERIFY(!found.contains(u"openai/gpt-5-image"_s)); // no "gemini"

    ModelQuery free;
    free.setFreeOnly(true);
    free.setSort(ModelQuery::SortKey::Context, Qt::DescendingOrder);
    const QList<ModelInfo> freeModels = free.apply(all);
    QCOMPARE(freeModels.size(), 20);
    for (qsizetype i = 1; i < freeModels.size(); ++i)
        QVERIFY(freeModels.at(i - 1).effectiveContextLength() >=
                freeModels.at(i).effectiveContextLength());

    ModelQuery cheapTools;
    cheapTools.setRequiredCapabilities(ModelCapability::Tools);
    cheapTools.setMaxPromptPricePerMillion(0.1);
    cheapTools.setSort(ModelQuery::SortKey::Price, Qt::DescendingOrder);
    cheapTools.setLimit(5);
    const QList<ModelInfo> cheap = cheapTools.apply(all);
    QCOMPARE(cheap.size(), 5);
    for (const ModelInfo &m : cheap) {
        QVERIFY(m.supportsTools());
        QVERIFY(m.promptPricePerMillion() <= 0.1 + 1e-9);
        QVERIFY(!m.pricing().hasVariablePrice());
    }
    QVERIFY(cheap.first().promptPricePerMillion() >= cheap.last().promptPricePerMillion());

    ModelQuery routers;
    routers.setAuthors({u"openrouter"_s});
    routers.setSort(ModelQuery::SortKey::Price);
    const QList<ModelInfo> routerModels = routers.apply(all);
    QVERIFY(!routerModels.isEmpty());
    QVERIFY(routerModels.last().pricing().hasVariablePrice()); // "-1" sorted last
}

QTEST_APPLESS_MAIN(TestModelQuery)
#include "tst_modelquery.moc"
