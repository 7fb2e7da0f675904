#pragma once

#include "Command.h"
#include "domain/Account.h"

namespace orc::cli {

// `orcli key`: facts about the API key in use (GET /key): label, usage, limit, remaining, tier.
class KeyCommand final : public Command {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCommand)
public:
    explicit KeyCommand(Printer &printer, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("key"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override { return {}; }
    QList<QCommandLineOption> options() const override { return {}; }
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    static QString describe(const KeyInfo &key);
};

} // namespace orc::cli
