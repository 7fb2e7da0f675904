#include "ModelInfo.h"
#include "ModelJson_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

#include <cctype>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

using namespace detail;

const QSet<QString> &knownTopLevelKeys() {
    static const QSet<QString> keys = {
        u"id"_s,
        u"canonical_slug"_s,
        u"hugging_face_id"_s,
        u"name"_s,
        u"created"_s,
        u"description"_s,
        u"context_length"_s,
        u"architecture"_s,
        u"pricing"_s,
        u"top_provider"_s,
        u"per_request_limits"_s,
        u"supported_parameters"_s,
        u"default_parameters"_s,
        u"supported_voices"_s,
        u"knowledge_cutoff"_s,
        u"expiration_date"_s,
        u"links"_s,
        u"reasoning"_s,
        u"benchmarks"_s,
        u"alias_target"_s,
    };
    return keys;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// ModelInfo

// Everything read from JSON; compared by operator==.
struct ModelInfoFields {
    QString m_id;
    QString m_canonicalSlug;
    QString m_huggingFaceId;
    QString m_name;
    QDateTime m_created;
    QString m_description;
    qint64 m_contextLength = 0;
    ModelArchitecture m_architecture;
    ModelPricing m_pricing;
    ModelTopProvider m_topProvider;
    std::optional<ModelRequestLimits> m_perRequestLimits;
    QStringList m_supportedParameters;
    QJsonObject m_defaultParameters;
    QStringList m_supportedVoices;
    QDate m_knowledgeCutoff;
    QDate m_expirationDate;
    std::optional<ModelReasoning> m_reasoning;
    std::optional<ModelAliasTarget> m_aliasTarget;
    QJsonObject m_links;
    QJsonObject m_benchmarks;
    QJsonObject m_extra;

    bool operator==(const ModelInfoFields &) const = default;
};

class ModelInfoData : public QSharedData, public ModelInfoFields {
public:
    // Derived once from the fields above.
    QString m_author;
    QByteArray m_searchText;
    ModelCapabilities m_capabilities;

    void derive();
};

void ModelInfoData::derive() {
    QStringView id(m_id);
    if (id.startsWith(u'~'))
        id = id.mid(1);
    const qsizetype slash = id.indexOf(u'/');
    m_author = slash > 0 ? id.left(slash).toString().toLower() : QString();

    m_searchText = QString(m_id + u'\n' + m_name + u'\n' + m_description).toCaseFolded().toUtf8();

    ModelCapabilities caps;
    const QStringList &in = m_architecture.inputModalities;
    const QStringList &out = m_architecture.outputModalities;
    const QStringList &params = m_supportedParameters;
    caps.setFlag(ModelCapability::Vision, in.contains("image"_L1));
    caps.setFlag(ModelCapability::AudioInput, in.contains("audio"_L1));
    caps.setFlag(ModelCapability::FileInput, in.contains("file"_L1));
    caps.setFlag(ModelCapability::ImageOutput, out.contains("image"_L1));
    caps.setFlag(ModelCapability::ImageOnly, out.contains("image"_L1) && !out.contains("text"_L1));
    caps.setFlag(ModelCapability::Tools, params.contains("tools"_L1));
    caps.setFlag(ModelCapability::Reasoning, params.contains("reasoning"_L1) ||
                                                 params.contains("include_reasoning"_L1) ||
                                                 m_reasoning.has_value());
    caps.setFlag(ModelCapability::StructuredOutputs, params.contains("structured_outputs"_L1));
    caps.setFlag(ModelCapability::ResponseFormat, params.contains("response_format"_L1));
    const qint64 context = m_contextLength > 0 ? m_contextLength : m_topProvider.contextLength;
    caps.setFlag(ModelCapability::LongContext, context >= ModelInfo::kLongContextThreshold);
    caps.setFlag(ModelCapability::Free, m_pricing.isZeroCost() || m_id.endsWith(":free"_L1));
    m_capabilities = caps;
}

ModelInfo::ModelInfo()
    : m_d(new ModelInfoData) {}

ModelInfo::ModelInfo(ModelInfoData *data)
    : m_d(data) {}

ModelInfo::ModelInfo(const ModelInfo &other) = default;
ModelInfo::ModelInfo(ModelInfo &&other) noexcept = default;
ModelInfo &ModelInfo::operator=(const ModelInfo &other) = default;
ModelInfo &ModelInfo::operator=(ModelInfo &&other) noexcept = default;
ModelInfo::~ModelInfo() = default;

bool operator==(const ModelInfo &a, const ModelInfo &b) {
    if (a.m_d.constData() == b.m_d.constData())
        return true;
    return static_cast<const ModelInfoFields &>(*a.m_d) ==
           static_cast<const ModelInfoFields &>(*b.m_d);
}

ModelInfo ModelInfo::fromJson(const QJsonObject &object) {
    auto *d = new ModelInfoData;
    d->m_id = readString(object.value(u"id")).trimmed();
    d->m_canonicalSlug = readString(object.value(u"canonical_slug"));
    d->m_huggingFaceId = readNullableString(object.value(u"hugging_face_id"));
    d->m_name = readString(object.value(u"name"));
    d->m_created = readTimestamp(object.value(u"created"));
    d->m_description = readString(object.value(u"description"));
    d->m_contextLength = readCount(object.value(u"context_length"));

    const QJsonObject arch = object.value(u"architecture").toObject();
    ModelArchitecture &a = d->m_architecture;
    a.modality = readString(arch.value(u"modality"));
    a.inputModalities = normalisedModalities(readStringList(arch.value(u"input_modalities"), true));
    a.outputModalities =
        normalisedModalities(readStringList(arch.value(u"output_modalities"), true));
    modalitiesFromString(a.modality, &a.inputModalities, &a.outputModalities);
    a.tokenizer = readString(arch.value(u"tokenizer"));
    a.instructType = readString(arch.value(u"instruct_type"));

    d->m_pricing = ModelPricing::fromJson(object.value(u"pricing"));

    const QJsonObject top = object.value(u"top_provider").toObject();
    d->m_topProvider.contextLength = readCount(top.value(u"context_length"));
    d->m_topProvider.maxCompletionTokens = readCount(top.value(u"max_completion_tokens"));
    d->m_topProvider.isModerated = readBool(top.value(u"is_moderated"));

    if (const QJsonValue limits = object.value(u"per_request_limits"); limits.isObject()) {
        const QJsonObject l = limits.toObject();
        d->m_perRequestLimits = ModelRequestLimits{readCount(l.value(u"prompt_tokens")),
                                                   readCount(l.value(u"completion_tokens"))};
    }

    d->m_supportedParameters = readStringList(object.value(u"supported_parameters"));
    d->m_defaultParameters = object.value(u"default_parameters").toObject();
    d->m_supportedVoices = readStringList(object.value(u"supported_voices"));
    d->m_knowledgeCutoff = readDate(object.value(u"knowledge_cutoff"));
    d->m_expirationDate = readDate(object.value(u"expiration_date"));

    const QJsonValue reasoning = object.value(u"reasoning");
    if (reasoning.isObject()) {
        const QJsonObject r = reasoning.toObject();
        ModelReasoning info;
        info.mandatory = readBool(r.value(u"mandatory"));
        if (const QJsonValue efforts = r.value(u"supported_efforts");
            efforts.isArray() || efforts.isString())
            info.supportedEfforts = readStringList(efforts);
        info.defaultEffort = readString(r.value(u"default_effort"));
        info.defaultEnabled = readOptionalBool(r.value(u"default_enabled"));
        info.supportsMaxTokens = readBool(r.value(u"supports_max_tokens"));
        d->m_reasoning = info;
    } else if (readBool(reasoning)) {
        d->m_reasoning = ModelReasoning{};
    }

    const QJsonValue alias = object.value(u"alias_target");
    if (alias.isObject()) {
        const QJsonObject t = alias.toObject();
        d->m_aliasTarget =
            ModelAliasTarget{readString(t.value(u"slug")), readString(t.value(u"name"))};
    } else if (alias.isString() && !alias.toString().isEmpty()) {
        d->m_aliasTarget = ModelAliasTarget{alias.toString(), QString()};
    }

    const QJsonValue links = object.value(u"links");
    if (links.isObject())
        d->m_links = links.toObject();
    else if (links.isString() && !links.toString().isEmpty())
        d->m_links = QJsonObject{{u"details"_s, links.toString()}};
    d->m_benchmarks = object.value(u"benchmarks").toObject();

    const QSet<QString> &known = knownTopLevelKeys();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            d->m_extra.insert(it.key(), it.value());
    }

    d->derive();
    return ModelInfo(d);
}

QJsonObject ModelInfo::toJson() const {
    const ModelInfoData &d = *m_d;
    QJsonObject o = d.m_extra;
    o.insert(u"id"_s, d.m_id);
    o.insert(u"canonical_slug"_s, d.m_canonicalSlug);
    o.insert(u"hugging_face_id"_s, nullableString(d.m_huggingFaceId));
    o.insert(u"name"_s, d.m_name);
    o.insert(u"created"_s,
             d.m_created.isValid() ? QJsonValue(d.m_created.toSecsSinceEpoch()) : QJsonValue());
    o.insert(u"description"_s, d.m_description);
    o.insert(u"context_length"_s, countOrNull(d.m_contextLength));

    const ModelArchitecture &a = d.m_architecture;
    o.insert(u"architecture"_s,
             QJsonObject{{u"modality"_s, nonEmptyOrNull(a.modality)},
                         {u"input_modalities"_s, QJsonArray::fromStringList(a.inputModalities)},
                         {u"output_modalities"_s, QJsonArray::fromStringList(a.outputModalities)},
                         {u"tokenizer"_s, nonEmptyOrNull(a.tokenizer)},
                         {u"instruct_type"_s, nonEmptyOrNull(a.instructType)}});
    o.insert(u"pricing"_s, d.m_pricing.toJson());
    o.insert(
        u"top_provider"_s,
        QJsonObject{{u"context_length"_s, countOrNull(d.m_topProvider.contextLength)},
                    {u"max_completion_tokens"_s, countOrNull(d.m_topProvider.maxCompletionTokens)},
                    {u"is_moderated"_s, d.m_topProvider.isModerated}});
    if (d.m_perRequestLimits) {
        o.insert(u"per_request_limits"_s,
                 QJsonObject{{u"prompt_tokens"_s, countOrNull(d.m_perRequestLimits->promptTokens)},
                             {u"completion_tokens"_s,
                              countOrNull(d.m_perRequestLimits->completionTokens)}});
    } else {
        o.insert(u"per_request_limits"_s, QJsonValue());
    }
    o.insert(u"supported_parameters"_s, QJsonArray::fromStringList(d.m_supportedParameters));
    o.insert(u"default_parameters"_s, d.m_defaultParameters);
    o.insert(u"supported_voices"_s, stringListOrNull(d.m_supportedVoices));
    o.insert(u"knowledge_cutoff"_s, dateOrNull(d.m_knowledgeCutoff));
    o.insert(u"expiration_date"_s, dateOrNull(d.m_expirationDate));
    o.insert(u"links"_s, d.m_links);
    if (d.m_reasoning) {
        const ModelReasoning &r = *d.m_reasoning;
        QJsonObject ro{{u"mandatory"_s, r.mandatory}};
        if (r.supportedEfforts)
            ro.insert(u"supported_efforts"_s, QJsonArray::fromStringList(*r.supportedEfforts));
        if (!r.defaultEffort.isEmpty())
            ro.insert(u"default_effort"_s, r.defaultEffort);
        if (r.defaultEnabled)
            ro.insert(u"default_enabled"_s, *r.defaultEnabled);
        if (r.supportsMaxTokens)
            ro.insert(u"supports_max_tokens"_s, true);
        o.insert(u"reasoning"_s, ro);
    }
    if (!d.m_benchmarks.isEmpty())
        o.insert(u"benchmarks"_s, d.m_benchmarks);
    if (d.m_aliasTarget) {
        o.insert(u"alias_target"_s, QJsonObject{{u"slug"_s, d.m_aliasTarget->slug},
                                                {u"name"_s, d.m_aliasTarget->name}});
    }
    return o;
}

QList<ModelInfo> ModelInfo::parseList(QByteArrayView json, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QList<ModelInfo>();
    };
    if (error)
        error->clear();

    // Skip the whitespace keep-alive padding and a UTF-8 byte order mark.
    qsizetype start = 0;
    auto skipSpace = [&] {
        while (start < json.size() && std::isspace(static_cast<unsigned char>(json[start])))
            ++start;
    };
    skipSpace();
    if (json.sliced(start).startsWith("\xEF\xBB\xBF")) {
        start += 3;
        skipSpace();
    }
    if (start >= json.size())
        return fail(QCoreApplication::translate("orc::ModelInfo", "The model list is empty."));

    const QByteArray bytes = QByteArray::fromRawData(json.data() + start, json.size() - start);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("orc::ModelInfo",
                                                "The model list is not valid JSON (at byte %1): %2")
                        .arg(parseError.offset + start)
                        .arg(parseError.errorString()));
    }

    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else {
        const QJsonObject root = doc.object();
        const QJsonValue data = root.value(u"data");
        if (data.isArray()) {
            array = data.toArray();
        } else if (root.value(u"error").isObject() || root.value(u"error").isString()) {
            const QJsonValue err = root.value(u"error");
            const QString message =
                err.isString() ? err.toString() : readString(err.toObject().value(u"message"));
            return fail(
                QCoreApplication::translate(
                    "orc::ModelInfo", "The server sent an error instead of the model list: %1")
                    .arg(message.isEmpty()
                             ? QCoreApplication::translate("orc::ModelInfo", "(no message)")
                             : message));
        } else {
            return fail(QCoreApplication::translate("orc::ModelInfo",
                                                    "The model list has no \"data\" array."));
        }
    }

    QList<ModelInfo> models;
    models.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isObject())
            continue;
        ModelInfo model = fromJson(entry.toObject());
        if (model.isValid())
            models.append(std::move(model));
    }
    return models;
}

bool ModelInfo::isValid() const {
    return !m_d->m_id.isEmpty();
}
const QString &ModelInfo::id() const {
    return m_d->m_id;
}
const QString &ModelInfo::canonicalSlug() const {
    return m_d->m_canonicalSlug;
}
const QString &ModelInfo::huggingFaceId() const {
    return m_d->m_huggingFaceId;
}
const QString &ModelInfo::name() const {
    return m_d->m_name;
}
QString ModelInfo::displayName() const {
    return m_d->m_name.isEmpty() ? m_d->m_id : m_d->m_name;
}
const QDateTime &ModelInfo::created() const {
    return m_d->m_created;
}
const QString &ModelInfo::description() const {
    return m_d->m_description;
}
qint64 ModelInfo::contextLength() const {
    return m_d->m_contextLength;
}
qint64 ModelInfo::effectiveContextLength() const {
    return m_d->m_contextLength > 0 ? m_d->m_contextLength : m_d->m_topProvider.contextLength;
}
const ModelArchitecture &ModelInfo::architecture() const {
    return m_d->m_architecture;
}
const ModelPricing &ModelInfo::pricing() const {
    return m_d->m_pricing;
}
const ModelTopProvider &ModelInfo::topProvider() const {
    return m_d->m_topProvider;
}
const std::optional<ModelRequestLimits> &ModelInfo::perRequestLimits() const {
    return m_d->m_perRequestLimits;
}
const QStringList &ModelInfo::supportedParameters() const {
    return m_d->m_supportedParameters;
}
bool ModelInfo::supportsParameter(QStringView parameter) const {
    return m_d->m_supportedParameters.contains(parameter);
}
const QJsonObject &ModelInfo::defaultParameters() const {
    return m_d->m_defaultParameters;
}
const QStringList &ModelInfo::supportedVoices() const {
    return m_d->m_supportedVoices;
}
const QDate &ModelInfo::knowledgeCutoff() const {
    return m_d->m_knowledgeCutoff;
}
const QDate &ModelInfo::expirationDate() const {
    return m_d->m_expirationDate;
}
const std::optional<ModelReasoning> &ModelInfo::reasoning() const {
    return m_d->m_reasoning;
}
const std::optional<ModelAliasTarget> &ModelInfo::aliasTarget() const {
    return m_d->m_aliasTarget;
}
const QJsonObject &ModelInfo::links() const {
    return m_d->m_links;
}
QString ModelInfo::detailsPath() const {
    return readString(m_d->m_links.value(u"details"));
}
const QJsonObject &ModelInfo::benchmarks() const {
    return m_d->m_benchmarks;
}
const QJsonObject &ModelInfo::extraFields() const {
    return m_d->m_extra;
}
const QString &ModelInfo::author() const {
    return m_d->m_author;
}
QString ModelInfo::variant() const {
    const qsizetype colon = m_d->m_id.indexOf(u':');
    return colon < 0 ? QString() : m_d->m_id.mid(colon + 1);
}
const QByteArray &ModelInfo::searchText() const {
    return m_d->m_searchText;
}
ModelCapabilities ModelInfo::capabilities() const {
    return m_d->m_capabilities;
}
bool ModelInfo::hasCapability(ModelCapability capability) const {
    return m_d->m_capabilities.testFlag(capability);
}

} // namespace orc
