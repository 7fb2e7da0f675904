#include "account/ManagementKeyBox.h"

#include "widgets/Named.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

ManagementKeyBox::ManagementKeyBox(const KeyStore::Options &keyOptions, QWidget *parent)
    : QGroupBox(parent)
    , m_store(new KeyStore(KeyStore::managementKeyOptions(keyOptions), this))
    , m_note(new QLabel(this))
    , m_state(named(new QLabel(this), u"managementKeyState"_s))
    , m_set(named(new QPushButton(this), u"setManagementKey"_s))
    , m_remove(named(new QPushButton(this), u"removeManagementKey"_s)) {
    setObjectName(u"managementKeyBox"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_state->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_set, &QPushButton::clicked, this, &ManagementKeyBox::askForKey);
    connect(m_remove, &QPushButton::clicked, this, [this] { setKey(QString()); });
    connect(m_store, &KeyStore::loaded, this,
            [this](const QString &key, KeyStore::Backend from, const QString &) {
                m_hasKey = !key.isEmpty();
                m_backend = from;
                showState();
            });
    connect(m_store, &KeyStore::saved, this, [this](KeyStore::Backend to, const QString &error) {
        m_hasKey = to != KeyStore::Backend::None;
        m_backend = to;
        showState(error);
        emit keyChanged(m_hasKey);
    });
    connect(m_store, &KeyStore::removed, this, [this](const QString &error) {
        m_hasKey = false;
        m_backend = KeyStore::Backend::None;
        showState(error);
        emit keyChanged(false);
    });
    retranslate();
}

void ManagementKeyBox::showEvent(QShowEvent *event) {
    QGroupBox::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        m_store->load();
    }
}

void ManagementKeyBox::changeEvent(QEvent *event) {
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ManagementKeyBox::retranslate() {
    setTitle(tr("Management key (optional)"));
    m_note->setText(tr("The usage page compares what this computer spent with the account's "
                       "own activity when a management key is stored here (create one at "
                       "openrouter.ai/settings/management-keys). It is used for nothing else."));
    m_set->setText(m_hasKey ? tr("Replace…") : tr("Add…"));
    m_remove->setText(tr("Remove"));
    showState();
}

void ManagementKeyBox::showState(const QString &error) {
    QString text = m_hasKey ? tr("Stored in %1.").arg(KeyStore::backendName(m_backend))
                            : tr("No management key is stored.");
    if (!error.isEmpty())
        text += u' ' + error;
    m_state->setText(text);
    m_set->setText(m_hasKey ? tr("Replace…") : tr("Add…"));
    m_remove->setEnabled(m_hasKey);
}

void ManagementKeyBox::askForKey() {
    bool ok = false;
    const QString key =
        QInputDialog::getText(this, tr("Management Key"), tr("Paste the management key:"),
                              QLineEdit::Password, QString(), &ok);
    if (ok && !key.trimmed().isEmpty())
        setKey(key);
}

void ManagementKeyBox::setKey(const QString &key) {
    if (key.trimmed().isEmpty())
        m_store->remove();
    else
        m_store->save(key.trimmed());
}

} // namespace orc
