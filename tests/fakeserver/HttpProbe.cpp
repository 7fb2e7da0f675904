#include "HttpProbe.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace orc::fake::test {

QJsonObject ProbeResult::json() const {
    return QJsonDocument::fromJson(body.trimmed()).object();
}

QString ProbeResult::errorMessage() const {
    return json()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

QJsonObject SseEvent::json() const {
    return QJsonDocument::fromJson(data).object();
}

HttpProbe::HttpProbe(const QUrl &baseUrl)
    : m_base(baseUrl) {
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl HttpProbe::url(const QString &path) const {
    QUrl u = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    u.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

QJsonObject HttpProbe::chatBody(const QString &model, bool stream, const QString &prompt) {
    return {{QStringLiteral("model"), model},
            {QStringLiteral("stream"), stream},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), prompt}}}}};
}

ProbeResult HttpProbe::get(const QString &path, const Headers &headers, int timeoutMs) {
    return send("GET", url(path), {}, headers, timeoutMs);
}

ProbeResult HttpProbe::post(const QString &path, const QJsonObject &body, const Headers &headers,
                            int timeoutMs) {
    Headers all = headers;
    all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return send("POST", url(path), QJsonDocument(body).toJson(QJsonDocument::Compact), all,
                timeoutMs);
}

ProbeResult HttpProbe::chat(const QJsonObject &body, const QByteArray &key, int timeoutMs) {
    Headers headers;
    if (!key.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), auth(key)});
    return post(QStringLiteral("/chat/completions"), body, headers, timeoutMs);
}

ProbeResult HttpProbe::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            const Headers &headers, int timeoutMs,
                            const std::function<bool(const ProbeResult &)> &onRead) {
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    ProbeResult result;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        if (result.headersAtMs < 0)
            result.headersAtMs = clock.elapsed();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray chunk = reply->readAll();
        result.readAtMs.append(clock.elapsed());
        result.readSizes.append(chunk.size());
        result.body += chunk;
        if (onRead && !onRead(result))
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timeout.stop();
    result.finishedAtMs = clock.elapsed();
    if (reply->isOpen())
        result.body += reply->readAll();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QList<SseEvent> HttpProbe::sse(const QByteArray &body) {
    QList<SseEvent> events;
    for (const QByteArray &block : body.split('\n')) {
        if (block.isEmpty())
            continue;
        SseEvent e;
        if (block.startsWith(':')) {
            e.comment = true;
            e.data = block.mid(1).trimmed();
        } else if (block.startsWith("data:")) {
            e.data = block.mid(5);
            if (e.data.startsWith(' '))
                e.data.remove(0, 1);
        } else {
            continue;
        }
        events.append(e);
    }
    return events;
}

QList<QJsonObject> HttpProbe::dataChunks(const QByteArray &sseBody) {
    QList<QJsonObject> out;
    for (const SseEvent &e : sse(sseBody)) {
        if (!e.comment && e.data != "[DONE]")
            out.append(e.json());
    }
    return out;
}

QString HttpProbe::deltaText(const QList<QJsonObject> &chunks, const char *field) {
    QString text;
    for (const QJsonObject &c : chunks) {
        const QJsonArray choices = c.value(QStringLiteral("choices")).toArray();
        if (!choices.isEmpty())
            text += choices[0]
                        .toObject()
                        .value(QStringLiteral("delta"))
                        .toObject()
                        .value(QLatin1String(field))
                        .toString();
    }
    return text;
}

QJsonObject HttpProbe::firstChoice(const QJsonObject &chunkOrCompletion) {
    return chunkOrCompletion.value(QStringLiteral("choices")).toArray().first().toObject();
}

QStringList HttpProbe::modelIds(const QJsonObject &listing) {
    QStringList out;
    for (const QJsonValue &m : listing.value(QStringLiteral("data")).toArray())
        out.append(m.toObject().value(QStringLiteral("id")).toString());
    return out;
}

QSize HttpProbe::pngSize(const QString &dataUrl) {
    const qsizetype comma = dataUrl.indexOf(QLatin1Char(','));
    return QImage::fromData(QByteArray::fromBase64(dataUrl.mid(comma + 1).toLatin1()), "PNG")
        .size();
}

QByteArray HttpProbe::raw(quint16 port, const QByteArray &bytes, int timeoutMs,
                          const std::function<bool(const QByteArray &)> &enough,
                          bool *closedByPeer) {
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (enough && enough(received))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError e) {
                         if (e == QAbstractSocket::RemoteHostClosedError)
                             closed = true;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    received += socket.readAll();
    if (closedByPeer)
        *closedByPeer = closed;
    return received;
}

} // namespace orc::fake::test
