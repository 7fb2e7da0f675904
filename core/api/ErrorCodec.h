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

} // namespace orc::ErrorCodec
