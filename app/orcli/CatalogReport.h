#pragma once

#include "domain/CatalogDiff.h"
#include "domain/ModelInfo.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace orc::cli {

// Text renderings of the catalogue's history and lifecycle for `orcli models --changes`,
// `--expiring` and `orcli show`.
class CatalogReport {
    Q_DECLARE_TR_FUNCTIONS(orc::cli::CatalogReport)
public:
    // --since: "7d", "12h", "2w" (before `now`), or a date "2026-12-01" (midnight UTC) or an
    // ISO 8601 time. Returns a translated error when the text is none of these.
    static QString parseSince(const QString &text, const QDateTime &now, QDateTime *since);

    // "Added (2)" / "Removed (1)" / "Changed (3)" sections with one line per change:
    //   "  2026-12-07  openai/gpt-4o-mini  Input (prompt) price: $0.15/M -> $0.09/M (-40 %)"
    // or a single line saying nothing changed since `since`.
    static QString changesText(const QList<CatalogChange> &changes, const QDateTime &since);

    // "<id padded to 50> 2026-12-31 (in 24 days)".
    static QString expiringLine(const ModelInfo &model, QDate today);
    // The model's JSON plus "days_left" when it has an expiration date.
    static QJsonObject modelJson(const ModelInfo &model, QDate today);

    // Every field of one model for `orcli show`, one "Label: value" line each, prices per unit.
    static QString showText(const ModelInfo &model, QDate today);
};

} // namespace orc::cli
