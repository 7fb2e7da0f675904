#pragma once

// What the API client test suites share: the in-process fake OpenRouter, a client configuration
// with quick retries, and helpers to build a chat request and run it to the end.
#include "FakeOpenRouter.h"
#include "TestSupport.h"
#include "api/OpenRouterClient.h"

#include <QSignalSpy>

namespace orc::test {

inline const QString kKey = QStringLiteral("sk-or-v1-test0123456789abcdef0123456789abcdef");

class ClientFixture {
protected:
    fake::FakeOpenRouter m_server;

    // For initTestCase().
    bool startServer() {
        if (!m_server.listen())
            return false;
        m_server.setFixturesDir(fixturesDir());
        if (!hasFixtures())
            qInfo("%s: the fake serves its built-in model set", kNoFixturesMessage);
        return true;
    }

    ClientConfig config(const QString &key = kKey) const {
        ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = key;
        c.keySource = KeySource::Explicit;
        c.retry.maxAttempts = 3;
        c.retry.baseDelayMs = 20;
        c.retry.maxDelayMs = 200;
        c.retry.jitter = 0.0;
        c.idleTimeoutMs = 5000;
        return c;
    }

    static ChatRequest request(const QString &model, bool stream = true,
                               const QString &prompt = QStringLiteral("hello there")) {
        ChatRequest r;
        r.model = model;
        r.stream = stream;
        r.messages = {ChatMessage::user(prompt)};
        return r;
    }

    // Runs a chat to completion and returns its result; warns on a stall or a second finish.
    ChatResult run(OpenRouterClient &client, const ChatRequest &r, int timeoutMs = 15000) {
        ChatStream *s = client.chat(r);
        QSignalSpy finished(s, &ChatStream::finished);
        if (!finished.wait(timeoutMs))
            qWarning("chat did not finish within %d ms", timeoutMs);
        const ChatResult result = s->result();
        if (finished.count() != 1)
            qWarning("finished emitted %d times", int(finished.count()));
        delete s;
        return result;
    }
};

} // namespace orc::test
