#pragma once

#include "ChatRenderer.h"
#include "Reply.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace orc::fake {

struct ModelInfo;
struct RecordedRequest;
struct ServerState;

// POST /chat/completions: validates the body, then answers by model id (see FakeOpenRouter.h):
// catalogue models and fake/* behaviours, fixture/<name> replays, and every fault/* mode.
class ChatCompletions {
public:
    explicit ChatCompletions(ServerState &state);
    Reply handle(const RecordedRequest &request);

private:
    struct Turn {
        QString requestedModel;
        QString model;    // reported in the response
        QString provider; // reported in the response
        bool stream = false;
        QJsonObject body;
        QString lastRole;
        QString lastUserText;
        QString lastText; // text of the last message, whatever its role
        int promptTokens = 0;
        int maxTokens = -1; // max_tokens / max_completion_tokens, -1 when absent
        QStringList modalities;
        double promptPrice = 0.000001;
        double completionPrice = 0.000002;
        double imagePrice = 0.00003;
        QString origin;
    };

    Reply fault(Turn &turn, bool &handled);
    Reply fixture(const Turn &turn);
    Reply catalogModel(Turn &turn, const ModelInfo &requested);
    Reply respond(const Turn &turn, ChatAnswer answer, int chunkDelayMs, int paddingDelayMs);

    ChatAnswer echo(const Turn &turn) const;
    ChatAnswer tokens(const Turn &turn, int count) const;
    ChatAnswer reasoning(const Turn &turn) const;
    ChatAnswer tools(const Turn &turn) const;
    Reply image(Turn &turn, bool withText);
    QByteArray hugeImageUrl();

    static QString providerFor(const QString &modelId);
    static QString invalidModel(const QString &id);
    static QList<QByteArray> words(const QString &text);

    ServerState &m_state;
    QByteArray m_hugeUrl;
};

} // namespace orc::fake
