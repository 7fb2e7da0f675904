#include "chat/Composer.h"

#include "Icons.h"
#include "chat/ComposerAttachments.h"
#include "chat/ComposerEdit.h"
#include "widgets/Named.h"
#include "widgets/NoticeBanner.h"
#include "widgets/RetryNotice.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_attachments(new ComposerAttachments(this))
    , m_warning(named(new NoticeBanner(this), u"attachmentWarning"_s))
    , m_editBanner(named(new QFrame(this), u"editBanner"_s))
    , m_editLabel(new QLabel(m_editBanner))
    , m_edit(new ComposerEdit(this))
    , m_error(named(new QLabel(this), u"composerError"_s))
    , m_status(named(new QLabel(this), u"composerStatus"_s))
    , m_attach(named(new QToolButton(this), u"attachButton"_s))
    , m_estimate(named(new QLabel(this), u"composerEstimate"_s))
    , m_hint(new QLabel(this))
    , m_send(named(new QPushButton(tr("Send"), this), u"sendButton"_s))
    , m_stop(named(new QPushButton(tr("Stop"), this), u"stopButton"_s))
    , m_retryTimer(new QTimer(this)) {
    setObjectName(u"composer"_s);
    setAcceptDrops(true);

    m_attach->setIcon(Icons::action(u"attach"_s));
    m_attach->setAutoRaise(true);
    m_attach->setToolTip(tr("Attach images or PDFs (you can also drop or paste them)"));
    m_send->setIcon(Icons::action(u"send"_s));
    m_stop->setIcon(Icons::action(u"stop"_s));
    m_send->setDefault(false);
    m_stop->setToolTip(tr("Stop the reply (Esc); what arrived so far is kept"));
    m_stop->hide();
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(176, 32, 32));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->hide();

    m_editBanner->setFrameShape(QFrame::StyledPanel);
    auto *cancelEditButton = new QPushButton(tr("Cancel Edit"), m_editBanner);
    cancelEditButton->setObjectName(u"cancelEdit"_s);
    m_editLabel->setWordWrap(true);
    auto *editLayout = new QHBoxLayout(m_editBanner);
    editLayout->setContentsMargins(8, 4, 8, 4);
    editLayout->addWidget(m_editLabel, 1);
    editLayout->addWidget(cancelEditButton);
    m_editBanner->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_status, 1);
    buttons->addStretch();
    buttons->addWidget(m_estimate);
    buttons->addWidget(m_hint);
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_warning);
    layout->addWidget(m_editBanner);
    layout->addWidget(m_attachments);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_edit, &ComposerEdit::submitRequested, this, [this] {
        if (!m_busy)
            emit sendRequested();
    });
    connect(m_edit, &ComposerEdit::imagePasted, this,
            [this](const QImage &image) { addImage(image); });
    connect(m_edit, &ComposerEdit::filesDropped, this, &Composer::addFiles);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::updateSendEnabled);
    connect(m_attachments, &ComposerAttachments::changed, this, [this] {
        updateSendEnabled();
        emit attachmentsChanged();
    });
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(m_send, &QPushButton::clicked, this, &Composer::sendRequested);
    connect(m_stop, &QPushButton::clicked, this, &Composer::stopRequested);
    connect(cancelEditButton, &QPushButton::clicked, this, &Composer::cancelEdit);

    m_retryTimer->setInterval(250);
    connect(m_retryTimer, &QTimer::timeout, this, &Composer::updateRetry);

    setSendWithEnter(false);
    updateSendEnabled();
}

QString Composer::text() const {
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text) {
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

QList<ContentPart> Composer::attachments() const {
    return m_attachments->parts();
}

void Composer::clear() {
    m_edit->clear();
    m_attachments->clear();
    showError({});
    if (m_editingId)
        cancelEdit();
}

bool Composer::addFiles(const QStringList &paths) {
    if (m_editingId) {
        showError(tr("An edited message keeps its attachments; cancel the edit to attach "
                     "files."));
        return false;
    }
    QStringList errors;
    for (const QString &path : paths) {
        QString error;
        if (!m_attachments->addFile(path, &error))
            errors << error;
    }
    showError(errors.join(u'\n'));
    return errors.isEmpty();
}

void Composer::addImage(const QImage &image, const QString &name) {
    if (m_editingId) {
        showError(tr("An edited message keeps its attachments; cancel the edit to attach "
                     "images."));
        return;
    }
    ++m_pasteCount;
    m_attachments->addImage(image,
                            name.isEmpty() ? tr("pasted-image-%1.png").arg(m_pasteCount) : name);
    showError({});
}

void Composer::chooseFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach Files"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
    m_edit->setFocus();
}

void Composer::setBusy(bool busy) {
    m_busy = busy;
    m_send->setVisible(!busy);
    m_stop->setVisible(busy);
    updateSendEnabled();
}

void Composer::setSendWithEnter(bool sendWithEnter) {
    m_edit->setSendWithEnter(sendWithEnter);
    m_hint->setText(sendWithEnter ? tr("Enter to send") : tr("Ctrl+Enter to send"));
}

void Composer::setWarning(const QString &text) {
    if (text.isEmpty())
        m_warning->hide();
    else
        m_warning->showNotice(text.toHtmlEscaped(), false);
}

void Composer::setEstimate(const QString &text, const QString &toolTip) {
    m_estimate->setText(text);
    m_estimate->setToolTip(toolTip);
    m_estimate->setVisible(!text.isEmpty());
}

void Composer::setStatus(const QString &text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString Composer::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void Composer::showRetry(int nextAttempt, int delayMs, const QString &reason) {
    m_retryAttempt = nextAttempt;
    m_retryDelayMs = delayMs;
    m_retryReason = reason;
    m_retryClock.start();
    m_retryTimer->start();
    updateRetry();
}

void Composer::updateRetry() {
    const qint64 left = m_retryDelayMs - m_retryClock.elapsed();
    const QString text = RetryNotice::text(m_retryReason, m_retryAttempt, left);
    if (left <= 0)
        m_retryTimer->stop();
    if (text == m_retryNotice)
        return;
    m_retryNotice = text;
    setStatus(text);
    emit retryNoticeChanged(text);
}

void Composer::clearRetry() {
    m_retryTimer->stop();
    if (m_retryNotice.isEmpty())
        return;
    m_retryNotice.clear();
    setStatus({});
    emit retryNoticeChanged({});
}

void Composer::showError(const QString &text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void Composer::beginEdit(qint64 messageId, const QString &text) {
    m_editingId = messageId;
    m_attachments->clear(); // an edit keeps the original message's attachments
    m_attach->setEnabled(false);
    m_editLabel->setText(tr("Editing an earlier message. Sending starts a new branch; the "
                            "old one stays available."));
    m_editBanner->show();
    m_send->setText(tr("Send Edit"));
    setText(text);
    m_edit->setFocus();
}

void Composer::cancelEdit() {
    const bool wasEditing = m_editingId != 0;
    m_editingId = 0;
    m_editBanner->hide();
    m_attach->setEnabled(true);
    m_send->setText(tr("Send"));
    if (wasEditing)
        m_edit->clear();
}

void Composer::updateSendEnabled() {
    m_send->setEnabled(!m_busy && (!text().trimmed().isEmpty() || m_attachments->count() > 0));
}

void Composer::dragEnterEvent(QDragEnterEvent *event) {
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event) {
    const QMimeData *mime = event->mimeData();
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        addFiles(files);
        event->acceptProposedAction();
    } else if (mime->hasImage()) {
        addImage(qvariant_cast<QImage>(mime->imageData()));
        event->acceptProposedAction();
    }
}

} // namespace orc
