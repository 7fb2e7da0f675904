#pragma once

#include <QColor>
#include <QPalette>

namespace orc::PaletteColors {

// A dark theme: the window colour is darker than mid grey.
inline bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

// `from` moved towards `to` by `amount` (0 gives `from`, 1 gives `to`), opaque.
inline QColor mix(const QColor &from, const QColor &to, qreal amount) {
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

} // namespace orc::PaletteColors
