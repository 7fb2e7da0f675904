#pragma once

#include <QAbstractButton>
#include <QSize>
#include <QString>

namespace orc {

// A checkable button that draws its aspect ratio as a rectangle of that shape ("16:9" is wide
// and flat, "9:16" tall and narrow), with the ratio written below. "auto" draws a dashed
// square. All buttons of a row share one box, so their shapes compare at a glance.
class AspectRatioButton final : public QAbstractButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AspectRatioButton)
public:
    explicit AspectRatioButton(const QString &ratio, QWidget *parent = nullptr);

    const QString &ratio() const { return m_ratio; }
    // Width / height of the ratio; 1 for "auto" or anything unreadable.
    static double ratioValue(const QString &ratio);
    // The rectangle of `ratio` fitted (centred) into `box`.
    static QRectF shapeRect(const QString &ratio, const QRectF &box);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString m_ratio;
    bool m_hovered = false;
};

} // namespace orc
