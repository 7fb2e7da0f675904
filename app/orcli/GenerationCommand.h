#pragma once

#include "Command.h"
#include "domain/Account.h"

namespace orc::cli {

// `orcli generation ID`: the exact cost, tokens and timing of a past call (GET /generation).
// The record appears shortly after a call ends, so a first 404 is retried a few times.
class GenerationCommand final : public Command {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationCommand)
public:
    explicit GenerationCommand(Printer &printer, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("generation"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override { return {}; }
    QString examples() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    static QString describe(const GenerationInfo &info);

private:
    QString m_id;
};

} // namespace orc::cli
