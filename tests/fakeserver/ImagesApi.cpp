#include "ImagesApi.h"

#include "ErrorBodies.h"
#include "FakeOpenRouter.h"
#include "HttpUtil.h"
#include "ServerState.h"

#include <QDateTime>
#include <QJsonArray>

namespace orc::fake {

namespace {

QJsonObject enumOf(const QStringList &values) {
    return {{QStringLiteral("type"), QStringLiteral("enum")},
            {QStringLiteral("values"), QJsonArray::fromStringList(values)}};
}

QJsonObject rangeOf(int min, int max) {
    return {{QStringLiteral("type"), QStringLiteral("range")},
            {QStringLiteral("min"), min},
            {QStringLiteral("max"), max}};
}

QJsonObject boolean() {
    return {{QStringLiteral("type"), QStringLiteral("boolean")}};
}

Reply badRequest(const QString &message) {
    return Reply::json(400, ErrorBodies::make(400, message, {}, ErrorBodies::userId()));
}

} // namespace

ImagesApi::ImagesApi(ServerState &state)
    : m_state(state) {
    const QStringList ratios = ImageFactory::aspectRatios();
    const QStringList ratiosAuto = ratios + QStringList{QStringLiteral("auto")};
    m_models = {
        {QStringLiteral("black-forest-labs/flux.2-pro"),
         QStringLiteral("FLUX.2 [pro]"),
         QStringLiteral("Text-to-image with reference images."),
         1764000000,
         {QStringLiteral("text"), QStringLiteral("image")},
         {{QStringLiteral("resolution"),
           enumOf({QStringLiteral("1K"), QStringLiteral("2K"), QStringLiteral("4K")})},
          {QStringLiteral("aspect_ratio"), enumOf(ratios)},
          {QStringLiteral("n"), rangeOf(1, 4)},
          {QStringLiteral("seed"), boolean()},
          {QStringLiteral("output_format"), enumOf({QStringLiteral("png")})}},
         false,
         0.03,
         4096},
        {QStringLiteral("bytedance-seed/seedream-4.5"),
         QStringLiteral("Seedream 4.5"),
         QStringLiteral("A text-to-image model."),
         1764500000,
         {QStringLiteral("text")},
         {{QStringLiteral("resolution"),
           enumOf({QStringLiteral("1K"), QStringLiteral("2K"), QStringLiteral("4K")})},
          {QStringLiteral("aspect_ratio"), enumOf(ratiosAuto)},
          {QStringLiteral("n"), rangeOf(1, 10)},
          {QStringLiteral("seed"), boolean()}},
         false,
         0.04,
         4175},
        {QStringLiteral("google/gemini-2.5-flash-image"),
         QStringLiteral("Nano Banana (Gemini 2.5 Flash Image)"),
         QStringLiteral("Gemini image generation and editing."),
         1759870431,
         {QStringLiteral("text"), QStringLiteral("image")},
         {{QStringLiteral("resolution"), enumOf({QStringLiteral("1K")})},
          {QStringLiteral("aspect_ratio"), enumOf(ratios)},
          {QStringLiteral("n"), rangeOf(1, 1)}},
         false,
         0.039,
         1290},
        {QStringLiteral("fake/image"),
         QStringLiteral("Fake Image"),
         QStringLiteral("The fake server's own image model; it supports streaming."),
         1767225600,
         {QStringLiteral("text"), QStringLiteral("image")},
         {{QStringLiteral("resolution"), enumOf({QStringLiteral("512"), QStringLiteral("1K"),
                                                 QStringLiteral("2K"), QStringLiteral("4K")})},
          {QStringLiteral("aspect_ratio"), enumOf(ratiosAuto)},
          {QStringLiteral("n"), rangeOf(1, 10)},
          {QStringLiteral("seed"), boolean()},
          {QStringLiteral("quality"), enumOf({QStringLiteral("auto"), QStringLiteral("low"),
                                              QStringLiteral("medium"), QStringLiteral("high")})},
          {QStringLiteral("output_format"), enumOf({QStringLiteral("png")})},
          {QStringLiteral("output_compression"), rangeOf(0, 100)}},
         true,
         0.01,
         1024},
    };
}

const ImagesApi::ImageModel *ImagesApi::find(const QString &id) const {
    for (const ImageModel &m : m_models) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QByteArray ImagesApi::modelsJson() const {
    QJsonArray data;
    for (const ImageModel &m : m_models) {
        data.append(QJsonObject{{QStringLiteral("id"), m.id},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("description"), m.description},
                                {QStringLiteral("created"), m.created},
                                {QStringLiteral("architecture"),
                                 QJsonObject{{QStringLiteral("input_modalities"),
                                              QJsonArray::fromStringList(m.inputModalities)},
                                             {QStringLiteral("output_modalities"),
                                              QJsonArray{QStringLiteral("image")}}}},
                                {QStringLiteral("endpoints"),
                                 QStringLiteral("/api/v1/images/models/%1/endpoints").arg(m.id)},
                                {QStringLiteral("supported_parameters"), m.parameters},
                                {QStringLiteral("supports_streaming"), m.streaming}});
    }
    return http::compactJson({{QStringLiteral("data"), data}});
}

QString ImagesApi::checkParameter(const QString &name, const QJsonValue &value,
                                  const QJsonObject &descriptor) {
    const QString type = descriptor.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("enum")) {
        const QJsonArray values = descriptor.value(QStringLiteral("values")).toArray();
        if (!values.contains(value)) {
            QStringList allowed;
            for (const QJsonValue &v : values)
                allowed.append(v.toString());
            return QStringLiteral("Invalid %1: expected one of %2")
                .arg(name, allowed.join(QStringLiteral(", ")));
        }
    } else if (type == QLatin1String("range")) {
        const double min = descriptor.value(QStringLiteral("min")).toDouble();
        const double max = descriptor.value(QStringLiteral("max")).toDouble();
        if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max ||
            value.toDouble() != static_cast<double>(value.toInteger()))
            return QStringLiteral("Invalid %1: expected an integer from %2 to %3")
                .arg(name)
                .arg(min)
                .arg(max);
    }
    return {}; // boolean descriptors only say the parameter is supported
}

Reply ImagesApi::generate(const RecordedRequest &request) {
    const QJsonObject body = request.json;
    if (body.isEmpty())
        return badRequest(QStringLiteral("Invalid JSON in request body"));
    const QString modelId = body.value(QStringLiteral("model")).toString();
    const QString prompt = body.value(QStringLiteral("prompt")).toString();
    if (modelId.isEmpty())
        return badRequest(QStringLiteral("model is required"));
    if (prompt.trimmed().isEmpty())
        return badRequest(QStringLiteral("prompt is required"));
    const ImageModel *model = find(modelId);
    if (!model) {
        if (m_state.catalog.find(modelId))
            return Reply::json(404, ErrorBodies::make(404,
                                                      QStringLiteral("No endpoints found that "
                                                                     "support the requested "
                                                                     "output modalities: image"),
                                                      {}, ErrorBodies::userId()));
        return badRequest(QStringLiteral("%1 is not a valid model ID").arg(modelId));
    }
    for (auto it = model->parameters.begin(); it != model->parameters.end(); ++it) {
        if (!body.contains(it.key()))
            continue;
        const QString error = checkParameter(it.key(), body.value(it.key()), it.value().toObject());
        if (!error.isEmpty())
            return badRequest(error);
    }
    const bool stream = body.value(QStringLiteral("stream")).toBool(false);
    if (stream && !model->streaming)
        return badRequest(QStringLiteral("Streaming is not supported for %1").arg(modelId));

    QString resolution = body.value(QStringLiteral("resolution")).toString();
    QString ratio = body.value(QStringLiteral("aspect_ratio")).toString();
    if (ratio == QLatin1String("auto"))
        ratio.clear();
    const QString sizeParam = body.value(QStringLiteral("size")).toString();
    QSize pixels;
    QString error;
    if (sizeParam.contains(QLatin1Char('x'))) {
        const int w = sizeParam.section(QLatin1Char('x'), 0, 0).toInt();
        const int h = sizeParam.section(QLatin1Char('x'), 1, 1).toInt();
        if (w < 64 || h < 64 || w > 8192 || h > 8192)
            return badRequest(QStringLiteral("Invalid size \"%1\"").arg(sizeParam));
        pixels = QSize(w, h);
    } else {
        if (!sizeParam.isEmpty())
            resolution = sizeParam;
        if (resolution == QLatin1String("512"))
            resolution = QStringLiteral("0.5K");
        pixels = ImageFactory::pixelSize(ratio, resolution, &error);
        if (!pixels.isValid())
            return badRequest(error);
    }
    const int n = body.contains(QStringLiteral("n")) ? body.value(QStringLiteral("n")).toInt() : 1;
    const quint32 seed = body.contains(QStringLiteral("seed"))
                             ? static_cast<quint32>(body.value(QStringLiteral("seed")).toInteger())
                             : qHash(prompt);
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    const int tokens = model->tokensPerImage * n;
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 0},
                            {QStringLiteral("completion_tokens"), tokens},
                            {QStringLiteral("total_tokens"), tokens},
                            {QStringLiteral("cost"), model->costPerImage * n}};

    // The Images API body has no id (SDK ImageGenerationResponse); the generation id comes in
    // the documented X-Generation-Id header, and GET /generation knows it.
    const QString id = http::generationId();
    GenerationRecord record;
    record.id = id;
    record.model = modelId;
    record.apiType = QStringLiteral("images");
    record.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    record.streamed = stream;
    record.completionTokens = tokens;
    record.imageTokens = tokens;
    record.mediaCompletion = n;
    record.cost = model->costPerImage * n;
    m_state.addGeneration(record);
    const QByteArray idHeader = QByteArrayLiteral("x-generation-id");

    if (!stream) {
        QJsonArray data;
        for (int i = 0; i < n; ++i) {
            const QByteArray png = m_state.images.png(pixels, seed + static_cast<quint32>(i));
            data.append(
                QJsonObject{{QStringLiteral("b64_json"), QString::fromLatin1(png.toBase64())},
                            {QStringLiteral("media_type"), QStringLiteral("image/png")}});
        }
        Reply r = Reply::json(200, http::compactJson({{QStringLiteral("created"), created},
                                                      {QStringLiteral("data"), data},
                                                      {QStringLiteral("usage"), usage}}));
        r.addHeader(idHeader, id.toLatin1());
        return r;
    }

    Reply r;
    r.addHeader(idHeader, id.toLatin1());
    r.framing = Reply::Framing::Chunked;
    r.addHeader(QByteArrayLiteral("content-type"), QByteArrayLiteral("text/event-stream"));
    r.addHeader(QByteArrayLiteral("cache-control"), QByteArrayLiteral("no-cache"));
    const int d = m_state.tokenDelayMs;
    r.append(0, QByteArrayLiteral(": OPENROUTER PROCESSING\n\n"));
    for (int i = 0; i < n; ++i) {
        const quint32 imageSeed = seed + static_cast<quint32>(i);
        const QByteArray preview = m_state.images.png(pixels / 4, imageSeed);
        r.append(
            d, "data: " +
                   http::compactJson(
                       {{QStringLiteral("type"), QStringLiteral("image_generation.partial_image")},
                        {QStringLiteral("partial_image_index"), 0},
                        {QStringLiteral("b64_json"), QString::fromLatin1(preview.toBase64())}}) +
                   "\n\n");
        const QByteArray png = m_state.images.png(pixels, imageSeed);
        QJsonObject completed{
            {QStringLiteral("type"), QStringLiteral("image_generation.completed")},
            {QStringLiteral("b64_json"), QString::fromLatin1(png.toBase64())},
            {QStringLiteral("media_type"), QStringLiteral("image/png")},
            {QStringLiteral("created"), created}};
        if (i == n - 1)
            completed.insert(QStringLiteral("usage"), usage);
        r.append(d, "data: " + http::compactJson(completed) + "\n\n");
    }
    r.append(0, QByteArrayLiteral("data: [DONE]\n\n"));
    return r;
}

} // namespace orc::fake
