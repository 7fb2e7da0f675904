#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace orc {

class OpenRouterClient;

// Asks for the OpenRouter API key when neither the environment nor the settings have one.
// The field is masked; the key is stored in the app's settings, obfuscated so it never sits
// there as plain text (obfuscation, not encryption: the keychain replaces it later), and it is
// never logged.
class ApiKeyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyDialog)
public:
    explicit ApiKeyDialog(QWidget *parent = nullptr);

    QString key() const; // cleaned (ClientConfig::cleanKey)

    // Why `key` cannot be an API key (translated), or empty when it can.
    static QString validationError(const QString &key);

    // The key saved in the settings, or empty.
    static QString storedKey();
    static bool storeKey(const QString &key);
    static void clearStoredKey();
    // Saves `key` and makes `client` use it (a key from the environment still wins, as in
    // ClientConfig::fromEnvironment). False when the key is unusable or cannot be saved.
    static bool applyKey(OpenRouterClient *client, const QString &key);

    void accept() override; // refuses an unusable key with a message

private:
    QLineEdit *m_key;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace orc
