#include "Icons.h"

#include "widgets/PaletteColors.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

// The grey the action icons are drawn in (resources/icons/actions/*.svg); icons with colours of
// their own (the filled star) do not use it and are drawn as they are.
constexpr QByteArrayView kNeutral = "#56606e";

// Draws an action icon with its neutral grey taken from the application palette at the time
// it is drawn, so the icons stay visible in a dark theme and follow a theme switch: the
// designed grey on light windows, a light grey on dark ones, the highlighted-text colour on a
// selected row, and faded when disabled.
class ThemedSvgEngine final : public QIconEngine {
public:
    ThemedSvgEngine(QString path, QByteArray svg)
        : m_path(std::move(path))
        , m_svg(std::move(svg)) {}

    QIconEngine *clone() const override { return new ThemedSvgEngine(m_path, m_svg); }
    QString key() const override { return u"orc.themed-svg"_s; }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override {
        const QSize pixels = size * scale;
        if (pixels.isEmpty())
            return {};
        const QColor colour = neutralColour(mode);
        const QString cacheKey = u"orc.icon:%1:%2x%3:%4"_s.arg(m_path)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(colour.name(QColor::HexArgb));
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        QByteArray svg = m_svg;
        svg.replace(kNeutral, colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPainter painter(&pixmap);
        if (mode == QIcon::Disabled && !m_svg.contains(kNeutral))
            painter.setOpacity(0.45); // own colours: faded instead of recoloured
        renderer.render(&painter);
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

private:
    static QColor neutralColour(QIcon::Mode mode) {
        const QPalette palette = QGuiApplication::palette();
        const QColor window = palette.color(QPalette::Window);
        const QColor normal =
            PaletteColors::isDark(palette)
                ? PaletteColors::mix(palette.color(QPalette::WindowText), window, 0.3)
                : QColor(QLatin1StringView(kNeutral));
        switch (mode) {
        case QIcon::Selected:
            return palette.color(QPalette::HighlightedText);
        case QIcon::Disabled:
            return PaletteColors::mix(normal, window, 0.55);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return normal;
    }

    QString m_path;
    QByteArray m_svg;
};

QIcon themed(const QString &path) {
    // Reading and wrapping the SVG once per icon: the catalogue asks for the same few icons
    // thousands of times. The pixmaps are cached per size and colour by the engine.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(path);
    if (it != cache.constEnd())
        return *it;
    QFile file(path);
    QIcon icon =
        file.open(QIODevice::ReadOnly) ? QIcon(new ThemedSvgEngine(path, file.readAll())) : QIcon();
    cache.insert(path, icon);
    return icon;
}

} // namespace

QIcon Icons::app() {
    static const QIcon icon(u":/icons/app/orstudio.svg"_s);
    return icon;
}

QIcon Icons::action(const QString &name) {
    return themed(u":/icons/actions/"_s + name + u".svg"_s);
}

QIcon Icons::modality(const QString &modality) {
    static const QStringList known{u"text"_s, u"image"_s, u"audio"_s,
                                   u"file"_s, u"video"_s, u"embeddings"_s};
    const QString key = modality.toLower();
    return action(u"modality-"_s + (known.contains(key) ? key : u"other"_s));
}

} // namespace orc
