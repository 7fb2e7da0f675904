#include "SpendIndicator.h"

#include "AccountController.h"
#include "AccountFormat.h"
#include "Icons.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace orc {

SpendIndicator::SpendIndicator(AccountController *accounts, QWidget *parent)
    : QToolButton(parent)
    , m_accounts(accounts) {
    setObjectName(u"spendIndicator"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(this, &QToolButton::clicked, this, &SpendIndicator::accountRequested);
    connect(accounts, &AccountController::statusUpdated, this, &SpendIndicator::showStatus);
    connect(accounts, &AccountController::keyChanged, this, [this] { showStatus(m_status); });
    showStatus(accounts->monitor()->status());
}

void SpendIndicator::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        showStatus(m_status);
    QToolButton::changeEvent(event);
}

void SpendIndicator::showStatus(const AccountStatus &status) {
    m_status = status;
    if (!m_accounts->hasKey()) {
        setIcon(Icons::action(u"key"_s));
        setText(tr("No API key"));
        setToolTip(tr("Sign in or paste a key to chat and create images."));
        return;
    }
    if (!status.isValid()) {
        setIcon(Icons::action(status.error.isError() ? u"warning"_s : u"key"_s));
        setText(status.error.isError() ? tr("Account unavailable") : tr("Account\u2026"));
        setToolTip(status.error.isError() ? status.error.toString()
                                          : tr("Reading the account\u2026"));
        return;
    }
    const bool empty = status.spendable && *status.spendable <= 0;
    setIcon(Icons::action(empty ? u"warning"_s : u"key"_s));
    setText(AccountFormat::spendableShort(status));
    QStringList tip;
    tip << tr("Can still spend: %1")
               .arg(status.spendable ? AccountFormat::usd(*status.spendable) : tr("no limit"));
    tip << tr("Spent with this key: %1 (today %2)")
               .arg(AccountFormat::usd(status.key->usage),
                    AccountFormat::usd(status.key->usageDaily));
    tip << tr("Key limit: %1").arg(AccountFormat::limit(*status.key));
    if (status.credits)
        tip << tr("Account credit: %1").arg(AccountFormat::usd(status.credits->balance()));
    tip << tr("Click for the account details.");
    setToolTip(tip.join(u'\n'));
}

} // namespace orc
