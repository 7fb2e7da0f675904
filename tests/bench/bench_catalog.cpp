// Model catalogue benchmark: parse time of the /models payload and re-filter time of a large
// catalogue for a typical keystroke query. Prints numbers only; it never fails on timings.
//
//   bench_catalog            (uses the real 1 MB capture when ORC_SHARED_DIR/../shared has it)

#include "TestSupport.h"
#include "domain/ModelInfo.h"
#include "domain/ModelQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using orc::ModelCapability;
using orc::ModelInfo;
using orc::ModelQuery;

namespace {

const QStringList kAuthors = {
    u"openai"_s,  u"anthropic"_s,  u"google"_s,  u"meta-llama"_s,  u"mistralai"_s,
    u"qwen"_s,    u"deepseek"_s,   u"x-ai"_s,    u"cohere"_s,      u"nvidia"_s,
    u"z-ai"_s,    u"moonshotai"_s, u"amazon"_s,  u"microsoft"_s,   u"perplexity"_s,
    u"minimax"_s, u"baidu"_s,      u"tencent"_s, u"ibm-granite"_s, u"liquid"_s,
};
const QStringList kFamilies = {u"gpt"_s,     u"claude"_s,   u"gemini"_s,   u"llama"_s,
                               u"mistral"_s, u"qwen"_s,     u"deepseek"_s, u"grok"_s,
                               u"command"_s, u"nemotron"_s, u"glm"_s,      u"kimi"_s};
const QStringList kSizes = {u"mini"_s, u"nano"_s,  u"pro"_s,   u"flash"_s, u"sonnet"_s,
                            u"opus"_s, u"haiku"_s, u"large"_s, u"small"_s, u"turbo"_s};
const QStringList kWords = {
    u"model"_s,     u"reasoning"_s, u"coding"_s,     u"agentic"_s,    u"multimodal"_s,
    u"context"_s,   u"efficient"_s, u"latency"_s,    u"throughput"_s, u"instruction"_s,
    u"following"_s, u"vision"_s,    u"tools"_s,      u"benchmark"_s,  u"open-weight"_s,
    u"mixture"_s,   u"experts"_s,   u"parameters"_s, u"optimized"_s,  u"tasks"_s,
};
const QStringList kParams = {
    u"max_tokens"_s,
    u"temperature"_s,
    u"top_p"_s,
    u"stop"_s,
    u"seed"_s,
    u"tools"_s,
    u"tool_choice"_s,
    u"response_format"_s,
    u"structured_outputs"_s,
    u"reasoning"_s,
    u"include_reasoning"_s,
    u"frequency_penalty"_s,
    u"presence_penalty"_s,
    u"top_k"_s,
    u"logprobs"_s,
    u"top_logprobs"_s,
};

// A catalogue entry shaped like the real ones. `padding` adds design_arena benchmark rows.
QJsonObject syntheticModel(int index, QRandomGenerator &rng, int padding) {
    const QString author = kAuthors.at(rng.bounded(kAuthors.size()));
    const QString family = kFamilies.at(rng.bounded(kFamilies.size()));
    const QString size = kSizes.at(rng.bounded(kSizes.size()));
    const QString slug = family + u'-' + QString::number(1 + rng.bounded(5)) + u'.' +
                         QString::number(rng.bounded(10)) + u'-' + size + u'-' +
                         QString::number(index);
    QString id = author + u'/' + slug;
    if (rng.bounded(20) == 0)
        id += ":free"_L1;

    QStringList description;
    for (int i = 0; i < 40; ++i)
        description.append(kWords.at(rng.bounded(kWords.size())));

    QStringList input{u"text"_s};
    if (rng.bounded(2))
        input.append(u"image"_s);
    if (rng.bounded(4) == 0)
        input.append(u"file"_s);
    if (rng.bounded(10) == 0)
        input.append(u"audio"_s);
    QStringList output{u"text"_s};
    if (rng.bounded(30) == 0)
        output.append(u"image"_s);

    QStringList params;
    for (const QString &p : kParams) {
        if (rng.bounded(3))
            params.append(p);
    }

    const bool free = id.endsWith(":free"_L1);
    const double prompt = free ? 0.0 : (1 + rng.bounded(3000)) / 1e8;
    QJsonObject pricing{
        {u"prompt"_s, QString::number(prompt, 'f', 10)},
        {u"completion"_s, QString::number(prompt * 4, 'f', 10)},
        {u"input_cache_read"_s, QString::number(prompt / 10, 'f', 12)},
    };
    if (rng.bounded(3) == 0)
        pricing.insert(u"web_search"_s, u"0.01"_s);

    QJsonArray arena;
    for (int i = 0; i < padding; ++i) {
        arena.append(QJsonObject{{u"arena"_s, u"models"_s},
                                 {u"category"_s, kWords.at(i % kWords.size())},
                                 {u"elo"_s, 900 + rng.bounded(400)},
                                 {u"win_rate"_s, rng.bounded(1000) / 10.0},
                                 {u"rank"_s, 1 + rng.bounded(150)}});
    }
    const qint64 context = qint64(4096) << rng.bounded(10);

    const QString name =
        author.left(1).toUpper() + author.mid(1) + ": "_L1 + family.toUpper() + u' ' + size;
    return QJsonObject{
        {u"id"_s, id},
        {u"canonical_slug"_s, QString(author + u'/' + slug + "-20260101"_L1)},
        {u"hugging_face_id"_s, rng.bounded(2) ? QJsonValue(id) : QJsonValue(u""_s)},
        {u"name"_s, name},
        {u"created"_s, 1690000000 + rng.bounded(60000000)},
        {u"description"_s, description.join(u' ')},
        {u"context_length"_s, context},
        {u"architecture"_s,
         QJsonObject{{u"modality"_s, QString(input.join(u'+') + "->"_L1 + output.join(u'+'))},
                     {u"input_modalities"_s, QJsonArray::fromStringList(input)},
                     {u"output_modalities"_s, QJsonArray::fromStringList(output)},
                     {u"tokenizer"_s, u"Other"_s},
                     {u"instruct_type"_s, QJsonValue()}}},
        {u"pricing"_s, pricing},
        {u"top_provider"_s, QJsonObject{{u"context_length"_s, context},
                                        {u"max_completion_tokens"_s, 32768},
                                        {u"is_moderated"_s, false}}},
        {u"per_request_limits"_s, QJsonValue()},
        {u"supported_parameters"_s, QJsonArray::fromStringList(params)},
        {u"default_parameters"_s,
         QJsonObject{{u"temperature"_s, QJsonValue()}, {u"top_p"_s, QJsonValue()}}},
        {u"supported_voices"_s, QJsonValue()},
        {u"knowledge_cutoff"_s, u"2025-01-31"_s},
        {u"expiration_date"_s, QJsonValue()},
        {u"links"_s,
         QJsonObject{{u"details"_s, QString("/api/v1/models/"_L1 + id + "/endpoints"_L1)}}},
        {u"benchmarks"_s, QJsonObject{{u"design_arena"_s, arena}}},
    };
}

// About 1 MB with `count` models, like the real capture (indented JSON, ~2.5 KB a model).
QByteArray synthesizePayload(int count, int targetBytes) {
    QByteArray payload;
    for (int padding = 0; padding < 64 && payload.size() < targetBytes; ++padding) {
        QRandomGenerator rng(7);
        QJsonArray data;
        for (int i = 0; i < count; ++i)
            data.append(syntheticModel(i, rng, padding));
        payload = QJsonDocument(QJsonObject{{u"data"_s, data}, {u"total_count"_s, count}}).toJson();
    }
    return payload;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    // --- 1. parse
    QByteArray payload;
    QString source;
    if (orc::test::hasFixtures()) {
        payload = orc::test::readFixture(u"models.json"_s);
        source = u"real capture models.json"_s;
    }
    if (payload.isEmpty()) {
        payload = synthesizePayload(350, 1000000);
        source = u"synthesized payload (no fixtures found)"_s;
    }
    QString error;
    qsizetype parsedCount = 0;
    const double parseMs = orc::test::medianMs(
        20, [&] { parsedCount = ModelInfo::parseList(payload, &error).size(); });
    if (!error.isEmpty()) {
        out << "parse failed: " << error << Qt::endl;
        return 1;
    }
    out << "parse: " << source << ", " << payload.size() << " bytes, " << parsedCount
        << " models: median of 20 = " << QString::number(parseMs, 'f', 2) << " ms ("
        << QString::number(payload.size() / 1e6 / (parseMs / 1e3), 'f', 1)
        << " MB/s), target < 20 ms" << Qt::endl;

    // --- 2. re-filter 10,000 models per keystroke
    constexpr int kModels = 10000;
    QRandomGenerator rng(42);
    QList<ModelInfo> models;
    models.reserve(kModels);
    for (int i = 0; i < kModels; ++i)
        models.append(ModelInfo::fromJson(syntheticModel(i, rng, 0)));

    // The user typing "gpt mi" with "tools" ticked, as the GUI proxy sees it: matches() per row.
    ModelQuery typing;
    typing.setText(u"gpt mi"_s);
    typing.setRequiredCapabilities(ModelCapability::Tools);
    qsizetype matched = 0;
    const double matchMs = orc::test::medianMs(51, [&] {
        matched = 0;
        for (const ModelInfo &m : std::as_const(models))
            matched += typing.matches(m) ? 1 : 0;
    });
    out << "filter: " << kModels << " models, query \"gpt mi\" + tools, matches() per row: median"
        << " of 51 = " << QString::number(matchMs, 'f', 3) << " ms (" << matched
        << " matches), target < 10 ms" << Qt::endl;

    // A word that scans every description to the end (no early exit on the first word).
    ModelQuery rare;
    rare.setText(u"zzzz"_s);
    const double rareMs = orc::test::medianMs(51, [&] {
        matched = 0;
        for (const ModelInfo &m : std::as_const(models))
            matched += rare.matches(m) ? 1 : 0;
    });
    out << "filter: " << kModels << " models, query \"zzzz\" (full scan, no match): median of 51"
        << " = " << QString::number(rareMs, 'f', 3) << " ms" << Qt::endl;

    // The CLI path: apply() = filter + sort by name + limit.
    ModelQuery cli = typing;
    cli.setSort(ModelQuery::SortKey::Name);
    cli.setLimit(50);
    qsizetype applied = 0;
    const double applyMs = orc::test::medianMs(51, [&] { applied = cli.apply(models).size(); });
    out << "apply: " << kModels << " models, same query + sort by name + limit 50: median of 51"
        << " = " << QString::number(applyMs, 'f', 3) << " ms (" << applied << " rows)" << Qt::endl;

    ModelQuery sortAll;
    sortAll.setSort(ModelQuery::SortKey::Price, Qt::DescendingOrder);
    const double sortMs = orc::test::medianMs(11, [&] { applied = sortAll.apply(models).size(); });
    out << "apply: " << kModels
        << " models, no filter, sort by price: median of 11 = " << QString::number(sortMs, 'f', 3)
        << " ms" << Qt::endl;
    return 0;
}
