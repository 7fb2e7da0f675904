#include "AccountPanel.h"

#include "AccountController.h"
#include "AccountFormat.h"
#include "Icons.h"
#include "ManagementKeyBox.h"
#include "widgets/Named.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
const char *const kRows[] = {"label", "usageDaily",     "usageWeekly", "usageMonthly", "usage",
                             "limit", "limitRemaining", "credits",     "rateLimit",    "updated"};
} // namespace

AccountPanel::AccountPanel(AccountController *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_form(new QFormLayout)
    , m_source(named(new QLabel(this), u"keySource"_s))
    , m_spendable(named(new QLabel(this), u"spendable"_s))
    , m_error(named(new QLabel(this), u"accountError"_s))
    , m_refresh(
          named(new QPushButton(Icons::action(u"refresh"_s), QString(), this), u"refreshAccount"_s))
    , m_changeKey(named(new QPushButton(Icons::action(u"key"_s), QString(), this), u"changeKey"_s))
    , m_signOut(named(new QPushButton(QString(), this), u"signOut"_s)) {
    setObjectName(u"accountPanel"_s);
    m_source->setWordWrap(true);
    QFont big = m_spendable->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_spendable->setFont(big);
    m_error->setWordWrap(true);
    m_error->hide();

    for (const char *row : kRows)
        addRow(QString::fromLatin1(row));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_changeKey);
    buttons->addWidget(m_signOut);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_spendable);
    layout->addWidget(m_error);
    layout->addLayout(m_form);
    layout->addWidget(new ManagementKeyBox(accounts->keyStore()->options(), this));
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, accounts, &AccountController::refreshAccount);
    connect(m_changeKey, &QPushButton::clicked, this, &AccountPanel::changeKeyRequested);
    connect(m_signOut, &QPushButton::clicked, this, &AccountPanel::confirmSignOut);
    connect(accounts, &AccountController::statusUpdated, this, &AccountPanel::showStatus);
    connect(accounts, &AccountController::keyChanged, this, &AccountPanel::updateSource);
    connect(accounts, &AccountController::keySaved, this, &AccountPanel::updateSource);
    connect(accounts, &AccountController::signedOut, this, [this](const QString &error) {
        updateSource();
        if (!error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
        }
    });
    retranslate();
    showStatus(accounts->monitor()->status());
}

QLabel *AccountPanel::addRow(const QString &name) {
    auto *title = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(title, value);
    m_rows.append({name, title, value});
    return value;
}

void AccountPanel::setValue(const QString &row, const QString &text) {
    for (const Row &r : std::as_const(m_rows))
        if (r.name == row) {
            r.value->setText(text);
            m_form->setRowVisible(r.value, !text.isEmpty());
        }
}

QString AccountPanel::value(const QString &row) const {
    for (const Row &r : m_rows)
        if (r.name == row)
            return r.value->text();
    return {};
}

void AccountPanel::retranslate() {
    const QHash<QString, QString> titles{
        {u"label"_s, tr("Key:")},
        {u"usageDaily"_s, tr("Spent today:")},
        {u"usageWeekly"_s, tr("Spent this week:")},
        {u"usageMonthly"_s, tr("Spent this month:")},
        {u"usage"_s, tr("Spent in total:")},
        {u"limit"_s, tr("Key limit:")},
        {u"limitRemaining"_s, tr("Limit remaining:")},
        {u"credits"_s, tr("Account credit:")},
        {u"rateLimit"_s, tr("Rate limit:")},
        {u"updated"_s, tr("Updated:")},
    };
    for (const Row &r : std::as_const(m_rows))
        r.title->setText(titles.value(r.name));
    m_refresh->setText(tr("Refresh"));
    m_changeKey->setText(tr("Change Key\u2026"));
    m_signOut->setText(tr("Sign Out"));
    updateSource();
    showStatus(m_status);
}

void AccountPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountPanel::updateSource() {
    if (!m_accounts->hasKey()) {
        m_source->setText(tr("No API key is set. Sign in or paste a key to chat and create "
                             "images."));
    } else {
        m_source->setText(tr("The key in use comes from %1.").arg(m_accounts->keySourceText()));
    }
    m_signOut->setEnabled(m_accounts->storedIn() != KeyStore::Backend::None ||
                          m_accounts->keySource() == KeySource::Stored);
    m_signOut->setToolTip(m_accounts->keyFromEnvironment()
                              ? tr("Removes the saved key; the key from the environment stays "
                                   "in use while it is set.")
                              : tr("Removes the key from the keychain and from this computer."));
    m_refresh->setEnabled(m_accounts->hasKey());
}

void AccountPanel::showStatus(const AccountStatus &status) {
    m_status = status;
    const bool valid = status.isValid();
    if (!m_accounts->hasKey())
        m_spendable->setText(tr("No key"));
    else if (valid)
        m_spendable->setText(AccountFormat::spendableShort(status));
    else
        m_spendable->setText(QString());
    m_spendable->setVisible(!m_spendable->text().isEmpty());
    if (status.error.isError() && m_accounts->hasKey()) {
        m_error->setText(tr("The account could not be read: %1").arg(status.error.toString()));
        m_error->show();
    } else {
        m_error->hide();
    }
    if (!valid) {
        for (const Row &r : std::as_const(m_rows))
            setValue(r.name, QString());
        return;
    }
    const KeyInfo &key = *status.key;
    setValue(u"label"_s, key.label);
    setValue(u"usageDaily"_s, AccountFormat::usd(key.usageDaily));
    setValue(u"usageWeekly"_s, AccountFormat::usd(key.usageWeekly));
    setValue(u"usageMonthly"_s, AccountFormat::usd(key.usageMonthly));
    setValue(u"usage"_s, AccountFormat::usd(key.usage));
    setValue(u"limit"_s, AccountFormat::limit(key));
    setValue(u"limitRemaining"_s,
             key.limit && key.limitRemaining ? AccountFormat::usd(*key.limitRemaining) : QString());
    setValue(u"credits"_s, status.credits
                               ? tr("%1 of %2 left")
                                     .arg(AccountFormat::usd(status.credits->balance()),
                                          AccountFormat::usd(status.credits->totalCredits))
                               : QString());
    setValue(u"rateLimit"_s, AccountFormat::rateLimit(key));
    setValue(u"updated"_s,
             QLocale().toString(status.updatedAt.toLocalTime(), QLocale::ShortFormat));
}

void AccountPanel::confirmSignOut() {
    QMessageBox box(QMessageBox::Question, tr("Sign Out"),
                    tr("Remove the OpenRouter key from this computer? You will need to sign in "
                       "or paste a key again to chat."),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"signOutConfirm"_s);
    QPushButton *remove = box.addButton(tr("Sign Out"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_accounts->signOut();
}

} // namespace orc
