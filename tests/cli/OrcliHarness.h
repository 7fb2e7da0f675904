#pragma once

#include "FakeOpenRouter.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace orc::test {

// What one orcli run produced.
struct OrcliRun {
    int exitCode = -1;
    bool finished = false; // false: timed out (the process was killed)
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject outJson() const;         // stdout as one JSON object
    QJsonArray outArray() const;         // stdout as one JSON array
    QList<QJsonObject> outLines() const; // stdout as JSON lines
    QJsonObject errJson() const;         // stderr as one JSON object (last line)
    QString describe() const;            // for failure messages
    QStringList firstColumn() const;     // the first word of each stdout line (model ids)
};

// Runs the real orcli binary against an in-process FakeOpenRouter, with a private HOME and
// cache folder. Runs are asynchronous and waited for with an event loop, so the fake server
// (which lives in this process's event loop) keeps answering.
class OrcliHarness {
public:
    // A test key in the real format; it must never appear in orcli's output.
    static inline const QString kKey =
        QStringLiteral("sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab");

    OrcliHarness();
    ~OrcliHarness();
    Q_DISABLE_COPY_MOVE(OrcliHarness)

    bool isReady() const { return m_ready; }
    fake::FakeOpenRouter &server() { return *m_server; }
    QString baseUrl() const;
    static QString program();
    // Runs another program of ours the same way (orstudio, for tst_orstudio_quiet).
    void setProgram(const QString &path) { m_program = path; }

    // The environment of the next runs: HOME/XDG_* in the temporary folder, the fake server's
    // URL in OPENROUTER_BASE_URL, kKey in OPENROUTER_API_KEY; no other OpenRouter variables.
    QProcessEnvironment &environment() { return m_env; }
    void resetEnvironment();

    OrcliRun run(const QStringList &arguments, const QByteArray &stdinData = {},
                 int timeoutMs = 60000);
    // Starts orcli and returns at once (the caller waits on the process's signals).
    QProcess *start(const QStringList &arguments);

    QString path(const QString &relative) const; // inside the temporary folder
    QString writeFile(const QString &relative, const QByteArray &bytes) const;
    QString cacheDir() const;
    // True when some run printed the API key (it never may).
    bool keyLeaked() const { return m_keyLeaked; }

private:
    std::unique_ptr<fake::FakeOpenRouter> m_server;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_program = program();
    bool m_ready = false;
    bool m_keyLeaked = false;
};

// A small valid PNG (1x1) for --image attachments.
QByteArray tinyPng();
// JSON lines: each object compact, one a line (batch input files).
QByteArray jsonl(const QList<QJsonObject> &lines);

} // namespace orc::test
