#pragma once

#include <QCoreApplication>
#include <QString>

namespace orc {

// The line shown while a failed request waits to be tried again, the same wherever it shows
// (chat composer, catalog, image studio): "Connection refused. Retrying in 2 s (attempt 2)…",
// then "Retrying now (attempt 2)…" once the wait is over.
class RetryNotice {
    Q_DECLARE_TR_FUNCTIONS(orc::RetryNotice)
public:
    // `reason` is the error's message (a trailing full stop is dropped); `msLeft` is what is
    // left of the wait, rounded up to whole seconds.
    static QString text(const QString &reason, int nextAttempt, qint64 msLeft);
};

} // namespace orc
