#pragma once

#include "Command.h"
#include "domain/Routing.h"

namespace orc::cli {

// `orcli routing ACTION`: the routing profiles that OR Studio and orcli share (core Settings):
// list (the built-ins and the user's), save NAME [routing flags] (creates or replaces a profile
// of the user's from the flags), remove NAME. `--routing NAME` on chat and batch uses one.
class RoutingCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    // The id a profile named `name` gets: lower case, runs of other characters as "-".
    static QString idFor(const QString &name);

private:
    QString m_action;
    QString m_name;
    RoutingProfile m_profile; // save
};

} // namespace orc::cli
