#include "ImageCommand.h"

#include "Attachments.h"
#include "ExitCode.h"
#include "ImageInfo.h"
#include "ImageOptionsCheck.h"
#include "api/ImageJob.h"
#include "api/ImageModels.h"
#include "api/OpenRouterClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace orc::cli {

ImageCommand::ImageCommand(Printer &printer, QObject *parent)
    : CatalogCommand(printer, parent) {}

ImageCommand::~ImageCommand() {
    // Refused or stopped before anything was saved: the folders made for --output go too.
    if (m_saver && m_saver->savedCount() == 0)
        m_saver->discard();
}

Command::Spec ImageCommand::spec() const {
    return {
        u"image"_s,
        tr("Generate images and save them"),
        tr("Generates images from PROMPT and saves them to --output (default output.png); "
           "several images are saved as STEM_0.EXT, STEM_1.EXT... Missing folders are "
           "created, files are written atomically, and nothing is sent when the output "
           "cannot be written. Prints \"Saved: PATH\" per file on stderr and \"Generated N "
           "image(s)\" on stdout; with no image, \"No images generated\" and exit code 1. The "
           "model catalogue decides how to ask: image-only models (FLUX...) get modalities "
           "[\"image\"], others [\"image\",\"text\"], models of the Images API POST /images."),
        {{u"MODEL"_s, tr("An image model, e.g. google/gemini-2.5-flash-image (see orcli "
                         "models image_gen).")},
         {u"[PROMPT]"_s, tr("What to draw; \"-\" or omitted reads stdin.")}},
        QList<QCommandLineOption>{
            QCommandLineOption({u"output"_s, u"o"_s}, tr("Output file (default output.png)."),
                               u"PATH"_s, u"output.png"_s),
            QCommandLineOption(
                {u"aspect"_s, u"a"_s},
                tr("Aspect ratio: 1:1 (default), 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, "
                   "16:9, 21:9."),
                u"RATIO"_s, u"1:1"_s),
            QCommandLineOption({u"size"_s, u"z"_s}, tr("Image size: 1K (default), 2K or 4K."),
                               u"SIZE"_s, u"1K"_s),
            QCommandLineOption({u"background"_s, u"b"_s},
                               tr("Background, e.g. transparent (support depends on the model)."),
                               u"VALUE"_s),
            QCommandLineOption(u"count"_s, tr("How many images (1-10, default 1)."), u"N"_s),
            QCommandLineOption(u"image"_s,
                               tr("An input image to edit or vary: a PNG/JPEG/WebP/GIF file or an "
                                  "http(s) URL (repeatable)."),
                               u"FILE|URL"_s),
            QCommandLineOption(u"seed"_s, tr("Seed for best-effort determinism."), u"N"_s),
            QCommandLineOption(u"quality"_s,
                               tr("Images API models only: auto, low, medium or high."), u"Q"_s),
            QCommandLineOption(u"output-format"_s, tr("Images API models only: png, jpeg or webp."),
                               u"FORMAT"_s),
            QCommandLineOption(u"api"_s,
                               tr("auto (default: chat completions for catalogue models, else the "
                                  "Images API), chat, or images."),
                               u"API"_s),
            QCommandLineOption(u"info"_s,
                               tr("Print the generation details (prompt, model, aspect ratio, "
                                  "size, generation id, cost...) stored in FILE, an image saved by "
                                  "orcli or OR Studio, and exit; nothing is sent."),
                               u"FILE"_s),
        } + cacheOptions() +
            SpendGate::options(),
        u"  orcli image google/gemini-2.5-flash-image \"A lighthouse at dusk\" -o "
        u"lighthouse.png\n"
        u"  orcli image black-forest-labs/flux.2-pro \"A red fox\" -a 16:9 -z 2K\n"
        u"  orcli image openai/gpt-5-image \"A star icon\" -o star.png -b transparent\n"
        u"  orcli image google/gemini-2.5-flash-image \"Make it blue\" --image in.png --count "
        u"2\n"
        u"  orcli image --info lighthouse.png\n"_s};
}

QString ImageCommand::configure(const QCommandLineParser &parser) {
    if (parser.isSet(u"info"_s)) {
        m_info = true;
        m_infoPath = parser.value(u"info"_s);
        if (!parser.positionalArguments().isEmpty())
            return tr("--info takes no MODEL or PROMPT. Usage: orcli image --info FILE.");
        return {};
    }
    if (QString e = readCacheOptions(parser); !e.isEmpty())
        return e;
    if (QString e = m_spend.read(parser, m_global.dataDir()); !e.isEmpty())
        return e;
    if (QString e = readModelAndPrompt(parser.positionalArguments(),
                                       u"orcli image MODEL PROMPT [options]"_s, &m_request.model,
                                       &m_request.prompt);
        !e.isEmpty())
        return e;
    m_givenOptions = ImageOptionsCheck::given(parser);
    m_request.aspectRatio = parser.value(u"aspect"_s).trimmed();
    m_request.imageSize = parser.value(u"size"_s).trimmed();
    if (m_request.imageSize.endsWith(u'k'))
        m_request.imageSize = m_request.imageSize.chopped(1) + u'K';
    m_background = parser.value(u"background"_s).trimmed();
    if (parser.isSet(u"api"_s)) {
        const QString api = parser.value(u"api"_s).trimmed().toLower();
        if (api == "chat"_L1)
            m_api = Api::Chat;
        else if (api == "images"_L1)
            m_api = Api::Images;
        else if (api != "auto"_L1)
            return tr("Unknown --api \"%1\". Accepted: auto, chat, images.")
                .arg(parser.value(u"api"_s));
    }
    m_request.quality = parser.value(u"quality"_s).trimmed().toLower();
    m_request.outputFormat = parser.value(u"output-format"_s).trimmed().toLower();
    if (parser.isSet(u"count"_s)) {
        qint64 n = 0;
        if (QString e = parsePositive(parser, u"count"_s, ImageRequest::kMaxCount, &n);
            !e.isEmpty())
            return e;
        m_request.count = int(n);
    }
    if (QString e = parseSeed(parser, &m_request.seed); !e.isEmpty())
        return e;
    if (QString e = Attachments::readAll(parser.values(u"image"_s), &Attachments::image,
                                         &m_request.inputImages);
        !e.isEmpty())
        return e;
    if (const QString problem = m_request.validate(); !problem.isEmpty())
        return problem;
    if (parser.value(u"output"_s).trimmed().isEmpty())
        return tr("--output is empty: give a file name such as image.png.");
    m_saver = std::make_unique<ImageSaver>(parser.value(u"output"_s));
    if (!m_global.dryRun && !m_spend.estimateOnly()) {
        QString error;
        if (!m_saver->prepare(&error))
            return error;
    }
    return {};
}

void ImageCommand::start() {
    if (m_info) {
        finish(printImageInfo(m_printer, m_infoPath));
        return;
    }
    passSpendGate(
        m_spend, [this](const QList<ModelInfo> &c) { return SpendGate::imageCost(m_request, c); },
        [this] { startGenerating(); });
}

void ImageCommand::startGenerating() {
    if (!m_global.dryRun && !requireKey()) {
        m_saver->discard();
        return;
    }
    if (m_global.dryRun) {
        // A dry run sends and fetches nothing: the cached catalogue (when there is one) picks
        // the route, and options are checked against the documented values.
        const CatalogCache::Entry cached = catalogCache(m_config).load();
        if (cached.isOk())
            m_catalog = cached.models;
        route();
        return;
    }
    loadCatalog([this](const QList<ModelInfo> &models) {
        m_catalog = models;
        route();
    });
}

void ImageCommand::route() {
    const ModelInfo *info = nullptr;
    for (const ModelInfo &m : std::as_const(m_catalog)) {
        if (m.id() == m_request.model) {
            info = &m;
            break;
        }
    }
    if (info && !info->supportsImageOutput() && m_api != Api::Images) {
        usageFailure(tr("%1 does not generate images (it outputs %2); choose a model with image "
                        "output: \"orcli models image_gen\" lists them.")
                         .arg(m_request.model, info->outputModalities().join(u", "_s)));
        return;
    }
    if (m_api == Api::Chat || (m_api == Api::Auto && info)) {
        ImageRoute chat;
        chat.model = m_request.model;
        chat.api = ImageApi::ChatCompletions;
        chat.stream = true;
        chat.fromCatalog = info != nullptr;
        chat.modalities = info ? ImageModels::modalitiesFor(info->outputModalities())
                               : QStringList{u"image"_s, u"text"_s};
        generate(chat);
        return;
    }
    if (m_global.dryRun && m_api == Api::Images) {
        ImageRoute images; // as documented; GET /images/models is not asked
        images.model = m_request.model;
        images.api = ImageApi::ImagesEndpoint;
        images.modalities.clear();
        generate(images);
        return;
    }
    if (m_api == Api::Auto && (cacheMode() == CacheMode::Offline || m_global.dryRun)) {
        ImageModels none;
        generate(none.route(m_request.model, m_catalog));
        return;
    }
    fetchImageModels();
}

void ImageCommand::fetchImageModels() {
    ApiCall *call = ImageModels::fetch(
        client(), this, [this](const ImageModels &models, const ApiError &error) {
            if (error.kind == ApiError::Kind::Cancelled ||
                (error.isError() && m_api == Api::Images)) {
                fail(error);
                return;
            }
            m_imageModels = std::make_unique<ImageModels>(models);
            if (error.isError())
                m_printer.log(tr("GET /images/models failed (%1); trying chat completions")
                                  .arg(Printer::describe(error)));
            if (m_api == Api::Images && !models.find(m_request.model)) {
                usageFailure(tr("%1 is not served by the Images API (GET /images/models lists "
                                "%n model(s)); try --api chat.",
                                nullptr, int(models.models().size()))
                                 .arg(m_request.model));
                return;
            }
            generate(models.route(m_request.model, m_catalog));
        });
    watch(call);
}

void ImageCommand::usageFailure(const QString &message) {
    m_saver->discard();
    fail(message, ExitCode::Usage);
}

void ImageCommand::generate(const ImageRoute &route) {
    if (!route.error.isEmpty()) {
        usageFailure(route.error + u' ' +
                     tr("\"orcli models image_gen\" lists the models that make images."));
        return;
    }
    if (!route.fromCatalog)
        m_printer.log(tr("%1 is in no catalogue; trying chat completions with modalities "
                         "[\"image\",\"text\"]")
                          .arg(m_request.model));
    // The seed sent the background inside image_config; the Images API has a field for it.
    if (!m_background.isEmpty()) {
        if (route.api == ImageApi::ImagesEndpoint)
            m_request.background = m_background;
        else
            m_request.extraImageConfig.insert(u"background"_s, m_background);
    }
    if (const QString problem = m_request.validateFor(route.api); !problem.isEmpty()) {
        usageFailure(problem);
        return;
    }
    if (const QString problem =
            ImageOptionsCheck::check(m_request, m_givenOptions, route,
                                     m_imageModels ? m_imageModels->find(route.model) : nullptr);
        !problem.isEmpty()) {
        usageFailure(problem);
        return;
    }
    if (m_global.dryRun) {
        printDryRun(ImageJob::requestFor(m_request, route));
        if (m_request.count > 1 && !(route.api == ImageApi::ImagesEndpoint && route.nativeCount))
            m_printer.status(tr("Note: this request would be sent %1 times, once per image.")
                                 .arg(m_request.count));
        finish(ExitCode::Ok);
        return;
    }
    const PreparedRequest request = ImageJob::requestFor(m_request, route);
    QString api = QString::fromLatin1(request.method()) + u' ' + request.path();
    if (route.api == ImageApi::ChatCompletions)
        api += u", modalities "_s + route.modalities.join(u',');
    m_printer.log(tr("generating %n image(s) with %1 through %2", nullptr, m_request.count)
                      .arg(m_request.model, api));
    logRequest(client()->describe(request));
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_job = client()->generateImage(m_request, route);
    connect(m_job, &ImageJob::retrying, this, &ImageCommand::noteRetry);
    connect(m_job, &ImageJob::finished, this, &ImageCommand::onFinished);
}

void ImageCommand::cancel() {
    if (m_job && m_job->isRunning()) {
        m_job->cancel(); // finished() follows; images that arrived are still saved
        return;
    }
    if (!isFinished() && m_saver)
        m_saver->discard();
    CatalogCommand::cancel();
}

ImageProvenance ImageCommand::provenanceOf(const ImageResult &result) const {
    // What a studio save records: the settings asked for and what the reply said.
    ImageProvenance p = ImageProvenance::fromRequest(m_request);
    p.api = imageApiName(result.api);
    p.provider = result.provider;
    p.generationId = result.id;
    if (result.usage && result.usage->cost && !result.images.isEmpty())
        p.cost = *result.usage->cost / double(result.images.size());
    p.created = m_startedAt;
    p.software = u"orcli"_s;
    return p;
}

void ImageCommand::onFinished() {
    const ImageResult result = m_job->result();
    m_job->deleteLater();
    for (const ImageResult::Call &call : result.billedCalls) // one entry per billed call
        m_spend.record(m_printer,
                       LedgerEntry::fromReply(call.id, call.model, call.provider, call.usage,
                                              u"image"_s, LedgerEntry::Origin::Cli));
    const int count = int(result.images.size());
    QJsonArray saved;
    QString writeError;
    const ImageProvenance provenance = provenanceOf(result);
    for (int i = 0; i < count; ++i) {
        const GeneratedImage &image = result.images.at(i);
        const QString path = m_saver->save(image, provenance, i, count, &writeError);
        if (path.isEmpty())
            break;
        if (!m_printer.isJson())
            m_printer.status(tr("Saved: %1").arg(path));
        saved.append(QJsonObject{{u"path"_s, path},
                                 {u"width"_s, image.pixelSize.width()},
                                 {u"height"_s, image.pixelSize.height()},
                                 {u"format"_s, image.format},
                                 {u"mime_type"_s, image.mimeType},
                                 {u"bytes"_s, qint64(image.bytes.size())}});
    }
    if (m_saver->savedCount() == 0)
        m_saver->discard();

    if (!writeError.isEmpty()) {
        fail(writeError, ExitCode::Other, u"io"_s);
        return;
    }
    if (count > 0) {
        if (m_printer.isJson()) {
            QJsonObject o = result.toJson();
            o.insert(u"saved"_s, saved);
            m_printer.writeJson(o);
        } else {
            m_printer.writeLine(tr("Generated %1 image(s)").arg(count));
        }
        if (result.failedRequests > 0 && result.error.isError())
            m_printer.warning(tr("%1 of %2 request(s) failed: %3")
                                  .arg(result.failedRequests)
                                  .arg(result.requests)
                                  .arg(Printer::describe(result.error)));
        if (result.state == ChatResult::State::Cancelled) {
            m_printer.status(tr("Cancelled."));
            finish(ExitCode::Cancelled);
            return;
        }
        finish(ExitCode::Ok);
        return;
    }
    const ApiError &error = result.error;
    const bool noImage = !error.isError() ||
                         (error.kind == ApiError::Kind::InvalidResponse && error.httpStatus == 0);
    if (!noImage) {
        fail(error);
        return;
    }
    if (m_printer.isJson()) {
        m_printer.error(tr("No images generated. %1").arg(error.message), ExitCode::Other,
                        u"no_image"_s);
    } else {
        m_printer.writeErr(tr("No images generated") + u'\n');
        if (!error.message.isEmpty())
            m_printer.status(error.message);
    }
    finish(ExitCode::Other);
}

} // namespace orc::cli
