#pragma once

#include "api/AccountMonitor.h"
#include "api/ClientConfig.h"
#include "store/KeyStore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace orc {

// The words and numbers the account surfaces share (welcome dialog, account panel, status bar),
// so a figure reads the same everywhere. All amounts are US dollars.
class AccountFormat {
    Q_DECLARE_TR_FUNCTIONS(orc::AccountFormat)
public:
    // "$7.50"; amounts under a cent keep enough digits to be non-zero ("$0.0042").
    static QString usd(double amount);
    // "$7.50 left", "unlimited", "unknown" for the status bar.
    static QString spendableShort(const AccountStatus &status);
    // "$100.00 per month" / "no limit".
    static QString limit(const KeyInfo &key);
    // "1000 requests per 1h" from the (legacy) rate_limit object; empty when absent.
    static QString rateLimit(const KeyInfo &key);
    // A few lines of HTML describing a checked key: label, limit, remaining limit and credits.
    static QString keySummaryHtml(const AccountStatus &status);
    // Where the key in use came from, in words: "the system keychain", "OPENROUTER_API_KEY"...
    static QString keySource(KeySource source, KeyStore::Backend storedIn);
    // "daily", "weekly", "monthly" translated; the raw value otherwise.
    static QString limitReset(const QString &reset);
};

} // namespace orc
