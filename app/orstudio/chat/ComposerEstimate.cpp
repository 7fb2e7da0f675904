#include "chat/ComposerEstimate.h"

#include "chat/Composer.h"
#include "chat/ComposerEdit.h"

#include <QLabel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

int imagesIn(const QList<ContentPart> &parts) {
    return int(std::count_if(parts.begin(), parts.end(), [](const ContentPart &p) {
        return p.type == ContentPart::Type::Image;
    }));
}

} // namespace

ComposerEstimate::ComposerEstimate(Composer *composer, QObject *parent)
    : QObject(parent)
    , m_composer(composer)
    , m_pause(new QTimer(this)) {
    m_pause->setSingleShot(true);
    m_pause->setInterval(kPauseMs);
    connect(m_pause, &QTimer::timeout, this, &ComposerEstimate::update);
    connect(composer->editor(), &QPlainTextEdit::textChanged, this, &ComposerEstimate::schedule);
    connect(composer, &Composer::attachmentsChanged, this, &ComposerEstimate::schedule);
}

void ComposerEstimate::setModel(const ModelInfo &model) {
    m_model = model;
    schedule();
}

void ComposerEstimate::setMaxTokens(std::optional<qint64> maxTokens) {
    m_maxTokens = maxTokens;
    schedule();
}

void ComposerEstimate::setHistory(const QList<StoredMessage> &thread, const QString &systemPrompt) {
    m_historyTokens = systemPrompt.isEmpty() ? 0 : CostEstimate::textTokens(systemPrompt);
    m_historyImages = 0;
    for (const StoredMessage &m : thread) {
        if (m.state == StoredMessage::State::Failed)
            continue; // not resent
        m_historyTokens += CostEstimate::textTokens(m.content);
        m_historyImages += imagesIn(m.attachments);
    }
    schedule();
}

void ComposerEstimate::schedule() {
    m_pause->start();
}

bool ComposerEstimate::isPending() const {
    return m_pause->isActive();
}

void ComposerEstimate::update() {
    m_pause->stop();
    const QString text = m_composer->text();
    const QList<ContentPart> attachments = m_composer->attachments();
    if (!m_model.isValid() || (text.trimmed().isEmpty() && attachments.isEmpty())) {
        m_shown = false;
        m_range = {};
        m_composer->setEstimate(QString(), QString());
        return;
    }
    CostInputs in;
    in.promptTokens = m_historyTokens + CostEstimate::textTokens(text);
    in.inputImages = m_historyImages + imagesIn(attachments);
    // The history is the prefix a provider may have cached from the last turn.
    in.cachedPromptTokens = m_historyTokens;
    in.maxOutputTokens = CostEstimate::outputBound(m_model, m_maxTokens, in.promptTokens);
    m_range = CostEstimate::range(m_model.pricing(), in);
    m_shown = true;
    const QString range = CostEstimate::text(m_range);
    const QString shown = m_range.variable ? range : tr("≈ %1").arg(range);
    QString tip = tr("What this message may cost with %1: about %n prompt token(s) (the "
                     "conversation so far, your text and attachments) and up to %2 output "
                     "tokens. The lower figure assumes a short answer and the conversation "
                     "read from the provider's cache.",
                     nullptr, int(std::min<qint64>(m_range.promptTokens, INT_MAX)))
                      .arg(m_model.id())
                      .arg(in.maxOutputTokens);
    if (m_range.variable)
        tip =
            tr("%1 has no fixed price: the cost is known only after the reply.").arg(m_model.id());
    m_composer->setEstimate(shown, tip);
}

} // namespace orc
