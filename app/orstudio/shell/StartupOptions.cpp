#include "shell/StartupOptions.h"

#include "api/ClientConfig.h"
#include "image/ImageStudioPage.h"
#include "shell/DesktopIntegration.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace orc {

std::optional<StartupOptions> StartupOptions::parse(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "OR Studio: a desktop client for OpenRouter."));
    parser.addHelpOption();
    // -V/--version as orcli has it: -v is --verbose (Qt's own version option takes -v).
    const QCommandLineOption version({u"V"_s, u"version"_s},
                                     QCoreApplication::translate("main", "Show the version."));
    parser.addOption(version);
    // Each option is read back by its name.
    parser.addOptions({
        {u"base-url"_s,
         QCoreApplication::translate(
             "main", "OpenRouter API base URL (default: OPENROUTER_BASE_URL, else %1).")
             .arg(ClientConfig::defaultBaseUrl().toString()),
         u"url"_s},
        {u"grab"_s,
         QCoreApplication::translate(
             "main", "Once the catalog is on screen, save the window as an image to <file> and "
                     "quit."),
         u"file"_s},
        {u"select"_s, QCoreApplication::translate("main", "Select the model <id> in the catalog."),
         u"id"_s},
        {u"data-dir"_s,
         QCoreApplication::translate(
             "main", "Keep the conversations in <dir> instead of the standard app-data folder."),
         u"dir"_s},
        {u"page"_s,
         QCoreApplication::translate(
             "main", "Page to show at start: models, chat, images, usage or compare."),
         u"page"_s},
        {u"conversation"_s,
         QCoreApplication::translate("main", "Open the conversation <id> on the chat page."),
         u"id"_s},
        {u"model"_s, QCoreApplication::translate("main", "Chat with the model <id>."), u"id"_s},
        {u"prompt"_s,
         QCoreApplication::translate(
             "main", "Send <text> in a new conversation once the window is up (with --grab: grab "
                     "when the reply is done)."),
         u"text"_s},
        {u"compare"_s,
         QCoreApplication::translate(
             "main", "Compare <targets> (separated by spaces) on --prompt on the Compare page "
                     "once the window is up (with --grab: grab when all have answered)."),
         u"targets"_s},
        {u"search"_s, QCoreApplication::translate("main", "Search the conversations for <text>."),
         u"text"_s},
        {u"draft"_s,
         QCoreApplication::translate(
             "main", "Type <text> into the chat composer without sending it (its cost estimate "
                     "shows)."),
         u"text"_s},
        {u"image-prompt"_s,
         QCoreApplication::translate(
             "main", "Generate an image from <text> in the image studio once the window is up "
                     "(with --grab: grab when it is done)."),
         u"text"_s},
        {u"image-model"_s,
         QCoreApplication::translate("main", "The image model <id> for --image-prompt."), u"id"_s},
        {u"image-settings"_s,
         QCoreApplication::translate(
             "main", "Settings for --image-prompt, e.g. aspect=16:9,size=2K,count=2."),
         u"list"_s},
        {u"dialog"_s,
         QCoreApplication::translate(
             "main", "Open the dialog <name> at start: %1 (with --grab: save the dialog instead "
                     "of the window).")
             .arg(DesktopIntegration::dialogNames().join(u", "_s)),
         u"name"_s},
        {{u"verbose"_s, u"v"_s},
         QCoreApplication::translate(
             "main", "Show internal messages (Qt warnings, orc.* logging) on stderr.")},
    });
    parser.process(arguments);
    if (parser.isSet(version))
        parser.showVersion();
    StartupOptions options;
    options.baseUrl = parser.value(u"base-url"_s);
    options.grabFile = parser.value(u"grab"_s);
    options.selectId = parser.value(u"select"_s);
    options.dataDir = parser.value(u"data-dir"_s);
    options.page = parser.value(u"page"_s);
    if (!options.page.isEmpty() &&
        !QStringList{u"models"_s, u"chat"_s, u"images"_s, u"usage"_s, u"compare"_s}.contains(
            options.page)) {
        *error = QCoreApplication::translate(
                     "main", "--page takes models, chat, images, usage or compare, not \"%1\".")
                     .arg(options.page);
        return std::nullopt;
    }
    if (parser.isSet(u"conversation"_s)) {
        bool ok = false;
        options.conversationId = parser.value(u"conversation"_s).toLongLong(&ok);
        if (!ok || options.conversationId <= 0) {
            *error = QCoreApplication::translate(
                         "main", "--conversation takes a conversation number, not \"%1\".")
                         .arg(parser.value(u"conversation"_s));
            return std::nullopt;
        }
    }
    options.dialog = parser.value(u"dialog"_s);
    if (parser.isSet(u"dialog"_s) && !DesktopIntegration::dialogNames().contains(options.dialog)) {
        *error = QCoreApplication::translate("main", "--dialog takes %1, not \"%2\".")
                     .arg(DesktopIntegration::dialogNames().join(u", "_s), options.dialog);
        return std::nullopt;
    }
    for (const auto &[name, field] :
         {std::pair{u"model"_s, &options.model}, std::pair{u"prompt"_s, &options.prompt},
          std::pair{u"search"_s, &options.search}, std::pair{u"compare"_s, &options.compare},
          std::pair{u"draft"_s, &options.draft}})
        if (parser.isSet(name))
            *field = parser.value(name);
    options.verbose = parser.isSet(u"verbose"_s);
    if (parser.isSet(u"image-prompt"_s)) {
        ImageRequest request;
        request.model = parser.value(u"image-model"_s);
        request.prompt = parser.value(u"image-prompt"_s);
        if (!ImageStudioPage::parseSettings(parser.value(u"image-settings"_s), &request, error))
            return std::nullopt;
        options.imageRequest = request;
    }
    return options;
}

bool StartupOptions::verboseIn(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView a(argv[i]);
        if (a == "--")
            break;
        if (a == "-v" || a == "--verbose")
            return true;
    }
    return false;
}

} // namespace orc
