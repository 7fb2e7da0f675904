#include "WelcomeDialog.h"

#include "AccountController.h"
#include "AccountFormat.h"
#include "Icons.h"
#include "KeyCheck.h"
#include "api/OAuthFlow.h"
#include "api/OpenRouterClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &objectName = {}) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setObjectName(objectName);
    return label;
}

QFrame *box(QWidget *parent, const QString &objectName) {
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

QString heading(const QString &text) {
    return u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s;
}

} // namespace

WelcomeDialog::WelcomeDialog(AccountController *accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_check(new KeyCheck(accounts->client(), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to OR Studio"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &WelcomeDialog::startCheck);
    connect(m_check, &KeyCheck::finished, this, &WelcomeDialog::onCheckFinished);
    connect(m_accounts, &AccountController::keySaved, this, &WelcomeDialog::onSaved);
    buildUi();
    showStorage();
    updateButtons();
}

WelcomeDialog::~WelcomeDialog() {
    if (m_flow)
        m_flow->cancel();
}

void WelcomeDialog::buildUi() {
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::app().pixmap(56, 56));
    auto *title = new QLabel(u"<h2 style=\"margin:0\">"_s +
                                 tr("Welcome to OR Studio").toHtmlEscaped() + u"</h2>"_s,
                             this);
    auto *intro = wrappedLabel(this);
    intro->setText(tr("Connect your OpenRouter account to chat and to create images. You can "
                      "browse the model catalog without one.")
                       .toHtmlEscaped());
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(intro);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(titles, 1);

    auto *orLabel = new QLabel(tr("or paste an API key"), this);
    orLabel->setAlignment(Qt::AlignCenter);
    orLabel->setEnabled(false);

    m_skip = new QPushButton(tr("Continue Without a Key"), this);
    m_skip->setObjectName(u"skipButton"_s);
    m_save = new QPushButton(tr("Save and Continue"), this);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    connect(m_skip, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &WelcomeDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(buildSignInBox());
    layout->addWidget(orLabel);
    layout->addWidget(buildKeyBox());
    layout->addWidget(buildStorageBox());
    layout->addLayout(buttons);
    setMinimumWidth(560);
}

QFrame *WelcomeDialog::buildSignInBox() {
    QFrame *frame = box(this, u"signInBox"_s);
    m_signIn = new QPushButton(Icons::action(u"key"_s), tr("Sign in with OpenRouter"), frame);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setMinimumHeight(36);
    auto *explain = wrappedLabel(frame);
    explain->setText(tr("Your browser opens OpenRouter, where you approve a key for OR Studio. "
                        "No password passes through this app.")
                         .toHtmlEscaped());
    m_signInStatus = wrappedLabel(frame, u"signInStatus"_s);
    m_signInStatus->hide();
    m_copyLink = new QPushButton(Icons::action(u"copy"_s), tr("Copy Link"), frame);
    m_copyLink->setObjectName(u"copyLinkButton"_s);
    m_copyLink->hide();
    m_cancelSignIn = new QPushButton(tr("Cancel Sign-in"), frame);
    m_cancelSignIn->setObjectName(u"cancelSignInButton"_s);
    m_cancelSignIn->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_signInStatus, 1);
    statusRow->addWidget(m_copyLink);
    statusRow->addWidget(m_cancelSignIn);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(m_signIn);
    layout->addWidget(explain);
    layout->addLayout(statusRow);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomeDialog::startSignIn);
    connect(m_cancelSignIn, &QPushButton::clicked, this, &WelcomeDialog::cancelSignIn);
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (m_flow)
            QApplication::clipboard()->setText(m_flow->authorizationUrl().toString());
    });
    return frame;
}

QFrame *WelcomeDialog::buildKeyBox() {
    QFrame *frame = box(this, u"keyBox"_s);
    auto *label = wrappedLabel(frame);
    label->setText(tr("Create a key at <a href=\"%1\">openrouter.ai/keys</a> and paste it here. "
                      "It is checked with OpenRouter at once.")
                       .arg(u"https://openrouter.ai/keys"_s));
    label->setOpenExternalLinks(true);
    m_keyField = new QLineEdit(frame);
    m_keyField->setObjectName(u"keyField"_s);
    m_keyField->setEchoMode(QLineEdit::Password);
    m_keyField->setPlaceholderText(u"sk-or-v1-\u2026"_s);
    m_keyField->setClearButtonEnabled(true);
    m_keyField->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_checkButton = new QPushButton(tr("Check Key"), frame);
    m_checkButton->setObjectName(u"checkButton"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_keyField, 1);
    row->addWidget(m_checkButton);
    m_result = wrappedLabel(frame, u"checkResult"_s);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_result);
    connect(m_keyField, &QLineEdit::textChanged, this, &WelcomeDialog::onKeyEdited);
    connect(m_checkButton, &QPushButton::clicked, this, &WelcomeDialog::startCheck);
    return frame;
}

QFrame *WelcomeDialog::buildStorageBox() {
    QFrame *frame = box(this, u"storageBox"_s);
    m_storage = wrappedLabel(frame, u"storageLabel"_s);
    m_consent = new QCheckBox(tr("Keep my key in that file"), frame);
    m_consent->setObjectName(u"fileConsent"_s);
    m_consent->setChecked(m_accounts->fileConsent());
    m_consentNote = wrappedLabel(frame, u"consentNote"_s);
    auto *layout = new QVBoxLayout(frame);
    layout->addWidget(m_storage);
    layout->addWidget(m_consent);
    layout->addWidget(m_consentNote);
    connect(m_consent, &QCheckBox::toggled, this, [this] {
        m_declinedFile = false;
        showStorage();
        updateButtons();
    });
    return frame;
}

void WelcomeDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    fitHeight();
}

void WelcomeDialog::fitHeight() {
    // Wrapped labels report no useful minimum height, so the window would neither grow for a
    // check result nor shrink after it: size it to what the current width needs, once the
    // layout has taken the change in.
    QTimer::singleShot(0, this, [this] {
        if (QLayout *l = layout()) {
            l->activate();
            resize(width(), std::max(minimumSizeHint().height(), heightForWidth(width())));
        }
    });
}

void WelcomeDialog::showStorage() {
    QStringList lines;
    const bool missing = m_accounts->keychainMissing();
    if (missing) {
        const QString path = QDir::toNativeSeparators(m_accounts->keyStore()->options().filePath);
        lines << heading(tr("No system keychain is available on this computer.")) + u" "_s +
                     tr("OR Studio cannot keep your key encrypted here. It can keep it in a file "
                        "that only your user account can read: %1")
                         .toHtmlEscaped()
                         .arg(u"<br><code>"_s + path.toHtmlEscaped() + u"</code>"_s);
    } else {
        lines << tr("Your key will be kept in the system keychain, not in a settings file.")
                     .toHtmlEscaped();
    }
    if (m_accounts->keyFromEnvironment())
        lines << tr("%1 is set in the environment; it is used instead of a saved key for as "
                    "long as it is set.")
                     .arg(ClientConfig::keySourceName(m_accounts->keySource()))
                     .toHtmlEscaped();
    m_storage->setText(lines.join(u"<br>"_s));
    m_consent->setVisible(missing);
    m_consentNote->setVisible(missing && !m_consent->isChecked());
    m_consentNote->setText(
        tr("Without this, the key is used until you quit OR Studio and asked for again next time.")
            .toHtmlEscaped());
    fitHeight();
}

QString WelcomeDialog::keyProblem(const QString &key) {
    const QString cleaned = ClientConfig::cleanKey(key);
    if (cleaned.isEmpty())
        return tr("Paste your OpenRouter API key.");
    for (const QChar c : cleaned) {
        if (c.isSpace())
            return tr("A key has no spaces or line breaks: paste only the key.");
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return tr("A key is plain ASCII text: paste only the key.");
    }
    if (cleaned.size() < 16)
        return tr("This is too short for an OpenRouter key; they look like sk-or-v1-\u2026");
    return {};
}

QString WelcomeDialog::cleanedKey() const {
    return ClientConfig::cleanKey(m_keyField->text());
}

OAuthFlow *WelcomeDialog::signInFlow() const {
    return m_flow;
}

bool WelcomeDialog::isChecking() const {
    return m_check->isRunning() || m_debounce.isActive();
}

void WelcomeDialog::onKeyEdited() {
    m_check->cancel();
    m_checked = AccountStatus{};
    m_checkedKey.clear();
    m_declinedFile = false;
    const QString problem = keyProblem(m_keyField->text());
    if (m_keyField->text().trimmed().isEmpty())
        m_result->hide();
    else if (!problem.isEmpty())
        showResult(u"\u26a0 "_s + problem.toHtmlEscaped(), false);
    else
        m_debounce.start(); // checked as soon as the paste is complete
    if (!problem.isEmpty())
        m_debounce.stop();
    updateButtons();
}

void WelcomeDialog::startCheck() {
    m_debounce.stop();
    const QString problem = keyProblem(m_keyField->text());
    if (!problem.isEmpty()) {
        showResult(u"\u26a0 "_s + problem.toHtmlEscaped(), false);
        updateButtons();
        return;
    }
    showResult(tr("Checking the key with OpenRouter\u2026").toHtmlEscaped(), true);
    m_check->check(cleanedKey());
    updateButtons();
}

void WelcomeDialog::onCheckFinished(const QString &key, const AccountStatus &status) {
    if (key != cleanedKey())
        return; // the field changed meanwhile
    m_checked = status;
    m_checkedKey = key;
    if (status.isValid()) {
        const bool empty = status.spendable && *status.spendable <= 0;
        QString html =
            u"<b>"_s +
            (empty ? u"\u26a0 "_s + tr("This key has nothing left to spend: add credits or "
                                       "raise its limit on openrouter.ai.")
                                        .toHtmlEscaped()
                   : u"\u2714 "_s + tr("OpenRouter accepts this key.").toHtmlEscaped()) +
            u"</b>"_s + AccountFormat::keySummaryHtml(status);
        showResult(html, !empty);
    } else {
        const ApiError &e = status.error;
        QString text;
        if (e.kind == ApiError::Kind::Auth) {
            text = tr("OpenRouter does not accept this key: %1").arg(e.message) + u" "_s +
                   tr("Check that you copied all of it, or create a new key at "
                      "openrouter.ai/keys.");
        } else {
            text = tr("The key could not be checked: %1").arg(e.message);
            if (!e.hint().isEmpty())
                text += u" "_s + e.hint();
            text += u" "_s + tr("You can still save it.");
        }
        showResult(u"\u26a0 "_s + text.toHtmlEscaped(), false);
        m_saveAfterCheck = false;
    }
    updateButtons();
    emit checkFinished(status);
    if (m_saveAfterCheck && status.isValid()) {
        m_saveAfterCheck = false;
        saveSignedIn();
    }
}

void WelcomeDialog::showResult(const QString &html, bool good) {
    m_result->setText(html);
    m_result->setProperty("good", good);
    m_result->show();
    fitHeight();
}

bool WelcomeDialog::canSave() const {
    const bool formatOk = keyProblem(m_keyField->text()).isEmpty();
    const bool checked = !m_checkedKey.isEmpty() && m_checkedKey == cleanedKey();
    const bool refused = checked && m_checked.error.kind == ApiError::Kind::Auth;
    const bool signingIn = m_flow && m_flow->isRunning();
    return formatOk && checked && !refused && !m_saving && !signingIn;
}

void WelcomeDialog::updateButtons() {
    const bool formatOk = keyProblem(m_keyField->text()).isEmpty();
    const bool signingIn = m_flow && m_flow->isRunning();
    m_checkButton->setEnabled(formatOk && !m_check->isRunning() && !m_saving);
    m_save->setEnabled(canSave());
    const bool sessionOnly = m_accounts->keychainMissing() && !m_consent->isChecked();
    m_save->setText(sessionOnly ? tr("Use Until I Quit") : tr("Save and Continue"));
    m_signIn->setEnabled(!signingIn && !m_saving);
    m_keyField->setEnabled(!m_saving);
    fitHeight(); // texts shown or hidden with the state
}

// --- sign in (OAuth PKCE)

void WelcomeDialog::startSignIn() {
    if (m_flow && m_flow->isRunning())
        return;
    delete m_flow;
    m_flow = new OAuthFlow(m_accounts->client(), this);
    m_flow->setKeyLabel(tr("OR Studio"));
    connect(m_flow, &OAuthFlow::openUrlRequested, this, [this](const QUrl &url) {
        if (!m_openUrl(url)) {
            m_signInStatus->setText(tr("No browser could be opened. Copy the link, open it in "
                                       "your browser and approve access there.")
                                        .toHtmlEscaped());
        }
    });
    connect(m_flow, &OAuthFlow::codeReceived, this, [this] {
        m_signInStatus->setText(tr("Approved. Getting your key\u2026").toHtmlEscaped());
        m_cancelSignIn->hide();
        m_copyLink->hide();
    });
    connect(m_flow, &OAuthFlow::finished, this, [this](const QString &key, const ApiError &error) {
        onSignInFinished(key, error.isError() ? error.toString() : QString(),
                         error.kind == ApiError::Kind::Cancelled);
    });
    m_signInStatus->setText(tr("Approve access in the browser window that just opened; this "
                               "dialog continues by itself.")
                                .toHtmlEscaped());
    m_signInStatus->show();
    m_copyLink->show();
    m_cancelSignIn->show();
    QString error;
    if (!m_flow->start(&error)) {
        onSignInFinished({}, error, false);
        return;
    }
    updateButtons();
}

void WelcomeDialog::cancelSignIn() {
    if (m_flow)
        m_flow->cancel();
}

void WelcomeDialog::onSignInFinished(const QString &key, const QString &error, bool cancelled) {
    m_copyLink->hide();
    m_cancelSignIn->hide();
    if (cancelled) {
        m_signInStatus->hide();
    } else if (!error.isEmpty()) {
        m_signInStatus->setText(tr("Sign-in failed: %1").arg(error).toHtmlEscaped());
        m_signInStatus->show();
    } else {
        m_signInStatus->setText(tr("Signed in. Checking the new key\u2026").toHtmlEscaped());
        m_saveAfterCheck = true;
        m_keyField->setText(key); // masked; checked, then stored
        startCheck();
    }
    updateButtons();
    emit signInFinished(!key.isEmpty() && error.isEmpty());
}

// --- storing

void WelcomeDialog::saveSignedIn() {
    if (m_accounts->keychainMissing() && !m_consent->isChecked()) {
        // Nothing is kept without the user's word: ask, do not decide for them.
        m_signInStatus->setText(tr("Signed in. Tick the box below to keep the key in a file, "
                                   "or use it until you quit.")
                                    .toHtmlEscaped());
        m_signInStatus->show();
        updateButtons();
        return;
    }
    save();
}

void WelcomeDialog::save() {
    const QString key = cleanedKey();
    if (!canSave())
        return; // malformed, unchecked or refused keys are never stored
    m_declinedFile = m_accounts->keychainMissing() && !m_consent->isChecked();
    m_saving = true;
    updateButtons();
    m_accounts->useKey(key, m_consent->isVisible() && m_consent->isChecked());
}

void WelcomeDialog::onSaved(KeyStore::Backend to, const QString &error) {
    if (!m_saving)
        return;
    m_saving = false;
    if (to != KeyStore::Backend::None || m_declinedFile) {
        accept(); // stored, or knowingly used for this session only
        return;
    }
    // Not stored. Where the keychain is missing, say so and offer the file; else show why.
    showStorage();
    if (!m_accounts->keychainMissing())
        showResult(error.toHtmlEscaped(), false);
    m_signInStatus->hide();
    updateButtons();
}

} // namespace orc
