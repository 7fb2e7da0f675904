#pragma once

#include <QLoggingCategory>

// Hierarchical logging categories, switched at run time with QT_LOGGING_RULES
// (e.g. "orc.net.debug=true"). Nothing logged here ever contains the API key.
Q_DECLARE_LOGGING_CATEGORY(orcNet)
Q_DECLARE_LOGGING_CATEGORY(orcApi)
Q_DECLARE_LOGGING_CATEGORY(orcStore)

namespace orc {

// Qt's own warnings and the orc.* logging categories are for developers: a user's stderr
// carries only what the program itself writes, unless the user asks for more with -v/--verbose
// or sets QT_LOGGING_RULES. install() routes every qDebug/qInfo/qWarning/qCritical through this
// filter (qFatal still aborts with its message); setVerbose() opens it. orcli and orstudio both
// install it first thing in main().
namespace MessageFilter {
void install();
void setVerbose(bool verbose);
bool isOpen(); // messages reach stderr now
} // namespace MessageFilter

} // namespace orc
