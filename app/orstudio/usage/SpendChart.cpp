#include "SpendChart.h"

#include "domain/ModelInfo.h"
#include "widgets/PaletteColors.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
constexpr int kAxisWidth = 64;
constexpr int kLabelHeight = 18;
constexpr int kTopMargin = 8;
} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent) {
    setObjectName(u"spendChart"_s);
    setMouseTracking(true);
    setAccessibleName(tr("Spend chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SpendChart::setRows(const QList<UsageRow> &rows, UsageQuery::GroupBy by) {
    m_by = by;
    m_bars.clear();
    for (const UsageRow &row : rows)
        m_bars.append(
            Bar{row.key.isEmpty() ? tr("(unknown)") : row.key, row.costNanoUsd, row.requests});
    const bool days = by == UsageQuery::GroupBy::Day || by == UsageQuery::GroupBy::UtcDay;
    if (!days && m_bars.size() > kMaxBars) {
        std::stable_sort(m_bars.begin(), m_bars.end(),
                         [](const Bar &a, const Bar &b) { return a.costNanoUsd > b.costNanoUsd; });
        Bar others{tr("others"), 0, 0};
        for (qsizetype i = kMaxBars - 1; i < m_bars.size(); ++i) {
            others.costNanoUsd += m_bars[i].costNanoUsd;
            others.requests += m_bars[i].requests;
        }
        m_bars.resize(kMaxBars - 1);
        m_bars.append(others);
    }
    update();
}

QSize SpendChart::sizeHint() const {
    return {640, 220};
}

QSize SpendChart::minimumSizeHint() const {
    return {240, 140};
}

qint64 SpendChart::maxCost() const {
    qint64 max = 0;
    for (const Bar &bar : m_bars)
        max = std::max(max, bar.costNanoUsd);
    return max;
}

QRect SpendChart::plotRect() const {
    return rect().adjusted(kAxisWidth, kTopMargin, -8, -kLabelHeight - 4);
}

QRectF SpendChart::barRect(int index, qint64 max) const {
    const QRect plot = plotRect();
    const qreal slot = qreal(plot.width()) / qreal(std::max<qsizetype>(m_bars.size(), 1));
    const qreal gap = std::min<qreal>(slot * 0.2, 6.0);
    const qreal height =
        max > 0 ? qreal(plot.height()) * qreal(m_bars[index].costNanoUsd) / qreal(max) : 0.0;
    return {plot.left() + slot * index + gap / 2, plot.bottom() - height + 1, slot - gap, height};
}

int SpendChart::barAt(QPoint pos) const {
    const QRect plot = plotRect();
    if (m_bars.isEmpty() || !plot.contains(pos))
        return -1;
    const int index =
        int(qreal(pos.x() - plot.left()) * qreal(m_bars.size()) / qreal(plot.width()));
    return index >= 0 && index < m_bars.size() ? index : -1;
}

void SpendChart::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect plot = plotRect();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = PaletteColors::mix(pal.color(QPalette::Window), text, 0.15);
    const QColor barColour = pal.color(QPalette::Highlight);

    p.setPen(grid);
    for (int i = 0; i <= 4; ++i) {
        const int y = plot.bottom() - plot.height() * i / 4;
        p.drawLine(plot.left(), y, plot.right(), y);
    }
    const qint64 max = maxCost();
    p.setPen(text);
    const QFontMetrics fm = fontMetrics();
    p.drawText(QRect(0, plot.top() - fm.height() / 2, kAxisWidth - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, ModelPricing::formatUsd(Money::toUsd(max)));
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, kAxisWidth - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, ModelPricing::formatUsd(0));
    if (m_bars.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No spending in this period"));
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(barColour);
    for (int i = 0; i < m_bars.size(); ++i)
        p.drawRect(barRect(i, max));

    // Labels under the bars, as many as fit without overlapping (first and last always).
    p.setPen(text);
    const qreal slot = qreal(plot.width()) / qreal(m_bars.size());
    const int labelWidth = m_by == UsageQuery::GroupBy::Day || m_by == UsageQuery::GroupBy::UtcDay
                               ? fm.horizontalAdvance(u"2026-12-31"_s)
                               : 90;
    const int every = std::max(1, int(std::ceil((labelWidth + 8) / slot)));
    for (int i = 0; i < m_bars.size(); ++i) {
        if (i % every != 0 && i != m_bars.size() - 1)
            continue;
        if (i == m_bars.size() - 1 && i % every != 0 && (i % every) * slot < labelWidth)
            continue; // too close to the previous label
        const qreal centre = plot.left() + slot * (i + 0.5);
        const QRectF box(centre - labelWidth / 2.0, plot.bottom() + 4, labelWidth, kLabelHeight);
        p.drawText(box, Qt::AlignCenter,
                   fm.elidedText(m_bars[i].label, Qt::ElideMiddle, labelWidth));
    }
}

bool SpendChart::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Bar &bar = m_bars[index];
        QToolTip::showText(help->globalPos(),
                           tr("%1\n%2 in %n request(s)", nullptr, int(bar.requests))
                               .arg(bar.label, u'$' + Money::format(bar.costNanoUsd)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace orc
