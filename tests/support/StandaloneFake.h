#pragma once

#include <QString>
#include <QStringList>

class QProcess;

namespace orc::test {

// startStandaloneFake() (TestSupport.h) with `extraArguments` after its own (a later
// --token-delay-ms wins; --tokens-per-delay paces a stream). Returns the base URL, or an empty
// string when the server did not start.
QString startStandaloneFake(QProcess &server, const QString &program,
                            const QStringList &extraArguments);

} // namespace orc::test
