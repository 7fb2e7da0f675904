#include "shell/ScriptedRun.h"

#include "catalog/CatalogPage.h"
#include "chat/ChatPage.h"
#include "chat/Composer.h"
#include "chat/ConversationSidebar.h"
#include "compare/ComparePage.h"
#include "image/ImageStudioPage.h"
#include "shell/DesktopIntegration.h"
#include "shell/StartupOptions.h"
#include "shell/StudioShell.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace orc::ScriptedRun {

namespace {

constexpr int kGrabWatchdogMs = 20000;

void printError(const QString &message) {
    std::fprintf(stderr, "orstudio: %s\n", qPrintable(message));
}

// --grab: once the catalogue has loaded (or failed) and is on screen, and the reply to --prompt
// (if any) has finished, save the window as an image and quit; a watchdog grabs anyway after
// `timeoutMs` so a stuck load still leaves a file.
void scheduleGrab(MainWindow &window, const QString &file, const QString &selectId,
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
            const bool saved = window.grab().save(file);
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
    QObject::connect(window.catalogPage(), &CatalogPage::settled, &window,
                     [&window, ready, grabWhenReady] {
                         if (!window.catalogPage()->isRefreshing()) {
                             ready->catalog = true;
                             grabWhenReady();
                         }
                     });
    auto replied = [ready, grabWhenReady] {
        ready->reply = true;
        grabWhenReady();
    };
    QObject::connect(window.chatPage(), &ChatPage::replyFinished, &window, replied);
    QObject::connect(window.imagePage(), &ImageStudioPage::generationFinished, &window, replied);
    QObject::connect(window.comparePage(), &ComparePage::finished, &window, replied);
    QTimer::singleShot(timeoutMs, &window, grab);
}

// Model, conversation, search and page.
bool showChat(MainWindow &window, const StartupOptions &options, QString *error) {
    ChatPage *chat = window.chatPage();
    if (options.model)
        chat->setModel(ModelInfo::fromJson(QJsonObject{{u"id"_s, *options.model}}));
    if (options.conversationId && !chat->openConversation(options.conversationId)) {
        *error = QCoreApplication::translate("main", "no conversation with id %1")
                     .arg(options.conversationId);
        return false;
    }
    if (options.search)
        chat->sidebar()->setSearchText(*options.search);
    if (options.draft)
        chat->composer()->setText(*options.draft);
    if (options.page == "chat"_L1 || (options.page.isEmpty() && options.chatFirst()))
        window.showPage(MainWindow::Page::Chat);
    else if (options.page == "images"_L1)
        window.showPage(MainWindow::Page::Images);
    else if (options.page == "usage"_L1)
        window.showPage(MainWindow::Page::Usage);
    else if (options.page == "compare"_L1 || options.compare)
        window.showPage(MainWindow::Page::Compare);
    else if (options.page == "models"_L1)
        window.showPage(MainWindow::Page::Models);
    return true;
}

} // namespace

bool start(StudioShell &shell, const StartupOptions &options, QString *error) {
    MainWindow &window = *shell.window();
    DesktopIntegration &desktop = *shell.desktop();
    if (!options.model)
        desktop.applyDefaultChatModel();
    if (!showChat(window, options, error))
        return false;
    window.show();
    window.start();
    if (options.imageRequest) {
        window.showPage(MainWindow::Page::Images);
        window.imagePage()->generateWhenReady(*options.imageRequest);
    }
    if (options.compare) {
        ComparePage *compare = window.comparePage();
        QTimer::singleShot(0, compare, [compare, options] {
            compare->setTargets(options.compare->split(u' ', Qt::SkipEmptyParts));
            compare->setPrompt(options.prompt.value_or(QString()));
            compare->run();
        });
    } else if (options.prompt) {
        ChatPage *chat = window.chatPage();
        QTimer::singleShot(0, chat, [chat, prompt = *options.prompt] {
            chat->newConversation();
            chat->composer()->setText(prompt);
            chat->send();
        });
    }

    if (!options.dialog.isEmpty()) {
        if (options.grabbing())
            desktop.grabDialog(options.dialog, options.grabFile);
        else
            desktop.openDialog(options.dialog);
    } else if (!options.grabbing()) {
        desktop.welcomeIfNeeded(); // first run without a key
    }
    if (options.grabbing() && options.dialog.isEmpty()) {
        scheduleGrab(window, options.grabFile, options.selectId,
                     options.prompt || options.imageRequest || options.compare, kGrabWatchdogMs);
    } else if (!options.selectId.isEmpty()) {
        QObject::connect(
            window.catalogPage(), &CatalogPage::settled, &window,
            [&window, id = options.selectId] { window.catalogPage()->selectModel(id); },
            Qt::SingleShotConnection);
    }
    return true;
}

} // namespace orc::ScriptedRun
