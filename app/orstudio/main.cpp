// orstudio: the OR Studio desktop app.

#include "ApiKeyDialog.h"
#include "Icons.h"
#include "MainWindow.h"
#include "account/AccountController.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogPage.h"
#include "chat/ChatPage.h"
#include "chat/Composer.h"
#include "chat/ConversationSidebar.h"
#include "image/ImageStudioPage.h"
#include "settings/DesktopIntegration.h"
#include "store/CatalogCache.h"
#include "store/ConversationStore.h"
#include "store/KeyStore.h"
#include "store/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString &message) {
    std::fprintf(stderr, "orstudio: %s\n", qPrintable(message));
}

// --grab: once the catalogue has loaded (or failed) and is on screen, and the reply to --prompt
// (if any) has finished, save the window as an image and quit; a watchdog grabs anyway after
// `timeoutMs` so a stuck load still leaves a file.
void scheduleGrab(orc::MainWindow &window, const QString &file, const QString &selectId,
                  bool waitForReply, int timeoutMs) {
    auto grab = [&window, file, selectId] {
        static bool done = false;
        if (done)
            return;
        done = true;
        if (!selectId.isEmpty() && !window.catalogPage()->selectModel(selectId))
            printError(QCoreApplication::translate("main", "no model with id %1").arg(selectId));
        // Let the selection and layout settle before painting the window into the image.
        QTimer::singleShot(150, &window, [&window, file] {
            const QPixmap shot = window.grab();
            const bool saved = shot.save(file);
            if (saved)
                std::printf("%s\n", qPrintable(file));
            else
                printError(QCoreApplication::translate("main", "could not write %1").arg(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    struct Ready {
        bool catalog = false;
        bool reply = false;
    };
    auto ready = std::make_shared<Ready>();
    ready->reply = !waitForReply;
    auto grabWhenReady = [ready, grab] {
        if (ready->catalog && ready->reply)
            grab();
    };
    QObject::connect(window.catalogPage(), &orc::CatalogPage::settled, &window,
                     [&window, ready, grabWhenReady] {
                         if (!window.catalogPage()->isRefreshing()) {
                             ready->catalog = true;
                             grabWhenReady();
                         }
                     });
    QObject::connect(window.chatPage(), &orc::ChatPage::replyFinished, &window,
                     [ready, grabWhenReady] {
                         ready->reply = true;
                         grabWhenReady();
                     });
    QObject::connect(window.imagePage(), &orc::ImageStudioPage::generationFinished, &window,
                     [ready, grabWhenReady] {
                         ready->reply = true;
                         grabWhenReady();
                     });
    QTimer::singleShot(timeoutMs, &window, grab);
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"orstudio"_s);
    QCoreApplication::setApplicationName(u"orstudio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ORC_VERSION));
    QGuiApplication::setApplicationDisplayName(u"OR Studio"_s);
    QGuiApplication::setDesktopFileName(QStringLiteral(ORC_APP_ID));
    QApplication::setWindowIcon(orc::Icons::app());
    orc::Settings settings; // every preference (QSettings of this app); the key is not one
    orc::DesktopIntegration::applyAtStartup(settings); // language, theme and proxy

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "OR Studio: a desktop client for OpenRouter."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        u"base-url"_s,
        QCoreApplication::translate("main", "OpenRouter API base URL (default: "
                                            "OPENROUTER_BASE_URL, else %1).")
            .arg(orc::ClientConfig::defaultBaseUrl().toString()),
        u"url"_s);
    const QCommandLineOption grabOption(
        u"grab"_s,
        QCoreApplication::translate("main", "Once the catalog is on screen, save the window "
                                            "as an image to <file> and quit."),
        u"file"_s);
    const QCommandLineOption selectOption(
        u"select"_s, QCoreApplication::translate("main", "Select the model <id> in the catalog."),
        u"id"_s);
    const QCommandLineOption dataDirOption(
        u"data-dir"_s,
        QCoreApplication::translate("main", "Keep the conversations in <dir> instead of the "
                                            "standard app-data folder."),
        u"dir"_s);
    const QCommandLineOption pageOption(
        u"page"_s,
        QCoreApplication::translate("main", "Page to show at start: models, chat or images."),
        u"page"_s);
    const QCommandLineOption conversationOption(
        u"conversation"_s,
        QCoreApplication::translate("main", "Open the conversation <id> on the chat page."),
        u"id"_s);
    const QCommandLineOption modelOption(
        u"model"_s, QCoreApplication::translate("main", "Chat with the model <id>."), u"id"_s);
    const QCommandLineOption promptOption(
        u"prompt"_s,
        QCoreApplication::translate("main", "Send <text> in a new conversation once the window "
                                            "is up (with --grab: grab when the reply is done)."),
        u"text"_s);
    const QCommandLineOption searchOption(
        u"search"_s, QCoreApplication::translate("main", "Search the conversations for <text>."),
        u"text"_s);
    const QCommandLineOption imagePromptOption(
        u"image-prompt"_s,
        QCoreApplication::translate("main", "Generate an image from <text> in the image studio "
                                            "once the window is up (with --grab: grab when it "
                                            "is done)."),
        u"text"_s);
    const QCommandLineOption imageModelOption(
        u"image-model"_s,
        QCoreApplication::translate("main", "The image model <id> for --image-prompt."), u"id"_s);
    const QCommandLineOption imageSettingsOption(
        u"image-settings"_s,
        QCoreApplication::translate("main", "Settings for --image-prompt, e.g. "
                                            "aspect=16:9,size=2K,count=2."),
        u"list"_s);
    const QCommandLineOption dialogOption(
        u"dialog"_s,
        QCoreApplication::translate("main", "Open the dialog <name> at start: %1 (with --grab: "
                                            "save the dialog instead of the window).")
            .arg(orc::DesktopIntegration::dialogNames().join(u", "_s)),
        u"name"_s);
    parser.addOptions({baseUrlOption, grabOption, selectOption, dataDirOption, pageOption,
                       conversationOption, modelOption, promptOption, searchOption,
                       imagePromptOption, imageModelOption, imageSettingsOption, dialogOption});
    parser.process(app);

    const QStringList pages{u"models"_s, u"chat"_s, u"images"_s};
    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !pages.contains(page)) {
        printError(QCoreApplication::translate("main", "--page takes models, chat or images, "
                                                       "not \"%1\".")
                       .arg(page));
        return 2;
    }
    qint64 conversationId = 0;
    if (parser.isSet(conversationOption)) {
        bool ok = false;
        conversationId = parser.value(conversationOption).toLongLong(&ok);
        if (!ok || conversationId <= 0) {
            printError(QCoreApplication::translate("main", "--conversation takes a "
                                                           "conversation number, not \"%1\".")
                           .arg(parser.value(conversationOption)));
            return 2;
        }
    }

    if (parser.isSet(dialogOption) &&
        !orc::DesktopIntegration::dialogNames().contains(parser.value(dialogOption))) {
        printError(QCoreApplication::translate("main", "--dialog takes %1, not \"%2\".")
                       .arg(orc::DesktopIntegration::dialogNames().join(u", "_s),
                            parser.value(dialogOption)));
        return 2;
    }

    const QString dataDirOverride = parser.value(dataDirOption);
    const QDir dataDir(dataDirOverride.isEmpty() ? settings.dataDir() : dataDirOverride);
    orc::ConversationStore store(dataDir.absoluteFilePath(u"conversations.sqlite"_s));
    QString storeError;
    if (!store.open(&storeError)) {
        const QString message =
            QCoreApplication::translate("main", "The conversations cannot be opened: %1")
                .arg(storeError);
        printError(message);
        if (!parser.isSet(grabOption))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OR Studio"),
                                  message);
        return 2;
    }
    store.markInterrupted(); // replies that were streaming when the app last stopped

    // The stored key (keychain, consented file, or the chat key dialog's settings entry) is read
    // only when the environment has none, so a locked keyring does not ask for nothing.
    orc::KeyStore keyStore;
    orc::AccountController::StoredKey stored;
    if (orc::ClientConfig::fromEnvironment(QString(), parser.value(baseUrlOption)).apiKey.isEmpty())
        stored = orc::AccountController::readStoredKey(keyStore, &orc::ApiKeyDialog::storedKey);
    orc::ClientConfig config = settings.apply(
        orc::ClientConfig::fromEnvironment(QString(), parser.value(baseUrlOption), stored.key));
    if (const std::optional<orc::ApiError> problem = config.validate(false)) {
        const QString message = problem->toString();
        printError(message);
        if (!parser.isSet(grabOption))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OR Studio"),
                                  message);
        return 2;
    }

    orc::OpenRouterClient client(config);
    orc::AccountController accounts(&client, &settings, &keyStore);
    accounts.setLegacyCleaner(&orc::ApiKeyDialog::clearStoredKey);
    accounts.setStartupState(stored);
    orc::MainWindow window(
        &client,
        orc::CatalogCache(QString(), dataDir.absoluteFilePath(u"catalog-history.sqlite"_s)),
        &store);
    orc::DesktopIntegration desktop(&window, &accounts, &settings);
    if (parser.isSet(baseUrlOption))
        desktop.setBaseUrlOverride(u"--base-url"_s, config.baseUrl);
    else if (!qEnvironmentVariable("OPENROUTER_BASE_URL").trimmed().isEmpty())
        desktop.setBaseUrlOverride(u"OPENROUTER_BASE_URL"_s, config.baseUrl);
    if (!parser.isSet(modelOption))
        desktop.applyDefaultChatModel();
    orc::ChatPage *chat = window.chatPage();
    if (parser.isSet(modelOption))
        chat->setModel(orc::ModelInfo::fromJson(QJsonObject{{u"id"_s, parser.value(modelOption)}}));
    if (conversationId && !chat->openConversation(conversationId)) {
        printError(
            QCoreApplication::translate("main", "no conversation with id %1").arg(conversationId));
        return 2;
    }
    if (parser.isSet(searchOption))
        chat->sidebar()->setSearchText(parser.value(searchOption));
    const bool chatFirst =
        conversationId || parser.isSet(promptOption) || parser.isSet(searchOption);
    if (page == "chat"_L1 || (page.isEmpty() && chatFirst))
        window.showPage(orc::MainWindow::Page::Chat);
    else if (page == "images"_L1)
        window.showPage(orc::MainWindow::Page::Images);
    else if (page == "models"_L1)
        window.showPage(orc::MainWindow::Page::Models);
    window.show();
    window.start();
    if (parser.isSet(imagePromptOption)) {
        orc::ImageRequest request;
        request.model = parser.value(imageModelOption);
        request.prompt = parser.value(imagePromptOption);
        QString problem;
        if (!orc::ImageStudioPage::parseSettings(parser.value(imageSettingsOption), &request,
                                                 &problem)) {
            printError(problem);
            return 2;
        }
        window.showPage(orc::MainWindow::Page::Images);
        window.imagePage()->generateWhenReady(request);
    }
    if (parser.isSet(promptOption)) {
        const QString prompt = parser.value(promptOption);
        QTimer::singleShot(0, chat, [chat, prompt] {
            chat->newConversation();
            chat->composer()->setText(prompt);
            chat->send();
        });
    }

    const QString selectId = parser.value(selectOption);
    if (parser.isSet(dialogOption)) {
        if (parser.isSet(grabOption))
            desktop.grabDialog(parser.value(dialogOption), parser.value(grabOption));
        else
            desktop.openDialog(parser.value(dialogOption));
    } else if (!parser.isSet(grabOption)) {
        desktop.welcomeIfNeeded(); // first run without a key
    }
    if (parser.isSet(grabOption) && !parser.isSet(dialogOption)) {
        scheduleGrab(window, parser.value(grabOption), selectId,
                     parser.isSet(promptOption) || parser.isSet(imagePromptOption), 20000);
    } else if (!selectId.isEmpty()) {
        QObject::connect(
            window.catalogPage(), &orc::CatalogPage::settled, &window,
            [&window, selectId] { window.catalogPage()->selectModel(selectId); },
            Qt::SingleShotConnection);
    }
    return QApplication::exec();
}
