#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace orc {

// A warning strip shown above content that is still usable: an icon, a message (rich text)
// and an optional Retry button.
class NoticeBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)
public:
    explicit NoticeBanner(QWidget *parent = nullptr);

    // Shows the banner.
    void showNotice(const QString &html, bool offerRetry);
    QString text() const;
    void setRetryEnabled(bool enabled);
    QPushButton *retryButton() const { return m_retry; }
    QLabel *label() const { return m_label; }

signals:
    void retryRequested();

private:
    QLabel *m_label;
    QPushButton *m_retry;
};

} // namespace orc
