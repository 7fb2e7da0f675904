#pragma once

#include "Reply.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace orc::fake {

struct RecordedRequest;
struct ServerState;

// The dedicated Images API (§5.4): GET /images/models lists image models with capability
// descriptors ({"type":"enum","values":[...]}, {"type":"range","min","max"},
// {"type":"boolean"}); POST /images validates n, aspect_ratio, resolution (and every other
// described parameter) against them with a 400, then returns real PNGs as
// data[{b64_json, media_type}] with usage.cost, or an SSE stream for streaming models.
class ImagesApi {
public:
    explicit ImagesApi(ServerState &state);

    QByteArray modelsJson() const;
    Reply generate(const RecordedRequest &request);

private:
    struct ImageModel {
        QString id;
        QString name;
        QString description;
        qint64 created = 0;
        QStringList inputModalities;
        QJsonObject parameters; // name -> capability descriptor
        bool streaming = false;
        double costPerImage = 0;
        int tokensPerImage = 0;
    };
    const ImageModel *find(const QString &id) const;
    static QString checkParameter(const QString &name, const QJsonValue &value,
                                  const QJsonObject &descriptor);

    ServerState &m_state;
    QList<ImageModel> m_models;
};

} // namespace orc::fake
