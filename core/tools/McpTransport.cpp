#include "tools/McpTransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

// The start of an offending output line, printable, for an error message.
QString excerpt(QByteArrayView bytes) {
    QString text =
        QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 80))).simplified();
    if (bytes.size() > 80)
        text += u"..."_s;
    return text;
}

} // namespace

McpTransport::~McpTransport() = default;

McpStdioTransport::McpStdioTransport(const McpServerConfig &config, QObject *parent)
    : McpTransport(parent)
    , m_config(config) {}

McpStdioTransport::~McpStdioTransport() {
    stopProcess();
}

qint64 McpStdioTransport::processId() const {
    return m_process ? m_process->processId() : 0;
}

void McpStdioTransport::open() {
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = m_config.env.begin(); it != m_config.env.end(); ++it)
        env.insert(it.key(), it.value());
    m_process->setProcessEnvironment(env);
    if (!m_config.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_config.workingDirectory);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &McpStdioTransport::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &McpStdioTransport::onStderr);
    connect(m_process, &QProcess::finished, this, &McpStdioTransport::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &McpStdioTransport::onError);
    connect(m_process, &QProcess::started, this, &McpTransport::opened);
    m_process->start(m_config.command, m_config.args);
}

void McpStdioTransport::send(const QJsonObject &message) {
    if (m_failed || !m_process || m_process->state() != QProcess::Running)
        return;
    m_process->write(Mcp::frame(message));
}

void McpStdioTransport::close() {
    m_closing = true;
    stopProcess();
}

void McpStdioTransport::stopProcess() {
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        p->closeWriteChannel();
        // Spec (lifecycle, stdio shutdown): close stdin, then SIGTERM, then SIGKILL.
        if (!p->waitForFinished(100)) {
            p->terminate();
            if (!p->waitForFinished(500)) {
                p->kill();
                p->waitForFinished(1000);
            }
        }
    }
    // Not `delete`: this may run inside one of the process's own signals (errorOccurred).
    p->deleteLater();
}

QString McpStdioTransport::diagnostics() const {
    QString text = QString::fromUtf8(m_stderr).trimmed();
    const QStringList lines = text.split(u'\n');
    if (lines.size() > 5)
        text = lines.mid(lines.size() - 5).join(u'\n');
    return text;
}

void McpStdioTransport::onStdout() {
    if (!m_process || m_failed)
        return;
    m_buffer += m_process->readAllStandardOutput();
    qsizetype start = 0;
    while (!m_failed) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArrayView line = QByteArrayView(m_buffer).sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        if (line.size() > m_maxMessageBytes) {
            fail(
                McpError::make(McpError::Kind::Protocol,
                               tr("MCP server \"%1\" sent a message of %2 bytes (the limit is %3).")
                                   .arg(m_config.name)
                                   .arg(line.size())
                                   .arg(m_maxMessageBytes)));
            return;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (!doc.isObject()) {
            fail(McpError::make(McpError::Kind::Protocol,
                                tr("MCP server \"%1\" wrote something that is not a JSON-RPC "
                                   "message: \"%2\".")
                                    .arg(m_config.name, excerpt(line))));
            return;
        }
        emit messageReceived(doc.object());
        if (!m_process) // closed from a slot
            return;
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > m_maxMessageBytes)
        fail(McpError::make(McpError::Kind::Protocol,
                            tr("MCP server \"%1\" sent a message of more than %2 bytes.")
                                .arg(m_config.name)
                                .arg(m_maxMessageBytes)));
}

void McpStdioTransport::onStderr() {
    if (!m_process)
        return;
    m_stderr += m_process->readAllStandardError();
    if (m_stderr.size() > kStderrKeepBytes)
        m_stderr = m_stderr.right(kStderrKeepBytes);
}

void McpStdioTransport::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_closing || m_failed)
        return;
    onStderr();
    const QString why =
        status == QProcess::CrashExit
            ? tr("MCP server \"%1\" crashed.").arg(m_config.name)
            : tr("MCP server \"%1\" exited with code %2.").arg(m_config.name).arg(exitCode);
    const QString tail = diagnostics();
    fail(McpError::make(McpError::Kind::Exited,
                        tail.isEmpty() ? why : tr("%1 It said: %2").arg(why, tail), exitCode));
}

void McpStdioTransport::onError(QProcess::ProcessError error) {
    if (m_closing || m_failed || !m_process)
        return;
    if (error == QProcess::FailedToStart)
        fail(McpError::make(McpError::Kind::Start,
                            tr("Cannot start MCP server \"%1\" (%2): %3")
                                .arg(m_config.name, m_config.command, m_process->errorString())));
    // Crashes arrive through finished() as well; write errors mean the process is gone.
}

void McpStdioTransport::fail(const McpError &error) {
    if (m_failed)
        return;
    m_failed = true;
    // The process is of no further use: a stream with garbage in it cannot be resynchronised.
    QTimer::singleShot(0, this, [this] { stopProcess(); });
    emit failed(error);
}

} // namespace orc
