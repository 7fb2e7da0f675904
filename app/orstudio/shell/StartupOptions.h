#pragma once

#include "domain/ImageRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace orc {

// orstudio's command line: where to talk to, what to show at start, and the scripted runs
// used for screenshots and smoke tests (--grab, --prompt, --image-prompt, --dialog).
struct StartupOptions {
    Q_DECLARE_TR_FUNCTIONS(orc::StartupOptions)

public:
    QString baseUrl;  // --base-url, empty when not given
    QString grabFile; // --grab
    QString selectId; // --select
    QString dataDir;  // --data-dir
    QString page;     // --page: "", "models", "chat" or "images"
    qint64 conversationId = 0;
    std::optional<QString> model; // --model
    std::optional<QString> prompt;
    std::optional<QString> search;
    std::optional<QString> compare; // --compare: targets for the Compare page, with --prompt
    std::optional<QString> draft;   // --draft: composer text, not sent (its cost estimate shows)
    std::optional<ImageRequest> imageRequest; // --image-prompt with --image-model/-settings
    QString dialog;                           // --dialog
    bool verbose = false; // -v/--verbose: internal messages on stderr (see MessageFilter)

    bool grabbing() const { return !grabFile.isEmpty(); }
    // The chat page comes first when the options are about a conversation.
    bool chatFirst() const { return conversationId || (prompt && !compare) || search || draft; }

    // Parses `arguments` (handles --help and --version itself). nullopt with `*error` set
    // (translated) for an invalid value; the caller exits with status 2.
    static std::optional<StartupOptions> parse(const QStringList &arguments, QString *error);
    // Whether argv asks for -v/--verbose: read before QApplication exists, so that the message
    // filter is open (or shut) from the first message on.
    static bool verboseIn(int argc, char **argv);
};

} // namespace orc
