#include "RetryPolicy.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace orc {

bool RetryPolicy::isRetryableStatus(int httpStatus) {
    switch (httpStatus) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
    case 524:
    case 529:
        return true;
    default:
        return false;
    }
}

std::optional<int> RetryPolicy::nextDelayMs(int failedAttempt, std::optional<int> retryAfterMs,
                                            double random01) const {
    if (failedAttempt >= maxAttempts)
        return std::nullopt;
    if (retryAfterMs) {
        if (*retryAfterMs > maxRetryAfterMs)
            return std::nullopt;
        return std::max(0, *retryAfterMs);
    }
    const double exponent = std::min(failedAttempt - 1, 30);
    const double backoff = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return std::max(0, static_cast<int>(std::lround(backoff * factor)));
}

std::optional<int> RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &now) {
    const QString text = QString::fromLatin1(value.data(), value.size()).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return static_cast<int>(std::lround(std::clamp(seconds, 0.0, 86400.0 * 7) * 1000.0));

    // RFC 9110 IMF-fixdate, plus the obsolete RFC 850 and asctime forms. The weekday is
    // dropped before parsing: it is redundant, and a wrong one must not void the date.
    QString simplified = text.simplified();
    const qsizetype comma = simplified.indexOf(u',');
    if (comma >= 0)
        simplified = simplified.mid(comma + 1).trimmed();
    else if (simplified.size() > 4 && simplified.at(3) == u' ')
        simplified = simplified.mid(4); // asctime: "Wed Nov 25 12:00:05 2026"
    static const char *const formats[] = {"dd MMM yyyy HH:mm:ss 'GMT'", "dd-MMM-yy HH:mm:ss 'GMT'",
                                          "MMM d HH:mm:ss yyyy"};
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime when = c.toDateTime(simplified, QString::fromLatin1(format));
        if (!when.isValid())
            continue;
        when.setTimeZone(QTimeZone::utc());
        if (when.date().year() < 1970) // two-digit years of RFC 850
            when = when.addYears(100);
        const qint64 ms = now.msecsTo(when);
        return static_cast<int>(std::clamp<qint64>(ms, 0, qint64(86400) * 7 * 1000));
    }
    return std::nullopt;
}

} // namespace orc
