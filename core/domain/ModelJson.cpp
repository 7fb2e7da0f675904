#include "ModelJson_p.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace orc::detail {

std::optional<double> readNumber(const QJsonValue &value) {
    double d = 0.0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

QString readString(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

// Keeps the difference between "" (closed models) and null (routers) for hugging_face_id.
QString readNullableString(const QJsonValue &value) {
    QString s = readString(value);
    if (s.isNull() && value.isString())
        s = u""_s;
    return s;
}

QJsonValue nullableString(const QString &s) {
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}
QJsonValue nonEmptyOrNull(const QString &s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue numberOrNull(const std::optional<double> &n) {
    return n ? QJsonValue(*n) : QJsonValue();
}

// A non-negative count; 0 for null, garbage and negative values.
qint64 readCount(const QJsonValue &value) {
    const std::optional<double> d = readNumber(value);
    if (!d || *d <= 0)
        return 0;
    constexpr double kMax = 9007199254740992.0; // 2^53: exact in JSON doubles
    return static_cast<qint64>(std::min(*d, kMax));
}

QJsonValue countOrNull(qint64 n) {
    return n > 0 ? QJsonValue(n) : QJsonValue();
}

bool readBool(const QJsonValue &value, bool fallback) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString()) {
        const QString s = value.toString().trimmed().toLower();
        if (s == "true"_L1 || s == "1"_L1 || s == "yes"_L1)
            return true;
        if (s == "false"_L1 || s == "0"_L1 || s == "no"_L1)
            return false;
    }
    return fallback;
}

std::optional<bool> readOptionalBool(const QJsonValue &value) {
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return readBool(value);
}

// An array of strings; a single comma-separated string is accepted too.
QStringList readStringList(const QJsonValue &value, bool lowerCase) {
    QStringList out;
    auto add = [&](QString s) {
        s = s.trimmed();
        if (s.isEmpty())
            return;
        out.append(lowerCase ? s.toLower() : s);
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            add(readString(array.at(i)));
    } else if (value.isString()) {
        const QStringList parts = value.toString().split(u',');
        for (const QString &part : parts)
            add(part);
    }
    return out;
}

QJsonValue stringListOrNull(const QStringList &list) {
    return list.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(list));
}

// "YYYY-MM-DD", also the date part of a full ISO timestamp.
QDate readDate(const QJsonValue &value) {
    if (!value.isString())
        return {};
    const QString s = value.toString().trimmed();
    const QDate date = QDate::fromString(s.left(10), Qt::ISODate);
    return date.isValid() ? date : QDate();
}

QJsonValue dateOrNull(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// Unix seconds (number or numeric string; milliseconds are recognised by their size) or an
// ISO 8601 string. Always whole seconds in UTC; invalid when absent or not positive.
QDateTime readTimestamp(const QJsonValue &value) {
    if (const std::optional<double> d = readNumber(value)) {
        if (*d <= 0 || *d > 1e16)
            return {};
        qint64 secs = static_cast<qint64>(*d);
        if (*d > 1e11) // later than year 5138 in seconds: must be milliseconds
            secs /= 1000;
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    }
    if (value.isString()) {
        QDateTime dt = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
        if (dt.isValid() && dt.toSecsSinceEpoch() > 0)
            return QDateTime::fromSecsSinceEpoch(dt.toSecsSinceEpoch(), Qt::UTC);
    }
    return {};
}

QStringList normalisedModalities(const QStringList &list) {
    QStringList out;
    out.reserve(list.size());
    for (const QString &m : list) {
        if (!out.contains(m))
            out.append(m);
    }
    return out;
}

// "text+image->text" -> input {text, image}, output {text}.
void modalitiesFromString(const QString &modality, QStringList *input, QStringList *output) {
    const qsizetype arrow = modality.indexOf("->"_L1);
    if (arrow < 0)
        return;
    auto split = [](QStringView part) {
        QStringList out;
        for (QStringView m : part.split(u'+', Qt::SkipEmptyParts)) {
            const QString s = m.trimmed().toString().toLower();
            if (!s.isEmpty() && !out.contains(s))
                out.append(s);
        }
        return out;
    };
    if (input->isEmpty())
        *input = split(QStringView(modality).left(arrow));
    if (output->isEmpty())
        *output = split(QStringView(modality).mid(arrow + 2));
}

} // namespace orc::detail
