#pragma once

#include "api/AccountMonitor.h"

#include <QToolButton>

namespace orc {

class AccountController;

// The status-bar figure: what can still be spent, refreshed whenever a request's cost arrives
// (AccountController::noteCost shows the estimate at once, the server's figure follows). The
// tooltip breaks it down; a click asks for the account page.
class SpendIndicator final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendIndicator)
public:
    explicit SpendIndicator(AccountController *accounts, QWidget *parent = nullptr);

signals:
    void accountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus(const AccountStatus &status);

    AccountController *m_accounts;
    AccountStatus m_status;
};

} // namespace orc
