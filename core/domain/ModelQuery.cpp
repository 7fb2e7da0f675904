#include "ModelQuery.h"

#include "ModelLifecycle.h"
#include "domain/EnumNames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

// Canonical names first (in the order they are listed to the user), then accepted variants.
constexpr EnumName<ModelCapability> kCapabilityNames[] = {
    {ModelCapability::Vision, "vision"_L1},
    {ModelCapability::ImageOutput, "image_gen"_L1},
    {ModelCapability::Tools, "tools"_L1},
    {ModelCapability::LongContext, "long_context"_L1},
    {ModelCapability::Reasoning, "reasoning"_L1},
    {ModelCapability::StructuredOutputs, "structured"_L1},
    {ModelCapability::AudioInput, "audio"_L1},
    {ModelCapability::FileInput, "file"_L1},
    {ModelCapability::Free, "free"_L1},
    {ModelCapability::ResponseFormat, "json"_L1},
    {ModelCapability::ImageOnly, "image_only"_L1},
};
constexpr EnumName<ModelCapability> kCapabilityAliases[] = {
    {ModelCapability::ImageOutput, "image_output"_L1},
    {ModelCapability::ImageOutput, "image_generation"_L1},
    {ModelCapability::ImageOutput, "image"_L1},
    {ModelCapability::StructuredOutputs, "structured_outputs"_L1},
    {ModelCapability::ResponseFormat, "response_format"_L1},
    {ModelCapability::AudioInput, "audio_input"_L1},
    {ModelCapability::FileInput, "file_input"_L1},
    {ModelCapability::FileInput, "files"_L1},
    {ModelCapability::Tools, "tool_calling"_L1},
};

constexpr EnumName<ModelQuery::SortKey> kSortKeyNames[] = {
    {ModelQuery::SortKey::None, "none"_L1},
    {ModelQuery::SortKey::Name, "name"_L1},
    {ModelQuery::SortKey::Id, "id"_L1},
    {ModelQuery::SortKey::Price, "price"_L1},
    {ModelQuery::SortKey::Context, "context"_L1},
    {ModelQuery::SortKey::Created, "created"_L1},
    {ModelQuery::SortKey::Author, "author"_L1},
    {ModelQuery::SortKey::Newest, "newest"_L1},
    {ModelQuery::SortKey::Expiring, "expiring"_L1},
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
    if (const auto capability = enumFromName(kCapabilityNames, n))
        return capability;
    if (const auto capability = enumFromName(kCapabilityAliases, n))
        return capability;
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
    return enumName(kCapabilityNames, capability);
}

QStringList ModelQuery::capabilityNames() {
    return enumNames(kCapabilityNames);
}

std::optional<ModelQuery::SortKey> ModelQuery::parseSortKey(QStringView name, QString *error) {
    if (const auto key = enumFromName(kSortKeyNames, normalisedName(name)))
        return key;
    if (error) {
        *error = QCoreApplication::translate("orc::ModelQuery",
                                             "Unknown sort key \"%1\". Accepted sort keys: %2.")
                     .arg(name.toString(), sortKeyNames().join(", "_L1));
    }
    return std::nullopt;
}

QString ModelQuery::sortKeyName(SortKey key) {
    return enumName(kSortKeyNames, key);
}

QStringList ModelQuery::sortKeyNames() {
    return enumNames(kSortKeyNames);
}

} // namespace orc
