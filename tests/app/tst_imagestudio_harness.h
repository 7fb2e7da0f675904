#pragma once

// Shared set-up of the image studio tests: a throwaway HOME/XDG tree (QSettings, app data),
// the in-process fake server, a client and an ImageStudioPage whose gallery and images live in
// a temporary folder, plus helpers to pick a model, set controls and run a generation.

#include "FakeOpenRouter.h"
#include "api/ImageModels.h"
#include "api/OpenRouterClient.h"
#include "domain/ModelInfo.h"
#include "image/AspectRatioButton.h"
#include "image/ImageControlsPanel.h"
#include "image/ImageGenerator.h"
#include "image/ImageStudioPage.h"
#include "store/GalleryStore.h"
#include "store/ImageFiles.h"
#include "widgets/NoticeBanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace studiotest {

using namespace Qt::StringLiterals;

inline constexpr int kTimeoutMs = 30000;

// Points HOME and the XDG folders at a fresh temporary tree before QApplication exists.
inline QTemporaryDir &isolatedHome() {
    static QTemporaryDir home;
    const QByteArray root = QFile::encodeName(home.path());
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("XDG_RUNTIME_DIR", root + "/run");
    QDir().mkpath(home.filePath(u"run"_s));
    QFile::setPermissions(home.filePath(u"run"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qunsetenv("OPENROUTER_API_KEY");
    qunsetenv("OPENROUTER_BASE_URL");
    return home;
}

// Waits until `spy` has seen `count` signals in all. Unlike QSignalSpy::wait(), this also
// counts a signal emitted before waiting began (a QFuture continuation may run at once when the
// worker was faster than the caller).
inline bool waitFor(QSignalSpy &spy, int count = 1) {
    return QTest::qWaitFor([&] { return spy.size() >= count; }, kTimeoutMs);
}

// Files below `dir`, recursively.
inline QStringList filesUnder(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

// A listing like GET /images/models with one model that declares every control.
inline orc::ImageModels everythingModel(const QString &id = u"fake/image"_s) {
    const auto enumOf = [](const QStringList &values) {
        return QJsonObject{{u"type"_s, u"enum"_s},
                           {u"values"_s, QJsonArray::fromStringList(values)}};
    };
    const auto rangeOf = [](int min, int max) {
        return QJsonObject{{u"type"_s, u"range"_s}, {u"min"_s, min}, {u"max"_s, max}};
    };
    const QJsonObject parameters{
        {u"aspect_ratio"_s, enumOf(orc::ImageRequest::supportedAspectRatios() << u"auto"_s)},
        {u"resolution"_s, enumOf({u"1K"_s, u"2K"_s, u"4K"_s})},
        {u"background"_s, enumOf({u"auto"_s, u"transparent"_s, u"opaque"_s})},
        {u"quality"_s, enumOf({u"auto"_s, u"low"_s, u"medium"_s, u"high"_s})},
        {u"output_format"_s, enumOf({u"png"_s, u"jpeg"_s, u"webp"_s, u"svg"_s})},
        {u"n"_s, rangeOf(1, 4)},
        {u"input_references"_s, rangeOf(0, 3)},
    };
    const QJsonObject model{
        {u"id"_s, id},
        {u"name"_s, u"Everything"_s},
        {u"architecture"_s, QJsonObject{{u"input_modalities"_s, QJsonArray{u"text"_s, u"image"_s}},
                                        {u"output_modalities"_s, QJsonArray{u"image"_s}}}},
        {u"supports_streaming"_s, true},
        {u"supported_parameters"_s, parameters},
    };
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"data"_s, QJsonArray{model}}}).toJson(QJsonDocument::Compact);
    return orc::ImageModels(orc::ImageModels::parseList(json));
}

struct Studio {
    explicit Studio(const QString &key = u"sk-or-test-studio"_s) {
        server = std::make_unique<orc::fake::FakeOpenRouter>();
        if (!server->listen())
            qFatal("fake server did not start");
        orc::ClientConfig config;
        config.baseUrl = server->baseUrl();
        config.apiKey = key;
        config.retry.maxAttempts = 1;
        client = std::make_unique<orc::OpenRouterClient>(config);
        page = std::make_unique<orc::ImageStudioPage>(
            client.get(), dir.filePath(u"data/gallery.sqlite"_s), dir.filePath(u"images"_s));
        page->resize(1300, 800);
    }
    ~Studio() {
        page.reset(); // before the client it uses
    }

    // GET /models (all outputs) into the page, and GET /images/models (queued by the page).
    bool load() {
        if (!page->imageModelsLoaded()) {
            QSignalSpy loaded(page.get(), &orc::ImageStudioPage::imageModelsChanged);
            if (!loaded.wait(kTimeoutMs))
                return false;
        }
        bool done = false;
        QList<orc::ModelInfo> models;
        client->fetchModels(page.get(), [&](const QByteArray &body, const orc::ApiError &error) {
            if (!error.isError())
                models = orc::ModelInfo::parseList(body);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs) || models.isEmpty())
            return false;
        catalog = models;
        page->setCatalog(models);
        return true;
    }

    orc::ImageControlsPanel *controls() const { return page->controls(); }

    bool select(const QString &modelId) {
        controls()->selectModel(modelId);
        return controls()->modelId() == modelId;
    }
    void setPrompt(const QString &prompt) { controls()->promptEdit()->setPlainText(prompt); }
    bool clickAspect(const QString &ratio) {
        orc::AspectRatioButton *b = controls()->aspectButton(ratio);
        if (!b || !b->isVisibleTo(page.get()))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return b->isChecked();
    }
    bool clickSize(const QString &size) {
        QAbstractButton *b = controls()->sizeButton(size);
        if (!b)
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return b->isChecked();
    }

    // fake/image on /images, 16:9 2K, two images.
    orc::ImageGenerator::Outcome generateFoxes() {
        if (!select(u"fake/image"_s))
            return {};
        setPrompt(u"A red fox in the snow, watercolor"_s);
        if (!clickAspect(u"16:9"_s) || !clickSize(u"2K"_s))
            return {};
        controls()->countBox()->setValue(2);
        return generate();
    }

    // Presses Generate and waits for the outcome.
    orc::ImageGenerator::Outcome generate() {
        QSignalSpy finished(page.get(), &orc::ImageStudioPage::generationFinished);
        QTest::mouseClick(controls()->generateButton(), Qt::LeftButton);
        if (!waitFor(finished)) {
            const orc::ImageJob *job = page->generator()->job();
            qWarning("generation did not finish: generator running %d, job %s, finished %d, "
                     "requests %d/%d, bytes %lld, images %d",
                     int(page->generator()->isRunning()), job ? "alive" : "gone",
                     job ? int(job->isFinished()) : -1, job ? job->requestsDone() : -1,
                     job ? job->requestsTotal() : -1, job ? job->bytesReceived() : -1LL,
                     job ? int(job->result().images.size()) : -1);
            return {};
        }
        return finished.constFirst().constFirst().value<orc::ImageGenerator::Outcome>();
    }

    QString notice() const {
        return page->notice()->isVisibleTo(page.get()) ? page->notice()->text() : QString();
    }
    QString imagesDir() const { return dir.filePath(u"images"_s); }

    QTemporaryDir dir;
    std::unique_ptr<orc::fake::FakeOpenRouter> server;
    std::unique_ptr<orc::OpenRouterClient> client;
    std::unique_ptr<orc::ImageStudioPage> page;
    QList<orc::ModelInfo> catalog;
};

// The provenance as core reads it back (PNG chunks or sidecar).
inline QMap<QString, QString> provenanceText(const QString &path) {
    QMap<QString, QString> text;
    if (const auto provenance = orc::ImageFiles::readProvenance(path))
        for (const auto &[key, value] : provenance->toText())
            text.insert(key, value);
    return text;
}

} // namespace studiotest

// main(): isolated HOME/XDG tree, then QApplication and the test object.
#define ORC_STUDIO_TEST_MAIN(TestClass)                                                            \
    int main(int argc, char **argv) {                                                              \
        QTemporaryDir &home = studiotest::isolatedHome();                                          \
        if (!home.isValid())                                                                       \
            return 2;                                                                              \
        QApplication app(argc, argv);                                                              \
        QCoreApplication::setOrganizationName(QStringLiteral("orstudio-test"));                    \
        QCoreApplication::setApplicationName(QStringLiteral("tst_imagestudio"));                   \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
