#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QProcess;

namespace orc::test {

// Folder with the real OpenRouter captures (`<shared>/fixtures/openrouter`), taken from
// ORC_SHARED_DIR or, by default, `../shared` beside the source tree. Empty when absent.
QString fixturesDir();

// Absolute path of a capture below fixturesDir(); empty when the folder is absent.
QString fixturePath(const QString &relative);

// Bytes of a capture; fails the running test (QFAIL-style) when the folder exists but the file
// does not. Callers check hasFixtures() first and QSKIP with a clear message otherwise.
QByteArray readFixture(const QString &relative);
bool hasFixtures();
inline constexpr const char *kNoFixturesMessage =
    "real OpenRouter captures not found: set ORC_SHARED_DIR to the folder holding "
    "fixtures/openrouter (CI has it beside the clone as ../shared)";

// Starts the standalone fake server (`program`, the fake-openrouter executable) in its own
// process on a free loopback port, with no delay between stream chunks, so that it can outrun
// the client under test. Returns its base URL, or an empty string when it did not start.
QString startStandaloneFake(QProcess &server, const QString &program);

// The bytes of any file (empty, with a warning, when it cannot be read).
QByteArray fileBytes(const QString &path);

// Our own small test data committed under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

// Benchmarks: runs `work` `runs` times and returns the median wall time in milliseconds.
double medianMs(int runs, const std::function<void()> &work);
// Runs `sql` (with `values` bound in order) on the SQLite file `path` through a connection of
// its own, the way another program (or an older version) would; returns the first column of
// each row, or one "ERROR <message>" entry.
QStringList sqliteColumn(const QString &path, const QString &sql, const QVariantList &values = {});

} // namespace orc::test
