#pragma once

#include <QFrame>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QHBoxLayout;

namespace orc {

class MarkdownView;
class TranscriptThumbnails;
struct TranscriptEntry;

// One message of the transcript: role, model and state badge, the "< 2/3 >" branch switcher,
// attachment thumbnails, the collapsible reasoning, the rendered body, an inline error with
// Retry (and, when no provider matched the routing, a button that lifts that limit), a notice
// line, the statistics line and the actions (regenerate with the same or another
// model, edit, delete, copy as Markdown or plain text). TranscriptView keeps only the cards on
// screen and rebinds them to other messages as the user scrolls.
class MessageCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageCard)
public:
    MessageCard(TranscriptThumbnails *thumbnails, const QStringList *modelChoices,
                QWidget *parent = nullptr);
    ~MessageCard() override;

    // Shows `entry` (its documents must be rendered); nullptr detaches the card.
    void bind(TranscriptEntry *entry);
    TranscriptEntry *entry() const { return m_entry; }
    // Re-reads everything from the entry (after a message update or streamed text).
    void refresh();
    void refreshThumbnails();
    int heightFor(int width) const;

    // Parts, for tests and for TranscriptView.
    MarkdownView *body() const { return m_body; }
    MarkdownView *reasoningView() const { return m_reasoningView; }
    QToolButton *reasoningToggle() const { return m_reasoningToggle; }
    QLabel *badge() const { return m_badge; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *relaxButton() const { return m_relax; } // "no endpoint": lift the constraint
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *statsLabel() const { return m_stats; }
    QLabel *siblingLabel() const { return m_siblingLabel; }
    QToolButton *previousSiblingButton() const { return m_prev; }
    QToolButton *nextSiblingButton() const { return m_next; }
    QToolButton *regenerateButton() const { return m_regenerate; }
    QMenu *regenerateMenu() const { return m_regenerateMenu; }
    QToolButton *editButton() const { return m_edit; }
    QToolButton *deleteButton() const { return m_delete; }
    QToolButton *copyButton() const { return m_copy; }
    QMenu *copyMenu() const { return m_copyMenu; }
    QList<QLabel *> attachmentLabels() const;

    void copyAsMarkdown();
    void copyAsPlainText();
    // Asks for a model id (typed, or picked from the known ones) and requests a regeneration.
    void regenerateWithOtherModel();

signals:
    void regenerateRequested(qint64 messageId, const QString &model);
    void editRequested(qint64 messageId);
    void deleteRequested(qint64 messageId);
    void siblingRequested(qint64 messageId, int delta);
    void retryRequested(qint64 messageId);
    // The reply failed because no endpoint satisfied `constraint` (ApiError::constraint).
    void relaxRequested(qint64 messageId, const QString &constraint);
    void heightChanged(); // the user expanded or collapsed the reasoning

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    qint64 id() const;
    void applyPalette(); // muted labels and the error box, for light and dark themes
    void fillRegenerateMenu();
    void updateReasoningToggle();
    QToolButton *actionButton(const QString &text, const QString &objectName);

    TranscriptThumbnails *m_thumbnails;
    const QStringList *m_modelChoices;
    TranscriptEntry *m_entry = nullptr;

    QLabel *m_role;
    QLabel *m_model;
    QLabel *m_badge;
    QToolButton *m_prev;
    QLabel *m_siblingLabel;
    QToolButton *m_next;
    QWidget *m_attachments;
    QHBoxLayout *m_attachmentLayout;
    QList<QLabel *> m_attachmentLabels;
    QToolButton *m_reasoningToggle;
    MarkdownView *m_reasoningView;
    MarkdownView *m_body;
    QFrame *m_errorBox;
    QLabel *m_errorLabel;
    QPushButton *m_retry;
    QPushButton *m_relax;
    QLabel *m_notice;
    QLabel *m_stats;
    QToolButton *m_regenerate;
    QMenu *m_regenerateMenu;
    QToolButton *m_edit;
    QToolButton *m_delete;
    QToolButton *m_copy;
    QMenu *m_copyMenu;
};

} // namespace orc
