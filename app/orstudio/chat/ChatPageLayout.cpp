// ChatPage's widgets and actions: built once by the constructor, their splitter sizes and
// settings-panel visibility kept across runs. The behaviour is in ChatPage.cpp.
#include "chat/ChatPage.h"

#include "Icons.h"
#include "chat/ChatSession.h"
#include "chat/ChatSettingsPanel.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/ComposerEstimate.h"
#include "chat/ConversationSidebar.h"
#include "chat/ModelPicker.h"
#include "chat/TranscriptView.h"
#include "store/Settings.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/NoticeBanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

void ChatPage::buildLayout() {
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"chatSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_sidebar = new ConversationSidebar(m_store, m_splitter);

    auto *center = new QWidget(m_splitter);
    m_picker = new ModelPicker(center);
    m_cost = new QLabel(center);
    m_cost->setObjectName(u"conversationCost"_s);
    m_cost->setToolTip(tr("What this conversation has cost so far"));
    m_settingsButton = new QToolButton(center);
    m_settingsButton->setObjectName(u"settingsButton"_s);
    m_moreButton = new QToolButton(center);
    m_moreButton->setObjectName(u"moreButton"_s);
    m_moreButton->setIcon(Icons::action(u"more"_s));
    m_moreButton->setToolTip(tr("Export or import conversations"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setAutoRaise(true);
    m_moreButton->setStyleSheet(u"QToolButton::menu-indicator { image: none; }"_s);
    m_settingsButton->setAutoRaise(true);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    header->addWidget(m_picker);
    m_routingBadge = new QLabel(center);
    m_routingBadge->setObjectName(u"routingBadge"_s);
    header->addWidget(m_routingBadge);
    header->addStretch(1);
    header->addWidget(m_cost);
    header->addWidget(m_settingsButton);
    header->addWidget(m_moreButton);

    m_keyBanner = new NoticeBanner(center);
    m_keyBanner->setObjectName(u"keyBanner"_s);
    m_keyBanner->retryButton()->setText(tr("Enter API Key…"));
    m_keyBanner->retryButton()->setIcon(Icons::action(u"key"_s));
    connect(m_keyBanner, &NoticeBanner::retryRequested, this, &ChatPage::askForKey);

    m_stack = new QStackedWidget(center);
    m_empty = new EmptyStateWidget(m_stack);
    m_empty->setIcon(Icons::action(u"chat"_s));
    m_empty->setTitle(tr("Chat"));
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &ChatPage::catalogRequested);
    m_transcript = new TranscriptView(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_transcript);

    m_composer = new Composer(center);
    m_estimate = new ComposerEstimate(m_composer, this);
    auto *vertical = new QSplitter(Qt::Vertical, center);
    vertical->setObjectName(u"composerSplitter"_s);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_stack);
    vertical->addWidget(m_composer);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);

    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(4);
    centerLayout->addLayout(header);
    centerLayout->addWidget(m_keyBanner);
    centerLayout->addWidget(vertical, 1);

    m_settings = new ChatSettingsPanel(m_splitter);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_settings);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({240, 760, 280});

    const Settings settings;
    m_splitter->restoreState(settings.bytes(Settings::Key::ChatSplitter));
    m_settings->setVisible(settings.flag(Settings::Key::ChatSettingsVisible));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_composer->setSendWithEnter(m_settings->sendWithEnter());
    connect(m_settings, &ChatSettingsPanel::sendWithEnterChanged, m_composer,
            &Composer::setSendWithEnter);
    connect(m_composer, &Composer::sendRequested, this, &ChatPage::send);
    connect(m_composer, &Composer::stopRequested, this, &ChatPage::stop);
    connect(m_composer, &Composer::attachmentsChanged, this, &ChatPage::updateAttachmentWarning);
    connect(m_composer, &Composer::retryNoticeChanged, this, [this](const QString &text) {
        if (m_retryMessage)
            m_transcript->setNotice(m_retryMessage, text);
    });
    connect(m_picker, &ModelPicker::modelChosen, this, &ChatPage::onModelChosen);
    connect(m_picker, &ModelPicker::listChanged, this, &ChatPage::updateModelChoices);
    connect(m_sidebar, &ConversationSidebar::conversationActivated, this,
            &ChatPage::openConversation);
    connect(m_sidebar, &ConversationSidebar::searchHitActivated, this, &ChatPage::openSearchHit);
    connect(m_sidebar, &ConversationSidebar::newConversationRequested, this,
            &ChatPage::newConversation);
    connect(m_sidebar, &ConversationSidebar::conversationImported, this,
            &ChatPage::openConversation);
    connect(m_sidebar, &ConversationSidebar::conversationDeleted, this, [this](qint64 id) {
        if (id == conversationId()) {
            if (m_session->isBusy())
                m_session->stop();
            newConversation();
        }
    });
    connect(m_sidebar, &ConversationSidebar::conversationRestored, this,
            [this](qint64 id) { openConversation(id); });
    connect(m_settings, &ChatSettingsPanel::systemPromptChanged, this,
            [this](const QString &prompt) {
                m_session->setSystemPrompt(prompt);
                updateEstimateInputs();
            });
    connect(m_settings, &ChatSettingsPanel::paramsChanged, this, [this](const ChatParams &params) {
        m_session->setParams(params);
        updateRoutingBadge();
        updateEstimateInputs();
    });
}

void ChatPage::createActions() {
    m_newChatAction = new QAction(Icons::action(u"plus"_s), tr("&New Chat"), this);
    m_newChatAction->setObjectName(u"newChatAction"_s);
    m_newChatAction->setShortcut(QKeySequence::New);
    connect(m_newChatAction, &QAction::triggered, this, [this] {
        if (newConversation())
            QTimer::singleShot(0, this, &ChatPage::focusComposer);
    });

    m_searchAction = new QAction(Icons::action(u"search"_s), tr("&Search Conversations"), this);
    m_searchAction->setObjectName(u"searchConversationsAction"_s);
    m_searchAction->setShortcut(
        QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_F));
    connect(m_searchAction, &QAction::triggered, this,
            [this] { QTimer::singleShot(0, this, &ChatPage::focusSearch); });

    m_stopAction = new QAction(Icons::action(u"stop"_s), tr("S&top Reply"), this);
    m_stopAction->setObjectName(u"stopAction"_s);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &ChatPage::stop);

    m_exportAction = new QAction(tr("&Export Conversation…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        m_sidebar->exportWithDialog(conversationId(), ConversationSidebar::Markdown);
    });
    m_importAction = new QAction(tr("&Import Conversation…"), this);
    m_importAction->setObjectName(u"importAction"_s);
    connect(m_importAction, &QAction::triggered, m_sidebar, &ConversationSidebar::importWithDialog);

    m_settingsAction = new QAction(Icons::action(u"sliders"_s), tr("Conversation &Settings"), this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setCheckable(true);
    m_settingsAction->setChecked(!m_settings->isHidden());
    m_settingsAction->setToolTip(tr("System prompt, parameters and presets"));
    connect(m_settingsAction, &QAction::toggled, m_settings, &QWidget::setVisible);
    m_settingsButton->setDefaultAction(m_settingsAction);

    auto *menu = new QMenu(m_moreButton);
    QAction *exportJson = menu->addAction(tr("Export as &JSON…"), this, [this] {
        m_sidebar->exportWithDialog(conversationId(), ConversationSidebar::Json);
    });
    QAction *exportMarkdown = menu->addAction(tr("Export as &Markdown…"), this, [this] {
        m_sidebar->exportWithDialog(conversationId(), ConversationSidebar::Markdown);
    });
    menu->addSeparator();
    menu->addAction(m_importAction);
    connect(menu, &QMenu::aboutToShow, this, [this, exportJson, exportMarkdown] {
        exportJson->setEnabled(conversationId() != 0);
        exportMarkdown->setEnabled(conversationId() != 0);
    });
    m_moreButton->setMenu(menu);

    addActions({m_newChatAction, m_searchAction, m_stopAction});
}

void ChatPage::saveLayout() const {
    Settings settings;
    settings.setValue(Settings::Key::ChatSplitter, m_splitter->saveState());
    settings.setValue(Settings::Key::ChatSettingsVisible, !m_settings->isHidden());
}

} // namespace orc
