#pragma once

#include "Command.h"

namespace orc::cli {

// `orcli credits`: total credits bought, total usage and balance (GET /credits).
class CreditsCommand final : public Command {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditsCommand)
public:
    explicit CreditsCommand(Printer &printer, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("credits"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override { return {}; }
    QList<QCommandLineOption> options() const override { return {}; }
    QString configure(const QCommandLineParser &parser) override;
    void start() override;
};

} // namespace orc::cli
