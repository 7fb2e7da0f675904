#pragma once

#include "Reply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace orc::fake {

struct RecordedRequest;
struct ServerState;

// Account endpoints (§7): /key (and its older alias /auth/key), /credits, /generation, /activity,
// and the OAuth PKCE pair: the /auth consent page that issues a code for a code_challenge, and POST
// /auth/keys that exchanges code + code_verifier for a new key.
class AccountRoutes {
public:
    explicit AccountRoutes(ServerState &state);

    Reply key(const QByteArray &apiKey);
    Reply credits(const QByteArray &apiKey);
    Reply generation(const RecordedRequest &request);
    // GET /activity[?date=YYYY-MM-DD]: the served generations of the last 30 completed UTC
    // days, one item per day × model × provider. Management keys only (see isManagementKey).
    Reply activity(const QByteArray &apiKey, const RecordedRequest &request);
    Reply authPage(const RecordedRequest &request);
    Reply exchangeKey(const RecordedRequest &request);

    QString issueCode(const QString &challenge, const QString &method);
    static bool isBroke(const QByteArray &apiKey) { return apiKey.startsWith("sk-or-broke"); }
    // The fake's management keys: "sk-or-v1-mgmt…". Real ones look like any other key.
    static bool isManagementKey(const QByteArray &apiKey) {
        return apiKey.startsWith("sk-or-v1-mgmt");
    }

private:
    QJsonObject fixtureData(const QString &file, const QByteArray &builtin) const;

    ServerState &m_state;
};

} // namespace orc::fake
