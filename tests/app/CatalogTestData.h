#pragma once

#include "domain/ModelInfo.h"

#include <QByteArray>
#include <QList>

namespace orc::test {

// A small hand-made catalogue with known values, as a /models body. Ids and the facts the tests
// rely on:
//   acme/cheap-text     $0.10/M in, $0.20/M out, 8,000 ctx, text->text, created 2024-01-01
//   acme/vision-pro     $2/M in, $6/M out, 128,000 ctx, text+image->text, tools, 2024-06-01
//   pixel/painter       $10/M in, $30/M out, 1,000,000 ctx, text+image->text+image, 2025-01-01
//   open/tiny:free      free, 32,768 ctx, text->text, reasoning, 2023-05-01
//   router/auto         variable ("-1") prices, no context, no created date
//   acme/nine           $9/M in, $9/M out, 99,999 ctx, text+file->text, structured outputs
QByteArray smallCatalogJson();
QList<ModelInfo> smallCatalog();

// `count` synthetic models (deterministic) for scale tests and benches: ~60 authors, names and
// descriptions from a word pool, varied prices, contexts, modalities and parameters.
QByteArray syntheticCatalogJson(int count);
QList<ModelInfo> syntheticCatalog(int count);

} // namespace orc::test
