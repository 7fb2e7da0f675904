#include "Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

struct Entry {
    Settings::Key key;
    const char *name;
    QVariant fallback; // its type is the key's type
};

const Entry &entry(Settings::Key key) {
    using K = Settings::Key;
    static const Entry table[] = {
        {K::BaseUrl, "network/baseUrl", QString()},
        {K::AttributionTitle, "network/attributionTitle", QString()},
        {K::AttributionReferer, "network/attributionReferer", QString()},
        {K::TimeoutSeconds, "network/timeoutSeconds", 120},
        {K::MaxTimeSeconds, "network/maxTimeSeconds", 0},
        {K::MaxAttempts, "network/maxAttempts", 4},
        {K::ProxyMode, "network/proxyMode", u"system"_s},
        {K::ProxyHost, "network/proxyHost", QString()},
        {K::ProxyPort, "network/proxyPort", 8080},
        {K::ProxyUser, "network/proxyUser", QString()},
        {K::DefaultChatModel, "models/defaultChat", QString()},
        {K::DefaultImageModel, "models/defaultImage", QString()},
        {K::LastChatModel, "models/lastChat", QString()},
        {K::FavouriteModels, "models/favourites", QStringList()},
        {K::HiddenModels, "models/hidden", QStringList()},
        {K::Theme, "ui/theme", u"system"_s},
        {K::Language, "ui/language", QString()},
        {K::WelcomeSeen, "ui/welcomeSeen", false},
        {K::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {K::CatalogHeader, "ui/catalogHeader", QByteArray()},
        {K::CatalogSplitter, "ui/catalogSplitter", QByteArray()},
        {K::ChatSplitter, "ui/chatSplitter", QByteArray()},
        {K::ChatSettingsVisible, "ui/chatSettingsVisible", false},
        {K::SendWithEnter, "chat/sendWithEnter", false},
        {K::ChatPresets, "chat/presets", QByteArray()},
        {K::RoutingProfiles, "routing/profiles", QByteArray()},
        {K::DailyBudgetUsd, "money/dailyBudgetUsd", 0.0},
        {K::MonthlyBudgetUsd, "money/monthlyBudgetUsd", 0.0},
        {K::ImageSaveFolder, "images/saveFolder", QString()},
        {K::ImagePromptHistory, "images/promptHistory", QStringList()},
        {K::DataDir, "storage/dataDir", QString()},
        {K::ImagesDir, "storage/imagesDir", QString()},
        {K::KeyFileConsent, "account/keyFileConsent", false},
        {K::ObfuscatedChatKey, "account/obfuscatedChatKey", QString()},
    };
    for (const Entry &e : table)
        if (e.key == key)
            return e;
    return table[0];
}

// Version 1 -> 2: the names pages and dialogs wrote with QSettings directly.
struct Rename {
    const char *from;
    Settings::Key to;
};
constexpr Rename kVersion2Renames[] = {
    {"window/geometry", Settings::Key::WindowGeometry},
    {"catalog/favourites", Settings::Key::FavouriteModels},
    {"catalog/header", Settings::Key::CatalogHeader},
    {"catalog/splitter", Settings::Key::CatalogSplitter},
    {"chat/splitter", Settings::Key::ChatSplitter},
    {"chat/settingsVisible", Settings::Key::ChatSettingsVisible},
    {"chat/lastModel", Settings::Key::LastChatModel},
    {"imageStudio/saveFolder", Settings::Key::ImageSaveFolder},
    {"imageStudio/promptHistory", Settings::Key::ImagePromptHistory},
    {"credentials/apiKey", Settings::Key::ObfuscatedChatKey},
};

QVariant converted(const QVariant &stored, const QVariant &fallback) {
    switch (fallback.typeId()) {
    case QMetaType::Int:
        return stored.toInt();
    case QMetaType::Double:
        return stored.toDouble();
    case QMetaType::Bool:
        return stored.toBool();
    case QMetaType::QStringList:
        return stored.toStringList(); // a one-element list reads back from INI as a string
    case QMetaType::QByteArray:
        return stored.toByteArray();
    default:
        return stored.toString();
    }
}

QStringList sortedUnique(QStringList ids) {
    ids.removeAll(QString());
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

} // namespace

namespace {
// The studio's file, which orcli shares. Under QStandardPaths' test mode each test program keeps
// a file of its own (named after it), so test programs running side by side cannot disturb
// each other.
std::unique_ptr<QSettings> sharedBackend() {
    if (QStandardPaths::isTestModeEnabled())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(u"orstudio"_s, u"orstudio"_s);
}
} // namespace

Settings::Settings(std::unique_ptr<QSettings> backend)
    : m_settings(backend ? std::move(backend) : sharedBackend()) {
    migrate();
}

Settings::~Settings() = default;

void Settings::migrate() {
    const int version = m_settings->value(u"settingsVersion"_s, 0).toInt();
    if (version >= kVersion)
        return;
    if (version < 1) {
        // Earlier builds kept the key in plain settings; it moves to the keychain, so it is
        // removed here and never read again.
        m_settings->remove(u"apiKey"_s);
        m_settings->remove(u"account/apiKey"_s);
    }
    if (version < 2) {
        for (const Rename &rename : kVersion2Renames) {
            const QString from = QString::fromLatin1(rename.from);
            if (!m_settings->contains(from))
                continue;
            if (!isSet(rename.to)) // a value already under the new name is newer
                m_settings->setValue(name(rename.to), m_settings->value(from));
            m_settings->remove(from);
        }
    }
    m_settings->setValue(u"settingsVersion"_s, kVersion);
}

QString Settings::name(Key key) {
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::value(Key key) const {
    const Entry &e = entry(key);
    const QVariant stored = m_settings->value(QString::fromLatin1(e.name));
    return stored.isValid() ? converted(stored, e.fallback) : e.fallback;
}

void Settings::setValue(Key key, const QVariant &value) {
    m_settings->setValue(name(key), value);
}

void Settings::reset(Key key) {
    m_settings->remove(name(key));
}

bool Settings::isSet(Key key) const {
    return m_settings->contains(name(key));
}

bool Settings::sync() {
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

void Settings::setFavouriteModels(QStringList ids) {
    setValue(Key::FavouriteModels, sortedUnique(std::move(ids)));
}

void Settings::setHiddenModels(QStringList ids) {
    setValue(Key::HiddenModels, sortedUnique(std::move(ids)));
}

QJsonArray Settings::chatPresets() const {
    return QJsonDocument::fromJson(bytes(Key::ChatPresets)).array();
}

void Settings::setChatPresets(const QJsonArray &presets) {
    setValue(Key::ChatPresets, QJsonDocument(presets).toJson(QJsonDocument::Compact));
}

QList<RoutingProfile> Settings::routingProfiles(QStringList *warnings) const {
    const QJsonArray stored = QJsonDocument::fromJson(bytes(Key::RoutingProfiles)).array();
    return RoutingProfile::withBuiltIns(RoutingProfile::listFromJson(stored, warnings));
}

void Settings::setRoutingProfiles(const QList<RoutingProfile> &profiles) {
    QList<RoutingProfile> user;
    for (const RoutingProfile &profile : profiles)
        if (!profile.builtIn)
            user.append(profile);
    setValue(Key::RoutingProfiles,
             QJsonDocument(RoutingProfile::listToJson(user)).toJson(QJsonDocument::Compact));
}

BudgetLimits Settings::budgetLimits() const {
    return {std::max(value(Key::DailyBudgetUsd).toDouble(), 0.0),
            std::max(value(Key::MonthlyBudgetUsd).toDouble(), 0.0)};
}

void Settings::setBudgetLimits(const BudgetLimits &limits) {
    setValue(Key::DailyBudgetUsd, std::max(limits.dailyUsd, 0.0));
    setValue(Key::MonthlyBudgetUsd, std::max(limits.monthlyUsd, 0.0));
}

QString Settings::dataDir() const {
    const QString dir = string(Key::DataDir).trimmed();
    return dir.isEmpty() ? defaultDataDir() : dir;
}

QString Settings::defaultDataDir() {
    const QString own = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString program = QCoreApplication::applicationName();
    if (QStandardPaths::isTestModeEnabled() || program == "orstudio"_L1 ||
        !own.endsWith(u'/' + program))
        return own;
    // AppDataLocation ends in <organization>/<application>: orcli's would be …/orstudio/orcli.
    return own.left(own.size() - program.size()) + u"orstudio"_s;
}

QString Settings::imagesDir() const {
    const QString dir = string(Key::ImagesDir).trimmed();
    return dir.isEmpty() ? dataDir() + u"/images"_s : dir;
}

} // namespace orc
