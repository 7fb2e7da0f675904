// orcli image as a process against the fake server: the seed's output lines and defaults, the
// modalities chosen from the catalogue, several images, the Images API route, JSON output,
// and bad input that must leave no file or folder behind.
#include "OrcliHarness.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

class TestOrcliImage : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    QJsonObject lastBody(const QString &path) {
        const auto requests = m_h.server().requests();
        for (qsizetype i = requests.size() - 1; i >= 0; --i)
            if (requests.at(i).path.endsWith(path))
                return requests.at(i).json;
        return {};
    }
    QString canonical(const QString &relative) {
        return QFileInfo(m_h.path(relative)).canonicalFilePath();
    }
    int generationRequests() {
        return m_h.server().requestCount(u"/chat/completions"_s) +
               m_h.server().requestCount(u"/images"_s);
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void seedDefaults() {
        QFile::remove(m_h.path(u"output.png"_s));
        // No --output: output.png in the working folder, 1:1 at 1K, modalities image+text.
        const OrcliRun r = m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"a cat"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Generated 1 image(s)\n"_ba);
        QCOMPARE(r.errText(), u"Saved: "_s + canonical(u"output.png"_s) + u'\n');
        QImage image(m_h.path(u"output.png"_s));
        QCOMPARE(image.size(), QSize(1024, 1024));
        const QJsonObject body = lastBody(u"/chat/completions"_s);
        QCOMPARE(body.value("modalities"_L1).toArray(), QJsonArray({u"image"_s, u"text"_s}));
        QCOMPARE(body.value("image_config"_L1).toObject(),
                 QJsonObject({{u"aspect_ratio"_s, u"1:1"_s}, {u"image_size"_s, u"1K"_s}}));
        QCOMPARE(
            body.value("messages"_L1).toArray().at(0).toObject().value("content"_L1).toString(),
            u"a cat"_s);
    }

    void flagsAndImageOnlyModel() {
        const OrcliRun r = m_h.run({u"image"_s, u"black-forest-labs/flux.2-pro"_s, u"a fox"_s,
                                    u"-o"_s, m_h.path(u"i2/new/dir/fox.png"_s), u"-a"_s, u"16:9"_s,
                                    u"-z"_s, u"2K"_s, u"-b"_s, u"transparent"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Generated 1 image(s)\n"_ba);
        QCOMPARE(r.errText(), u"Saved: "_s + canonical(u"i2/new/dir/fox.png"_s) + u'\n');
        QCOMPARE(QImage(m_h.path(u"i2/new/dir/fox.png"_s)).size(), QSize(2688, 1536));
        const QJsonObject body = lastBody(u"/chat/completions"_s);
        // Image-only models reject ["image","text"]: the catalogue says to ask for images only.
        QCOMPARE(body.value("modalities"_L1).toArray(), QJsonArray({u"image"_s}));
        QCOMPARE(body.value("image_config"_L1).toObject(),
                 QJsonObject({{u"aspect_ratio"_s, u"16:9"_s},
                              {u"image_size"_s, u"2K"_s},
                              {u"background"_s, u"transparent"_s}}));
    }

    void longFlags() {
        const OrcliRun r =
            m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"tall"_s, u"--output"_s,
                     m_h.path(u"i3/tall.png"_s), u"--aspect"_s, u"9:16"_s, u"--size"_s, u"1K"_s,
                     u"--background"_s, u"opaque"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QImage(m_h.path(u"i3/tall.png"_s)).size(), QSize(768, 1344));
        QCOMPARE(lastBody(u"/chat/completions"_s)
                     .value("image_config"_L1)
                     .toObject()
                     .value("background"_L1),
                 QJsonValue(u"opaque"_s));
    }

    void severalImagesAreNumbered() {
        const OrcliRun r = m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"two"_s,
                                    u"-o"_s, m_h.path(u"i4/pic.v1.png"_s), u"--count"_s, u"2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "Generated 2 image(s)\n"_ba);
        QCOMPARE(r.errText(), u"Saved: "_s + canonical(u"i4/pic.v1_0.png"_s) + u"\nSaved: "_s +
                                  canonical(u"i4/pic.v1_1.png"_s) + u'\n');
        QVERIFY(!QFileInfo::exists(m_h.path(u"i4/pic.v1.png"_s)));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 2); // one call per image
    }

    void imagesApiRoute() {
        // fake/image is not in the /models catalogue but GET /images/models lists it.
        const OrcliRun r =
            m_h.run({u"image"_s, u"fake/image"_s, u"dots"_s, u"-o"_s, m_h.path(u"i5/d.png"_s),
                     u"--count"_s, u"3"_s, u"-a"_s, u"4:3"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 0);
        const QJsonObject body = lastBody(u"/images"_s);
        QCOMPARE(body.value("n"_L1).toInt(), 3);
        QCOMPARE(body.value("aspect_ratio"_L1).toString(), u"4:3"_s);
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("api"_L1).toString(), u"images"_s);
        const QJsonArray saved = o.value("saved"_L1).toArray();
        QCOMPARE(saved.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject s = saved.at(i).toObject();
            QCOMPARE(s.value("path"_L1).toString(), canonical(u"i5/d_%1.png"_s.arg(i)));
            QCOMPARE(s.value("width"_L1).toInt(), 1184);
            QCOMPARE(s.value("height"_L1).toInt(), 864);
            QCOMPARE(s.value("format"_L1).toString(), u"png"_s);
            QCOMPARE(QImage(s.value("path"_L1).toString()).size(), QSize(1184, 864));
        }
        QVERIFY(r.err.isEmpty()); // JSON mode: no "Saved:" lines
    }

    void forcedApi() {
        OrcliRun r = m_h.run({u"image"_s, u"black-forest-labs/flux.2-pro"_s, u"x"_s, u"-o"_s,
                              m_h.path(u"i6/a.png"_s), u"--api"_s, u"images"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/images"_s), 1);
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 0);
        r = m_h.run({u"image"_s, u"fake/echo"_s, u"x"_s, u"--api"_s, u"images"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("is not served by the Images API"_L1),
                 qPrintable(r.describe()));
        r = m_h.run({u"image"_s, u"x/y"_s, u"z"_s, u"--api"_s, u"sideways"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void promptFromStdinAndInputImage() {
        const QString png = m_h.writeFile(u"i7/in.png"_s, orc::test::tinyPng());
        const OrcliRun r =
            m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"-"_s, u"-o"_s,
                     m_h.path(u"i7/out.png"_s), u"--image"_s, png, u"--seed"_s, u"7"_s},
                    "make it blue");
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject body = lastBody(u"/chat/completions"_s);
        const QJsonArray parts =
            body.value("messages"_L1).toArray().at(0).toObject().value("content"_L1).toArray();
        QCOMPARE(parts.at(0).toObject().value("text"_L1).toString(), u"make it blue"_s);
        QVERIFY(parts.at(1)
                    .toObject()
                    .value("image_url"_L1)
                    .toObject()
                    .value("url"_L1)
                    .toString()
                    .startsWith("data:image/png;base64,"_L1));
        QCOMPARE(body.value("seed"_L1).toInt(), 7);
    }

    void dryRun() {
        const OrcliRun r = m_h.run({u"--dry-run"_s, u"image"_s, u"black-forest-labs/flux.2-pro"_s,
                                    u"a fox"_s, u"-o"_s, m_h.path(u"i8/never/x.png"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(generationRequests(), 0);
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("url"_L1).toString(), m_h.baseUrl() + u"/chat/completions"_s);
        QCOMPARE(o.value("headers"_L1).toObject().value("Authorization"_L1).toString(),
                 u"Bearer [redacted]"_s);
        QCOMPARE(o.value("body"_L1).toObject().value("modalities"_L1).toArray(),
                 QJsonArray({u"image"_s}));
        QVERIFY(!QFileInfo::exists(m_h.path(u"i8"_s)));
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("exitCode");
        const QString model = u"google/gemini-2.5-flash-image"_s;
        QTest::newRow("aspect 16x9")
            << QStringList{model, u"p"_s, u"-a"_s, u"16x9"_s}
            << u"\"16x9\" is not an aspect ratio; use one of 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, "
               "9:16, 16:9, 21:9."_s
            << 2;
        QTest::newRow("size 3K") << QStringList{model, u"p"_s, u"-z"_s, u"3K"_s}
                                 << u"\"3K\" is not an image size; use 1K, 2K or 4K"_s << 2;
        QTest::newRow("count") << QStringList{model, u"p"_s, u"--count"_s, u"11"_s} << u"--count"_s
                               << 2;
        QTest::newRow("unreadable image")
            << QStringList{model, u"p"_s, u"--image"_s, u"missing.png"_s}
            << u"Cannot read --image \"missing.png\""_s << 2;
        QTest::newRow("not an image model")
            << QStringList{u"openai/gpt-4o-mini"_s, u"p"_s}
            << u"openai/gpt-4o-mini does not generate images (it outputs text)"_s << 2;
        QTest::newRow("unknown model") << QStringList{u"nope/painter"_s, u"p"_s}
                                       << u"OpenRouter error 400: nope/painter is not a valid "
                                          "model ID. Check the model id"_s
                                       << 1;
        QTest::newRow("moderation")
            << QStringList{u"fault/moderation"_s, u"p"_s} << u"OpenRouter error 403"_s << 5;
        QTest::newRow("no model") << QStringList{} << u"Missing MODEL"_s << 2;
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QFETCH(int, exitCode);
        QDir(m_h.path(u"bad"_s)).removeRecursively();
        const OrcliRun r = m_h.run(QStringList{u"image"_s} + args +
                                   QStringList{u"-o"_s, m_h.path(u"bad/deep/out.png"_s)});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.errText().startsWith("Error: "_L1) && r.errText().contains(expected),
                 qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(r.out, QByteArray());
        // No partial file and no folder left behind.
        QVERIFY(!QFileInfo::exists(m_h.path(u"bad"_s)));
        if (exitCode == 2)
            QCOMPARE(generationRequests(), 0);
    }

    void creditsErrorLeavesNothing() {
        m_h.environment().insert(u"OPENROUTER_API_KEY"_s, u"sk-or-broke-00000000"_s);
        const OrcliRun r = m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"p"_s, u"-o"_s,
                                    m_h.path(u"broke/sub/out.png"_s)});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!QFileInfo::exists(m_h.path(u"broke"_s)));
    }

    void unwritableOutput() {
        for (const QString &out :
             {u"/sys/kernel/orcli-test.png"_s, u"/proc/version/x.png"_s, m_h.path(u"home"_s)}) {
            const OrcliRun r =
                m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s, u"p"_s, u"-o"_s, out});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().startsWith("Error: Cannot "_L1), qPrintable(r.describe()));
            QVERIFY(r.errText().contains("--output"_L1));
            QCOMPARE(generationRequests(), 0);
        }
    }

    void noImagesGenerated() {
        const OrcliRun r = m_h.run(
            {u"image"_s, u"fault/empty-choices"_s, u"p"_s, u"-o"_s, m_h.path(u"none/out.png"_s)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().startsWith("No images generated\n"_L1), qPrintable(r.describe()));
        QVERIFY(!QFileInfo::exists(m_h.path(u"none"_s)));
        const OrcliRun j = m_h.run({u"image"_s, u"fault/empty-choices"_s, u"p"_s, u"-o"_s,
                                    m_h.path(u"none/out.png"_s), u"--format"_s, u"json"_s});
        QCOMPARE(j.exitCode, 1);
        QCOMPARE(j.errJson().value("error"_L1).toObject().value("kind"_L1).toString(),
                 u"no_image"_s);
    }

    void ctrlCCancelsCleanly() {
        std::unique_ptr<QProcess> p(
            m_h.start({u"image"_s, u"fault/hang"_s, u"p"_s, u"-o"_s, m_h.path(u"hang/x.png"_s)}));
        QVERIFY(p->waitForStarted(10000));
        p->closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(m_h.server().requestCount(u"/chat/completions"_s) == 1, 20000);
        QVERIFY(QFileInfo::exists(m_h.path(u"hang"_s))); // made and proven writable up front
        QSignalSpy finished(p.get(), &QProcess::finished);
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(finished.wait(20000));
        QCOMPARE(p->exitCode(), 130);
        QCOMPARE(p->readAllStandardError(), "Cancelled.\n"_ba);
        QCOMPARE(p->readAllStandardOutput(), QByteArray());
        QVERIFY(!QFileInfo::exists(m_h.path(u"hang"_s)));
    }

    void infoPrintsWhatTheFileCarries() {
        // chat completions: the reply's generation id, the settings asked for
        const QString out = m_h.path(u"info/fox.png"_s);
        OrcliRun r = m_h.run({u"image"_s, u"google/gemini-2.5-flash-image"_s,
                              u"A red fox\nin the snow"_s, u"-o"_s, out, u"-a"_s, u"3:4"_s, u"-z"_s,
                              u"2K"_s, u"-b"_s, u"opaque"_s, u"--seed"_s, u"42"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(QImage(out).size(), QSize(1728, 2368)); // still a valid PNG
        r = m_h.run({u"image"_s, u"--info"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.err.isEmpty());
        QMap<QString, QString> lines;
        for (const QString &line : r.outText().split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u": "_s);
            QVERIFY2(colon > 0, qPrintable(line));
            lines.insert(line.left(colon), line.mid(colon + 2));
        }
        QCOMPARE(lines.value(u"prompt"_s), u"A red fox\\nin the snow"_s); // one line per key
        QCOMPARE(lines.value(u"model"_s), u"google/gemini-2.5-flash-image"_s);
        QCOMPARE(lines.value(u"aspect_ratio"_s), u"3:4"_s);
        QCOMPARE(lines.value(u"image_size"_s), u"2K"_s);
        QCOMPARE(lines.value(u"background"_s), u"opaque"_s);
        QCOMPARE(lines.value(u"seed"_s), u"42"_s);
        QCOMPARE(lines.value(u"api"_s), u"chat_completions"_s);
        QVERIFY2(lines.value(u"generation_id"_s).startsWith(u"gen-"_s), qPrintable(r.outText()));
        QVERIFY(lines.contains(u"cost"_s));
        QVERIFY(QDateTime::fromString(lines.value(u"created"_s), Qt::ISODateWithMs).isValid());
        QCOMPARE(lines.value(u"software"_s), u"orcli"_s);

        r = m_h.run({u"image"_s, u"--info"_s, out, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.outJson();
        QCOMPARE(o.value("prompt"_L1).toString(), u"A red fox\nin the snow"_s);
        QCOMPARE(o.value("image_size"_L1).toString(), u"2K"_s);
        QCOMPARE(o.value("seed"_L1).toInteger(), 42);
        QVERIFY(o.value("cost"_L1).isDouble());
        QCOMPARE(o.value("generation_id"_L1).toString(), lines.value(u"generation_id"_s));

        // POST /images (fake/image is only in GET /images/models): the same fields
        const QString viaImages = m_h.path(u"info/dots.png"_s);
        r = m_h.run({u"image"_s, u"fake/image"_s, u"dots"_s, u"-o"_s, viaImages, u"-a"_s, u"16:9"_s,
                     u"--quality"_s, u"high"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = m_h.run({u"image"_s, u"--info"_s, viaImages, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outJson().value("api"_L1).toString(), u"images"_s);
        QCOMPARE(r.outJson().value("quality"_L1).toString(), u"high"_s);
        QCOMPARE(r.outJson().value("cost"_L1).toDouble(), 0.01);
        QVERIFY2(r.outJson().value("generation_id"_L1).toString().startsWith(u"gen-"_s),
                 qPrintable(r.describe()));
    }

    void infoRefusesWhatItCannotRead() {
        // an image without details, a file that is not an image: exit 1 with a clear message
        const QString plain = m_h.path(u"info2/plain.png"_s);
        QDir().mkpath(QFileInfo(plain).absolutePath());
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(plain));
        OrcliRun r = m_h.run({u"image"_s, u"--info"_s, plain});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.errText().contains("carries no generation details"_L1),
                 qPrintable(r.describe()));
        QVERIFY(r.errText().contains(plain));
        const QString text = m_h.path(u"info2/notes.txt"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        r = m_h.run({u"image"_s, u"--info"_s, text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("is not an image"_L1), qPrintable(r.describe()));
        r = m_h.run({u"image"_s, u"--info"_s, text, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errJson().value("error"_L1).toObject().value("kind"_L1).toString(),
                 u"not_image"_s);
        // a missing file: exit 2; MODEL with --info: exit 2; nothing sent either way
        r = m_h.run({u"image"_s, u"--info"_s, m_h.path(u"info2/missing.png"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("does not exist"_L1), qPrintable(r.describe()));
        r = m_h.run({u"image"_s, u"fake/image"_s, u"--info"_s, plain});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains("--info takes no MODEL"_L1), qPrintable(r.describe()));
        QCOMPARE(generationRequests(), 0);
    }

    void help() {
        const OrcliRun r = m_h.run({u"image"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--output", "--aspect", "--size", "--background", "--count", "--image", "--api",
              "--info FILE", "-o, --output PATH", "-a, --aspect RATIO", "-z, --size SIZE",
              "-b, --background VALUE"})
            QVERIFY2(r.outText().contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestOrcliImage)
#include "tst_orcli_image.moc"
