#include "compare/CompareColumn.h"

#include "chat/CompareRun.h"
#include "chat/MarkdownDocument.h"
#include "chat/MarkdownView.h"
#include "chat/TranscriptFormat.h"
#include "widgets/Named.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

CompareColumn::CompareColumn(std::shared_ptr<const MarkdownStyle> style, QWidget *parent)
    : QFrame(parent)
    , m_doc(std::make_shared<MarkdownDocument>(std::move(style)))
    , m_header(named(new QLabel(this), u"compareHeader"_s))
    , m_stats(named(new QLabel(this), u"compareStats"_s))
    , m_error(named(new QLabel(this), u"compareError"_s))
    , m_scroll(new QScrollArea(this))
    , m_view(named(new MarkdownView, u"compareAnswer"_s))
    , m_continue(named(new QPushButton(tr("Continue"), this), u"continueButton"_s))
    , m_pick(named(new QPushButton(tr("Pick"), this), u"pickButton"_s)) {
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(kMinimumWidth);
    m_continue->setToolTip(tr("Continue with this one: open it as a conversation in the chat"));
    m_pick->setToolTip(tr("Pick this answer as the winner (counted on your leaderboard)"));
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    m_stats->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 4, 0);
    bodyLayout->addWidget(m_view);
    bodyLayout->addStretch(1);
    m_view->setDocument(m_doc);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // One width for the answer whatever its length: a scroll bar that comes and goes would lay
    // the whole document out again at each of two widths.
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_continue);
    buttons->addWidget(m_pick);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_stats);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    m_continue->setEnabled(false);
    m_pick->setEnabled(false);
    m_render.setSingleShot(true);
    m_render.setInterval(kRenderIntervalMs);
    connect(&m_render, &QTimer::timeout, this, &CompareColumn::flush);
    connect(m_continue, &QPushButton::clicked, this, &CompareColumn::continueRequested);
    connect(m_pick, &QPushButton::clicked, this, &CompareColumn::pickRequested);
}

CompareColumn::~CompareColumn() = default;

void CompareColumn::start(const QString &label, const QString &blindName) {
    m_label = label;
    m_blindName = blindName;
    m_provider.clear();
    m_text.clear();
    m_finished = m_ok = false;
    m_ttftMs = -1;
    m_statsAtMs = 0;
    m_chunks = 0;
    m_clock.start();
    m_error->hide();
    m_continue->setEnabled(false);
    m_pick->setEnabled(false);
    m_pick->setText(tr("Pick"));
    m_doc->setText(QString());
    m_view->documentChanged();
    m_stats->setText(tr("Waiting for the first token…"));
    updateHeader();
}

void CompareColumn::appendContent(const QString &text) {
    if (m_ttftMs < 0) {
        m_ttftMs = m_clock.elapsed();
        m_stats->setText(tr("First token after %1 ms").arg(m_ttftMs));
    }
    ++m_chunks;
    m_text += text;
    if (!m_render.isActive())
        m_render.start();
}

void CompareColumn::flush() {
    m_render.stop();
    if (m_doc->text() == m_text)
        return;
    QScrollBar *bar = m_scroll->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 4;
    m_doc->setText(m_text);
    m_view->documentChanged();
    if (!m_finished)
        m_stats->setText(
            tr("First token after %1 ms · %n chunk(s) so far", nullptr, m_chunks).arg(m_ttftMs));
    if (follow)
        bar->setValue(bar->maximum());
}

void CompareColumn::finish(const ChatResult &result) {
    m_finished = true;
    m_ok = result.ok();
    m_provider = result.provider;
    m_text = result.content;
    flush();
    QStringList stats;
    if (result.timeToFirstTokenMs >= 0)
        stats << tr("TTFT %1 ms").arg(result.timeToFirstTokenMs);
    if (const auto tps = CompareOutcome::tokensPerSecond(result))
        stats << tr("%1 tok/s").arg(*tps, 0, 'f', 1);
    if (result.usage)
        stats << tr("%n token(s)", nullptr, int(result.usage->completionTokens));
    if (result.usage && result.usage->cost)
        stats << TranscriptFormat::cost(*result.usage->cost);
    stats << tr("%1 s in all").arg(result.durationMs / 1000.0, 0, 'f', 1);
    m_stats->setText(stats.join(u" · "_s));
    if (!result.ok()) {
        QString error = result.state == ChatResult::State::Cancelled
                            ? tr("Stopped; the answer so far is kept.")
                            : result.error.toString();
        // Long dotted or slashed words ("messages.0.content.1.image") may break in the column.
        for (const QChar c : {u'.', u'/', u'_'})
            error.replace(c, QString(c) + QChar(0x200B));
        m_error->setText(error);
        m_error->show();
    }
    m_continue->setEnabled(!m_text.isEmpty());
    m_pick->setEnabled(m_ok);
    updateHeader();
}

void CompareColumn::reveal() {
    m_blindName.clear();
    updateHeader();
}

void CompareColumn::setPicked(bool winner) {
    m_pick->setEnabled(false);
    if (winner)
        m_pick->setText(tr("Winner"));
}

void CompareColumn::updateHeader() {
    if (!m_blindName.isEmpty()) {
        m_header->setText(m_blindName);
        return;
    }
    m_header->setText(m_provider.isEmpty() ? m_label
                                           : tr("%1\nserved by %2").arg(m_label, m_provider));
}

QString CompareColumn::headerText() const {
    return m_header->text();
}

QString CompareColumn::statsText() const {
    return m_stats->text();
}

QString CompareColumn::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text().remove(QChar(0x200B));
}

} // namespace orc
