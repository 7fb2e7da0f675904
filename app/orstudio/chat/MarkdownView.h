#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QToolButton;
class QUrl;

namespace orc {

class MarkdownDocument;

// Paints a MarkdownDocument (no scroll bars: its height follows its width) with text selection
// across segments, clickable links (http, https and mailto open in the browser), a context menu,
// and a Copy button in the header of every code block.
class MarkdownView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownView)
public:
    explicit MarkdownView(QWidget *parent = nullptr);
    ~MarkdownView() override;

    void setDocument(std::shared_ptr<MarkdownDocument> document);
    MarkdownDocument *document() const { return m_doc.get(); }
    // Call after the document's text changed: lays out again, repaints, updates Copy buttons.
    void documentChanged();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    bool hasSelection() const;
    QString selectedText() const;
    void selectAll();
    void clearSelection();
    QString anchorAt(const QPoint &pos) const;
    // The Copy buttons of the code blocks, in order (for tests and accessibility).
    QList<QToolButton *> copyButtons() const;

    static bool isOpenableLink(const QUrl &url);

signals:
    void linkActivated(const QUrl &url);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Pos {
        int segment = -1;
        int pos = 0;
        bool operator==(const Pos &) const = default;
        bool operator<(const Pos &o) const {
            return segment < o.segment || (segment == o.segment && pos < o.pos);
        }
    };
    Pos hitTest(const QPointF &point) const;
    void copySelection();
    void openLink(const QString &href);
    void syncCopyButtons();

    std::shared_ptr<MarkdownDocument> m_doc;
    Pos m_selAnchor;
    Pos m_selCursor;
    bool m_selecting = false;
    QString m_pressedHref;
    QList<QToolButton *> m_copyButtons;
};

} // namespace orc
