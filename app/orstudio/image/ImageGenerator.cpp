#include "image/ImageGenerator.h"

#include "api/ImageJob.h"
#include "api/OpenRouterClient.h"
#include "domain/Account.h"
#include "image/ImageTasks.h"
#include "store/CostLedger.h"
#include "store/GalleryStore.h"
#include "store/ImageFiles.h"
#include "widgets/RetryNotice.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

ImageGenerator::ImageGenerator(OpenRouterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {
    qRegisterMetaType<orc::StudioImage>();
    qRegisterMetaType<orc::ImageGenerator::Outcome>();
}

ImageGenerator::~ImageGenerator() {
    delete m_job.data(); // stops its calls at once
}

void ImageGenerator::setGallery(GalleryStore *store, const QString &imagesDir) {
    m_gallery = store;
    m_imagesDir = imagesDir;
}

bool ImageGenerator::start(const ImageRequest &request, const ImageRoute &route,
                           const QList<InputImageStrip::Input> &inputs) {
    if (m_running)
        return false;
    ++m_generation;
    m_running = true;
    m_jobDone = false;
    m_pendingTasks = 0;
    m_request = request;
    m_route = route;
    m_images.clear();
    m_imageErrors.clear();
    m_inputPaths.clear();
    m_reservedPaths.clear();
    m_result = {};
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();

    storeInputs(inputs);
    ImageJob *job = m_client->generateImage(request, route);
    m_job = job;
    connect(job, &ImageJob::progress, this, &ImageGenerator::progress);
    connect(job, &ImageJob::textChanged, this, &ImageGenerator::textChanged);
    connect(job, &ImageJob::imageReady, this, &ImageGenerator::onImage);
    connect(job, &ImageJob::partialImage, this, &ImageGenerator::onPartial);
    connect(job, &ImageJob::retrying, this,
            [this](int attempt, int delayMs, const ApiError &reason) {
                emit retrying(RetryNotice::text(reason.message, attempt, delayMs));
            });
    connect(job, &ImageJob::finished, this, &ImageGenerator::onJobFinished);
    emit started(request.count);
    return true;
}

void ImageGenerator::cancel() {
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void ImageGenerator::storeInputs(const QList<InputImageStrip::Input> &inputs) {
    if (!m_gallery || inputs.isEmpty())
        return;
    ++m_pendingTasks;
    const QString dir = QDir(m_imagesDir).filePath(u"inputs"_s);
    QList<std::pair<QByteArray, QString>> data;
    for (const InputImageStrip::Input &input : inputs)
        data.append({input.bytes, input.format});
    const int generation = m_generation;
    QtConcurrent::run([dir, data] {
        QStringList paths;
        for (const auto &[bytes, format] : data) {
            const QString path = GalleryStore::storeInput(dir, bytes, format);
            if (!path.isEmpty())
                paths.append(path);
        }
        return paths;
    }).then(this, [this, generation](const QStringList &paths) {
        if (generation != m_generation)
            return;
        m_inputPaths = paths;
        taskDone();
    });
}

QString ImageGenerator::galleryPathFor(const StudioImage &image) {
    if (!m_gallery)
        return {};
    // Chat models may return several images per call: name by position, not by count asked.
    const int count = image.count;
    QString path = ImageFiles::galleryPath(m_imagesDir, m_startedAt, m_request.prompt, image.format,
                                           image.index, count);
    for (int n = 2; m_reservedPaths.contains(path); ++n) {
        const QFileInfo info(path);
        path = info.dir().filePath(
            u"%1-%2.%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    }
    m_reservedPaths.append(path);
    return path;
}

void ImageGenerator::onImage(const GeneratedImage &image) {
    StudioImage studio;
    studio.index = image.index;
    studio.count = std::max(m_request.count, image.index + 1);
    studio.bytes = image.bytes;
    studio.format = image.format;
    studio.pixelSize = image.pixelSize;
    studio.provenance = ImageProvenance::fromRequest(m_request);
    studio.provenance.api = imageApiName(m_route.api);
    studio.provenance.created = m_startedAt;
    studio.provenance.generationId = m_job ? m_job->result().id : QString();
    ++m_pendingTasks;
    const int generation = m_generation;
    const QByteArray bytes = image.bytes;
    // Decode and thumbnail first: the preview shows as soon as that is done. Only an image
    // that decoded is written to disk, on its own worker, once the job has finished (then the
    // generation id and the cost are known for its text chunks).
    QtConcurrent::run([bytes] {
        return ImageTasks::prepare(bytes, {}, QString());
    }).then(this, [this, generation, studio](const ImageTasks::Prepared &prepared) mutable {
        if (generation != m_generation)
            return;
        if (!prepared.ok()) {
            const QString message =
                tr("Image %1 was not kept: %2").arg(studio.index + 1).arg(prepared.error);
            m_imageErrors.append(message);
            emit imageFailed(message);
            taskDone();
            return;
        }
        studio.thumbnail = prepared.thumbnail;
        studio.pixelSize = prepared.pixelSize;
        if (m_jobDone)
            applyFinalProvenance(studio);
        m_images.append(studio);
        emit imageReady(studio);
        if (m_jobDone)
            store(studio);
        taskDone();
    });
}

void ImageGenerator::applyFinalProvenance(StudioImage &image) const {
    image.provenance.generationId = m_result.id;
    image.provenance.provider = m_result.provider;
    image.provenance.cost.reset();
    if (m_result.usage && m_result.usage->cost && !m_result.images.isEmpty())
        image.provenance.cost = *m_result.usage->cost / double(m_result.images.size());
}

void ImageGenerator::store(const StudioImage &image) {
    const QString path = galleryPathFor(image);
    if (path.isEmpty())
        return;
    ++m_pendingTasks;
    const int generation = m_generation;
    const int index = image.index;
    const QByteArray bytes = image.bytes;
    const ImageProvenance provenance = image.provenance;
    QtConcurrent::run([bytes, provenance, path] {
        return ImageTasks::store(bytes, provenance, path);
    }).then(this, [this, generation, index, path](const QString &error) {
        if (generation != m_generation)
            return;
        for (StudioImage &stored : m_images)
            if (stored.index == index)
                stored.path = error.isEmpty() ? path : QString();
        if (!error.isEmpty()) {
            const QString message =
                tr("Image %1 could not be stored: %2").arg(index + 1).arg(error);
            m_imageErrors.append(message);
            emit imageFailed(message);
        }
        taskDone();
    });
}

void ImageGenerator::onPartial(const GeneratedImage &image) {
    const int generation = m_generation;
    const QByteArray bytes = image.bytes;
    StudioImage studio;
    studio.index = image.index;
    studio.format = image.format;
    studio.partial = true;
    QtConcurrent::run([bytes] {
        return ImageTasks::prepare(bytes, {}, QString());
    }).then(this, [this, generation, studio](const ImageTasks::Prepared &prepared) mutable {
        if (generation != m_generation || !m_running || !prepared.ok())
            return;
        studio.thumbnail = prepared.thumbnail;
        studio.pixelSize = prepared.pixelSize;
        emit previewReady(studio);
    });
}

QString ImageGenerator::errorText(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::InvalidResponse:
        // An image that could not be used, or no image: the message says it all (the generic
        // hint about the base URL would mislead).
        return error.message;
    case ApiError::Kind::Credits:
        return error.message.trimmed() +
               (error.message.trimmed().endsWith(u'.') ? u" "_s : u". "_s) +
               tr("Add credits at https://openrouter.ai/settings/credits, or ask for fewer or "
                  "smaller images.");
    default:
        return error.toString();
    }
}

void ImageGenerator::onJobFinished() {
    m_jobDone = true;
    if (m_job) {
        m_result = m_job->result();
        m_job->deleteLater();
        m_job.clear();
    }
    recordInLedger();
    // The files are written now that the generation id and the cost are known, so the text
    // chunks of every stored image are complete. Images still decoding follow on their own.
    for (StudioImage &image : m_images) {
        applyFinalProvenance(image);
        store(image);
    }
    maybeFinish();
}

void ImageGenerator::recordInLedger() {
    // Billed when the server gave the request an id (a cancelled or failed call may still cost).
    if (!m_ledger || m_result.id.isEmpty())
        return;
    LedgerEntry entry = LedgerEntry::fromUsage(m_result.id, m_result.usage.value_or(Usage{}));
    entry.kind = u"image"_s;
    entry.origin = LedgerEntry::Origin::App;
    entry.model = m_result.model.isEmpty() ? m_request.model : m_result.model;
    entry.provider = m_result.provider;
    entry.at = m_startedAt;
    entry.complete = m_result.state == ChatResult::State::Completed;
    if (!m_ledger->record(entry))
        return;
    emit ledgerChanged();
    if (entry.costNanoUsd && entry.complete)
        return;
    // No cost in the reply, or cut off: GET /generation knows what was billed.
    m_client->fetchGeneration(m_result.id, this,
                              [this](const GenerationInfo &info, const ApiError &error) {
                                  if (!error.isError() && m_ledger && m_ledger->settle(info))
                                      emit ledgerChanged();
                              });
}

void ImageGenerator::taskDone() {
    --m_pendingTasks;
    maybeFinish();
}

void ImageGenerator::maybeFinish() {
    if (!m_running || !m_jobDone || m_pendingTasks > 0)
        return;
    m_running = false;
    std::sort(m_images.begin(), m_images.end(),
              [](const StudioImage &a, const StudioImage &b) { return a.index < b.index; });

    Outcome outcome;
    outcome.state = m_result.state;
    outcome.durationMs = m_result.durationMs;
    outcome.generationId = m_result.id;
    if (m_result.usage)
        outcome.cost = m_result.usage->cost;
    if (m_result.state == ChatResult::State::Completed && m_images.isEmpty()) {
        // Every image arrived but none could be decoded or written.
        outcome.state = ChatResult::State::Failed;
        outcome.error = m_imageErrors.join(u'\n');
    } else if (m_result.state != ChatResult::State::Completed &&
               m_result.state != ChatResult::State::Cancelled) {
        outcome.error =
            m_result.error.isError() ? errorText(m_result.error) : tr("The generation failed.");
    }
    QStringList warnings = m_imageErrors;
    if (m_result.state == ChatResult::State::Completed && m_result.failedRequests > 0 &&
        m_result.error.isError())
        warnings.prepend(tr("%n of the requests failed: %1", "", m_result.failedRequests)
                             .arg(errorText(m_result.error)));
    if (m_result.rejectedImages > 0 && !m_images.isEmpty())
        warnings.append(
            m_result.rejectedImages == 1
                ? tr("One image in the reply could not be used.")
                : tr("%n images in the reply could not be used.", "", m_result.rejectedImages));
    if (!m_images.isEmpty())
        outcome.warning = warnings.join(u'\n');

    if (m_gallery && !m_images.isEmpty()) {
        GalleryEntry entry = GalleryEntry::fromRequest(m_request);
        entry.createdAt = m_startedAt;
        entry.api = imageApiName(m_route.api);
        entry.cost = outcome.cost;
        entry.durationMs = m_result.durationMs;
        entry.generationId = m_result.id;
        entry.text = m_result.text;
        entry.inputPaths = m_inputPaths;
        for (const StudioImage &image : std::as_const(m_images)) {
            if (image.path.isEmpty())
                continue;
            GalleryImage g;
            g.path = image.path;
            g.pixelSize = image.pixelSize;
            g.format = image.format;
            g.bytes = image.bytes.size();
            entry.images.append(g);
        }
        if (!entry.images.isEmpty()) {
            const qint64 id = m_gallery->add(entry);
            outcome.galleryId = id;
            if (id == 0) {
                outcome.warning += (outcome.warning.isEmpty() ? u""_s : u"\n"_s) +
                                   tr("The gallery could not record this generation: %1")
                                       .arg(m_gallery->lastError());
            } else if (const auto stored = m_gallery->entry(id)) {
                for (StudioImage &image : m_images) {
                    image.galleryId = id;
                    for (const GalleryImage &g : stored->images)
                        if (g.path == QFileInfo(image.path).absoluteFilePath())
                            image.galleryImageId = g.id;
                }
            }
        }
    }
    outcome.images = m_images;
    emit finished(outcome);
}

} // namespace orc
