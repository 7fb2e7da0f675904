#include "CatalogDiff.h"

#include "PriceTable.h"
#include "domain/EnumNames.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString countText(qint64 n) {
    return n > 0 ? QString::number(n) : QString(); // 0 = not given
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

bool isCountField(const QString &field) {
    return field == CatalogDiff::kContextLength || field == CatalogDiff::kProviderContext ||
           field == CatalogDiff::kMaxOutput;
}

bool isPriceField(const QString &field) {
    return field.startsWith(CatalogDiff::kPricePrefix);
}

// Appends the changes of one model kept from `a` to `b`.
class ModelComparer {
public:
    ModelComparer(const ModelInfo &a, const ModelInfo &b, const QDateTime &seenAt,
                  QList<CatalogChange> *out)
        : m_a(a)
        , m_b(b)
        , m_seenAt(seenAt)
        , m_out(out) {}

    void run() {
        comparePrices();
        compareText(CatalogDiff::kContextLength, countText(m_a.contextLength()),
                    countText(m_b.contextLength()));
        compareText(CatalogDiff::kProviderContext, countText(m_a.topProvider().contextLength),
                    countText(m_b.topProvider().contextLength));
        compareText(CatalogDiff::kMaxOutput, countText(m_a.topProvider().maxCompletionTokens),
                    countText(m_b.topProvider().maxCompletionTokens));
        if (m_a.expirationDate() != m_b.expirationDate())
            add(CatalogDiff::kExpirationDate, dateText(m_a.expirationDate()),
                dateText(m_b.expirationDate()));
    }

private:
    void add(const QString &field, const QString &oldValue, const QString &newValue) {
        m_out->append({CatalogChange::Kind::Changed, m_b.id(), m_b.displayName(), field, oldValue,
                       newValue, m_seenAt});
    }
    void compareText(const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            add(field, oldValue, newValue);
    }
    // Both maps are sorted by key: one merge walk over the union of their keys.
    void comparePrices() {
        const QMap<QString, ModelPrice> &pa = m_a.pricing().prices();
        const QMap<QString, ModelPrice> &pb = m_b.pricing().prices();
        auto ia = pa.cbegin();
        auto ib = pb.cbegin();
        while (ia != pa.cend() || ib != pb.cend()) {
            if (ib == pb.cend() || (ia != pa.cend() && ia.key() < ib.key())) {
                add(CatalogDiff::kPricePrefix + ia.key(), ModelPricing::toText(*ia), QString());
                ++ia;
            } else if (ia == pa.cend() || ib.key() < ia.key()) {
                add(CatalogDiff::kPricePrefix + ib.key(), QString(), ModelPricing::toText(*ib));
                ++ib;
            } else {
                if (!(*ia == *ib))
                    add(CatalogDiff::kPricePrefix + ia.key(), ModelPricing::toText(*ia),
                        ModelPricing::toText(*ib));
                ++ia;
                ++ib;
            }
        }
    }

    const ModelInfo &m_a;
    const ModelInfo &m_b;
    const QDateTime &m_seenAt;
    QList<CatalogChange> *m_out;
};

constexpr EnumName<CatalogChange::Kind> kKindNames[] = {
    {CatalogChange::Kind::Added, "added"_L1},
    {CatalogChange::Kind::Removed, "removed"_L1},
    {CatalogChange::Kind::Changed, "changed"_L1},
};

} // namespace

QList<CatalogChange> CatalogDiff::compute(const QList<ModelInfo> &before,
                                          const QList<ModelInfo> &after, const QDateTime &seenAt) {
    QHash<QString, const ModelInfo *> old;
    old.reserve(before.size());
    for (const ModelInfo &m : before) {
        if (!old.contains(m.id()))
            old.insert(m.id(), &m);
    }
    QHash<QString, const ModelInfo *> fresh;
    fresh.reserve(after.size());
    for (const ModelInfo &m : after) {
        if (!fresh.contains(m.id()))
            fresh.insert(m.id(), &m);
    }

    QList<CatalogChange> added;
    QList<CatalogChange> changed;
    for (const ModelInfo &m : after) {
        if (fresh.value(m.id()) != &m)
            continue; // a repeated id: the first entry counts
        const auto it = old.constFind(m.id());
        if (it == old.cend())
            added.append({CatalogChange::Kind::Added, m.id(), m.displayName(), {}, {}, {}, seenAt});
        else
            ModelComparer(**it, m, seenAt, &changed).run();
    }
    QList<CatalogChange> result = std::move(added);
    for (const ModelInfo &m : before) {
        if (old.value(m.id()) == &m && !fresh.contains(m.id()))
            result.append(
                {CatalogChange::Kind::Removed, m.id(), m.displayName(), {}, {}, {}, seenAt});
    }
    result.append(changed);
    return result;
}

QString CatalogDiff::kindName(CatalogChange::Kind kind) {
    return enumName(kKindNames, kind);
}

std::optional<CatalogChange::Kind> CatalogDiff::kindFromName(QStringView name) {
    return enumFromName(kKindNames, name);
}

QJsonValue CatalogDiff::jsonValue(const QString &field, const QString &value) {
    if (value.isNull())
        return QJsonValue::Null;
    if (isCountField(field)) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (ok)
            return n;
    }
    return value;
}

QString CatalogDiff::displayValue(const QString &field, const QString &value) {
    if (value.isNull())
        return tr("none");
    if (isPriceField(field)) {
        const QString key = field.mid(kPricePrefix.size());
        return PriceTable::compactText(key, ModelPricing::fromText(value));
    }
    if (isCountField(field)) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (ok)
            return QLocale().toString(n);
    }
    return value;
}

QString CatalogDiff::fieldLabel(const QString &field) {
    if (isPriceField(field))
        return tr("%1 price").arg(PriceTable::label(field.mid(kPricePrefix.size())));
    if (field == kContextLength)
        return tr("Context length");
    if (field == kProviderContext)
        return tr("Provider context length");
    if (field == kMaxOutput)
        return tr("Max output tokens");
    if (field == kExpirationDate)
        return tr("Expiration date");
    return field;
}

QString CatalogDiff::percentText(const QString &field, const QString &oldValue,
                                 const QString &newValue) {
    if (oldValue.isNull() || newValue.isNull() || !(isPriceField(field) || isCountField(field)))
        return QString();
    const ModelPrice a = ModelPricing::fromText(oldValue);
    const ModelPrice b = ModelPricing::fromText(newValue);
    if (a.variable || b.variable || a.value <= 0 || b.value <= 0)
        return QString();
    const double percent = (b.value - a.value) / a.value * 100.0;
    if (!std::isfinite(percent))
        return QString();
    const QString number = QLocale().toString(percent, 'f', std::abs(percent) < 10 ? 1 : 0);
    return (percent > 0 ? u"+"_s : QString()) + number + u" %"_s;
}

QJsonObject CatalogDiff::toJson(const QList<CatalogChange> &changes) {
    QJsonArray added;
    QJsonArray removed;
    QJsonArray changed;
    for (const CatalogChange &c : changes) {
        QJsonObject o{{u"id"_s, c.modelId}, {u"name"_s, c.modelName}};
        if (c.kind == CatalogChange::Kind::Changed) {
            o.insert(u"field"_s, c.field);
            o.insert(u"old"_s, jsonValue(c.field, c.oldValue));
            o.insert(u"new"_s, jsonValue(c.field, c.newValue));
        }
        o.insert(u"seen_at"_s, c.seenAt.toUTC().toString(Qt::ISODate));
        (c.kind == CatalogChange::Kind::Added     ? added
         : c.kind == CatalogChange::Kind::Removed ? removed
                                                  : changed)
            .append(o);
    }
    return {{u"added"_s, added}, {u"removed"_s, removed}, {u"changed"_s, changed}};
}

QString CatalogGuard::refusal(qsizetype previousCount, qsizetype freshCount,
                              const QString &parseError) {
    if (!parseError.isEmpty())
        return tr("the response is not a model list (%1)").arg(parseError);
    if (freshCount == 0)
        return tr("the response lists no models");
    if (previousCount >= kMinPreviousForShare &&
        double(freshCount) < double(previousCount) * kMinKeptShare)
        return tr("the response lists %1 models where the cached catalogue has %2, so it looks "
                  "truncated")
            .arg(freshCount)
            .arg(previousCount);
    return QString();
}

} // namespace orc
