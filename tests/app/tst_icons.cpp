// The action icons follow the application palette when drawn: the designed grey on a light
// window, a light grey on a dark one (they were dark grey on dark grey before), the
// highlighted-text colour on a selected row, faded when disabled, and a theme switch applies
// to icons already handed out. Icons with colours of their own keep them.
#include "Icons.h"
#include "settings/Appearance.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::Appearance;
using orc::Icons;

namespace {

// The average colour and opacity of the drawn (non-transparent) pixels.
struct Ink {
    QColor colour;
    double alpha = 0;
    int pixels = 0;
};

Ink inkOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal) {
    const QImage image =
        icon.pixmap(QSize(48, 48), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    double r = 0, g = 0, b = 0, a = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 128)
                continue;
            r += c.redF();
            g += c.greenF();
            b += c.blueF();
            a += c.alphaF();
            ++n;
        }
    }
    Ink ink;
    ink.pixels = n;
    if (n > 0) {
        ink.colour = QColor::fromRgbF(float(r / n), float(g / n), float(b / n));
        ink.alpha = a / n;
    }
    return ink;
}

} // namespace

class TestIcons : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(Appearance::lightPalette()); }

    void greyFollowsThePalette() {
        const QIcon search = Icons::action(u"search"_s);
        QVERIFY(!search.isNull());

        QApplication::setPalette(Appearance::lightPalette());
        const Ink light = inkOf(search);
        QVERIFY(light.pixels > 20);
        QCOMPARE(light.colour.name(), u"#56606e"_s); // as designed

        // The same QIcon, after a switch to the dark theme: light ink on the dark window.
        QApplication::setPalette(Appearance::darkPalette());
        const Ink dark = inkOf(search);
        QVERIFY(dark.pixels > 20);
        const int window = Appearance::darkPalette().color(QPalette::Window).lightness();
        QVERIFY2(
            dark.colour.lightness() - window > 90,
            qPrintable(u"icon %1 on window lightness %2"_s.arg(dark.colour.name()).arg(window)));

        // Selected rows draw it in the highlighted-text colour; disabled is closer to the
        // window than the normal ink.
        QCOMPARE(inkOf(search, QIcon::Selected).colour.name(),
                 Appearance::darkPalette().color(QPalette::HighlightedText).name());
        const int disabled = inkOf(search, QIcon::Disabled).colour.lightness();
        QVERIFY2(disabled < dark.colour.lightness() && disabled > window,
                 qPrintable(u"disabled %1, normal %2, window %3"_s.arg(disabled)
                                .arg(dark.colour.lightness())
                                .arg(window)));
    }

    void ownColoursAreKept() {
        const QIcon star = Icons::action(u"star-filled"_s);
        for (const QPalette &palette : {Appearance::lightPalette(), Appearance::darkPalette()}) {
            QApplication::setPalette(palette);
            const Ink ink = inkOf(star);
            QVERIFY(ink.pixels > 20);
            QVERIFY2(ink.colour.hue() >= 30 && ink.colour.hue() <= 45 &&
                         ink.colour.saturation() > 150,
                     qPrintable(ink.colour.name())); // gold
            QVERIFY(inkOf(star, QIcon::Disabled).alpha < ink.alpha);
        }
    }

    void everyModalityHasAnIcon() {
        for (const QString &m : {u"text"_s, u"image"_s, u"audio"_s, u"file"_s, u"video"_s,
                                 u"embeddings"_s, u"smell"_s})
            QVERIFY2(inkOf(Icons::modality(m)).pixels > 10, qPrintable(m));
        QVERIFY(Icons::action(u"no-such-icon"_s).isNull());
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
