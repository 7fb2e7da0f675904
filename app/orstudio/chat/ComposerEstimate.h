#pragma once

#include "domain/Conversation.h"
#include "domain/CostEstimate.h"
#include "domain/ModelInfo.h"

#include <QObject>

#include <optional>

class QTimer;

namespace orc {

class Composer;

// The composer's "≈ $0.0012 – $0.031": what the message about to be sent may cost with the
// conversation so far (CostEstimate: prompt tokens of the history, the typed text and the
// attachments at the model's prompt price; no output up to max_tokens, else the model's max
// output, at the completion price; image and request prices; the history at the cache-read
// price at best). The history is counted once when it changes; the typed text after a pause
// in typing (kPauseMs), so a keystroke costs nothing but a timer restart.
class ComposerEstimate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEstimate)
public:
    static constexpr int kPauseMs = 150;

    explicit ComposerEstimate(Composer *composer, QObject *parent = nullptr);

    void setModel(const ModelInfo &model);
    void setMaxTokens(std::optional<qint64> maxTokens);
    // The visible thread and system prompt the next request resends.
    void setHistory(const QList<StoredMessage> &thread, const QString &systemPrompt);

    // Estimates now (the pause timer calls it); the composer shows the result.
    void update();
    bool isPending() const; // a pause in typing is awaited
    const CostRange &range() const { return m_range; }
    bool isShown() const { return m_shown; }
    qint64 historyTokens() const { return m_historyTokens; }

private:
    void schedule();

    Composer *m_composer;
    QTimer *m_pause;
    ModelInfo m_model;
    std::optional<qint64> m_maxTokens;
    qint64 m_historyTokens = 0;
    int m_historyImages = 0;
    CostRange m_range;
    bool m_shown = false;
};

} // namespace orc
