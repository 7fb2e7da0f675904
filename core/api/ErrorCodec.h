#pragma once

#include "domain/ApiError.h"

#include <QByteArray>
#include <QJsonObject>

// The wire forms of an error: OpenRouter's error objects and HTTP error responses, read into
// the domain's ApiError.
namespace orc::ErrorCodec {

// An error object `{"code":..,"message":..,"metadata":{..}}` (the value of a top-level
// "error" key), with the HTTP status to fall back on when `code` is missing or textual.
ApiError fromErrorObject(const QJsonObject &error, int httpStatus);
// An HTTP error response: parses the JSON body when it has one, else uses the status text.
ApiError fromHttpResponse(int httpStatus, const QByteArray &body, int retryAfterMs);

// For OpenRouter's 404 routing messages ("No endpoints found matching your data policy (Zero
// data retention). ...", "No allowed providers are available for the selected model.", "No
// endpoints found that support tool use. ..."): the ApiError::constraint id they name; empty
// for other messages, "No endpoints found for <model>." included (that model has no endpoint
// at all: Kind::NotFound).
QString noEndpointConstraint(const QString &message);

} // namespace orc::ErrorCodec
