#pragma once

#include "api/AccountMonitor.h"
#include "store/KeyStore.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace orc {

class AccountController;
class KeyCheck;
class OAuthFlow;

// First run: two ways in. "Sign in with OpenRouter" runs the OAuth PKCE flow (the browser
// opens the consent page, a one-shot listener on 127.0.0.1 takes the code, the code becomes a
// key); or a pasted key is checked at once against GET /key and /credits, showing its label,
// limit and what is left. Either key is stored through AccountController: in the system
// keychain, or, where none exists, after the user ticks a plainly worded consent box, in a file
// only they can read (otherwise it is used until the app quits).
class WelcomeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)
public:
    explicit WelcomeDialog(AccountController *accounts, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    // Why `key` cannot be an OpenRouter key (translated), or empty when it can.
    static QString keyProblem(const QString &key);

    // Opens the consent page; QDesktopServices::openUrl unless replaced (tests play the
    // browser themselves). Returns false when no browser could be started.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    OAuthFlow *signInFlow() const;
    // The last finished check of the key in the field.
    const AccountStatus &checkedStatus() const { return m_checked; }
    bool isChecking() const;

    void startCheck(); // checks the key in the field now
    void startSignIn();
    void cancelSignIn();
    void save();

signals:
    void checkFinished(const orc::AccountStatus &status);
    void signInFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QFrame *buildSignInBox();
    QFrame *buildKeyBox();
    QFrame *buildStorageBox();
    void onKeyEdited();
    void onCheckFinished(const QString &key, const AccountStatus &status);
    void onSignInFinished(const QString &key, const QString &error, bool cancelled);
    void onSaved(KeyStore::Backend to, const QString &error);
    void saveSignedIn();
    void showStorage();
    void fitHeight();
    void showResult(const QString &html, bool good);
    void updateButtons();
    bool canSave() const;
    QString cleanedKey() const;

    AccountController *m_accounts;
    KeyCheck *m_check;
    QPointer<OAuthFlow> m_flow;
    std::function<bool(const QUrl &)> m_openUrl;
    QTimer m_debounce;

    QPushButton *m_signIn = nullptr;
    QLabel *m_signInStatus = nullptr;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_cancelSignIn = nullptr;
    QLineEdit *m_keyField = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_storage = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_consentNote = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_skip = nullptr;

    AccountStatus m_checked;
    QString m_checkedKey;
    bool m_saveAfterCheck = false; // a signed-in key is stored as soon as it checks out
    bool m_declinedFile = false;   // saved once with the consent box shown and left unticked
    bool m_saving = false;
};

} // namespace orc
