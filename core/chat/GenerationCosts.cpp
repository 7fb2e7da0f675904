#include "GenerationCosts.h"

#include "Logging.h"
#include "api/OpenRouterClient.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"

#include <QScopeGuard>

namespace orc {

GenerationCosts::GenerationCosts(OpenRouterClient *client, ConversationStore *store,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store) {}

void GenerationCosts::fetch(qint64 messageId, const QString &generationId) {
    if (!m_client || generationId.isEmpty() || (!messageId && !m_ledger))
        return;
    ++m_pending;
    m_client->fetchGeneration(
        generationId, this, [this, messageId](const GenerationInfo &g, const ApiError &e) {
            --m_pending;
            const auto ended = qScopeGuard([this] { emit fetchEnded(); });
            if (e.isError()) {
                qCInfo(orcApi).noquote() << "no late cost for message" << messageId << e.message;
                return;
            }
            if (m_ledger)
                m_ledger->settle(g);
            const auto message = messageId ? m_store->message(messageId) : std::nullopt;
            if (!message || !m_store->setMessageCost(messageId, g.totalCost))
                return; // deleted meanwhile
            emit costStored(message->conversationId, messageId, g.totalCost);
        });
}

} // namespace orc
