#include "widgets/EmptyStateWidget.h"

#include "widgets/Named.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(named(new QLabel(this), u"emptyStateTitle"_s))
    , m_message(named(new QLabel(this), u"emptyStateMessage"_s))
    , m_detail(named(new QLabel(this), u"emptyStateDetail"_s))
    , m_busy(new QProgressBar(this))
    , m_action(named(new QPushButton(this), u"emptyStateAction"_s)) {
    setObjectName(u"emptyState"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    for (QLabel *label : {m_title, m_message, m_detail}) {
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setWordWrap(true);
    }
    m_icon->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::RichText);
    m_message->setOpenExternalLinks(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();

    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(220);
    m_busy->hide();
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);

    // The texts take the column's whole width (centred inside it), so word wrap has room;
    // the column is at most 560 px wide and centred in the panel.
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *content = new QVBoxLayout(column);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(12);
    content->addWidget(m_icon, 0, Qt::AlignHCenter);
    content->addWidget(m_title);
    content->addWidget(m_message);
    content->addWidget(m_detail);
    content->addWidget(m_busy, 0, Qt::AlignHCenter);
    content->addWidget(m_action, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyStateWidget::setIcon(const QIcon &icon) {
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(64, 64));
    m_icon->setVisible(!icon.isNull());
}

void EmptyStateWidget::setTitle(const QString &title) {
    m_title->setText(title);
}

void EmptyStateWidget::setMessage(const QString &message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void EmptyStateWidget::setDetail(const QString &detail) {
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

void EmptyStateWidget::setBusy(bool busy) {
    m_busy->setVisible(busy);
}

void EmptyStateWidget::setActionText(const QString &text) {
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyStateWidget::title() const {
    return m_title->text();
}

QString EmptyStateWidget::message() const {
    return m_message->text();
}

QString EmptyStateWidget::detail() const {
    return m_detail->text();
}

bool EmptyStateWidget::isBusy() const {
    return !m_busy->isHidden();
}

} // namespace orc
