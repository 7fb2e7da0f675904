#pragma once

#include <QPalette>
#include <QString>

namespace orc {

// The theme setting: "system" keeps the platform's style and palette, "light" and "dark" use
// the Fusion style with a light or dark palette (Qt 6.4 cannot switch the platform's colour
// scheme itself).
class Appearance {
public:
    static QString resolve(const QString &theme); // "system", "light" or "dark"
    static void apply(const QString &theme);
    static QString current();
    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
};

} // namespace orc
