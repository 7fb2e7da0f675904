// The image studio as a user meets it (offscreen, against the in-process fake server): results
// appear in the grid as they arrive with pixel size, model and cost; copy, use as input, drag
// data, viewer, delete; every failure (moderation, 402, huge image, no image, invalid base64,
// not an image, unknown format, corrupt pixels) is one message in the studio with nothing
// written; cancel; the gallery. Saving and dropping files: tst_imagestudio_files.

#include "FindChild.h"
#include "tst_imagestudio_harness.h"

#include "image/GalleryPanel.h"
#include "image/GenerationStatus.h"
#include "image/ImageActions.h"
#include "image/ImageViewer.h"
#include "image/InputImageStrip.h"
#include "image/ResultCard.h"
#include "image/ResultGrid.h"
#include "store/CostLedger.h"

#include <QBuffer>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>

using orc::test::child;
using namespace orc;
using namespace studiotest;
using namespace Qt::StringLiterals;

namespace {

// A server whose chat completions stream one image chunk with a hand-made image URL, for the
// replies the fake server never sends: broken base64, a data URL that is not an image, bytes in
// no known format, a PNG whose header is fine but whose pixels are not.
class CannedImageServer {
public:
    CannedImageServer() {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { onData(socket); });
        });
    }
    QUrl baseUrl() const {
        return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(m_server.serverPort()));
    }

    static QString urlFor(const QString &model) {
        if (model == "bad/base64"_L1)
            return u"data:image/png;base64,iVBORw0KGgo@@@not*base64!!"_s;
        if (model == "bad/not-image"_L1)
            return u"data:text/html;base64,"_s +
                   QString::fromLatin1("<html>no image here</html>"_ba.toBase64());
        if (model == "bad/unknown-format"_L1)
            return u"data:image/png;base64,"_s +
                   QString::fromLatin1("just some bytes, not an image at all"_ba.toBase64());
        // a real PNG header (64x64) followed by garbage instead of compressed pixels
        QImage image(64, 64, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        png = png.left(33) + QByteArray(400, 'x');
        return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    }

private:
    void onData(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        if (!head.startsWith("POST") || !head.contains("/chat/completions")) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                          "Content-Length: 45\r\nConnection: close\r\n\r\n"
                          "{\"error\":{\"code\":404,\"message\":\"Not Found\"}}");
            socket->disconnectFromHost();
            return;
        }
        const QString model = QJsonDocument::fromJson(body).object().value("model"_L1).toString();
        const QJsonObject image{{u"type"_s, u"image_url"_s},
                                {u"image_url"_s, QJsonObject{{u"url"_s, urlFor(model)}}},
                                {u"index"_s, 0}};
        const QJsonObject chunk{
            {u"id"_s, u"gen-canned"_s},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"model"_s, model},
            {u"choices"_s,
             QJsonArray{QJsonObject{{u"index"_s, 0},
                                    {u"delta"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                             {u"content"_s, u""_s},
                                                             {u"images"_s, QJsonArray{image}}}},
                                    {u"finish_reason"_s, u"stop"_s}}}},
            {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 5},
                                     {u"completion_tokens"_s, 1290},
                                     {u"total_tokens"_s, 1295},
                                     {u"cost"_s, 0.039}}}};
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                      "Connection: close\r\n\r\n");
        socket->write(": OPENROUTER PROCESSING\n\ndata: " +
                      QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\ndata: [DONE]\n\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestImageStudio : public QObject {
    Q_OBJECT

private slots:
    void previewsAppearAsTheyArrive() {
        Studio s;
        QVERIFY(s.load());
        QSignalSpy previews(s.page->generator(), &ImageGenerator::previewReady);
        QSignalSpy arrived(s.page->generator(), &ImageGenerator::imageReady);
        int placeholdersAtStart = -1;
        connect(s.page->generator(), &ImageGenerator::started, this,
                [&] { placeholdersAtStart = s.page->grid()->placeholderCount(); });
        bool statusShownWhileRunning = false;
        connect(s.page->generator(), &ImageGenerator::progress, this, [&] {
            statusShownWhileRunning =
                statusShownWhileRunning ||
                (child<QPushButton>(s.page->status(), u"cancelGeneration"_s)
                     ->isVisibleTo(s.page.get()) &&
                 child<QProgressBar>(s.page->status(), u"generationProgress"_s)
                     ->isVisibleTo(s.page.get()));
        });
        const ImageGenerator::Outcome outcome = s.generateFoxes();
        QVERIFY2(outcome.state == ChatResult::State::Completed, qPrintable(s.notice()));
        QCOMPARE(placeholdersAtStart, 2);
        QVERIFY(statusShownWhileRunning);
        QVERIFY(previews.size() >= 1); // /images streams partial previews first
        QCOMPARE(arrived.size(), 2);

        const QList<ResultCard *> cards = s.page->grid()->imageCards();
        QCOMPARE(cards.size(), 2);
        QCOMPARE(s.page->grid()->placeholderCount(), 0);
        for (ResultCard *card : cards) {
            QCOMPARE(card->image().pixelSize, QSize(2688, 1536));
            QVERIFY(!child<QLabel>(card, u"resultPreview"_s)->pixmap().isNull());
            const QString info = card->infoText(card->image());
            QVERIFY2(info.contains(u"2688 × 1536"_s) && info.contains(u"fake/image"_s) &&
                         info.contains(u"$0.01"_s),
                     qPrintable(info));
            QCOMPARE(child<QLabel>(card, u"resultInfo"_s)->text(), info);
            QVERIFY(QFileInfo::exists(card->image().path));
        }
        QVERIFY(
            child<QLabel>(s.page->status(), u"generationText"_s)->text().contains(u"2 images"_s));
        QVERIFY(!child<QPushButton>(s.page->status(), u"cancelGeneration"_s)
                     ->isVisibleTo(s.page.get()));
        QVERIFY(child<QPushButton>(s.page->status(), u"saveAll"_s)->isEnabled());

        // recorded in the gallery with both files
        QCOMPARE(s.page->galleryStore()->count(), 1);
        const GalleryEntry entry = s.page->galleryStore()->entries().first();
        QCOMPARE(entry.images.size(), 2);
        QCOMPARE(entry.aspectRatio, u"16:9"_s);
        QCOMPARE(entry.api, u"images"_s);
        QCOMPARE(entry.cost, std::optional<double>(0.02));
        // the generation id of POST /images is kept, as for chat replies
        QVERIFY2(entry.generationId.startsWith(u"gen-"_s), qPrintable(entry.generationId));
        QCOMPARE(s.page->grid()->imageCards().first()->image().provenance.generationId,
                 entry.generationId);
        QCOMPARE(filesUnder(s.imagesDir()).size(), 2);
        QCOMPARE(child<QListWidget>(s.page->galleryPanel(), u"galleryList"_s)->count(), 1);
        // the stored files carry their provenance (for drag-out and drop-back)
        QCOMPARE(provenanceText(entry.images.first().path).value(u"prompt"_s), entry.prompt);

        // other models and sizes: pixel sizes follow the aspect table
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        QVERIFY(s.clickAspect(u"3:4"_s));
        QCOMPARE(s.generate().images.value(0).pixelSize, QSize(864, 1184));
        QVERIFY(s.select(u"bytedance-seed/seedream-4.5"_s));
        QVERIFY(s.clickAspect(u"4:3"_s));
        QVERIFY(s.clickSize(u"2K"_s));
        s.controls()->countBox()->setValue(2);
        const ImageGenerator::Outcome seedream = s.generate();
        QCOMPARE(seedream.images.size(), 2);
        QCOMPARE(seedream.images.at(1).pixelSize, QSize(2368, 1728));
        QCOMPARE(s.page->grid()->imageCards().size(), 5); // newest first, older ones kept
        // seedream takes no input images: "Use as input" is off on every card
        for (ResultCard *card : s.page->grid()->imageCards())
            QVERIFY(!child<QToolButton>(card, u"useAsInput"_s)->isEnabled());
        QCOMPARE(s.page->grid()->cards().first()->image().provenance.model,
                 u"bytedance-seed/seedream-4.5"_s);
    }

    void modelTextIsShown() {
        Studio s;
        QVERIFY(s.load());
        s.page->setImageModels(ImageModels()); // gemini through chat: image and text
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        s.setPrompt(u"A lighthouse at dusk"_s);
        const ImageGenerator::Outcome outcome = s.generate();
        QCOMPARE(outcome.state, ChatResult::State::Completed);
        QVERIFY(s.page->modelText()->isVisibleTo(s.page.get()));
        QVERIFY(!s.page->modelText()->text().trimmed().isEmpty());
    }

    void cardActions() {
        Studio s;
        QVERIFY(s.load());
        s.page->setImageModels(ImageModels()); // chat: fake/image takes input images
        QVERIFY(s.select(u"fake/image"_s));
        s.setPrompt(u"A teapot"_s);
        QVERIFY(s.clickAspect(u"3:2"_s));
        s.controls()->countBox()->setValue(2);
        QCOMPARE(s.generate().state, ChatResult::State::Completed);
        ResultCard *card = s.page->grid()->imageCards().first();

        // copy: the clipboard gets the image
        QSignalSpy copied(s.page->actions(), &ImageActions::copied);
        QTest::mouseClick(child<QToolButton>(card, u"copy"_s), Qt::LeftButton);
        QVERIFY(waitFor(copied));
        const QMimeData *clip = QApplication::clipboard()->mimeData();
        QVERIFY(clip && clip->hasImage());
        QCOMPARE(qvariant_cast<QImage>(clip->imageData()).size(), QSize(1248, 832));

        // chat replies have a generation id, kept in the gallery and in the file
        QVERIFY(card->image().provenance.generationId.startsWith(u"gen-"_s));
        QCOMPARE(provenanceText(card->image().path).value(u"generation_id"_s),
                 card->image().provenance.generationId);
        QCOMPARE(s.page->galleryStore()->entry(card->image().galleryId)->generationId,
                 card->image().provenance.generationId);

        // drag out: the file's URL plus the encoded image
        std::unique_ptr<QMimeData> drag(ImageActions::mimeData(card->image()));
        QCOMPARE(drag->urls(), QList<QUrl>{QUrl::fromLocalFile(card->image().path)});
        QVERIFY(drag->data(u"image/png"_s).startsWith("\x89PNG"));

        // use as input
        QSignalSpy loaded(s.controls()->inputStrip(), &InputImageStrip::loadingFinished);
        QTest::mouseClick(child<QToolButton>(card, u"useAsInput"_s), Qt::LeftButton);
        QVERIFY(waitFor(loaded));
        QCOMPARE(s.controls()->inputStrip()->inputs().size(), 1);

        // the viewer: fit, 100 %, zoom
        QTest::mouseClick(child<QLabel>(card, u"resultPreview"_s), Qt::LeftButton);
        auto *viewer = s.page->findChild<ImageViewer *>();
        QVERIFY(viewer);
        QSignalSpy full(viewer, &ImageViewer::fullImageLoaded);
        QVERIFY(viewer->hasFullImage() || waitFor(full));
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        viewer->fit();
        QVERIFY(viewer->scale() < 1.0);
        viewer->actualSize();
        QCOMPARE(viewer->scale(), 1.0);
        viewer->zoomBy(1.25);
        QCOMPARE(viewer->scale(), 1.25);
        QCOMPARE(viewer->view()->transform().m11(), 1.25);
        viewer->close();

        // delete: the file goes, the gallery keeps the other image
        const QString path = card->image().path;
        const qint64 galleryId = card->image().galleryId;
        QVERIFY(galleryId > 0);
        QTest::mouseClick(child<QToolButton>(card, u"delete"_s), Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(path));
        QTRY_COMPARE(s.page->grid()->imageCards().size(), 1);
        QCOMPARE(s.page->galleryStore()->entry(galleryId)->images.size(), 1);
    }

    void errorsAreShownInTheStudio_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("canned");
        QTest::addColumn<QString>("expected");
        QTest::newRow("moderation")
            << u"fault/moderation"_s << QString() << false << u"moderation"_s;
        QTest::newRow("402") << u"fake/image"_s << u"sk-or-broke-studio"_s << false << u"credits"_s;
        QTest::newRow("huge image") << u"fault/huge-image"_s << QString() << false << u"64 MiB"_s;
        QTest::newRow("no image") << u"fault/empty-choices"_s << QString() << false
                                  << u"without an image"_s;
        QTest::newRow("invalid base64") << u"bad/base64"_s << QString() << true << u"base64"_s;
        QTest::newRow("not an image") << u"bad/not-image"_s << QString() << true << u"text/html"_s;
        QTest::newRow("unknown format")
            << u"bad/unknown-format"_s << QString() << true << u"format"_s;
        QTest::newRow("corrupt pixels")
            << u"bad/corrupt"_s << QString() << true << u"cannot be decoded"_s;
    }
    void errorsAreShownInTheStudio() {
        QFETCH(QString, model);
        QFETCH(QString, key);
        QFETCH(bool, canned);
        QFETCH(QString, expected);
        std::unique_ptr<CannedImageServer> cannedServer;
        Studio s(key.isEmpty() ? u"sk-or-test-studio"_s : key);
        if (canned) {
            cannedServer = std::make_unique<CannedImageServer>();
            ClientConfig config = s.client->config();
            config.baseUrl = cannedServer->baseUrl();
            s.client->setConfig(config);
            s.page->setImageModels(ImageModels());
        } else {
            QVERIFY(s.load());
        }
        s.controls()->selectModel(model);
        s.setPrompt(u"Draw a cat"_s);
        const ImageGenerator::Outcome outcome = s.generate();
        QCOMPARE(outcome.state, ChatResult::State::Failed);
        QVERIFY2(s.notice().contains(expected, Qt::CaseInsensitive), qPrintable(s.notice()));
        qInfo("notice: %s", qPrintable(s.notice()));
        QVERIFY(s.page->notice()->retryButton()->isVisibleTo(s.page.get()));
        QVERIFY(!s.notice().contains(u"sk-or-"_s)); // never the key
        QVERIFY(s.page->grid()->cards().isEmpty()); // placeholders gone, nothing shown
        QVERIFY(child<QLabel>(s.page->status(), u"generationText"_s)->text().contains(u"Failed"_s));
        QCOMPARE(filesUnder(s.imagesDir()), QStringList()); // nothing written
        QCOMPARE(s.page->galleryStore()->count(), 0);
        QVERIFY(s.controls()->generateButton()->isEnabled()); // ready for another try
    }

    void billedGenerationsAreRecordedInTheLedger() {
        Studio s;
        QVERIFY(s.load());
        CostLedger ledger(s.dir.filePath(u"data/ledger.sqlite"_s));
        QVERIFY(ledger.open());
        s.page->generator()->setLedger(&ledger);
        QSignalSpy changed(s.page->generator(), &ImageGenerator::ledgerChanged);
        const ImageGenerator::Outcome outcome = s.generateFoxes();
        QCOMPARE(outcome.state, ChatResult::State::Completed);
        QVERIFY(!outcome.generationId.isEmpty());
        QVERIFY(outcome.cost && *outcome.cost > 0);
        QCOMPARE(changed.size(), 1);
        const QList<LedgerEntry> entries = ledger.recent(10);
        QCOMPARE(entries.size(), 1);
        const LedgerEntry &e = entries.constFirst();
        QCOMPARE(e.kind, u"image"_s);
        QCOMPARE(e.origin, LedgerEntry::Origin::App);
        QCOMPARE(e.generationId, outcome.generationId);
        QCOMPARE(e.model, u"fake/image"_s);
        QVERIFY(e.costNanoUsd);
        QCOMPARE(*e.costNanoUsd, Money::fromUsd(*outcome.cost));
        QVERIFY(e.complete);

        // A refused request (no generation id) bills nothing and records nothing.
        s.controls()->selectModel(u"fault/moderation"_s);
        s.setPrompt(u"refused"_s);
        const ImageGenerator::Outcome refused = s.generate();
        QCOMPARE(refused.state, ChatResult::State::Failed);
        QCOMPARE(ledger.count(), 1);
    }

    void cutOffGenerationIsSettledFromTheServer() {
        Studio s;
        QVERIFY(s.load());
        CostLedger ledger(s.dir.filePath(u"data/ledger.sqlite"_s));
        s.page->generator()->setLedger(&ledger);
        QSignalSpy changed(s.page->generator(), &ImageGenerator::ledgerChanged);
        s.controls()->selectModel(u"fault/drop"_s); // the stream is cut off: no usage, no cost
        s.setPrompt(u"cut off"_s);
        const ImageGenerator::Outcome outcome = s.generate();
        QVERIFY(outcome.state != ChatResult::State::Completed);
        QVERIFY(!outcome.generationId.isEmpty());
        std::optional<LedgerEntry> entry = ledger.find(outcome.generationId);
        QVERIFY(entry);
        QCOMPARE(entry->kind, u"image"_s);
        // GET /generation (404 first, then the record) settles it with the billed cost.
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, kTimeoutMs);
        entry = ledger.find(outcome.generationId);
        QVERIFY(entry->costExact);
        QVERIFY(entry->complete);
        QVERIFY(entry->costNanoUsd);
    }

    void cancelStopsAndKeepsNothing() {
        Studio s;
        QVERIFY(s.load());
        s.controls()->selectModel(u"fault/hang"_s);
        s.setPrompt(u"never answered"_s);
        QSignalSpy finished(s.page.get(), &ImageStudioPage::generationFinished);
        QTest::mouseClick(s.controls()->generateButton(), Qt::LeftButton);
        QVERIFY(s.page->isGenerating());
        QVERIFY(!s.controls()->generateButton()->isEnabled());
        QLabel *elapsed = child<QLabel>(s.page->status(), u"generationElapsed"_s);
        const QString before = elapsed->text();
        QTest::qWait(350); // the event loop keeps running: the clock ticks
        QVERIFY2(elapsed->text() != before, qPrintable(elapsed->text()));
        QTest::mouseClick(child<QPushButton>(s.page->status(), u"cancelGeneration"_s),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs); // may finish in the click
        const auto outcome = finished.constFirst().constFirst().value<ImageGenerator::Outcome>();
        QCOMPARE(outcome.state, ChatResult::State::Cancelled);
        QVERIFY(
            child<QLabel>(s.page->status(), u"generationText"_s)->text().contains(u"Cancelled"_s));
        QVERIFY(s.page->grid()->cards().isEmpty());
        QCOMPARE(filesUnder(s.imagesDir()), QStringList());
        QVERIFY(s.notice().isEmpty());
    }

    void galleryBrowseSearchRerunDelete() {
        Studio s;
        QVERIFY(s.load());
        QCOMPARE(s.generateFoxes().state, ChatResult::State::Completed);
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        s.setPrompt(u"A copper teapot on a table"_s);
        QVERIFY(s.clickAspect(u"4:5"_s));
        QCOMPARE(s.generate().state, ChatResult::State::Completed);
        GalleryPanel *gallery = s.page->galleryPanel();
        QCOMPARE(child<QListWidget>(gallery, u"galleryList"_s)->count(), 2);
        QTRY_COMPARE(gallery->pendingThumbnails(), 0);
        QVERIFY(!child<QListWidget>(gallery, u"galleryList"_s)->item(0)->icon().isNull());

        gallery->setSearchText(u"teapot"_s);
        QCOMPARE(child<QListWidget>(gallery, u"galleryList"_s)->count(), 1);
        QVERIFY(child<QLabel>(gallery, u"galleryCount"_s)->text().contains(u"1 of 2"_s));
        gallery->setSearchText(u"fox water"_s);
        QCOMPARE(child<QListWidget>(gallery, u"galleryList"_s)->count(), 1);
        const GalleryEntry fox = gallery->shownEntries().first();
        QCOMPARE(fox.images.size(), 2);

        // open: its images come back into the grid from their files
        s.page->grid()->clear();
        child<QListWidget>(gallery, u"galleryList"_s)->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(gallery, u"galleryOpen"_s), Qt::LeftButton);
        QTRY_COMPARE(s.page->grid()->imageCards().size(), 2);
        QVERIFY(!s.page->grid()->imageCards().first()->image().thumbnail.isNull());
        QCOMPARE(s.page->grid()->imageCards().first()->image().pixelSize, QSize(2688, 1536));

        // re-run with the same settings
        s.server->clearRequests();
        QSignalSpy finished(s.page.get(), &ImageStudioPage::generationFinished);
        QTest::mouseClick(child<QPushButton>(gallery, u"galleryRerun"_s), Qt::LeftButton);
        QVERIFY(waitFor(finished));
        const QJsonObject json = s.server->lastRequest().json;
        QCOMPARE(json.value("model"_L1).toString(), u"fake/image"_s);
        QCOMPARE(json.value("prompt"_L1).toString(), fox.prompt);
        QCOMPARE(json.value("aspect_ratio"_L1).toString(), u"16:9"_s);
        QCOMPARE(json.value("resolution"_L1).toString(), u"2K"_s);
        QCOMPARE(json.value("n"_L1).toInt(), 2);
        gallery->setSearchText(QString());
        QCOMPARE(child<QListWidget>(gallery, u"galleryList"_s)->count(), 3);

        // delete (confirmed): the record and its files go, and its cards leave the grid
        bool asked = false;
        gallery->setConfirmer([&](QWidget *, const QString &) {
            asked = true;
            return true;
        });
        QVERIFY(gallery->selectEntry(fox.id));
        QTest::mouseClick(child<QPushButton>(gallery, u"galleryDelete"_s), Qt::LeftButton);
        QVERIFY(asked);
        QCOMPARE(child<QListWidget>(gallery, u"galleryList"_s)->count(), 2);
        for (const GalleryImage &image : fox.images)
            QVERIFY(!QFileInfo::exists(image.path));
        for (ResultCard *card : s.page->grid()->imageCards())
            QVERIFY(card->image().galleryId != fox.id);
        // declined: nothing happens
        gallery->setConfirmer([](QWidget *, const QString &) { return false; });
        child<QListWidget>(gallery, u"galleryList"_s)->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(gallery, u"galleryDelete"_s), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(gallery, u"galleryList"_s)->count(), 2);
    }
};

ORC_STUDIO_TEST_MAIN(TestImageStudio)
#include "tst_imagestudio.moc"
