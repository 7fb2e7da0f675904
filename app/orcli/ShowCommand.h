#pragma once

#include "CatalogCommand.h"

namespace orc::cli {

// `orcli show MODEL`: everything the catalogue says about one model (prices per unit, limits,
// knowledge cutoff, expiration with the days left, reasoning, benchmarks...). An unknown id is
// an error (exit 1) that suggests close ids.
class ShowCommand final : public CatalogCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowCommand)
public:
    explicit ShowCommand(Printer &printer, QObject *parent = nullptr);

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    // The model with this id (or canonical slug), case-insensitively; nullptr when none.
    static const ModelInfo *lookup(const QList<ModelInfo> &models, const QString &id);

private:
    void print(const QList<ModelInfo> &models);

    QString m_id;
};

} // namespace orc::cli
