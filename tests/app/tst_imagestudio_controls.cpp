// The image studio's controls (offscreen, against the in-process fake server): the picker lists
// image-output models only and remembers the last one, the aspect-ratio buttons are drawn in
// their own shape, each control follows the model's declared capabilities, every control ends
// up in the request JSON the fake records (chat completions and POST /images), and the prompt
// history.

#include "tst_imagestudio_harness.h"

#include "image/InputImageStrip.h"
#include "image/PromptHistory.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>

#include <cmath>

using namespace orc;
using namespace studiotest;
using namespace Qt::StringLiterals;

namespace {

QString writePng(const QString &path, QSize size, QColor color) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image.save(path, "PNG") ? path : QString();
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray dataUrlBytes(const QString &url) {
    return QByteArray::fromBase64(url.section(u',', 1).toLatin1());
}

// Bounding box of the dark "ink" in the shape area of a rendered aspect-ratio button.
QRect inkBox(AspectRatioButton *button) {
    button->resize(button->sizeHint());
    const QImage image = button->grab().toImage();
    const int shapeBottom = button->height() - button->fontMetrics().height() - 6;
    QRect box;
    for (int y = 3; y < shapeBottom; ++y)
        for (int x = 3; x < image.width() - 3; ++x)
            if (qGray(image.pixel(x, y)) < 100)
                box = box.united(QRect(x, y, 1, 1));
    return box;
}

// WCAG contrast ratio of two opaque colours (1 to 21).
double contrast(const QColor &a, const QColor &b) {
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestImageStudioControls : public QObject {
    Q_OBJECT
    QTemporaryDir m_files;

private slots:
    void pickerListsImageModelsOnly() {
        Studio s;
        QVERIFY(s.load());
        QComboBox *box = s.controls()->modelBox();
        QStringList ids;
        for (int i = 0; i < box->count(); ++i)
            ids.append(box->itemData(i).toString());
        for (const QString &id :
             {u"google/gemini-2.5-flash-image"_s, u"black-forest-labs/flux.2-pro"_s,
              u"fake/image"_s, u"bytedance-seed/seedream-4.5"_s})
            QVERIFY2(ids.contains(id), qPrintable(id));
        QVERIFY(!ids.contains(u"openai/gpt-4o-mini"_s));
        QVERIFY(!ids.contains(u"anthropic/claude-sonnet-4.5"_s));
        const ImageModels none;
        for (const QString &id : std::as_const(ids)) {
            bool image = false;
            for (const ModelInfo &m : std::as_const(s.catalog))
                image = image || (m.id() == id && m.supportsImageOutput());
            const bool listed =
                id == "fake/image"_L1 || id == "bytedance-seed/seedream-4.5"_L1 || image;
            QVERIFY2(listed, qPrintable(id));
        }
    }

    void remembersTheLastModel() {
        {
            Studio s;
            QVERIFY(s.load());
            QVERIFY(s.select(u"bytedance-seed/seedream-4.5"_s));
        }
        Studio again;
        QCOMPARE(again.controls()->modelId(), u"bytedance-seed/seedream-4.5"_s);
        QVERIFY(again.load());
        QCOMPARE(again.controls()->modelId(), u"bytedance-seed/seedream-4.5"_s);
    }

    void aspectButtonsAreDrawnInTheirShape() {
        Studio s;
        QVERIFY(s.load());
        s.page->setImageModels(ImageModels()); // chat completions: the ten documented ratios
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        QStringList shown;
        for (AspectRatioButton *b : s.controls()->aspectButtons())
            shown.append(b->ratio());
        QCOMPARE(shown, ImageRequest::supportedAspectRatios());
        s.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.page.get()));

        for (const QString &ratio : ImageRequest::supportedAspectRatios()) {
            // measure each one unchecked (the checked one is drawn in the accent colour)
            QVERIFY(s.clickAspect(ratio == "1:1"_L1 ? u"2:3"_s : u"1:1"_s));
            AspectRatioButton *b = s.controls()->aspectButton(ratio);
            const QRect ink = inkBox(b);
            QVERIFY2(ink.width() > 8 && ink.height() > 8, qPrintable(ratio));
            const double drawn = double(ink.width()) / ink.height();
            const double wanted = AspectRatioButton::ratioValue(ratio);
            QVERIFY2(
                std::abs(drawn - wanted) / wanted < 0.15,
                qPrintable(u"%1 drawn as %2x%3"_s.arg(ratio).arg(ink.width()).arg(ink.height())));
            // and clicking it chooses it, with the nominal pixel size shown
            QVERIFY(s.clickAspect(ratio));
            QCOMPARE(s.controls()->request().aspectRatio, ratio);
            const QSize px = ImageRequest::nominalPixelSize(ratio, u"1K"_s);
            QVERIFY2(s.controls()->pixelSizeLabel()->text().contains(
                         u"%1 × %2"_s.arg(px.width()).arg(px.height())),
                     qPrintable(s.controls()->pixelSizeLabel()->text()));
        }
        // wide shapes are wider than tall ones
        QVERIFY(inkBox(s.controls()->aspectButton(u"21:9"_s)).width() >
                inkBox(s.controls()->aspectButton(u"9:16"_s)).width());
    }

    // The checked ratio's label stays readable in a light and a dark theme (its tile was a
    // pale accent, which hid the light label of the dark theme).
    void checkedAspectButtonIsReadable_data() {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void checkedAspectButtonIsReadable() {
        QFETCH(bool, dark);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QPalette palette = fusion->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(45, 45, 48));
            palette.setColor(QPalette::Button, QColor(55, 55, 58));
            palette.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            palette.setColor(QPalette::Highlight, QColor(64, 128, 208));
        }
        AspectRatioButton button(u"1:1"_s);
        button.setPalette(palette);
        button.setChecked(true);
        button.resize(button.sizeHint());
        const QImage image = button.grab().toImage();
        const QColor tile = image.pixelColor(4, image.height() / 2); // beside shape and label
        const QColor label = palette.color(QPalette::ButtonText);
        QVERIFY2(contrast(tile, label) >= 4.5,
                 qPrintable(u"label %1 on tile %2: contrast %3"_s.arg(label.name(), tile.name())
                                .arg(contrast(tile, label))));
        QVERIFY(tile != palette.color(QPalette::Button)); // still marked as chosen
    }

    void controlsFollowTheModel() {
        Studio s;
        QVERIFY(s.load());
        ImageControlsPanel *c = s.controls();

        // fake/image on /images: 0.5K..4K, ten ratios + auto, quality and format, up to 10
        QVERIFY(s.select(u"fake/image"_s));
        QVERIFY(c->sizeButton(u"512"_s) && c->sizeButton(u"4K"_s));
        QVERIFY(c->sizeButton(u"1K"_s)->isChecked());
        // the chosen size is marked in bold (visible in a dark theme too), and only it
        QVERIFY(c->sizeButton(u"1K"_s)->font().bold());
        QVERIFY(!c->sizeButton(u"4K"_s)->font().bold());
        QVERIFY(s.clickSize(u"4K"_s));
        QVERIFY(c->sizeButton(u"4K"_s)->font().bold());
        QVERIFY(!c->sizeButton(u"1K"_s)->font().bold());
        QVERIFY(s.clickSize(u"1K"_s));
        QVERIFY(c->aspectButton(u"auto"_s));
        QCOMPARE(c->aspectButtons().size(), 11);
        QVERIFY(c->qualityBox()->isVisibleTo(c));
        QCOMPARE(c->qualityBox()->count(), 5); // model default + auto/low/medium/high
        QVERIFY(c->formatBox()->isVisibleTo(c));
        QVERIFY(!c->backgroundBox()->isVisibleTo(c)); // not declared
        QCOMPARE(c->countBox()->maximum(), 10);
        QVERIFY(c->countBox()->isEnabled());
        QCOMPARE(c->inputStrip()->limit(), 0); // no input_references declared
        QVERIFY(!c->inputStrip()->findChild<QToolButton *>(u"addInputImage"_s)->isEnabled());

        // gemini on /images: 1K only, one image per request, no quality
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        QVERIFY(c->sizeButton(u"1K"_s));
        QVERIFY(!c->sizeButton(u"2K"_s));
        QCOMPARE(c->countBox()->maximum(), 1);
        QVERIFY(!c->countBox()->isEnabled());
        QVERIFY(!c->qualityBox()->isVisibleTo(c));
        QVERIFY(!c->aspectButton(u"auto"_s));

        // the same model through chat completions (no /images listing): 1K/2K/4K, one call
        // per image, input images because the catalogue lists image input
        s.page->setImageModels(ImageModels());
        QVERIFY(s.select(u"google/gemini-2.5-flash-image"_s));
        QVERIFY(c->sizeButton(u"2K"_s) && c->sizeButton(u"4K"_s));
        QVERIFY(!c->sizeButton(u"512"_s));
        QCOMPARE(c->aspectButtons().size(), 10);
        QCOMPARE(c->countBox()->maximum(), ImageModelOptions::kMaxChatCount);
        QCOMPARE(c->inputStrip()->limit(), -1);
        QVERIFY(!c->backgroundBox()->isVisibleTo(c));
        QVERIFY(!c->qualityBox()->isVisibleTo(c));
        QVERIFY(c->generateButton()->isEnabled());

        // a model that declares a background gets the control
        s.page->setImageModels(everythingModel());
        QVERIFY(s.select(u"fake/image"_s));
        QVERIFY(c->backgroundBox()->isVisibleTo(c));
        QStringList backgrounds;
        for (int i = 0; i < c->backgroundBox()->count(); ++i)
            backgrounds.append(c->backgroundBox()->itemData(i).toString());
        QCOMPARE(backgrounds, (QStringList{u"auto"_s, u"transparent"_s, u"opaque"_s}));
        QCOMPARE(c->request().background, u"auto"_s);
        QCOMPARE(c->formatBox()->findData(u"svg"_s), -1); // not something we can show
        QCOMPARE(c->inputStrip()->limit(), 3);

        // a text-only model cannot generate: Generate is off and the reason is shown
        s.page->setModel(*std::find_if(s.catalog.begin(), s.catalog.end(), [](const auto &m) {
            return m.id() == "openai/gpt-4o-mini"_L1;
        }));
        QCOMPARE(c->modelId(), u"openai/gpt-4o-mini"_s);
        QVERIFY(!c->generateButton()->isEnabled());
        QVERIFY(c->generateButton()->toolTip().contains(u"does not generate images"_s));
        QVERIFY(!s.page->generate());
        QCOMPARE(s.server->requestCount(u"/chat/completions"_s), 0);
    }

    void chatRequestCarriesEveryControl() {
        Studio s;
        QVERIFY(s.load());
        s.page->setImageModels(ImageModels()); // fake/image through chat completions
        QVERIFY(s.select(u"fake/image"_s));
        s.setPrompt(u"A red fox in the snow"_s);
        QVERIFY(s.clickAspect(u"16:9"_s));
        QVERIFY(s.clickSize(u"2K"_s));
        s.controls()->countBox()->setValue(2);
        const QString input =
            writePng(m_files.filePath(u"input.png"_s), QSize(64, 48), Qt::darkGreen);
        QSignalSpy loaded(s.controls()->inputStrip(), &InputImageStrip::loadingFinished);
        s.controls()->inputStrip()->addFiles({input});
        QVERIFY(waitFor(loaded));
        QCOMPARE(s.controls()->inputStrip()->inputs().size(), 1);
        s.server->clearRequests();

        const ImageGenerator::Outcome outcome = s.generate();
        QCOMPARE(outcome.state, ChatResult::State::Completed);
        QCOMPARE(outcome.images.size(), 2);
        const QList<fake::RecordedRequest> calls = s.server->requests();
        QCOMPARE(s.server->requestCount(u"/chat/completions"_s), 2); // one per image
        for (const fake::RecordedRequest &call : calls) {
            if (!call.path.endsWith(u"/chat/completions"_s))
                continue;
            const QJsonObject json = call.json;
            QCOMPARE(json.value("model"_L1).toString(), u"fake/image"_s);
            QCOMPARE(json.value("modalities"_L1).toArray(), (QJsonArray{u"image"_s, u"text"_s}));
            const QJsonObject config = json.value("image_config"_L1).toObject();
            QCOMPARE(config.value("aspect_ratio"_L1).toString(), u"16:9"_s);
            QCOMPARE(config.value("image_size"_L1).toString(), u"2K"_s);
            QVERIFY(!json.contains("n"_L1));
            QVERIFY(!json.contains("background"_L1));
            const QJsonArray content = json.value("messages"_L1)
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value("content"_L1)
                                           .toArray();
            QCOMPARE(content.size(), 2);
            QCOMPARE(content.at(0).toObject().value("text"_L1).toString(),
                     u"A red fox in the snow"_s);
            const QString url = content.at(1)
                                    .toObject()
                                    .value("image_url"_L1)
                                    .toObject()
                                    .value("url"_L1)
                                    .toString();
            QVERIFY(url.startsWith(u"data:image/png;base64,"_s));
            QCOMPARE(dataUrlBytes(url), fileBytes(input));
        }
        for (const StudioImage &image : outcome.images)
            QCOMPARE(image.pixelSize, QSize(2688, 1536));
    }

    void imageOnlyModelAsksForImageOnly() {
        Studio s;
        QVERIFY(s.load());
        s.page->setImageModels(ImageModels()); // flux through chat completions
        QVERIFY(s.select(u"black-forest-labs/flux.2-pro"_s));
        s.setPrompt(u"Minimal poster of a mountain"_s);
        QVERIFY(s.clickAspect(u"9:16"_s));
        s.server->clearRequests();
        const ImageGenerator::Outcome outcome = s.generate();
        QCOMPARE(outcome.state, ChatResult::State::Completed);
        const QJsonObject json = s.server->lastRequest().json;
        QCOMPARE(json.value("modalities"_L1).toArray(), QJsonArray{u"image"_s});
        QCOMPARE(outcome.images.first().pixelSize, QSize(768, 1344));
    }

    void imagesRequestCarriesEveryControl() {
        Studio s;
        QVERIFY(s.load());
        s.page->setImageModels(everythingModel());
        QVERIFY(s.select(u"fake/image"_s));
        s.setPrompt(u"Product shot of a teapot"_s);
        QVERIFY(s.clickAspect(u"21:9"_s));
        QVERIFY(s.clickSize(u"2K"_s));
        ImageControlsPanel *c = s.controls();
        c->backgroundBox()->setCurrentIndex(c->backgroundBox()->findData(u"transparent"_s));
        c->qualityBox()->setCurrentIndex(c->qualityBox()->findData(u"high"_s));
        c->formatBox()->setCurrentIndex(c->formatBox()->findData(u"png"_s));
        c->countBox()->setValue(3);
        const QString input = writePng(m_files.filePath(u"ref.png"_s), QSize(32, 32), Qt::red);
        QSignalSpy loaded(c->inputStrip(), &InputImageStrip::loadingFinished);
        c->inputStrip()->addFiles({input});
        QVERIFY(waitFor(loaded));
        s.server->clearRequests();

        const ImageGenerator::Outcome outcome = s.generate();
        QCOMPARE(outcome.state, ChatResult::State::Completed);
        QCOMPARE(s.server->requestCount(u"/images"_s), 1); // "n" asks for all at once
        const QJsonObject json = s.server->lastRequest().json;
        QCOMPARE(json.value("model"_L1).toString(), u"fake/image"_s);
        QCOMPARE(json.value("prompt"_L1).toString(), u"Product shot of a teapot"_s);
        QCOMPARE(json.value("n"_L1).toInt(), 3);
        QCOMPARE(json.value("aspect_ratio"_L1).toString(), u"21:9"_s);
        QCOMPARE(json.value("resolution"_L1).toString(), u"2K"_s);
        QCOMPARE(json.value("background"_L1).toString(), u"transparent"_s);
        QCOMPARE(json.value("quality"_L1).toString(), u"high"_s);
        QCOMPARE(json.value("output_format"_L1).toString(), u"png"_s);
        QCOMPARE(json.value("stream"_L1).toBool(), true);
        const QJsonArray refs = json.value("input_references"_L1).toArray();
        QCOMPARE(refs.size(), 1);
        QCOMPARE(dataUrlBytes(refs.first()
                                  .toObject()
                                  .value("image_url"_L1)
                                  .toObject()
                                  .value("url"_L1)
                                  .toString()),
                 fileBytes(input));
        QCOMPARE(outcome.images.size(), 3);
        for (const StudioImage &image : outcome.images)
            QCOMPARE(image.pixelSize, QSize(3072, 1344));

        // "Model default" sends nothing; a model without those parameters never gets them
        QVERIFY(s.select(u"fake/image"_s));
        c->qualityBox()->setCurrentIndex(0);
        c->formatBox()->setCurrentIndex(0);
        c->countBox()->setValue(1);
        c->inputStrip()->clear();
        s.server->clearRequests();
        QCOMPARE(s.generate().state, ChatResult::State::Completed);
        const QJsonObject plain = s.server->lastRequest().json;
        QVERIFY(!plain.contains("quality"_L1));
        QVERIFY(!plain.contains("output_format"_L1));
        QVERIFY(!plain.contains("n"_L1));
        QVERIFY(!plain.contains("input_references"_L1));
    }

    void promptHistory() {
        Studio s;
        QVERIFY(s.load());
        QVERIFY(s.select(u"fake/image"_s));
        s.controls()->history().clear();
        s.setPrompt(u"first prompt"_s);
        QCOMPARE(s.generate().state, ChatResult::State::Completed);
        s.setPrompt(u"second prompt"_s);
        // Ctrl+Enter in the prompt generates too
        QSignalSpy finished(s.page.get(), &ImageStudioPage::generationFinished);
        QTest::keyClick(s.controls()->promptEdit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitFor(finished));
        QCOMPARE(s.controls()->history().entries(),
                 (QStringList{u"second prompt"_s, u"first prompt"_s}));

        QPlainTextEdit *edit = s.controls()->promptEdit();
        edit->setPlainText(u"a draft"_s);
        QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), u"second prompt"_s);
        QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), u"first prompt"_s);
        QTest::keyClick(edit, Qt::Key_Up, Qt::ControlModifier); // nothing older
        QCOMPARE(edit->toPlainText(), u"first prompt"_s);
        QTest::keyClick(edit, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), u"a draft"_s);

        // persisted, newest first, without duplicates; the menu lists them
        s.setPrompt(u"first prompt"_s);
        QCOMPARE(s.generate().state, ChatResult::State::Completed);
        QCOMPARE(PromptHistory().entries(), (QStringList{u"first prompt"_s, u"second prompt"_s}));
        QMenu *menu = s.controls()->historyButton()->menu();
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().first()->text(), u"first prompt"_s);
        menu->actions().first()->trigger();
        QCOMPARE(edit->toPlainText(), u"first prompt"_s);
    }
};

ORC_STUDIO_TEST_MAIN(TestImageStudioControls)
#include "tst_imagestudio_controls.moc"
