#pragma once

#include "image/StudioImage.h"

#include <QList>
#include <QScrollArea>

class QGridLayout;
class QLabel;

namespace orc {

class ResultCard;

// The studio's results: cards in a grid that reflows with the width, newest generation first.
// A generation starts with one placeholder per expected image; images fill them as they
// arrive (streamed previews first when the API sends them), and leftover placeholders go when
// the generation ends.
class ResultGrid final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultGrid)
public:
    explicit ResultGrid(QWidget *parent = nullptr);

    void beginGeneration(int expectedImages);
    void showPreview(const StudioImage &partial);
    ResultCard *addImage(const StudioImage &image);
    // Drops the generation's unfilled placeholders and updates its cards (cost, gallery ids).
    void endGeneration(const QList<StudioImage> &finalImages);
    // Shows a stored generation (gallery "open") as the newest group.
    void showImages(const QList<StudioImage> &images);
    void removeCard(ResultCard *card);
    void clear();

    QList<ResultCard *> cards() const { return m_cards; } // in display order
    QList<ResultCard *> imageCards() const;               // without placeholders
    int placeholderCount() const;
    int currentGeneration() const { return m_generation; }

signals:
    void cardAdded(orc::ResultCard *card); // connect the card's actions here

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    ResultCard *newCard(ResultCard *card);
    void relayout();
    int columns() const;
    int availableWidth() const;
    int previewSide(int columns) const;
    int firstIndexOfGeneration(int generation) const;

    QWidget *m_canvas;
    QGridLayout *m_layout;
    QLabel *m_empty;
    QList<ResultCard *> m_cards;
    int m_generation = 0;
    int m_lastColumns = 0;
    int m_lastSide = 0;
};

} // namespace orc
