#include "chat/PresetStore.h"

#include "store/Settings.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

bool sameName(const QString &a, const QString &b) {
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QList<ChatPreset> load() {
    const QJsonArray array = Settings().chatPresets();
    QList<ChatPreset> out;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        ChatPreset preset;
        preset.name = o.value("name"_L1).toString().trimmed();
        if (preset.name.isEmpty())
            continue;
        preset.systemPrompt = o.value("system_prompt"_L1).toString();
        preset.params = ChatParams::fromJson(o.value("params"_L1).toObject());
        out.append(preset);
    }
    return out;
}

void store(const QList<ChatPreset> &presets) {
    QJsonArray array;
    for (const ChatPreset &preset : std::as_const(presets)) {
        array.append(QJsonObject{{u"name"_s, preset.name},
                                 {u"system_prompt"_s, preset.systemPrompt},
                                 {u"params"_s, preset.params.toJson()}});
    }
    Settings().setChatPresets(array);
}

} // namespace

QList<ChatPreset> PresetStore::presets() {
    QList<ChatPreset> all = load();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(all.begin(), all.end(), [&collator](const ChatPreset &a, const ChatPreset &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return all;
}

std::optional<ChatPreset> PresetStore::preset(const QString &name) {
    for (const ChatPreset &preset : load()) {
        if (sameName(preset.name, name))
            return preset;
    }
    return std::nullopt;
}

bool PresetStore::save(const ChatPreset &preset) {
    ChatPreset cleaned = preset;
    cleaned.name = preset.name.trimmed();
    if (cleaned.name.isEmpty())
        return false;
    QList<ChatPreset> all = load();
    all.removeIf([&cleaned](const ChatPreset &p) { return sameName(p.name, cleaned.name); });
    all.append(cleaned);
    store(all);
    return true;
}

bool PresetStore::remove(const QString &name) {
    QList<ChatPreset> all = load();
    const qsizetype removed =
        all.removeIf([&name](const ChatPreset &p) { return sameName(p.name, name); });
    if (!removed)
        return false;
    store(all);
    return true;
}

} // namespace orc
