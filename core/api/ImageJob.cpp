#include "ImageJob.h"

#include "Logging.h"
#include "api/ApiCall.h"
#include "api/ChatStream.h"
#include "api/OpenRouterClient.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

ImageJob::ImageJob(OpenRouterClient *client, ImageRequest request, ImageRoute route,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_route(std::move(route)) {
    m_result.api = m_route.api;
    m_result.model = m_request.model;
}

PreparedRequest ImageJob::requestFor(const ImageRequest &request, const ImageRoute &route) {
    if (route.api == ImageApi::ChatCompletions)
        return Endpoints::chatCompletions(ImageCodec::toChatRequest(request, route.modalities));
    return Endpoints::images(request, route.nativeCount ? request.count : 1, route.stream);
}

ImageJob::~ImageJob() {
    // Stop the network at once; decodes still running finish on their own and are dropped.
    m_cancelling = true;
    for (const auto &call : std::as_const(m_calls)) {
        if (call->chat)
            call->chat->cancel();
        if (call->api)
            call->api->cancel();
    }
}

qint64 ImageJob::elapsedMs() const {
    return m_finished ? m_result.durationMs : (m_clock.isValid() ? m_clock.elapsed() : 0);
}

void ImageJob::start() {
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    QString problem = m_route.error;
    if (problem.isEmpty())
        problem = m_request.validateFor(m_route.api);
    if (!problem.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::BadRequest;
        e.message = problem;
        QMetaObject::invokeMethod(
            this, [this, e] { finish(ChatResult::State::Failed, e); }, Qt::QueuedConnection);
        return;
    }
    const bool oneCall = m_route.api == ImageApi::ImagesEndpoint && m_route.nativeCount;
    m_total = oneCall ? 1 : m_request.count;
    launchMore();
}

void ImageJob::launchMore() {
    int running = m_launched - m_done;
    while (!m_finished && running < kMaxParallelCalls && m_launched < m_total) {
        auto call = std::make_shared<Call>();
        call->number = m_launched++;
        ++running;
        m_calls.append(call);
        ++m_result.requests;
        if (m_route.api == ImageApi::ChatCompletions)
            launchChat(*call);
        else
            launchImages(*call);
    }
    emitProgress();
}

void ImageJob::launchChat(Call &call) {
    Call *c = &call;
    ChatStream *stream =
        m_client->chat(ImageCodec::toChatRequest(m_request, m_route.modalities)); // requestFor()
    stream->setParent(this);
    call.chat = stream;
    connect(stream->call(), &ApiCall::bytesReceived, this,
            [this, c](const QByteArray &bytes) { countBytes(*c, bytes.size()); });
    connect(stream, &ChatStream::keepAlive, this, &ImageJob::emitProgress);
    connect(stream, &ChatStream::retrying, this, &ImageJob::retrying);
    connect(stream, &ChatStream::contentDelta, this, [this, c](const QString &delta) {
        c->text += delta;
        updateText();
    });
    connect(stream, &ChatStream::imageReceived, this, [this](const ChatImage &image) {
        for (const auto &encoded : ImageCodec::imagesFromChat({image}))
            decode(encoded, false);
    });
    connect(stream, &ChatStream::finished, this, [this, c] { onChatFinished(*c); });
    stream->setOffThreadBytes(m_offThreadBytes);
}

void ImageJob::launchImages(Call &call) {
    Call *c = &call;
    ApiCall *api = m_client->send(requestFor(m_request, m_route)); // started
    api->setParent(this);
    call.api = api;
    call.events = std::make_unique<OrderedDecoder>(
        this,
        [this, c](QByteArrayView data) {
            QString error;
            applyImagesEvent(*c, ImageCodec::decodeImagesEvent(data, &error), error);
        },
        [this, c](const QByteArray &data) -> std::function<void()> {
            QString error;
            auto decoded = ImageCodec::decodeImagesEvent(data, &error); // on a worker
            return [this, c, decoded = std::move(decoded), error] {
                applyImagesEvent(*c, decoded, error);
            };
        });
    call.events->setOffThreadBytes(m_offThreadBytes);
    connect(api, &ApiCall::bytesReceived, this, [this, c](const QByteArray &bytes) {
        countBytes(*c, bytes.size());
        if (c->done || m_finished)
            return;
        c->parser.feed(bytes, [this, c](SseEvent &&event) { onImagesEvent(*c, std::move(event)); });
    });
    connect(api, &ApiCall::retrying, this, &ImageJob::retrying);
    connect(api, &ApiCall::finished, this, [this, c] { onImagesFinished(*c); });
}

void ImageJob::countBytes(Call &call, qint64 bytes) {
    call.bytes += bytes;
    m_bytes += bytes;
    if (call.bytes > m_maxResponseBytes && !call.tooLarge && !call.done) {
        qCWarning(orcApi) << "image reply over" << m_maxResponseBytes << "bytes; stopping it";
        call.tooLarge = true;
        if (call.chat)
            call.chat->cancel(); // -> onChatFinished, which reports tooLarge
        else if (call.api)
            call.api->cancel();
        return;
    }
    emitProgress();
}

static ApiError tooLargeError(qint64 limit) {
    return ApiError::invalidResponse(
        QCoreApplication::translate("orc::ImageJob",
                                    "The image reply is larger than %1 MiB; it was stopped "
                                    "before it could exhaust memory.")
            .arg(limit / (1024 * 1024)));
}

void ImageJob::onChatFinished(Call &call) {
    if (call.done)
        return;
    const ChatResult &r = call.chat->result();
    takeMeta(call, r.id, r.model, r.provider);
    if (r.usage)
        addUsage(call, *r.usage);
    ApiError error;
    if (call.tooLarge)
        error = tooLargeError(m_maxResponseBytes);
    else if (r.state == ChatResult::State::Truncated)
        error = r.error.isError() ? r.error : ApiError::truncated();
    else if (r.state != ChatResult::State::Completed && r.error.code != "empty_response"_L1)
        error = r.error; // an empty reply is one without an image: maybeFinish() says so
    call.chatDecodes = {call.chat->decoder().workerDecodes(),
                        call.chat->decoder().offThreadDecodes()};
    call.chat->deleteLater();
    callDone(call, error, r.attempts);
}

void ImageJob::onImagesEvent(Call &call, SseEvent &&event) {
    if (event.kind == SseEvent::Kind::Comment) {
        emitProgress();
        return;
    }
    if (event.kind == SseEvent::Kind::Data)
        call.events->push(std::move(event.data));
}

void ImageJob::applyImagesEvent(Call &call, const std::optional<ImageCodec::ImagesEvent> &decoded,
                                const QString &parseError) {
    if (call.done || m_finished)
        return;
    if (!decoded) {
        qCWarning(orcApi) << "image stream event is not JSON:" << parseError;
        return;
    }
    switch (decoded->type) {
    case ImageCodec::ImagesEvent::Type::PartialImage:
        decode(decoded->image, true);
        break;
    case ImageCodec::ImagesEvent::Type::Completed:
        call.sawCompleted = true;
        if (decoded->usage)
            addUsage(call, *decoded->usage);
        decode(decoded->image, false);
        break;
    case ImageCodec::ImagesEvent::Type::Error:
        if (!call.error.isError())
            call.error = decoded->error;
        break;
    case ImageCodec::ImagesEvent::Type::Other:
        break;
    }
}

void ImageJob::onImagesFinished(Call &call) {
    if (call.done)
        return;
    if (m_cancelling || m_finished || call.tooLarge)
        call.events->clear();
    if (!call.events->isIdle()) {
        // Events still being parsed on a worker decide the outcome: finish after them.
        Call *c = &call;
        call.events->whenIdle([this, c] { onImagesFinished(*c); });
        return;
    }
    ApiCall *api = call.api;
    ApiError error = api->error();
    // POST /images replies carry no id in the body: the generation id is a response header.
    takeMeta(call, QString::fromLatin1(api->responseHeader(QByteArrayLiteral("x-generation-id"))),
             {}, {});
    if (call.tooLarge) {
        error = tooLargeError(m_maxResponseBytes);
    } else if (!error.isError() && !api->bodyStreamed()) {
        // A plain JSON reply (non-streaming models, or a server that did not stream): up to
        // n images of base64, so it is parsed on a worker thread too.
        QByteArray body = api->takeBody();
        call.bytes += body.size();
        m_bytes += body.size();
        const int attempts = api->attempts();
        api->deleteLater();
        ++m_pendingDecodes; // keeps the job open until the reply is read
        Call *c = &call;
        auto *watcher = new QFutureWatcher<ImageCodec::ImagesReply>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, c, watcher, attempts] {
            watcher->deleteLater();
            --m_pendingDecodes;
            if (m_finished || c->done)
                return; // cancelled meanwhile
            onImagesReply(*c, watcher->result(), attempts);
        });
        watcher->setFuture(QtConcurrent::run(
            [body = std::move(body)] { return ImageCodec::decodeImagesResponse(body); }));
        return;
    } else if (!error.isError()) {
        const bool clean = call.parser.finish();
        if (call.error.isError())
            error = call.error;
        else if (!clean && !call.sawCompleted)
            error = ApiError::truncated();
    }
    api->deleteLater();
    callDone(call, error, api->attempts());
}

void ImageJob::onImagesReply(Call &call, const ImageCodec::ImagesReply &reply, int attempts) {
    takeMeta(call, reply.id, reply.model, reply.provider);
    if (reply.usage)
        addUsage(call, *reply.usage);
    if (!reply.text.isEmpty()) {
        call.text = reply.text;
        updateText();
    }
    for (const auto &encoded : reply.images)
        decode(encoded, false);
    callDone(call, reply.error, attempts);
}

std::pair<int, int> ImageJob::Call::decodes() const {
    if (chat && !done)
        return {chat->decoder().workerDecodes(), chat->decoder().offThreadDecodes()};
    if (events)
        return {events->workerDecodes(), events->offThreadDecodes()};
    return chatDecodes;
}

int ImageJob::workerDecodes() const {
    int n = 0;
    for (const auto &call : m_calls)
        n += call->decodes().first;
    return n;
}

int ImageJob::offThreadDecodes() const {
    int n = 0;
    for (const auto &call : m_calls)
        n += call->decodes().second;
    return n;
}

void ImageJob::callDone(Call &call, const ApiError &error, int attempts) {
    call.done = true;
    ++m_done;
    if (!call.billed.id.isEmpty() || call.billed.usage)
        m_result.billedCalls.append(call.billed);
    m_result.attempts += attempts;
    if (m_cancelling || m_finished)
        return;
    if (error.isError()) {
        ++m_result.failedRequests;
        if (!m_result.error.isError())
            m_result.error = error;
        // Errors that will hit every further call the same way stop the job.
        using Kind = ApiError::Kind;
        if (error.kind == Kind::Auth || error.kind == Kind::Credits || error.kind == Kind::Config ||
            error.kind == Kind::NotFound || error.kind == Kind::NoEndpoint ||
            error.kind == Kind::BadRequest)
            m_total = m_launched;
    }
    launchMore();
    maybeFinish();
}

void ImageJob::takeMeta(Call &call, const QString &id, const QString &model,
                        const QString &provider) {
    if (call.billed.id.isEmpty())
        call.billed.id = id;
    if (call.billed.provider.isEmpty())
        call.billed.provider = provider;
    if (m_result.id.isEmpty())
        m_result.id = id;
    if (m_result.provider.isEmpty())
        m_result.provider = provider;
    if (!model.isEmpty() && (m_result.model.isEmpty() || m_result.model == m_request.model))
        m_result.model = model;
    if (!model.isEmpty())
        call.billed.model = model;
    else if (call.billed.model.isEmpty())
        call.billed.model = m_request.model;
}

namespace {

void accumulate(std::optional<Usage> &total, const Usage &u) {
    if (!total) {
        total = u;
        return;
    }
    Usage &t = *total;
    t.promptTokens += u.promptTokens;
    t.completionTokens += u.completionTokens;
    t.totalTokens += u.totalTokens;
    t.reasoningTokens += u.reasoningTokens;
    t.cachedTokens += u.cachedTokens;
    t.cacheWriteTokens += u.cacheWriteTokens;
    t.imageTokens += u.imageTokens;
    if (t.cost || u.cost)
        t.cost = t.cost.value_or(0.0) + u.cost.value_or(0.0);
    t.isByok = t.isByok || u.isByok;
    t.raw = {}; // a sum has no single raw object
}

} // namespace

void ImageJob::addUsage(Call &call, const Usage &u) {
    accumulate(m_result.usage, u);
    accumulate(call.billed.usage, u);
}

void ImageJob::decode(const ImageCodec::EncodedImage &encoded, bool partial) {
    if (m_finished)
        return;
    ++m_pendingDecodes;
    auto *watcher = new QFutureWatcher<ImageCodec::DecodedImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, partial] {
        watcher->deleteLater();
        --m_pendingDecodes;
        if (m_finished)
            return;
        ImageCodec::DecodedImage d = watcher->result();
        if (partial) {
            if (d.ok())
                emit partialImage(d.image);
            maybeFinish(); // a preview may be the last decode to come back
            return;
        }
        if (d.ok()) {
            d.image.index = int(m_result.images.size());
            m_result.images.append(d.image);
            emit imageReady(m_result.images.constLast());
        } else {
            ++m_result.rejectedImages;
            if (m_firstImageError.isEmpty())
                m_firstImageError = d.error;
            qCWarning(orcApi) << "image refused:" << ImageSniffer::errorName(d.reason);
        }
        emitProgress();
        maybeFinish();
    });
    watcher->setFuture(QtConcurrent::run([encoded] { return ImageCodec::decodeImage(encoded); }));
}

void ImageJob::updateText() {
    QStringList parts;
    for (const auto &call : std::as_const(m_calls))
        if (!call->text.trimmed().isEmpty())
            parts.append(call->text.trimmed());
    const QString text = parts.join(u"\n\n"_s);
    if (text == m_result.text)
        return;
    m_result.text = text;
    emit textChanged(text);
}

void ImageJob::emitProgress() {
    if (!m_finished)
        emit progress(m_done, m_total, m_bytes);
}

void ImageJob::maybeFinish() {
    if (m_finished || m_done < m_total || m_launched < m_total || m_pendingDecodes > 0)
        return;
    if (!m_result.images.isEmpty()) {
        finish(ChatResult::State::Completed, m_result.error);
        return;
    }
    if (m_result.error.isError()) {
        finish(ChatResult::State::Failed, m_result.error);
        return;
    }
    if (!m_firstImageError.isEmpty()) {
        finish(ChatResult::State::Failed, ApiError::invalidResponse(m_firstImageError));
        return;
    }
    const QString said = m_result.text.trimmed();
    const QString message =
        said.isEmpty()
            ? QCoreApplication::translate("orc::ImageJob",
                                          "%1 answered without an image. Try again, or rephrase "
                                          "the prompt.")
                  .arg(m_request.model)
            : QCoreApplication::translate("orc::ImageJob",
                                          "%1 answered without an image; it said: \"%2\"")
                  .arg(m_request.model, said.left(300));
    finish(ChatResult::State::Failed, ApiError::invalidResponse(message));
}

void ImageJob::cancel() {
    if (m_finished)
        return;
    m_cancelling = true;
    for (const auto &call : std::as_const(m_calls)) {
        if (call->done)
            continue;
        if (call->chat)
            call->chat->cancel();
        else if (call->api)
            call->api->cancel();
    }
    m_cancelling = false;
    finish(ChatResult::State::Cancelled, ApiError::cancelled());
}

void ImageJob::finish(ChatResult::State state, const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_result.state = state;
    m_result.error = error;
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished();
}

} // namespace orc
