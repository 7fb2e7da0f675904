#include "Logging.h"

Q_LOGGING_CATEGORY(orcNet, "orc.net", QtInfoMsg)
Q_LOGGING_CATEGORY(orcApi, "orc.api", QtInfoMsg)
Q_LOGGING_CATEGORY(orcStore, "orc.store", QtInfoMsg)
