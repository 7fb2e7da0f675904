#include "SettingsDialog.h"

#include "Appearance.h"
#include "GeneralSettingsPage.h"
#include "Icons.h"
#include "NetworkSettingsPage.h"
#include "ProxySettings.h"
#include "StorageSettingsPage.h"
#include "Translations.h"
#include "account/AccountController.h"
#include "account/AccountPanel.h"
#include "api/OpenRouterClient.h"
#include "chat/ClientSetup.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QWidget *scrollable(QWidget *page) {
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // pages wrap, never scroll sideways
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

SettingsDialog::SettingsDialog(Settings *settings, AccountController *accounts, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_accounts(accounts)
    , m_list(named(new QListWidget(this), u"settingsPages"_s))
    , m_stack(new QStackedWidget(this))
    , m_general(new GeneralSettingsPage)
    , m_network(new NetworkSettingsPage)
    , m_storage(new StorageSettingsPage)
    , m_account(new AccountPanel(accounts))
    , m_problem(named(new QLabel(this), u"settingsProblem"_s))
    , m_buttons(new QDialogButtonBox(this))
    , m_ok(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
    , m_apply(m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole)) {
    setObjectName(u"settingsDialog"_s);
    m_list->setIconSize(QSize(22, 22));
    m_list->setFixedWidth(170);
    m_list->setSpacing(2);
    const QString icons[] = {u"sliders"_s, u"refresh"_s, u"file-input"_s, u"key"_s};
    for (const QString &icon : icons)
        new QListWidgetItem(Icons::action(icon), QString(), m_list);
    for (QWidget *page : {static_cast<QWidget *>(m_general), static_cast<QWidget *>(m_network),
                          static_cast<QWidget *>(m_storage), static_cast<QWidget *>(m_account)})
        m_stack->addWidget(scrollable(page));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(176, 32, 32));
    m_problem->setPalette(warn);
    m_problem->hide();

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &SettingsDialog::apply);
    m_ok->setObjectName(u"okButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_apply->setObjectName(u"applyButton"_s);
    m_ok->setDefault(true);
    connect(m_account, &AccountPanel::changeKeyRequested, this,
            &SettingsDialog::changeKeyRequested);

    m_list->setCurrentRow(0);
    retranslate();
    load();
    resize(760, 520);
}

void SettingsDialog::retranslate() {
    setWindowTitle(tr("Settings"));
    const QString names[] = {tr("General"), tr("Network"), tr("Storage"), tr("Account")};
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setText(names[i]);
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
    m_apply->setText(tr("Apply"));
}

void SettingsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QList<SettingsPage *> SettingsDialog::pages() const {
    return {m_general, m_network, m_storage}; // in the order of Page
}

void SettingsDialog::load() {
    for (SettingsPage *page : pages())
        page->load(*m_settings);
    m_network->setProxyPassword(ProxySettings::password());
}

void SettingsDialog::showPage(Page page) {
    m_list->setCurrentRow(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const {
    return static_cast<Page>(std::max(0, m_list->currentRow()));
}

void SettingsDialog::setBaseUrlOverride(const QString &source, const QUrl &url) {
    m_baseUrlOverride = url;
    m_network->setBaseUrlOverride(source);
}

void SettingsDialog::setModelChoices(const QStringList &chatModels,
                                     const QStringList &imageModels) {
    m_general->setModelChoices(chatModels, imageModels);
}

bool SettingsDialog::apply() {
    const QList<SettingsPage *> settingsPages = pages();
    for (qsizetype i = 0; i < settingsPages.size(); ++i) {
        const QString problem = settingsPages[i]->problem();
        if (!problem.isEmpty()) {
            showPage(static_cast<Page>(i));
            m_problem->setText(problem);
            m_problem->show();
            return false;
        }
    }
    m_problem->hide();

    // A new conversations folder: move the data there, or leave it (and use the folder from
    // the next start), or think again.
    const QString dataBefore = QDir::cleanPath(m_settings->dataDir());
    const QString dataAfter = m_storage->effectiveDataDir();
    bool moveData = false;
    if (dataAfter != dataBefore) {
        switch (m_storage->askAboutData(dataBefore, dataAfter)) {
        case StorageSettingsPage::DataChoice::Cancel:
            return false;
        case StorageSettingsPage::DataChoice::Move:
            moveData = true;
            break;
        case StorageSettingsPage::DataChoice::Leave:
            break;
        }
    }

    const QString storedDataDir = m_settings->string(Settings::Key::DataDir);
    const QString passwordBefore = ProxySettings::password();
    const QString languageBefore = m_settings->string(Settings::Key::Language);
    const QString themeBefore = m_settings->string(Settings::Key::Theme);
    for (const SettingsPage *page : settingsPages)
        page->save(*m_settings);
    if (moveData) // switched by the move itself, once the data is in place
        m_settings->setValue(Settings::Key::DataDir, storedDataDir);
    m_settings->sync();

    const QString password = m_network->proxyPassword();
    ProxySettings::setPassword(password);
    ProxySettings::apply(*m_settings);
    if (password != passwordBefore)
        ProxySettings::storePassword(m_accounts->keyStore()->options(), password, this,
                                     [this](const QString &error) {
                                         if (!error.isEmpty()) {
                                             m_problem->setText(error);
                                             m_problem->show();
                                         }
                                         emit proxyPasswordStored(error);
                                     });
    if (OpenRouterClient *client = m_accounts->client()) {
        client->setConfig(reconfigured(*m_settings, client->config(), m_baseUrlOverride));
        client->network()->clearConnectionCache(); // the next request takes the new proxy
    }
    if (m_settings->string(Settings::Key::Theme) != themeBefore)
        Appearance::apply(m_settings->string(Settings::Key::Theme));
    if (m_settings->string(Settings::Key::Language) != languageBefore) {
        Translations::apply(m_settings->string(Settings::Key::Language));
        emit languageChanged();
    }
    emit applied();
    if (moveData)
        emit dataMoveRequested(dataAfter);
    return true;
}

void SettingsDialog::accept() {
    if (apply())
        QDialog::accept();
}

} // namespace orc
