#pragma once

#include <QLoggingCategory>

// Hierarchical logging categories, switched at run time with QT_LOGGING_RULES
// (e.g. "orc.net.debug=true"). Nothing logged here ever contains the API key.
Q_DECLARE_LOGGING_CATEGORY(orcNet)
Q_DECLARE_LOGGING_CATEGORY(orcApi)
Q_DECLARE_LOGGING_CATEGORY(orcStore)
