#include "image/PromptHistory.h"

#include "store/Settings.h"

using namespace Qt::StringLiterals;

namespace orc {

PromptHistory::PromptHistory()
    : m_entries(Settings().stringList(Settings::Key::ImagePromptHistory)) {
    m_entries.removeAll(QString());
    while (m_entries.size() > kMaxEntries)
        m_entries.removeLast();
}

void PromptHistory::add(const QString &prompt) {
    const QString text = prompt.trimmed();
    resetBrowsing();
    if (text.isEmpty())
        return;
    m_entries.removeAll(text);
    m_entries.prepend(text);
    while (m_entries.size() > kMaxEntries)
        m_entries.removeLast();
    save();
}

void PromptHistory::clear() {
    m_entries.clear();
    resetBrowsing();
    save();
}

bool PromptHistory::previous(const QString &current, QString *out) {
    if (m_position + 1 >= m_entries.size())
        return false;
    if (m_position < 0)
        m_draft = current;
    ++m_position;
    *out = m_entries.at(m_position);
    return true;
}

bool PromptHistory::next(QString *out) {
    if (m_position < 0)
        return false;
    --m_position;
    *out = m_position < 0 ? m_draft : m_entries.at(m_position);
    return true;
}

void PromptHistory::save() const {
    Settings().setValue(Settings::Key::ImagePromptHistory, m_entries);
}

} // namespace orc
