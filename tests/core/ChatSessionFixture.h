#pragma once

// What the ChatSession suites share: the fake OpenRouter, a fresh conversation store per test
// function, a client with fast retries and the session under test.

#include "FakeOpenRouter.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatSession.h"
#include "store/ConversationStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

class ChatSessionFixture : public QObject {
protected:
    orc::fake::FakeOpenRouter m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<orc::ConversationStore> m_store;
    std::unique_ptr<orc::OpenRouterClient> m_client;
    std::unique_ptr<orc::ChatSession> m_session;
    int m_dbCounter = 0;

    // Waits until the reply being streamed (if any) has ended.
    bool waitIdle(int timeoutMs = 15000) {
        if (!m_session->isBusy())
            return true;
        QSignalSpy busy(m_session.get(), &orc::ChatSession::busyChanged);
        return busy.wait(timeoutMs) && !m_session->isBusy();
    }

    // For init(): a new store, client and session; false when the store does not open.
    bool startSession(const QString &apiKey) {
        m_server.reset();
        m_store = std::make_unique<orc::ConversationStore>(
            m_dir.filePath(QStringLiteral("chat%1.sqlite").arg(++m_dbCounter)));
        if (!m_store->open())
            return false;
        orc::ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = apiKey;
        c.retry.baseDelayMs = 10;
        c.retry.jitter = 0;
        m_client = std::make_unique<orc::OpenRouterClient>(c);
        m_session = std::make_unique<orc::ChatSession>(m_client.get(), m_store.get());
        return true;
    }

    // For cleanup(): the session before the client and store it uses.
    void stopSession() {
        m_session.reset();
        m_client.reset();
        m_store.reset();
    }
};
