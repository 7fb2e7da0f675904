// Routing benchmark: reading a model's endpoint listing (the fake's 10-provider
// deepseek/deepseek-r1, and the same listing with 100 endpoints) and joining it with the ZDR
// listing, which is what the catalogue's endpoints table does from its cache; and what
// routing preferences add to encoding a chat request (the send path). Prints numbers only.
//
//   bench_routing

#include "ModelCatalog.h"
#include "ProviderData.h"
#include "TestSupport.h"
#include "api/ChatCodec.h"
#include "domain/ModelEndpoint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray widened(const QByteArray &listing, int copies) {
    QJsonObject root = QJsonDocument::fromJson(listing).object();
    QJsonObject data = root.value("data"_L1).toObject();
    const QJsonArray endpoints = data.value("endpoints"_L1).toArray();
    QJsonArray many;
    for (int i = 0; i < copies; ++i)
        for (const QJsonValue &e : endpoints)
            many.append(e);
    data.insert(u"endpoints"_s, many);
    root.insert(u"data"_s, data);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const orc::fake::ModelCatalog catalog;
    const orc::fake::ModelInfo *r1 = catalog.find(u"deepseek/deepseek-r1"_s);
    if (!r1)
        qFatal("deepseek/deepseek-r1 missing from the fake catalogue");
    const QByteArray listing = orc::fake::ProviderData::endpointsJson(*r1);
    const QByteArray zdrBody = orc::fake::ProviderData::zdrJson(catalog.listed());
    QList<orc::ModelEndpoint> zdr;
    orc::parseZdrEndpoints(zdrBody, &zdr);

    for (const int copies : {1, 10}) {
        const QByteArray body = widened(listing, copies);
        orc::ModelEndpoints parsed;
        const double ms = orc::test::medianMs(200, [&] {
            orc::ModelEndpoints m;
            orc::ModelEndpoints::parse(body, &m);
            m.markZdr(zdr);
            parsed = m;
        });
        out << "endpoints listing: " << parsed.endpoints.size() << " endpoints, " << body.size()
            << " bytes, parse + ZDR join: " << QString::number(ms, 'f', 3) << " ms (median of 200)"
            << Qt::endl;
    }

    orc::ChatRequest plain;
    plain.model = u"deepseek/deepseek-r1"_s;
    plain.messages = {orc::ChatMessage::user(u"hello"_s)};
    orc::ChatRequest routed = plain;
    routed.models = {u"openai/gpt-4o-mini"_s};
    routed.provider.order = {u"deepinfra"_s, u"together"_s};
    routed.provider.ignore = {u"chutes"_s};
    routed.provider.sort.by = u"price"_s;
    routed.provider.setPrivate(true);
    routed.provider.maxPrice.prompt = 1;
    routed.provider.maxPrice.completion = 3;
    constexpr int kRequests = 20000;
    const double plainMs = orc::test::medianMs(5, [&] {
        for (int i = 0; i < kRequests; ++i)
            orc::ChatCodec::encodeRequestBytes(plain);
    });
    const double routedMs = orc::test::medianMs(5, [&] {
        for (int i = 0; i < kRequests; ++i)
            orc::ChatCodec::encodeRequestBytes(routed);
    });
    out << "encode chat request: " << QString::number(plainMs * 1000 / kRequests, 'f', 2)
        << " us plain, " << QString::number(routedMs * 1000 / kRequests, 'f', 2)
        << " us with provider object + fallbacks (no network, no extra request)" << Qt::endl;
    return 0;
}
