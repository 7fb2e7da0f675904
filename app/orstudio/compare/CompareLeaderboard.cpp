#include "compare/CompareLeaderboard.h"

#include "store/CacheFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("orc::CompareLeaderboard", text);
}
} // namespace

CompareLeaderboard::CompareLeaderboard(QString path)
    : m_path(std::move(path)) {}

QString CompareLeaderboard::pathIn(const QString &dataDir) {
    return QDir(dataDir).absoluteFilePath(u"compare-wins.json"_s);
}

bool CompareLeaderboard::load(QString *error) {
    m_picks.clear();
    m_damaged = false;
    QFile file(m_path);
    if (!file.exists())
        return true;
    QJsonParseError parse{};
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(file.readAll(), &parse)
                                  : QJsonDocument();
    if (!doc.isObject() || !doc.object().value("picks"_L1).isArray()) {
        m_damaged = true;
        if (error)
            *error = tr("The leaderboard file %1 cannot be read; it is left as it is.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    for (const QJsonValue &v : doc.object().value("picks"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Pick pick{o.value("winner"_L1).toString(),
                  {},
                  o.value("tag"_L1).toString(),
                  o.value("at_ms"_L1).toInteger()};
        for (const QJsonValue &other : o.value("others"_L1).toArray())
            pick.others << other.toString();
        if (!pick.winner.isEmpty())
            m_picks.append(pick);
    }
    return true;
}

bool CompareLeaderboard::recordPick(const QString &winner, const QStringList &others,
                                    const QString &tag, QString *error) {
    if (m_damaged) {
        if (error)
            *error = tr("The leaderboard file %1 cannot be read, so the pick is not saved.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_picks.append({winner, others, tag.trimmed(), QDateTime::currentMSecsSinceEpoch()});
    if (save(error))
        return true;
    m_picks.removeLast();
    return false;
}

bool CompareLeaderboard::save(QString *error) const {
    QJsonArray picks;
    for (const Pick &p : m_picks)
        picks.append(QJsonObject{{u"winner"_s, p.winner},
                                 {u"others"_s, QJsonArray::fromStringList(p.others)},
                                 {u"tag"_s, p.tag},
                                 {u"at_ms"_s, p.atMs}});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return CacheFile::writeAtomically(
        m_path, QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"picks"_s, picks}}).toJson(), error);
}

QList<CompareLeaderboard::Row> CompareLeaderboard::rows(const QString &tag) const {
    QHash<QString, Row> byModel;
    for (const Pick &p : m_picks) {
        if (!tag.isEmpty() && p.tag != tag)
            continue;
        Row &w = byModel[p.winner];
        w.model = p.winner;
        ++w.wins;
        ++w.picks;
        for (const QString &other : p.others) {
            Row &o = byModel[other];
            o.model = other;
            ++o.picks;
        }
    }
    QList<Row> out = byModel.values();
    std::sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        if (a.wins != b.wins)
            return a.wins > b.wins;
        if (a.picks != b.picks)
            return a.picks < b.picks;
        return a.model < b.model;
    });
    return out;
}

QStringList CompareLeaderboard::tags() const {
    QStringList out;
    for (const Pick &p : m_picks)
        if (!p.tag.isEmpty() && !out.contains(p.tag))
            out << p.tag;
    out.sort();
    return out;
}

} // namespace orc
