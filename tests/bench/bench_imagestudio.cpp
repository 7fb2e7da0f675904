// The image studio's decode path for a 4K image, measured on the code the studio runs:
//  1. ImageTasks::prepare (full decode, 512 px thumbnail, atomic write of the gallery file) on
//     a QtConcurrent worker, delivered with QFuture::then(context) and put into a ResultGrid
//     card, for a photo-like 4096x4096 PNG; timed from the UI thread with the longest gap its
//     event loop saw meanwhile (a 1 ms timer: any gap well above that is a stall).
//  2. The whole ImageStudioPage against the in-process fake server: fake/image at 1:1 4K, from
//     the core's imageReady (data URL decoded) to the preview in the grid, and the longest
//     event-loop gap during the whole generation.
// Prints medians in milliseconds; the target for decode + thumbnail is < 300 ms.

#include "FakeOpenRouter.h"
#include "api/OpenRouterClient.h"
#include "image/AspectRatioButton.h"
#include "image/ImageControlsPanel.h"
#include "image/ImageGenerator.h"
#include "image/ImageStudioPage.h"
#include "image/ImageTasks.h"
#include "image/ResultCard.h"
#include "image/ResultGrid.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 7;

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// Watches the UI thread: the longest time between two ticks of a 1 ms timer.
class StallMeter {
public:
    StallMeter() {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_worst = std::max(m_worst, double(m_since.nsecsElapsed()) / 1e6);
            m_since.restart();
        });
    }
    void start() {
        m_worst = 0;
        m_since.start();
        m_timer.start();
    }
    double stop() {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_worst = 0;
};

// Gradients, shapes and mild noise: about 1.5 bytes per pixel as PNG, like real model output.
QByteArray photoLikePng(QSize size) {
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator rng(7);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int n = int(rng.bounded(9u)) - 4;
            line[x] =
                qRgb(std::clamp(x * 255 / size.width() + n, 0, 255),
                     std::clamp(y * 255 / size.height() + n, 0, 255),
                     std::clamp((x + y) * 127 / size.width() + ((x / 64 + y / 64) % 2) * 60 + n, 0,
                                255));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    return png;
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void benchPrepare(QApplication &app, const QTemporaryDir &dir) {
    const QSize size = ImageRequest::nominalPixelSize(u"1:1"_s, u"4K"_s);
    const QByteArray png = photoLikePng(size);
    std::printf("4K PNG %dx%d, %.1f MB (photo-like)\n", size.width(), size.height(),
                png.size() / 1e6);

    ResultGrid grid;
    grid.resize(900, 700);
    grid.show();
    StallMeter meter;
    QList<double> wall, cpu, stalls, storeWall;
    for (int i = 0; i < kRuns; ++i) {
        grid.beginGeneration(1);
        app.processEvents();
        ImageProvenance provenance;
        provenance.prompt = u"bench"_s;
        provenance.model = u"bench/model"_s;
        const QString path = dir.filePath(u"bench-%1.png"_s.arg(i));
        QElapsedTimer clock;
        QEventLoop loop;
        meter.start();
        clock.start();
        // What ImageGenerator::onImage does: decode + thumbnail on a worker, the preview in
        // the grid through then(context), then the gallery write on another worker.
        QtConcurrent::run([png] {
            const double start = threadCpuMs();
            ImageTasks::Prepared prepared = ImageTasks::prepare(png, {}, QString());
            return std::make_pair(prepared, threadCpuMs() - start);
        }).then(&grid, [&](const std::pair<ImageTasks::Prepared, double> &result) {
            StudioImage image;
            image.thumbnail = result.first.thumbnail;
            image.pixelSize = result.first.pixelSize;
            image.provenance = provenance;
            grid.addImage(image);
            grid.endGeneration({});
            grid.repaint(); // the preview is on screen
            wall << double(clock.nsecsElapsed()) / 1e6;
            cpu << result.second;
            QElapsedTimer storeClock;
            storeClock.start();
            QtConcurrent::run([png, provenance, path] {
                return ImageTasks::store(png, provenance, path);
            }).then(&grid, [&, storeClock](const QString &) {
                storeWall << double(storeClock.nsecsElapsed()) / 1e6;
                loop.quit();
            });
        });
        loop.exec();
        stalls << meter.stop();
    }
    std::printf("studio  4K decode + 512 px thumbnail, to the preview on screen:  %7.1f ms wall"
                "  %6.1f ms worker cpu  (target < 300)\n",
                median(wall), median(cpu));
    std::printf("studio  then the gallery write (atomic, provenance chunks):      %7.1f ms wall\n",
                median(storeWall));
    std::printf("studio  longest UI event-loop gap meanwhile:                     %7.1f ms\n",
                median(stalls));
}

void benchPage(QApplication &app, const QTemporaryDir &dir) {
    fake::FakeOpenRouter server;
    server.listen();
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = u"sk-or-bench"_s;
    OpenRouterClient client(config);
    ImageStudioPage page(&client, dir.filePath(u"gallery.sqlite"_s), dir.filePath(u"images"_s));
    page.resize(1300, 800);
    page.show();
    QEventLoop wait;
    QObject::connect(&page, &ImageStudioPage::imageModelsChanged, &wait, &QEventLoop::quit);
    wait.exec();
    page.setImageModels(ImageModels()); // chat completions: one image per call, no streaming
    page.controls()->selectModel(u"fake/image"_s);
    page.controls()->promptEdit()->setPlainText(u"bench"_s);
    QList<double> toPreview, stalls, total;
    StallMeter meter;
    for (int i = 0; i < 3; ++i) {
        page.controls()->aspectButton(u"1:1"_s)->click();
        page.controls()->sizeButton(u"4K"_s)->click();
        QElapsedTimer sinceCore;
        QElapsedTimer whole;
        QObject::connect(
            page.generator(), &ImageGenerator::started, &page,
            [&] {
                QObject::connect(
                    page.generator()->job(), &ImageJob::imageReady, &page,
                    [&] { sinceCore.start(); }, Qt::SingleShotConnection);
            },
            Qt::SingleShotConnection);
        QObject::connect(
            page.generator(), &ImageGenerator::imageReady, &page,
            [&] {
                page.grid()->repaint();
                toPreview << double(sinceCore.nsecsElapsed()) / 1e6;
            },
            Qt::SingleShotConnection);
        QEventLoop loop;
        QObject::connect(&page, &ImageStudioPage::generationFinished, &loop, &QEventLoop::quit,
                         Qt::SingleShotConnection);
        meter.start();
        whole.start();
        if (!page.generate()) {
            std::fprintf(stderr, "generate refused\n");
            return;
        }
        loop.exec();
        total << double(whole.nsecsElapsed()) / 1e6;
        stalls << meter.stop();
        app.processEvents();
    }
    const QSize size = page.grid()->imageCards().value(0)->image().pixelSize;
    std::printf("page    fake/image %dx%d: core imageReady -> preview in the grid:         "
                " %7.1f ms\n",
                size.width(), size.height(), median(toPreview));
    std::printf("page    whole generation (fake server renders the PNG):                 "
                " %7.1f ms\n",
                median(total));
    std::printf("page    longest UI event-loop gap during the generation:                "
                " %7.1f ms\n",
                median(stalls));
}

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_imagestudio"_s);
    benchPrepare(app, home);
    benchPage(app, home);
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average while measuring: %.2f %.2f %.2f (2 cores)\n", load[0], load[1],
                    load[2]);
    return 0;
}
