#pragma once

#include "domain/CatalogDiff.h"
#include "store/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace orc {

// The catalogue's change history: one row per accepted refresh (time, model count) and one per
// difference it brought (CatalogChange), in a SQLite file in the data folder. Sized for years
// of daily refreshes of a thousand models: changes are indexed by time and by model id, and a
// refresh that changed nothing costs one small row.
class CatalogHistory {
public:
    static constexpr int kSchemaVersion = 1;

    explicit CatalogHistory(QString path);
    ~CatalogHistory();
    CatalogHistory(const CatalogHistory &) = delete;
    CatalogHistory &operator=(const CatalogHistory &) = delete;

    // <data folder>/catalog-history.sqlite (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    const QString &path() const { return m_database.path(); }

    // Opens (creating) the file; false with a translated message on failure.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_database.isOpen(); }

    // Records one accepted refresh seen at `seenAt` with `modelCount` models and its changes
    // (each stored with `seenAt`, whatever their own seenAt says), in one transaction.
    bool record(const QDateTime &seenAt, qsizetype modelCount, const QList<CatalogChange> &changes,
                QString *error = nullptr);

    // Changes seen at or after `since` (and before `until` when valid), oldest first, in the
    // order they were recorded.
    QList<CatalogChange> changesSince(const QDateTime &since, const QDateTime &until = QDateTime(),
                                      QString *error = nullptr);
    // Every change of one model, oldest first.
    QList<CatalogChange> changesOf(const QString &modelId, QString *error = nullptr);

    // The time of the last recorded refresh; nullopt when none was recorded.
    std::optional<QDateTime> lastRefresh();
    qsizetype refreshCount();

private:
    QList<CatalogChange> select(const QString &where, const QVariantList &values, QString *error);

    Database m_database;
};

} // namespace orc
