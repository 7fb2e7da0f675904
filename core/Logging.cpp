#include "Logging.h"

Q_LOGGING_CATEGORY(orcNet, "orc.net", QtInfoMsg)
Q_LOGGING_CATEGORY(orcApi, "orc.api", QtInfoMsg)
Q_LOGGING_CATEGORY(orcStore, "orc.store", QtInfoMsg)

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <cstdio>

namespace orc::MessageFilter {

namespace {

std::atomic<bool> g_verbose{false};
QtMessageHandler g_previous = nullptr;

bool rulesSet() {
    static const bool set = !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES");
    return set;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    // Any thread may log (Qt's network thread does): only atomics and the saved handler here.
    if (type == QtFatalMsg || isOpen()) {
        if (g_previous) {
            g_previous(type, context, message);
        } else {
            std::fputs(qPrintable(qFormatLogMessage(type, context, message) + u'\n'), stderr);
        }
    }
}

} // namespace

void install() {
    rulesSet();
    g_previous = qInstallMessageHandler(handler);
}

void setVerbose(bool verbose) {
    g_verbose = verbose;
}

bool isOpen() {
    return g_verbose || rulesSet();
}

} // namespace orc::MessageFilter
