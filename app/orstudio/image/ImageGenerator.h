#pragma once

#include "api/ImageJob.h"
#include "domain/ChatResult.h"
#include "domain/ImageRequest.h"
#include "image/InputImageStrip.h"
#include "image/StudioImage.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace orc {

class CostLedger;
class GalleryStore;
class OpenRouterClient;

// Runs one generation for the studio: starts the ImageJob, decodes and thumbnails every image
// that arrives on a worker thread (ImageTasks::prepare) while writing it to the gallery
// folder, and, once the job and every worker are done, records the generation in the gallery
// and reports the outcome. Results come back to the UI thread through QFuture::then(this, ...),
// so the window never waits for an image. One generation at a time.
class ImageGenerator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageGenerator)
public:
    struct Outcome {
        ChatResult::State state = ChatResult::State::Failed;
        QString error;   // what went wrong, for the studio's message strip (empty when fine)
        QString warning; // some images failed but others arrived
        std::optional<double> cost;
        qint64 durationMs = 0;
        qint64 galleryId = 0;
        QString generationId;
        QList<StudioImage> images;
    };

    explicit ImageGenerator(OpenRouterClient *client, QObject *parent = nullptr);

    // What the studio says about a failed generation: the error and, where it helps, what to do.
    static QString errorText(const ApiError &error);
    ~ImageGenerator() override;

    // Where images and their records go; without a store nothing is written to disk.
    void setGallery(GalleryStore *store, const QString &imagesDir);
    const QString &imagesDir() const { return m_imagesDir; }
    // Where each billed generation is recorded (kind "image", origin app); the cost of a reply
    // without usage.cost is settled from GET /generation. Without a ledger nothing is recorded.
    void setLedger(CostLedger *ledger) { m_ledger = ledger; }
    CostLedger *ledger() const { return m_ledger; }

    // Starts a generation; returns false (and emits nothing) when one is already running.
    bool start(const ImageRequest &request, const ImageRoute &route,
               const QList<InputImageStrip::Input> &inputs);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    const ImageRequest &request() const { return m_request; }
    ImageJob *job() const { return m_job; }

signals:
    void started(int expectedImages);
    void progress(int requestsDone, int requestsTotal, qint64 bytesReceived);
    void textChanged(const QString &text);
    void retrying(const QString &message);
    void previewReady(const orc::StudioImage &image); // streamed /images preview
    void imageReady(const orc::StudioImage &image);
    void imageFailed(const QString &message); // one image could not be decoded or written
    void finished(const orc::ImageGenerator::Outcome &outcome);
    // A generation was recorded in the ledger, or its entry settled (budgets refresh).
    void ledgerChanged();

private:
    void onImage(const GeneratedImage &image);
    void onPartial(const GeneratedImage &image);
    void onJobFinished();
    void storeInputs(const QList<InputImageStrip::Input> &inputs);
    void taskDone();
    void maybeFinish();
    QString galleryPathFor(const StudioImage &image);
    void store(const StudioImage &image); // writes the gallery file (a task of its own)
    void applyFinalProvenance(StudioImage &image) const; // generation id, cost per image
    void recordInLedger();

    OpenRouterClient *m_client;
    GalleryStore *m_gallery = nullptr;
    CostLedger *m_ledger = nullptr;
    QString m_imagesDir;
    QPointer<ImageJob> m_job;
    ImageRequest m_request;
    ImageRoute m_route;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    bool m_running = false;
    bool m_jobDone = false;
    int m_pendingTasks = 0;
    int m_generation = 0; // guards results of an earlier run
    QStringList m_reservedPaths;
    QStringList m_inputPaths;
    QStringList m_imageErrors;
    QList<StudioImage> m_images;
    ImageResult m_result;
};

} // namespace orc

Q_DECLARE_METATYPE(orc::ImageGenerator::Outcome)
