#pragma once

#include <QJsonValue>

#include <optional>

namespace orc::detail {

// A number from a catalogue value that may be a JSON number or a numeric string; nullopt for
// anything else, NaN and infinities. Shared by ModelInfo.cpp and ModelPricing.cpp.
std::optional<double> readNumber(const QJsonValue &value);

} // namespace orc::detail
