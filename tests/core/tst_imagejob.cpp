// ImageJob end to end against the fake OpenRouter server: both APIs, every control the fake
// honours, and every failure the studio must explain.
#include "BuiltinModels.h"
#include "FakeOpenRouter.h"
#include "TestSupport.h"
#include "api/ImageCodec.h"
#include "api/ImageJob.h"
#include "api/ImageModels.h"
#include "api/OpenRouterClient.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-or-v1-test0123456789abcdef0123456789abcdef"_s;
const QString kBrokeKey = u"sk-or-broke-0123456789abcdef0123456789abcdef"_s;
const QStringList kImageText{u"image"_s, u"text"_s};

ImageRequest request(const QString &model, const QString &prompt = u"A lighthouse at dusk"_s) {
    ImageRequest r;
    r.model = model;
    r.prompt = prompt;
    return r;
}

QSize decodedSize(const QByteArray &bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return QImageReader(&buffer).size();
}

} // namespace

class TestImageJob : public QObject {
    Q_OBJECT

    fake::FakeOpenRouter m_server;

    ClientConfig config(const QString &key = kKey) const {
        ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = key;
        c.keySource = KeySource::Explicit;
        c.retry.maxAttempts = 2;
        c.retry.baseDelayMs = 20;
        c.retry.maxDelayMs = 100;
        c.retry.jitter = 0.0;
        c.idleTimeoutMs = 20000;
        return c;
    }

    // Waits for the job, checks finished() came exactly once, and returns the result.
    static ImageResult run(ImageJob *job, int timeoutMs = 60000) {
        QSignalSpy finished(job, &ImageJob::finished);
        if (!job->isFinished() && !finished.wait(timeoutMs))
            qWarning("image job did not finish within %d ms", timeoutMs);
        QTest::qWait(20); // a second finished() would show up here
        if (finished.count() != 1)
            qWarning("finished emitted %d times", int(finished.count()));
        return finished.count() == 1 ? job->result() : ImageResult{};
    }

    ImageModels fetchImageModels(OpenRouterClient &client) {
        ImageModels models;
        ApiError error;
        bool done = false;
        ImageModels::fetch(&client, this, [&](const ImageModels &m, const ApiError &e) {
            models = m;
            error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("GET /images/models did not answer");
        if (error.isError())
            qWarning("GET /images/models: %s", qPrintable(error.toString()));
        return models;
    }

    QList<ModelInfo> fetchCatalog(OpenRouterClient &client) {
        QByteArray body;
        bool done = false;
        client.fetchModels(this, [&](const QByteArray &b, const ApiError &) {
            body = b;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("GET /models did not answer");
        return ModelInfo::parseList(body);
    }

private slots:
    void initTestCase() {
        qRegisterMetaType<orc::GeneratedImage>();
        QVERIFY(m_server.listen());
        m_server.setFixturesDir(test::fixturesDir());
    }
    void init() {
        m_server.reset();
        m_server.setTokenDelayMs(0);
        m_server.setHugeImageBytes(ImageSniffer::kMaxEncodedBytes);
    }

    // --- chat completions ------------------------------------------------------------------
    void chatPixelSizes_data() {
        QTest::addColumn<QString>("ratio");
        QTest::addColumn<QString>("size");
        for (const QString &size : ImageRequest::supportedSizes())
            for (const QString &ratio : ImageRequest::supportedAspectRatios())
                QTest::addRow("%s %s", qPrintable(ratio), qPrintable(size)) << ratio << size;
    }
    void chatPixelSizes() {
        QFETCH(QString, ratio);
        QFETCH(QString, size);
        OpenRouterClient client(config());
        ImageRequest r = request(u"fake/image"_s);
        r.aspectRatio = ratio;
        r.imageSize = size;
        ImageJob *job = client.generateImage(r, ImageApi::ChatCompletions, kImageText);
        QSignalSpy ready(job, &ImageJob::imageReady);
        const ImageResult result = run(job);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.api, ImageApi::ChatCompletions);
        QCOMPARE(result.images.size(), 1);
        QCOMPARE(ready.count(), 1);
        const GeneratedImage &image = result.images.first();
        const QSize expected = ImageRequest::nominalPixelSize(ratio, size);
        QCOMPARE(image.pixelSize, expected);
        QCOMPARE(decodedSize(image.bytes), expected); // the header told the truth
        QCOMPARE(image.format, u"png"_s);
        QCOMPARE(image.mimeType, u"image/png"_s);
        QCOMPARE(result.text, u"Here is your image:"_s);
        QVERIFY(result.usage && result.usage->cost && *result.usage->cost > 0);
        QVERIFY(result.usage->imageTokens > 0);
        QVERIFY(result.id.startsWith(u"gen-"_s));
        QVERIFY(result.durationMs > 0);

        const fake::RecordedRequest sent = m_server.lastRequest();
        QCOMPARE(sent.path, u"/api/v1/chat/completions"_s);
        QCOMPARE(sent.json, ImageCodec::encodeChatRequest(r, kImageText));
        QCOMPARE(sent.json["image_config"_L1]["aspect_ratio"_L1].toString(), ratio);
        QCOMPARE(sent.json["image_config"_L1]["image_size"_L1].toString(), size);
        delete job;
    }

    void chatTextArrivesBeforeTheImage() {
        m_server.setTokenDelayMs(30);
        OpenRouterClient client(config());
        ImageJob *job =
            client.generateImage(request(u"fake/image"_s), ImageApi::ChatCompletions, kImageText);
        QSignalSpy text(job, &ImageJob::textChanged);
        QSignalSpy ready(job, &ImageJob::imageReady);
        QSignalSpy progress(job, &ImageJob::progress);
        QVERIFY(text.wait(10000));
        QCOMPARE(ready.count(), 0);
        QVERIFY(job->isRunning());
        QVERIFY(job->elapsedMs() >= 0);
        const ImageResult result = run(job);
        QVERIFY(result.ok());
        QVERIFY(text.count() >= 2); // word by word
        QCOMPARE(text.last().at(0).toString(), u"Here is your image:"_s);
        QVERIFY(progress.count() >= 2);
        delete job;
    }

    void imageOnlyModelNeedsImageModality() {
        OpenRouterClient client(config());
        ImageRequest r = request(u"black-forest-labs/flux.2-pro"_s);
        r.aspectRatio = u"9:16"_s;
        // the catalogue (without /images/models) routes an image-only model to ["image"]; the
        // fake's built-in catalogue lists FLUX (the real capture, served with fixtures, does not)
        const ImageRoute route =
            ImageModels().route(r.model, ModelInfo::parseList(fake::BuiltinModels::json()));
        QCOMPARE(route.api, ImageApi::ChatCompletions);
        QCOMPARE(route.modalities, QStringList{u"image"_s});
        ImageJob *job = client.generateImage(r, route);
        ImageResult result = run(job);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.images.first().pixelSize, QSize(768, 1344));
        QVERIFY(result.text.isEmpty());
        QCOMPARE(m_server.lastRequest().json["modalities"_L1].toArray(), QJsonArray{u"image"_s});
        delete job;

        // what happens when a client gets this wrong: no endpoint supports those modalities
        job = client.generateImage(r, ImageApi::ChatCompletions, kImageText);
        result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::NoEndpoint);
        QCOMPARE(result.error.constraint, u"modalities"_s);
        QVERIFY2(result.error.message.contains(u"output modalities"_s),
                 qPrintable(result.error.message));
        delete job;
    }

    void chatCountSendsOneCallPerImage() {
        OpenRouterClient client(config());
        ImageRequest r = request(u"fake/image"_s);
        r.count = 3;
        r.aspectRatio = u"4:3"_s;
        ImageJob *job = client.generateImage(r, ImageApi::ChatCompletions, kImageText);
        QSignalSpy ready(job, &ImageJob::imageReady);
        const ImageResult result = run(job);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(m_server.requestCount(u"/api/v1/chat/completions"_s), 3);
        QCOMPARE(result.requests, 3);
        QCOMPARE(result.failedRequests, 0);
        QCOMPARE(result.images.size(), 3);
        QCOMPARE(ready.count(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(result.images[i].index, i);
            QCOMPARE(result.images[i].pixelSize, QSize(1184, 864));
        }
        for (const fake::RecordedRequest &sent : m_server.requests())
            QVERIFY(!sent.json.contains("n"_L1));

        // cost and tokens are the sum of the three calls
        ImageRequest oneImage = r;
        oneImage.count = 1;
        ImageJob *single = client.generateImage(oneImage, ImageApi::ChatCompletions, kImageText);
        const ImageResult one = run(single);
        QVERIFY(one.ok());
        QCOMPARE(*result.usage->cost, 3 * *one.usage->cost);
        QCOMPARE(result.usage->imageTokens, 3 * one.usage->imageTokens);
        // Each call is billed on its own (the cost ledger records them one by one).
        QCOMPARE(result.billedCalls.size(), 3);
        QSet<QString> ids;
        for (const ImageResult::Call &call : result.billedCalls) {
            ids.insert(call.id);
            QVERIFY(call.id.startsWith("gen-"_L1));
            QCOMPARE(call.model, u"fake/image"_s);
            QVERIFY(call.usage);
            QCOMPARE(*call.usage->cost, *one.usage->cost);
        }
        QCOMPARE(ids.size(), 3);
        QVERIFY(ids.contains(result.id));
        QCOMPARE(one.billedCalls.size(), 1);
        QCOMPARE(result.text,
                 u"Here is your image:\n\nHere is your image:\n\nHere is your image:"_s);
        delete job;
        delete single;
    }

    // --- the Images API --------------------------------------------------------------------
    void routesFromTheServersListings() {
        OpenRouterClient client(config());
        const ImageModels images = fetchImageModels(client);
        QVERIFY(images.find(u"fake/image"_s));
        const ImageModel *flux = images.find(u"black-forest-labs/flux.2-pro"_s);
        QVERIFY(flux);
        QCOMPARE(flux->maxCount(), 4);
        QCOMPARE(flux->sizes(), (QStringList{u"1K"_s, u"2K"_s, u"4K"_s}));
        QCOMPARE(flux->outputFormats(), QStringList{u"png"_s});
        QVERIFY(flux->backgrounds().isEmpty()); // no background control for FLUX
        const QList<ModelInfo> catalog = fetchCatalog(client);
        QVERIFY(!catalog.isEmpty());

        ImageRoute route = images.route(u"fake/image"_s, catalog);
        QCOMPARE(route.api, ImageApi::ImagesEndpoint);
        QVERIFY(route.stream);
        QVERIFY(route.nativeCount);
        route = images.route(u"google/gemini-2.5-flash-image"_s, catalog);
        QCOMPARE(route.api, ImageApi::ImagesEndpoint);
        QVERIFY(!route.stream);
        route = images.route(u"openai/gpt-4o-mini"_s, catalog);
        QVERIFY(!route.isValid());
        if (test::hasFixtures()) { // the real catalogue: GPT-5 Image speaks through chat
            route = images.route(u"openai/gpt-5-image"_s, catalog);
            QCOMPARE(route.api, ImageApi::ChatCompletions);
            QCOMPARE(route.modalities, kImageText);
        }
    }

    void imagesEndpointWithN() {
        OpenRouterClient client(config());
        const ImageModels images = fetchImageModels(client);
        ImageRequest r = request(u"bytedance-seed/seedream-4.5"_s);
        r.count = 3;
        r.aspectRatio = u"16:9"_s;
        r.imageSize = u"2K"_s;
        r.seed = 11;
        const ImageModel *model = images.find(r.model);
        QVERIFY(model);
        QCOMPARE(model->check(r), QStringList());
        ImageJob *job = client.generateImage(r, images.route(r.model, {}));
        QSignalSpy partial(job, &ImageJob::partialImage);
        const ImageResult result = run(job);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.api, ImageApi::ImagesEndpoint);
        QCOMPARE(m_server.requestCount(u"/api/v1/images"_s), 1);
        QCOMPARE(m_server.lastRequest().json, ImageCodec::encodeImagesRequest(r, 3, false));
        QCOMPARE(result.images.size(), 3);
        for (const GeneratedImage &image : result.images) {
            QCOMPARE(image.pixelSize, QSize(2688, 1536));
            QCOMPARE(decodedSize(image.bytes), QSize(2688, 1536));
        }
        QCOMPARE(partial.count(), 0);
        QVERIFY(result.usage);
        QCOMPARE(*result.usage->cost, 0.12);    // 3 x 0.04
        QCOMPARE(result.billedCalls.size(), 1); // one call made the three images
        QCOMPARE(*result.billedCalls.first().usage->cost, 0.12);
        QCOMPARE(result.usage->completionTokens, 3 * 4175);
        delete job;
    }

    void imagesEndpointOneCallPerImageWithoutN() {
        OpenRouterClient client(config());
        ImageRequest r = request(u"google/gemini-2.5-flash-image"_s);
        r.count = 2;
        ImageRoute route;
        route.model = r.model;
        route.api = ImageApi::ImagesEndpoint;
        route.nativeCount = false; // as for a model that does not declare "n"
        ImageJob *job = client.generateImage(r, route);
        const ImageResult result = run(job);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(m_server.requestCount(u"/api/v1/images"_s), 2);
        QCOMPARE(result.images.size(), 2);
        QCOMPARE(*result.usage->cost, 2 * 0.039);
        for (const fake::RecordedRequest &sent : m_server.requests())
            QVERIFY(!sent.json.contains("n"_L1));
        QCOMPARE(result.billedCalls.size(), 2);
        for (const ImageResult::Call &call : result.billedCalls)
            QCOMPARE(*call.usage->cost, 0.039);
        QVERIFY(result.billedCalls.at(0).id != result.billedCalls.at(1).id);
        delete job;
    }

    void imagesEndpointStreamsPartialImages() {
        OpenRouterClient client(config());
        const ImageModels images = fetchImageModels(client);
        ImageRequest r = request(u"fake/image"_s);
        r.count = 2;
        r.aspectRatio = u"3:2"_s;
        r.quality = u"high"_s;
        const ImageRoute route = images.route(r.model, {});
        QVERIFY(route.stream);
        ImageJob *job = client.generateImage(r, route);
        QSignalSpy partial(job, &ImageJob::partialImage);
        QSignalSpy ready(job, &ImageJob::imageReady);
        const ImageResult result = run(job);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(m_server.lastRequest().json["stream"_L1].toBool(), true);
        QCOMPARE(m_server.lastRequest().json["quality"_L1].toString(), u"high"_s);
        QCOMPARE(result.images.size(), 2);
        QCOMPARE(ready.count(), 2);
        QCOMPARE(partial.count(), 2);
        QCOMPARE(partial.first().at(0).value<GeneratedImage>().pixelSize, QSize(312, 208));
        QCOMPARE(result.images.first().pixelSize, QSize(1248, 832));
        QCOMPARE(*result.usage->cost, 0.02);
        QCOMPARE(result.billedCalls.size(), 1);
        QCOMPARE(result.billedCalls.first().id, result.id); // the x-generation-id header
        QVERIFY(!result.id.isEmpty());
        delete job;
    }

    void imagesEndpointRejection() {
        OpenRouterClient client(config());
        ImageRequest r = request(u"google/gemini-2.5-flash-image"_s);
        r.imageSize = u"4K"_s; // it declares only 1K
        const ImageModels images = fetchImageModels(client);
        QCOMPARE(images.find(r.model)->check(r).size(), 1); // the studio would not offer it
        ImageJob *job = client.generateImage(r, images.route(r.model, {}));
        const ImageResult result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::BadRequest);
        QVERIFY2(result.error.message.contains(u"resolution"_s), qPrintable(result.error.message));
        delete job;
    }

    // --- failures ---------------------------------------------------------------------------
    void cancelDuringGeneration() {
        m_server.setTokenDelayMs(300);
        OpenRouterClient client(config());
        ImageRequest r = request(u"fake/image"_s);
        r.count = 2;
        ImageJob *job = client.generateImage(r, ImageApi::ChatCompletions, kImageText);
        QSignalSpy text(job, &ImageJob::textChanged);
        QSignalSpy finished(job, &ImageJob::finished);
        QVERIFY(text.wait(10000)); // generating: the first words are in
        job->cancel();
        QCOMPARE(finished.count(), 1); // at once
        QCOMPARE(job->result().state, ChatResult::State::Cancelled);
        QCOMPARE(job->result().error.kind, ApiError::Kind::Cancelled);
        QVERIFY(job->result().images.isEmpty());
        QVERIFY(!job->result().ok());
        job->cancel();      // idempotent
        QTest::qWait(1500); // the stream would have ended by now
        QCOMPARE(finished.count(), 1);
        QVERIFY(job->result().images.isEmpty());
        delete job;
    }

    void cancelBeforeAnyReplyAndDeleteWhileRunning() {
        OpenRouterClient client(config());
        ImageJob *job =
            client.generateImage(request(u"fault/hang"_s), ImageApi::ChatCompletions, kImageText);
        QSignalSpy finished(job, &ImageJob::finished);
        QTest::qWait(100);
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->result().state, ChatResult::State::Cancelled);
        delete job;
        // deleting a running job stops its calls without a crash or a late signal
        m_server.setTokenDelayMs(200);
        job = client.generateImage(request(u"fake/image"_s), ImageApi::ChatCompletions, kImageText);
        QTest::qWait(100);
        delete job;
        QTest::qWait(300);
    }

    void moderationRefusal() {
        OpenRouterClient client(config());
        ImageJob *job = client.generateImage(request(u"fault/moderation"_s),
                                             ImageApi::ChatCompletions, kImageText);
        const ImageResult result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::Moderation);
        QCOMPARE(result.error.httpStatus, 403);
        QVERIFY(!result.error.reasons.isEmpty());
        QVERIFY(!result.error.hint().isEmpty());
        QVERIFY(result.images.isEmpty());
        delete job;
    }

    void paymentRequired() {
        OpenRouterClient client(config(kBrokeKey));
        ImageRequest r = request(u"fake/image"_s);
        r.count = 3;
        ImageJob *job = client.generateImage(r, ImageApi::ChatCompletions, kImageText);
        ImageResult result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::Credits);
        QCOMPARE(result.error.httpStatus, 402);
        QVERIFY(!result.error.hint().isEmpty());
        QVERIFY(!result.error.toString().contains(kBrokeKey));
        QVERIFY(m_server.requestCount() <= ImageJob::kMaxParallelCalls); // no more after a 402
        delete job;

        m_server.reset();
        job = client.generateImage(r, ImageApi::ImagesEndpoint, {});
        result = run(job);
        QCOMPARE(result.error.kind, ApiError::Kind::Credits);
        QCOMPARE(m_server.requestCount(), 1);
        delete job;
    }

    void creditsRunOutMidBatch() {
        // Five images through chat: four calls start at once with a funded key; the fifth
        // starts after one of them ends, and by then the key has run dry. The four images are
        // kept and the job says what happened to the rest.
        OpenRouterClient client(config());
        ImageRequest r = request(u"fake/image"_s);
        r.count = 5;
        ImageJob *job = client.generateImage(r, ImageApi::ChatCompletions, kImageText);
        QCOMPARE(job->requestsTotal(), 5);
        client.setConfig(config(kBrokeKey)); // calls made from now on use it
        const ImageResult result = run(job);
        QCOMPARE(result.state, ChatResult::State::Completed);
        QVERIFY(result.ok());
        QCOMPARE(result.images.size(), ImageJob::kMaxParallelCalls);
        QCOMPARE(result.requests, 5);
        QCOMPARE(result.failedRequests, 1);
        QCOMPARE(result.error.kind, ApiError::Kind::Credits);
        QCOMPARE(m_server.requestCount(u"/api/v1/chat/completions"_s), 5);
        QVERIFY(result.usage && *result.usage->cost > 0);
        delete job;
    }

    void noImageInTheReply() {
        OpenRouterClient client(config());
        // the model answers with text only
        ImageJob *job = client.generateImage(request(u"fake/image"_s, u"Draw a cat"_s),
                                             ImageApi::ChatCompletions, {u"text"_s});
        ImageResult result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(result.error.message.contains(u"without an image"_s),
                 qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(u"Draw a cat"_s), qPrintable(result.error.message));
        QVERIFY(!result.text.isEmpty()); // what it said is kept for the studio
        delete job;

        // or with nothing at all
        job = client.generateImage(request(u"fault/empty-choices"_s), ImageApi::ChatCompletions,
                                   kImageText);
        result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QVERIFY2(result.error.message.contains(u"without an image"_s),
                 qPrintable(result.error.message));
        delete job;
    }

    void hugeImageIsRefused() {
        // the fake's payload is a data URL just over 64 MiB holding a valid 64x64 PNG
        OpenRouterClient client(config());
        ImageJob *job = client.generateImage(request(u"fault/huge-image"_s),
                                             ImageApi::ChatCompletions, kImageText);
        ImageResult result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(result.error.message.contains(u"64 MiB"_s), qPrintable(result.error.message));
        QCOMPARE(result.rejectedImages, 1);
        QVERIFY(result.images.isEmpty());
        QVERIFY(job->bytesReceived() > ImageSniffer::kMaxEncodedBytes);
        delete job;

        // with a lower reply limit the stream is cut long before the image is complete
        job = new ImageJob(
            &client, request(u"fault/huge-image"_s),
            [] {
                ImageRoute route;
                route.model = u"fault/huge-image"_s;
                return route;
            }(),
            this);
        job->setMaxResponseBytes(4 * 1024 * 1024);
        job->start();
        result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QVERIFY2(result.error.message.contains(u"larger than 4 MiB"_s),
                 qPrintable(result.error.message));
        // How many bytes arrive before the cut depends on how much Qt has already read from
        // loopback; what matters is that the reply is refused and nothing is kept.
        QVERIFY(job->bytesReceived() > 4 * 1024 * 1024);
        QVERIFY(result.images.isEmpty()); // (the whole line may have been read and refused too)
        delete job;

        // just under the limit the same (padded) image is accepted
        m_server.setHugeImageBytes(ImageSniffer::kMaxEncodedBytes - 1024);
        job = client.generateImage(request(u"fault/huge-image"_s), ImageApi::ChatCompletions,
                                   kImageText);
        result = run(job);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.images.first().pixelSize, QSize(64, 64));
        delete job;
    }

    void invalidRequestsNeverReachTheServer() {
        OpenRouterClient client(config());
        ImageJob *job = client.generateImage(request(u"fake/image"_s, u"   "_s),
                                             ImageApi::ChatCompletions, kImageText);
        ImageResult result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QCOMPARE(result.error.kind, ApiError::Kind::BadRequest);
        QVERIFY(result.error.message.contains(u"prompt"_s));
        delete job;

        ImageRequest r = request(u"fake/image"_s);
        r.background = u"transparent"_s;
        job = client.generateImage(r, ImageApi::ChatCompletions, kImageText);
        result = run(job);
        QVERIFY(result.error.message.contains(u"Images API"_s));
        delete job;

        const ImageRoute textOnly =
            ImageModels().route(u"openai/gpt-4o-mini"_s, fetchCatalog(client));
        job = client.generateImage(request(u"openai/gpt-4o-mini"_s), textOnly);
        result = run(job);
        QCOMPARE(result.state, ChatResult::State::Failed);
        QVERIFY2(result.error.message.contains(u"does not generate images"_s),
                 qPrintable(result.error.message));
        delete job;
        QCOMPARE(m_server.requestCount(u"/api/v1/chat/completions"_s), 0);
        QCOMPARE(m_server.requestCount(u"/api/v1/images"_s), 0);
    }
};

QTEST_MAIN(TestImageJob)
#include "tst_imagejob.moc"
