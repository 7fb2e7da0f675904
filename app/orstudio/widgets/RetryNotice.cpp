#include "widgets/RetryNotice.h"

namespace orc {

QString RetryNotice::text(const QString &reason, int nextAttempt, qint64 msLeft) {
    QString why = reason.trimmed();
    while (why.endsWith(u'.'))
        why.chop(1);
    const QString when = msLeft > 0 ? tr("Retrying in %n s", nullptr, int((msLeft + 999) / 1000))
                                    : tr("Retrying now");
    return why.isEmpty() ? tr("%1 (attempt %2)…").arg(when).arg(nextAttempt)
                         : tr("%1. %2 (attempt %3)…").arg(why, when).arg(nextAttempt);
}

} // namespace orc
