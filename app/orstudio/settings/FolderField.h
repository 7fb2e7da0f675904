#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace orc {

// A folder setting: a line edit (empty = the default, shown as placeholder), a Browse button
// and an Open button that shows the folder in the file manager.
class FolderField final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderField)
public:
    explicit FolderField(QWidget *parent = nullptr);

    QString path() const; // trimmed; empty = default
    void setPath(const QString &path);
    void setDefaultPath(const QString &path);
    QString effectivePath() const; // path(), else the default
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void pathChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();

    QLineEdit *m_edit;
    QToolButton *m_browse;
    QToolButton *m_open;
    QString m_default;
};

} // namespace orc
