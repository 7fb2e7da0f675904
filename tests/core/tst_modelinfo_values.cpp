// ModelInfo on our own odd values (models_odd.json) and on single fields: parsing, capabilities,
// prices and their formatting, names, timestamps. The real listing: tst_modelinfo.cpp.
#include "TestSupport.h"
#include "domain/ModelInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using orc::ModelCapabilities;
using orc::ModelCapability;
using orc::ModelInfo;
using orc::ModelPrice;
using orc::ModelPricing;

Q_DECLARE_METATYPE(orc::ModelCapabilities)

namespace {

QJsonObject parseObject(const char *json) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", qPrintable(error.errorString()));
    return doc.object();
}

const ModelInfo *findModel(const QList<ModelInfo> &models, QStringView id) {
    for (const ModelInfo &m : models) {
        if (m.id() == id)
            return &m;
    }
    return nullptr;
}
} // namespace

class TestModelInfoValues : public QObject {
    Q_OBJECT

private slots:
    // Our own odd values.
    void oddValues();
    void oddRoundTrip();

    void parseList_data();
    void parseList();

    void capabilities_data();
    void capabilities();

    void priceValues_data();
    void priceValues();
    void formatUsd_data();
    void formatUsd();
    void formatPrices();

    void authorAndVariant_data();
    void authorAndVariant();
    void searchText();
    void timestamps_data();
    void timestamps();
    void copiesAndEquality();
};

void TestModelInfoValues::oddValues() {
    QString error;
    const QList<ModelInfo> models =
        ModelInfo::parseList(orc::test::readData(u"models_odd.json"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // 13 entries: 7 are not models (not objects, or no id) and are skipped.
    QCOMPARE(models.size(), 6);

    const ModelInfo *nullPricing = findModel(models, u"odd/null-pricing");
    QVERIFY(nullPricing);
    QVERIFY(!nullPricing->pricing().isKnown());
    QVERIFY(nullPricing->pricing().isVariable(ModelPricing::kPrompt));
    QVERIFY(!nullPricing->isFree()); // unknown price is not "free"
    QCOMPARE(nullPricing->formattedPromptPrice(), u"variable"_s);
    QCOMPARE(nullPricing->contextLength(), 32768);
    QCOMPARE(nullPricing->created(), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QCOMPARE(nullPricing->supportedParameters(), QStringList({u"tools"_s, u"reasoning"_s}));
    QVERIFY(nullPricing->supportsTools());
    QVERIFY(nullPricing->supportsReasoning());
    QVERIFY(nullPricing->architecture().inputModalities.isEmpty());
    QVERIFY(!nullPricing->supportsVision());
    QCOMPARE(nullPricing->topProvider(), orc::ModelTopProvider());
    QCOMPARE(nullPricing->extraFields().value(u"another_unknown").toString(), u"kept"_s);
    QVERIFY(nullPricing->extraFields().value(u"future_field").isObject());
    QCOMPARE(nullPricing->toJson().value(u"another_unknown").toString(), u"kept"_s);
    QVERIFY(nullPricing->toJson().value(u"pricing").isNull());

    const ModelInfo *numbers = findModel(models, u"odd/number-prices");
    QVERIFY(numbers);
    QCOMPARE(numbers->pricing().prompt(), 0.000001);
    QCOMPARE(numbers->pricing().completion(), 0.000002);
    QVERIFY(numbers->pricing().contains(ModelPricing::kRequest));
    QVERIFY(!numbers->pricing().contains(ModelPricing::kImage));     // null value
    QVERIFY(!numbers->pricing().contains(ModelPricing::kWebSearch)); // empty string
    QCOMPARE(numbers->formattedPromptPrice(), u"$1.00/M"_s);
    QCOMPARE(numbers->created(), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC)); // from ms
    QCOMPARE(numbers->contextLength(), 1000000);
    // Modalities derived from the "modality" string when the lists are missing.
    QCOMPARE(numbers->inputModalities(), QStringList({u"text"_s, u"image"_s}));
    QCOMPARE(numbers->outputModalities(), QStringList({u"image"_s}));
    QVERIFY(numbers->isImageOnly());
    QVERIFY(numbers->supportsVision());
    QVERIFY(numbers->hasLongContext());
    QCOMPARE(numbers->toJson().value(u"pricing").toObject().value(u"prompt").toString(),
             u"0.000001"_s);

    const ModelInfo *garbage = findModel(models, u"odd/garbage");
    QVERIFY(garbage);
    QCOMPARE(garbage->name(), u"42"_s);
    QVERIFY(garbage->description().isEmpty());
    QCOMPARE(garbage->huggingFaceId(), u"123"_s);
    QCOMPARE(garbage->contextLength(), 0);
    QVERIFY(!garbage->created().isValid());
    QVERIFY(!garbage->knowledgeCutoff().isValid());
    QVERIFY(!garbage->expirationDate().isValid());
    QCOMPARE(garbage->inputModalities(), QStringList({u"text"_s, u"image"_s, u"7"_s}));
    QCOMPARE(garbage->outputModalities(), QStringList({u"text"_s}));
    QVERIFY(garbage->architecture().tokenizer.isEmpty());
    QCOMPARE(garbage->architecture().instructType, u"5"_s);
    const ModelPricing &gp = garbage->pricing();
    for (const QString *key :
         {&ModelPricing::kPrompt, &ModelPricing::kCompletion, &ModelPricing::kImage,
          &ModelPricing::kWebSearch, &ModelPricing::kAudio}) {
        QVERIFY2(gp.isVariable(*key), qPrintable(*key));
        QCOMPARE(gp.value(*key), 0.0); // never negative, never NaN
    }
    QCOMPARE(gp.inputCacheRead(), 0.0000001);
    QCOMPARE(gp.overrides().size(), 1);
    QCOMPARE(gp.overrides().first().minPromptTokens, std::optional<qint64>(1000));
    QVERIFY(!gp.overrides().first().utcStart.has_value()); // 9999 is no clock time
    QCOMPARE(gp.overrides().first().prices.value(u"prompt"_s).value, 0.1);
    QCOMPARE(garbage->topProvider().contextLength, 0);
    QCOMPARE(garbage->topProvider().maxCompletionTokens, 0);
    QVERIFY(garbage->topProvider().isModerated);
    QVERIFY(garbage->perRequestLimits().has_value());
    QCOMPARE(garbage->perRequestLimits()->promptTokens, 1000);
    QCOMPARE(garbage->perRequestLimits()->completionTokens, 0);
    QCOMPARE(garbage->supportedParameters(),
             QStringList({u"1"_s, u"tools"_s, u"structured_outputs"_s}));
    QVERIFY(garbage->supportsStructuredOutputs());
    QVERIFY(garbage->defaultParameters().isEmpty());
    QCOMPARE(garbage->supportedVoices(), QStringList({u"alloy"_s, u"echo"_s}));
    QVERIFY(garbage->reasoning().has_value());
    QVERIFY(garbage->supportsReasoning());
    QCOMPARE(garbage->aliasTarget()->slug, u"odd/target"_s);
    QCOMPARE(garbage->detailsPath(), u"/api/v1/models/odd/garbage/endpoints"_s);
    QVERIFY(garbage->benchmarks().isEmpty());
    QVERIFY(!garbage->isFree());

    const ModelInfo *freeEmpty = findModel(models, u"odd/free-empty-pricing:free");
    QVERIFY(freeEmpty);
    QVERIFY(freeEmpty->pricing().isKnown());
    QVERIFY(freeEmpty->pricing().prices().isEmpty());
    QCOMPARE(freeEmpty->pricing().prompt(), 0.0); // missing => 0
    QVERIFY(freeEmpty->pricing().isZeroCost());
    QVERIFY(freeEmpty->isFree());
    QCOMPARE(freeEmpty->displayName(), freeEmpty->id());
    QVERIFY(!freeEmpty->reasoning().has_value());
    QVERIFY(!freeEmpty->supportsReasoning());
    QCOMPARE(freeEmpty->contextLength(), 0);
    QVERIFY(!freeEmpty->hasLongContext());

    const ModelInfo *router = findModel(models, u"odd/router");
    QVERIFY(router);
    QVERIFY(router->pricing().isVariable(ModelPricing::kPrompt));
    QVERIFY(!router->pricing().isVariable(ModelPricing::kCompletion));
    QVERIFY(router->pricing().hasVariablePrice());
    QCOMPARE(router->formattedCompletionPrice(), u"$2.00/M"_s);
    QVERIFY(router->reasoning()->mandatory);
    QVERIFY(!router->reasoning()->supportedEfforts.has_value()); // null = any value
    QCOMPARE(router->reasoning()->defaultEnabled, std::optional<bool>(false));
    QVERIFY(router->reasoning()->supportsMaxTokens);
    QVERIFY(!router->perRequestLimits().has_value());

    const ModelInfo *flux = findModel(models, u"black-forest-labs/flux-odd");
    QVERIFY(flux);
    QVERIFY(flux->isImageOnly());
    QCOMPARE(flux->pricing().prompt(), 0.0);
    QVERIFY(!flux->isFree()); // pays per output image token
    QCOMPARE(flux->author(), u"black-forest-labs"_s);
}

void TestModelInfoValues::oddRoundTrip() {
    const QList<ModelInfo> models = ModelInfo::parseList(orc::test::readData(u"models_odd.json"_s));
    QCOMPARE(models.size(), 6);
    for (const ModelInfo &m : models) {
        const ModelInfo back = ModelInfo::fromJson(m.toJson());
        QVERIFY2(back == m, qPrintable(m.id()));
        QCOMPARE(back.toJson(), m.toJson());
    }
}

void TestModelInfoValues::parseList_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("errorPart"); // empty: no error expected

    QTest::newRow("envelope") << QByteArray(R"({"data":[{"id":"a/b"},{"id":"c/d"}]})") << 2
                              << QString();
    QTest::newRow("envelope with total_count and links")
        << QByteArray(R"({"data":[{"id":"a/b"}],"total_count":1,"links":{"next":null}})") << 1
        << QString();
    QTest::newRow("keep-alive padding") << QByteArray("\n         \n\n         \n"
                                                      R"({"data":[{"id":"a/b"}]})")
                                        << 1 << QString();
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF  {\"data\":[{\"id\":\"a/b\"}]}") << 1
                         << QString();
    QTest::newRow("bare array") << QByteArray(R"([{"id":"a/b"},{"id":"c/d"},7])") << 2 << QString();
    QTest::newRow("empty data") << QByteArray(R"({"data":[]})") << 0 << QString();
    QTest::newRow("empty body") << QByteArray() << 0 << u"empty"_s;
    QTest::newRow("whitespace only") << QByteArray(" \n\t ") << 0 << u"empty"_s;
    QTest::newRow("BOM and padding only") << QByteArray("\n  \xEF\xBB\xBF \n ") << 0 << u"empty"_s;
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":"a/b"},{"id":)") << 0
                               << u"not valid JSON"_s;
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << 0 << u"not valid JSON"_s;
    QTest::newRow("no data") << QByteArray(R"({"models":[]})") << 0 << u"\"data\""_s;
    QTest::newRow("data is object") << QByteArray(R"({"data":{"id":"a/b"}})") << 0 << u"\"data\""_s;
    QTest::newRow("error envelope")
        << QByteArray(R"({"error":{"code":401,"message":"User not found."}})") << 0
        << u"User not found."_s;
}

void TestModelInfoValues::parseList() {
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(QString, errorPart);

    QString error = u"stale"_s;
    const QList<ModelInfo> models = ModelInfo::parseList(json, &error);
    QCOMPARE(models.size(), count);
    if (errorPart.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    // No error pointer: must not crash.
    QCOMPARE(ModelInfo::parseList(json).size(), count);
}

void TestModelInfoValues::capabilities_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ModelCapabilities>("expected");

    using C = ModelCapability;
    QTest::newRow("plain text")
        << QByteArray(
               R"({"id":"a/t","architecture":{"input_modalities":["text"],"output_modalities":["text"]},
            "pricing":{"prompt":"0.000001","completion":"0.000002"},"context_length":8192})")
        << ModelCapabilities();
    QTest::newRow("vision, files, audio in")
        << QByteArray(
               R"({"id":"a/v","architecture":{"input_modalities":["text","image","file","audio"],
            "output_modalities":["text"]},"pricing":{"prompt":"1","completion":"1"}})")
        << (C::Vision | C::FileInput | C::AudioInput);
    QTest::newRow("image output with text")
        << QByteArray(R"({"id":"a/i","architecture":{"input_modalities":["text"],
            "output_modalities":["image","text"]},"pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities(C::ImageOutput);
    QTest::newRow("image only") << QByteArray(
                                       R"({"id":"a/f","architecture":{"input_modalities":["text"],
            "output_modalities":["image"]},"pricing":{"prompt":"1","completion":"1"}})")
                                << (C::ImageOutput | C::ImageOnly);
    QTest::newRow("tools, structured, json")
        << QByteArray(R"({"id":"a/s","supported_parameters":["tools","structured_outputs",
            "response_format"],"pricing":{"prompt":"1","completion":"1"}})")
        << (C::Tools | C::StructuredOutputs | C::ResponseFormat);
    QTest::newRow("tool_choice alone is not tools")
        << QByteArray(R"({"id":"a/tc","supported_parameters":["tool_choice"],
            "pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities();
    QTest::newRow("reasoning parameter")
        << QByteArray(R"({"id":"a/r","supported_parameters":["reasoning"],
            "pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities(C::Reasoning);
    QTest::newRow("include_reasoning parameter")
        << QByteArray(R"({"id":"a/r2","supported_parameters":["include_reasoning"],
            "pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities(C::Reasoning);
    QTest::newRow("reasoning object") << QByteArray(R"({"id":"a/r3","reasoning":{"mandatory":true},
            "pricing":{"prompt":"1","completion":"1"}})")
                                      << ModelCapabilities(C::Reasoning);
    QTest::newRow("reasoning null")
        << QByteArray(R"({"id":"a/r4","reasoning":null,"pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities();
    QTest::newRow("long context at threshold")
        << QByteArray(
               R"({"id":"a/l","context_length":100000,"pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities(C::LongContext);
    QTest::newRow("below threshold")
        << QByteArray(
               R"({"id":"a/l2","context_length":99999,"pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities();
    QTest::newRow("long context from top_provider when unknown")
        << QByteArray(
               R"({"id":"a/l3","context_length":null,"top_provider":{"context_length":200000},
            "pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities(C::LongContext);
    QTest::newRow("free by price")
        << QByteArray(R"({"id":"a/z","pricing":{"prompt":"0","completion":"0"}})")
        << ModelCapabilities(C::Free);
    QTest::newRow("free by suffix despite price")
        << QByteArray(R"({"id":"a/z:free","pricing":{"prompt":"0.000001","completion":"0"}})")
        << ModelCapabilities(C::Free);
    QTest::newRow("variable is not free")
        << QByteArray(R"({"id":"a/x","pricing":{"prompt":"-1","completion":"-1"}})")
        << ModelCapabilities();
    QTest::newRow("one zero price is not free")
        << QByteArray(R"({"id":"a/y","pricing":{"prompt":"0","completion":"0.000001"}})")
        << ModelCapabilities();
    QTest::newRow("per-request charge is not free")
        << QByteArray(R"({"id":"a/q","pricing":{"prompt":"0","completion":"0","request":"0.01"}})")
        << ModelCapabilities();
    QTest::newRow("missing pricing is not free")
        << QByteArray(R"({"id":"a/n"})") << ModelCapabilities();
    QTest::newRow("upper-case modalities")
        << QByteArray(R"({"id":"a/u","architecture":{"input_modalities":["TEXT","Image"],
            "output_modalities":["Text"]},"pricing":{"prompt":"1","completion":"1"}})")
        << ModelCapabilities(C::Vision);
}

void TestModelInfoValues::capabilities() {
    QFETCH(QByteArray, json);
    QFETCH(ModelCapabilities, expected);
    const ModelInfo m = ModelInfo::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(m.isValid());
    QCOMPARE(m.capabilities().toInt(), expected.toInt());
    QCOMPARE(m.supportsVision(), expected.testFlag(ModelCapability::Vision));
    QCOMPARE(m.supportsImageOutput(), expected.testFlag(ModelCapability::ImageOutput));
    QCOMPARE(m.isImageOnly(), expected.testFlag(ModelCapability::ImageOnly));
    QCOMPARE(m.supportsAudioInput(), expected.testFlag(ModelCapability::AudioInput));
    QCOMPARE(m.supportsFileInput(), expected.testFlag(ModelCapability::FileInput));
    QCOMPARE(m.supportsTools(), expected.testFlag(ModelCapability::Tools));
    QCOMPARE(m.supportsReasoning(), expected.testFlag(ModelCapability::Reasoning));
    QCOMPARE(m.supportsStructuredOutputs(), expected.testFlag(ModelCapability::StructuredOutputs));
    QCOMPARE(m.supportsResponseFormat(), expected.testFlag(ModelCapability::ResponseFormat));
    QCOMPARE(m.hasLongContext(), expected.testFlag(ModelCapability::LongContext));
    QCOMPARE(m.isFree(), expected.testFlag(ModelCapability::Free));
}

void TestModelInfoValues::priceValues_data() {
    QTest::addColumn<QByteArray>("pricing"); // JSON value of "prompt"
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("variable");
    QTest::addColumn<bool>("present");

    QTest::newRow("decimal string") << QByteArray(R"("0.00000015")") << 0.00000015 << false << true;
    QTest::newRow("long fraction")
        << QByteArray(R"("0.0000000208333333333333")") << 0.0000000208333333333333 << false << true;
    QTest::newRow("exponent string") << QByteArray(R"("1.5e-7")") << 1.5e-7 << false << true;
    QTest::newRow("number") << QByteArray("0.000003") << 0.000003 << false << true;
    QTest::newRow("zero") << QByteArray(R"("0")") << 0.0 << false << true;
    QTest::newRow("negative zero") << QByteArray(R"("-0")") << 0.0 << false << true;
    QTest::newRow("padded") << QByteArray(R"(" 0.5 ")") << 0.5 << false << true;
    QTest::newRow("-1 variable") << QByteArray(R"("-1")") << 0.0 << true << true;
    QTest::newRow("-1 number") << QByteArray("-1") << 0.0 << true << true;
    QTest::newRow("other negative") << QByteArray(R"("-0.002")") << 0.0 << true << true;
    QTest::newRow("garbage") << QByteArray(R"("free")") << 0.0 << true << true;
    QTest::newRow("nan") << QByteArray(R"("nan")") << 0.0 << true << true;
    QTest::newRow("inf") << QByteArray(R"("inf")") << 0.0 << true << true;
    QTest::newRow("bool") << QByteArray("true") << 0.0 << true << true;
    QTest::newRow("null => missing") << QByteArray("null") << 0.0 << false << false;
    QTest::newRow("empty => missing") << QByteArray(R"("")") << 0.0 << false << false;
}

void TestModelInfoValues::priceValues() {
    QFETCH(QByteArray, pricing);
    QFETCH(double, value);
    QFETCH(bool, variable);
    QFETCH(bool, present);
    const QByteArray json = "{\"prompt\":" + pricing + ",\"completion\":\"0\"}";
    const ModelPricing p = ModelPricing::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(p.isKnown());
    QCOMPARE(p.contains(ModelPricing::kPrompt), present);
    QCOMPARE(p.prompt(), value);
    QCOMPARE(p.isVariable(ModelPricing::kPrompt), variable);
    QVERIFY(p.prompt() >= 0.0);
    QCOMPARE(ModelPricing::fromJson(p.toJson()), p);
}

void TestModelInfoValues::formatUsd_data() {
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("text");
    QTest::newRow("0.15") << 0.15 << u"$0.15"_s;
    QTest::newRow("2.5") << 2.5 << u"$2.50"_s;
    QTest::newRow("15") << 15.0 << u"$15.00"_s;
    QTest::newRow("0.075") << 0.075 << u"$0.075"_s;
    QTest::newRow("1.875") << 1.875 << u"$1.875"_s;
    QTest::newRow("0.0833333") << 0.0833333333333333 << u"$0.08333"_s;
    QTest::newRow("0.15000000000000002") << 0.00000015 * 1e6 << u"$0.15"_s;
    QTest::newRow("tiny") << 0.0000003 << u"$0.0000003"_s;
    QTest::newRow("large") << 150.0 << u"$150.00"_s;
}

void TestModelInfoValues::formatUsd() {
    QFETCH(double, usd);
    QFETCH(QString, text);
    QCOMPARE(ModelPricing::formatUsd(usd), text);
}

void TestModelInfoValues::formatPrices() {
    QCOMPARE(ModelPricing::formatPerMillion(ModelPrice{0.00000015, false}), u"$0.15/M"_s);
    QCOMPARE(ModelPricing::formatPerMillion(ModelPrice{0.0, false}), u"free"_s);
    QCOMPARE(ModelPricing::formatPerMillion(ModelPrice{0.0, true}), u"variable"_s);
    QCOMPARE(ModelPricing::formatPerUnit(ModelPrice{0.04, false}), u"$0.04"_s);
    QCOMPARE(ModelPricing::formatPerUnit(ModelPrice{0.0, true}), u"variable"_s);
    QCOMPARE(ModelPricing::formatPerUnit(ModelPrice{0.0, false}), u"free"_s);
}

void TestModelInfoValues::authorAndVariant_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("variant");
    QTest::newRow("plain") << u"openai/gpt-4o"_s << u"openai"_s << QString();
    QTest::newRow("free") << u"meta-llama/llama-3:free"_s << u"meta-llama"_s << u"free"_s;
    QTest::newRow("stacked") << u"a/b:free:online"_s << u"a"_s << u"free:online"_s;
    QTest::newRow("alias") << u"~anthropic/claude-sonnet-latest"_s << u"anthropic"_s << QString();
    QTest::newRow("upper") << u"OpenAI/GPT"_s << u"openai"_s << QString();
    QTest::newRow("no slash") << u"auto"_s << QString() << QString();
    QTest::newRow("leading slash") << u"/x"_s << QString() << QString();
}

void TestModelInfoValues::authorAndVariant() {
    QFETCH(QString, id);
    QFETCH(QString, author);
    QFETCH(QString, variant);
    const ModelInfo m = ModelInfo::fromJson(QJsonObject{{u"id"_s, id}});
    QCOMPARE(m.author(), author);
    QCOMPARE(m.variant(), variant);
}

void TestModelInfoValues::searchText() {
    const ModelInfo m = ModelInfo::fromJson(parseObject(
        R"({"id":"Mistral/Small","name":"Mistral: Small ÉCLAIR","description":"Fast MODEL"})"));
    const QString text = QString::fromUtf8(m.searchText());
    QCOMPARE(text, u"mistral/small\nmistral: small éclair\nfast model"_s);
    // Fields are separated, so a word cannot straddle two fields (name end + description start).
    QVERIFY(!text.contains(u"éclairfast"_s));
}

void TestModelInfoValues::timestamps_data() {
    QTest::addColumn<QByteArray>("created");
    QTest::addColumn<qint64>("secs"); // 0 = invalid
    QTest::newRow("int") << QByteArray("1759870431") << qint64(1759870431);
    QTest::newRow("string") << QByteArray(R"("1759870431")") << qint64(1759870431);
    QTest::newRow("double") << QByteArray("1759870431.7") << qint64(1759870431);
    QTest::newRow("milliseconds") << QByteArray("1759870431000") << qint64(1759870431);
    QTest::newRow("iso") << QByteArray(R"("2025-10-07T20:53:51Z")") << qint64(1759870431);
    QTest::newRow("null") << QByteArray("null") << qint64(0);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(0);
    QTest::newRow("garbage") << QByteArray(R"("yesterday")") << qint64(0);
    QTest::newRow("object") << QByteArray("{}") << qint64(0);
}

void TestModelInfoValues::timestamps() {
    QFETCH(QByteArray, created);
    QFETCH(qint64, secs);
    const QByteArray json = R"({"id":"a/b","created":)" + created + "}";
    const ModelInfo m = ModelInfo::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(m.isValid());
    if (secs == 0) {
        QVERIFY(!m.created().isValid());
        QVERIFY(m.toJson().value(u"created").isNull());
    } else {
        QCOMPARE(m.created().toSecsSinceEpoch(), secs);
        QCOMPARE(m.created().timeSpec(), Qt::UTC);
        QCOMPARE(m.toJson().value(u"created").toInteger(), secs);
    }
}

void TestModelInfoValues::copiesAndEquality() {
    const ModelInfo a = ModelInfo::fromJson(parseObject(
        R"({"id":"a/b","name":"A","pricing":{"prompt":"0.000001","completion":"0.000002"}})"));
    ModelInfo b = a;
    QVERIFY(a == b);
    ModelInfo c = ModelInfo::fromJson(parseObject(
        R"({"id":"a/b","name":"A","pricing":{"prompt":"0.000001","completion":"0.000003"}})"));
    QVERIFY(a != c);
    c = std::move(b);
    QVERIFY(a == c);
    const ModelInfo empty;
    QVERIFY(!empty.isValid());
    QVERIFY(empty.id().isEmpty());
    QVERIFY(!empty.isFree());
    QVERIFY(ModelInfo::fromJson(empty.toJson()) == empty);
    QVERIFY(!ModelInfo::fromJson(QJsonObject()).isValid());
}

QTEST_APPLESS_MAIN(TestModelInfoValues)
#include "tst_modelinfo_values.moc"
