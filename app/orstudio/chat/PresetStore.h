#pragma once

#include "chat/ChatSession.h"

#include <QList>
#include <QString>

#include <optional>

namespace orc {

// A named system prompt plus parameters that the chat settings can apply in one step.
struct ChatPreset {
    QString name;
    QString systemPrompt;
    ChatParams params;
    bool operator==(const ChatPreset &) const = default;
};

// Saved chat presets, kept in Settings (Key::ChatPresets, one JSON array) so they are shared
// by every conversation. Names are unique, compared case-insensitively after trimming.
class PresetStore {
public:
    static QList<ChatPreset> presets(); // sorted by name
    static std::optional<ChatPreset> preset(const QString &name);
    // Adds the preset or replaces the one with the same name; false for an empty name.
    static bool save(const ChatPreset &preset);
    static bool remove(const QString &name);
};

} // namespace orc
