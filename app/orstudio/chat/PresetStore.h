#pragma once

#include "chat/ChatSession.h"

#include <QCoreApplication>
#include <QJsonObject>
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
    Q_DECLARE_TR_FUNCTIONS(orc::PresetStore)
public:
    static QList<ChatPreset> presets(); // sorted by name
    static std::optional<ChatPreset> preset(const QString &name);
    // Adds the preset or replaces the one with the same name; false for an empty name.
    static bool save(const ChatPreset &preset);
    static bool remove(const QString &name);

    // The preset as an OpenRouter preset: {"name","slug","system_prompt","config":{...}}, the
    // shape of a preset with its designated version in the official SDK (@openrouter/sdk 1.3,
    // models/presetdesignatedversion.js: `config` + `system_prompt`; models/preset.js: `name`,
    // `slug`). `config` holds the chat-request fields a preset keeps (model, models, provider,
    // temperature, max_tokens, top_p, reasoning, seed), encoded as a request body is, so it is
    // also what POST /presets/{slug}/chat/completions (funcs/presetsCreatePresetsChatCompletions)
    // accepts. `model` is the chat's model (empty: none); `profiles` resolve the routing.
    static QJsonObject toOpenRouterPreset(const ChatPreset &preset, const QString &model,
                                          const QList<RoutingProfile> &profiles);
    // "Code review (strict)" -> "code-review-strict".
    static QString slugFor(const QString &name);
    // Writes toOpenRouterPreset() to `path` atomically; false with a translated `error`.
    static bool exportPreset(const ChatPreset &preset, const QString &model,
                             const QList<RoutingProfile> &profiles, const QString &path,
                             QString *error);
};

} // namespace orc
