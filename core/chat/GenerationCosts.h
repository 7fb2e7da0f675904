#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace orc {

class ConversationStore;
class OpenRouterClient;

// Late costs. A reply whose stream carried no cost (a stopped one, a provider that leaves it
// out) learns its exact cost from GET /generation a little after it ends. This object fetches it
// and writes it to the stored message by the message's id, so it arrives whatever the user does
// meanwhile: a new chat, another conversation, the session that asked gone. One serves all the
// sessions of a window; it must outlive none of them, only the requests it makes.
class GenerationCosts final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationCosts)
public:
    GenerationCosts(OpenRouterClient *client, ConversationStore *store, QObject *parent = nullptr);

    // Looks up `generationId` (retrying while the record is not there yet) and stores its cost
    // on message `messageId`.
    void fetch(qint64 messageId, const QString &generationId);
    int pendingCount() const { return m_pending; }

signals:
    // The message's stored cost (and its conversation's total) changed.
    void costStored(qint64 conversationId, qint64 messageId, double cost);

private:
    QPointer<OpenRouterClient> m_client;
    ConversationStore *m_store;
    int m_pending = 0;
};

} // namespace orc
