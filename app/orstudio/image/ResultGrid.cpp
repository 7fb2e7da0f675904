#include "image/ResultGrid.h"

#include "image/ResultCard.h"
#include "widgets/Named.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace orc {

ResultGrid::ResultGrid(QWidget *parent)
    : QScrollArea(parent)
    , m_canvas(new QWidget(this))
    , m_layout(new QGridLayout(m_canvas))
    , m_empty(named(new QLabel(m_canvas), u"resultsEmpty"_s)) {
    setObjectName(u"resultGrid"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setSpacing(10);
    m_layout->setContentsMargins(10, 10, 10, 10);
    m_layout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setText(tr("Generated images appear here. Write a prompt, pick an aspect ratio "
                        "and size, and press Generate."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setMinimumHeight(120);
    m_empty->setMaximumWidth(380);
    setWidget(m_canvas);
    relayout();
}

int ResultGrid::availableWidth() const {
    return viewport()->width() - m_layout->contentsMargins().left() -
           m_layout->contentsMargins().right();
}

int ResultGrid::columns() const {
    const int spacing = m_layout->horizontalSpacing();
    return std::max(1, (availableWidth() + spacing) /
                           (ResultCard::kMinPreviewSide + ResultCard::kFrame + spacing));
}

int ResultGrid::previewSide(int columns) const {
    const int spacing = m_layout->horizontalSpacing();
    const int each = (availableWidth() - (columns - 1) * spacing) / columns;
    return std::clamp(each - ResultCard::kFrame, ResultCard::kMinPreviewSide,
                      ResultCard::kMaxPreviewSide);
}

void ResultGrid::relayout() {
    while (m_layout->count() > 0)
        m_layout->takeAt(0);
    m_empty->setVisible(m_cards.isEmpty());
    m_layout->setAlignment(m_cards.isEmpty() ? Qt::AlignCenter : Qt::AlignTop | Qt::AlignLeft);
    if (m_cards.isEmpty()) {
        m_layout->addWidget(m_empty, 0, 0);
        return;
    }
    const int cols = columns();
    const int side = previewSide(cols);
    m_lastColumns = cols;
    m_lastSide = side;
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cards.at(i)->setPreviewSide(side);
        m_layout->addWidget(m_cards.at(i), i / cols, i % cols);
    }
}

void ResultGrid::resizeEvent(QResizeEvent *event) {
    QScrollArea::resizeEvent(event);
    const int cols = columns();
    if (cols != m_lastColumns || previewSide(cols) != m_lastSide)
        relayout();
}

ResultCard *ResultGrid::newCard(ResultCard *card) {
    card->setGeneration(m_generation);
    emit cardAdded(card);
    return card;
}

int ResultGrid::firstIndexOfGeneration(int generation) const {
    for (int i = 0; i < m_cards.size(); ++i)
        if (m_cards.at(i)->generation() == generation)
            return i;
    return -1;
}

void ResultGrid::beginGeneration(int expectedImages) {
    ++m_generation;
    for (int i = 0; i < expectedImages; ++i)
        m_cards.insert(i, newCard(new ResultCard(m_canvas)));
    relayout();
    verticalScrollBar()->setValue(0);
}

void ResultGrid::showPreview(const StudioImage &partial) {
    // Streamed previews go to the first placeholder of the running generation.
    for (ResultCard *card : std::as_const(m_cards)) {
        if (card->generation() == m_generation && card->isPlaceholder()) {
            card->showPartial(partial);
            return;
        }
    }
}

ResultCard *ResultGrid::addImage(const StudioImage &image) {
    for (ResultCard *card : std::as_const(m_cards)) {
        if (card->generation() == m_generation && card->isPlaceholder()) {
            card->setImage(image);
            return card;
        }
    }
    // More images than expected (a model may return several per call): after the group.
    int at = firstIndexOfGeneration(m_generation);
    if (at < 0)
        at = 0;
    while (at < m_cards.size() && m_cards.at(at)->generation() == m_generation)
        ++at;
    ResultCard *card = newCard(new ResultCard(image, m_canvas));
    m_cards.insert(at, card);
    relayout();
    return card;
}

void ResultGrid::endGeneration(const QList<StudioImage> &finalImages) {
    bool changed = false;
    for (qsizetype i = m_cards.size() - 1; i >= 0; --i) {
        ResultCard *card = m_cards.at(i);
        if (card->generation() != m_generation)
            continue;
        if (card->isPlaceholder()) {
            m_cards.removeAt(i);
            card->deleteLater();
            changed = true;
            continue;
        }
        for (const StudioImage &image : finalImages)
            if (image.index == card->image().index)
                card->setImage(image);
    }
    if (changed)
        relayout();
}

void ResultGrid::showImages(const QList<StudioImage> &images) {
    ++m_generation;
    for (int i = 0; i < images.size(); ++i)
        m_cards.insert(i, newCard(new ResultCard(images.at(i), m_canvas)));
    relayout();
    verticalScrollBar()->setValue(0);
}

void ResultGrid::removeCard(ResultCard *card) {
    if (!m_cards.removeOne(card))
        return;
    card->hide();
    card->deleteLater();
    relayout();
}

void ResultGrid::clear() {
    for (ResultCard *card : std::as_const(m_cards))
        card->deleteLater();
    m_cards.clear();
    relayout();
}

QList<ResultCard *> ResultGrid::imageCards() const {
    QList<ResultCard *> out;
    for (ResultCard *card : m_cards)
        if (!card->isPlaceholder())
            out.append(card);
    return out;
}

int ResultGrid::placeholderCount() const {
    return int(m_cards.size() - imageCards().size());
}

} // namespace orc
