#include "chat/MarkdownStyle.h"

#include <QFontDatabase>
#include <QPalette>

namespace orc {

QColor MarkdownStyle::mix(const QColor &a, const QColor &b, qreal amount) {
    const qreal k = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * k),
                            float(a.greenF() + (b.greenF() - a.greenF()) * k),
                            float(a.blueF() + (b.blueF() - a.blueF()) * k));
}

MarkdownStyle MarkdownStyle::fromPalette(const QPalette &palette, const QFont &font, bool muted) {
    MarkdownStyle s;
    s.font = font;
    s.codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Ask for fixed pitch outright: where the desktop names no monospace family the font
    // matcher then still prefers one over the proportional default.
    s.codeFont.setFixedPitch(true);
    s.codeFont.setStyleHint(QFont::TypeWriter);
    if (font.pointSizeF() > 0)
        s.codeFont.setPointSizeF(font.pointSizeF() * 0.95);
    else if (font.pixelSize() > 0)
        s.codeFont.setPixelSize(qMax(8, font.pixelSize() - 1));

    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    s.dark = base.lightnessF() < 0.5;
    s.mutedText = mix(text, base, 0.38);
    s.text = muted ? s.mutedText : text;
    s.link = palette.color(QPalette::Link);
    // Palettes that keep the light theme's link blue on a dark base: use a readable one.
    if (s.dark && s.link.lightnessF() < 0.6)
        s.link = QColor(0x6c, 0xb6, 0xff);
    else if (!s.dark && s.link.lightnessF() > 0.6)
        s.link = QColor(0x1a, 0x5f, 0xb4);
    s.codeBackground = mix(base, text, s.dark ? 0.09 : 0.045);
    s.codeBorder = mix(base, text, s.dark ? 0.22 : 0.14);
    s.codeHeaderText = s.mutedText;
    s.inlineCodeBackground = mix(base, text, s.dark ? 0.14 : 0.08);
    s.quoteText = s.mutedText;
    s.quoteBar = mix(base, text, 0.28);
    s.tableBorder = mix(base, text, s.dark ? 0.3 : 0.22);
    s.tableHeaderBackground = mix(base, text, s.dark ? 0.1 : 0.06);
    s.selection = palette.color(QPalette::Highlight);
    s.selectedText = palette.color(QPalette::HighlightedText);

    if (s.dark) {
        s.keyword = QColor(0xcc, 0x78, 0x32);
        s.string = QColor(0x8f, 0xb5, 0x73);
        s.comment = QColor(0x85, 0x8c, 0x93);
        s.number = QColor(0x68, 0x97, 0xbb);
        s.type = QColor(0xb3, 0x92, 0xf0);
    } else {
        s.keyword = QColor(0x00, 0x33, 0xb3);
        s.string = QColor(0x06, 0x7d, 0x17);
        s.comment = QColor(0x7a, 0x7e, 0x85);
        s.number = QColor(0x17, 0x50, 0xeb);
        s.type = QColor(0x87, 0x10, 0x94);
    }
    if (muted) {
        // Reasoning: keep syntax hues but let them recede with the text.
        for (QColor *c : {&s.keyword, &s.string, &s.comment, &s.number, &s.type})
            *c = mix(*c, base, 0.3);
    }
    return s;
}

} // namespace orc
