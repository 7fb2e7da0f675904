#pragma once

#include "api/ImageModels.h"
#include "domain/ModelInfo.h"
#include "image/ImageGenerator.h"

#include <QList>
#include <QWidget>

#include <functional>

#include <memory>

class QLabel;
class QSplitter;

namespace orc {

class GalleryPanel;
class GalleryStore;
class GenerationStatus;
class ImageActions;
class ImageControlsPanel;
class NoticeBanner;
class OpenRouterClient;
class ResultCard;
class ResultGrid;
struct GalleryEntry;

// The image studio: controls on the left (ImageControlsPanel), the running generation's status
// and the results grid in the middle, the gallery of past generations on the right. Images are
// generated in the background (ImageGenerator), decoded and thumbnailed off the UI thread, and
// kept under the images folder with their metadata in <data>/gallery.sqlite. Every failure is
// one message in the studio's banner. Dropping an image saved by the studio restores its
// settings; dropping or pasting any other image adds it as an input image.
class ImageStudioPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageStudioPage)
public:
    // Gallery in GalleryStore::defaultPath(), images in Settings::imagesDir().
    explicit ImageStudioPage(OpenRouterClient *client, QWidget *parent = nullptr);
    ImageStudioPage(OpenRouterClient *client, const QString &galleryPath, const QString &imagesDir,
                    QWidget *parent = nullptr);
    ~ImageStudioPage() override;

    // The catalogue's "Generate images" and the remembered model.
    void setModel(const ModelInfo &model);
    const ModelInfo &model() const { return m_model; }
    void setCatalog(const QList<ModelInfo> &models);
    void setImageModels(const ImageModels &models); // normally fetched from GET /images/models
    void fetchImageModels();
    bool imageModelsLoaded() const { return m_imageModelsLoaded; }

    bool generate(); // false (with a message) when the request cannot be sent
    // Applies `request` (model, prompt, aspect, size, count...) and generates as soon as the
    // Images API model list is known (so the route is right). For scripted runs (--grab).
    void generateWhenReady(const ImageRequest &request);
    // "aspect=16:9,size=2K,count=2,background=transparent,quality=high" into `request`;
    // false with *error naming the bad item.
    static bool parseSettings(const QString &text, ImageRequest *request, QString *error);
    void cancel();
    bool isGenerating() const;
    void rerun(const GalleryEntry &entry);
    void applySettings(const GalleryEntry &entry, bool withInputs);
    // Drop-back: restores the settings an OR Studio image carries; false when it has none.
    bool restoreFromFile(const QString &path);
    void pasteFromClipboard();
    void showNotice(const QString &message, bool offerRetry = false);
    void hideNotice();

    ImageControlsPanel *controls() const { return m_controls; }
    ResultGrid *grid() const { return m_grid; }
    GalleryPanel *galleryPanel() const { return m_galleryPanel; }
    GalleryStore *galleryStore() const { return m_gallery.get(); }
    ImageActions *actions() const { return m_actions; }
    ImageGenerator *generator() const { return m_generator; }
    // Asked before each generation (the budgets): false starts nothing.
    void setSendGuard(std::function<bool()> guard) { m_sendGuard = std::move(guard); }
    GenerationStatus *status() const { return m_status; }
    NoticeBanner *notice() const { return m_notice; }
    QLabel *modelText() const { return m_modelText; }
    const QString &imagesDir() const { return m_imagesDir; }

signals:
    void catalogRequested();
    void generationFinished(const orc::ImageGenerator::Outcome &outcome);
    void imageModelsChanged();
    void statusMessage(const QString &message, int timeoutMs);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void refreshModels();
    void keepChosenModelListed(); // the chosen model stays in m_catalog
    void onModelChanged(const QString &modelId);
    void onFinished(const ImageGenerator::Outcome &outcome);
    void connectCard(ResultCard *card);
    void deleteCard(ResultCard *card);
    void openGalleryEntry(const GalleryEntry &entry);
    void setBusy(bool busy);

    OpenRouterClient *m_client;
    std::unique_ptr<GalleryStore> m_gallery;
    QString m_imagesDir;
    ModelInfo m_model;
    QList<ModelInfo> m_catalog;
    ImageModels m_imageModels;
    bool m_imageModelsLoaded = false;
    ImageGenerator *m_generator;
    ImageActions *m_actions;
    ImageControlsPanel *m_controls;
    GenerationStatus *m_status;
    NoticeBanner *m_notice;
    QLabel *m_modelText;
    ResultGrid *m_grid;
    GalleryPanel *m_galleryPanel;
    QSplitter *m_splitter;
    std::function<bool()> m_sendGuard;
};

} // namespace orc
