#pragma once

#include "domain/Ledger.h"

#include <QWidget>

namespace orc {

// A bar chart of spend: one bar per usage row (a day, a model or a provider), height by cost,
// drawn with QPainter in the palette's colours. Hovering a bar shows its key, cost and requests;
// the largest value labels the axis. Days are drawn in order, models and providers largest
// first (at most kMaxBars, the rest summed into "others").
class SpendChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpendChart)
public:
    static constexpr int kMaxBars = 40;

    explicit SpendChart(QWidget *parent = nullptr);

    // Rows as the ledger reports them, grouped by `by`.
    void setRows(const QList<UsageRow> &rows, UsageQuery::GroupBy by);

    struct Bar {
        QString label;
        qint64 costNanoUsd = 0;
        qint64 requests = 0;
    };
    const QList<Bar> &bars() const { return m_bars; }
    // The bar under `pos`, -1 when none.
    int barAt(QPoint pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    QRectF barRect(int index, qint64 maxCost) const;
    qint64 maxCost() const;

    QList<Bar> m_bars;
    UsageQuery::GroupBy m_by = UsageQuery::GroupBy::Day;
};

} // namespace orc
