#include "chat/ComposerEdit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QStringList localFiles(const QMimeData *source) {
    QStringList paths;
    if (!source->hasUrls())
        return paths;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent) {
    setObjectName(u"composerEdit"_s);
    setTabChangesFocus(true);
    setSendWithEnter(false);
}

void ComposerEdit::setSendWithEnter(bool sendWithEnter) {
    m_sendWithEnter = sendWithEnter;
    setPlaceholderText(sendWithEnter
                           ? tr("Message the model. Enter sends, Shift+Enter starts a new line.")
                           : tr("Message the model. Ctrl+Enter sends."));
}

QSize ComposerEdit::sizeHint() const {
    // About four lines; the splitter above lets the user make it taller.
    const int lines = 4;
    return {QPlainTextEdit::sizeHint().width(),
            fontMetrics().lineSpacing() * lines + 2 * (frameWidth() + 4)};
}

void ComposerEdit::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
        const bool plain = mods == Qt::NoModifier;
        const bool ctrl = mods == Qt::ControlModifier;
        const bool shift = mods == Qt::ShiftModifier;
        if (m_sendWithEnter ? plain : ctrl) {
            event->accept();
            emit submitRequested();
            return;
        }
        if (plain || ctrl || shift) {
            // A real paragraph break (not the line separator Shift+Enter would insert).
            event->accept();
            textCursor().insertBlock();
            ensureCursorVisible();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const {
    return source->hasImage() || !localFiles(source).isEmpty() ||
           QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source) {
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    if (source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            emit imagePasted(image);
            return;
        }
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace orc
