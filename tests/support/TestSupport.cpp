#include "TestSupport.h"
#include "StandaloneFake.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <vector>

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
    return startStandaloneFake(server, program, QStringList());
}

QString startStandaloneFake(QProcess &server, const QString &program,
                            const QStringList &extraArguments) {
    server.setProgram(program);
    server.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--token-delay-ms"), QStringLiteral("0")} +
                        extraArguments);
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

double medianMs(int runs, const std::function<void()> &work) {
    std::vector<double> samples;
    samples.reserve(static_cast<size_t>(std::max(runs, 1)));
    for (int i = 0; i < std::max(runs, 1); ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

QStringList sqliteColumn(const QString &path, const QString &sql, const QVariantList &values) {
    static int counter = 0;
    const QString name = QStringLiteral("test-sqlite-%1").arg(++counter);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("ERROR ") + db.lastError().text()};
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec()) {
            while (q.next())
                out << q.value(0).toString();
        } else {
            out << QStringLiteral("ERROR ") + q.lastError().text();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace orc::test
