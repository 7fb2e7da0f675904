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

const ModelInfo *findModel(const QList<ModelInfo> &models, QStringView id) {
    for (const ModelInfo &m : models) {
        if (m.id() == id)
            return &m;
    }
    return nullptr;
}

bool fuzzyEqual(double a, double b) {
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(b));
}

} // namespace

class TestModelInfo : public QObject {
    Q_OBJECT

private:
    QList<ModelInfo> m_fixture;

private slots:
    void initTestCase();

    // Real 414-model listing.
    void fixtureCount();
    void fixtureRouter();
    void fixtureFreeVariant();
    void fixtureOverrides();
    void fixtureTimeWindowOverrides();
    void fixtureImageOutput();
    void fixtureTwoMillionContext();
    void fixtureAlias();
    void fixtureMiscFields();
    void fixtureCapabilityCounts();
    void fixtureRoundTrip();
};

void TestModelInfo::initTestCase() {
    if (!orc::test::hasFixtures())
        return;
    QString error;
    m_fixture = ModelInfo::parseList(orc::test::readFixture(u"models.json"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

#define REQUIRE_FIXTURES()                                                                         \
    do {                                                                                           \
        if (!orc::test::hasFixtures())                                                             \
            QSKIP(orc::test::kNoFixturesMessage);                                                  \
    } while (false)

#define FIND(var, id)                                                                              \
    const ModelInfo *var = findModel(m_fixture, u##id);                                            \
    QVERIFY2(var, "model " id " not in the fixture")

void TestModelInfo::fixtureCount() {
    REQUIRE_FIXTURES();
    QCOMPARE(m_fixture.size(), 414);
    QSet<QString> ids;
    for (const ModelInfo &m : std::as_const(m_fixture)) {
        QVERIFY(m.isValid());
        QVERIFY(!m.name().isEmpty());
        QVERIFY(m.created().isValid());
        QVERIFY2(!m.architecture().inputModalities.isEmpty(), qPrintable(m.id()));
        QVERIFY(m.pricing().isKnown());
        ids.insert(m.id());
    }
    QCOMPARE(ids.size(), 414);
}

void TestModelInfo::fixtureRouter() {
    REQUIRE_FIXTURES();
    FIND(m, "openrouter/auto");
    QCOMPARE(m->name(), u"Auto Router"_s);
    QCOMPARE(m->author(), u"openrouter"_s);
    QVERIFY(m->huggingFaceId().isNull()); // null for routers
    QCOMPARE(m->created(), QDateTime::fromSecsSinceEpoch(1699401600, Qt::UTC));
    QVERIFY(m->pricing().isVariable(ModelPricing::kPrompt));
    QVERIFY(m->pricing().isVariable(ModelPricing::kCompletion));
    QVERIFY(m->pricing().hasVariablePrice());
    QCOMPARE(m->pricing().prompt(), 0.0); // never negative
    QCOMPARE(m->promptPricePerMillion(), 0.0);
    QCOMPARE(m->formattedPromptPrice(), u"variable"_s);
    QVERIFY(!m->isFree());
    QCOMPARE(m->architecture().tokenizer, u"Router"_s);
    QCOMPARE(m->inputModalities(),
             QStringList({u"text"_s, u"image"_s, u"audio"_s, u"file"_s, u"video"_s}));
    QCOMPARE(m->topProvider().contextLength, 0); // null
    QCOMPARE(m->topProvider().maxCompletionTokens, 0);
    QVERIFY(!m->reasoning().has_value());
    QVERIFY(m->supportsReasoning()); // through supported_parameters
    QVERIFY(m->supportsImageOutput());
    QVERIFY(!m->isImageOnly());
    QCOMPARE(m->detailsPath(), u"/api/v1/models/openrouter/auto/endpoints"_s);
    QCOMPARE(m->pricing().toJson().toObject().value(u"prompt").toString(), u"-1"_s);
}

void TestModelInfo::fixtureFreeVariant() {
    REQUIRE_FIXTURES();
    FIND(m, "openai/gpt-oss-20b:free");
    QVERIFY(m->isFree());
    QVERIFY(m->pricing().isZeroCost());
    QCOMPARE(m->variant(), u"free"_s);
    QCOMPARE(m->author(), u"openai"_s);
    QCOMPARE(m->canonicalSlug(), u"openai/gpt-oss-20b"_s);
    QCOMPARE(m->huggingFaceId(), u"openai/gpt-oss-20b"_s);
    QCOMPARE(m->formattedPromptPrice(), u"free"_s);
    QCOMPARE(m->contextLength(), 131072);
    QCOMPARE(m->topProvider().maxCompletionTokens, 32768);
    QCOMPARE(m->knowledgeCutoff(), QDate(2024, 6, 30));
    QVERIFY(m->reasoning().has_value());
    QVERIFY(m->reasoning()->mandatory);
    QCOMPARE(m->reasoning()->supportedEfforts,
             std::optional<QStringList>({u"high"_s, u"medium"_s, u"low"_s}));
    QCOMPARE(m->reasoning()->defaultEffort, u"medium"_s);
    QVERIFY(!m->reasoning()->defaultEnabled.has_value());
    QVERIFY(m->supportsTools());
    QVERIFY(m->supportsStructuredOutputs());
    QCOMPARE(m->benchmarks()
                 .value(u"artificial_analysis")
                 .toObject()
                 .value(u"intelligence_index")
                 .toDouble(),
             15.2);

    // Zero-priced without the suffix counts as free too.
    FIND(router, "openrouter/free");
    QVERIFY(router->isFree());
    QVERIFY(router->variant().isEmpty());
}

void TestModelInfo::fixtureOverrides() {
    REQUIRE_FIXTURES();
    FIND(m, "bytedance-seed/seed-2.0-code");
    QCOMPARE(m->canonicalSlug(), u"bytedance-seed/seed-2.0-code-20260730"_s);
    QCOMPARE(m->pricing().prompt(), 0.0000005);
    QCOMPARE(m->pricing().completion(), 0.000003);
    QCOMPARE(m->pricing().overrides().size(), 1);
    const orc::ModelPriceOverride &o = m->pricing().overrides().first();
    QCOMPARE(o.minPromptTokens, std::optional<qint64>(128000));
    QVERIFY(!o.utcStart && !o.utcEnd);
    QCOMPARE(o.prices.value(u"prompt"_s).value, 0.000001);

    // min_prompt_tokens applies when the prompt has strictly more tokens.
    const QTime noon(12, 0);
    QCOMPARE(m->pricing().resolved(128000, noon).prompt(), 0.0000005);
    QCOMPARE(m->pricing().resolved(128001, noon).prompt(), 0.000001);
    QCOMPARE(m->pricing().resolved(128001, noon).completion(), 0.000006);
    QVERIFY(m->pricing().resolved(128001, noon).overrides().isEmpty());
    QCOMPARE(m->formattedPromptPrice(), u"$0.50/M"_s);
    QVERIFY(m->supportsVision());
    QVERIFY(m->inputModalities().contains(u"video"_s));
    QVERIFY(m->defaultParameters().isEmpty());
}

void TestModelInfo::fixtureTimeWindowOverrides() {
    REQUIRE_FIXTURES();
    FIND(m, "deepseek/deepseek-v4-pro");
    const ModelPricing &p = m->pricing();
    QCOMPARE(p.overrides().size(), 4);
    QCOMPARE(p.overrides().first().utcStart, std::optional<int>(1000));
    QCOMPARE(p.overrides().first().utcEnd, std::optional<int>(100)); // wraps midnight
    QCOMPARE(p.resolved(10, QTime(2, 0)).prompt(), 0.00000132);      // [0100, 0400)
    QCOMPARE(p.resolved(10, QTime(4, 0)).prompt(), 0.00000066);   // [0400, 0600): start inclusive
    QCOMPARE(p.resolved(10, QTime(9, 59)).prompt(), 0.00000132);  // [0600, 1000)
    QCOMPARE(p.resolved(10, QTime(23, 30)).prompt(), 0.00000066); // [1000, 0100) wrapped
    QCOMPARE(p.resolved(10, QTime(0, 30)).prompt(), 0.00000066);
    QCOMPARE(p.resolved(10, QTime(2, 0)).inputCacheRead(), 0.000000044);
    // Without a valid clock time, time-window overrides do not apply.
    QCOMPARE(p.resolved(10, QTime()).prompt(), 0.00000066);
}

void TestModelInfo::fixtureImageOutput() {
    REQUIRE_FIXTURES();
    FIND(m, "google/gemini-2.5-flash-image");
    QVERIFY(m->supportsImageOutput());
    QVERIFY(!m->isImageOnly());
    QVERIFY(m->supportsVision());
    QVERIFY(m->huggingFaceId().isEmpty());
    QVERIFY(!m->huggingFaceId().isNull()); // "" for closed models
    QCOMPARE(m->outputModalities(), QStringList({u"image"_s, u"text"_s}));
    QCOMPARE(m->architecture().modality, u"text+image->text+image"_s);
    QCOMPARE(m->pricing().image(), 0.0000003);
    QCOMPARE(m->pricePerImage(), 0.0000003);
    QCOMPARE(m->pricing().imageOutput(), 0.00003);
    QVERIFY(fuzzyEqual(m->imageOutputPricePerMillion(), 30.0));
    QCOMPARE(m->pricing().webSearch(), 0.014);
    QCOMPARE(m->pricing().internalReasoning(), 0.0000025);
    QCOMPARE(m->pricing().value(u"input_audio_cache"_s), 0.0000001);
    QCOMPARE(m->pricing().inputCacheWrite(), 0.0000000833333333333333); // long fraction
    QCOMPARE(m->pricing().prices().size(), 10);
    QCOMPARE(m->formattedPromptPrice(), u"$0.30/M"_s);
    QCOMPARE(m->formattedCompletionPrice(), u"$2.50/M"_s);
    QCOMPARE(m->formattedImagePrice(), u"$0.0000003"_s);
    QVERIFY(fuzzyEqual(m->promptPricePerMillion(), 0.3));
    QVERIFY(fuzzyEqual(m->completionPricePerMillion(), 2.5));
    QVERIFY(m->supportsParameter(u"seed"));
    QVERIFY(!m->supportsParameter(u"tools"));
    QCOMPARE(m->pricing().formatPerMillion(ModelPricing::kInputCacheWrite), u"$0.08333/M"_s);
    QCOMPARE(m->pricing().formatPerUnit(ModelPricing::kWebSearch), u"$0.014"_s);
    QCOMPARE(m->pricing().formatPerUnit(ModelPricing::kRequest), u"free"_s); // missing => 0
    QVERIFY(!m->pricing().contains(ModelPricing::kRequest));
    QCOMPARE(m->knowledgeCutoff(), QDate(2025, 1, 31));
    QVERIFY(!m->supportsTools());
    QVERIFY(!m->supportsReasoning());
    QVERIFY(m->supportsResponseFormat());
    QCOMPARE(m->defaultParameters().size(), 3);
    QVERIFY(m->defaultParameters().value(u"temperature").isNull());
}

void TestModelInfo::fixtureTwoMillionContext() {
    REQUIRE_FIXTURES();
    FIND(m, "x-ai/grok-4.20");
    QCOMPARE(m->contextLength(), 2000000);
    QCOMPARE(m->topProvider().contextLength, 2000000);
    QCOMPARE(m->topProvider().maxCompletionTokens, 0); // null
    QVERIFY(m->hasLongContext());
    QCOMPARE(m->canonicalSlug(), u"x-ai/grok-4.20-20260309"_s);
    QCOMPARE(m->author(), u"x-ai"_s);
    QCOMPARE(m->pricing().overrides().first().minPromptTokens, std::optional<qint64>(200000));
    QCOMPARE(m->pricing().resolved(200001, QTime(1, 0)).inputCacheRead(), 0.0000004);
    QVERIFY(m->supportsFileInput());
    QVERIFY(!m->supportsAudioInput());
}

void TestModelInfo::fixtureAlias() {
    REQUIRE_FIXTURES();
    FIND(m, "~openai/gpt-latest");
    QCOMPARE(m->author(), u"openai"_s);
    QVERIFY(m->aliasTarget().has_value());
    QCOMPARE(m->aliasTarget()->slug, u"openai/gpt-5.6-sol"_s);
    QCOMPARE(m->aliasTarget()->name, u"OpenAI: GPT-5.6 Sol"_s);
    QVERIFY(m->topProvider().isModerated);
    QCOMPARE(m->reasoning()->defaultEnabled, std::optional<bool>(true));
    QCOMPARE(m->reasoning()->supportedEfforts->size(), 6);
    QCOMPARE(m->toJson().value(u"alias_target").toObject().value(u"slug").toString(),
             u"openai/gpt-5.6-sol"_s);
}

void TestModelInfo::fixtureMiscFields() {
    REQUIRE_FIXTURES();
    FIND(glm, "z-ai/glm-4.5");
    QCOMPARE(glm->expirationDate(), QDate(2026, 12, 31));
    FIND(audio, "openai/gpt-audio");
    QCOMPARE(audio->outputModalities(), QStringList({u"text"_s, u"audio"_s}));
    FIND(qwen, "qwen/qwen3.8-27b");
    QCOMPARE(qwen->defaultParameters().value(u"top_k").toInt(), 20);
    QCOMPARE(qwen->defaultParameters().value(u"top_p").toDouble(), 0.95);
    FIND(flash, "qwen/qwen3.7-flash");
    QVERIFY(flash->reasoning()->supportsMaxTokens);
    for (const ModelInfo &m : std::as_const(m_fixture)) {
        QVERIFY(!m.perRequestLimits().has_value()); // null in practice
        QVERIFY(m.supportedVoices().isEmpty());
        QVERIFY(m.extraFields().isEmpty()); // every key of the real listing is known
    }
}

void TestModelInfo::fixtureCapabilityCounts() {
    REQUIRE_FIXTURES();
    // Counts taken independently from the JSON (python over models.json).
    QMap<ModelCapability, int> counts;
    for (const ModelInfo &m : std::as_const(m_fixture)) {
        for (ModelCapability c :
             {ModelCapability::Vision, ModelCapability::ImageOutput, ModelCapability::ImageOnly,
              ModelCapability::AudioInput, ModelCapability::FileInput, ModelCapability::Tools,
              ModelCapability::Reasoning, ModelCapability::StructuredOutputs,
              ModelCapability::ResponseFormat, ModelCapability::LongContext, ModelCapability::Free})
            counts[c] += m.hasCapability(c) ? 1 : 0;
    }
    QCOMPARE(counts[ModelCapability::Vision], 245);
    QCOMPARE(counts[ModelCapability::ImageOutput], 11);
    QCOMPARE(counts[ModelCapability::ImageOnly], 0); // the default listing is text output only
    QCOMPARE(counts[ModelCapability::AudioInput], 38);
    QCOMPARE(counts[ModelCapability::FileInput], 156);
    QCOMPARE(counts[ModelCapability::Tools], 347);
    QCOMPARE(counts[ModelCapability::Reasoning], 287);
    QCOMPARE(counts[ModelCapability::StructuredOutputs], 337);
    QCOMPARE(counts[ModelCapability::ResponseFormat], 358);
    QCOMPARE(counts[ModelCapability::LongContext], 374);
    QCOMPARE(counts[ModelCapability::Free], 20); // 17 ":free" + 3 zero-priced
}

void TestModelInfo::fixtureRoundTrip() {
    REQUIRE_FIXTURES();
    QJsonArray array;
    for (const ModelInfo &m : std::as_const(m_fixture)) {
        const QJsonObject json = m.toJson();
        const ModelInfo back = ModelInfo::fromJson(json);
        QVERIFY2(back == m, qPrintable(m.id()));
        QCOMPARE(back.toJson(), json);
        array.append(json);
    }
    // Through bytes, as the CLI prints and reads them.
    const QByteArray bytes = QJsonDocument(QJsonObject{{u"data"_s, array}}).toJson();
    QString error;
    const QList<ModelInfo> again = ModelInfo::parseList(bytes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(again.size(), m_fixture.size());
    QVERIFY(again == m_fixture);

    // The JSON of a real model keeps the API's shape and values.
    const ModelInfo *m = findModel(m_fixture, u"google/gemini-2.5-flash-image");
    QVERIFY(m);
    const QJsonObject json = m->toJson();
    const QJsonObject pricing = json.value(u"pricing").toObject();
    QCOMPARE(pricing.value(u"input_cache_write").toString(), u"0.0000000833333333333333"_s);
    QCOMPARE(pricing.value(u"prompt").toString(), u"0.0000003"_s);
    QCOMPARE(json.value(u"created").toInteger(), 1759870431);
    QCOMPARE(json.value(u"hugging_face_id").toString(), u""_s);
    QCOMPARE(json.value(u"knowledge_cutoff").toString(), u"2025-01-31"_s);
    QVERIFY(json.value(u"expiration_date").isNull());
    QVERIFY(json.value(u"per_request_limits").isNull());
    QVERIFY(json.contains(u"benchmarks"));
}

QTEST_APPLESS_MAIN(TestModelInfo)
#include "tst_modelinfo.moc"
