#pragma once

#include "ErrorBodies.h"
#include "ImageFactory.h"
#include "ModelCatalog.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>

namespace orc::fake {

// A finished (or cut) generation, as /generation reports it.
struct GenerationRecord {
    QString id;
    QString model;
    QString provider;
    QString apiType = QStringLiteral("completions");
    qint64 createdAtMs = 0;
    bool streamed = false;
    bool cancelled = false;
    int promptTokens = 0;
    int completionTokens = 0;
    int reasoningTokens = 0;
    int imageTokens = 0;
    int mediaCompletion = 0;
    double cost = 0;
    QString finishReason;
    QString nativeFinishReason;
    QString origin;  // HTTP-Referer of the request, if any
    int lookups = 0; // /generation calls so far
};

struct AuthCode {
    QString challenge; // empty: no PKCE
    QString method;    // "S256" or "plain"
    qint64 issuedAtMs = 0;
};

// Everything the route handlers share: knobs, catalogue, counters and records.
struct ServerState {
    int tokenDelayMs = 0;
    // Content tokens (each its own event) sent together after each token delay: with a 1 ms
    // delay, 2 make a 2,000 tokens/s stream (bench_compare). From the environment variable
    // ORC_FAKE_TOKENS_PER_DELAY (the standalone program's --tokens-per-delay sets it), else 1.
    int tokensPerDelay = std::max(1, qEnvironmentVariableIntValue("ORC_FAKE_TOKENS_PER_DELAY"));
    int slowDelayMs = 200;
    int paddingUnits = 3;
    int paddingDelayMs = 10;
    qint64 hugeImageBytes = 64LL * 1024 * 1024;
    int processingComments = 1;
    int dropBeforeCount = 2; // see FakeOpenRouter::setDropBeforeCount()
    qint64 authCodeLifetimeMs = 10LL * 60 * 1000;

    QString fixturesDir;
    ModelCatalog catalog;
    ErrorBodies errors;
    ImageFactory images;

    QHash<QString, int> faultCounters; // model id -> requests seen
    QHash<QString, GenerationRecord> generations;
    QStringList generationOrder; // oldest first, capped
    QHash<QString, AuthCode> authCodes;

    int bumpFault(const QString &modelId) { return ++faultCounters[modelId]; }
    void addGeneration(const GenerationRecord &record) {
        generations.insert(record.id, record);
        generationOrder.append(record.id);
        while (generationOrder.size() > 10000)
            generations.remove(generationOrder.takeFirst());
    }
};

} // namespace orc::fake
