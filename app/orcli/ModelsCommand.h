#pragma once

#include "CatalogCommand.h"
#include "domain/ModelQuery.h"

namespace orc::cli {

// `orcli models [CAPABILITY...]` and `orcli find TERM`: the model catalogue, filtered and sorted.
// `models --changes [--since WHEN]` prints what changed in the catalogue (CatalogHistory) and
// `models --expiring [DAYS]` the models that expire within DAYS days (30).
// Text lines are byte-compatible with the seed client:
//   models: "<id padded to 50> ctx:<context right-aligned in 7>  $<prompt $/M, 2 decimals>/M"
//   find:   "<id padded to 50> ctx:<context right-aligned in 7>" (first 10 matches)
class ModelsCommand final : public CatalogCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsCommand)
public:
    enum class Mode { List, Find };

    ModelsCommand(Mode mode, Printer &printer, QObject *parent = nullptr);

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    // The seed-compatible lines.
    static QString listLine(const ModelInfo &model);
    static QString findLine(const ModelInfo &model);
    // Seed `find`: case-insensitive substring of the id or the name.
    static bool findMatches(const ModelInfo &model, const QString &foldedTerm);

private:
    QString configureList(const QCommandLineParser &parser);
    QString configureSort(const QCommandLineParser &parser);
    QString configureChanges(const QCommandLineParser &parser);
    QList<ModelInfo> selectFound(const QList<ModelInfo> &all) const;
    void print(const QList<ModelInfo> &models);
    void printModels(const QList<ModelInfo> &models);
    void printChanges();

    Mode m_mode;
    ModelQuery m_query;
    QString m_term;
    qsizetype m_limit = 0;
    bool m_changes = false;
    QDateTime m_since;
    bool m_expiring = false;
    qint64 m_expiringDays = 0;
    QDate m_today;
};

} // namespace orc::cli
