#pragma once

#include "Reply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace orc::fake {

struct RecordedRequest;
struct ServerState;

// Account endpoints (§7): /key (and its older alias /auth/key), /credits, /generation, and the
// OAuth PKCE pair: the /auth consent page that issues a code for a code_challenge, and
// POST /auth/keys that exchanges code + code_verifier for a new key.
class AccountRoutes {
public:
    explicit AccountRoutes(ServerState &state);

    Reply key(const QByteArray &apiKey);
    Reply credits(const QByteArray &apiKey);
    Reply generation(const RecordedRequest &request);
    Reply authPage(const RecordedRequest &request);
    Reply exchangeKey(const RecordedRequest &request);

    QString issueCode(const QString &challenge, const QString &method);
    static bool isBroke(const QByteArray &apiKey) { return apiKey.startsWith("sk-or-broke"); }

private:
    QJsonObject fixtureData(const QString &file, const QByteArray &builtin) const;

    ServerState &m_state;
};

} // namespace orc::fake
