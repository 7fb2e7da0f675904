#include "chat/PresetStore.h"

#include "api/ChatCodec.h"
#include "store/Settings.h"

#include <QCollator>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

QString PresetStore::slugFor(const QString &name) {
    QString slug;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? u"preset"_s : slug;
}

QJsonObject PresetStore::toOpenRouterPreset(const ChatPreset &preset, const QString &model,
                                            const QList<RoutingProfile> &profiles) {
    ChatRequest r;
    r.model = model;
    r.temperature = preset.params.temperature;
    r.maxTokens = preset.params.maxTokens;
    r.topP = preset.params.topP;
    r.seed = preset.params.seed;
    r.reasoning.effort = preset.params.reasoningEffort;
    r.provider = preset.params.routing.resolve(profiles);
    r.models = preset.params.routing.fallbackModels(profiles, model);
    const QJsonObject body = ChatCodec::encodeRequest(r);
    QJsonObject config;
    for (const char *key : {"model", "models", "provider", "temperature", "max_tokens", "top_p",
                            "reasoning", "seed"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        const bool empty =
            v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()) ||
            (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
        if (!empty)
            config.insert(QLatin1String(key), v);
    }
    QJsonObject out{
        {u"name"_s, preset.name}, {u"slug"_s, slugFor(preset.name)}, {u"config"_s, config}};
    out.insert(u"system_prompt"_s, preset.systemPrompt.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(preset.systemPrompt));
    return out;
}

bool PresetStore::exportPreset(const ChatPreset &preset, const QString &model,
                               const QList<RoutingProfile> &profiles, const QString &path,
                               QString *error) {
    const QByteArray json =
        QJsonDocument(toOpenRouterPreset(preset, model, profiles)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace orc
