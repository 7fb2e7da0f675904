#pragma once

#include "domain/ChatResult.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;

namespace orc {

class MarkdownDocument;
class MarkdownView;
struct MarkdownStyle;

// One column of the Compare page: a header naming the model and the provider that answered
// (or "Answer B" in blind mode), the numbers as they arrive (time to first token, then tok/s,
// tokens and cost), the answer rendered as Markdown like the chat's, an error when the target
// failed, and the buttons Continue (with this one, as a conversation) and Pick (the winner). Text
// arriving faster than the screen can show is gathered and rendered at most every
// kRenderIntervalMs.
class CompareColumn final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareColumn)
public:
    static constexpr int kRenderIntervalMs = 50;
    static constexpr int kStatsIntervalMs = 500; // the live chunk count's refresh
    static constexpr int kMinimumWidth = 180;    // six fit beside each other in a 1280 px window

    CompareColumn(std::shared_ptr<const MarkdownStyle> style, QWidget *parent = nullptr);
    ~CompareColumn() override;

    // A new answer of `label` (model or model@provider); `blindName` non-empty hides the label.
    void start(const QString &label, const QString &blindName);
    void appendContent(const QString &text);
    void finish(const ChatResult &result);
    void reveal();               // shows the model and provider after a blind pick
    void setPicked(bool winner); // after a pick: marks the winner, no more picking

    const QString &label() const { return m_label; }
    bool isFinished() const { return m_finished; }
    QString headerText() const;
    QString statsText() const;
    QString errorText() const;
    QString text() const { return m_text; }
    MarkdownView *view() const { return m_view; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *pickButton() const { return m_pick; }
    void flush(); // renders what arrived now (the timer does it otherwise)

signals:
    void continueRequested();
    void pickRequested();

private:
    void updateHeader();

    QString m_label;
    QString m_blindName;
    QString m_provider;
    QString m_text;
    bool m_finished = false;
    bool m_ok = false;
    qint64 m_ttftMs = -1;
    qint64 m_statsAtMs = 0;
    int m_chunks = 0;
    QElapsedTimer m_clock;
    QTimer m_render;
    std::shared_ptr<MarkdownDocument> m_doc;
    QLabel *m_header;
    QLabel *m_stats;
    QLabel *m_error;
    QScrollArea *m_scroll;
    MarkdownView *m_view;
    QPushButton *m_continue;
    QPushButton *m_pick;
};

} // namespace orc
