#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace orc {

// The strip above the results while and after generating: a progress indicator (busy, or
// "n of m requests" when several run), the elapsed time ticking, Cancel, the last outcome
// ("2 images in 8.1 s · $0.078"), and Save All.
class GenerationStatus final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationStatus)
public:
    explicit GenerationStatus(QWidget *parent = nullptr);

    void begin(const QString &what);
    void setProgress(int done, int total, qint64 bytes);
    void setText(const QString &text); // outcome or a short note
    void end(const QString &outcome);
    bool isRunning() const { return m_clock.isValid(); }
    void setSaveAllEnabled(bool enabled);

    static QString formatSeconds(qint64 ms);
    // "1 image", "3 images" (plural forms stay translatable).
    static QString imageCount(int n);

signals:
    void cancelRequested();
    void saveAllRequested();

private:
    void tick();

    QElapsedTimer m_clock;
    QString m_what;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QLabel *m_text;
    QPushButton *m_cancel;
    QPushButton *m_saveAll;
    QTimer *m_timer;
};

} // namespace orc
