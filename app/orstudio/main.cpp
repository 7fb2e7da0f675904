// orstudio: the OR Studio desktop app. The pieces: shell/StartupOptions (the command line),
// shell/StudioShell (conversations, key, client, window), shell/ScriptedRun (what the command
// line asks of the window: pages, prompts, dialogs, --grab), shell/DesktopIntegration (menus,
// dialogs and settings joined to the window).

#include "Icons.h"
#include "Logging.h"
#include "shell/DesktopIntegration.h"
#include "shell/ScriptedRun.h"
#include "shell/StartupOptions.h"
#include "shell/StudioShell.h"
#include "store/Settings.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// On stderr, and in a message box unless the run is scripted (--grab).
int fail(const QString &message, bool quiet) {
    std::fprintf(stderr, "orstudio: %s\n", qPrintable(message));
    if (!quiet)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OR Studio"), message);
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    orc::MessageFilter::install(); // Qt's and orc.* messages only with -v or QT_LOGGING_RULES
    orc::MessageFilter::setVerbose(orc::StartupOptions::verboseIn(argc, argv));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"orstudio"_s);
    QCoreApplication::setApplicationName(u"orstudio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ORC_VERSION));
    QGuiApplication::setApplicationDisplayName(u"OR Studio"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(ORC_APP_ID));
    QApplication::setWindowIcon(orc::Icons::app());
    orc::Settings settings; // every preference; the key and the proxy password are not ones
    orc::DesktopIntegration::applyAtStartup(settings); // language, theme and proxy

    QString error;
    const std::optional<orc::StartupOptions> options =
        orc::StartupOptions::parse(QCoreApplication::arguments(), &error);
    if (!options)
        return fail(error, true);
    const std::unique_ptr<orc::StudioShell> shell =
        orc::StudioShell::launch(&settings, *options, &error);
    if (!shell)
        return fail(error, options->grabbing());
    if (!orc::ScriptedRun::start(*shell, *options, &error))
        return fail(error, true);
    return QApplication::exec();
}
