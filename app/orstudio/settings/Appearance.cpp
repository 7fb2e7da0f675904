#include "Appearance.h"

#include "widgets/PaletteColors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

struct State {
    bool captured = false;
    QString styleName;
    QPalette palette;
    QString current = u"system"_s;
};

State &state() {
    static State s;
    return s;
}

void capturePlatformLook() {
    State &s = state();
    if (s.captured)
        return;
    s.captured = true;
    s.styleName = QApplication::style() ? QApplication::style()->name() : QString();
    s.palette = QApplication::palette();
}

} // namespace

QString Appearance::resolve(const QString &theme) {
    if (theme == "light"_L1 || theme == "dark"_L1)
        return theme;
    return u"system"_s;
}

QPalette Appearance::lightPalette() {
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette Appearance::darkPalette() {
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(128, 128, 128);
    const QColor highlight(64, 128, 208);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 96, 96));
    p.setColor(QPalette::Light, QColor(75, 75, 78));
    p.setColor(QPalette::Midlight, QColor(62, 62, 65));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

bool Appearance::isDark(const QPalette &palette) {
    return PaletteColors::isDark(palette);
}

void Appearance::apply(const QString &theme) {
    capturePlatformLook();
    State &s = state();
    const QString resolved = resolve(theme);
    if (resolved == "system"_L1) {
        if (!s.styleName.isEmpty())
            QApplication::setStyle(s.styleName);
        QApplication::setPalette(s.palette);
    } else {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(resolved == "dark"_L1 ? darkPalette() : lightPalette());
    }
    s.current = resolved;
}

QString Appearance::current() {
    return state().current;
}

} // namespace orc
