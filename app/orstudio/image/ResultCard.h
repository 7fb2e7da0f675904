#pragma once

#include "image/StudioImage.h"

#include <QFrame>
#include <QPoint>

class QLabel;
class QToolButton;

namespace orc {

// One result in the studio's grid: the preview (or a "generating" placeholder, or a streamed
// partial preview), a line with pixel size, model and cost, and the image's actions. Clicking
// the preview opens the viewer; dragging it carries the file and the image to other programs.
class ResultCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultCard)
public:
    static constexpr int kPreviewSide = 220; // default; the grid sizes cards to its width
    static constexpr int kMinPreviewSide = 180;
    static constexpr int kMaxPreviewSide = 280;
    static constexpr int kFrame = 16; // card width = preview side + kFrame

    explicit ResultCard(QWidget *parent = nullptr); // a placeholder
    explicit ResultCard(const StudioImage &image, QWidget *parent = nullptr);

    bool isPlaceholder() const { return m_placeholder; }
    const StudioImage &image() const { return m_image; }
    void setImage(const StudioImage &image); // fills a placeholder or updates the info
    void showPartial(const StudioImage &partial);
    // "Use as input" only where the chosen model takes input images.
    void setUseAsInputEnabled(bool enabled);
    void setPreviewSide(int side);
    void setGeneration(int generation) { m_generation = generation; }
    int generation() const { return m_generation; }

    static QString infoText(const StudioImage &image);

signals:
    void openRequested(orc::ResultCard *card);
    void saveRequested(orc::ResultCard *card);
    void copyRequested(orc::ResultCard *card);
    void useAsInputRequested(orc::ResultCard *card);
    void deleteRequested(orc::ResultCard *card);
    void dragRequested(orc::ResultCard *card);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUp();
    void refresh(const StudioImage &image);

    StudioImage m_image;
    QImage m_shown; // the thumbnail on display (final or streamed preview)
    int m_side = kPreviewSide;
    bool m_placeholder = true;
    int m_generation = 0;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_useAllowed = true;
    QLabel *m_preview;
    QLabel *m_info;
    QToolButton *m_save;
    QToolButton *m_copy;
    QToolButton *m_use;
    QToolButton *m_delete;
};

} // namespace orc
