#pragma once

#include "domain/ModelInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace orc {

// How the catalogue's price keys read for a person: a label ("Cache read"), a unit ("per 1M
// tokens", "per image") and the price text ("$0.15", "free", "variable"). Shared by the details
// pane, `orcli show` and the change history, so every face names a price the same way.
class PriceTable {
    Q_DECLARE_TR_FUNCTIONS(orc::PriceTable)
public:
    enum class Unit {
        PerMillionTokens, // per-token keys, shown per million tokens
        PerUnit,          // request, image, web_search and keys this version does not know
        Fraction,         // discount (0.25 = 25 %)
    };

    // One line of a price table.
    struct Row {
        QString key;
        QString label;
        QString price;
        QString unit;
    };

    static Unit unitOf(const QString &key);
    static QString label(const QString &key); // the key itself for unknown keys
    static QString unitText(const QString &key);
    // "$0.15" (per million tokens for token keys), "free", "variable" or "25 %".
    static QString priceText(const QString &key, const ModelPrice &price);
    // priceText plus the unit: "$0.15/M", "$0.01 per search", "free", "variable".
    static QString compactText(const QString &key, const ModelPrice &price);
    // Every price of the model in a stable, readable order (known keys first, then the others
    // alphabetically).
    static QList<Row> rows(const ModelPricing &pricing);
};

} // namespace orc
