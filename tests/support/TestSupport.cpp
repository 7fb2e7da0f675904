#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace orc::test {

QString fixturesDir() {
    QString shared = qEnvironmentVariable("ORC_SHARED_DIR");
    if (shared.isEmpty())
        shared = QStringLiteral(ORC_DEFAULT_SHARED_DIR);
    const QString dir = QDir(shared).filePath(QStringLiteral("fixtures/openrouter"));
    return QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

bool hasFixtures() {
    return !fixturesDir().isEmpty();
}

QString startStandaloneFake(QProcess &server, const QString &program) {
    server.setProgram(program);
    server.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--token-delay-ms"), QStringLiteral("0")});
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start();
    if (!server.waitForStarted(10000) || !server.waitForReadyRead(10000))
        return {};
    const QString url = QString::fromUtf8(server.readLine()).trimmed();
    server.setStandardErrorFile(QProcess::nullDevice());
    return url;
}

QString fixturePath(const QString &relative) {
    const QString dir = fixturesDir();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(relative);
}

static QByteArray readWhole(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read test file %s: %s", qPrintable(path), qPrintable(f.errorString()));
        return {};
    }
    return f.readAll();
}

QByteArray fileBytes(const QString &path) {
    return readWhole(path);
}

QByteArray readFixture(const QString &relative) {
    return readWhole(fixturePath(relative));
}

QString dataPath(const QString &relative) {
    return QDir(QStringLiteral(ORC_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readData(const QString &relative) {
    return readWhole(dataPath(relative));
}

} // namespace orc::test
