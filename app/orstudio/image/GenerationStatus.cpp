#include "image/GenerationStatus.h"

#include "Icons.h"
#include "widgets/Named.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace orc {

GenerationStatus::GenerationStatus(QWidget *parent)
    : QWidget(parent)
    , m_progress(named(new QProgressBar(this), u"generationProgress"_s))
    , m_elapsed(named(new QLabel(this), u"generationElapsed"_s))
    , m_text(named(new QLabel(this), u"generationText"_s))
    , m_cancel(named(new QPushButton(Icons::action(u"stop"_s), tr("Cancel"), this),
                     u"cancelGeneration"_s))
    , m_saveAll(new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save All…"),
                                this))
    , m_timer(new QTimer(this)) {
    setObjectName(u"generationStatus"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(12);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(u"000.0 s"_s));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setShortcut(Qt::Key_Escape);
    m_saveAll->setObjectName(u"saveAll"_s);
    m_saveAll->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &GenerationStatus::cancelRequested);
    connect(m_saveAll, &QPushButton::clicked, this, &GenerationStatus::saveAllRequested);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &GenerationStatus::tick);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_progress);
    layout->addWidget(m_elapsed);
    layout->addWidget(m_cancel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveAll);
    end(QString());
}

QString GenerationStatus::formatSeconds(qint64 ms) {
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString GenerationStatus::imageCount(int n) {
    return n == 1 ? tr("%n image", "", n) : tr("%n images", "", n);
}

void GenerationStatus::begin(const QString &what) {
    m_what = what;
    m_clock.start();
    m_progress->setRange(0, 0); // busy until a request finishes
    m_progress->show();
    m_elapsed->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_text->setText(what);
    tick();
    m_timer->start();
}

void GenerationStatus::setProgress(int done, int total, qint64 bytes) {
    if (!isRunning())
        return;
    if (total > 1) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
    QString text = m_what;
    if (total > 1)
        text += u" · "_s + tr("%1 of %2 requests done").arg(done).arg(total);
    if (bytes > 0)
        text += u" · "_s + QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    m_text->setText(text);
}

void GenerationStatus::setText(const QString &text) {
    m_text->setText(text);
}

void GenerationStatus::end(const QString &outcome) {
    m_timer->stop();
    m_clock.invalidate();
    m_progress->hide();
    m_elapsed->hide();
    m_cancel->hide();
    m_text->setText(outcome);
}

void GenerationStatus::setSaveAllEnabled(bool enabled) {
    m_saveAll->setEnabled(enabled);
}

void GenerationStatus::tick() {
    if (m_clock.isValid())
        m_elapsed->setText(formatSeconds(m_clock.elapsed()));
}

} // namespace orc
