#include "AccountFormat.h"

#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace orc {

QString AccountFormat::usd(double amount) {
    const double magnitude = std::abs(amount);
    int decimals = 2;
    if (magnitude > 0 && magnitude < 0.01)
        decimals = std::min(8, 2 + static_cast<int>(std::ceil(-std::log10(magnitude))) - 1);
    const QLocale locale;
    // English and the C locale read "$7.50"; other languages place the sign their own way.
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return (amount < 0 ? u"-$"_s : u"$"_s) + locale.toString(magnitude, 'f', decimals);
    return locale.toCurrencyString(amount, u"$"_s, decimals);
}

QString AccountFormat::spendableShort(const AccountStatus &status) {
    if (!status.isValid())
        return tr("unknown");
    if (!status.spendable)
        return tr("no limit");
    return tr("%1 left").arg(usd(*status.spendable));
}

QString AccountFormat::limitReset(const QString &reset) {
    if (reset == "daily"_L1)
        return tr("daily");
    if (reset == "weekly"_L1)
        return tr("weekly");
    if (reset == "monthly"_L1)
        return tr("monthly");
    return reset;
}

QString AccountFormat::limit(const KeyInfo &key) {
    if (!key.limit)
        return tr("no limit");
    if (key.limitReset.isEmpty())
        return usd(*key.limit);
    //: %1 is an amount, %2 "daily", "weekly" or "monthly"
    return tr("%1, reset %2").arg(usd(*key.limit), limitReset(key.limitReset));
}

QString AccountFormat::rateLimit(const KeyInfo &key) {
    const QJsonObject rate = key.raw.value("rate_limit"_L1).toObject();
    const int requests = rate.value("requests"_L1).toInt(-1);
    const QString interval = rate.value("interval"_L1).toString();
    if (requests < 0 || interval.isEmpty())
        return {};
    //: %n a number of requests, %1 an interval such as "1h" or "10s"
    return tr("%n request(s) per %1", nullptr, requests).arg(interval);
}

QString AccountFormat::keySummaryHtml(const AccountStatus &status) {
    if (!status.key)
        return {};
    const KeyInfo &key = *status.key;
    auto row = [](const QString &name, const QString &value) -> QString {
        return u"<tr><td>"_s + name.toHtmlEscaped() +
               u"</td><td style=\"padding-left:12px\"><b>"_s + value.toHtmlEscaped() +
               u"</b></td></tr>"_s;
    };
    QString html = u"<table cellspacing=\"2\">"_s;
    html += row(tr("Key"), key.label.isEmpty() ? tr("(no label)") : key.label);
    html += row(tr("Limit"), limit(key));
    if (key.limit && key.limitRemaining)
        html += row(tr("Limit remaining"), usd(*key.limitRemaining));
    if (status.credits)
        html += row(tr("Account credit"), usd(status.credits->balance()));
    html += row(tr("Can still spend"), status.spendable ? usd(*status.spendable) : tr("no limit"));
    if (key.isFreeTier)
        html += row(tr("Tier"), tr("free"));
    html += u"</table>"_s;
    return html;
}

QString AccountFormat::keySource(KeySource source, KeyStore::Backend storedIn) {
    switch (source) {
    case KeySource::None:
        return tr("no key");
    case KeySource::Explicit:
        return tr("the command line");
    case KeySource::EnvOpenRouter:
        return tr("the environment variable %1").arg(u"OPENROUTER_API_KEY"_s);
    case KeySource::EnvSkill:
        return tr("the environment variable %1").arg(u"SKILL_OPENROUTER_API_KEY"_s);
    case KeySource::Stored:
        switch (storedIn) {
        case KeyStore::Backend::Keychain:
            return tr("the system keychain");
        case KeyStore::Backend::File:
            return tr("a file readable only by you");
        case KeyStore::Backend::None:
            return tr("this session only (not stored)");
        }
    }
    return {};
}

} // namespace orc
