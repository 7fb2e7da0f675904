#include "OrcliHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace orc::test {

QJsonObject OrcliRun::outJson() const {
    return QJsonDocument::fromJson(out).object();
}

QJsonArray OrcliRun::outArray() const {
    return QJsonDocument::fromJson(out).array();
}

QList<QJsonObject> OrcliRun::outLines() const {
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

QJsonObject OrcliRun::errJson() const {
    const QList<QByteArray> lines = err.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

QStringList OrcliRun::firstColumn() const {
    QStringList out;
    for (const QString &line : outText().split(u'\n', Qt::SkipEmptyParts))
        out << line.section(u' ', 0, 0);
    return out;
}

QString OrcliRun::describe() const {
    return u"exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4"_s.arg(exitCode).arg(
        finished ? QString() : u" (timed out)"_s, QString::fromUtf8(out.left(3000)),
        QString::fromUtf8(err.left(3000)));
}

OrcliHarness::OrcliHarness()
    : m_server(std::make_unique<fake::FakeOpenRouter>()) {
    m_server->setFixturesDir({}); // the built-in catalogue: stable expectations
    m_server->setPaddingDelayMs(0);
    m_ready = m_dir.isValid() && m_server->listen();
    QDir(m_dir.path()).mkpath(u"home"_s);
    resetEnvironment();
}

OrcliHarness::~OrcliHarness() = default;

QString OrcliHarness::baseUrl() const {
    return m_server->baseUrl().toString();
}

QString OrcliHarness::program() {
    return QStringLiteral(ORCLI_PATH);
}

void OrcliHarness::resetEnvironment() {
    m_env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : m_env.keys()) {
        if (name.startsWith("OPENROUTER_"_L1) || name.startsWith("SKILL_"_L1) ||
            name.startsWith("XDG_"_L1) || name == "QT_LOGGING_RULES"_L1)
            m_env.remove(name);
    }
    m_env.insert(u"HOME"_s, path(u"home"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, path(u"home/.cache"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, path(u"home/.config"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, path(u"home/.local/share"_s));
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    m_env.insert(u"OPENROUTER_BASE_URL"_s, baseUrl());
    m_env.insert(u"OPENROUTER_API_KEY"_s, kKey);
}

QProcess *OrcliHarness::start(const QStringList &arguments) {
    auto *process = new QProcess;
    process->setProgram(m_program);
    process->setArguments(arguments);
    process->setProcessEnvironment(m_env);
    process->setWorkingDirectory(m_dir.path());
    process->start();
    return process;
}

OrcliRun OrcliHarness::run(const QStringList &arguments, const QByteArray &stdinData,
                           int timeoutMs) {
    OrcliRun result;
    std::unique_ptr<QProcess> process(start(arguments));
    QSignalSpy finished(process.get(), &QProcess::finished);
    if (!process->waitForStarted(10000))
        return result;
    if (!stdinData.isEmpty())
        process->write(stdinData);
    process->closeWriteChannel();
    result.finished = finished.wait(timeoutMs);
    if (!result.finished) {
        process->kill();
        process->waitForFinished(5000);
    }
    result.crashed = process->exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process->exitCode();
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    const QByteArray key = kKey.toUtf8();
    if (result.out.contains(key) || result.err.contains(key))
        m_keyLeaked = true;
    return result;
}

QString OrcliHarness::path(const QString &relative) const {
    return QDir(m_dir.path()).filePath(relative);
}

QString OrcliHarness::writeFile(const QString &relative, const QByteArray &bytes) const {
    const QString p = path(relative);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return p;
}

QString OrcliHarness::cacheDir() const {
    return path(u"home/.cache/orstudio/orcli"_s);
}

QByteArray tinyPng() {
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
                                  "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

QByteArray jsonl(const QList<QJsonObject> &lines) {
    QByteArray out;
    for (const QJsonObject &o : lines)
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace orc::test
