#include "chat/ChatPage.h"

#include "ApiKeyDialog.h"
#include "Icons.h"
#include "api/OpenRouterClient.h"
#include "chat/ChatSession.h"
#include "chat/ChatSettingsPanel.h"
#include "chat/Composer.h"
#include "chat/ComposerEdit.h"
#include "chat/ComposerEstimate.h"
#include "chat/ConversationSidebar.h"
#include "chat/GenerationCosts.h"
#include "chat/ModelPicker.h"
#include "chat/TranscriptFormat.h"
#include "chat/TranscriptView.h"
#include "store/ConversationStore.h"
#include "store/Settings.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/NoticeBanner.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

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
    , m_store(store)
    , m_costs(new GenerationCosts(client, store, this)) {
    setObjectName(u"chatPage"_s);

    buildLayout();
    createActions();
    createSession();
    connectTranscript();
    // The session reloads a late cost of the conversation it shows; the sidebar's tooltips
    // show every conversation's total.
    connect(m_costs, &GenerationCosts::costStored, this, [this](qint64 conversation) {
        if (conversation != conversationId())
            m_sidebar->reload();
    });

    const QString last = lastModelSetting();
    if (!last.isEmpty()) {
        m_session->setModel(last);
        showModel(last);
    }
    showConversationSettings();
    onThreadChanged();
}

ChatPage::~ChatPage() {
    saveLayout();
    // The session stops a streaming reply (kept as stopped) before the page goes.
    m_session->disconnect(this);
    delete m_session;
    m_session = nullptr;
}

void ChatPage::setLedger(CostLedger *ledger) {
    m_ledger = ledger;
    m_costs->setLedger(ledger);
    if (m_session)
        m_session->setLedger(ledger, LedgerEntry::Origin::App);
}

void ChatPage::createSession() {
    auto *session = new ChatSession(m_client, m_store, this, m_costs);
    m_session = session;
    if (m_ledger)
        session->setLedger(m_ledger, LedgerEntry::Origin::App);
    session->setRoutingProfiles(Settings().routingProfiles());
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
                if (!refuseWhileBusy() && allowedToSend())
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
    connect(m_transcript, &TranscriptView::relaxRequested, this, &ChatPage::onRelaxRequested);
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
    updateEstimateInputs();
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
    Settings().setValue(Settings::Key::LastChatModel, id); // the last model the user chose
    showModel(id);
}

void ChatPage::showModel(const QString &id) {
    const ModelInfo info = modelInfo(id);
    m_model = info.isValid() ? info : ModelInfo::fromJson(QJsonObject{{u"id"_s, id}});
    m_picker->setCurrentModel(id);
    m_settings->setModel(m_model);
    updateAttachmentWarning();
    updateEmptyState();
    updateModelChoices();
    updateEstimateInputs();
}

void ChatPage::updateEstimateInputs() {
    m_estimate->setModel(m_model);
    const std::optional<int> maxTokens = m_session->params().maxTokens;
    m_estimate->setMaxTokens(maxTokens ? std::optional<qint64>(*maxTokens) : std::nullopt);
    m_estimate->setHistory(m_session->thread(), m_session->systemPrompt());
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
    return Settings().string(Settings::Key::LastChatModel);
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
    updateRoutingBadge();
}

void ChatPage::updateRoutingBadge() {
    const RoutingPreferences routing = m_session->resolvedRouting();
    const RoutingProfile *profile =
        RoutingProfile::find(m_session->routingProfiles(), m_session->params().routing.profileId);
    QStringList parts;
    if (routing.isPrivate())
        parts << tr("Private");
    if (profile && profile->id != "default"_L1)
        parts << profile->name;
    m_routingBadge->setText(parts.join(u" · "_s));
    m_routingBadge->setVisible(!parts.isEmpty());
    m_routingBadge->setToolTip(
        routing.isPrivate()
            ? tr("Private routing: only zero-data-retention endpoints of providers that do not "
                 "collect data serve this conversation")
            : tr("The routing profile of this conversation"));
    const QPalette pal = palette();
    m_routingBadge->setStyleSheet(
        u"QLabel#routingBadge { border: 1px solid %1; border-radius: 8px; padding: 1px 8px; }"_s
            .arg(pal.color(QPalette::Highlight).name()));
}

void ChatPage::showFallbackNotices() {
    for (const StoredMessage &m : m_session->thread()) {
        if (m.role != "assistant"_L1 || m.state == StoredMessage::State::Streaming)
            continue;
        if (const auto fallback = m_session->fallbackOf(m.id))
            m_transcript->setNotice(m.id, TranscriptFormat::fallbackNotice(*fallback, m));
    }
}

void ChatPage::onRelaxRequested(qint64 messageId, const QString &constraint) {
    if (refuseWhileBusy())
        return;
    const QList<StoredMessage> &thread = m_session->thread();
    if (thread.isEmpty() || thread.last().id != messageId) {
        m_transcript->setNotice(messageId, tr("Only the last reply can be sent again this way."));
        return;
    }
    if (!m_session->relaxAndRetry(constraint)) {
        m_transcript->setNotice(
            messageId, tr("This conversation's routing does not set that limit; it may come "
                          "from your account's privacy settings on openrouter.ai."));
        return;
    }
    showConversationSettings();
    emit statusMessage(tr("Routing relaxed for this conversation; sending again."), 5000);
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
    updateEstimateInputs();
    showFallbackNotices();
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
    if (!allowedToSend())
        return false;
    m_settings->flushPendingPrompt();
    m_keyBanner->hide();
    // Profiles edited elsewhere (the catalogue pins providers) apply from this message on.
    m_session->setRoutingProfiles(Settings().routingProfiles());
    const qint64 editing = m_composer->editingMessageId();
    const bool ok =
        editing ? m_session->editAndResend(editing, text) : m_session->send(text, attachments);
    if (!ok) {
        m_composer->setStatus(tr("The message could not be saved: %1").arg(m_store->lastError()));
        return false;
    }
    Settings().setValue(Settings::Key::LastChatModel, m_picker->currentModel());
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

bool ChatPage::allowedToSend() const {
    return !m_sendGuard || m_sendGuard();
}

void ChatPage::onRetryRequested(qint64 messageId) {
    if (refuseWhileBusy() || !allowedToSend())
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
