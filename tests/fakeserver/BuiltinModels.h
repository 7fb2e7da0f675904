#pragma once

#include <QByteArray>

namespace orc::fake {

// Our own small catalogue, served by /models when no fixtures folder is set: a `{"data":[...]}`
// document of 13 models, shaped like real entries, that together cover every capability a
// client gates on (vision, image output incl. an image-only model, audio and file input, tools,
// reasoning incl. mandatory reasoning, structured outputs, long context, a `:free` variant, a
// router with "-1" prices, an embeddings model, an alias, and missing or null optional fields).
class BuiltinModels {
public:
    static QByteArray json();
};

} // namespace orc::fake
