#pragma once

#include "RoutingOptions.h"

#include <QObject>

#include <functional>

namespace orc {
class OpenRouterClient;
}

namespace orc::cli {

class Printer;

// The checks of routing flags that need the server, made only when those flags are given (the
// send path costs nothing otherwise): provider names that GET /providers does not list are
// warned about on stderr (the request is still sent, as given), and a --max-price-* below the
// cheapest endpoint of the model (GET /models/{id}/endpoints) refuses the request before it is
// sent. `done` gets an empty string to go on, or the refusal (exit code 9). A listing that
// cannot be fetched is noted and skipped: the server has the last word.
namespace RoutingCheck {

bool needed(const RoutingOptions &routing);
void run(OpenRouterClient *client, Printer &printer, QObject *context,
         const RoutingOptions &routing, const QString &model,
         std::function<void(const QString &refusal)> done);

} // namespace RoutingCheck

} // namespace orc::cli
