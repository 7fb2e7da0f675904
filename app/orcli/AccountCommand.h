#pragma once

#include "Command.h"
#include "domain/Account.h"

namespace orc::cli {

// The account lookups, one GET each, printed as fields (or the value's JSON):
//   `orcli key`: facts about the API key in use (GET /key): label, usage, limit, remaining, tier;
//   `orcli credits`: total credits bought, total usage and balance (GET /credits);
//   `orcli generation ID`: the exact cost, tokens and timing of a past call (GET /generation).
//   The record appears shortly after a call ends, so a first 404 is retried a few times.
class AccountCommand final : public Command {
    Q_OBJECT
public:
    enum class Mode { Key, Credits, Generation };

    AccountCommand(Mode mode, Printer &printer, QObject *parent = nullptr);

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    static QString describeKey(const KeyInfo &key);
    static QString describeCredits(const Credits &credits);
    static QString describeGeneration(const GenerationInfo &info);

private:
    Mode m_mode;
    QString m_id; // generation
};

} // namespace orc::cli
