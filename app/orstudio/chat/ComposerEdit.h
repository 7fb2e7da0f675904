#pragma once

#include <QImage>
#include <QPlainTextEdit>
#include <QStringList>

namespace orc {

// The composer's text field: Ctrl+Enter sends and Enter breaks the line, or the reverse
// (Enter sends, Shift/Ctrl+Enter breaks the line) with setSendWithEnter(true). Pasted or
// dropped images and local files become attachments instead of text.
class ComposerEdit final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerEdit)
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    void setSendWithEnter(bool sendWithEnter);
    bool sendWithEnter() const { return m_sendWithEnter; }

    QSize sizeHint() const override;

signals:
    void submitRequested();
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    bool m_sendWithEnter = false;
};

} // namespace orc
