#pragma once

#include "domain/ChatRequest.h"

#include <QElapsedTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace orc {

class ComposerAttachments;
class ComposerEdit;
class NoticeBanner;

// Where the user writes: the text field (ComposerEdit), attachments (file dialog, drag and
// drop, paste), a warning when the model cannot take them, a status line (retries), and
// Send / Stop. While editing an earlier message a banner says so and offers Cancel.
class Composer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QList<ContentPart> attachments() const;
    void clear(); // text, attachments, error, edit mode

    // Adds files (refusals are listed in the error line); true when all were attached.
    bool addFiles(const QStringList &paths);
    void addImage(const QImage &image, const QString &name = {});
    void chooseFiles(); // file dialog

    void setBusy(bool busy); // Stop replaces Send while a reply streams
    bool isBusy() const { return m_busy; }
    void setSendWithEnter(bool sendWithEnter);
    void setWarning(const QString &text); // empty hides it
    void setStatus(const QString &text);  // empty hides it
    // The cost range of the message about to be sent (ComposerEstimate); empty hides it.
    void setEstimate(const QString &text, const QString &toolTip);
    QLabel *estimateLabel() const { return m_estimate; }
    QString errorText() const;

    // "Rate limited. Retrying in 3 s (attempt 2)…", counting down in the status line; each
    // change is also announced by retryNoticeChanged() (for the transcript).
    void showRetry(int nextAttempt, int delayMs, const QString &reason);
    void clearRetry();
    QString retryNotice() const { return m_retryNotice; }

    // Edit mode: Send resends the edited message as a new branch.
    void beginEdit(qint64 messageId, const QString &text);
    void cancelEdit();
    qint64 editingMessageId() const { return m_editingId; }

    ComposerEdit *editor() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void sendRequested();
    void stopRequested();
    void attachmentsChanged();
    void retryNoticeChanged(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showError(const QString &text);
    void updateSendEnabled();
    void updateRetry();

    ComposerAttachments *m_attachments;
    NoticeBanner *m_warning;
    QFrame *m_editBanner;
    QLabel *m_editLabel;
    ComposerEdit *m_edit;
    QLabel *m_error;
    QLabel *m_status;
    QToolButton *m_attach;
    QLabel *m_estimate;
    QLabel *m_hint;
    QPushButton *m_send;
    QPushButton *m_stop;
    QTimer *m_retryTimer;
    QElapsedTimer m_retryClock;
    int m_retryDelayMs = 0;
    int m_retryAttempt = 0;
    QString m_retryReason;
    QString m_retryNotice;
    qint64 m_editingId = 0;
    bool m_busy = false;
    int m_pasteCount = 0;
};

} // namespace orc
