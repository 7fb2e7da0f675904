#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace orc {

// A `--since` value: a span back from `now` ("7d", "12h", "2w", "3m" for months; a space before
// the unit and any case are fine), a date ("2026-11-01", its midnight in `dates`: local time
// for the user's days, UTC for the catalogue's history) or an ISO date-time. nullopt for
// anything else.
std::optional<QDateTime> parseSince(const QString &text, const QDateTime &now,
                                    Qt::TimeSpec dates = Qt::LocalTime);

} // namespace orc
