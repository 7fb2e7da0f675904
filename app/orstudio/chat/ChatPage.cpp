#include "chat/ChatPage.h"

#include "ApiKeyDialog.h"
#include "Icons.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatSession.h"
#include "chat/ChatSettingsPanel.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/ConversationSidebar.h"
#include "chat/ModelPicker.h"
#include "chat/TranscriptView.h"
#include "store/ConversationStore.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/NoticeBanner.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

const QString kLastModelKey = u"chat/lastModel"_s;
const QString kSplitterKey = u"chat/splitter"_s;
const QString kSettingsVisibleKey = u"chat/settingsVisible"_s;

// Whether the transcript must redraw a message it already shows.
bool differs(const StoredMessage &a, const StoredMessage &b) {
    return a.content != b.content || a.reasoning != b.reasoning || a.state != b.state ||
           a.errorText != b.errorText || a.cost != b.cost ||
           a.usage.has_value() != b.usage.has_value() || a.siblingIndex != b.siblingIndex ||
           a.siblingCount != b.siblingCount || a.finishReason != b.finishReason ||
           a.durationMs != b.durationMs || a.model != b.model ||
           a.attachments.size() != b.attachments.size();
}

bool sameIds(const QList<StoredMessage> &a, const QList<StoredMessage> &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id)
            return false;
    }
    return true;
}

} // namespace

ChatPage::ChatPage(OpenRouterClient *client, ConversationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_store(store) {
    setObjectName(u"chatPage"_s);

    buildLayout();
    createActions();
    createSession();
    connectTranscript();

    const QString last = lastModelSetting();
    if (!last.isEmpty()) {
        m_session->setModel(last);
        showModel(last);
    }
    showConversationSettings();
    onThreadChanged();
}

ChatPage::~ChatPage() {
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kSettingsVisibleKey, !m_settings->isHidden());
    // The session stops a streaming reply (kept as stopped) before the page goes.
    m_session->disconnect(this);
    delete m_session;
    m_session = nullptr;
}

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

    const QSettings settings;
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_settings->setVisible(settings.value(kSettingsVisibleKey, false).toBool());

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
            [this](const QString &prompt) { m_session->setSystemPrompt(prompt); });
    connect(m_settings, &ChatSettingsPanel::paramsChanged, this,
            [this](const ChatParams &params) { m_session->setParams(params); });
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

void ChatPage::createSession() {
    auto *session = new ChatSession(m_client, m_store, this);
    m_session = session;
    connect(session, &ChatSession::threadChanged, this, &ChatPage::onThreadChanged);
    connect(session, &ChatSession::busyChanged, this, &ChatPage::onBusyChanged);
    connect(session, &ChatSession::replyDelta, this,
            [this](qint64 id, const QString &content, const QString &reasoning) {
                if (m_retryMessage)
                    clearRetryNotice();
                m_transcript->appendDelta(id, content, reasoning);
            });
    connect(session, &ChatSession::replyFinished, this, &ChatPage::onReplyFinished);
    connect(session, &ChatSession::retrying, this, &ChatPage::onRetrying);
    connect(session, &ChatSession::costChanged, this,
            [this](double total) { m_cost->setText(tr("Total %1").arg(formatCost(total))); });
    m_cost->setText(tr("Total %1").arg(formatCost(0)));
}

void ChatPage::connectTranscript() {
    connect(m_transcript, &TranscriptView::regenerateRequested, this,
            [this](qint64 id, const QString &model) {
                if (!refuseWhileBusy())
                    m_session->regenerate(id, model);
            });
    connect(m_transcript, &TranscriptView::editRequested, this, &ChatPage::onEditRequested);
    connect(m_transcript, &TranscriptView::deleteRequested, this, [this](qint64 id) {
        if (!refuseWhileBusy())
            m_session->deleteMessage(id);
    });
    connect(m_transcript, &TranscriptView::siblingRequested, this, [this](qint64 id, int delta) {
        if (!refuseWhileBusy())
            m_session->switchToSibling(id, delta);
    });
    connect(m_transcript, &TranscriptView::retryRequested, this, &ChatPage::onRetryRequested);
}

// --- models

ModelInfo ChatPage::modelInfo(const QString &id) const {
    const ModelInfo listed = m_picker->modelInfo(id);
    if (listed.isValid())
        return listed;
    return m_model.id() == id ? m_model : ModelInfo();
}

void ChatPage::setModels(const QList<ModelInfo> &models) {
    m_picker->setModels(models);
    const ModelInfo info = m_picker->modelInfo(m_picker->currentModel());
    if (info.isValid())
        m_model = info;
    m_settings->setModel(modelInfo(m_picker->currentModel()));
    updateAttachmentWarning();
    updateEmptyState();
}

void ChatPage::setModel(const ModelInfo &model) {
    if (!model.isValid())
        return;
    m_model = model;
    if (!m_session->isBusy() && !m_session->thread().isEmpty())
        newConversation();
    onModelChosen(model.id());
}

void ChatPage::onModelChosen(const QString &id) {
    if (id.isEmpty())
        return;
    m_session->setModel(id);
    QSettings().setValue(kLastModelKey, id); // the last model the user chose
    showModel(id);
}

void ChatPage::showModel(const QString &id) {
    const ModelInfo info = modelInfo(id);
    m_model = info.isValid() ? info : ModelInfo::fromJson(QJsonObject{{u"id"_s, id}});
    m_picker->setCurrentModel(id);
    m_settings->setModel(info);
    updateAttachmentWarning();
    updateEmptyState();
    updateModelChoices();
}

void ChatPage::updateModelChoices() {
    // "Regenerate with another model" offers the chosen model and the favourites.
    QStringList choices = m_picker->favouriteIds();
    const QString current = m_picker->currentModel();
    if (!current.isEmpty() && !choices.contains(current))
        choices.prepend(current);
    m_transcript->setModelChoices(choices);
}

QString ChatPage::lastModelSetting() {
    return QSettings().value(kLastModelKey).toString();
}

// --- conversations

qint64 ChatPage::conversationId() const {
    return m_session->conversationId();
}

bool ChatPage::refuseWhileBusy() {
    if (!m_session->isBusy())
        return false;
    const QString text = tr("A reply is still streaming. Stop it (Esc) first.");
    m_composer->setStatus(text);
    emit statusMessage(text, 4000);
    QTimer::singleShot(4000, this, [this, text] {
        if (m_composer->statusLabel()->text() == text)
            m_composer->setStatus({});
    });
    return true;
}

bool ChatPage::openConversation(qint64 id) {
    if (id == conversationId() && id)
        return true;
    if (refuseWhileBusy()) {
        m_sidebar->setCurrentConversation(conversationId());
        return false;
    }
    if (!m_session->openConversation(id))
        return false;
    m_composer->cancelEdit();
    if (m_session->model().isEmpty() && !m_picker->currentModel().isEmpty())
        m_session->setModel(m_picker->currentModel());
    else if (!m_session->model().isEmpty())
        showModel(m_session->model());
    showConversationSettings();
    m_sidebar->setCurrentConversation(id);
    return true;
}

bool ChatPage::openSearchHit(qint64 conversationId, qint64 messageId) {
    if (refuseWhileBusy())
        return false;
    const bool inThread = [&] {
        for (const StoredMessage &m : m_store->thread(conversationId)) {
            if (m.id == messageId)
                return true;
        }
        return false;
    }();
    // A hit on another branch: show that branch.
    if (!inThread && messageId)
        m_store->switchBranch(messageId);
    if (conversationId == this->conversationId())
        return m_session->openConversation(conversationId);
    return openConversation(conversationId);
}

bool ChatPage::newConversation() {
    if (refuseWhileBusy())
        return false;
    const QString model = m_picker->currentModel();
    ChatSession *old = m_session;
    old->disconnect(this);
    createSession();
    old->deleteLater();
    if (!model.isEmpty())
        m_session->setModel(model);
    m_composer->cancelEdit();
    m_sidebar->setCurrentConversation(0);
    showConversationSettings();
    onThreadChanged();
    return true;
}

void ChatPage::showConversationSettings() {
    m_settings->setValues(m_session->systemPrompt(), m_session->params());
}

void ChatPage::onThreadChanged() {
    const QList<StoredMessage> &thread = m_session->thread();
    // Deltas still waiting for the transcript's render timer are shown before the final state.
    m_transcript->flushStreamedText();
    if (sameIds(thread, m_shown)) {
        for (qsizetype i = 0; i < thread.size(); ++i) {
            if (differs(thread.at(i), m_shown.at(i)))
                m_transcript->updateMessage(thread.at(i));
        }
    } else {
        m_transcript->setThread(thread);
    }
    m_shown = thread;
    m_stack->setCurrentWidget(thread.isEmpty() ? static_cast<QWidget *>(m_empty)
                                               : static_cast<QWidget *>(m_transcript));
    if (conversationId() != m_sidebar->currentConversation())
        m_sidebar->setCurrentConversation(conversationId());
    else
        m_sidebar->reload();
}

void ChatPage::updateEmptyState() {
    const QString id = m_picker->currentModel();
    if (id.isEmpty()) {
        m_empty->setMessage(tr("Pick a model to start: use the model button above, or browse "
                               "the catalog."));
        m_empty->setDetail({});
        m_empty->setActionText(tr("Open the Model Catalog"));
        return;
    }
    m_empty->setMessage(tr("Model: <b>%1</b>").arg(m_model.displayName().toHtmlEscaped()));
    m_empty->setDetail(id);
    m_empty->setActionText(tr("Pick Another Model"));
}

// --- sending

bool ChatPage::send() {
    const QString text = m_composer->text();
    const QList<ContentPart> attachments = m_composer->attachments();
    if (text.trimmed().isEmpty() && attachments.isEmpty())
        return false;
    if (m_session->isBusy())
        return false;
    if (m_picker->currentModel().isEmpty()) {
        m_composer->setStatus(tr("Choose a model first."));
        m_picker->showPopup();
        return false;
    }
    if (m_client->config().apiKey.isEmpty()) {
        askForKey(); // sends once a key is saved
        return false;
    }
    m_settings->flushPendingPrompt();
    m_keyBanner->hide();
    const qint64 editing = m_composer->editingMessageId();
    const bool ok =
        editing ? m_session->editAndResend(editing, text) : m_session->send(text, attachments);
    if (!ok) {
        m_composer->setStatus(tr("The message could not be saved: %1").arg(m_store->lastError()));
        return false;
    }
    QSettings().setValue(kLastModelKey, m_picker->currentModel());
    m_composer->clear();
    m_composer->setStatus({});
    return true;
}

void ChatPage::stop() {
    m_session->stop();
}

void ChatPage::onBusyChanged(bool busy) {
    m_composer->setBusy(busy);
    m_stopAction->setEnabled(busy);
    if (!busy)
        clearRetryNotice();
    emit busyChanged(busy);
}

void ChatPage::onReplyFinished(const StoredMessage &message) {
    if (message.state == StoredMessage::State::Failed &&
        message.error.value("kind"_L1).toString() == ApiError::kindName(ApiError::Kind::Auth)) {
        m_keyBanner->showNotice(tr("OpenRouter refused the API key. Enter another key, then "
                                   "retry the reply."),
                                true);
    }
    emit replyFinished(message);
}

void ChatPage::onRetryRequested(qint64 messageId) {
    if (refuseWhileBusy())
        return;
    const QList<StoredMessage> &thread = m_session->thread();
    if (!thread.isEmpty() && thread.last().id == messageId)
        m_session->retryLast();
    else
        m_session->regenerate(messageId);
}

void ChatPage::onEditRequested(qint64 messageId) {
    if (refuseWhileBusy())
        return;
    const auto message = m_store->message(messageId);
    if (!message || message->role != "user"_L1)
        return;
    m_composer->beginEdit(messageId, message->content);
}

void ChatPage::updateAttachmentWarning() {
    const ModelInfo info = modelInfo(m_picker->currentModel());
    const QList<ContentPart> parts = m_composer->attachments();
    m_composer->setWarning(info.isValid() && !parts.isEmpty()
                               ? ChatSession::attachmentWarning(info, parts)
                               : QString());
}

// --- retries

void ChatPage::onRetrying(int nextAttempt, int delayMs, const ApiError &reason) {
    m_retryMessage = m_session->streamingMessageId();
    m_composer->showRetry(nextAttempt, delayMs, reason.message);
}

void ChatPage::clearRetryNotice() {
    m_composer->clearRetry();
    if (m_retryMessage)
        m_transcript->setNotice(m_retryMessage, {});
    m_retryMessage = 0;
}

// --- API key

void ChatPage::askForKey() {
    if (m_keyDialog) {
        m_keyDialog->raise();
        m_keyDialog->activateWindow();
        return;
    }
    m_keyDialog = new ApiKeyDialog(this);
    m_keyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_keyDialog, &QDialog::accepted, this, [this] {
        const QString key = m_keyDialog->key();
        if (!ApiKeyDialog::applyKey(m_client, key)) {
            m_composer->setStatus(tr("The key could not be saved in the settings."));
            return;
        }
        m_keyBanner->hide();
        emit apiKeyChanged();
        emit statusMessage(tr("API key saved"), 4000);
        send(); // the message waiting for the key, if any
    });
    m_keyDialog->open();
}

// --- focus and formatting

void ChatPage::focusComposer() {
    m_composer->editor()->setFocus(Qt::ShortcutFocusReason);
}

void ChatPage::focusSearch() {
    m_sidebar->focusSearch();
}

QString ChatPage::formatCost(double dollars) {
    if (dollars <= 0)
        return u"$0"_s;
    const int decimals = dollars >= 1 ? 2 : dollars >= 0.01 ? 4 : 6;
    return u"$"_s + QLocale::c().toString(dollars, 'f', decimals);
}

} // namespace orc
