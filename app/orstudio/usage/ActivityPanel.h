#pragma once

#include "domain/Ledger.h"
#include "store/KeyStore.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace orc {

class OpenRouterClient;

// The usage page's "Compare with the account's activity": the ledger of this computer against
// what OpenRouter billed the account (GET /activity, the last 30 completed UTC days), per UTC
// day, with the difference (other devices and keys make the account's figure the larger).
// /activity answers management keys only: the key is read from the keychain
// (KeyStore::managementKeyOptions, stored on Settings > Account); without one, or when the
// server refuses the key, the panel says that a management key is needed.
class ActivityPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPanel)
public:
    static constexpr int kDays = 30;

    explicit ActivityPanel(QString ledgerPath, QWidget *parent = nullptr);
    ~ActivityPanel() override;

    // The client whose server and settings the comparison uses (with the management key).
    void setClient(OpenRouterClient *client);
    void setKeyOptions(const KeyStore::Options &options) { m_keyOptions = options; }

    // Reads the management key, then compares (compared() follows).
    void start();
    // Compares with `managementKey`; empty: says a management key is needed.
    void compare(const QString &managementKey);
    bool isBusy() const { return m_busy; }

    const QList<ActivityComparison> &rows() const { return m_rows; }
    QString message() const;

signals:
    void compared();

public:
    struct Ledger; // what the worker read

private:
    void finish(const QString &message);
    void maybeShow();
    void showRows();

    QString m_ledgerPath;
    QPointer<OpenRouterClient> m_client;
    KeyStore::Options m_keyOptions;
    std::unique_ptr<OpenRouterClient> m_activityClient;
    std::unique_ptr<KeyStore> m_keyStore;
    QLabel *m_message;
    QTableWidget *m_table;
    std::optional<UsageReport> m_ledger;
    std::optional<QList<ActivityItem>> m_account;
    QString m_ledgerError;
    QList<ActivityComparison> m_rows;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace orc
