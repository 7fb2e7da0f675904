#include "CatalogTestData.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace orc::test {

namespace {

qint64 epoch(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

QJsonObject model(const QString &id, const QString &name, const QString &description,
                  const QJsonValue &prompt, const QJsonValue &completion, const QJsonValue &context,
                  const QStringList &in, const QStringList &out, const QStringList &parameters,
                  const QJsonValue &created) {
    return QJsonObject{
        {u"id"_s, id},
        {u"canonical_slug"_s, id},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"created"_s, created},
        {u"context_length"_s, context},
        {u"architecture"_s,
         QJsonObject{{u"modality"_s, QString(in.join(u'+') + u"->"_s + out.join(u'+'))},
                     {u"input_modalities"_s, QJsonArray::fromStringList(in)},
                     {u"output_modalities"_s, QJsonArray::fromStringList(out)},
                     {u"tokenizer"_s, u"Other"_s},
                     {u"instruct_type"_s, QJsonValue::Null}}},
        {u"pricing"_s, QJsonObject{{u"prompt"_s, prompt}, {u"completion"_s, completion}}},
        {u"top_provider"_s, QJsonObject{{u"context_length"_s, context},
                                        {u"max_completion_tokens"_s, 4096},
                                        {u"is_moderated"_s, false}}},
        {u"per_request_limits"_s, QJsonValue::Null},
        {u"supported_parameters"_s, QJsonArray::fromStringList(parameters)},
    };
}

QByteArray envelope(const QJsonArray &data) {
    return QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray smallCatalogJson() {
    const QStringList text{u"text"_s};
    QJsonArray data;
    data.append(model(u"acme/cheap-text"_s, u"Acme: Cheap Text"_s,
                      u"A small and **cheap** text model."_s, u"0.0000001"_s, u"0.0000002"_s, 8000,
                      text, text, {u"max_tokens"_s, u"temperature"_s}, epoch(2024, 1, 1)));
    data.append(model(u"acme/vision-pro"_s, u"Acme: Vision Pro"_s,
                      u"Sees images and calls tools.\n\n- fast\n- accurate"_s, u"0.000002"_s,
                      u"0.000006"_s, 128000, {u"text"_s, u"image"_s}, text,
                      {u"max_tokens"_s, u"tools"_s, u"tool_choice"_s}, epoch(2024, 6, 1)));
    data.append(model(u"pixel/painter"_s, u"Pixel: Painter"_s,
                      u"Paints pictures from words and images."_s, u"0.00001"_s, u"0.00003"_s,
                      1000000, {u"text"_s, u"image"_s}, {u"text"_s, u"image"_s},
                      {u"max_tokens"_s, u"seed"_s}, epoch(2025, 1, 1)));
    data.append(model(u"open/tiny:free"_s, u"Open: Tiny (free)"_s,
                      u"A tiny model that thinks, for free."_s, u"0"_s, u"0"_s, 32768, text, text,
                      {u"reasoning"_s, u"include_reasoning"_s}, epoch(2023, 5, 1)));
    data.append(model(u"router/auto"_s, u"Router: Auto"_s,
                      u"Routes each request to a suitable model."_s, u"-1"_s, u"-1"_s,
                      QJsonValue::Null, text, text, {}, QJsonValue::Null));
    data.append(model(u"acme/nine"_s, u"Acme: Nine"_s,
                      u"Reads files and answers in JSON schemas."_s, u"0.000009"_s, u"0.000009"_s,
                      99999, {u"text"_s, u"file"_s}, text,
                      {u"structured_outputs"_s, u"response_format"_s}, epoch(2024, 3, 1)));
    return envelope(data);
}

QList<ModelInfo> smallCatalog() {
    return ModelInfo::parseList(smallCatalogJson());
}

QByteArray syntheticCatalogJson(int count) {
    static const QStringList words{
        u"swift"_s,     u"lumen"_s,        u"atlas"_s,   u"quartz"_s,   u"nova"_s,   u"ember"_s,
        u"cobalt"_s,    u"zephyr"_s,       u"harbor"_s,  u"summit"_s,   u"pixel"_s,  u"vector"_s,
        u"orbit"_s,     u"cedar"_s,        u"falcon"_s,  u"granite"_s,  u"helix"_s,  u"iris"_s,
        u"juniper"_s,   u"kepler"_s,       u"lattice"_s, u"meridian"_s, u"nimbus"_s, u"onyx"_s,
        u"prism"_s,     u"quasar"_s,       u"raven"_s,   u"sierra"_s,   u"tundra"_s, u"umbra"_s,
        u"vertex"_s,    u"willow"_s,       u"xenon"_s,   u"yarrow"_s,   u"zenith"_s, u"coding"_s,
        u"reasoning"_s, u"multilingual"_s, u"agentic"_s, u"vision"_s,   u"long"_s,   u"context"_s,
    };
    static const QList<QStringList> inputs{{u"text"_s},
                                           {u"text"_s, u"image"_s},
                                           {u"text"_s, u"image"_s, u"file"_s},
                                           {u"text"_s, u"audio"_s},
                                           {u"text"_s, u"image"_s, u"video"_s}};
    static const QList<QStringList> outputs{
        {u"text"_s}, {u"text"_s}, {u"text"_s}, {u"text"_s, u"image"_s}, {u"image"_s}};
    static const QStringList parameterPool{
        u"max_tokens"_s,      u"temperature"_s, u"top_p"_s,    u"tools"_s,
        u"tool_choice"_s,     u"reasoning"_s,   u"seed"_s,     u"structured_outputs"_s,
        u"response_format"_s, u"stop"_s,        u"logprobs"_s, u"frequency_penalty"_s};
    static const qint64 contexts[] = {4096,   8192,   32768,  65536,   128000,
                                      131072, 200000, 262144, 1000000, 2000000};

    QRandomGenerator random(20240601);
    auto pick = [&random](const auto &list) { return list.at(random.bounded(int(list.size()))); };
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        const QString author = u"vendor%1"_s.arg(random.bounded(60));
        const QString w1 = pick(words);
        const QString w2 = pick(words);
        const QString id = u"%1/%2-%3-%4"_s.arg(author, w1, w2).arg(i);
        QString description;
        for (int w = 0; w < 28; ++w)
            description += pick(words) + u' ';
        description += u"model number %1."_s.arg(i);
        QStringList parameters;
        for (const QString &p : parameterPool) {
            if (random.bounded(2))
                parameters.append(p);
        }
        const bool free = random.bounded(12) == 0;
        const double prompt = free ? 0 : random.bounded(2000) / 1e8; // up to $20/M
        const double completion = prompt * (2 + random.bounded(4));
        const QJsonValue context = random.bounded(40) == 0
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(contexts[random.bounded(10)]);
        const int shape = random.bounded(int(inputs.size()));
        data.append(model(id + (free ? u":free"_s : QString()),
                          u"Vendor %1: %2 %3 %4"_s.arg(author.mid(6), w1, w2).arg(i), description,
                          QString::number(prompt, 'g', 10), QString::number(completion, 'g', 10),
                          context, inputs.at(shape), outputs.at(random.bounded(5)), parameters,
                          epoch(2023, 1, 1) + random.bounded(900) * 86400));
    }
    return envelope(data);
}

QList<ModelInfo> syntheticCatalog(int count) {
    return ModelInfo::parseList(syntheticCatalogJson(count));
}

} // namespace orc::test
