#pragma once

#include <QObject>
#include <QString>

namespace orc {

// Where the API key (and, under its own entry, the proxy password) is kept between runs: the system
// keychain (Secret Service through QtKeychain) and, only with the user's explicit consent where no
// keychain exists, a file readable by the user alone. Every operation is asynchronous and reports
// through a signal; the key itself never reaches a log line.
class KeyStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)
public:
    enum class Backend { None, Keychain, File };
    Q_ENUM(Backend)

    struct Options {
        QString service = QStringLiteral("OR Studio");
        QString account = QStringLiteral("openrouter-api-key");
        QString filePath;       // default: <AppConfigLocation>/api-key
        bool allowFile = false; // the user agreed to a plain file when no keychain exists
    };

    explicit KeyStore(Options options, QObject *parent = nullptr);
    explicit KeyStore(QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    void setAllowFile(bool allow) { m_options.allowFile = allow; }
    static QString defaultFilePath();
    // Where the manual proxy's password is kept: the key's keychain service under its own
    // entry, or a "proxy-password" file beside the key's file with the same consent.
    static Options proxyPasswordOptions(Options keyOptions);
    // Where the optional management key (GET /activity) is kept: its own keychain entry, or a
    // "management-key" file beside the key's file with the same consent. Never in settings.
    static Options managementKeyOptions(Options keyOptions);

    void load();                   // -> loaded()
    void save(const QString &key); // -> saved()
    void remove();                 // keychain and file -> removed()

    // The last keychain failure meant "no keychain service here" (not "entry missing").
    bool keychainUnavailable() const { return m_keychainUnavailable; }
    QString keychainError() const { return m_keychainError; }

    static QString backendName(Backend backend);

signals:
    // `key` is empty when none is stored; `error` is a translated sentence or empty.
    void loaded(const QString &key, orc::KeyStore::Backend from, const QString &error);
    // `to` is None when nothing could store it; then `error` says why and what to do.
    void saved(orc::KeyStore::Backend to, const QString &error);
    void removed(const QString &error);

private:
    bool readFile(QString *key, QString *error) const;
    bool writeFile(const QString &key, QString *error) const;
    bool removeFile(QString *error) const;
    void noteKeychainError(int code, const QString &text);

    Options m_options;
    bool m_keychainUnavailable = false;
    QString m_keychainError;
};

} // namespace orc
