#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace orc {

// A typed failure at the core boundary. The GUI and the CLI show `message` plus `hint()`;
// the CLI maps `kind` to its exit code. Nothing in here ever contains the API key.
struct ApiError {
    enum class Kind {
        None,
        Config,          // bad set-up detected before any request (missing key, insecure URL...)
        Network,         // connection refused/reset/dropped, DNS, TLS
        Timeout,         // nothing received for the idle timeout, or the overall limit reached
        Cancelled,       // cancelled by the user
        BadRequest,      // 400, 413, 422 and other 4xx not listed below
        Auth,            // 401
        Credits,         // 402
        Moderation,      // 403 (moderation flag, guardrail, permission)
        NotFound,        // 404 (unknown model, a model without any endpoint)
        NoEndpoint,      // 404: no endpoint satisfies the request's routing, privacy or
                         // parameter constraints; nothing was generated (see `constraint`)
        RateLimited,     // 429
        Server,          // 408, 5xx: provider or OpenRouter trouble
        InvalidResponse, // a body that is not the JSON we expect
        Truncated,       // a stream that ended without [DONE]
    };

    Kind kind = Kind::None;
    int httpStatus = 0;   // HTTP status, or the in-band error code when numeric
    QString code;         // OpenRouter error.code as text ("429", "server_error"...)
    QString errorType;    // error.metadata.error_type when present
    QString message;      // human text from the server or from us
    QString detail;       // provider's own message (metadata.raw), when the message is generic
    QString providerName; // metadata.provider_name
    QStringList reasons;  // moderation reasons
    QString flaggedInput; // moderation: flagged input excerpt (<= 100 chars)
    QJsonObject metadata; // error.metadata verbatim
    // Kind::NoEndpoint: which constraint excluded every endpoint, as a stable id: "providers"
    // (order/only/ignore; metadata has available_providers and requested_providers),
    // "data_policy" (data collection), "zdr", "tools", "parameters" (require_parameters or an
    // unsupported parameter), "modalities", "quantizations", "max_price", or "other".
    QString constraint;
    bool retryable = false;
    int retryAfterMs = -1;  // from Retry-After or error.availability.retry_after, -1 if none
    bool midStream = false; // arrived inside a stream after output had started
    int networkError = 0;   // QNetworkReply::NetworkError for Kind::Network

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Which program shows the hints: the studio (keys may be entered in its settings) or orcli
    // (which reads keys from the environment only). One per process; App by default.
    enum class Face { App, Cli };
    static void setFace(Face face);
    static Face face();

    // A translated sentence saying what to do about it (empty when there is nothing to add),
    // worded for face().
    QString hint() const;
    // "message (detail)" plus the hint, one paragraph, for a status line or stderr.
    QString toString() const;
    // Stable machine-readable form for `orcli --format json`.
    QJsonObject toJson() const;
    static QString kindName(Kind kind);

    static Kind kindForStatus(int httpStatus);

    static ApiError config(const QString &message);
    static ApiError network(int networkError, const QString &message);
    static ApiError timeout(int idleMs);
    // The overall limit of one call (retries included) ran out: Kind::Timeout, not retryable.
    static ApiError overallTimeout(int limitMs);
    static ApiError cancelled();
    static ApiError invalidResponse(const QString &message);
    static ApiError truncated();

    // Replaces every occurrence of `secret` in the texts by a redacted marker.
    void redact(const QString &secret);
};

} // namespace orc

Q_DECLARE_METATYPE(orc::ApiError)
