#pragma once

#include "chat/ChatRouting.h"
#include "domain/Conversation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace orc {

// The texts of a message card: role names, state badges, the statistics line and the error
// paragraph, as pure functions so they are easy to test.
class TranscriptFormat {
    Q_DECLARE_TR_FUNCTIONS(orc::TranscriptFormat)
public:
    static QString roleTitle(const QString &role);
    static QString stateBadge(StoredMessage::State state); // empty for Complete
    // US dollars with every digit the API gave (no rounding to cents): "$0.000123".
    static QString cost(double usd);
    static std::optional<double> tokensPerSecond(const StoredMessage &message);
    // "1,234 in · 567 out · $0.000123 · first token 420 ms · 85.3 tok/s · stop · served by
    // DeepInfra"
    static QString statsLine(const StoredMessage &message);
    // The line under a reply that another model or provider served than was asked; empty when
    // it is no fallback.
    static QString fallbackNotice(const RoutingFallback &fallback, const StoredMessage &message);
    // ApiError::constraint of a reply that failed because no endpoint matched; else empty.
    static QString noEndpointConstraint(const StoredMessage &message);
    static QString modelLine(const StoredMessage &message); // "model · provider"
    // Rich text: the error message in bold, the provider's detail, then core's hint.
    static QString errorHtml(const StoredMessage &message);
};

} // namespace orc
