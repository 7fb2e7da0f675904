#include "BatchOutput.h"

#include "Printer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace orc::cli {

bool BatchOutput::open(const QString &path, QString *error) {
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("Cannot write results to \"%1\": it is a folder. Give a file name such as "
                    "results.jsonl.")
                     .arg(path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder \"%1\" for the results. Choose a writable place "
                    "with -o.")
                     .arg(info.absolutePath());
        return false;
    }
    if (info.exists()) {
        QFile existing(path);
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the existing results \"%1\": %2.")
                         .arg(path, existing.errorString());
            return false;
        }
        const QByteArray data = existing.readAll();
        existing.close();
        QByteArray kept;
        for (const QByteArray &line : data.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString id = o.value("id"_L1).toString();
            if (o.value("ok"_L1).toBool() && !id.isEmpty() && !m_succeeded.contains(id)) {
                m_succeeded.insert(id);
                kept += line.trimmed() + '\n';
            } else {
                ++m_dropped;
            }
        }
        if (kept != data) {
            QSaveFile rewrite(path);
            if (!rewrite.open(QIODevice::WriteOnly) || rewrite.write(kept) != kept.size() ||
                !rewrite.commit()) {
                *error =
                    tr("Cannot rewrite the results \"%1\": %2.").arg(path, rewrite.errorString());
                return false;
            }
        }
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        *error = tr("Cannot write results to \"%1\": %2. Choose a writable place with -o.")
                     .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

bool BatchOutput::append(const QJsonObject &result, QString *error) {
    QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
    line += '\n';
    // One write per line: a crash never leaves half of a line behind another.
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        *error =
            tr("Cannot write results to \"%1\": %2.").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace orc::cli
