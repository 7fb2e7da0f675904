// ImageJob's replies are parsed off the calling thread: large chat chunks and /images stream
// events go to a worker (OrderedDecoder) and come back in stream order, with the same result
// as parsing them in place; POST /images generations keep the X-Generation-Id.
#include "FakeOpenRouter.h"
#include "api/ChatStream.h"
#include "api/ImageJob.h"
#include "api/ImageModels.h"
#include "api/OpenRouterClient.h"
#include "api/OrderedDecoder.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <limits>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-or-v1-test0123456789abcdef0123456789abcdef"_s;
constexpr qsizetype kNever = std::numeric_limits<qsizetype>::max();

ImageRequest request(const QString &model) {
    ImageRequest r;
    r.model = model;
    r.prompt = u"A lighthouse at dusk"_s;
    r.aspectRatio = u"3:2"_s;
    return r;
}

// fake/image through chat completions (one streamed call).
ImageRoute chatRoute() {
    ImageRoute route;
    route.model = u"fake/image"_s;
    route.api = ImageApi::ChatCompletions;
    return route;
}

} // namespace

class TestImageJobDecode : public QObject {
    Q_OBJECT

    fake::FakeOpenRouter m_server;

    ClientConfig config() const {
        ClientConfig c;
        c.baseUrl = m_server.baseUrl();
        c.apiKey = kKey;
        c.keySource = KeySource::Explicit;
        c.retry.maxAttempts = 1;
        c.idleTimeoutMs = 20000;
        return c;
    }

    struct Run {
        ImageResult result;
        QStringList order; // "text", "partial", "image" as the signals came
        int workerDecodes = 0;
        int offThreadDecodes = 0;
    };

    Run generate(OpenRouterClient &client, const ImageRequest &r, const ImageRoute &route,
                 qsizetype offThreadBytes) {
        Run run;
        ImageJob job(&client, r, route);
        job.setOffThreadBytes(offThreadBytes);
        QObject::connect(&job, &ImageJob::textChanged, [&] { run.order << u"text"_s; });
        QObject::connect(&job, &ImageJob::partialImage, [&] { run.order << u"partial"_s; });
        QObject::connect(&job, &ImageJob::imageReady, [&] { run.order << u"image"_s; });
        QSignalSpy finished(&job, &ImageJob::finished);
        job.start();
        if (!finished.wait(60000))
            qWarning("the job did not finish");
        run.result = job.result();
        run.workerDecodes = job.workerDecodes();
        run.offThreadDecodes = job.offThreadDecodes();
        return run;
    }

private slots:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.reset(); }

    void chatImageChunkIsParsedOnAWorker() {
        OpenRouterClient client(config());
        const ImageRoute route = chatRoute();
        // in place (as before) and on a worker: the same result, the same order of signals
        const Run here = generate(client, request(route.model), route, kNever);
        const Run worker = generate(client, request(route.model), route, 4096);
        for (const Run *run : {&here, &worker}) {
            QVERIFY2(run->result.ok(), qPrintable(run->result.error.toString()));
            QCOMPARE(run->result.images.size(), 1);
            QCOMPARE(run->result.images.first().pixelSize, QSize(1248, 832));
            QVERIFY(run->result.id.startsWith(u"gen-"_s));
            QVERIFY(run->result.usage && run->result.usage->cost);
            QCOMPARE(run->result.text, u"Here is your image:"_s);
        }
        QCOMPARE(worker.order, here.order);
        QCOMPARE(here.workerDecodes, 0);
        // the image chunk (a data URL) was parsed on another thread
        QCOMPARE(worker.workerDecodes, 1);
        QCOMPARE(worker.offThreadDecodes, 1);
    }

    void everyEventOnAWorkerKeepsTheStreamOrder() {
        // With no threshold at all, each chunk (text word by word, then the image) takes the
        // worker path: they must still arrive in order, and finished() after the last one.
        m_server.setTokenDelayMs(0);
        OpenRouterClient client(config());
        const ImageRoute route = chatRoute();
        const Run here = generate(client, request(route.model), route, kNever);
        const Run worker = generate(client, request(route.model), route, 0);
        QVERIFY2(worker.result.ok(), qPrintable(worker.result.error.toString()));
        QCOMPARE(worker.order, here.order);
        QCOMPARE(worker.result.text, here.result.text);
        QVERIFY(worker.workerDecodes > 3);
        QCOMPARE(worker.offThreadDecodes, worker.workerDecodes);
    }

    void imagesStreamEventsAreParsedOnAWorker() {
        OpenRouterClient client(config());
        ImageRequest r = request(u"fake/image"_s);
        r.count = 2;
        ImageRoute route;
        route.model = r.model;
        route.api = ImageApi::ImagesEndpoint;
        route.nativeCount = true;
        route.stream = true;
        const Run here = generate(client, r, route, kNever);
        const Run worker = generate(client, r, route, 4096);
        for (const Run *run : {&here, &worker}) {
            QVERIFY2(run->result.ok(), qPrintable(run->result.error.toString()));
            QCOMPARE(run->result.images.size(), 2);
            QCOMPARE(run->result.usage->cost, std::optional<double>(0.02));
            QCOMPARE(run->order.count(u"partial"_s), 2);
            QCOMPARE(run->order.count(u"image"_s), 2);
        }
        QCOMPARE(here.workerDecodes, 0);
        // two completed events (1248x832 PNGs) are large; the previews may be too
        QVERIFY(worker.offThreadDecodes >= 2);
        QCOMPARE(worker.offThreadDecodes, worker.workerDecodes);
    }

    void imagesGenerationsKeepTheirId() {
        // POST /images bodies have no id; the X-Generation-Id header carries it, streamed or
        // not.
        OpenRouterClient client(config());
        ImageRoute route;
        route.model = u"fake/image"_s;
        route.api = ImageApi::ImagesEndpoint;
        route.nativeCount = true;
        for (const bool stream : {false, true}) {
            route.stream = stream;
            const Run run = generate(client, request(route.model), route, kNever);
            QVERIFY2(run.result.ok(), qPrintable(run.result.error.toString()));
            QVERIFY2(run.result.id.startsWith(u"gen-"_s), qPrintable(run.result.id));
        }
    }

    void cancelWhileAWorkerParses() {
        // Cancelling (or deleting) the job while a chunk is on a worker: finished() once,
        // Cancelled, and the late result is dropped without a crash.
        OpenRouterClient client(config());
        const ImageRoute route = chatRoute();
        auto *job = new ImageJob(&client, request(route.model), route);
        job->setOffThreadBytes(0);
        QSignalSpy finished(job, &ImageJob::finished);
        QSignalSpy text(job, &ImageJob::textChanged);
        job->start();
        QVERIFY(text.wait(20000));
        job->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->result().state, ChatResult::State::Cancelled);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        delete job;

        auto *deleted = new ImageJob(&client, request(route.model), route);
        deleted->setOffThreadBytes(0);
        deleted->start();
        QVERIFY(QTest::qWaitFor([&] { return deleted->bytesReceived() > 0; }, 20000));
        delete deleted;
        QTest::qWait(200); // a worker's result for a deleted job must go nowhere
    }
};

QTEST_GUILESS_MAIN(TestImageJobDecode)
#include "tst_imagejob_decode.moc"
