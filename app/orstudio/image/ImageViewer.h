#pragma once

#include "image/StudioImage.h"

#include <QDialog>
#include <QGraphicsView>

class QGraphicsPixmapItem;
class QLabel;
class QToolButton;

namespace orc {

// The view of one image: fit to the window, 100 %, zoom in and out (buttons, Ctrl+wheel,
// +/-), pan by dragging. Opens at once with the preview and swaps in the full image when the
// worker thread has decoded it.
class ImageViewer final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)
public:
    explicit ImageViewer(const StudioImage &image, QWidget *parent = nullptr);

    enum class Mode { Fit, Zoom };
    Mode mode() const { return m_mode; }
    double scale() const { return m_scale; } // 1.0 = 100 % of the full image
    bool hasFullImage() const { return m_full; }
    QGraphicsView *view() const { return m_view; }

    void fit();
    void actualSize();
    void zoomBy(double factor);

signals:
    void fullImageLoaded();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPixmap(const QPixmap &pixmap, bool full);
    void applyScale(double scale);
    void updateLabel();

    StudioImage m_image;
    QGraphicsView *m_view;
    QGraphicsPixmapItem *m_item;
    QLabel *m_zoomLabel;
    Mode m_mode = Mode::Fit;
    double m_scale = 1.0;
    double m_pixmapFactor = 1.0; // full width / shown pixmap width
    bool m_full = false;
};

} // namespace orc
