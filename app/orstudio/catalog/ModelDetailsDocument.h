#pragma once

#include "domain/ModelInfo.h"
#include "domain/PriceTable.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QTextDocument;

namespace orc {

// Renders everything the catalogue says about one model into a QTextDocument: name, id, author
// and date, the description (markdown), the full pricing table (every key, per million tokens or
// per unit, plus conditional prices), limits, modalities, capabilities, supported and default
// parameters, reasoning options, benchmarks, identifiers and knowledge cutoff; a model being
// retired gets its date and the days left at the top.
class ModelDetailsDocument {
    Q_DECLARE_TR_FUNCTIONS(orc::ModelDetailsDocument)
public:
    static void render(QTextDocument *document, const ModelInfo &model);

    // One line of the pricing table: label, price text and unit ("per 1M tokens").
    using PriceRow = PriceTable::Row;
    // Every price of the model in a stable, readable order (known keys first).
    static QList<PriceRow> priceRows(const ModelPricing &pricing);
    // Translated names of the model's capabilities ("Vision", "Tools"...).
    static QStringList capabilityLabels(ModelCapabilities capabilities);

private:
    static QString headerHtml(const ModelInfo &model);
    static QString pricingHtml(const ModelInfo &model);
    static QString limitsHtml(const ModelInfo &model);
    static QString parametersHtml(const ModelInfo &model);
    static QString benchmarksHtml(const ModelInfo &model); // empty without benchmarks
    static QString identifiersHtml(const ModelInfo &model);
};

} // namespace orc
