#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace orc {

// Fonts, colours and spacing for rendered messages, derived from a widget's palette and font
// so light and dark themes both read well. Shared (read-only) by every rendered document.
struct MarkdownStyle {
    QFont font;
    QFont codeFont;
    bool dark = false;

    QColor text;
    QColor mutedText;
    QColor link;
    QColor codeBackground;
    QColor codeBorder;
    QColor codeHeaderText;
    QColor inlineCodeBackground;
    QColor quoteText;
    QColor quoteBar;
    QColor tableBorder;
    QColor tableHeaderBackground;
    QColor selection;
    QColor selectedText;

    // Syntax colours for code blocks.
    QColor keyword;
    QColor string;
    QColor comment;
    QColor number;
    QColor type;

    int segmentSpacing = 8;    // between rendered blocks of one message
    int codePadding = 8;       // inside a code box
    int codeHeaderHeight = 24; // language name and Copy button above the code

    // `muted` renders everything in the muted text colour (reasoning blocks).
    static MarkdownStyle fromPalette(const QPalette &palette, const QFont &font,
                                     bool muted = false);
    // `a` blended towards `b` by `amount` (0..1).
    static QColor mix(const QColor &a, const QColor &b, qreal amount);
};

} // namespace orc
