#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include "CatalogVariant.h"

#include <optional>

namespace orc::fake {

// The facts about one catalogue model that routing needs, plus its JSON as served.
struct ModelInfo {
    QString id;
    QString canonicalSlug;
    QStringList inputModalities;
    QStringList outputModalities;
    QStringList supportedParameters;
    double promptPrice = 0;     // USD per token; router "-1" prices are kept as -1
    double completionPrice = 0; // USD per token
    double imageOutputPrice = 0;
    QJsonObject json;

    bool outputsImage() const { return outputModalities.contains(QLatin1String("image")); }
    bool imageOnly() const { return outputModalities == QStringList{QStringLiteral("image")}; }
};

// The /models catalogue: the real 414-model capture (<fixtures>/models.json) when a fixtures
// folder is set and readable, else our built-in set. Chat and image routes look models up in
// both, so built-in ids (e.g. the image-only FLUX model) work whether fixtures are set or not.
class ModelCatalog {
public:
    ModelCatalog();

    void setFixturesDir(const QString &dir);
    void setVariant(CatalogVariant variant);
    CatalogVariant variant() const { return m_variant; }
    static std::optional<CatalogVariant> parseVariant(const QString &name); // "changed"...
    bool usingFixtures() const { return m_usingFixtures; }
    const QList<ModelInfo> &listed() const { return m_listed; }
    const ModelInfo *find(const QString &id) const;

    // GET /models and /models/count. Returns the HTTP status; `body` is the JSON to send
    // (an error body for status 400). Filters: output_modalities (default "text"; "all"; a
    // comma list matches models with any of them), input_modalities (all listed required),
    // supported_parameters (all listed required), offset/limit (opt-in paging, limit <= 1000).
    int listResponse(const QUrlQuery &query, QByteArray &body);
    int countResponse(const QUrlQuery &query, QByteArray &body);

private:
    struct Filter {
        QStringList output;
        bool allOutputs = false;
        QStringList input;
        QStringList parameters;
        qsizetype offset = 0;
        qsizetype limit = -1; // -1: no paging
        bool paging = false;
    };
    static ModelInfo parse(const QJsonObject &object);
    static bool parseFilter(const QUrlQuery &query, Filter &filter, QString &error);
    QList<const ModelInfo *> matching(const Filter &filter) const;
    QList<ModelInfo> changedList() const;

    QList<ModelInfo> m_builtin;
    QList<ModelInfo> m_fixture;
    QList<ModelInfo> m_listed;
    QList<ModelInfo> m_served; // m_listed as the variant shapes it
    CatalogVariant m_variant = CatalogVariant::Normal;
    bool m_usingFixtures = false;
    QHash<QString, QByteArray> m_cache; // normalized query -> response body
};

} // namespace orc::fake
