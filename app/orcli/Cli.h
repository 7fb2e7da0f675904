#pragma once

#include "Printer.h"

#include <QStringList>

#include <memory>

namespace orc::cli {

class Command;

// The orcli program: finds the subcommand, parses the command line (global options are accepted
// before and after the subcommand), sets up output and the API configuration, and runs the
// command in the event loop. run() returns the process exit code.
class Cli final {
public:
    explicit Cli(Printer &printer);
    ~Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    int run(const QStringList &arguments);

    static QStringList commandNames();
    static std::unique_ptr<Command> createCommand(const QString &name, Printer &printer);
    static QString mainHelp();

private:
    int usageError(const QString &message, const QString &command = {});

    Printer &m_printer;
};

} // namespace orc::cli
