// Image generation costs, for a 4K (4096x4096) PNG of photo-like compressibility:
//  core: data-URL decode (base64 + header sniff) as ImageJob runs it on a worker thread, the
//        same through ImageCodec, the header sniff alone, and the JSON parse of the chat chunk
//        that carries the image (done on the thread that reads the stream);
//  GUI:  QImage decode, and decode + thumbnail on a QtConcurrent worker as the studio does it,
//        timed from the UI thread, with the longest gap the UI thread's event loop saw meanwhile;
//  reply: a whole 4K reply received by ImageJob over HTTP (a server on its own thread) through
//        chat completions and through a streamed POST /images, with the longest UI-thread stall
//        while it is received and decoded: parsed on the UI thread (as before) and on a worker.
// Prints the median of several runs in milliseconds (target for decode + thumbnail: < 300 ms).
// `bench_image --replies` prints only the whole-reply lines.

#include "api/ChatCodec.h"
#include "api/ImageCodec.h"
#include "api/ImageJob.h"
#include "api/OpenRouterClient.h"
#include "media/ImageSniffer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>
#include <memory>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 7;
constexpr int kThumbnail = 512; // long side of the studio's grid previews

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// CPU time of the calling thread: on a shared, loaded machine wall time mostly measures the
// neighbours, so both are printed.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

Timing timeMs(const std::function<void()> &fn) {
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        fn();
        wall << double(t.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - c0;
    }
    return {median(wall), median(cpu)};
}

void print(const char *what, Timing t, const char *extra = "") {
    std::printf("%-52s %7.1f ms wall %7.1f ms cpu%s\n", what, t.wallMs, t.cpuMs, extra);
}

// Smooth gradients, a checkerboard and sensor-like noise: compresses to about 1.3 bytes per
// pixel, close to the real 1024x1024 Gemini PNG in the fixtures (1.5 bytes per pixel).
QImage photoLike(QSize size) {
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng(42);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int n = int(rng.bounded(25u)) - 12;
            const int r = std::clamp((x * 255) / size.width() + n, 0, 255);
            const int g = std::clamp((y * 255) / size.height() + n, 0, 255);
            const int b = std::clamp(
                ((x + y) * 127) / size.width() + ((x / 64 + y / 64) % 2) * 60 + n, 0, 255);
            line[x] = qRgb(r, g, b);
        }
    }
    return image;
}

QByteArray encodePng(const QImage &image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.write(image);
    return bytes;
}

struct Thumb {
    QImage full;
    QImage thumbnail;
    double cpuMs = 0;
};

// The studio's recipe: decode once (the viewer needs the full image), then a cheap nearest-
// neighbour step to twice the thumbnail size and a smooth step to the thumbnail, which looks
// the same as one smooth step from 4K at a fraction of its cost.
QImage thumbnailOf(const QImage &full) {
    const QSize twice = full.size().scaled(2 * kThumbnail, 2 * kThumbnail, Qt::KeepAspectRatio);
    const QImage half = full.width() > twice.width()
                            ? full.scaled(twice, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                            : full;
    return half.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

Thumb decodeAndThumbnail(const QByteArray &bytes) {
    const double c0 = threadCpuMs();
    Thumb t;
    t.full.loadFromData(bytes);
    t.thumbnail = thumbnailOf(t.full);
    t.cpuMs = threadCpuMs() - c0;
    return t;
}

// Answers every HTTP request with one canned response, from its own thread: writing 40 MB
// costs the measured (UI) thread nothing.
class CannedServer {
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response)) {
        m_server.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_server,
            [this] {
                m_server.listen(QHostAddress::LocalHost);
                QObject::connect(&m_server, &QTcpServer::newConnection, &m_server,
                                 [this] { serve(m_server.nextPendingConnection()); });
            },
            Qt::BlockingQueuedConnection);
    }
    ~CannedServer() {
        QMetaObject::invokeMethod(
            &m_server, [this] { m_server.close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(m_server.serverPort())); }

private:
    void serve(QTcpSocket *socket) {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            buffer->clear();
            socket->write(m_response);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QByteArray m_response;
    QThread m_thread;
    QTcpServer m_server;
};

QByteArray streamResponse(const QByteArray &event) {
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
           ": OPENROUTER PROCESSING\n\ndata: " +
           event + "\n\ndata: [DONE]\n\n";
}

struct ReplyRun {
    double wallMs = 0;
    double stallMs = 0;    // longest wall-clock gap between two ticks of the UI event loop
    double stallCpuMs = 0; // the most CPU the UI thread spent between two ticks (robust to
                           // a loaded machine, where wall gaps mostly measure the neighbours)
    double totalCpuMs = 0; // all the UI thread spent on the reply
    int offThread = 0;
};

// One ImageJob against `server`, timed from the UI thread, with the longest event-loop gap.
ReplyRun receive(QCoreApplication &app, const CannedServer &server, ImageApi api,
                 qsizetype offThreadBytes) {
    ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = u"sk-or-bench"_s;
    config.retry.maxAttempts = 1;
    OpenRouterClient client(config);
    ImageRequest request;
    request.model = u"fake/image"_s;
    request.prompt = u"bench"_s;
    ImageRoute route;
    route.model = request.model;
    route.api = api;
    route.stream = true;
    ImageJob job(&client, request, route);
    job.setOffThreadBytes(offThreadBytes);

    ReplyRun run;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    double cpuAtTick = threadCpuMs();
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        run.stallMs = std::max(run.stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
        const double cpu = threadCpuMs();
        run.stallCpuMs = std::max(run.stallCpuMs, cpu - cpuAtTick);
        cpuAtTick = cpu;
    });
    QEventLoop loop;
    QObject::connect(&job, &ImageJob::finished, &loop, &QEventLoop::quit);
    clock.start();
    sinceTick.start();
    cpuAtTick = threadCpuMs();
    const double cpuAtStart = cpuAtTick;
    ticker.start();
    job.start();
    loop.exec();
    run.stallMs = std::max(run.stallMs, double(sinceTick.nsecsElapsed()) / 1e6);
    run.stallCpuMs = std::max(run.stallCpuMs, threadCpuMs() - cpuAtTick);
    run.totalCpuMs = threadCpuMs() - cpuAtStart;
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.offThread = job.offThreadDecodes();
    if (job.result().images.size() != 1) {
        std::fprintf(stderr, "the 4K reply gave no image: %s\n",
                     qPrintable(job.result().error.toString()));
        std::exit(1);
    }
    return run;
}

void printReplies(QCoreApplication &app, const char *what, const CannedServer &server,
                  ImageApi api) {
    for (const bool worker : {false, true}) {
        QList<double> wall;
        QList<double> stall;
        QList<double> stallCpu;
        QList<double> totalCpu;
        int offThread = 0;
        for (int i = 0; i < kRuns; ++i) {
            const ReplyRun r = receive(app, server, api,
                                       worker ? OrderedDecoder::kDefaultOffThreadBytes
                                              : std::numeric_limits<qsizetype>::max());
            wall << r.wallMs;
            stall << r.stallMs;
            stallCpu << r.stallCpuMs;
            totalCpu << r.totalCpuMs;
            offThread = r.offThread;
        }
        std::printf("reply %-26s %-18s %7.1f ms wall; longest UI stall %6.1f ms wall, %5.1f ms "
                    "cpu; UI thread %5.1f ms cpu in all%s\n",
                    what, worker ? "parsed on a worker" : "parsed on UI (old)", median(wall),
                    median(stall), median(stallCpu), median(totalCpu),
                    worker && offThread == 0 ? "  (NOT off-thread!)" : "");
    }
}

QString loadAverage() {
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine()) : u"?\n"_s;
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // --replies: only the whole-reply figures (the UI thread while a 4K reply streams in)
    const bool repliesOnly = app.arguments().contains(u"--replies"_s);

    const QSize size = ImageRequest::nominalPixelSize(u"1:1"_s, u"4K"_s);
    const QByteArray png = encodePng(photoLike(size));
    const QString url = ContentPart::dataUrl(png, u"image/png"_s);
    std::printf("4K PNG: %dx%d, %.1f MB PNG, %.1f MB data URL\n", size.width(), size.height(),
                png.size() / 1e6, url.size() / 1e6);

    // --- core ---------------------------------------------------------------------------------
    ImageSniffer::Result sniffed;
    const Timing decode = timeMs([&] { sniffed = ImageSniffer::decodeDataUrl(url); });
    if (!sniffed.ok() || sniffed.header.size != size) {
        std::fprintf(stderr, "decode failed: %s\n", qPrintable(sniffed.errorString));
        return 1;
    }
    const QByteArray rate = QByteArray("  (") +
                            QByteArray::number(url.size() / 1e3 / decode.cpuMs, 'f', 0) +
                            " MB/s cpu)";
    print("core  data URL -> bytes + header (ImageSniffer)", decode, rate.constData());

    ImageCodec::EncodedImage encoded;
    encoded.payload = url;
    print("core  ImageCodec::decodeImage (worker thread)",
          timeMs([&] { (void)ImageCodec::decodeImage(encoded); }));

    QList<double> sniffRuns;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        for (int k = 0; k < 1000; ++k)
            (void)ImageSniffer::sniff(png);
        sniffRuns << double(t.nsecsElapsed()) / 1e3 / 1000;
    }
    std::printf("core  header sniff alone:                          %7.2f us\n", median(sniffRuns));

    const QByteArray chunk =
        "{\"id\":\"gen-1\",\"object\":\"chat.completion.chunk\",\"model\":\"fake/image\","
        "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\","
        "\"images\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"" +
        url.toLatin1() + "\"},\"index\":0}]},\"finish_reason\":\"stop\"}]}";
    if (!repliesOnly)
        print("core  chat chunk JSON parse (stream thread)",
              timeMs([&] { (void)ChatCodec::decodeChunk(chunk); }));

    if (!repliesOnly) {
        // --- GUI
        // ----------------------------------------------------------------------------------
        QImage full;
        print("gui   QImage decode (full 4K)", timeMs([&] { full.loadFromData(sniffed.bytes); }));
        print("gui   thumbnail: one smooth scale from 4K", timeMs([&] {
                  (void)full.scaled(kThumbnail, kThumbnail, Qt::KeepAspectRatio,
                                    Qt::SmoothTransformation);
              }));
        print("gui   thumbnail: fast to 2x, then smooth", timeMs([&] { (void)thumbnailOf(full); }));

        print("gui   QImageReader scaled read (thumbnail only)", timeMs([&] {
                  QBuffer buffer;
                  buffer.setData(sniffed.bytes);
                  buffer.open(QIODevice::ReadOnly);
                  QImageReader reader(&buffer);
                  reader.setScaledSize(QSize(kThumbnail, kThumbnail));
                  (void)reader.read();
              }));

        // decode + thumbnail on a worker, waited for by the UI thread's event loop
        QList<double> wall;
        QList<double> workerCpu;
        QList<double> stalls;
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer clock;
            QElapsedTimer sinceTick;
            double worstGap = 0;
            QTimer ticker;
            ticker.setInterval(2);
            QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
                worstGap = std::max(worstGap, double(sinceTick.nsecsElapsed()) / 1e6);
                sinceTick.restart();
            });
            QFutureWatcher<Thumb> watcher;
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            clock.start();
            sinceTick.start();
            ticker.start();
            const QByteArray bytes = sniffed.bytes;
            watcher.setFuture(QtConcurrent::run([bytes] { return decodeAndThumbnail(bytes); }));
            loop.exec();
            wall << double(clock.nsecsElapsed()) / 1e6;
            ticker.stop();
            stalls << worstGap;
            const Thumb t = watcher.result();
            workerCpu << t.cpuMs;
            if (t.full.size() != size ||
                std::max(t.thumbnail.width(), t.thumbnail.height()) != kThumbnail) {
                std::fprintf(stderr, "thumbnail failed\n");
                return 1;
            }
        }
        print("gui   decode + 512px thumbnail off the UI thread", {median(wall), median(workerCpu)},
              "  (target < 300 ms)");
        std::printf("%-52s %7.1f ms\n", "gui   longest UI event-loop gap meanwhile",
                    median(stalls));
    }
    // --- a whole reply, received and decoded by ImageJob ------------------------------------
    {
        const CannedServer chat(streamResponse(chunk));
        printReplies(app, "4K, chat completions", chat, ImageApi::ChatCompletions);
        const QByteArray completed = "{\"type\":\"image_generation.completed\",\"b64_json\":\"" +
                                     png.toBase64() +
                                     "\",\"media_type\":\"image/png\",\"created\":1}";
        const CannedServer images(streamResponse(completed));
        printReplies(app, "4K, POST /images stream", images, ImageApi::ImagesEndpoint);
    }
    std::printf("load average while measuring: %s", qPrintable(loadAverage()));
    return 0;
}
