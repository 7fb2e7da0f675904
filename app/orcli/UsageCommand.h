#pragma once

#include "Command.h"
#include "domain/Ledger.h"

namespace orc::cli {

// `orcli usage [--since 7d|DATE] [--by day|model|provider] [--origin app|cli]`: what the
// studio and orcli spent, from the cost ledger of the data folder (the same file the studio's
// usage page reads). Text: an aligned table with a total line; --format json:
// {"total_cost","requests","unpriced","by","since","rows":[...]} with costs as exact decimal
// USD; --format csv: the ledger's CSV. Reads only; sends nothing.
class UsageCommand final : public Command {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageCommand)
public:
    explicit UsageCommand(Printer &printer, QObject *parent = nullptr);

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    // The JSON text of `report` (indented like the other commands' --format json): costs are
    // written from nano-dollars as exact decimals, never through a double.
    static QByteArray toJson(const UsageReport &report, const UsageQuery &query);
    // The text table: one row per group, then a total line.
    static QString toText(const UsageReport &report, const UsageQuery &query);

private:
    UsageQuery m_query;
    bool m_csv = false;
};

} // namespace orc::cli
