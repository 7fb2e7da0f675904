#include "ApiCall.h"

#include "Logging.h"
#include "api/ErrorCodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

bool isHtml(const QByteArray &contentType) {
    return contentType.trimmed().toLower().startsWith("text/html");
}

// "The server answered HTTP 200 with a web page ("Login - Hotel Wi-Fi") ...": the page's title
// says who answered.
QString htmlAnswerMessage(int status, const QByteArray &body) {
    static const QRegularExpression title(u"<title[^>]*>([^<]{1,120})</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString page = QString::fromUtf8(body.left(64 * 1024));
    const QString name = title.match(page).captured(1).simplified();
    return name.isEmpty()
               ? QCoreApplication::translate("orc::ApiCall",
                                             "The server answered HTTP %1 with a web page instead "
                                             "of OpenRouter's API.")
                     .arg(status)
               : QCoreApplication::translate("orc::ApiCall",
                                             "The server answered HTTP %1 with a web page (\"%2\") "
                                             "instead of OpenRouter's API.")
                     .arg(status)
                     .arg(name);
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *network, const ClientConfig &config,
                 PreparedRequest request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_request(std::move(request)) {
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ApiCall::onIdleTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    m_overallTimer.setSingleShot(true);
    connect(&m_overallTimer, &QTimer::timeout, this, &ApiCall::onOverallTimeout);
}

ApiCall::~ApiCall() {
    releaseReply();
}

void ApiCall::start() {
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    if (m_config.maxTimeMs > 0)
        m_overallTimer.start(m_config.maxTimeMs);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished)
                return;
            if (const auto problem = m_config.validate(m_request.needsKey())) {
                finish(*problem);
                return;
            }
            sendAttempt();
        },
        Qt::QueuedConnection);
}

void ApiCall::sendAttempt() {
    if (m_finished)
        return;
    ++m_attempt;
    m_status = 0;
    m_statusRead = false;
    m_streamingBody = false;
    m_timedOut = false;
    m_replyEnded = false;
    m_deliveryQueued = false;
    m_body.clear();
    m_headers.clear();

    const HttpRequest http = httpRequest();
    QNetworkRequest request(http.url);
    for (const auto &[name, value] : http.headers)
        request.setRawHeader(name, value);
    // Never follow a redirect to another origin: it would carry the key elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);

    qCDebug(orcNet) << "attempt" << m_attempt << http.method << http.url.toDisplayString();
    m_reply = m_network->sendCustomRequest(request, http.method, http.body);
    m_reply->setParent(this);
    if (m_request.streaming()) {
        // Qt's network thread hands data over only when it falls idle, so a server faster
        // than this thread would otherwise have the whole reply read (and held) before any of
        // it is seen. The limit must be set once the request is under way: set earlier, it is
        // lost before the network thread is listening.
        connect(m_reply, &QNetworkReply::requestSent, this, [this] {
            if (m_reply)
                m_reply->setReadBufferSize(kStreamReadBuffer);
        });
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_idleTimer.start(); });
    m_idleTimer.start(m_config.idleTimeoutMs);
}

void ApiCall::readStatus() {
    if (m_statusRead || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_statusRead = true;
    m_status = status.toInt();
    m_headers = m_reply->rawHeaderPairs();
    // Errors before the first output byte come as JSON with a 4xx/5xx status even when a
    // stream was asked for; those are buffered and parsed, never handed out as stream data.
    // An HTML page (a captive portal, a proxy's error page, a web server at the wrong base URL)
    // is buffered too, and reported as what it is in onReplyFinished().
    m_streamingBody = m_request.streaming() && m_status >= 200 && m_status < 300 &&
                      !contentType().startsWith("application/json") && !isHtml(contentType());
    if (m_streamingBody)
        emit responseStarted(m_status);
}

bool ApiCall::beginReplyEvent(bool moreToCome) {
    if (!m_reply || m_finished)
        return false;
    if (moreToCome)
        m_idleTimer.start();
    else
        m_idleTimer.stop();
    readStatus();
    return m_reply && !m_finished; // false: a slot connected to responseStarted cancelled us
}

void ApiCall::onReadyRead() {
    if (!beginReplyEvent(true))
        return;
    m_maxReadAhead = std::max(m_maxReadAhead, m_reply->bytesAvailable());
    if (m_streamingBody) {
        if (!m_deliveryQueued)
            deliverStream();
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    if (m_body.size() + chunk.size() > kMaxBufferedBody) {
        releaseReply();
        finish(ApiError::invalidResponse(
            tr("The response is larger than %1 MiB; refusing to buffer it.")
                .arg(kMaxBufferedBody / (1024 * 1024))));
        return;
    }
    m_body += chunk;
}

void ApiCall::deliverStream() {
    // Pieces of a fixed size through one reused buffer: no allocation per read, however far
    // the network thread has read ahead. A slot may cancel the call between two pieces.
    m_deliveryQueued = false;
    qint64 delivered = 0;
    while (m_reply && !m_finished && m_reply->bytesAvailable() > 0) {
        if (delivered >= kStreamTurnBytes) {
            // The rest in the next turn: timers, input and painting run in between.
            m_deliveryQueued = true;
            QMetaObject::invokeMethod(this, &ApiCall::deliverStream, Qt::QueuedConnection);
            break;
        }
        m_piece.resize(kStreamPiece);
        const qint64 n = m_reply->read(m_piece.data(), m_piece.size());
        if (n <= 0)
            break;
        m_piece.resize(n);
        delivered += n;
        m_bodyDelivered = true;
        emit bytesReceived(m_piece);
    }
    if (delivered > 0) {
        ++m_deliveryTurns;
        m_maxTurnBytes = std::max(m_maxTurnBytes, delivered);
    }
    if (m_replyEnded && !m_deliveryQueued && m_reply && !m_finished)
        concludeReply(); // the last piece is handed on
}

void ApiCall::onIdleTimeout() {
    if (!m_reply || m_finished)
        return;
    m_timedOut = true;
    qCInfo(orcNet) << "no data for" << m_config.idleTimeoutMs << "ms; aborting" << m_request.path();
    m_reply->abort(); // finished() follows synchronously
}

void ApiCall::onOverallTimeout() {
    if (m_finished)
        return;
    qCInfo(orcNet) << "overall limit of" << m_config.maxTimeMs << "ms reached; aborting"
                   << m_request.path();
    releaseReply();
    finish(ApiError::overallTimeout(m_config.maxTimeMs));
}

void ApiCall::onReplyFinished() {
    if (!beginReplyEvent(false))
        return;
    m_replyEnded = true;
    // An aborted reply (idle timeout) is closed: reading it would only make Qt warn.
    if (m_streamingBody && m_reply->isOpen()) {
        if (!m_deliveryQueued)
            deliverStream(); // concludes once the rest is handed on, perhaps in later turns
        return;
    }
    if (m_reply->isOpen())
        m_body += m_reply->readAll();
    concludeReply();
}

void ApiCall::concludeReply() {
    const QNetworkReply::NetworkError netError = m_reply->error();
    const QString netText = m_reply->errorString();
    const QByteArray retryAfterHeader = m_reply->rawHeader("Retry-After");
    releaseReply();

    if (m_timedOut) {
        failOrRetry(ApiError::timeout(m_config.idleTimeoutMs), !m_bodyDelivered);
        return;
    }
    if (m_status == 0 || (netError != QNetworkReply::NoError && m_status < 400 &&
                          netError < QNetworkReply::ContentAccessDenied)) {
        // Transport failure: refused, reset, closed mid-body, TLS...
        ApiError e = ApiError::network(
            int(netError),
            tr("Network error talking to %1: %2").arg(m_config.baseUrl.host(), netText));
        e.midStream = m_bodyDelivered;
        failOrRetry(e, !m_bodyDelivered);
        return;
    }
    if (m_status >= 400) {
        const auto retryAfter =
            RetryPolicy::parseRetryAfter(retryAfterHeader, QDateTime::currentDateTimeUtc());
        ApiError e = ErrorCodec::fromHttpResponse(m_status, m_body, retryAfter.value_or(-1));
        failOrRetry(e, e.retryable);
        return;
    }
    if (isHtml(contentType())) {
        // OpenRouter answers JSON or an event stream, never a web page.
        finish(ApiError::invalidResponse(htmlAnswerMessage(m_status, m_body)));
        return;
    }
    finish({});
}

void ApiCall::failOrRetry(ApiError error, bool retryAllowed) {
    error.redact(m_config.apiKey);
    if (retryAllowed && error.retryable) {
        const std::optional<int> retryAfter =
            error.retryAfterMs >= 0 ? std::optional<int>(error.retryAfterMs) : std::nullopt;
        const auto delay = m_config.retry.nextDelayMs(m_attempt, retryAfter,
                                                      QRandomGenerator::global()->generateDouble());
        if (delay) {
            qCInfo(orcNet).nospace()
                << "retrying " << m_request.path() << " in " << *delay << " ms (attempt "
                << m_attempt + 1 << "): " << ApiError::kindName(error.kind) << ' '
                << error.httpStatus;
            emit retrying(m_attempt + 1, *delay, error);
            if (!m_finished)
                m_retryTimer.start(*delay);
            return;
        }
    }
    finish(error);
}

void ApiCall::finish(ApiError error) {
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer.stop();
    m_retryTimer.stop();
    m_overallTimer.stop();
    error.redact(m_config.apiKey);
    m_error = error;
    if (m_error.isError())
        qCDebug(orcNet) << m_request.path() << "failed:" << ApiError::kindName(m_error.kind)
                        << m_error.httpStatus;
    emit finished();
}

void ApiCall::cancel() {
    if (m_finished)
        return;
    releaseReply();
    if (!m_started)
        m_started = true;
    finish(ApiError::cancelled());
}

void ApiCall::releaseReply() {
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

QByteArray ApiCall::takeBody() {
    QByteArray b;
    b.swap(m_body);
    return b;
}

QByteArray ApiCall::responseHeader(const QByteArray &name) const {
    for (const auto &[key, value] : m_headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace orc
