#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace orc {

class ConversationStore;
class CostLedger;
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

    // The cost ledger whose entries a fetched cost settles (CostLedger::settle); none by default.
    // It must outlive this object's requests.
    void setLedger(CostLedger *ledger) { m_ledger = ledger; }
    CostLedger *ledger() const { return m_ledger; }

    // Looks up `generationId` (retrying while the record is not there yet), settles its ledger
    // entry and stores its cost on message `messageId` (0: no stored message, the ledger only).
    void fetch(qint64 messageId, const QString &generationId);
    int pendingCount() const { return m_pending; }

signals:
    // The message's stored cost (and its conversation's total) changed.
    void costStored(qint64 conversationId, qint64 messageId, double cost);
    // A lookup ended, with or without a cost (pendingCount() is already lower).
    void fetchEnded();

private:
    QPointer<OpenRouterClient> m_client;
    ConversationStore *m_store;
    CostLedger *m_ledger = nullptr;
    int m_pending = 0;
};

} // namespace orc
