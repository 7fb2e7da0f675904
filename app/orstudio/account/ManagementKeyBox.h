#pragma once

#include "store/KeyStore.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace orc {

// Settings > Account: the optional management key the usage page needs to compare the ledger
// with the account's own activity (GET /activity answers management keys only). Kept in the
// keychain under its own entry (KeyStore::managementKeyOptions, the same file consent as the
// API key), never in settings; the key itself is never shown.
class ManagementKeyBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementKeyBox)
public:
    explicit ManagementKeyBox(const KeyStore::Options &keyOptions, QWidget *parent = nullptr);

    KeyStore *store() const { return m_store; }
    bool hasKey() const { return m_hasKey; }
    // Stores `key` (trimmed); an empty key removes it.
    void setKey(const QString &key);

signals:
    void keyChanged(bool hasKey);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override; // reads the keychain when first shown

private:
    void retranslate();
    void showState(const QString &error = {});
    void askForKey();

    KeyStore *m_store;
    QLabel *m_note;
    QLabel *m_state;
    QPushButton *m_set;
    QPushButton *m_remove;
    bool m_hasKey = false;
    bool m_loaded = false;
    KeyStore::Backend m_backend = KeyStore::Backend::None;
};

} // namespace orc
