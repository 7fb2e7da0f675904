#include "TimeSpan.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace orc {

std::optional<QDateTime> parseSince(const QString &text, const QDateTime &now, Qt::TimeSpec dates) {
    const QString t = text.trimmed();
    static const QRegularExpression relative(u"^(\\d{1,5})\\s*([hdwm])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        switch (m.captured(2).at(0).toLower().unicode()) {
        case 'h':
            return now.addSecs(-n * 3600);
        case 'd':
            return now.addDays(-n);
        case 'w':
            return now.addDays(-7 * n);
        default:
            return now.addMonths(-int(n));
        }
    }
    if (const QDate day = QDate::fromString(t, Qt::ISODate); day.isValid())
        return QDateTime(day, QTime(0, 0), dates);
    if (const QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs); at.isValid())
        return at;
    return std::nullopt;
}

} // namespace orc
