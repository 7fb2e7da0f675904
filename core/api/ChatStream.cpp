#include "ChatStream.h"

#include "Logging.h"
#include "api/ChatCodec.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

ChatStream::ChatStream(ApiCall *call, ChatRequest request, QObject *parent)
    : QObject(parent)
    , m_call(call)
    , m_request(std::move(request))
    , m_decoder(
          this, [this](QByteArrayView data) { decodeHere(data); },
          [this](const QByteArray &data) -> std::function<void()> {
              // On a worker, touching nothing of this stream: the general decoder (the fast
              // path declines images anyway). The result is applied on the stream's thread.
              QString error;
              std::optional<ChatChunk> chunk = ChatCodec::decodeChunkGeneral(data, &error);
              return [this, data, chunk = std::move(chunk), error] {
                  if (m_finished)
                      return;
                  if (chunk) {
                      dropPendingFragment();
                      applyChunk(*chunk);
                  } else {
                      undecodable(data, error);
                  }
              };
          }) {
    m_call->setParent(this);
    connect(m_call, &ApiCall::responseStarted, this, &ChatStream::responseStarted);
    connect(m_call, &ApiCall::bytesReceived, this, &ChatStream::onBytes);
    connect(m_call, &ApiCall::retrying, this, &ChatStream::retrying);
    connect(m_call, &ApiCall::finished, this, &ChatStream::onCallFinished);
}

void ChatStream::start() {
    m_clock.start();
    m_call->start();
}

void ChatStream::cancel() {
    if (m_finished)
        return;
    if (m_call)
        m_call->cancel(); // finishes synchronously -> onCallFinished -> Cancelled
    if (!m_finished) {
        // The call had ended and its last events or body were still being parsed.
        m_decoder.clear();
        complete(ChatResult::State::Cancelled, ApiError::cancelled());
    }
}

void ChatStream::onBytes(const QByteArray &bytes) {
    if (m_finished)
        return;
    if (m_parser.bufferedBytes() + bytes.size() >= m_offThreadBytes) {
        // A large event (an image) is on its way: take it from the parser without a copy and
        // hand it to the worker that parses it.
        m_parser.feed(bytes, [this](SseEvent &&event) {
            if (event.kind == SseEvent::Kind::Data && !m_finished)
                m_decoder.push(std::move(event.data));
            else
                onEvent({event.kind, event.data, event.event, event.id});
        });
        return;
    }
    // Events are decoded at once, so views into the received bytes do: nothing is copied.
    m_parser.feedViews(bytes, [this](const SseEventView &event) { onEvent(event); });
}

void ChatStream::setOffThreadBytes(qsizetype bytes) {
    m_offThreadBytes = bytes;
    m_decoder.setOffThreadBytes(bytes);
}

void ChatStream::onEvent(const SseEventView &event) {
    if (m_finished)
        return;
    switch (event.kind) {
    case SseEvent::Kind::Comment:
        emit keepAlive();
        return;
    case SseEvent::Kind::Done:
        return; // completion is decided when the connection finishes
    case SseEvent::Kind::Data:
        break;
    }
    m_decoder.push(event.data); // decodeHere() now, or on a worker when large
}

void ChatStream::decodeHere(QByteArrayView data) {
    if (m_finished)
        return;
    if (m_scanner.read(data, m_fastChunk)) {
        dropPendingFragment();
        applyChunk(m_fastChunk);
        return;
    }
    QString parseError;
    if (auto chunk = ChatCodec::decodeChunkGeneral(data, &parseError)) {
        dropPendingFragment();
        applyChunk(*chunk);
        return;
    }
    undecodable(data, parseError);
}

void ChatStream::undecodable(QByteArrayView data, const QString &parseError) {
    // Some relays split one JSON chunk over two events; try to join it with the fragment
    // kept from the previous event before giving up on either.
    if (!m_pendingFragment.isEmpty()) {
        QByteArray joinedBytes = m_pendingFragment;
        joinedBytes.append(data);
        if (auto joined = ChatCodec::decodeChunk(joinedBytes)) {
            m_pendingFragment.clear();
            applyChunk(*joined);
            return;
        }
        dropPendingFragment();
    }
    static constexpr qsizetype kMaxFragment = 4 * 1024 * 1024;
    if (data.size() <= kMaxFragment) {
        m_pendingFragment = data.toByteArray();
    } else {
        ++m_result.skippedEvents;
    }
    qCWarning(orcApi) << "stream event is not JSON:" << parseError; // shown with -v only
}

void ChatStream::dropPendingFragment() {
    if (m_pendingFragment.isEmpty())
        return;
    m_pendingFragment.clear();
    ++m_result.skippedEvents;
}

void ChatStream::applyChunk(const ChatChunk &chunk) {
    const bool firstOutput = !m_result.hasOutput();
    ChatCodec::accumulate(m_result, chunk);
    if (firstOutput && m_result.hasOutput())
        m_result.timeToFirstTokenMs = m_clock.elapsed();
    emitOutput(chunk.reasoning, chunk.content, chunk.toolCalls, chunk.images, chunk.usage);
    if (chunk.error)
        m_sawStreamError = true;
    if (chunk.hasChoice)
        m_sawChoice = true;
}

void ChatStream::onCallFinished() {
    if (m_finished)
        return;
    ApiCall *call = m_call;
    m_result.attempts = call->attempts();
    const ApiError &callError = call->error();
    if (callError.kind == ApiError::Kind::Cancelled) {
        m_decoder.clear(); // at once: what is still being parsed is dropped
        m_parser.finish();
        complete(ChatResult::State::Cancelled, callError);
        return;
    }
    if (!m_decoder.isIdle()) {
        // Events still being parsed on a worker belong to the result: finish after them.
        m_decoder.whenIdle([this] { onCallFinished(); });
        return;
    }
    if (callError.isError()) {
        // Transport or HTTP failure; a stream that had started keeps its partial output.
        m_parser.finish();
        complete(ChatResult::State::Failed, callError);
        return;
    }
    if (!call->bodyStreamed()) {
        // Non-streaming request, or a server that answered a stream request with plain JSON;
        // a large one (images) is parsed on a worker.
        QByteArray body = call->takeBody();
        if (body.size() < m_offThreadBytes) {
            applyResponse(ChatCodec::decodeResponse(body));
            return;
        }
        QtConcurrent::run([body = std::move(body)] {
            return ChatCodec::decodeResponse(body);
        }).then(this, [this](const ChatResult &decoded) {
            if (!m_finished)
                applyResponse(decoded);
        });
        return;
    }
    // A stream whose connection ended cleanly after the finish reason is complete even
    // without [DONE], as the official SDKs take it; without a finish reason it was cut off.
    const bool clean = m_parser.finish() || !m_result.finishReason.isEmpty();
    dropPendingFragment();
    if (m_sawStreamError) {
        complete(ChatResult::State::Failed, m_result.error);
    } else if (!clean) {
        complete(ChatResult::State::Truncated, ApiError::truncated());
    } else if (m_result.skippedEvents > 0 && !m_result.hasOutput()) {
        complete(ChatResult::State::Failed,
                 ApiError::invalidResponse(QCoreApplication::translate(
                     "orc::ChatStream",
                     "The stream held no readable data (%n event(s) were not "
                     "JSON). Check the base URL.",
                     nullptr, m_result.skippedEvents)));
    } else if (!m_sawChoice && !m_result.hasOutput()) {
        complete(ChatResult::State::Failed, ChatCodec::emptyResponse());
    } else {
        complete(ChatResult::State::Completed);
    }
}

void ChatStream::applyResponse(const ChatResult &decoded) {
    const qint64 ttft = m_result.timeToFirstTokenMs;
    const int attempts = m_result.attempts;
    m_result = decoded;
    m_result.attempts = attempts;
    m_result.timeToFirstTokenMs = ttft >= 0 ? ttft : m_clock.elapsed();
    emitOutput(m_result.reasoning, m_result.content, {}, m_result.images, m_result.usage);
    complete(decoded.state, decoded.error);
}

void ChatStream::emitOutput(const QString &reasoning, const QString &content,
                            const QList<ToolCallDelta> &toolCalls, const QList<ChatImage> &images,
                            const std::optional<Usage> &usage) {
    if (!reasoning.isEmpty())
        emit reasoningDelta(reasoning);
    if (!content.isEmpty())
        emit contentDelta(content);
    for (const ToolCallDelta &d : toolCalls)
        emit toolCallDelta(d);
    for (const ChatImage &image : images)
        emit imageReceived(image);
    if (usage)
        emit usageReceived(*usage);
}

void ChatStream::complete(ChatResult::State state, const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_result.state = state;
    if (error.isError())
        m_result.error = error;
    else if (state == ChatResult::State::Completed)
        m_result.error = {};
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished();
}

} // namespace orc
