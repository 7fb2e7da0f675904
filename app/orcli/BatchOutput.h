#pragma once

#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace orc::cli {

// The result file of `orcli batch -o OUT`: one JSON line per finished request, appended (and
// flushed) as each one ends, so an interrupted run loses nothing. Opening an existing file
// makes the run resumable: the ids of its successful lines are skipped, and its failed or
// broken lines are dropped (rewritten atomically with QSaveFile) so the re-run writes one line
// per id.
class BatchOutput final {
public:
    BatchOutput() = default;
    Q_DISABLE_COPY_MOVE(BatchOutput)

    // Creates missing parent folders; fails with a one-line message when OUT cannot be written.
    bool open(const QString &path, QString *error);
    const QSet<QString> &succeededIds() const { return m_succeeded; }
    int droppedLines() const { return m_dropped; }

    bool append(const QJsonObject &result, QString *error);

private:
    QFile m_file;
    QSet<QString> m_succeeded;
    int m_dropped = 0;
};

} // namespace orc::cli
