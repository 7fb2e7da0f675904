#pragma once

#include "api/Endpoints.h"
#include "api/ImageCodec.h"
#include "api/OrderedDecoder.h"
#include "domain/ApiError.h"
#include "domain/ImageRequest.h"
#include "media/ImageSniffer.h"
#include "net/SseParser.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace orc {

class ApiCall;
class ChatStream;
class OpenRouterClient;

// One image generation, whichever API serves it (ImageRoute::api). Chat completions has no
// count, so the job sends one streamed call per requested image (at most kMaxParallelCalls at
// a time); POST /images asks for all of them at once with "n" when the model declares it, and
// streams partial images when the model supports streaming. Images are base64-decoded and
// sniffed on a worker thread (QtConcurrent) and announced one by one as they are ready, and
// the JSON that carries them is parsed on a worker too (OrderedDecoder, in stream order): the
// calling thread only handles signals and never stalls on a 4K reply.
//
// finished() is emitted exactly once, after which result() is final: Completed with at least
// one image (some calls may still have failed: see ImageResult::failedRequests and `error`),
// Failed (HTTP/API error, moderation, 402, no image in the reply, only unusable images),
// Cancelled, or Truncated. Every reply is bounded (maxResponseBytes(), and
// ImageSniffer::kMaxEncodedBytes / kMaxPixels per image): too much data is a clear error,
// never a crash.
class ImageJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageJob)
public:
    static constexpr int kMaxParallelCalls = 4;
    // Per HTTP reply: two images at the per-image limit plus room for the JSON around them.
    static constexpr qint64 kDefaultMaxResponseBytes =
        2 * ImageSniffer::kMaxEncodedBytes + qint64(16) * 1024 * 1024;

    // Created by OpenRouterClient::generateImage(); `client` must outlive the job.
    ImageJob(OpenRouterClient *client, ImageRequest request, ImageRoute route,
             QObject *parent = nullptr);
    ~ImageJob() override;

    // The request each call of a job for `request` along `route` sends (`orcli --dry-run`).
    static PreparedRequest requestFor(const ImageRequest &request, const ImageRoute &route);

    void start();  // asynchronous: even an invalid request is reported through finished()
    void cancel(); // stops every call at once; finished() follows with State::Cancelled

    const ImageRequest &request() const { return m_request; }
    const ImageRoute &route() const { return m_route; }
    const ImageResult &result() const { return m_result; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    qint64 elapsedMs() const;
    int requestsTotal() const { return m_total; }
    int requestsDone() const { return m_done; }
    qint64 bytesReceived() const { return m_bytes; }

    // Set before start(). Tests lower it to exercise the limit cheaply.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // Streamed events this large are parsed on a worker thread (see OrderedDecoder); tests
    // lower it. Set before start().
    void setOffThreadBytes(qsizetype bytes) { m_offThreadBytes = bytes; }
    // Large events and replies parsed so far, and how many of them ran off the job's thread.
    int workerDecodes() const;
    int offThreadDecodes() const;
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

signals:
    // Something happened (bytes, a keep-alive, a finished call): for a busy indicator.
    void progress(int requestsDone, int requestsTotal, qint64 bytesReceived);
    void textChanged(const QString &text); // the model's text so far, all calls joined
    void partialImage(const orc::GeneratedImage &image); // /images streaming previews
    void imageReady(const orc::GeneratedImage &image);   // also appended to result().images
    void retrying(int nextAttempt, int delayMs, const orc::ApiError &reason);
    void finished();

private:
    struct Call {
        int number = 0;
        QPointer<ChatStream> chat;              // chat completions
        QPointer<ApiCall> api;                  // POST /images
        SseParser parser;                       // POST /images streaming
        std::unique_ptr<OrderedDecoder> events; // its events, large ones parsed on a worker
        std::pair<int, int> chatDecodes;        // the chat stream's, kept when it is deleted
        std::pair<int, int> decodes() const;    // worker decodes, of which off the thread
        qint64 bytes = 0;
        bool done = false;
        bool tooLarge = false;
        bool sawCompleted = false;
        QString text;
        ApiError error;
        ImageResult::Call billed; // its own id, model, provider and usage
    };

    void launchMore();
    void launchChat(Call &call);
    void launchImages(Call &call);
    void countBytes(Call &call, qint64 bytes);
    void onChatFinished(Call &call);
    void onImagesEvent(Call &call, SseEvent &&event);
    void applyImagesEvent(Call &call, const std::optional<ImageCodec::ImagesEvent> &decoded,
                          const QString &parseError);
    void onImagesFinished(Call &call);
    void onImagesReply(Call &call, const ImageCodec::ImagesReply &reply, int attempts);
    void callDone(Call &call, const ApiError &error, int attempts);
    void takeMeta(Call &call, const QString &id, const QString &model, const QString &provider);
    void addUsage(Call &call, const Usage &usage);
    void decode(const ImageCodec::EncodedImage &encoded, bool partial);
    void updateText();
    void emitProgress();
    void maybeFinish();
    void finish(ChatResult::State state, const ApiError &error = {});

    OpenRouterClient *m_client;
    ImageRequest m_request;
    ImageRoute m_route;
    ImageResult m_result;
    QList<std::shared_ptr<Call>> m_calls;
    QElapsedTimer m_clock;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    qsizetype m_offThreadBytes = OrderedDecoder::kDefaultOffThreadBytes;
    qint64 m_bytes = 0;
    int m_total = 0;
    int m_launched = 0;
    int m_done = 0;
    int m_pendingDecodes = 0;
    QString m_firstImageError;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelling = false;
};

} // namespace orc
