#include "ModelQuery.h"

#include "ModelLifecycle.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

struct CapabilityName {
    QLatin1StringView name;
    ModelCapability capability;
};

// Canonical names first (in the order they are listed to the user), then accepted variants.
constexpr CapabilityName kCapabilityNames[] = {
    {"vision"_L1, ModelCapability::Vision},
    {"image_gen"_L1, ModelCapability::ImageOutput},
    {"tools"_L1, ModelCapability::Tools},
    {"long_context"_L1, ModelCapability::LongContext},
    {"reasoning"_L1, ModelCapability::Reasoning},
    {"structured"_L1, ModelCapability::StructuredOutputs},
    {"audio"_L1, ModelCapability::AudioInput},
    {"file"_L1, ModelCapability::FileInput},
    {"free"_L1, ModelCapability::Free},
    {"json"_L1, ModelCapability::ResponseFormat},
    {"image_only"_L1, ModelCapability::ImageOnly},
};
constexpr CapabilityName kCapabilityAliases[] = {
    {"image_output"_L1, ModelCapability::ImageOutput},
    {"image_generation"_L1, ModelCapability::ImageOutput},
    {"image"_L1, ModelCapability::ImageOutput},
    {"structured_outputs"_L1, ModelCapability::StructuredOutputs},
    {"response_format"_L1, ModelCapability::ResponseFormat},
    {"audio_input"_L1, ModelCapability::AudioInput},
    {"file_input"_L1, ModelCapability::FileInput},
    {"files"_L1, ModelCapability::FileInput},
    {"tool_calling"_L1, ModelCapability::Tools},
};

struct SortKeyName {
    QLatin1StringView name;
    ModelQuery::SortKey key;
};

constexpr SortKeyName kSortKeyNames[] = {
    {"none"_L1, ModelQuery::SortKey::None},
    {"name"_L1, ModelQuery::SortKey::Name},
    {"id"_L1, ModelQuery::SortKey::Id},
    {"price"_L1, ModelQuery::SortKey::Price},
    {"context"_L1, ModelQuery::SortKey::Context},
    {"created"_L1, ModelQuery::SortKey::Created},
    {"author"_L1, ModelQuery::SortKey::Author},
    {"newest"_L1, ModelQuery::SortKey::Newest},
    {"expiring"_L1, ModelQuery::SortKey::Expiring},
};

QString normalisedName(QStringView name) {
    QString s = name.trimmed().toString().toLower();
    s.replace(u'-', u'_');
    return s;
}

template<typename T>
int threeWay(const T &a, const T &b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool isUnknown(const ModelInfo &model, ModelQuery::SortKey key) {
    switch (key) {
    case ModelQuery::SortKey::Price:
        return model.pricing().promptPrice().variable;
    case ModelQuery::SortKey::Context:
        return model.effectiveContextLength() <= 0;
    case ModelQuery::SortKey::Created:
    case ModelQuery::SortKey::Newest:
        return !model.created().isValid();
    case ModelQuery::SortKey::Expiring:
        return !model.expirationDate().isValid();
    default:
        return false;
    }
}

// Ascending comparison of known values.
int compareKnown(const ModelInfo &a, const ModelInfo &b, ModelQuery::SortKey key) {
    switch (key) {
    case ModelQuery::SortKey::None:
        return 0;
    case ModelQuery::SortKey::Name:
        return QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
    case ModelQuery::SortKey::Id:
        return QString::compare(a.id(), b.id());
    case ModelQuery::SortKey::Price: {
        const int c = threeWay(a.pricing().prompt(), b.pricing().prompt());
        return c != 0 ? c : threeWay(a.pricing().completion(), b.pricing().completion());
    }
    case ModelQuery::SortKey::Context:
        return threeWay(a.effectiveContextLength(), b.effectiveContextLength());
    case ModelQuery::SortKey::Created:
        return threeWay(a.created().toSecsSinceEpoch(), b.created().toSecsSinceEpoch());
    case ModelQuery::SortKey::Author: {
        const int c = QString::compare(a.author(), b.author());
        return c != 0 ? c : QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
    }
    case ModelQuery::SortKey::Newest:
        return threeWay(b.created().toSecsSinceEpoch(), a.created().toSecsSinceEpoch());
    case ModelQuery::SortKey::Expiring:
        return threeWay(a.expirationDate(), b.expirationDate());
    }
    return 0;
}

} // namespace

void ModelQuery::setText(const QString &text) {
    m_text = text;
    m_words.clear();
    m_needles.clear();
    const QString folded = text.toCaseFolded();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool space = i == folded.size() || folded.at(i).isSpace();
        if (!space && start < 0) {
            start = i;
        } else if (space && start >= 0) {
            const QString word = folded.mid(start, i - start);
            if (!m_words.contains(word)) {
                m_words.append(word);
                m_needles.append(word.toUtf8());
            }
            start = -1;
        }
    }
}

void ModelQuery::setMaxPromptPricePerMillion(std::optional<double> usd) {
    if (usd && (!std::isfinite(*usd) || *usd < 0))
        usd.reset();
    m_maxPromptPrice = usd;
}

void ModelQuery::setAuthors(const QStringList &authors) {
    m_authors.clear();
    for (const QString &a : authors) {
        const QString s = a.trimmed().toLower();
        if (!s.isEmpty())
            m_authors.insert(s);
    }
}

QStringList ModelQuery::authors() const {
    QStringList list(m_authors.cbegin(), m_authors.cend());
    list.sort();
    return list;
}

void ModelQuery::setSort(SortKey key, Qt::SortOrder order) {
    m_sortKey = key;
    m_sortOrder = order;
}

void ModelQuery::setExpiringWithin(std::optional<qint64> days, QDate today) {
    m_expiringWithin = days;
    m_expiringToday = days ? (today.isValid() ? today : ModelLifecycle::today()) : QDate();
}

bool ModelQuery::hasFilter() const {
    return !m_words.isEmpty() || m_capabilities != ModelCapabilities() || m_maxPromptPrice ||
           m_minContext > 0 || !m_authors.isEmpty() || m_freeOnly || m_favouritesOnly ||
           m_addedSince.isValid() || m_expiringWithin;
}

bool ModelQuery::matches(const ModelInfo &model) const {
    if ((model.capabilities() & m_capabilities) != m_capabilities)
        return false;
    if (m_freeOnly && !model.isFree())
        return false;
    if (m_minContext > 0 && model.effectiveContextLength() < m_minContext)
        return false;
    if (m_maxPromptPrice) {
        const ModelPrice prompt = model.pricing().promptPrice();
        if (prompt.variable)
            return false;
        // Tolerate the rounding of per-token decimals times a million (0.15 vs
        // 0.15000000000000002).
        const double ceiling = *m_maxPromptPrice;
        if (prompt.value * 1e6 > ceiling + std::max(ceiling, 1.0) * 1e-9)
            return false;
    }
    if (!m_authors.isEmpty() && !m_authors.contains(model.author()))
        return false;
    if (m_favouritesOnly && !m_favourites.contains(model.id()))
        return false;
    if (m_addedSince.isValid() && !(model.created().isValid() && model.created() >= m_addedSince))
        return false;
    if (m_expiringWithin &&
        !ModelLifecycle::expiresWithin(model, *m_expiringWithin, m_expiringToday))
        return false;
    const QByteArray &text = model.searchText();
    const std::string_view haystack(text.constData(), size_t(text.size()));
    for (const QByteArray &needle : m_needles) {
        if (haystack.find(std::string_view(needle.constData(), size_t(needle.size()))) ==
            std::string_view::npos)
            return false;
    }
    return true;
}

int ModelQuery::compare(const ModelInfo &a, const ModelInfo &b, SortKey key) {
    const bool ua = isUnknown(a, key);
    const bool ub = isUnknown(b, key);
    if (ua != ub)
        return ua ? 1 : -1;
    if (ua)
        return 0;
    return compareKnown(a, b, key);
}

QList<ModelInfo> ModelQuery::apply(QList<ModelInfo> models) const {
    if (hasFilter())
        models.removeIf([this](const ModelInfo &m) { return !matches(m); });

    if (m_sortKey != SortKey::None) {
        const SortKey key = m_sortKey;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(models.begin(), models.end(),
                         [key, descending](const ModelInfo &a, const ModelInfo &b) {
                             // Unknown values go last in both orders.
                             const bool ua = isUnknown(a, key);
                             const bool ub = isUnknown(b, key);
                             if (ua != ub)
                                 return ub;
                             int c = ua ? 0 : compareKnown(a, b, key);
                             if (descending)
                                 c = -c;
                             if (c != 0)
                                 return c < 0;
                             return QString::compare(a.id(), b.id()) < 0;
                         });
    }

    if (m_limit > 0 && models.size() > m_limit)
        models.resize(m_limit);
    return models;
}

std::optional<ModelCapability> ModelQuery::parseCapability(QStringView name, QString *error) {
    const QString n = normalisedName(name);
    for (const CapabilityName &c : kCapabilityNames) {
        if (n == c.name)
            return c.capability;
    }
    for (const CapabilityName &c : kCapabilityAliases) {
        if (n == c.name)
            return c.capability;
    }
    if (error) {
        *error = QCoreApplication::translate(
                     "orc::ModelQuery", "Unknown capability \"%1\". Accepted capabilities: %2.")
                     .arg(name.toString(), capabilityNames().join(", "_L1));
    }
    return std::nullopt;
}

bool ModelQuery::parseCapabilities(const QStringList &names, ModelCapabilities *capabilities,
                                   QString *error) {
    ModelCapabilities result;
    for (const QString &item : names) {
        for (QStringView part : QStringView(item).split(u',', Qt::SkipEmptyParts)) {
            if (part.trimmed().isEmpty())
                continue;
            const std::optional<ModelCapability> c = parseCapability(part.trimmed(), error);
            if (!c)
                return false;
            result |= *c;
        }
    }
    if (capabilities)
        *capabilities = result;
    if (error)
        error->clear();
    return true;
}

QString ModelQuery::capabilityName(ModelCapability capability) {
    for (const CapabilityName &c : kCapabilityNames) {
        if (c.capability == capability)
            return c.name;
    }
    return {};
}

QStringList ModelQuery::capabilityNames() {
    QStringList names;
    for (const CapabilityName &c : kCapabilityNames)
        names.append(c.name);
    return names;
}

std::optional<ModelQuery::SortKey> ModelQuery::parseSortKey(QStringView name, QString *error) {
    const QString n = normalisedName(name);
    for (const SortKeyName &s : kSortKeyNames) {
        if (n == s.name)
            return s.key;
    }
    if (error) {
        *error = QCoreApplication::translate("orc::ModelQuery",
                                             "Unknown sort key \"%1\". Accepted sort keys: %2.")
                     .arg(name.toString(), sortKeyNames().join(", "_L1));
    }
    return std::nullopt;
}

QString ModelQuery::sortKeyName(SortKey key) {
    for (const SortKeyName &s : kSortKeyNames) {
        if (s.key == key)
            return s.name;
    }
    return {};
}

QStringList ModelQuery::sortKeyNames() {
    QStringList names;
    for (const SortKeyName &s : kSortKeyNames)
        names.append(s.name);
    return names;
}

} // namespace orc
