#pragma once

#include <QIcon>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace orc {

// A centred "nothing to show here" panel: an icon, a title, a message saying why and what to do,
// an optional detail line, an optional busy indicator and an optional action button. Used for
// loading, empty and error states so that a view is never just blank.
class EmptyStateWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setMessage(const QString &message); // rich text allowed
    void setDetail(const QString &detail);   // plain text, selectable; hidden when empty
    void setBusy(bool busy);
    // Shows the button with this text; an empty text hides it.
    void setActionText(const QString &text);

    QString title() const;
    QString message() const;
    QString detail() const;
    bool isBusy() const;
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_detail;
    QProgressBar *m_busy;
    QPushButton *m_action;
};

} // namespace orc
