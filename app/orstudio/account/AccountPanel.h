#pragma once

#include "api/AccountMonitor.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace orc {

class AccountController;

// The account at a glance: where the key in use came from, what can still be spent (the
// smaller of the key's remaining limit and the account's credit), usage today, this week, this
// month and in total, the key's limit and rate limit; with Refresh, Change Key and Sign Out.
// Shown on the Account page of the settings.
class AccountPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPanel)
public:
    explicit AccountPanel(AccountController *accounts, QWidget *parent = nullptr);

    QLabel *sourceLabel() const { return m_source; }
    QLabel *spendableLabel() const { return m_spendable; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *signOutButton() const { return m_signOut; }
    QPushButton *changeKeyButton() const { return m_changeKey; }
    QPushButton *refreshButton() const { return m_refresh; }
    // The value shown for a row, by object name ("usage", "limit", "rateLimit"...).
    QString value(const QString &row) const;

signals:
    void changeKeyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus(const AccountStatus &status);
    void updateSource();
    QLabel *addRow(const QString &name);
    void setValue(const QString &row, const QString &text);
    void confirmSignOut();

    AccountController *m_accounts;
    AccountStatus m_status;
    QFormLayout *m_form;
    QLabel *m_source;
    QLabel *m_spendable;
    QLabel *m_error;
    QPushButton *m_refresh;
    QPushButton *m_changeKey;
    QPushButton *m_signOut;
    struct Row {
        QString name;
        QLabel *title;
        QLabel *value;
    };
    QList<Row> m_rows;
};

} // namespace orc
