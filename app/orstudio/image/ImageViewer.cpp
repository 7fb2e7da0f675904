#include "image/ImageViewer.h"

#include "image/ImageTasks.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
constexpr double kMinScale = 0.02;
constexpr double kMaxScale = 16.0;
constexpr double kStep = 1.25;
} // namespace

ImageViewer::ImageViewer(const StudioImage &image, QWidget *parent)
    : QDialog(parent)
    , m_image(image)
    , m_view(new QGraphicsView(this))
    , m_item(new QGraphicsPixmapItem)
    , m_zoomLabel(new QLabel(this)) {
    setObjectName(u"imageViewer"_s);
    setWindowTitle(image.provenance.prompt.isEmpty()
                       ? tr("Image")
                       : image.provenance.prompt.simplified().left(80));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1000, 760);

    auto *scene = new QGraphicsScene(this);
    scene->addItem(m_item);
    m_item->setTransformationMode(Qt::SmoothTransformation);
    m_view->setObjectName(u"viewerCanvas"_s);
    m_view->setScene(scene);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setBackgroundBrush(palette().color(QPalette::Dark));
    m_view->viewport()->installEventFilter(this);

    auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        return b;
    };
    QToolButton *fitButton = makeButton(u"fit"_s, tr("Fit"), tr("Fit to window (F)"));
    QToolButton *actual = makeButton(u"actualSize"_s, tr("100 %"), tr("Actual size (1)"));
    QToolButton *zoomOut = makeButton(u"zoomOut"_s, tr("−"), tr("Zoom out (−)"));
    QToolButton *zoomIn = makeButton(u"zoomIn"_s, tr("+"), tr("Zoom in (+)"));
    connect(fitButton, &QToolButton::clicked, this, &ImageViewer::fit);
    connect(actual, &QToolButton::clicked, this, &ImageViewer::actualSize);
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoomBy(1 / kStep); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoomBy(kStep); });
    new QShortcut(QKeySequence(Qt::Key_F), this, this, &ImageViewer::fit);
    new QShortcut(QKeySequence(Qt::Key_1), this, this, &ImageViewer::actualSize);
    new QShortcut(QKeySequence::ZoomIn, this, this, [this] { zoomBy(kStep); });
    new QShortcut(QKeySequence::ZoomOut, this, this, [this] { zoomBy(1 / kStep); });
    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_zoomLabel->setMinimumWidth(60);

    auto *info = new QLabel(this);
    info->setText(tr("%1 × %2 px · %3")
                      .arg(image.pixelSize.width())
                      .arg(image.pixelSize.height())
                      .arg(image.provenance.model));
    info->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(fitButton);
    bar->addWidget(actual);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(m_zoomLabel);
    bar->addStretch();
    bar->addWidget(info);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    if (!image.thumbnail.isNull())
        setPixmap(QPixmap::fromImage(image.thumbnail), false);
    const QByteArray bytes = image.bytes;
    const QString path = image.path;
    QtConcurrent::run([bytes, path] {
        return ImageTasks::load(bytes, path);
    }).then(this, [this](const QImage &full) {
        if (full.isNull())
            return;
        setPixmap(QPixmap::fromImage(full), true);
        emit fullImageLoaded();
    });
}

void ImageViewer::setPixmap(const QPixmap &pixmap, bool full) {
    m_full = full;
    const int fullWidth = m_image.pixelSize.isValid() ? m_image.pixelSize.width() : pixmap.width();
    m_pixmapFactor = pixmap.width() > 0 ? double(fullWidth) / pixmap.width() : 1.0;
    m_item->setPixmap(pixmap);
    m_view->scene()->setSceneRect(m_item->boundingRect());
    if (m_mode == Mode::Fit)
        fit();
    else
        applyScale(m_scale);
}

void ImageViewer::applyScale(double scale) {
    m_scale = std::clamp(scale, kMinScale, kMaxScale);
    const double s = m_scale * m_pixmapFactor;
    m_view->setTransform(QTransform::fromScale(s, s));
    updateLabel();
}

void ImageViewer::fit() {
    m_mode = Mode::Fit;
    const QRectF bounds = m_item->boundingRect();
    if (bounds.isEmpty())
        return;
    const QSizeF area = m_view->viewport()->size();
    const double s = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    m_scale = std::clamp(s / m_pixmapFactor, kMinScale, kMaxScale);
    m_view->setTransform(QTransform::fromScale(s, s));
    m_view->centerOn(m_item);
    updateLabel();
}

void ImageViewer::actualSize() {
    m_mode = Mode::Zoom;
    applyScale(1.0);
}

void ImageViewer::zoomBy(double factor) {
    m_mode = Mode::Zoom;
    applyScale(m_scale * factor);
}

void ImageViewer::updateLabel() {
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_scale * 100)));
}

void ImageViewer::resizeEvent(QResizeEvent *event) {
    QDialog::resizeEvent(event);
    if (m_mode == Mode::Fit)
        fit();
}

bool ImageViewer::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            zoomBy(wheel->angleDelta().y() > 0 ? kStep : 1 / kStep);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace orc
