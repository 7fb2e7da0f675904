#pragma once

#include "api/ClientConfig.h"

#include <QUrl>

namespace orc {

class Settings;

// Where the stored preferences meet the client: the one mapping from Settings onto a
// ClientConfig (store knows nothing of api, api nothing of store).

// Applies base URL, attribution, idle timeout, overall time limit and retries to `config`;
// the environment (OPENROUTER_BASE_URL) still wins over a stored base URL.
ClientConfig applySettings(const Settings &settings, ClientConfig config);

// The configuration a running client takes after the settings changed: `current` keeps its
// key and key source; a base URL override (environment or command line) wins over the setting.
ClientConfig reconfigured(const Settings &settings, ClientConfig current,
                          const QUrl &baseUrlOverride);

} // namespace orc
