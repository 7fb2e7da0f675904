// Files in and out of the image studio (offscreen, against the in-process fake server):
// Save… through the dialog's path writes PNG/JPEG/WebP atomically with provenance, Save All
// writes every image; dropping such a file back restores its settings, a plain PNG or another
// file does not; a PNG made by the real orcli process restores them too.

#include "FindChild.h"
#include "tst_imagestudio_harness.h"

#include "image/GenerationStatus.h"
#include "image/ImageActions.h"
#include "image/InputImageStrip.h"
#include "image/ResultCard.h"
#include "image/ResultGrid.h"
#include "store/ImageFiles.h"

#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QToolButton>

using orc::test::child;
using namespace orc;
using namespace studiotest;
using namespace Qt::StringLiterals;

namespace {

void dropFiles(QWidget *target, const QStringList &paths) {
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls.append(QUrl::fromLocalFile(p));
    mime.setUrls(urls);
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

// The text chunks as any PNG reader sees them.
QMap<QString, QString> pngText(const QString &path) {
    QImageReader reader(path);
    QMap<QString, QString> text;
    for (const QString &key : reader.textKeys())
        text.insert(key, reader.text(key));
    return text;
}

} // namespace

class TestImageStudioFiles : public QObject {
    Q_OBJECT
    QTemporaryDir m_out;

private slots:
    void savesThroughTheDialogPath() {
        Studio s;
        QVERIFY(s.load());
        QCOMPARE(s.generateFoxes().state, ChatResult::State::Completed);
        ResultCard *card = s.page->grid()->imageCards().first();
        QString suggested;
        QString target = m_out.filePath(u"saved/fox.png"_s);
        s.page->actions()->setSavePathPicker([&](QWidget *, const QString &name) {
            suggested = name;
            return target;
        });
        QSignalSpy saved(s.page->actions(), &ImageActions::saved);
        QTest::mouseClick(child<QToolButton>(card, u"save"_s), Qt::LeftButton);
        QVERIFY(waitFor(saved, 1));
        QVERIFY2(QFileInfo(suggested).fileName().startsWith(u"a-red-fox-in-the-snow-watercolor"_s),
                 qPrintable(suggested));
        QVERIFY(suggested.endsWith(u".png"_s));

        QImageReader reader(target);
        QCOMPARE(reader.format(), "png"_ba);
        QCOMPARE(reader.size(), QSize(2688, 1536));
        const QMap<QString, QString> text = provenanceText(target);
        QCOMPARE(text.value(u"prompt"_s), u"A red fox in the snow, watercolor"_s);
        QCOMPARE(text.value(u"model"_s), u"fake/image"_s);
        QCOMPARE(text.value(u"aspect_ratio"_s), u"16:9"_s);
        QCOMPARE(text.value(u"image_size"_s), u"2K"_s);
        QCOMPARE(text.value(u"cost"_s), u"0.01"_s);
        // POST /images: the generation id of the X-Generation-Id header, as chat replies' id
        QVERIFY2(card->image().provenance.generationId.startsWith(u"gen-"_s),
                 qPrintable(card->image().provenance.generationId));
        QCOMPARE(text.value(u"generation_id"_s), card->image().provenance.generationId);
        QCOMPARE(text.value(u"software"_s), u"OR Studio"_s);
        QCOMPARE(text.value(u"api"_s), u"images"_s);
        // the standard chunks other viewers show
        QCOMPARE(pngText(target).value(u"Software"_s), u"OR Studio"_s);
        QCOMPARE(pngText(target).value(u"Description"_s), u"A red fox in the snow, watercolor"_s);

        // JPEG and WebP by extension; an unknown extension is refused with nothing written
        target = m_out.filePath(u"saved/fox.jpg"_s);
        QTest::mouseClick(child<QToolButton>(card, u"save"_s), Qt::LeftButton);
        QVERIFY(waitFor(saved, 2));
        QCOMPARE(QImageReader(target).format(), "jpeg"_ba);
        if (QImageWriter::supportedImageFormats().contains("webp")) {
            target = m_out.filePath(u"saved/fox.webp"_s);
            QTest::mouseClick(child<QToolButton>(card, u"save"_s), Qt::LeftButton);
            QVERIFY(waitFor(saved, 3));
            QCOMPARE(QImageReader(target).format(), "webp"_ba);
        }
        target = m_out.filePath(u"saved/fox.bmp"_s);
        QSignalSpy failed(s.page->actions(), &ImageActions::failed);
        QTest::mouseClick(child<QToolButton>(card, u"save"_s), Qt::LeftButton);
        QVERIFY(waitFor(failed));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY2(s.notice().contains(u".png, .jpg or .webp"_s), qPrintable(s.notice()));
        // nothing but the finished files (no QSaveFile leftovers)
        for (const QString &f : QDir(m_out.filePath(u"saved"_s)).entryList(QDir::Files))
            QVERIFY2(f.startsWith(u"fox."_s), qPrintable(f));

        // Save All writes every image of the grid into a folder
        const QString folder = m_out.filePath(u"all"_s);
        QDir().mkpath(folder);
        s.page->actions()->setFolderPicker([&](QWidget *) { return folder; });
        QSignalSpy all(s.page->actions(), &ImageActions::savedAll);
        QTest::mouseClick(child<QPushButton>(s.page->status(), u"saveAll"_s), Qt::LeftButton);
        QVERIFY(waitFor(all));
        QCOMPARE(all.constFirst().at(1).toInt(), 2);
        QCOMPARE(QDir(folder).entryList(QDir::Files),
                 (QStringList{u"a-red-fox-in-the-snow-watercolor-1.png"_s,
                              u"a-red-fox-in-the-snow-watercolor-2.png"_s}));
    }

    void dropBackRestoresSettings() {
        Studio s;
        QVERIFY(s.load());
        QCOMPARE(s.generateFoxes().state, ChatResult::State::Completed);
        const QString saved = m_out.filePath(u"drop/fox.png"_s);
        QSignalSpy done(s.page->actions(), &ImageActions::saved);
        s.page->actions()->saveTo(s.page->grid()->imageCards().first()->image(), saved);
        QVERIFY(waitFor(done));

        // change everything, then drop the saved image onto the studio
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        s.setPrompt(u"something else"_s);
        QVERIFY(s.clickAspect(u"1:1"_s));
        dropFiles(s.page.get(), {saved});
        const ImageRequest restored = s.controls()->request();
        QCOMPARE(restored.model, u"fake/image"_s);
        QCOMPARE(restored.prompt, u"A red fox in the snow, watercolor"_s);
        QCOMPARE(restored.aspectRatio, u"16:9"_s);
        QCOMPARE(restored.imageSize, u"2K"_s);
        QVERIFY(
            child<QLabel>(s.page->status(), u"generationText"_s)->text().contains(u"restored"_s));
        QVERIFY(s.controls()->inputStrip()->isEmpty()); // not taken as an input image

        // a plain image (no provenance) becomes an input image instead
        s.page->setImageModels(ImageModels()); // gemini through chat takes image input
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        QImage plain(40, 30, QImage::Format_RGB32);
        plain.fill(Qt::yellow);
        const QString plainPath = m_out.filePath(u"drop/plain.png"_s);
        QVERIFY(plain.save(plainPath));
        QSignalSpy loaded(s.controls()->inputStrip(), &InputImageStrip::loadingFinished);
        dropFiles(s.page.get(), {plainPath});
        QVERIFY(waitFor(loaded, 1));
        QCOMPARE(s.controls()->inputStrip()->inputs().size(), 1);
        QCOMPARE(s.controls()->request().prompt, u"A red fox in the snow, watercolor"_s);
        // a file that is not an image is refused with a message
        const QString text = m_out.filePath(u"drop/notes.png"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();
        dropFiles(s.page.get(), {text});
        QVERIFY(waitFor(loaded, 2));
        QCOMPARE(s.controls()->inputStrip()->inputs().size(), 1);
        QVERIFY2(s.notice().contains(u"notes.png"_s), qPrintable(s.notice()));
    }

    void dropAnOrcliImageRestoresSettings() {
        // A PNG written by the real orcli (its process, against this test's fake server)
        Studio s;
        QVERIFY(s.load());
        s.page->setImageModels(everythingModel()); // fake/image with a background control
        const QString out = m_out.filePath(u"orcli/lighthouse.png"_s);
        QProcess orcli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_out.filePath(u"orcli-home"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_out.filePath(u"orcli-home/cache"_s));
        env.insert(u"OPENROUTER_API_KEY"_s, u"sk-or-test-orcli"_s);
        env.insert(u"OPENROUTER_BASE_URL"_s, s.server->baseUrl().toString());
        orcli.setProcessEnvironment(env);
        orcli.start(QStringLiteral(ORC_ORCLI_PATH),
                    {u"image"_s, u"fake/image"_s, u"A lighthouse at dusk"_s, u"-o"_s, out, u"-a"_s,
                     u"4:3"_s, u"-z"_s, u"2K"_s, u"-b"_s, u"transparent"_s, u"--api"_s, u"chat"_s});
        QVERIFY(orcli.waitForStarted(kTimeoutMs));
        orcli.closeWriteChannel();
        // the fake server lives in this thread: keep the event loop running meanwhile
        QVERIFY(QTest::qWaitFor([&] { return orcli.state() == QProcess::NotRunning; }, kTimeoutMs));
        QVERIFY2(orcli.exitCode() == 0, orcli.readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(out));

        // change everything, then drop orcli's file onto the studio
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        s.setPrompt(u"something else"_s);
        QVERIFY(s.clickAspect(u"1:1"_s));
        dropFiles(s.page.get(), {out});
        const ImageRequest restored = s.controls()->request();
        QCOMPARE(restored.model, u"fake/image"_s);
        QCOMPARE(restored.prompt, u"A lighthouse at dusk"_s);
        QCOMPARE(restored.aspectRatio, u"4:3"_s);
        QCOMPARE(restored.imageSize, u"2K"_s);
        QCOMPARE(restored.background, u"transparent"_s);
        QVERIFY(
            child<QLabel>(s.page->status(), u"generationText"_s)->text().contains(u"restored"_s));
        QVERIFY(s.controls()->inputStrip()->isEmpty()); // not taken as an input image
        QVERIFY(provenanceText(out).value(u"generation_id"_s).startsWith(u"gen-"_s));
    }
};

ORC_STUDIO_TEST_MAIN(TestImageStudioFiles)
#include "tst_imagestudio_files.moc"
