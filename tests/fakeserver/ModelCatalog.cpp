#include "ModelCatalog.h"

#include "BuiltinModels.h"
#include "HttpUtil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace orc::fake {

namespace {

QStringList stringList(const QJsonValue &value) {
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

double price(const QJsonObject &pricing, const QString &key) {
    return pricing.value(key).toString().toDouble(); // missing key = 0
}

QStringList listParam(const QUrlQuery &query, const QString &key) {
    QStringList out;
    const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed().toLower();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

QByteArray errorBody(const QString &message) {
    return http::compactJson(
        {{QStringLiteral("error"),
          QJsonObject{{QStringLiteral("code"), 400}, {QStringLiteral("message"), message}}}});
}

} // namespace

ModelCatalog::ModelCatalog() {
    const QJsonArray data = QJsonDocument::fromJson(BuiltinModels::json())
                                .object()
                                .value(QStringLiteral("data"))
                                .toArray();
    for (const QJsonValue &v : data)
        m_builtin.append(parse(v.toObject()));
    m_listed = m_builtin;
    m_served = m_listed;
}

std::optional<CatalogVariant> ModelCatalog::parseVariant(const QString &name) {
    static const QHash<QString, CatalogVariant> names{
        {QStringLiteral("normal"), CatalogVariant::Normal},
        {QStringLiteral("changed"), CatalogVariant::Changed},
        {QStringLiteral("shrunk"), CatalogVariant::Shrunk},
        {QStringLiteral("empty"), CatalogVariant::Empty},
        {QStringLiteral("cut"), CatalogVariant::Cut},
    };
    const auto it = names.constFind(name.trimmed().toLower());
    return it == names.cend() ? std::nullopt : std::optional(*it);
}

void ModelCatalog::setVariant(CatalogVariant variant) {
    m_variant = variant;
    m_cache.clear();
    switch (variant) {
    case CatalogVariant::Changed:
        m_served = changedList();
        break;
    case CatalogVariant::Shrunk:
        m_served = m_listed.mid(0, 2);
        break;
    case CatalogVariant::Empty:
        m_served.clear();
        break;
    case CatalogVariant::Normal:
    case CatalogVariant::Cut:
        m_served = m_listed;
        break;
    }
}

QList<ModelInfo> ModelCatalog::changedList() const {
    QList<ModelInfo> list = m_listed;
    if (list.size() < 4)
        return list;
    const auto edit = [](ModelInfo &m, const auto &change) {
        QJsonObject json = m.json;
        change(json);
        m = parse(json);
    };
    const ModelInfo newModel = [&] {
        QJsonObject json = list.last().json;
        json.insert(QStringLiteral("id"), QStringLiteral("fake/new-model"));
        json.insert(QStringLiteral("canonical_slug"), QStringLiteral("fake/new-model"));
        json.insert(QStringLiteral("name"), QStringLiteral("Fake: New Model"));
        json.insert(QStringLiteral("created"), QDateTime::currentSecsSinceEpoch());
        return parse(json);
    }();
    edit(list[0], [](QJsonObject &json) {
        QJsonObject pricing = json.value(QStringLiteral("pricing")).toObject();
        const double prompt = pricing.value(QStringLiteral("prompt")).toString().toDouble();
        pricing.insert(QStringLiteral("prompt"), QString::number(prompt * 0.6, 'g', 12));
        json.insert(QStringLiteral("pricing"), pricing);
    });
    edit(list[2], [](QJsonObject &json) {
        const auto twice = [](QJsonObject &o, const QString &key) {
            if (o.value(key).isDouble())
                o.insert(key, o.value(key).toInteger() * 2);
        };
        twice(json, QStringLiteral("context_length"));
        QJsonObject top = json.value(QStringLiteral("top_provider")).toObject();
        twice(top, QStringLiteral("max_completion_tokens"));
        json.insert(QStringLiteral("top_provider"), top);
    });
    edit(list.last(), [](QJsonObject &json) {
        const QDate in10 = QDateTime::currentDateTimeUtc().date().addDays(10);
        json.insert(QStringLiteral("expiration_date"), in10.toString(Qt::ISODate));
    });
    list.removeAt(1);
    list.append(newModel);
    return list;
}

ModelInfo ModelCatalog::parse(const QJsonObject &object) {
    ModelInfo m;
    m.id = object.value(QStringLiteral("id")).toString();
    m.canonicalSlug = object.value(QStringLiteral("canonical_slug")).toString(m.id);
    const QJsonObject arch = object.value(QStringLiteral("architecture")).toObject();
    m.inputModalities = stringList(arch.value(QStringLiteral("input_modalities")));
    m.outputModalities = stringList(arch.value(QStringLiteral("output_modalities")));
    if (m.outputModalities.isEmpty())
        m.outputModalities = QStringList{QStringLiteral("text")};
    m.supportedParameters = stringList(object.value(QStringLiteral("supported_parameters")));
    const QJsonObject pricing = object.value(QStringLiteral("pricing")).toObject();
    m.promptPrice = price(pricing, QStringLiteral("prompt"));
    m.completionPrice = price(pricing, QStringLiteral("completion"));
    m.imageOutputPrice = price(pricing, QStringLiteral("image_output"));
    m.json = object;
    return m;
}

void ModelCatalog::setFixturesDir(const QString &dir) {
    m_cache.clear();
    m_fixture.clear();
    m_usingFixtures = false;
    m_listed = m_builtin;
    setVariant(m_variant);
    if (dir.isEmpty())
        return;
    QFile file(QDir(dir).filePath(QStringLiteral("models.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fake-openrouter: %s not readable, serving the built-in models",
                 qPrintable(file.fileName()));
        return;
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("fake-openrouter: %s is not a JSON object (%s), serving the built-in models",
                 qPrintable(file.fileName()), qPrintable(error.errorString()));
        return;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("data")).toArray())
        m_fixture.append(parse(v.toObject()));
    m_listed = m_fixture;
    m_usingFixtures = true;
    setVariant(m_variant);
}

const ModelInfo *ModelCatalog::find(const QString &id) const {
    for (const QList<ModelInfo> *list : {&m_fixture, &m_builtin}) {
        for (const ModelInfo &m : *list) {
            if (m.id == id)
                return &m;
        }
    }
    return nullptr;
}

bool ModelCatalog::parseFilter(const QUrlQuery &query, Filter &filter, QString &error) {
    const QStringList output = listParam(query, QStringLiteral("output_modalities"));
    filter.allOutputs = output.contains(QLatin1String("all"));
    filter.output = output.isEmpty() ? QStringList{QStringLiteral("text")} : output;
    filter.input = listParam(query, QStringLiteral("input_modalities"));
    filter.parameters = listParam(query, QStringLiteral("supported_parameters"));

    const auto number = [&](const QString &key, qsizetype min, qsizetype max, qsizetype &out) {
        if (!query.hasQueryItem(key))
            return true;
        bool ok = false;
        const qlonglong v = query.queryItemValue(key).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            error = QStringLiteral("Invalid query parameter %1: expected an integer from %2 to %3")
                        .arg(key)
                        .arg(min)
                        .arg(max);
            return false;
        }
        out = static_cast<qsizetype>(v);
        filter.paging = true;
        return true;
    };
    qsizetype limit = 500;
    if (!number(QStringLiteral("offset"), 0, 1'000'000'000, filter.offset) ||
        !number(QStringLiteral("limit"), 1, 1000, limit))
        return false;
    filter.limit = filter.paging ? limit : -1;
    return true;
}

QList<const ModelInfo *> ModelCatalog::matching(const Filter &filter) const {
    QList<const ModelInfo *> out;
    for (const ModelInfo &m : m_served) {
        if (!filter.allOutputs &&
            std::none_of(filter.output.begin(), filter.output.end(),
                         [&](const QString &o) { return m.outputModalities.contains(o); }))
            continue;
        if (std::any_of(filter.input.begin(), filter.input.end(),
                        [&](const QString &i) { return !m.inputModalities.contains(i); }))
            continue;
        if (std::any_of(filter.parameters.begin(), filter.parameters.end(),
                        [&](const QString &p) { return !m.supportedParameters.contains(p); }))
            continue;
        out.append(&m);
    }
    return out;
}

int ModelCatalog::listResponse(const QUrlQuery &query, QByteArray &body) {
    Filter filter;
    QString error;
    if (!parseFilter(query, filter, error)) {
        body = errorBody(error);
        return 400;
    }
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(filter.allOutputs ? QStringLiteral("*") : filter.output.join(u','),
                                 filter.input.join(u','), filter.parameters.join(u','))
                            .arg(filter.paging)
                            .arg(filter.offset)
                            .arg(filter.limit);
    if (const auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        body = *it;
        return 200;
    }
    const QList<const ModelInfo *> models = matching(filter);
    qsizetype begin = 0;
    qsizetype end = models.size();
    if (filter.paging) {
        begin = std::min(filter.offset, models.size());
        end = std::min(begin + filter.limit, models.size());
    }
    QJsonArray data;
    for (qsizetype i = begin; i < end; ++i)
        data.append(models[i]->json);
    QJsonValue next = QJsonValue::Null;
    if (filter.paging && end < models.size()) {
        QUrlQuery nextQuery(query);
        nextQuery.removeAllQueryItems(QStringLiteral("offset"));
        nextQuery.removeAllQueryItems(QStringLiteral("limit"));
        nextQuery.addQueryItem(QStringLiteral("offset"), QString::number(end));
        nextQuery.addQueryItem(QStringLiteral("limit"), QString::number(filter.limit));
        next = QString(QStringLiteral("/api/v1/models?") + nextQuery.toString(QUrl::FullyEncoded));
    }
    body =
        http::compactJson({{QStringLiteral("data"), data},
                           {QStringLiteral("total_count"), models.size()},
                           {QStringLiteral("links"), QJsonObject{{QStringLiteral("next"), next}}}});
    if (m_variant == CatalogVariant::Cut)
        body.truncate(body.size() / 2);
    if (m_cache.size() > 64)
        m_cache.clear();
    m_cache.insert(key, body);
    return 200;
}

int ModelCatalog::countResponse(const QUrlQuery &query, QByteArray &body) {
    Filter filter;
    QString error;
    if (!parseFilter(query, filter, error)) {
        body = errorBody(error);
        return 400;
    }
    body = http::compactJson({{QStringLiteral("data"),
                               QJsonObject{{QStringLiteral("count"), matching(filter).size()}}}});
    return 200;
}

} // namespace orc::fake
