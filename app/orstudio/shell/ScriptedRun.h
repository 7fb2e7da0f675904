#pragma once

#include <QString>

namespace orc {

class StudioShell;
struct StartupOptions;

// What the command line asks of a window that is up: the model, conversation, search and page
// to show, a prompt or image prompt to send, a dialog to open, a model to select, and --grab
// (save the window or dialog as an image once everything has settled, then quit).
namespace ScriptedRun {

// Shows and starts the window as `options` ask. False with `*error` (translated) when the
// options name something that does not exist (the caller exits with status 2).
bool start(StudioShell &shell, const StartupOptions &options, QString *error);

} // namespace ScriptedRun

} // namespace orc
