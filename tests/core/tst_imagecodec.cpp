#include "TestSupport.h"
#include "api/ChatCodec.h"
#include "api/ImageCodec.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;
using ImageCodec::EncodedImage;
using ImageCodec::ImagesEvent;

namespace {

QJsonObject golden(const QString &name) {
    const QJsonDocument doc = QJsonDocument::fromJson(test::readData(u"requests/"_s + name));
    if (!doc.isObject())
        qFatal("golden file %s is not a JSON object", qPrintable(name));
    return doc.object();
}

bool sameJson(const QJsonObject &actual, const QJsonObject &expected) {
    if (actual == expected)
        return true;
    qWarning().noquote() << "actual:  " << QJsonDocument(actual).toJson(QJsonDocument::Compact);
    qWarning().noquote() << "expected:" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
    return false;
}

QByteArray png(QSize size) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return bytes;
}

ImageRequest lighthouse() {
    ImageRequest r;
    r.model = u"google/gemini-2.5-flash-image"_s;
    r.prompt = u"A lighthouse at dusk, watercolor"_s;
    return r;
}

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestImageCodec : public QObject {
    Q_OBJECT
private slots:
    // --- requests: golden files -------------------------------------------------------------
    void chatMinimal() {
        QVERIFY(sameJson(ImageCodec::encodeChatRequest(lighthouse(), {u"image"_s, u"text"_s}),
                         golden(u"image_chat_minimal.json"_s)));
    }

    void chatFull() {
        ImageRequest r;
        r.model = u"google/gemini-3-pro-image-preview"_s;
        r.prompt = u"Make the sky stormy and add a second lighthouse"_s;
        r.aspectRatio = u"16:9"_s;
        r.imageSize = u"2K"_s;
        r.seed = 42;
        r.inputImages = {
            ContentPart::makeImageData(QByteArray::fromBase64("iVBORw0KGgo="), u"image/png"_s),
            ContentPart::makeImageUrl(u"https://example.com/reference.jpg"_s, u"high"_s)};
        r.extraImageConfig = {{u"strength"_s, 0.5}};
        r.count = 3; // chat completions has no "n": one call per image instead
        QCOMPARE(r.validateFor(ImageApi::ChatCompletions), QString());
        const QJsonObject body = ImageCodec::encodeChatRequest(r, {u"image"_s, u"text"_s});
        QVERIFY(sameJson(body, golden(u"image_chat_full.json"_s)));
        QVERIFY(!body.contains("n"_L1));
    }

    void chatImageOnly() {
        ImageRequest r;
        r.model = u"black-forest-labs/flux.2-pro"_s;
        r.prompt = u"A red bicycle against a white wall"_s;
        r.aspectRatio = u"21:9"_s;
        r.imageSize = u"4K"_s;
        QVERIFY(sameJson(ImageCodec::encodeChatRequest(r, {u"image"_s}),
                         golden(u"image_chat_image_only.json"_s)));
    }

    void imagesMinimal() {
        ImageRequest r = lighthouse();
        r.model = u"bytedance-seed/seedream-4.5"_s;
        QVERIFY(sameJson(ImageCodec::encodeImagesRequest(r, 1),
                         golden(u"image_images_minimal.json"_s)));
        // nothing optional set: only what the API requires
        r.aspectRatio.clear();
        r.imageSize.clear();
        QVERIFY(
            sameJson(ImageCodec::encodeImagesRequest(r, 1), golden(u"image_images_bare.json"_s)));
    }

    void imagesFull() {
        ImageRequest r;
        r.model = u"openai/gpt-image-2"_s;
        r.prompt = u"A glass teapot, studio light, product shot"_s;
        r.count = 4;
        r.aspectRatio = u"3:2"_s;
        r.imageSize = u"4K"_s;
        r.background = u"transparent"_s;
        r.quality = u"high"_s;
        r.outputFormat = u"webp"_s;
        r.seed = 7;
        r.inputImages = {
            ContentPart::makeImageData(QByteArray::fromBase64("iVBORw0KGgo="), u"image/png"_s),
            ContentPart::makeImageUrl(u"https://example.com/teapot.jpg"_s)};
        r.extraImageConfig = {{u"output_compression"_s, 80}};
        QCOMPARE(r.validateFor(ImageApi::ImagesEndpoint), QString());
        QVERIFY(sameJson(ImageCodec::encodeImagesRequest(r, r.count, true),
                         golden(u"image_images_full.json"_s)));
        // bytes form is the same document
        QCOMPARE(QJsonDocument::fromJson(ImageCodec::encodeImagesRequestBytes(r, 4, true)).object(),
                 golden(u"image_images_full.json"_s));
    }

    // --- requests: every value of every control ---------------------------------------------
    void aspectAndSize_data() {
        QTest::addColumn<QString>("ratio");
        QTest::addColumn<QString>("size");
        for (const QString &ratio : ImageRequest::supportedAspectRatios())
            for (const QString &size : ImageRequest::supportedSizes())
                QTest::addRow("%s %s", qPrintable(ratio), qPrintable(size)) << ratio << size;
    }
    void aspectAndSize() {
        QFETCH(QString, ratio);
        QFETCH(QString, size);
        ImageRequest r = lighthouse();
        r.aspectRatio = ratio;
        r.imageSize = size;
        QCOMPARE(r.validate(), QString());
        const QJsonObject chat = ImageCodec::encodeChatRequest(r, {u"image"_s, u"text"_s});
        const QJsonObject config = chat.value("image_config"_L1).toObject();
        QCOMPARE(config.value("aspect_ratio"_L1).toString(), ratio);
        QCOMPARE(config.value("image_size"_L1).toString(), size);
        const QJsonObject images = ImageCodec::encodeImagesRequest(r, 1);
        QCOMPARE(images.value("aspect_ratio"_L1).toString(), ratio);
        QCOMPARE(images.value("resolution"_L1).toString(), size);
    }

    void nominalSizes() {
        QCOMPARE(ImageRequest::supportedAspectRatios().size(), 10);
        QCOMPARE(ImageRequest::nominalPixelSize(u"1:1"_s, u"1K"_s), QSize(1024, 1024));
        QCOMPARE(ImageRequest::nominalPixelSize(u"16:9"_s, u"1K"_s), QSize(1344, 768));
        QCOMPARE(ImageRequest::nominalPixelSize(u"21:9"_s, u"2K"_s), QSize(3072, 1344));
        QCOMPARE(ImageRequest::nominalPixelSize(u"2:3"_s, u"4K"_s), QSize(3328, 4992));
        QCOMPARE(ImageRequest::nominalPixelSize(u"4:5"_s, u"0.5K"_s), QSize(448, 576));
        QCOMPARE(ImageRequest::nominalPixelSize({}, {}), QSize(1024, 1024));
        QVERIFY(!ImageRequest::nominalPixelSize(u"7:5"_s, u"1K"_s).isValid());
        QVERIFY(!ImageRequest::nominalPixelSize(u"1:1"_s, u"3K"_s).isValid());
    }

    void background_data() {
        QTest::addColumn<QString>("background");
        for (const QString &b : ImageRequest::backgrounds())
            QTest::newRow(qPrintable(b)) << b;
    }
    void background() {
        QFETCH(QString, background);
        ImageRequest r = lighthouse();
        r.background = background;
        QCOMPARE(ImageCodec::encodeImagesRequest(r, 1).value("background"_L1).toString(),
                 background);
        QCOMPARE(r.validateFor(ImageApi::ImagesEndpoint), QString());
        // chat completions has no such field: never sent, and refused unless it is "auto"
        QVERIFY(!ImageCodec::encodeChatRequest(r, {u"image"_s})
                     .value("image_config"_L1)
                     .toObject()
                     .contains("background"_L1));
        const QString problem = r.validateFor(ImageApi::ChatCompletions);
        if (background == "auto"_L1)
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.contains(u"Images API"_s), qPrintable(problem));
    }

    void count() {
        for (int n = 1; n <= ImageRequest::kMaxCount; ++n) {
            ImageRequest r = lighthouse();
            r.count = n;
            QCOMPARE(r.validate(), QString());
            const QJsonObject o = ImageCodec::encodeImagesRequest(r, n);
            if (n == 1)
                QVERIFY(!o.contains("n"_L1)); // the default is not sent
            else
                QCOMPARE(o.value("n"_L1).toInt(), n);
            QVERIFY(!ImageCodec::encodeChatRequest(r, {u"image"_s}).contains("n"_L1));
        }
    }

    void inputImages() {
        ImageRequest r = lighthouse();
        const QByteArray bytes = png({8, 8});
        r.inputImages = {ContentPart::makeImageData(bytes, u"image/png"_s)};
        const QJsonArray content = ImageCodec::encodeChatRequest(r, {u"image"_s, u"text"_s})
                                       .value("messages"_L1)
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value("content"_L1)
                                       .toArray();
        QCOMPARE(content.size(), 2);
        QCOMPARE(content.at(0).toObject().value("type"_L1).toString(), u"text"_s); // text first
        QCOMPARE(content.at(1)["image_url"_L1]["url"_L1].toString(),
                 ContentPart::dataUrl(bytes, u"image/png"_s));
        const QJsonArray refs =
            ImageCodec::encodeImagesRequest(r, 1).value("input_references"_L1).toArray();
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.at(0)["type"_L1].toString(), u"image_url"_s);
        QCOMPARE(refs.at(0)["image_url"_L1]["url"_L1].toString(),
                 ContentPart::dataUrl(bytes, u"image/png"_s));
    }

    void validation_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no model") << u"model"_s << u" "_s << u"model"_s;
        QTest::newRow("no prompt") << u"prompt"_s << u"  \n"_s << u"prompt"_s;
        QTest::newRow("ratio words") << u"aspect"_s << u"wide"_s << u"not an aspect ratio"_s;
        QTest::newRow("ratio zero") << u"aspect"_s << u"0:1"_s << u"not an aspect ratio"_s;
        QTest::newRow("ratio signed") << u"aspect"_s << u"+16:9"_s << u"not an aspect ratio"_s;
        QTest::newRow("ratio three") << u"aspect"_s << u"1:2:3"_s << u"not an aspect ratio"_s;
        QTest::newRow("size lower k") << u"size"_s << u"2k"_s << u"capital K"_s;
        QTest::newRow("size 8K") << u"size"_s << u"8K"_s << u"capital K"_s;
        QTest::newRow("background") << u"background"_s << u"purple"_s << u"background"_s;
        QTest::newRow("count 0") << u"count"_s << u"0"_s << u"1 to 10"_s;
        QTest::newRow("count 11") << u"count"_s << u"11"_s << u"1 to 10"_s;
        QTest::newRow("input not image") << u"input"_s << u"text"_s << u"input image"_s;
        QTest::newRow("input empty url") << u"input"_s << QString() << u"input image"_s;
        QTest::newRow("format") << u"format"_s << u"bmp"_s << u"output format"_s;
        QTest::newRow("quality") << u"quality"_s << u"ultra"_s << u"quality"_s;
    }
    void validation() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        ImageRequest r = lighthouse();
        QCOMPARE(r.validate(), QString());
        if (field == "model"_L1)
            r.model = value;
        else if (field == "prompt"_L1)
            r.prompt = value;
        else if (field == "aspect"_L1)
            r.aspectRatio = value;
        else if (field == "size"_L1)
            r.imageSize = value;
        else if (field == "background"_L1)
            r.background = value;
        else if (field == "count"_L1)
            r.count = value.toInt();
        else if (field == "input"_L1)
            r.inputImages = {value.isEmpty() ? ContentPart::makeImageUrl({})
                                             : ContentPart::makeText(value)};
        else if (field == "format"_L1)
            r.outputFormat = value;
        else if (field == "quality"_L1)
            r.quality = value;
        const QString problem = r.validate();
        QVERIFY2(problem.contains(message, Qt::CaseInsensitive), qPrintable(problem));
        QCOMPARE(r.validateFor(ImageApi::ImagesEndpoint), problem);
    }

    void chatRefusesImagesOnlyFields() {
        ImageRequest r = lighthouse();
        r.outputFormat = u"png"_s;
        QVERIFY(r.validateFor(ImageApi::ChatCompletions).contains(u"output format"_s));
        r.outputFormat.clear();
        r.quality = u"high"_s;
        QVERIFY(r.validateFor(ImageApi::ChatCompletions).contains(u"quality"_s));
        QCOMPARE(r.validateFor(ImageApi::ImagesEndpoint), QString());
        r.aspectRatio = u"auto"_s;
        QCOMPARE(r.validate(), QString());
    }

    // --- replies ---------------------------------------------------------------------------
    void imagesResponse() {
        const QByteArray a = png({40, 30});
        const QByteArray b = png({30, 40});
        const QJsonObject body{
            {u"created"_s, 1748372400},
            {u"data"_s, QJsonArray{QJsonObject{{u"b64_json"_s, QString::fromLatin1(a.toBase64())},
                                               {u"media_type"_s, u"image/png"_s},
                                               {u"revised_prompt"_s, u"A calm teapot"_s}},
                                   QJsonObject{{u"url"_s, ContentPart::dataUrl(b, u"image/png"_s)}},
                                   QJsonObject{{u"url"_s, u"https://cdn.example.com/x.png"_s}},
                                   QJsonObject{{u"note"_s, u"no image here"_s}}}},
            {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 0},
                                     {u"completion_tokens"_s, 4175},
                                     {u"total_tokens"_s, 4175},
                                     {u"cost"_s, 0.04}}}};
        const auto reply = ImageCodec::decodeImagesResponse(QByteArray("\n  " + json(body)));
        QVERIFY(!reply.error.isError());
        QCOMPARE(reply.created, 1748372400);
        QVERIFY(reply.usage);
        QCOMPARE(reply.usage->completionTokens, 4175);
        QCOMPARE(*reply.usage->cost, 0.04);
        QCOMPARE(reply.text, u"A calm teapot"_s);
        QCOMPARE(reply.images.size(), 3);
        QCOMPARE(reply.images[0].kind, EncodedImage::Kind::Base64);
        QCOMPARE(reply.images[1].kind, EncodedImage::Kind::DataUrl);
        QCOMPARE(reply.images[2].kind, EncodedImage::Kind::Link);

        const auto first = ImageCodec::decodeImage(reply.images[0]);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.image.bytes, a);
        QCOMPARE(first.image.pixelSize, QSize(40, 30));
        QCOMPARE(first.image.format, u"png"_s);
        const auto second = ImageCodec::decodeImage(reply.images[1]);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.image.pixelSize, QSize(30, 40));
        QCOMPARE(second.image.index, 1);
        const auto link = ImageCodec::decodeImage(reply.images[2]);
        QVERIFY(!link.ok());
        QCOMPARE(link.reason, ImageSniffer::Error::NotDataUrl);
        QVERIFY2(link.error.contains(u"link"_s), qPrintable(link.error));
    }

    void imagesResponseErrors() {
        auto r = ImageCodec::decodeImagesResponse("<html>Bad gateway</html>");
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
        r = ImageCodec::decodeImagesResponse("{\"created\":1}");
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY(r.error.message.contains(u"data"_s));
        r = ImageCodec::decodeImagesResponse(
            "{\"error\":{\"code\":402,\"message\":\"Insufficient credits\"}}");
        QCOMPARE(r.error.kind, ApiError::Kind::Credits);
        r = ImageCodec::decodeImagesResponse("{\"data\":[]}");
        QVERIFY(!r.error.isError()); // empty: the job reports "no image"
        QVERIFY(r.images.isEmpty());
    }

    void imagesStreamEvents() {
        const QString b64 = QString::fromLatin1(png({16, 9}).toBase64());
        auto e =
            ImageCodec::decodeImagesEvent(json({{u"type"_s, u"image_generation.partial_image"_s},
                                                {u"partial_image_index"_s, 1},
                                                {u"b64_json"_s, b64}}));
        QVERIFY(e);
        QCOMPARE(e->type, ImagesEvent::Type::PartialImage);
        QCOMPARE(e->partialIndex, 1);
        QVERIFY(ImageCodec::decodeImage(e->image).ok());

        e = ImageCodec::decodeImagesEvent(
            json({{u"type"_s, u"image_generation.completed"_s},
                  {u"b64_json"_s, b64},
                  {u"media_type"_s, u"image/png"_s},
                  {u"created"_s, 1748372400},
                  {u"usage"_s, QJsonObject{{u"completion_tokens"_s, 100}, {u"cost"_s, 0.02}}}}));
        QVERIFY(e);
        QCOMPARE(e->type, ImagesEvent::Type::Completed);
        QCOMPARE(*e->usage->cost, 0.02);
        const auto decoded = ImageCodec::decodeImage(e->image);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.image.pixelSize, QSize(16, 9));

        e = ImageCodec::decodeImagesEvent(
            "{\"type\":\"error\",\"error\":{\"message\":\"Provider overloaded\",\"code\":502}}");
        QVERIFY(e);
        QCOMPARE(e->type, ImagesEvent::Type::Error);
        QCOMPARE(e->error.kind, ApiError::Kind::Server);
        QCOMPARE(e->error.message, u"Provider overloaded"_s);

        e = ImageCodec::decodeImagesEvent("{\"type\":\"image_generation.heartbeat\"}");
        QVERIFY(e);
        QCOMPARE(e->type, ImagesEvent::Type::Other);

        QString error;
        QVERIFY(!ImageCodec::decodeImagesEvent("{\"type\":", &error));
        QVERIFY(!error.isEmpty());
    }

    void decodeImageFailures() {
        EncodedImage bad;
        bad.kind = EncodedImage::Kind::DataUrl;
        bad.payload = u"data:image/png;base64,@@@@"_s;
        auto d = ImageCodec::decodeImage(bad);
        QCOMPARE(d.reason, ImageSniffer::Error::InvalidBase64);
        QVERIFY(d.image.bytes.isEmpty());
        bad.payload = u"data:text/html;base64,PGI+aGk8L2I+"_s;
        QCOMPARE(ImageCodec::decodeImage(bad).reason, ImageSniffer::Error::NotImage);

        // b64_json whose media type says JPEG but whose bytes are PNG: the bytes win
        EncodedImage mislabelled;
        mislabelled.kind = EncodedImage::Kind::Base64;
        mislabelled.payload = QString::fromLatin1(png({5, 6}).toBase64());
        mislabelled.mediaType = u"IMAGE/JPEG"_s;
        d = ImageCodec::decodeImage(mislabelled);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.image.mimeType, u"image/png"_s);
    }

    void resultJsonHasNoBytes() {
        ImageResult r;
        r.state = ChatResult::State::Completed;
        r.api = ImageApi::ImagesEndpoint;
        r.model = u"fake/image"_s;
        r.text = u"Here you go"_s;
        r.requests = 2;
        r.failedRequests = 1;
        GeneratedImage image;
        image.index = 0;
        image.bytes = png({7, 3});
        image.format = u"png"_s;
        image.mimeType = u"image/png"_s;
        image.pixelSize = QSize(7, 3);
        r.images = {image};
        Usage usage;
        usage.cost = 0.25;
        r.usage = usage;
        QVERIFY(r.ok());
        const QJsonObject o = r.toJson();
        QCOMPARE(o["state"_L1].toString(), u"completed"_s);
        QCOMPARE(o["api"_L1].toString(), u"images"_s);
        QCOMPARE(o["model"_L1].toString(), u"fake/image"_s);
        QVERIFY(o["id"_L1].isNull());
        QCOMPARE(o["text"_L1].toString(), u"Here you go"_s);
        QCOMPARE(o["requests"_L1].toInt(), 2);
        QCOMPARE(o["failed_requests"_L1].toInt(), 1);
        QCOMPARE(o["usage"_L1]["cost"_L1].toDouble(), 0.25);
        QVERIFY(o["error"_L1].isNull());
        const QJsonObject img = o["images"_L1].toArray().at(0).toObject();
        QCOMPARE(img["width"_L1].toInt(), 7);
        QCOMPARE(img["height"_L1].toInt(), 3);
        QCOMPARE(img["bytes"_L1].toInteger(), image.bytes.size());
        QVERIFY(!QJsonDocument(o).toJson().contains(image.bytes.toBase64().left(16)));
        r.images.clear();
        QVERIFY(!r.ok()); // completed without images is not a success
        QCOMPARE(imageApiName(ImageApi::ChatCompletions), u"chat_completions"_s);
    }

    void chatImagesFromRealCapture() {
        if (!test::hasFixtures())
            QSKIP(test::kNoFixturesMessage);
        const ChatResult chat = ChatCodec::decodeResponse(
            test::readFixture(u"chat/pydantic_gemini25_image_nonstream.json"_s));
        const auto encoded = ImageCodec::imagesFromChat(chat.images);
        QCOMPARE(encoded.size(), 1);
        QCOMPARE(encoded[0].kind, EncodedImage::Kind::DataUrl);
        const auto d = ImageCodec::decodeImage(encoded[0]);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.image.pixelSize, QSize(1024, 1024));
        QCOMPARE(d.image.mimeType, u"image/png"_s);
        QVERIFY(chat.usage && chat.usage->imageTokens == 1290);
    }
};

QTEST_MAIN(TestImageCodec)
#include "tst_imagecodec.moc"
