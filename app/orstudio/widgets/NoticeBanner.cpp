#include "widgets/NoticeBanner.h"

#include "Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace orc {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(Icons::action(u"refresh"_s), tr("Retry"), this)) {
    setObjectName(u"noticeBanner"_s);
    m_label->setObjectName(u"noticeText"_s);
    m_retry->setObjectName(u"noticeRetry"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warm = palette();
    warm.setColor(QPalette::Window, QColor(255, 244, 214));
    warm.setColor(QPalette::WindowText, QColor(60, 45, 10));
    setPalette(warm);

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::action(u"warning"_s).pixmap(18, 18));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setOpenExternalLinks(true);
    connect(m_retry, &QPushButton::clicked, this, &NoticeBanner::retryRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    hide();
}

void NoticeBanner::showNotice(const QString &html, bool offerRetry) {
    m_label->setText(html);
    m_retry->setVisible(offerRetry);
    show();
}

QString NoticeBanner::text() const {
    return m_label->text();
}

void NoticeBanner::setRetryEnabled(bool enabled) {
    m_retry->setEnabled(enabled);
}

} // namespace orc
