#include "image/ImageStudioPage.h"

#include "api/ApiCall.h"
#include "api/OpenRouterClient.h"
#include "image/GalleryPanel.h"
#include "image/GenerationStatus.h"
#include "image/ImageActions.h"
#include "image/ImageControlsPanel.h"
#include "image/ImageModelOptions.h"
#include "image/ImageTasks.h"
#include "image/ImageViewer.h"
#include "image/InputImageStrip.h"
#include "image/ResultCard.h"
#include "image/ResultGrid.h"
#include "store/GalleryStore.h"
#include "store/ImageFiles.h"
#include "store/Settings.h"
#include "widgets/NoticeBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

ImageStudioPage::ImageStudioPage(OpenRouterClient *client, QWidget *parent)
    : ImageStudioPage(client, GalleryStore::defaultPath(), Settings().imagesDir(), parent) {}

ImageStudioPage::ImageStudioPage(OpenRouterClient *client, const QString &galleryPath,
                                 const QString &imagesDir, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_gallery(std::make_unique<GalleryStore>(galleryPath))
    , m_imagesDir(imagesDir)
    , m_generator(new ImageGenerator(client, this))
    , m_actions(new ImageActions(this))
    , m_controls(new ImageControlsPanel(this))
    , m_status(new GenerationStatus(this))
    , m_notice(new NoticeBanner(this))
    , m_modelText(new QLabel(this))
    , m_grid(new ResultGrid(this))
    , m_galleryPanel(new GalleryPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this)) {
    setObjectName(u"imagePage"_s);
    setAcceptDrops(true);
    buildUi();

    QString error;
    if (m_gallery->open(&error)) {
        m_generator->setGallery(m_gallery.get(), m_imagesDir);
        m_galleryPanel->setStore(m_gallery.get());
    } else {
        showNotice(tr("The gallery cannot be opened, so images are not kept: %1").arg(error));
        m_generator->setGallery(nullptr, m_imagesDir);
    }

    connect(m_controls, &ImageControlsPanel::modelChanged, this, &ImageStudioPage::onModelChanged);
    connect(m_controls, &ImageControlsPanel::generateRequested, this, [this] { generate(); });
    connect(m_controls, &ImageControlsPanel::catalogRequested, this,
            &ImageStudioPage::catalogRequested);
    connect(m_controls, &ImageControlsPanel::problem, this,
            [this](const QString &message) { showNotice(message); });
    connect(m_notice, &NoticeBanner::retryRequested, this, [this] { generate(); });
    connect(m_status, &GenerationStatus::cancelRequested, this, &ImageStudioPage::cancel);
    connect(m_status, &GenerationStatus::saveAllRequested, this, [this] {
        QList<StudioImage> images;
        for (ResultCard *card : m_grid->imageCards())
            images.append(card->image());
        m_actions->saveAll(images);
    });

    connect(m_generator, &ImageGenerator::started, this, [this](int expected) {
        m_grid->beginGeneration(expected);
        m_status->begin(tr("Generating with %1…").arg(m_generator->request().model));
    });
    connect(m_generator, &ImageGenerator::progress, m_status, &GenerationStatus::setProgress);
    connect(m_generator, &ImageGenerator::textChanged, this, [this](const QString &text) {
        m_modelText->setText(text);
        m_modelText->setVisible(!text.trimmed().isEmpty());
    });
    connect(m_generator, &ImageGenerator::retrying, m_status, &GenerationStatus::setText);
    connect(m_generator, &ImageGenerator::previewReady, m_grid, &ResultGrid::showPreview);
    connect(m_generator, &ImageGenerator::imageReady, this, [this](const StudioImage &image) {
        m_grid->addImage(image);
        m_status->setSaveAllEnabled(true);
    });
    connect(m_generator, &ImageGenerator::imageFailed, this,
            [this](const QString &message) { showNotice(message); });
    connect(m_generator, &ImageGenerator::finished, this, &ImageStudioPage::onFinished);
    connect(m_grid, &ResultGrid::cardAdded, this, &ImageStudioPage::connectCard);

    connect(m_actions, &ImageActions::saved, this, [this](const QString &path) {
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    connect(m_actions, &ImageActions::savedAll, this, [this](const QString &folder, int count) {
        m_status->setText(
            tr("Saved %1 to %2")
                .arg(GenerationStatus::imageCount(count), QDir::toNativeSeparators(folder)));
    });
    connect(m_actions, &ImageActions::copied, this,
            [this] { m_status->setText(tr("Copied the image to the clipboard.")); });
    connect(m_actions, &ImageActions::failed, this,
            [this](const QString &message) { showNotice(message); });

    connect(m_galleryPanel, &GalleryPanel::openRequested, this, &ImageStudioPage::openGalleryEntry);
    connect(m_galleryPanel, &GalleryPanel::rerunRequested, this, &ImageStudioPage::rerun);
    connect(m_galleryPanel, &GalleryPanel::settingsRequested, this,
            [this](const GalleryEntry &e) { applySettings(e, true); });
    connect(m_galleryPanel, &GalleryPanel::deleted, this,
            [this](qint64 id, const QStringList &left) {
                for (ResultCard *card : m_grid->imageCards())
                    if (card->image().galleryId == id)
                        m_grid->removeCard(card);
                if (!left.isEmpty())
                    showNotice(tr("These files could not be removed: %1")
                                   .arg(left.join(u", "_s).toHtmlEscaped()));
            });

    auto *paste =
        new QShortcut(QKeySequence::Paste, this, this, &ImageStudioPage::pasteFromClipboard);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    m_controls->promptEdit()->installEventFilter(this);

    const QString remembered = Settings().string(Settings::Key::DefaultImageModel);
    if (!remembered.isEmpty())
        m_controls->selectModel(remembered);
    onModelChanged(m_controls->modelId());
    QMetaObject::invokeMethod(this, &ImageStudioPage::fetchImageModels, Qt::QueuedConnection);
}

ImageStudioPage::~ImageStudioPage() = default;

void ImageStudioPage::buildUi() {
    auto *controlsScroll = new QScrollArea(this);
    controlsScroll->setObjectName(u"imageControlsScroll"_s);
    controlsScroll->setWidget(m_controls);
    controlsScroll->setWidgetResizable(true);
    controlsScroll->setFrameShape(QFrame::NoFrame);
    controlsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlsScroll->setMinimumWidth(m_controls->sizeHint().width() + 20);

    m_modelText->setObjectName(u"modelText"_s);
    m_modelText->setWordWrap(true);
    m_modelText->setTextFormat(Qt::PlainText);
    m_modelText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelText->setContentsMargins(10, 4, 10, 4);
    m_modelText->hide();

    auto *dismiss = new QToolButton(m_notice);
    dismiss->setObjectName(u"noticeDismiss"_s);
    dismiss->setText(u"×"_s);
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, &ImageStudioPage::hideNotice);
    if (auto *row = qobject_cast<QHBoxLayout *>(m_notice->layout()))
        row->addWidget(dismiss, 0, Qt::AlignTop);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    centerLayout->addWidget(m_notice);
    centerLayout->addWidget(m_status);
    centerLayout->addWidget(m_modelText);
    centerLayout->addWidget(m_grid, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 8);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(controlsScroll, 1);
    auto *generateRow = new QHBoxLayout;
    generateRow->setContentsMargins(8, 0, 8, 0);
    generateRow->addWidget(m_controls->generateButton());
    leftLayout->addLayout(generateRow);

    m_splitter->setObjectName(u"imageSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_galleryPanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({340, 700, 250});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void ImageStudioPage::setModel(const ModelInfo &model) {
    m_model = model;
    if (!model.isValid())
        return;
    keepChosenModelListed();
    refreshModels();
    m_controls->selectModel(model.id());
}

void ImageStudioPage::setCatalog(const QList<ModelInfo> &models) {
    m_catalog = models;
    keepChosenModelListed();
    refreshModels();
}

void ImageStudioPage::keepChosenModelListed() {
    if (!m_model.isValid())
        return;
    for (const ModelInfo &m : std::as_const(m_catalog))
        if (m.id() == m_model.id())
            return;
    m_catalog.append(m_model);
}

void ImageStudioPage::setImageModels(const ImageModels &models) {
    m_imageModels = models;
    m_imageModelsLoaded = true;
    refreshModels();
    emit imageModelsChanged();
}

void ImageStudioPage::fetchImageModels() {
    ImageModels::fetch(m_client, this, [this](const ImageModels &models, const ApiError &error) {
        if (error.isError()) {
            // Not fatal: every model still works through chat completions.
            m_controls->setToolTip(tr("The Images API model list could not be loaded (%1); "
                                      "models are asked through chat completions.")
                                       .arg(error.message));
            m_imageModelsLoaded = true;
            emit imageModelsChanged();
            return;
        }
        setImageModels(models);
    });
}

void ImageStudioPage::refreshModels() {
    m_controls->setModels(m_catalog, m_imageModels);
    onModelChanged(m_controls->modelId());
}

void ImageStudioPage::onModelChanged(const QString &modelId) {
    const ImageModelOptions options =
        ImageModelOptions::forModel(modelId, m_imageModels, m_catalog);
    m_controls->setOptions(options);
    for (ResultCard *card : m_grid->cards())
        card->setUseAsInputEnabled(options.acceptsInputImages());
    setBusy(isGenerating());
    if (!modelId.isEmpty() && options.canGenerate())
        Settings().setValue(Settings::Key::DefaultImageModel, modelId);
}

bool ImageStudioPage::isGenerating() const {
    return m_generator->isRunning();
}

void ImageStudioPage::setBusy(bool busy) {
    m_controls->setBusy(busy);
    const ImageModelOptions &o = m_controls->options();
    if (!busy && !o.canGenerate())
        m_controls->setGenerateEnabled(false, o.route.error);
}

bool ImageStudioPage::generate() {
    if (isGenerating())
        return false;
    const ImageRequest request = m_controls->request();
    const ImageModelOptions &options = m_controls->options();
    if (m_controls->inputStrip()->isLoading()) {
        showNotice(tr("The input images are still loading; generate again in a moment."));
        return false;
    }
    const QStringList problems = options.check(request, m_imageModels);
    if (!problems.isEmpty()) {
        showNotice(problems.join(u"<br>"_s));
        return false;
    }
    if (m_sendGuard && !m_sendGuard())
        return false;
    hideNotice();
    m_modelText->clear();
    m_modelText->hide();
    m_controls->history().add(request.prompt);
    setBusy(true);
    return m_generator->start(request, options.route, m_controls->inputStrip()->inputs());
}

void ImageStudioPage::generateWhenReady(const ImageRequest &request) {
    auto go = [this, request] {
        m_controls->applyRequest(request);
        if (!generate())
            emit generationFinished(ImageGenerator::Outcome{}); // the notice says why
    };
    if (m_imageModelsLoaded)
        QMetaObject::invokeMethod(this, go, Qt::QueuedConnection);
    else
        connect(this, &ImageStudioPage::imageModelsChanged, this, go, Qt::SingleShotConnection);
}

bool ImageStudioPage::parseSettings(const QString &text, ImageRequest *request, QString *error) {
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0).trimmed();
        const QString value = item.section(u'=', 1).trimmed();
        bool ok = !value.isEmpty();
        if (key == "aspect"_L1)
            request->aspectRatio = value;
        else if (key == "size"_L1)
            request->imageSize = value;
        else if (key == "background"_L1)
            request->background = value;
        else if (key == "quality"_L1)
            request->quality = value;
        else if (key == "format"_L1)
            request->outputFormat = value;
        else if (key == "count"_L1)
            request->count = value.toInt(&ok);
        else
            ok = false;
        if (!ok) {
            *error = tr("\"%1\" is not an image setting; use aspect=, size=, background=, "
                        "quality=, format= or count=, separated by commas.")
                         .arg(item.trimmed());
            return false;
        }
    }
    return true;
}

void ImageStudioPage::cancel() {
    m_generator->cancel();
}

void ImageStudioPage::onFinished(const ImageGenerator::Outcome &outcome) {
    m_grid->endGeneration(outcome.images);
    setBusy(false);
    QString summary;
    switch (outcome.state) {
    case ChatResult::State::Completed:
        summary = tr("%1 in %2")
                      .arg(GenerationStatus::imageCount(int(outcome.images.size())),
                           GenerationStatus::formatSeconds(outcome.durationMs));
        if (outcome.cost)
            summary += u" · "_s + ModelPricing::formatUsd(*outcome.cost);
        break;
    case ChatResult::State::Cancelled:
        summary =
            outcome.images.isEmpty()
                ? tr("Cancelled after %1.").arg(GenerationStatus::formatSeconds(outcome.durationMs))
                : tr("Cancelled; kept the %1 that had arrived.")
                      .arg(GenerationStatus::imageCount(int(outcome.images.size())));
        break;
    default:
        summary = tr("Failed after %1.").arg(GenerationStatus::formatSeconds(outcome.durationMs));
        break;
    }
    m_status->end(summary);
    m_status->setSaveAllEnabled(!m_grid->imageCards().isEmpty());
    if (!outcome.error.isEmpty())
        showNotice(outcome.error.toHtmlEscaped().replace(u'\n', u"<br>"_s), true);
    else if (!outcome.warning.isEmpty())
        showNotice(outcome.warning.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (outcome.galleryId) {
        m_galleryPanel->refresh();
        m_galleryPanel->selectEntry(outcome.galleryId);
    }
    emit generationFinished(outcome);
}

void ImageStudioPage::showNotice(const QString &message, bool offerRetry) {
    m_notice->showNotice(message, offerRetry);
}

void ImageStudioPage::hideNotice() {
    m_notice->hide();
}

void ImageStudioPage::connectCard(ResultCard *card) {
    card->setUseAsInputEnabled(m_controls->options().acceptsInputImages());
    connect(card, &ResultCard::openRequested, this, [this](ResultCard *c) {
        auto *viewer = new ImageViewer(c->image(), this);
        viewer->show();
    });
    connect(card, &ResultCard::saveRequested, this,
            [this](ResultCard *c) { m_actions->save(c->image()); });
    connect(card, &ResultCard::copyRequested, this,
            [this](ResultCard *c) { m_actions->copy(c->image()); });
    connect(card, &ResultCard::dragRequested, this,
            [this](ResultCard *c) { m_actions->drag(c->image(), c); });
    connect(card, &ResultCard::deleteRequested, this, &ImageStudioPage::deleteCard);
    connect(card, &ResultCard::useAsInputRequested, this, [this](ResultCard *c) {
        const StudioImage &image = c->image();
        const QString name = image.path.isEmpty() ? tr("Result %1").arg(image.index + 1)
                                                  : QFileInfo(image.path).fileName();
        if (!image.bytes.isEmpty())
            m_controls->inputStrip()->addImageData(image.bytes, name);
        else
            m_controls->inputStrip()->addFiles({image.path});
    });
}

void ImageStudioPage::deleteCard(ResultCard *card) {
    if (isGenerating() && card->generation() == m_grid->currentGeneration()) {
        showNotice(tr("This image is still being stored; delete it once the generation has "
                      "finished."));
        return;
    }
    const StudioImage image = card->image();
    QStringList left;
    if (image.galleryImageId) {
        if (!m_gallery->removeImage(image.galleryImageId, &left)) {
            showNotice(tr("The image could not be deleted: %1").arg(m_gallery->lastError()));
            return;
        }
        m_galleryPanel->refresh();
    } else if (!ImageFiles::removeImage(image.path)) {
        left.append(image.path);
    }
    m_grid->removeCard(card);
    m_status->setSaveAllEnabled(!m_grid->imageCards().isEmpty());
    if (!left.isEmpty())
        showNotice(
            tr("These files could not be removed: %1").arg(left.join(u", "_s).toHtmlEscaped()));
}

void ImageStudioPage::openGalleryEntry(const GalleryEntry &entry) {
    QList<StudioImage> images;
    for (const GalleryImage &g : entry.images) {
        StudioImage image;
        image.index = g.position;
        image.count = int(entry.images.size());
        image.format = g.format;
        image.pixelSize = g.pixelSize;
        image.path = g.path;
        image.galleryId = entry.id;
        image.galleryImageId = g.id;
        image.provenance = entry.provenance(int(entry.images.size()));
        images.append(image);
    }
    QtConcurrent::run([images]() mutable {
        for (StudioImage &image : images)
            image.thumbnail = ImageTasks::thumbnailOfFile(image.path, ImageTasks::kThumbnailSide);
        return images;
    }).then(this, [this](const QList<StudioImage> &loaded) {
        m_grid->showImages(loaded);
        m_status->setSaveAllEnabled(!m_grid->imageCards().isEmpty());
    });
}

void ImageStudioPage::applySettings(const GalleryEntry &entry, bool withInputs) {
    m_controls->applyRequest(entry.toRequest());
    if (!withInputs)
        return;
    m_controls->inputStrip()->clear();
    QStringList present;
    for (const QString &path : entry.inputPaths) {
        if (QFileInfo::exists(path))
            present.append(path);
        else
            showNotice(tr("The input image %1 is gone; the settings were restored without it.")
                           .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    }
    if (!present.isEmpty())
        m_controls->inputStrip()->addFiles(present);
}

void ImageStudioPage::rerun(const GalleryEntry &entry) {
    if (isGenerating())
        return;
    applySettings(entry, true);
    if (m_controls->inputStrip()->isLoading())
        connect(
            m_controls->inputStrip(), &InputImageStrip::loadingFinished, this,
            [this] { generate(); }, Qt::SingleShotConnection);
    else
        generate();
}

bool ImageStudioPage::restoreFromFile(const QString &path) {
    const std::optional<ImageProvenance> provenance = ImageFiles::readProvenance(path);
    if (!provenance || !provenance->isValid())
        return false;
    m_controls->applyRequest(provenance->toRequest());
    m_status->setText(tr("Settings restored from %1").arg(QFileInfo(path).fileName()));
    hideNotice();
    return true;
}

void ImageStudioPage::pasteFromClipboard() {
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!InputImageStrip::canTake(mime) || !m_controls->inputStrip()->addMimeData(mime))
        showNotice(tr("The clipboard holds no image to use as an input image."));
}

void ImageStudioPage::dragEnterEvent(QDragEnterEvent *event) {
    if (InputImageStrip::canTake(event->mimeData()))
        event->acceptProposedAction();
}

void ImageStudioPage::dropEvent(QDropEvent *event) {
    const QMimeData *mime = event->mimeData();
    QStringList files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    // One image saved by the studio: restore its settings instead of using it as input.
    if (files.size() == 1 && restoreFromFile(files.first())) {
        event->acceptProposedAction();
        return;
    }
    if (m_controls->inputStrip()->addMimeData(mime))
        event->acceptProposedAction();
}

bool ImageStudioPage::eventFilter(QObject *watched, QEvent *event) {
    // Paste into the prompt: an image on the clipboard becomes an input image.
    if (watched == m_controls->promptEdit() && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        if (mime && !mime->hasText() && InputImageStrip::canTake(mime)) {
            m_controls->inputStrip()->addMimeData(mime);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace orc
