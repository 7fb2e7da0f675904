#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace orc {

// Pure retry decisions: which failures are retried and how long to wait. Exponential backoff
// with symmetric jitter; a server's Retry-After (seconds or HTTP date) wins over the backoff.
struct RetryPolicy {
    int maxAttempts = 4;          // total attempts, the first included; 1 = never retry
    int baseDelayMs = 1000;       // delay before the second attempt (before jitter)
    int maxDelayMs = 30000;       // cap of the exponential backoff
    double jitter = 0.2;          // +/- fraction applied to the backoff
    int maxRetryAfterMs = 120000; // a longer Retry-After is not waited for: the error is returned

    static bool isRetryableStatus(int httpStatus);

    // Delay before attempt `failedAttempt + 1`, or nullopt when no further attempt is made.
    // `random01` in [0,1) drives the jitter so tests are deterministic.
    std::optional<int> nextDelayMs(int failedAttempt, std::optional<int> retryAfterMs,
                                   double random01) const;

    // Parses a Retry-After header value: delta-seconds ("3", "1.5") or an HTTP date
    // ("Wed, 21 Oct 2015 07:28:00 GMT"), relative to `now`. Negative results clamp to 0.
    static std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime &now);
};

} // namespace orc
