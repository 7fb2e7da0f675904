#include "MainWindow.h"

#include "Icons.h"
#include "api/OpenRouterClient.h"
#include "catalog/CatalogPage.h"
#include "catalog/ModelCatalogModel.h"
#include "chat/ChatPage.h"
#include "chat/ModelPicker.h"
#include "compare/ComparePage.h"
#include "image/ImageStudioPage.h"
#include "store/CatalogCache.h"
#include "store/ConversationStore.h"
#include "store/CostLedger.h"
#include "store/Settings.h"
#include "usage/ActivityPanel.h"
#include "usage/BudgetIndicator.h"
#include "usage/SpendTracker.h"
#include "usage/UsagePage.h"
#include "widgets/Named.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace orc {

MainWindow::MainWindow(OpenRouterClient *client, const CatalogCache &cache,
                       ConversationStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(named(new QTabWidget(this), u"pages"_s))
    , m_catalog(new CatalogPage(client, cache, this))
    , m_chat(new ChatPage(client, store, this))
    , m_images(new ImageStudioPage(client, this))
    // The ledger lives beside the conversations (the data folder, or --data-dir).
    , m_usage(new UsagePage(CostLedger::pathIn(QFileInfo(store->path()).absolutePath()), this))
    , m_compare(new ComparePage(client, store, QFileInfo(store->path()).absolutePath(), this))
    , m_client(client)
    , m_spend(new SpendTracker(m_usage->ledgerPath(), this))
    , m_connectionLabel(named(new QLabel(this), u"connectionLabel"_s)) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("OR Studio"));
    setWindowIcon(Icons::app());

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_catalog, Icons::action(u"catalog"_s), tr("Models"));
    m_tabs->addTab(m_chat, Icons::action(u"chat"_s), tr("Chat"));
    m_tabs->addTab(m_images, Icons::action(u"image"_s), tr("Images"));
    m_tabs->addTab(m_usage, Icons::action(u"usage"_s), tr("Usage"));
    m_tabs->addTab(m_compare, Icons::action(u"compare"_s), tr("Compare"));
    m_usage->activityPanel()->setClient(client);
    m_spend->setLimits(Settings().budgetLimits());
    m_usage->setBudgetLimits(m_spend->limits());
    setCentralWidget(m_tabs);

    updateConnectionLabel();
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(new BudgetIndicator(m_spend, statusBar()));

    createMenus();

    connect(m_catalog, &CatalogPage::chatRequested, this, &MainWindow::openChat);
    connect(m_catalog, &CatalogPage::imageRequested, this, &MainWindow::openImages);
    connect(m_catalog, &CatalogPage::activationRequested, this, [this] { showPage(Page::Models); });
    connect(m_catalog, &CatalogPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    // The chat's model picker lists the catalogue's models and favourites; the image studio's
    // picker its image-output models.
    connect(m_catalog, &CatalogPage::modelsChanged, m_chat, &ChatPage::setModels);
    m_chat->modelPicker()->setFavourites(m_catalog->catalogModel()->favourites());
    connect(m_catalog->catalogModel(), &ModelCatalogModel::favouritesChanged, m_chat,
            [this](const QSet<QString> &ids) { m_chat->modelPicker()->setFavourites(ids); });
    connect(m_catalog, &CatalogPage::modelsChanged, m_images, &ImageStudioPage::setCatalog);
    connect(m_catalog, &CatalogPage::modelsChanged, m_compare, &ComparePage::setModels);
    connect(m_compare, &ComparePage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_compare, &ComparePage::conversationCreated, this, [this](qint64 id) {
        if (m_chat->openConversation(id))
            showPage(Page::Chat);
    });

    connect(m_chat, &ChatPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_chat, &ChatPage::apiKeyChanged, this, &MainWindow::updateConnectionLabel);
    for (QAction *action : {m_chat->newChatAction(), m_chat->searchAction()})
        connect(action, &QAction::triggered, this, [this] { showPage(Page::Chat); });
    connect(m_images, &ImageStudioPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    auto backToCatalog = [this] {
        showPage(Page::Models);
        m_catalog->focusSearch();
    };
    connect(m_chat, &ChatPage::catalogRequested, this, backToCatalog);
    connect(m_images, &ImageStudioPage::catalogRequested, this, backToCatalog);

    connectBudgets();

    if (!restoreGeometry(Settings().bytes(Settings::Key::WindowGeometry))) {
        QSize size(1240, 780);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
}

MainWindow::~MainWindow() = default;

CostLedger *MainWindow::ledger() const {
    return m_spend->ledger();
}

void MainWindow::connectBudgets() {
    m_images->generator()->setLedger(m_spend->ledger());
    m_chat->setLedger(m_spend->ledger());
    connect(m_images->generator(), &ImageGenerator::ledgerChanged, m_spend, &SpendTracker::refresh);
    // A reply's cost reaches the ledger with it (the sessions share it), or a little later.
    connect(m_chat, &ChatPage::replyFinished, m_spend, &SpendTracker::refresh);
    connect(m_images->generator(), &ImageGenerator::ledgerChanged, m_usage,
            &UsagePage::ledgerChanged);
    connect(m_chat, &ChatPage::replyFinished, m_usage, &UsagePage::ledgerChanged);
    m_chat->setSendGuard([this] { return m_spend->confirmSend(this); });
    m_images->setSendGuard([this] { return m_spend->confirmSend(this); });
}

void MainWindow::updateConnectionLabel() {
    // The server only: the account figure beside it says whether a key is set.
    const ClientConfig &config = m_client->config();
    m_connectionLabel->setText(config.baseUrl.host());
    m_connectionLabel->setToolTip(
        tr("OpenRouter API: %1")
            .arg(config.baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
}

void MainWindow::start() {
    m_catalog->start();
}

void MainWindow::showPage(Page page) {
    switch (page) {
    case Page::Models:
        m_tabs->setCurrentWidget(m_catalog);
        break;
    case Page::Chat:
        m_tabs->setCurrentWidget(m_chat);
        break;
    case Page::Images:
        m_tabs->setCurrentWidget(m_images);
        break;
    case Page::Usage:
        m_tabs->setCurrentWidget(m_usage);
        break;
    case Page::Compare:
        m_tabs->setCurrentWidget(m_compare);
        break;
    }
}

MainWindow::Page MainWindow::currentPage() const {
    QWidget *current = m_tabs->currentWidget();
    if (current == m_chat)
        return Page::Chat;
    if (current == m_images)
        return Page::Images;
    if (current == m_usage)
        return Page::Usage;
    if (current == m_compare)
        return Page::Compare;
    return Page::Models;
}

QString MainWindow::versionText() {
    return tr("OR Studio %1, Qt %2 (built with Qt %3)")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR));
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_chat->newChatAction());
    file->addAction(m_chat->importAction());
    file->addAction(m_chat->exportAction());
    file->addSeparator();
    file->addAction(m_catalog->refreshAction());
    file->addAction(m_catalog->changesAction());
    file->addSeparator();
    QAction *quit = file->addAction(Icons::action(u"quit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_catalog->findAction());
    QAction *copyId = edit->addAction(Icons::action(u"copy"_s), tr("&Copy Model ID"), this, [this] {
        const ModelInfo model = m_catalog->currentModel();
        if (model.isValid()) {
            QApplication::clipboard()->setText(model.id());
            statusBar()->showMessage(tr("Copied %1").arg(model.id()), 3000);
        }
    });
    copyId->setShortcut(QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_C));
    edit->addAction(m_catalog->favouriteAction());
    edit->addAction(m_catalog->resetFiltersAction());
    edit->addSeparator();
    edit->addAction(m_chat->searchAction());
    edit->addAction(m_chat->stopAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const struct {
        Page page;
        QString text;
        QString icon;
        QKeyCombination key;
    } pages[] = {
        {Page::Models, tr("&Models"), u"catalog"_s,
         QKeyCombination(Qt::ControlModifier, Qt::Key_1)},
        {Page::Chat, tr("&Chat"), u"chat"_s, QKeyCombination(Qt::ControlModifier, Qt::Key_2)},
        {Page::Images, tr("&Images"), u"image"_s, QKeyCombination(Qt::ControlModifier, Qt::Key_3)},
        {Page::Usage, tr("&Usage"), u"usage"_s, QKeyCombination(Qt::ControlModifier, Qt::Key_4)},
        {Page::Compare, tr("C&ompare"), u"compare"_s,
         QKeyCombination(Qt::ControlModifier, Qt::Key_5)},
    };
    for (const auto &entry : pages) {
        QAction *action = view->addAction(Icons::action(entry.icon), entry.text, this,
                                          [this, page = entry.page] { showPage(page); });
        action->setShortcut(entry.key);
    }
    view->addSeparator();
    view->addAction(m_chat->settingsAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(Icons::action(u"info"_s), tr("&About OR Studio"), this,
                                     &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::openChat(const ModelInfo &model) {
    m_chat->setModel(model);
    showPage(Page::Chat);
    statusBar()->showMessage(tr("Chat model: %1").arg(model.id()), 4000);
}

void MainWindow::openImages(const ModelInfo &model) {
    m_images->setModel(model);
    showPage(Page::Images);
    statusBar()->showMessage(tr("Image model: %1").arg(model.id()), 4000);
}

void MainWindow::showAbout() {
    const QString text =
        u"<h3>"_s + tr("OR Studio").toHtmlEscaped() + u"</h3><p>"_s +
        versionText().toHtmlEscaped() + u"</p><p>"_s +
        tr("A native desktop client for OpenRouter: browse every model, chat and generate "
           "images.")
            .toHtmlEscaped() +
        u"</p><p><a href=\"https://openrouter.ai\">openrouter.ai</a></p>"_s;
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About OR Studio"));
    box.setIconPixmap(Icons::app().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(text);
    box.exec();
}

void MainWindow::saveWindowState() const {
    Settings().setValue(Settings::Key::WindowGeometry, saveGeometry());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace orc
