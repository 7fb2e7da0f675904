#include "PriceTable.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

struct KnownKey {
    QString key;
    const char *label;
    PriceTable::Unit unit;
    const char *unitText; // nullptr: the unit's default text
};

const QList<KnownKey> &knownKeys() {
    using Unit = PriceTable::Unit;
    static const QList<KnownKey> keys{
        {ModelPricing::kPrompt, QT_TRANSLATE_NOOP("orc::PriceTable", "Input (prompt)"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kCompletion, QT_TRANSLATE_NOOP("orc::PriceTable", "Output (completion)"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kInternalReasoning, QT_TRANSLATE_NOOP("orc::PriceTable", "Reasoning tokens"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kInputCacheRead, QT_TRANSLATE_NOOP("orc::PriceTable", "Cache read"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kInputCacheWrite, QT_TRANSLATE_NOOP("orc::PriceTable", "Cache write"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kInputCacheWrite1h,
         QT_TRANSLATE_NOOP("orc::PriceTable", "Cache write (1 hour)"), Unit::PerMillionTokens,
         nullptr},
        {ModelPricing::kAudio, QT_TRANSLATE_NOOP("orc::PriceTable", "Audio input"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kInputAudioCache, QT_TRANSLATE_NOOP("orc::PriceTable", "Audio cache read"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kAudioOutput, QT_TRANSLATE_NOOP("orc::PriceTable", "Audio output"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kImage, QT_TRANSLATE_NOOP("orc::PriceTable", "Image input"), Unit::PerUnit,
         QT_TRANSLATE_NOOP("orc::PriceTable", "per image")},
        {ModelPricing::kImageToken, QT_TRANSLATE_NOOP("orc::PriceTable", "Image input tokens"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kImageOutput, QT_TRANSLATE_NOOP("orc::PriceTable", "Image output tokens"),
         Unit::PerMillionTokens, nullptr},
        {ModelPricing::kRequest, QT_TRANSLATE_NOOP("orc::PriceTable", "Request"), Unit::PerUnit,
         QT_TRANSLATE_NOOP("orc::PriceTable", "per request")},
        {ModelPricing::kWebSearch, QT_TRANSLATE_NOOP("orc::PriceTable", "Web search"),
         Unit::PerUnit, QT_TRANSLATE_NOOP("orc::PriceTable", "per search")},
        {ModelPricing::kDiscount, QT_TRANSLATE_NOOP("orc::PriceTable", "Discount"), Unit::Fraction,
         nullptr},
    };
    return keys;
}

const KnownKey *known(const QString &key) {
    const QList<KnownKey> &keys = knownKeys();
    const auto it =
        std::find_if(keys.cbegin(), keys.cend(), [&](const KnownKey &k) { return k.key == key; });
    return it == keys.cend() ? nullptr : &*it;
}

} // namespace

PriceTable::Unit PriceTable::unitOf(const QString &key) {
    const KnownKey *k = known(key);
    return k ? k->unit : Unit::PerUnit;
}

QString PriceTable::label(const QString &key) {
    const KnownKey *k = known(key);
    return k ? tr(k->label) : key;
}

QString PriceTable::unitText(const QString &key) {
    const KnownKey *k = known(key);
    if (k && k->unitText)
        return tr(k->unitText);
    switch (k ? k->unit : Unit::PerUnit) {
    case Unit::PerMillionTokens:
        return tr("per 1M tokens");
    case Unit::Fraction:
        return QString();
    case Unit::PerUnit:
        break;
    }
    return tr("per unit");
}

QString PriceTable::priceText(const QString &key, const ModelPrice &price) {
    const Unit unit = unitOf(key);
    if (price.variable)
        return tr("variable");
    if (unit == Unit::Fraction)
        return QLocale().toString(price.value * 100, 'g', 4) + u" %"_s;
    if (price.value == 0)
        return tr("free");
    return ModelPricing::formatUsd(unit == Unit::PerMillionTokens ? price.value * 1e6
                                                                  : price.value);
}

QString PriceTable::compactText(const QString &key, const ModelPrice &price) {
    const QString text = priceText(key, price);
    if (price.variable || (price.value == 0 && unitOf(key) != Unit::Fraction))
        return text;
    switch (unitOf(key)) {
    case Unit::PerMillionTokens:
        return text + u"/M"_s;
    case Unit::Fraction:
        return text;
    case Unit::PerUnit:
        break;
    }
    return text + u' ' + unitText(key);
}

QList<PriceTable::Row> PriceTable::rows(const ModelPricing &pricing) {
    QList<Row> result;
    const QMap<QString, ModelPrice> &prices = pricing.prices();
    const auto row = [](const QString &key, const ModelPrice &price) {
        return Row{key, label(key), priceText(key, price), unitText(key)};
    };
    for (const KnownKey &k : knownKeys()) {
        if (const auto it = prices.constFind(k.key); it != prices.cend())
            result.append(row(k.key, *it));
    }
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        if (!known(it.key()))
            result.append(row(it.key(), it.value()));
    }
    return result;
}

} // namespace orc
