#include "image/AspectRatioButton.h"
#include "widgets/PaletteColors.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr int kShapeBox = 26; // the square every shape is fitted into
constexpr int kPadding = 4;
} // namespace

AspectRatioButton::AspectRatioButton(const QString &ratio, QWidget *parent)
    : QAbstractButton(parent)
    , m_ratio(ratio) {
    setObjectName(u"aspect-"_s + ratio);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setText(ratio == "auto"_L1 ? tr("Auto") : ratio);
    setToolTip(ratio == "auto"_L1 ? tr("Let the model choose the aspect ratio")
                                  : tr("Aspect ratio %1").arg(ratio));
    setAccessibleName(toolTip());
}

double AspectRatioButton::ratioValue(const QString &ratio) {
    const qsizetype colon = ratio.indexOf(u':');
    if (colon <= 0)
        return 1.0;
    const double w = QStringView(ratio).first(colon).toDouble();
    const double h = QStringView(ratio).sliced(colon + 1).toDouble();
    return (w > 0 && h > 0) ? w / h : 1.0;
}

QRectF AspectRatioButton::shapeRect(const QString &ratio, const QRectF &box) {
    const double r = ratioValue(ratio);
    QSizeF size =
        r >= 1.0 ? QSizeF(box.width(), box.width() / r) : QSizeF(box.height() * r, box.height());
    size = size.boundedTo(box.size());
    QRectF rect(QPointF(), size);
    rect.moveCenter(box.center());
    return rect;
}

QSize AspectRatioButton::sizeHint() const {
    const QFontMetrics fm(font());
    const int textWidth = fm.horizontalAdvance(u"21:9"_s) + 2;
    const int width = std::max(kShapeBox, textWidth) + 2 * kPadding;
    return {width, kShapeBox + fm.height() + 3 * kPadding};
}

QSize AspectRatioButton::minimumSizeHint() const {
    return sizeHint();
}

void AspectRatioButton::enterEvent(QEnterEvent *event) {
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void AspectRatioButton::leaveEvent(QEvent *event) {
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void AspectRatioButton::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const bool enabled = isEnabled();
    const bool checked = isChecked();
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor button = pal.color(QPalette::Button);
    const bool dark = PaletteColors::isDark(pal);

    // Background: a rounded tile, tinted when checked or hovered. The tint mixes the accent
    // into the button colour, so the label (ButtonText) stays readable in light and dark themes.
    const QRectF tile = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor fill = button;
    if (checked)
        fill = PaletteColors::mix(button, accent, dark ? 0.4 : 0.25);
    else if (m_hovered && enabled)
        fill = pal.color(QPalette::Midlight);
    p.setPen(QPen(checked ? accent : pal.color(QPalette::Mid), checked ? 1.6 : 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(tile, 5, 5);
    if (hasFocus()) {
        p.setPen(QPen(accent, 1.0, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(tile.adjusted(2, 2, -2, -2), 4, 4);
    }

    // The shape, in a box of the same size on every button.
    const QRectF box((width() - kShapeBox) / 2.0, kPadding, kShapeBox, kShapeBox);
    const QRectF shape = shapeRect(m_ratio, box).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor ink = enabled ? pal.color(QPalette::ButtonText) : pal.color(QPalette::Mid);
    if (checked && enabled)
        ink = dark ? accent.lighter(150) : accent.darker(130);
    QPen shapePen(ink, 1.6);
    if (m_ratio == "auto"_L1)
        shapePen.setStyle(Qt::DashLine);
    p.setPen(shapePen);
    QColor shapeFill = ink;
    shapeFill.setAlpha(checked ? 70 : 28);
    p.setBrush(shapeFill);
    p.drawRoundedRect(shape, 2, 2);

    // The ratio under the shape.
    p.setPen(enabled ? pal.color(QPalette::ButtonText) : pal.color(QPalette::Mid));
    QFont f = font();
    f.setBold(checked);
    p.setFont(f);
    const QRectF textRect(0, kPadding * 2 + kShapeBox, width(),
                          height() - kShapeBox - 2 * kPadding);
    p.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop, text());
}

} // namespace orc
