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
    parser.addVersionOption();
    const QCommandLineOption baseUrl(
        u"base-url"_s,
        QCoreApplication::translate(
            "main", "OpenRouter API base URL (default: OPENROUTER_BASE_URL, else %1).")
            .arg(ClientConfig::defaultBaseUrl().toString()),
        u"url"_s);
    const QCommandLineOption grab(
        u"grab"_s,
        QCoreApplication::translate(
            "main", "Once the catalog is on screen, save the window as an image to <file> and "
                    "quit."),
        u"file"_s);
    const QCommandLineOption select(
        u"select"_s, QCoreApplication::translate("main", "Select the model <id> in the catalog."),
        u"id"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s,
        QCoreApplication::translate(
            "main", "Keep the conversations in <dir> instead of the standard app-data folder."),
        u"dir"_s);
    const QCommandLineOption page(
        u"page"_s,
        QCoreApplication::translate("main", "Page to show at start: models, chat or images."),
        u"page"_s);
    const QCommandLineOption conversation(
        u"conversation"_s,
        QCoreApplication::translate("main", "Open the conversation <id> on the chat page."),
        u"id"_s);
    const QCommandLineOption model(
        u"model"_s, QCoreApplication::translate("main", "Chat with the model <id>."), u"id"_s);
    const QCommandLineOption prompt(
        u"prompt"_s,
        QCoreApplication::translate(
            "main", "Send <text> in a new conversation once the window is up (with --grab: grab "
                    "when the reply is done)."),
        u"text"_s);
    const QCommandLineOption search(
        u"search"_s, QCoreApplication::translate("main", "Search the conversations for <text>."),
        u"text"_s);
    const QCommandLineOption imagePrompt(
        u"image-prompt"_s,
        QCoreApplication::translate(
            "main", "Generate an image from <text> in the image studio once the window is up "
                    "(with --grab: grab when it is done)."),
        u"text"_s);
    const QCommandLineOption imageModel(
        u"image-model"_s,
        QCoreApplication::translate("main", "The image model <id> for --image-prompt."), u"id"_s);
    const QCommandLineOption imageSettings(
        u"image-settings"_s,
        QCoreApplication::translate(
            "main", "Settings for --image-prompt, e.g. aspect=16:9,size=2K,count=2."),
        u"list"_s);
    const QCommandLineOption dialog(
        u"dialog"_s,
        QCoreApplication::translate(
            "main", "Open the dialog <name> at start: %1 (with --grab: save the dialog instead of "
                    "the window).")
            .arg(DesktopIntegration::dialogNames().join(u", "_s)),
        u"name"_s);
    parser.addOptions({baseUrl, grab, select, dataDir, page, conversation, model, prompt, search,
                       imagePrompt, imageModel, imageSettings, dialog});
    parser.process(arguments);

    StartupOptions options;
    options.baseUrl = parser.value(baseUrl);
    options.grabFile = parser.value(grab);
    options.selectId = parser.value(select);
    options.dataDir = parser.value(dataDir);
    options.page = parser.value(page);
    if (!options.page.isEmpty() &&
        !QStringList{u"models"_s, u"chat"_s, u"images"_s}.contains(options.page)) {
        *error =
            QCoreApplication::translate("main", "--page takes models, chat or images, not \"%1\".")
                .arg(options.page);
        return std::nullopt;
    }
    if (parser.isSet(conversation)) {
        bool ok = false;
        options.conversationId = parser.value(conversation).toLongLong(&ok);
        if (!ok || options.conversationId <= 0) {
            *error = QCoreApplication::translate(
                         "main", "--conversation takes a conversation number, not \"%1\".")
                         .arg(parser.value(conversation));
            return std::nullopt;
        }
    }
    options.dialog = parser.value(dialog);
    if (parser.isSet(dialog) && !DesktopIntegration::dialogNames().contains(options.dialog)) {
        *error = QCoreApplication::translate("main", "--dialog takes %1, not \"%2\".")
                     .arg(DesktopIntegration::dialogNames().join(u", "_s), options.dialog);
        return std::nullopt;
    }
    if (parser.isSet(model))
        options.model = parser.value(model);
    if (parser.isSet(prompt))
        options.prompt = parser.value(prompt);
    if (parser.isSet(search))
        options.search = parser.value(search);
    if (parser.isSet(imagePrompt)) {
        ImageRequest request;
        request.model = parser.value(imageModel);
        request.prompt = parser.value(imagePrompt);
        if (!ImageStudioPage::parseSettings(parser.value(imageSettings), &request, error))
            return std::nullopt;
        options.imageRequest = request;
    }
    return options;
}

} // namespace orc
