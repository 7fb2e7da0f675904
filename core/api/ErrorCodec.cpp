#include "ErrorCodec.h"

#include "net/RetryPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc::ErrorCodec {

namespace {

// metadata.raw is a string that may itself be JSON carrying {"error":{"message":...}}.
QString providerDetail(const QJsonValue &raw) {
    if (raw.isObject()) {
        const QJsonObject o = raw.toObject();
        const QJsonValue inner = o.value("error"_L1);
        if (inner.isObject())
            return inner.toObject().value("message"_L1).toString();
        if (inner.isString())
            return inner.toString();
        return o.value("message"_L1).toString();
    }
    const QString text = raw.toString().trimmed();
    if (text.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject()) {
        const QString inner = providerDetail(doc.object());
        if (!inner.isEmpty())
            return inner;
    }
    return text.left(500);
}

int numericCode(const QJsonValue &v) {
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : 0;
    }
    return 0;
}

} // namespace

ApiError fromErrorObject(const QJsonObject &error, int httpStatus) {
    ApiError e;
    const int code = numericCode(error.value("code"_L1));
    const int altStatus = numericCode(error.value("http_status"_L1));
    int status = httpStatus >= 400 ? httpStatus : (code >= 400 ? code : altStatus);
    if (status < 400)
        status = code > 0 ? code : httpStatus;
    e.httpStatus = status;
    const QJsonValue codeValue = error.value("code"_L1);
    e.code = codeValue.isDouble() ? QString::number(codeValue.toInt()) : codeValue.toString();
    e.message = error.value("message"_L1).toString().trimmed();
    e.metadata = error.value("metadata"_L1).toObject();
    e.errorType = e.metadata.value("error_type"_L1).toString();
    if (e.errorType.isEmpty())
        e.errorType = error.value("error_type"_L1).toString();
    e.providerName = e.metadata.value("provider_name"_L1).toString();
    if (e.metadata.contains("raw"_L1))
        e.detail = providerDetail(e.metadata.value("raw"_L1));
    if (e.detail == e.message)
        e.detail.clear();
    for (const QJsonValue &r : e.metadata.value("reasons"_L1).toArray())
        e.reasons << r.toString();
    e.flaggedInput = e.metadata.value("flagged_input"_L1).toString();
    e.kind = ApiError::kindForStatus(status);
    e.retryable = RetryPolicy::isRetryableStatus(status);
    if (e.kind == ApiError::Kind::NotFound) {
        e.constraint = noEndpointConstraint(e.message);
        if (!e.constraint.isEmpty())
            e.kind = ApiError::Kind::NoEndpoint;
    }

    const QJsonObject availability = error.value("availability"_L1).toObject();
    if (!availability.isEmpty()) {
        if (availability.contains("retryable"_L1))
            e.retryable = availability.value("retryable"_L1).toBool();
        const double after = availability.value("retry_after"_L1).toDouble(-1);
        if (after >= 0)
            e.retryAfterMs = static_cast<int>(std::lround(after * 1000));
        if (e.errorType.isEmpty())
            e.errorType = availability.value("code"_L1).toString();
    }
    if (e.message.isEmpty())
        e.message = QCoreApplication::translate("orc::ApiError", "The server reported error %1.")
                        .arg(e.code.isEmpty() ? QString::number(status) : e.code);
    return e;
}

ApiError fromHttpResponse(int httpStatus, const QByteArray &body, int retryAfterMs) {
    const QByteArray trimmed = body.trimmed();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    ApiError e;
    if (doc.isObject() && doc.object().value("error"_L1).isObject()) {
        e = fromErrorObject(doc.object().value("error"_L1).toObject(), httpStatus);
    } else if (doc.isObject() && doc.object().value("error"_L1).isString()) {
        e.kind = ApiError::kindForStatus(httpStatus);
        e.httpStatus = httpStatus;
        e.message = doc.object().value("error"_L1).toString();
        e.retryable = RetryPolicy::isRetryableStatus(httpStatus);
    } else {
        e.kind = ApiError::kindForStatus(httpStatus);
        e.httpStatus = httpStatus;
        e.code = QString::number(httpStatus);
        e.retryable = RetryPolicy::isRetryableStatus(httpStatus);
        QString text = QString::fromUtf8(trimmed.left(300)).simplified();
        if (text.startsWith(u'<')) // an HTML error page from a proxy says nothing useful
            text.clear();
        e.message =
            text.isEmpty()
                ? QCoreApplication::translate("orc::ApiError", "The server answered HTTP %1.")
                      .arg(httpStatus)
                : QCoreApplication::translate("orc::ApiError", "The server answered HTTP %1: %2")
                      .arg(httpStatus)
                      .arg(text);
    }
    if (retryAfterMs >= 0)
        e.retryAfterMs = retryAfterMs;
    return e;
}

QString noEndpointConstraint(const QString &message) {
    const QString m = message.simplified().toLower();
    const bool routing = m.startsWith("no endpoints found that"_L1) ||
                         m.startsWith("no endpoints found matching"_L1) ||
                         m.startsWith("no endpoints available matching"_L1) ||
                         m.startsWith("no allowed providers are available"_L1);
    if (!routing)
        return {};
    if (m.startsWith("no allowed providers"_L1))
        return u"providers"_s;
    // The constraint a message names, by the words in it; the first match wins.
    static constexpr std::pair<QLatin1StringView, QLatin1StringView> kWords[] = {
        {"zero data retention"_L1, "zdr"_L1}, {"data policy"_L1, "data_policy"_L1},
        {"tool use"_L1, "tools"_L1},          {"tool_choice"_L1, "tools"_L1},
        {"modalities"_L1, "modalities"_L1},   {"quantization"_L1, "quantizations"_L1},
        {"price"_L1, "max_price"_L1},         {"parameter"_L1, "parameters"_L1}};
    for (const auto &[words, constraint] : kWords) {
        if (m.contains(words))
            return constraint;
    }
    if (m.startsWith("no endpoints found that support"_L1))
        return u"parameters"_s;
    return u"other"_s;
}

} // namespace orc::ErrorCodec
