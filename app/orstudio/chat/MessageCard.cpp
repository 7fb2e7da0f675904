#include "chat/MessageCard.h"

#include "Icons.h"
#include "chat/ChatRouting.h"
#include "chat/MarkdownStyle.h"
#include "chat/MarkdownView.h"
#include "chat/TranscriptEntry.h"
#include "chat/TranscriptFormat.h"
#include "chat/TranscriptThumbnails.h"
#include "widgets/WidgetPool.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr int kThumbBox = TranscriptThumbnails::kMaxSide + 8;

void setMuted(QWidget *w, const QPalette &base) {
    QPalette p = base;
    p.setColor(QPalette::WindowText, MarkdownStyle::mix(base.color(QPalette::WindowText),
                                                        base.color(QPalette::Window), 0.4));
    w->setPalette(p);
}

QString badgeSheet(StoredMessage::State state) {
    QString bg, fg;
    switch (state) {
    case StoredMessage::State::Failed:
        bg = u"#fde2e1"_s;
        fg = u"#a4161a"_s;
        break;
    case StoredMessage::State::Stopped:
    case StoredMessage::State::Interrupted:
        bg = u"#fff1c2"_s;
        fg = u"#7a5300"_s;
        break;
    case StoredMessage::State::Streaming:
        bg = u"#dbeafe"_s;
        fg = u"#1e4fa3"_s;
        break;
    case StoredMessage::State::Complete:
        return {};
    }
    return u"QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }"_s.arg(bg,
                                                                                                fg);
}

} // namespace

MessageCard::MessageCard(TranscriptThumbnails *thumbnails, const QStringList *modelChoices,
                         QWidget *parent)
    : QFrame(parent)
    , m_thumbnails(thumbnails)
    , m_modelChoices(modelChoices)
    , m_role(new QLabel(this))
    , m_model(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_prev(new QToolButton(this))
    , m_siblingLabel(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_attachments(new QWidget(this))
    , m_attachmentLayout(new QHBoxLayout(m_attachments))
    , m_reasoningToggle(new QToolButton(this))
    , m_reasoningView(new MarkdownView(this))
    , m_body(new MarkdownView(this))
    , m_errorBox(new QFrame(this))
    , m_errorLabel(new QLabel(m_errorBox))
    , m_retry(new QPushButton(Icons::action(u"refresh"_s), tr("Retry"), m_errorBox))
    , m_relax(new QPushButton(m_errorBox))
    , m_notice(new QLabel(this))
    , m_stats(new QLabel(this))
    , m_regenerate(actionButton(tr("Regenerate"), u"regenerateButton"_s))
    , m_regenerateMenu(new QMenu(this))
    , m_edit(actionButton(tr("Edit"), u"editButton"_s))
    , m_delete(actionButton(tr("Delete"), u"deleteButton"_s))
    , m_copy(actionButton(tr("Copy"), u"copyButton"_s))
    , m_copyMenu(new QMenu(this)) {
    setObjectName(u"messageCard"_s);
    setFrameShape(QFrame::NoFrame);
    // A growing card (a streaming reply) repaints only its new strip, see resizeEvent().
    setAttribute(Qt::WA_StaticContents);
    m_role->setObjectName(u"messageRole"_s);
    m_model->setObjectName(u"messageModel"_s);
    m_badge->setObjectName(u"messageBadge"_s);
    m_prev->setObjectName(u"previousSibling"_s);
    m_siblingLabel->setObjectName(u"siblingLabel"_s);
    m_next->setObjectName(u"nextSibling"_s);
    m_reasoningToggle->setObjectName(u"reasoningToggle"_s);
    m_reasoningView->setObjectName(u"reasoningView"_s);
    m_body->setObjectName(u"messageBody"_s);
    m_errorBox->setObjectName(u"messageError"_s);
    m_errorLabel->setObjectName(u"messageErrorText"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_notice->setObjectName(u"messageNotice"_s);
    m_stats->setObjectName(u"messageStats"_s);

    QFont bold = m_role->font();
    bold.setBold(true);
    m_role->setFont(bold);
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setWordWrap(true);
    QFont italic = m_notice->font();
    italic.setItalic(true);
    m_notice->setFont(italic);

    m_prev->setText(u"‹"_s);
    m_next->setText(u"›"_s);
    for (QToolButton *b : {m_prev, m_next}) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_prev->setToolTip(tr("Previous version"));
    m_next->setToolTip(tr("Next version"));
    connect(m_prev, &QToolButton::clicked, this, [this] { emit siblingRequested(id(), -1); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit siblingRequested(id(), +1); });

    m_attachmentLayout->setContentsMargins(0, 0, 0, 0);
    m_attachmentLayout->setSpacing(6);
    m_attachmentLayout->addStretch(1);

    m_reasoningToggle->setAutoRaise(true);
    m_reasoningToggle->setCheckable(true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setIcon(Icons::action(u"reasoning"_s));
    connect(m_reasoningToggle, &QToolButton::clicked, this, [this](bool checked) {
        if (!m_entry)
            return;
        m_entry->reasoningExpanded = checked;
        m_reasoningView->setVisible(checked);
        updateReasoningToggle();
        emit heightChanged();
    });

    m_errorBox->setAutoFillBackground(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::RichText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *errorIcon = new QLabel(m_errorBox);
    errorIcon->setPixmap(Icons::action(u"warning"_s).pixmap(18, 18));
    auto *errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(10, 8, 10, 8);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    // The buttons go under the message, so a narrow card keeps the message readable.
    auto *errorText = new QVBoxLayout;
    errorText->addWidget(m_errorLabel);
    auto *errorButtons = new QHBoxLayout;
    errorButtons->addWidget(m_retry);
    errorButtons->addWidget(m_relax);
    errorButtons->addStretch(1);
    errorText->addLayout(errorButtons);
    errorLayout->addLayout(errorText, 1);
    connect(m_retry, &QPushButton::clicked, this, [this] { emit retryRequested(id()); });
    m_relax->setObjectName(u"relaxButton"_s);
    m_relax->setToolTip(tr("Lift the routing limit that excluded every provider, for this "
                           "conversation, and send again"));
    connect(m_relax, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit relaxRequested(id(), TranscriptFormat::noEndpointConstraint(m_entry->message));
    });

    m_regenerate->setIcon(Icons::action(u"refresh"_s));
    m_regenerate->setPopupMode(QToolButton::MenuButtonPopup);
    m_regenerate->setMenu(m_regenerateMenu);
    m_regenerate->setToolTip(tr("Regenerate this reply (the menu offers another model)"));
    connect(m_regenerate, &QToolButton::clicked, this,
            [this] { emit regenerateRequested(id(), QString()); });
    connect(m_regenerateMenu, &QMenu::aboutToShow, this, &MessageCard::fillRegenerateMenu);
    m_edit->setToolTip(tr("Edit this message and send it again (the current branch is kept)"));
    connect(m_edit, &QToolButton::clicked, this, [this] { emit editRequested(id()); });
    m_delete->setToolTip(tr("Delete this message"));
    connect(m_delete, &QToolButton::clicked, this, [this] { emit deleteRequested(id()); });
    m_copy->setIcon(Icons::action(u"copy"_s));
    m_copy->setPopupMode(QToolButton::MenuButtonPopup);
    m_copy->setMenu(m_copyMenu);
    m_copy->setToolTip(tr("Copy as Markdown (the menu offers plain text)"));
    m_copyMenu->addAction(tr("Copy as Markdown"), this, &MessageCard::copyAsMarkdown);
    m_copyMenu->addAction(tr("Copy as plain text"), this, &MessageCard::copyAsPlainText);
    connect(m_copy, &QToolButton::clicked, this, &MessageCard::copyAsMarkdown);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_role);
    header->addWidget(m_model);
    header->addWidget(m_badge);
    header->addStretch(1);
    header->addWidget(m_prev);
    header->addWidget(m_siblingLabel);
    header->addWidget(m_next);

    auto *footer = new QHBoxLayout;
    footer->setSpacing(2);
    footer->addWidget(m_stats, 1);
    footer->addWidget(m_regenerate);
    footer->addWidget(m_edit);
    footer->addWidget(m_delete);
    footer->addWidget(m_copy);

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(14, 10, 14, 8);
    root->setSpacing(6);
    root->addLayout(header);
    root->addWidget(m_attachments);
    root->addWidget(m_reasoningToggle, 0, Qt::AlignLeft);
    root->addWidget(m_reasoningView);
    root->addWidget(m_body);
    root->addWidget(m_errorBox);
    root->addWidget(m_notice);
    root->addLayout(footer);
    applyPalette();
}

void MessageCard::applyPalette() {
    const QPalette base = palette();
    setMuted(m_model, base);
    setMuted(m_stats, base);
    setMuted(m_notice, base);
    const bool dark = base.color(QPalette::Base).lightnessF() < 0.5;
    QPalette warn = base;
    warn.setColor(QPalette::Window, dark ? QColor(0x4a, 0x22, 0x22) : QColor(0xfd, 0xec, 0xea));
    warn.setColor(QPalette::WindowText, dark ? QColor(0xf6, 0xd5, 0xd5) : QColor(0x5c, 0x12, 0x12));
    m_errorBox->setPalette(warn);
}

void MessageCard::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

MessageCard::~MessageCard() = default;

QToolButton *MessageCard::actionButton(const QString &text, const QString &objectName) {
    auto *b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setText(text);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

qint64 MessageCard::id() const {
    return m_entry ? m_entry->message.id : 0;
}

void MessageCard::bind(TranscriptEntry *entry) {
    m_entry = entry;
    if (!entry) {
        m_body->setDocument(nullptr);
        m_reasoningView->setDocument(nullptr);
        return;
    }
    m_body->setDocument(entry->body);
    m_reasoningView->setDocument(entry->reasoning);
    refresh();
}

void MessageCard::refresh() {
    if (!m_entry)
        return;
    const StoredMessage &m = m_entry->message;
    const bool user = m_entry->isUser();
    const bool streaming = m_entry->isStreaming();

    m_role->setText(TranscriptFormat::roleTitle(m.role));
    const QString model = user ? QString() : TranscriptFormat::modelLine(m);
    m_model->setText(model);
    m_model->setVisible(!model.isEmpty());
    const QString badge = TranscriptFormat::stateBadge(m.state);
    if (m_badge->text() != badge) {
        m_badge->setText(badge);
        m_badge->setStyleSheet(badgeSheet(m.state));
    }
    m_badge->setVisible(!badge.isEmpty());

    const bool branches = m.siblingCount > 1;
    m_prev->setVisible(branches);
    m_next->setVisible(branches);
    m_siblingLabel->setVisible(branches);
    if (branches) {
        m_siblingLabel->setText(u"%1/%2"_s.arg(m.siblingIndex + 1).arg(m.siblingCount));
        m_prev->setEnabled(m.siblingIndex > 0);
        m_next->setEnabled(m.siblingIndex + 1 < m.siblingCount);
    }

    refreshThumbnails();

    const bool reasoning = m_entry->reasoning && !m.reasoning.isEmpty();
    m_reasoningToggle->setVisible(reasoning);
    m_reasoningView->setVisible(reasoning && m_entry->reasoningShown());
    if (m_reasoningView->document() != m_entry->reasoning.get())
        m_reasoningView->setDocument(m_entry->reasoning);
    else
        m_reasoningView->documentChanged();
    updateReasoningToggle();

    if (m_body->document() != m_entry->body.get())
        m_body->setDocument(m_entry->body);
    else
        m_body->documentChanged();
    m_body->setVisible(!m.content.isEmpty());

    const bool failed = m.state == StoredMessage::State::Failed;
    const bool interrupted = m.state == StoredMessage::State::Interrupted;
    QString error = TranscriptFormat::errorHtml(m);
    if (error.isEmpty() && interrupted)
        error =
            tr("The app closed before this reply finished; what arrived is kept.").toHtmlEscaped();
    if (error.isEmpty() && failed)
        error = tr("The reply failed.").toHtmlEscaped();
    m_errorBox->setVisible(!error.isEmpty());
    if (m_errorLabel->text() != error)
        m_errorLabel->setText(error);
    m_retry->setVisible(!user && (failed || interrupted));
    const QString relax =
        failed ? ChatRouting::relaxLabel(TranscriptFormat::noEndpointConstraint(m)) : QString();
    m_relax->setText(relax);
    m_relax->setVisible(!relax.isEmpty());

    m_notice->setText(m_entry->notice);
    m_notice->setVisible(!m_entry->notice.isEmpty());

    const QString stats = user || streaming ? QString() : TranscriptFormat::statsLine(m);
    m_stats->setText(stats);

    m_regenerate->setVisible(!user && !streaming);
    m_edit->setVisible(user && !streaming);
    m_delete->setVisible(!streaming);
    m_copy->setVisible(!m.content.isEmpty());
    layout()->invalidate();
}

void MessageCard::updateReasoningToggle() {
    if (!m_entry)
        return;
    const bool shown = m_entry->reasoningShown();
    m_reasoningToggle->setChecked(shown);
    m_reasoningToggle->setText(m_entry->isStreaming() && m_entry->message.content.isEmpty()
                                   ? tr("Thinking…")
                                   : (shown ? tr("Hide reasoning") : tr("Show reasoning")));
}

void MessageCard::refreshThumbnails() {
    if (!m_entry)
        return;
    const QList<ContentPart> &parts = m_entry->message.attachments;
    int used = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const ContentPart &part = parts[i];
        if (part.type == ContentPart::Type::Text)
            continue;
        QLabel *label = pooledWidget(m_attachmentLabels, used, [this] {
            auto *label = new QLabel(m_attachments);
            label->setObjectName(u"attachment"_s);
            label->setAlignment(Qt::AlignCenter);
            label->setFrameShape(QFrame::StyledPanel);
            label->setWordWrap(true);
            m_attachmentLayout->insertWidget(m_attachmentLabels.size(), label);
            return label;
        });
        label->show();
        if (part.type == ContentPart::Type::Image) {
            label->setFixedSize(kThumbBox, kThumbBox);
            QImage image;
            TranscriptThumbnails::Status status = TranscriptThumbnails::Status::Failed;
            if (part.url.startsWith("data:"_L1, Qt::CaseInsensitive))
                status = m_thumbnails->thumbnail(m_entry->message.id, i, part.url, &image);
            if (status == TranscriptThumbnails::Status::Ready) {
                label->setPixmap(QPixmap::fromImage(image));
                label->setToolTip(tr("Image"));
            } else {
                label->setPixmap(QPixmap());
                label->setText(
                    status == TranscriptThumbnails::Status::Pending
                        ? tr("Loading…")
                        : (part.url.startsWith("http"_L1) ? part.url.left(60) : tr("Image")));
                label->setToolTip(part.url.startsWith("data:"_L1) ? QString() : part.url);
            }
        } else {
            label->setMinimumSize(0, 0);
            label->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
            label->setPixmap(QPixmap());
            QString text;
            if (part.type == ContentPart::Type::File)
                text = part.filename.isEmpty() ? tr("File") : part.filename;
            else
                text = tr("Audio (%1)").arg(part.audioFormat);
            label->setText(u"  "_s + text + u"  "_s);
            label->setToolTip(text);
        }
    }
    hideUnused(m_attachmentLabels, used);
    m_attachments->setVisible(used > 0);
}

QList<QLabel *> MessageCard::attachmentLabels() const {
    return shownWidgets(m_attachmentLabels);
}

int MessageCard::heightFor(int width) const {
    layout()->invalidate();
    return layout()->totalHeightForWidth(width);
}

void MessageCard::copyAsMarkdown() {
    if (m_entry)
        QGuiApplication::clipboard()->setText(m_entry->message.content);
}

void MessageCard::copyAsPlainText() {
    if (!m_entry)
        return;
    if (m_entry->body)
        QGuiApplication::clipboard()->setText(m_entry->body->toPlainText());
    else
        QGuiApplication::clipboard()->setText(m_entry->message.content);
}

void MessageCard::fillRegenerateMenu() {
    m_regenerateMenu->clear();
    const qint64 messageId = id();
    const QString current = m_entry ? m_entry->message.model : QString();
    m_regenerateMenu->addAction(tr("With the same model"), this,
                                [this, messageId] { emit regenerateRequested(messageId, {}); });
    QStringList others;
    if (m_modelChoices) {
        for (const QString &model : *m_modelChoices) {
            if (model != current && !others.contains(model))
                others << model;
            if (others.size() >= 8)
                break;
        }
    }
    if (!others.isEmpty())
        m_regenerateMenu->addSection(tr("With another model"));
    for (const QString &model : std::as_const(others))
        m_regenerateMenu->addAction(
            model, this, [this, messageId, model] { emit regenerateRequested(messageId, model); });
    m_regenerateMenu->addSeparator();
    m_regenerateMenu->addAction(tr("Another model…"), this, &MessageCard::regenerateWithOtherModel);
}

void MessageCard::regenerateWithOtherModel() {
    const qint64 messageId = id();
    if (!messageId)
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(u"regenerateModelDialog"_s);
    dialog.setWindowTitle(tr("Regenerate with another model"));
    dialog.setLabelText(tr("Model id (type one or pick a recent one):"));
    dialog.setComboBoxEditable(true);
    QStringList items = m_modelChoices ? *m_modelChoices : QStringList();
    dialog.setComboBoxItems(items);
    dialog.setTextValue(m_entry ? m_entry->message.model : QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString model = dialog.textValue().trimmed();
    if (!model.isEmpty())
        emit regenerateRequested(messageId, model);
}

void MessageCard::resizeEvent(QResizeEvent *event) {
    QFrame::resizeEvent(event);
    // User cards paint a rounded background that depends on the whole size.
    if (event->oldSize().width() != width() || (m_entry && m_entry->isUser()))
        update();
}

void MessageCard::paintEvent(QPaintEvent *event) {
    QFrame::paintEvent(event);
    if (!m_entry || !m_entry->isUser())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    const QPalette &pal = palette();
    p.fillPath(path,
               MarkdownStyle::mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.09));
}

} // namespace orc
