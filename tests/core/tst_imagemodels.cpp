#include "TestSupport.h"
#include "api/ImageModels.h"

#include <QJsonDocument>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

QList<ImageModel> listing() {
    QString error;
    const auto models = ImageModels::parseList(test::readData(u"images_models.json"_s), &error);
    if (!error.isEmpty())
        qFatal("images_models.json: %s", qPrintable(error));
    return models;
}

ModelInfo catalogModel(const char *id, const char *outputs) {
    const QByteArray json = QByteArray("{\"id\":\"") + id +
                            "\",\"architecture\":{\"input_modalities\":[\"text\"],"
                            "\"output_modalities\":" +
                            outputs + "}}";
    return ModelInfo::fromJson(QJsonDocument::fromJson(json).object());
}

QList<ModelInfo> catalog() {
    return {catalogModel("black-forest-labs/flux.2-pro", "[\"image\"]"),
            catalogModel("google/gemini-2.5-flash-image", "[\"image\",\"text\"]"),
            catalogModel("openrouter/auto", "[\"text\",\"image\"]"),
            catalogModel("openai/gpt-4o-mini", "[\"text\"]"),
            catalogModel("bytedance-seed/seedream-4.5", "[\"image\"]")};
}

ImageRequest request(const QString &model) {
    ImageRequest r;
    r.model = model;
    r.prompt = u"A cat"_s;
    return r;
}

} // namespace

class TestImageModels : public QObject {
    Q_OBJECT
private slots:
    void parse() {
        const auto models = listing();
        QCOMPARE(models.size(), 5); // no-id, non-object and null entries skipped
        const ImageModel &seedream = models[0];
        QCOMPARE(seedream.id, u"bytedance-seed/seedream-4.5"_s);
        QCOMPARE(seedream.name, u"Seedream 4.5"_s);
        QCOMPARE(seedream.created.toSecsSinceEpoch(), 1692901234);
        QCOMPARE(seedream.inputModalities, (QStringList{u"text"_s, u"image"_s}));
        QCOMPARE(seedream.outputModalities, QStringList{u"image"_s});
        QCOMPARE(seedream.endpointsPath,
                 u"/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints"_s);
        QVERIFY(!seedream.supportsStreaming);
        QCOMPARE(seedream.parameters.size(), 4);

        const ImageCapability *resolution = seedream.capability(u"resolution"_s);
        QVERIFY(resolution);
        QCOMPARE(resolution->type, ImageCapability::Type::Enum);
        QCOMPARE(resolution->valueStrings(), (QStringList{u"1K"_s, u"2K"_s, u"4K"_s}));
        const ImageCapability *refs = seedream.capability(u"input_references"_s);
        QCOMPARE(refs->type, ImageCapability::Type::Range);
        QCOMPARE(*refs->min, 0.0);
        QCOMPARE(*refs->max, 10.0);
        QCOMPARE(seedream.capability(u"seed"_s)->type, ImageCapability::Type::Boolean);
        QVERIFY(!seedream.capability(u"quality"_s));

        const ImageModel &gpt = models[1];
        QCOMPARE(gpt.created.toSecsSinceEpoch(), 1767225600); // a string number is tolerated
        QVERIFY(gpt.supportsStreaming);
        QCOMPARE(*gpt.capability(u"n"_s)->max, 4.0); // so is a string bound
        const ImageCapability *odd = gpt.capability(u"moderation"_s);
        QVERIFY(odd); // unknown descriptor types are kept: supported, unconstrained
        QCOMPARE(odd->type, ImageCapability::Type::Other);
        QCOMPARE(odd->typeName, u"toggle-ish"_s);
        QVERIFY(odd->accepts(u"anything"_s));

        QVERIFY(!models[2].supportsStreaming); // "yes" is not a boolean
        const ImageModel &minimal = models[3];
        QVERIFY(minimal.supports(u"seed"_s)); // an array of names: supported, unconstrained
        QVERIFY(minimal.supports(u"aspect_ratio"_s));
        QVERIFY(minimal.aspectRatios().isEmpty()); // no values to offer
        const ImageModel &nulls = models[4];
        QCOMPARE(nulls.id, u"odd/nulls"_s);
        QVERIFY(nulls.name.isEmpty());
        QVERIFY(!nulls.created.isValid());
        QVERIFY(nulls.parameters.isEmpty());
    }

    void parseFailures() {
        QString error;
        QVERIFY(ImageModels::parseList("not json", &error).isEmpty());
        QVERIFY(error.contains(u"not JSON"_s));
        QVERIFY(ImageModels::parseList("{\"models\":[]}", &error).isEmpty());
        QVERIFY(error.contains(u"data"_s));
        QVERIFY(ImageModels::parseList("{\"error\":{\"code\":500,\"message\":\"Upstream down\"}}",
                                       &error)
                    .isEmpty());
        QCOMPARE(error, u"Upstream down"_s);
        // a bare array and a byte order mark are fine
        const auto models = ImageModels::parseList("\xEF\xBB\xBF[{\"id\":\"a/b\"}]", &error);
        QCOMPARE(models.size(), 1);
        QVERIFY(error.isEmpty());
    }

    void whatTheStudioOffers() {
        const ImageModels models(listing());
        const ImageModel *seedream = models.find(u"bytedance-seed/seedream-4.5"_s);
        const ImageModel *gpt = models.find(u"openai/gpt-image-2"_s);
        const ImageModel *recraft = models.find(u"recraft/recraft-v4"_s);
        QVERIFY(seedream && gpt && recraft);
        QVERIFY(!models.find(u"nobody/nothing"_s));

        QCOMPARE(seedream->aspectRatios(),
                 (QStringList{u"1:1"_s, u"16:9"_s, u"9:16"_s, u"4:3"_s, u"3:4"_s, u"auto"_s}));
        QCOMPARE(seedream->sizes(), (QStringList{u"1K"_s, u"2K"_s, u"4K"_s}));
        QVERIFY(seedream->backgrounds().isEmpty());
        QVERIFY(seedream->qualities().isEmpty());
        QCOMPARE(seedream->maxCount(), 1);
        QVERIFY(seedream->supportsSeed());
        QVERIFY(seedream->acceptsInputImages());
        QCOMPARE(seedream->maxInputImages(), 10);

        QCOMPARE(gpt->backgrounds(), (QStringList{u"auto"_s, u"transparent"_s, u"opaque"_s}));
        QCOMPARE(gpt->qualities().size(), 4);
        QCOMPARE(gpt->outputFormats(), (QStringList{u"png"_s, u"jpeg"_s, u"webp"_s}));
        QVERIFY(gpt->sizes().isEmpty());
        QCOMPARE(gpt->maxCount(), 4);
        QVERIFY(!gpt->supportsSeed());
        QCOMPARE(gpt->maxInputImages(), -1); // supported, no limit given

        QCOMPARE(recraft->maxCount(), 3); // from an enum of numbers
        QCOMPARE(recraft->sizes(), (QStringList{u"1K"_s, u"2048"_s}));
        QVERIFY(!recraft->acceptsInputImages());
        QCOMPARE(recraft->maxInputImages(), 0);
    }

    void check() {
        const ImageModels models(listing());
        const ImageModel &seedream = *models.find(u"bytedance-seed/seedream-4.5"_s);
        const ImageModel &gpt = *models.find(u"openai/gpt-image-2"_s);
        const ImageModel &recraft = *models.find(u"recraft/recraft-v4"_s);

        ImageRequest r = request(seedream.id);
        r.aspectRatio = u"16:9"_s;
        r.imageSize = u"4K"_s;
        r.seed = 3;
        QCOMPARE(seedream.check(r), QStringList());

        r.aspectRatio = u"21:9"_s;
        r.background = u"transparent"_s;
        r.count = 2;
        QStringList problems = seedream.check(r);
        QCOMPARE(problems.size(), 2); // the ratio and the background; "n" absent: job loops
        QVERIFY2(problems[0].contains(u"21:9"_s) && problems[0].contains(u"16:9"_s),
                 qPrintable(problems[0]));
        QVERIFY2(problems[1].contains(u"background"_s), qPrintable(problems[1]));

        r = request(gpt.id);
        r.aspectRatio = u"3:2"_s;
        r.imageSize.clear();
        r.count = 4;
        r.background = u"transparent"_s;
        r.quality = u"high"_s;
        r.outputFormat = u"webp"_s;
        QCOMPARE(gpt.check(r), QStringList());
        r.count = 5;
        r.seed = 1;
        problems = gpt.check(r);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(u' ').contains(u"seed"_s), qPrintable(problems.join(u' ')));
        QVERIFY2(problems.join(u' ').contains(u"at most 4"_s), qPrintable(problems.join(u' ')));
        r.imageSize = u"1K"_s; // gpt-image-2 declares no resolution
        QCOMPARE(gpt.check(r).size(), 3);

        r = request(recraft.id);
        r.aspectRatio.clear();
        r.imageSize = u"2048"_s; // numbers in an enum compare by their text
        r.count = 3;
        QCOMPARE(recraft.check(r), QStringList());
        r.inputImages = {ContentPart::makeImageUrl(u"https://example.com/a.png"_s)};
        problems = recraft.check(r);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(u"input images"_s));

        r = request(seedream.id);
        for (int i = 0; i < 11; ++i)
            r.inputImages << ContentPart::makeImageUrl(u"https://example.com/a.png"_s);
        problems = seedream.check(r);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(u"at most 10"_s));
    }

    void conform() {
        const ImageModels models(listing());
        const ImageModel &gpt = *models.find(u"openai/gpt-image-2"_s);
        ImageRequest r = request(gpt.id);
        r.imageSize = u"2K"_s;
        r.seed = 9;
        r.background = u"transparent"_s;
        QStringList dropped;
        const ImageRequest fitted = gpt.conform(r, &dropped);
        QCOMPARE(dropped, (QStringList{u"resolution"_s, u"seed"_s}));
        QVERIFY(fitted.imageSize.isEmpty());
        QVERIFY(!fitted.seed);
        QCOMPARE(fitted.aspectRatio, u"1:1"_s);
        QCOMPARE(fitted.background, u"transparent"_s);
        QCOMPARE(gpt.check(fitted), QStringList());
    }

    void route() {
        const ImageModels images(listing());
        const QList<ModelInfo> models = catalog();

        // listed by /images/models: the Images API, even when /models lists it too
        ImageRoute r = images.route(u"bytedance-seed/seedream-4.5"_s, models);
        QVERIFY(r.isValid());
        QCOMPARE(r.api, ImageApi::ImagesEndpoint);
        QVERIFY(!r.nativeCount); // no "n": one call per image
        QVERIFY(!r.stream);
        r = images.route(u"openai/gpt-image-2"_s, models);
        QCOMPARE(r.api, ImageApi::ImagesEndpoint);
        QVERIFY(r.nativeCount);
        QVERIFY(r.stream);

        r = images.route(u"black-forest-labs/flux.2-pro"_s, models);
        QVERIFY(r.isValid());
        QCOMPARE(r.api, ImageApi::ChatCompletions);
        QCOMPARE(r.modalities, QStringList{u"image"_s});
        QVERIFY(r.fromCatalog);

        r = images.route(u"google/gemini-2.5-flash-image"_s, models);
        QCOMPARE(r.api, ImageApi::ChatCompletions);
        QCOMPARE(r.modalities, (QStringList{u"image"_s, u"text"_s}));
        QCOMPARE(images.route(u"openrouter/auto"_s, models).modalities,
                 (QStringList{u"image"_s, u"text"_s}));

        r = images.route(u"openai/gpt-4o-mini"_s, models);
        QVERIFY(!r.isValid());
        QVERIFY2(r.error.contains(u"does not generate images"_s), qPrintable(r.error));

        r = images.route(u"fake/image"_s, models);
        QVERIFY(r.isValid());
        QVERIFY(!r.fromCatalog);
        QCOMPARE(r.modalities, (QStringList{u"image"_s, u"text"_s}));

        QVERIFY(!images.route(u"  "_s, models).isValid());
        // without /images/models, seedream falls back to the catalogue's image-only route
        r = ImageModels().route(u"bytedance-seed/seedream-4.5"_s, models);
        QCOMPARE(r.api, ImageApi::ChatCompletions);
        QCOMPARE(r.modalities, QStringList{u"image"_s});
    }

    void routeRealCatalogue() {
        if (!test::hasFixtures())
            QSKIP(test::kNoFixturesMessage);
        const auto models = ModelInfo::parseList(test::readFixture(u"models.json"_s));
        QVERIFY(models.size() > 400);
        int imageModels = 0;
        for (const ModelInfo &m : models) {
            const ImageRoute r = ImageModels().route(m.id(), models);
            if (!m.supportsImageOutput()) {
                QVERIFY(!r.isValid());
                continue;
            }
            ++imageModels;
            QVERIFY2(r.isValid(), qPrintable(r.error));
            QCOMPARE(r.modalities, ImageModels::modalitiesFor(m.outputModalities()));
        }
        QCOMPARE(imageModels, 11);
        QCOMPARE(ImageModels().route(u"google/gemini-3-pro-image-preview"_s, models).modalities,
                 (QStringList{u"image"_s, u"text"_s}));
        QCOMPARE(ImageModels::modalitiesFor({u"image"_s}), QStringList{u"image"_s});
    }
};

QTEST_GUILESS_MAIN(TestImageModels)
#include "tst_imagemodels.moc"
