#include "image/ResultCard.h"

#include "Icons.h"
#include "domain/ModelInfo.h"
#include "widgets/Named.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

ResultCard::ResultCard(QWidget *parent)
    : QFrame(parent)
    , m_preview(named(new QLabel(this), u"resultPreview"_s))
    , m_info(named(new QLabel(this), u"resultInfo"_s))
    , m_save(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_use(new QToolButton(this))
    , m_delete(new QToolButton(this)) {
    setUp();
}

ResultCard::ResultCard(const StudioImage &image, QWidget *parent)
    : ResultCard(parent) {
    setImage(image);
}

void ResultCard::setUp() {
    setObjectName(u"resultCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(m_side + kFrame);

    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFixedSize(m_side, m_side);
    m_preview->setText(tr("Generating…"));
    m_preview->setEnabled(false);
    m_preview->installEventFilter(this);
    m_preview->setAttribute(Qt::WA_Hover);
    m_preview->setAutoFillBackground(true);
    m_preview->setBackgroundRole(QPalette::AlternateBase); // shows the bounds of light images

    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const struct {
        QToolButton *button;
        QIcon icon;
        QString tip;
        QString name;
    } buttons[] = {
        {m_save, style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save…"), u"save"_s},
        {m_copy, Icons::action(u"copy"_s), tr("Copy to clipboard"), u"copy"_s},
        {m_use, Icons::action(u"attach"_s), tr("Use as input"), u"useAsInput"_s},
        {m_delete, style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), u"delete"_s},
    };
    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    for (const auto &b : buttons) {
        b.button->setObjectName(b.name);
        b.button->setIcon(b.icon);
        b.button->setToolTip(b.tip);
        b.button->setAccessibleName(b.tip);
        b.button->setAutoRaise(true);
        b.button->setEnabled(false);
        row->addWidget(b.button);
    }
    row->addStretch();
    connect(m_save, &QToolButton::clicked, this, [this] { emit saveRequested(this); });
    connect(m_copy, &QToolButton::clicked, this, [this] { emit copyRequested(this); });
    connect(m_use, &QToolButton::clicked, this, [this] { emit useAsInputRequested(this); });
    connect(m_delete, &QToolButton::clicked, this, [this] { emit deleteRequested(this); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_preview, 0, Qt::AlignHCenter);
    layout->addWidget(m_info);
    layout->addLayout(row);
}

QString ResultCard::infoText(const StudioImage &image) {
    QStringList parts;
    if (image.pixelSize.isValid())
        parts << tr("%1 × %2").arg(image.pixelSize.width()).arg(image.pixelSize.height());
    if (!image.provenance.model.isEmpty())
        parts << image.provenance.model;
    if (image.provenance.cost)
        parts << ModelPricing::formatUsd(*image.provenance.cost);
    return parts.join(u" · "_s);
}

void ResultCard::refresh(const StudioImage &image) {
    if (!image.thumbnail.isNull()) {
        m_shown = image.thumbnail;
        m_preview->setPixmap(QPixmap::fromImage(
            m_shown.scaled(m_side, m_side, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_info->setText(infoText(image));
    m_info->setToolTip(image.provenance.prompt);
}

void ResultCard::setPreviewSide(int side) {
    side = std::clamp(side, kMinPreviewSide, kMaxPreviewSide);
    if (side == m_side)
        return;
    m_side = side;
    setFixedWidth(m_side + kFrame);
    m_preview->setFixedSize(m_side, m_side);
    if (!m_shown.isNull())
        m_preview->setPixmap(QPixmap::fromImage(
            m_shown.scaled(m_side, m_side, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ResultCard::setImage(const StudioImage &image) {
    m_image = image;
    m_placeholder = false;
    m_preview->setEnabled(true);
    m_preview->setCursor(Qt::PointingHandCursor);
    m_preview->setToolTip(tr("Click to view; drag to another program"));
    refresh(image);
    for (QToolButton *b : {m_save, m_copy, m_delete})
        b->setEnabled(true);
    m_use->setEnabled(m_useAllowed);
}

void ResultCard::setUseAsInputEnabled(bool enabled) {
    m_useAllowed = enabled;
    m_use->setEnabled(enabled && !m_placeholder);
    m_use->setToolTip(enabled ? tr("Use as input")
                              : tr("Use as input (the chosen model takes no input images)"));
}

void ResultCard::showPartial(const StudioImage &partial) {
    if (!m_placeholder)
        return;
    refresh(partial);
    m_info->setText(tr("Preview…"));
}

bool ResultCard::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_preview || m_placeholder)
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton) {
            m_pressed = true;
            m_pressPos = e->position().toPoint();
        }
        break;
    }
    case QEvent::MouseMove: {
        const auto *e = static_cast<QMouseEvent *>(event);
        if (m_pressed && (e->position().toPoint() - m_pressPos).manhattanLength() >=
                             QApplication::startDragDistance()) {
            m_pressed = false;
            emit dragRequested(this);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease:
        if (m_pressed) {
            m_pressed = false;
            emit openRequested(this);
            return true;
        }
        break;
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace orc
