#include "chat/MarkdownView.h"

#include "Icons.h"
#include "chat/MarkdownDocument.h"
#include "chat/MarkdownStyle.h"
#include "widgets/WidgetPool.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace orc {

MarkdownView::MarkdownView(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    // Growing (a streaming reply) repaints only the new strip; documentChanged() repaints the
    // segments that changed, and a new width repaints everything (resizeEvent).
    setAttribute(Qt::WA_StaticContents);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

MarkdownView::~MarkdownView() = default;

bool MarkdownView::isOpenableLink(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == "http"_L1 || scheme == "https"_L1 || scheme == "mailto"_L1);
}

void MarkdownView::setDocument(std::shared_ptr<MarkdownDocument> document) {
    if (document == m_doc)
        return;
    m_doc = std::move(document);
    m_selAnchor = m_selCursor = Pos{};
    if (m_doc)
        m_doc->takeChangedFrom();
    documentChanged();
    update();
}

void MarkdownView::documentChanged() {
    int from = 0;
    if (m_doc) {
        // A selection past the end of a shrunken document is dropped.
        if (m_selAnchor.segment >= m_doc->segmentCount() ||
            m_selCursor.segment >= m_doc->segmentCount())
            m_selAnchor = m_selCursor = Pos{};
        from = m_doc->takeChangedFrom();
        if (width() > 0)
            m_doc->layout(width());
    }
    updateGeometry();
    syncCopyButtons();
    if (!m_doc || from <= 0) {
        update();
    } else if (from < m_doc->segmentCount()) {
        // Text above the first changed segment has not moved: repaint from there down.
        const int top = int(m_doc->segmentRect(from).top()) - m_doc->style().segmentSpacing;
        update(QRect(0, qMax(0, top), width(), height() - qMax(0, top)));
    } else if (m_doc->segmentCount() > 0) {
        const int top = int(m_doc->segmentRect(m_doc->segmentCount() - 1).bottom());
        update(QRect(0, qMax(0, top), width(), height() - qMax(0, top)));
    }
}

int MarkdownView::heightForWidth(int width) const {
    if (!m_doc)
        return 0;
    m_doc->layout(width);
    return int(std::ceil(m_doc->height()));
}

QSize MarkdownView::sizeHint() const {
    const int w = width() > 0 ? width() : 400;
    return QSize(w, heightForWidth(w));
}

QSize MarkdownView::minimumSizeHint() const {
    return QSize(40, 0);
}

void MarkdownView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (m_doc)
        m_doc->layout(width());
    if (event->oldSize().width() != width())
        update(); // everything reflows
    syncCopyButtons();
}

void MarkdownView::syncCopyButtons() {
    int used = 0;
    if (m_doc) {
        const MarkdownStyle &st = m_doc->style();
        for (int i = 0; i < m_doc->segmentCount(); ++i) {
            if (!m_doc->isCode(i))
                continue;
            QToolButton *button = pooledWidget(m_copyButtons, used, [this] {
                auto *button = new QToolButton(this);
                button->setObjectName(u"codeCopyButton"_s);
                button->setAutoRaise(true);
                button->setIcon(Icons::action(u"copy"_s));
                button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                button->setCursor(Qt::ArrowCursor);
                button->setFocusPolicy(Qt::TabFocus);
                QFont f = button->font();
                f.setPointSizeF(f.pointSizeF() * 0.9);
                button->setFont(f);
                connect(button, &QToolButton::clicked, this, [this, button] {
                    const int segment = button->property("segment").toInt();
                    if (!m_doc || !m_doc->isCode(segment))
                        return;
                    QGuiApplication::clipboard()->setText(m_doc->code(segment));
                    button->setText(tr("Copied"));
                    QTimer::singleShot(1500, button, [button] {
                        button->setText(QCoreApplication::translate("orc::MarkdownView", "Copy"));
                    });
                });
                return button;
            });
            button->setProperty("segment", i);
            if (button->text() != tr("Copied"))
                button->setText(tr("Copy"));
            button->setToolTip(tr("Copy this code to the clipboard"));
            const QRectF r = m_doc->segmentRect(i);
            const QSize hint = button->sizeHint();
            const int h = qMin(hint.height(), st.codeHeaderHeight - 2);
            button->setGeometry(int(r.right()) - hint.width() - 4,
                                int(r.top()) + (st.codeHeaderHeight - h) / 2, hint.width(), h);
            button->show();
        }
    }
    hideUnused(m_copyButtons, used);
}

QList<QToolButton *> MarkdownView::copyButtons() const {
    return shownWidgets(m_copyButtons);
}

void MarkdownView::paintEvent(QPaintEvent *event) {
    if (!m_doc)
        return;
    m_doc->layout(width());
    const MarkdownStyle &st = m_doc->style();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF clip = event->rect();

    Pos from = m_selAnchor, to = m_selCursor;
    if (to < from)
        std::swap(from, to);
    const bool selection = hasSelection();

    for (int i = 0; i < m_doc->segmentCount(); ++i) {
        QTextDocument *doc = m_doc->document(i);
        const QRectF rect = m_doc->segmentRect(i);
        if (!doc || !rect.intersects(clip)) {
            if (rect.top() > clip.bottom())
                break;
            continue;
        }
        if (m_doc->isCode(i)) {
            QPainterPath box;
            box.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
            p.fillPath(box, st.codeBackground);
            p.setPen(QPen(st.codeBorder, 1));
            p.drawPath(box);
            p.drawLine(QPointF(rect.left() + 1, rect.top() + st.codeHeaderHeight - 4),
                       QPointF(rect.right() - 1, rect.top() + st.codeHeaderHeight - 4));
            QFont header = font();
            header.setPointSizeF(header.pointSizeF() * 0.85);
            p.setFont(header);
            p.setPen(st.codeHeaderText);
            const QString language = m_doc->language(i);
            p.drawText(QRectF(rect.left() + st.codePadding, rect.top(), rect.width() / 2,
                              st.codeHeaderHeight - 4),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       language.isEmpty() ? tr("code") : language);
        }
        for (const QRectF &bar : m_doc->quoteBars(i))
            p.fillRect(bar, st.quoteBar);

        const QPointF offset = m_doc->documentOffset(i);
        p.save();
        p.translate(offset);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip.translated(-offset);
        ctx.palette = palette();
        ctx.palette.setColor(QPalette::Text, st.text);
        if (selection && i >= from.segment && i <= to.segment) {
            QTextCursor c(doc);
            const int end = doc->characterCount() - 1;
            c.setPosition(qBound(0, i == from.segment ? from.pos : 0, end));
            c.setPosition(qBound(0, i == to.segment ? to.pos : end, end), QTextCursor::KeepAnchor);
            QAbstractTextDocumentLayout::Selection sel;
            sel.cursor = c;
            sel.format.setBackground(st.selection);
            sel.format.setForeground(st.selectedText);
            ctx.selections.append(sel);
        }
        doc->documentLayout()->draw(&p, ctx);
        p.restore();
    }
}

MarkdownView::Pos MarkdownView::hitTest(const QPointF &point) const {
    if (!m_doc)
        return {};
    const int segment = m_doc->segmentAt(point.y());
    QTextDocument *doc = m_doc->document(segment);
    if (!doc)
        return {};
    const QPointF local = point - m_doc->documentOffset(segment);
    const int pos = doc->documentLayout()->hitTest(local, Qt::FuzzyHit);
    return Pos{segment, qMax(0, pos)};
}

QString MarkdownView::anchorAt(const QPoint &pos) const {
    if (!m_doc)
        return {};
    const int segment = m_doc->segmentAt(pos.y());
    QTextDocument *doc = m_doc->document(segment);
    if (!doc || !m_doc->segmentRect(segment).contains(pos))
        return {};
    return doc->documentLayout()->anchorAt(QPointF(pos) - m_doc->documentOffset(segment));
}

bool MarkdownView::hasSelection() const {
    return m_selAnchor.segment >= 0 && m_selCursor.segment >= 0 && !(m_selAnchor == m_selCursor);
}

QString MarkdownView::selectedText() const {
    if (!hasSelection() || !m_doc)
        return {};
    Pos from = m_selAnchor, to = m_selCursor;
    if (to < from)
        std::swap(from, to);
    return m_doc->textBetween(from.segment, from.pos, to.segment, to.pos);
}

void MarkdownView::selectAll() {
    if (!m_doc || m_doc->segmentCount() == 0)
        return;
    m_selAnchor = Pos{0, 0};
    const int last = m_doc->segmentCount() - 1;
    QTextDocument *doc = m_doc->document(last);
    m_selCursor = Pos{last, doc ? doc->characterCount() - 1 : 0};
    update();
}

void MarkdownView::clearSelection() {
    m_selAnchor = m_selCursor = Pos{};
    update();
}

void MarkdownView::copySelection() {
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void MarkdownView::openLink(const QString &href) {
    const QUrl url(href);
    if (!isOpenableLink(url))
        return;
    QDesktopServices::openUrl(url);
    emit linkActivated(url);
}

void MarkdownView::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressedHref = anchorAt(event->position().toPoint());
    const Pos hit = hitTest(event->position());
    if (event->modifiers() & Qt::ShiftModifier && m_selAnchor.segment >= 0) {
        m_selCursor = hit;
    } else {
        m_selAnchor = m_selCursor = hit;
    }
    m_selecting = true;
    update();
}

void MarkdownView::mouseMoveEvent(QMouseEvent *event) {
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        const Pos hit = hitTest(event->position());
        if (!(hit == m_selCursor)) {
            m_selCursor = hit;
            if (hasSelection())
                m_pressedHref.clear();
            update();
        }
        return;
    }
    const QString href = anchorAt(event->position().toPoint());
    if (!href.isEmpty()) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(href);
    } else {
        setCursor(Qt::IBeamCursor);
        setToolTip(QString());
    }
}

void MarkdownView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_selecting = false;
    const QString href = anchorAt(event->position().toPoint());
    if (!m_pressedHref.isEmpty() && href == m_pressedHref && !hasSelection())
        openLink(href);
    m_pressedHref.clear();
    if (hasSelection() && QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void MarkdownView::mouseDoubleClickEvent(QMouseEvent *event) {
    const Pos hit = hitTest(event->position());
    QTextDocument *doc = m_doc ? m_doc->document(hit.segment) : nullptr;
    if (!doc)
        return;
    QTextCursor c(doc);
    c.setPosition(hit.pos);
    c.select(QTextCursor::WordUnderCursor);
    m_selAnchor = Pos{hit.segment, c.selectionStart()};
    m_selCursor = Pos{hit.segment, c.selectionEnd()};
    m_selecting = false;
    update();
}

void MarkdownView::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        event->accept();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void MarkdownView::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this, &MarkdownView::copySelection);
    copy->setEnabled(hasSelection());
    const QString href = anchorAt(event->pos());
    if (!href.isEmpty()) {
        menu.addAction(tr("Copy &Link Address"), this,
                       [href] { QGuiApplication::clipboard()->setText(href); });
        if (isOpenableLink(QUrl(href)))
            menu.addAction(tr("&Open Link"), this, [this, href] { openLink(href); });
    }
    menu.addSeparator();
    menu.addAction(tr("Select &All"), this, &MarkdownView::selectAll);
    menu.exec(event->globalPos());
}

} // namespace orc
