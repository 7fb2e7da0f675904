#pragma once

namespace orc::cli {

// Qt's own warnings and the orc.* logging categories are for developers: orcli's stderr carries
// only what Printer writes (one JSON object for errors with --format json), unless the user asks
// for more with -v or sets QT_LOGGING_RULES. install() routes every qDebug/qInfo/qWarning/
// qCritical through this filter (qFatal still aborts with its message); setVerbose() opens it.
namespace MessageFilter {
void install();
void setVerbose(bool verbose);
bool isOpen(); // messages reach stderr now
} // namespace MessageFilter

} // namespace orc::cli
