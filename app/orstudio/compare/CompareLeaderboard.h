#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace orc {

// The personal leaderboard of the Compare page: which target won each blind (or open) pick,
// optionally under a task tag ("code", "translation"). Kept in `<data folder>/compare-wins.json`,
// rewritten atomically after every pick; a missing file is an empty board, a damaged one is
// reported and left alone (the next pick does not overwrite it).
class CompareLeaderboard {
public:
    struct Row {
        QString model; // the target label: "model" or "model@provider"
        int wins = 0;
        int picks = 0; // comparisons it took part in that ended with a pick
    };

    explicit CompareLeaderboard(QString path = {});
    static QString pathIn(const QString &dataDir);
    const QString &path() const { return m_path; }

    // Reads the file; false with a translated message when it exists but cannot be used.
    bool load(QString *error = nullptr);
    // Records that `winner` beat `others` (under `tag`, trimmed; empty = untagged) and saves.
    bool recordPick(const QString &winner, const QStringList &others, const QString &tag,
                    QString *error = nullptr);

    // Wins per model, most wins first (then fewest picks, then by name); `tag` empty: all tags.
    QList<Row> rows(const QString &tag = {}) const;
    QStringList tags() const; // sorted, without the empty one
    qsizetype pickCount() const { return m_picks.size(); }

private:
    struct Pick {
        QString winner;
        QStringList others;
        QString tag;
        qint64 atMs = 0;
    };
    bool save(QString *error) const;

    QString m_path;
    QList<Pick> m_picks;
    bool m_damaged = false;
};

} // namespace orc
