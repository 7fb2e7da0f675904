#pragma once

#include "domain/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace orc {

class OpenRouterClient;

// "Sign in with OpenRouter": the OAuth PKCE flow of a desktop app (openrouter-api.md §7.6).
// start() opens a one-shot listener on 127.0.0.1 (any port), builds the consent URL
// (Endpoints::authorizeUrl, on the site of the client's base URL) with an S256 challenge and asks
// the GUI to open it in the browser (openUrlRequested; core has no QDesktopServices). The browser
// comes back to http://localhost:PORT/callback?code=..., the listener answers with a "you can close
// this tab" page and closes, and the code is exchanged at POST /auth/keys for a key. finished() is
// emitted exactly once.
class OAuthFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthFlow)
public:
    explicit OAuthFlow(OpenRouterClient *client, QObject *parent = nullptr);
    ~OAuthFlow() override;

    void setTimeoutMs(int ms) { m_timeout.setInterval(ms); }
    void setKeyLabel(const QString &label) { m_keyLabel = label; }

    bool start(QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl authorizationUrl() const { return m_authUrl; }
    QUrl callbackUrl() const;

    // PKCE helpers (RFC 7636): 32 random bytes as base64url without padding (43 characters),
    // and the S256 challenge of a verifier.
    static QString makeVerifier();
    static QString challengeFor(const QString &verifier);

signals:
    void openUrlRequested(const QUrl &url);
    void codeReceived(); // the browser came back; the exchange is running
    void finished(const QString &key, const orc::ApiError &error);

private:
    void onConnection();
    void handleRequest(QTcpSocket *socket);
    void exchange(const QString &code);
    void finish(const QString &key, const ApiError &error);
    void closeListener();

    QPointer<OpenRouterClient> m_client;
    QTcpServer *m_server = nullptr;
    QTimer m_timeout;
    QUrl m_authUrl;
    QString m_verifier;
    QString m_keyLabel;
    bool m_running = false;
};

} // namespace orc
