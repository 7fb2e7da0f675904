#include "OAuthFlow.h"

#include "Logging.h"
#include "api/OpenRouterClient.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace orc {

OAuthFlow::OAuthFlow(OpenRouterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(10 * 60 * 1000); // a code expires after 10 minutes anyway
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        ApiError e = ApiError::timeout(m_timeout.interval());
        e.message = tr("Sign-in was not completed in the browser in time.");
        finish({}, e);
    });
}

OAuthFlow::~OAuthFlow() {
    closeListener();
}

QString OAuthFlow::makeVerifier() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString OAuthFlow::challengeFor(const QString &verifier) {
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl OAuthFlow::callbackUrl() const {
    if (!m_server)
        return {};
    return QUrl(u"http://localhost:%1/callback"_s.arg(m_server->serverPort()));
}

bool OAuthFlow::start(QString *error) {
    if (m_running) {
        if (error)
            *error = tr("Sign-in is already in progress.");
        return false;
    }
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = tr("Cannot listen for the browser's answer on 127.0.0.1: %1")
                         .arg(m_server->errorString());
        closeListener();
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &OAuthFlow::onConnection);
    m_verifier = makeVerifier();
    const QUrl base = m_client ? m_client->config().baseUrl : ClientConfig::defaultBaseUrl();
    m_authUrl = Endpoints::authorizeUrl(base, callbackUrl(), challengeFor(m_verifier), m_keyLabel);
    m_running = true;
    m_timeout.start();
    emit openUrlRequested(m_authUrl);
    return true;
}

void OAuthFlow::cancel() {
    if (m_running)
        finish({}, ApiError::cancelled());
}

void OAuthFlow::onConnection() {
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void OAuthFlow::handleRequest(QTcpSocket *socket) {
    if (!socket->canReadLine())
        return;
    const QByteArray line = socket->readLine(8192).trimmed(); // "GET /callback?code=... HTTP/1.1"
    const QList<QByteArray> parts = line.split(' ');
    const QUrl target(QString::fromLatin1(parts.value(1)));
    const QString code = QUrlQuery(target).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const bool ok = parts.value(0) == "GET" && target.path() == "/callback"_L1 && !code.isEmpty();
    const QByteArray title = ok ? tr("OR Studio is signed in").toUtf8()
                                : tr("OR Studio did not get a sign-in code").toUtf8();
    const QByteArray text = ok ? tr("You can close this tab and return to OR Studio.").toUtf8()
                               : tr("Start the sign-in again from OR Studio.").toUtf8();
    const QByteArray body = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title +
                            "</title></head><body style=\"font-family:sans-serif\"><h1>" + title +
                            "</h1><p>" + text + "</p></body></html>";
    socket->write((ok ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 400 Bad Request\r\n") +
                  "Content-Type: text/html; charset=utf-8\r\nConnection: close\r\n"
                  "Content-Length: "_ba +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (!ok || !m_running)
        return;
    closeListener(); // one-shot
    emit codeReceived();
    exchange(code);
}

void OAuthFlow::exchange(const QString &code) {
    if (!m_client) {
        finish({}, ApiError::config(tr("The sign-in has no API client.")));
        return;
    }
    ApiCall *call = m_client->send(Endpoints::authKeys(code, m_verifier));
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        ApiError error = call->error();
        QJsonObject o;
        if (!error.isError())
            o = OpenRouterClient::parseObject(call->body(), &error);
        const QString key = o.value("key"_L1).toString();
        if (!error.isError() && key.isEmpty())
            error = ApiError::invalidResponse(tr("The sign-in answer held no key."));
        finish(key, error);
    });
}

void OAuthFlow::finish(const QString &key, const ApiError &error) {
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    closeListener();
    m_verifier.clear();
    emit finished(key, error);
}

void OAuthFlow::closeListener() {
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}

} // namespace orc
