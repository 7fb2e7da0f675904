#pragma once

#include <QString>
#include <QStringList>

namespace orc {

// The studio's recent prompts, newest first, without duplicates, kept in Settings
// ("imageStudio/promptHistory"). Browsing works like a shell: previous() walks back from the
// newest, next() forward again, and past the newest returns the draft being written.
class PromptHistory {
public:
    static constexpr int kMaxEntries = 50;

    PromptHistory(); // loads from Settings

    const QStringList &entries() const { return m_entries; }
    // Records a prompt that was sent (moves an existing one to the front) and saves.
    void add(const QString &prompt);
    void clear();

    // Browsing: `current` is the editor's text, kept as the draft when browsing starts.
    // Both return false (and leave *out alone) when there is nothing further.
    bool previous(const QString &current, QString *out);
    bool next(QString *out);
    void resetBrowsing() { m_position = -1; }

private:
    void save() const;

    QStringList m_entries;
    QString m_draft;
    int m_position = -1; // -1: not browsing
};

} // namespace orc
