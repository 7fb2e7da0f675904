// orcli models and find as processes against the fake server: byte-exact seed lines, filters
// that combine, sorting, JSON output, bad input, and the on-disk catalogue cache.
#include "OrcliHarness.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

namespace {

// The seed client's lines for the fake server's built-in catalogue, computed with the seed's
// own Python format strings (f"{slug:50} ctx:{ctx:>7}  ${price:.2f}/M"). Unknown context
// lengths print "?", router prices "variable" (the seed printed -1000000.00).
const QStringList kBuiltinLines = {
    u"openai/gpt-4o-mini                                 ctx: 128000  $0.15/M"_s,
    u"anthropic/claude-sonnet-4.5                        ctx:1000000  $3.00/M"_s,
    u"google/gemini-2.5-flash-image                      ctx:  32768  $0.30/M"_s,
    u"black-forest-labs/flux.2-pro                       ctx:      ?  $0.00/M"_s,
    u"openai/gpt-4o-audio-preview                        ctx: 128000  $2.50/M"_s,
    u"deepseek/deepseek-r1                               ctx: 163840  $0.40/M"_s,
    u"meta-llama/llama-3.3-70b-instruct:free             ctx: 131072  $0.00/M"_s,
    u"openrouter/auto                                    ctx:2000000  variable"_s,
    u"google/gemini-2.5-pro                              ctx:1048576  $1.25/M"_s,
    u"mistralai/mistral-small-3.2                        ctx:      ?  $0.08/M"_s,
    u"openai/text-embedding-3-small                      ctx:   8192  $0.02/M"_s,
    u"~anthropic/claude-sonnet-latest                    ctx:1000000  $3.00/M"_s,
    u"fake/echo                                          ctx:  65536  $1.00/M"_s,
};

QStringList ids(const OrcliRun &r) {
    return r.firstColumn();
}

QByteArray joinLines(const QStringList &lines) {
    return (lines.join(u'\n') + u'\n').toUtf8();
}

// An independent rendering of the seed's `models` line straight from the catalogue JSON.
QString seedLine(const QJsonObject &m) {
    const QJsonValue ctx = m.value("context_length"_L1);
    const QString ctxText = ctx.isDouble() ? QString::number(qint64(ctx.toDouble())) : u"?"_s;
    const double prompt = m.value("pricing"_L1).toObject().value("prompt"_L1).toString().toDouble();
    const QString price =
        prompt < 0 ? u"variable"_s : QString::asprintf("$%.2f/M", prompt * 1000000);
    return m.value("id"_L1).toString().leftJustified(50) + u" ctx:"_s + ctxText.rightJustified(7) +
           u"  "_s + price;
}

} // namespace

class TestOrcliModels : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    void clearCache() { QDir(m_h.cacheDir()).removeRecursively(); }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
        clearCache();
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void seedLinesByteExact() {
        const OrcliRun r = m_h.run({u"models"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, joinLines(kBuiltinLines));
        QCOMPARE(r.err, QByteArray());
        // One GET /models with every output modality, so image-only models are listed.
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 1);
        QCOMPARE(m_h.server().lastRequest().query.queryItemValue(u"output_modalities"_s), u"all"_s);
    }

    void seedLinesWithRealCatalogue() {
        if (!orc::test::hasFixtures())
            QSKIP(orc::test::kNoFixturesMessage);
        m_h.server().setFixturesDir(orc::test::fixturesDir());
        OrcliRun r = m_h.run({u"models"_s});
        m_h.server().setFixturesDir({});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray data = QJsonDocument::fromJson(orc::test::readFixture(u"models.json"_s))
                                    .object()
                                    .value("data"_L1)
                                    .toArray();
        QStringList expected;
        for (const QJsonValue &m : data)
            expected << seedLine(m.toObject());
        QCOMPARE(expected.size(), 414);
        QCOMPARE(r.out, joinLines(expected));
        // Spot checks computed with the seed's Python format.
        for (const char *line :
             {"qwen/qwen3.8-27b                                   ctx: 262144  $0.45/M",
              "openai/gpt-5-image                                 ctx: 400000  $10.00/M",
              "nvidia/nemotron-3-nano-omni-30b-a3b-reasoning:free ctx: 256000  $0.00/M"})
            QVERIFY2(r.out.contains(QByteArray(QByteArray(line) + '\n')), line);

        r = m_h.run({u"find"_s, u"claude"_s, u"--offline"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts).size(), 10);
        QVERIFY(r.outText().startsWith(
            "anthropic/claude-opus-5-fast                       ctx:1000000\n"
            "anthropic/claude-opus-5                            ctx:1000000\n"_L1));
    }

    void capabilities_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("vision") << QStringList{u"vision"_s}
                                << QStringList{u"openai/gpt-4o-mini"_s,
                                               u"anthropic/claude-sonnet-4.5"_s,
                                               u"google/gemini-2.5-flash-image"_s,
                                               u"black-forest-labs/flux.2-pro"_s,
                                               u"openrouter/auto"_s,
                                               u"google/gemini-2.5-pro"_s,
                                               u"~anthropic/claude-sonnet-latest"_s};
        QTest::newRow("image_gen")
            << QStringList{u"image_gen"_s}
            << QStringList{u"google/gemini-2.5-flash-image"_s, u"black-forest-labs/flux.2-pro"_s,
                           u"openrouter/auto"_s};
        QTest::newRow("tools") << QStringList{u"tools"_s}
                               << QStringList{u"openai/gpt-4o-mini"_s,
                                              u"anthropic/claude-sonnet-4.5"_s,
                                              u"openai/gpt-4o-audio-preview"_s,
                                              u"meta-llama/llama-3.3-70b-instruct:free"_s,
                                              u"openrouter/auto"_s,
                                              u"google/gemini-2.5-pro"_s,
                                              u"~anthropic/claude-sonnet-latest"_s};
        QTest::newRow("long_context") << QStringList{u"long_context"_s}
                                      << QStringList{u"openai/gpt-4o-mini"_s,
                                                     u"anthropic/claude-sonnet-4.5"_s,
                                                     u"openai/gpt-4o-audio-preview"_s,
                                                     u"deepseek/deepseek-r1"_s,
                                                     u"meta-llama/llama-3.3-70b-instruct:free"_s,
                                                     u"openrouter/auto"_s,
                                                     u"google/gemini-2.5-pro"_s,
                                                     u"~anthropic/claude-sonnet-latest"_s};
        const QStringList visionTools{u"openai/gpt-4o-mini"_s, u"google/gemini-2.5-pro"_s};
        QTest::newRow("vision tools max-price")
            << QStringList{u"vision"_s, u"tools"_s, u"--max-price"_s, u"2"_s} << visionTools;
        QTest::newRow("comma list")
            << QStringList{u"vision,tools"_s, u"--max-price"_s, u"2"_s} << visionTools;
        QTest::newRow("free") << QStringList{u"--free"_s}
                              << QStringList{u"meta-llama/llama-3.3-70b-instruct:free"_s};
        QTest::newRow("min-context")
            << QStringList{u"--min-context"_s, u"1000000"_s}
            << QStringList{u"anthropic/claude-sonnet-4.5"_s, u"openrouter/auto"_s,
                           u"google/gemini-2.5-pro"_s, u"~anthropic/claude-sonnet-latest"_s};
        QTest::newRow("author") << QStringList{u"--author"_s, u"openai"_s}
                                << QStringList{u"openai/gpt-4o-mini"_s,
                                               u"openai/gpt-4o-audio-preview"_s,
                                               u"openai/text-embedding-3-small"_s};
        QTest::newRow("authors") << QStringList{u"--author"_s, u"deepseek,fake"_s}
                                 << QStringList{u"deepseek/deepseek-r1"_s, u"fake/echo"_s};
        QTest::newRow("sort price limit")
            << QStringList{u"--sort"_s, u"price"_s, u"--limit"_s, u"3"_s}
            << QStringList{u"black-forest-labs/flux.2-pro"_s,
                           u"meta-llama/llama-3.3-70b-instruct:free"_s,
                           u"openai/text-embedding-3-small"_s};
        QTest::newRow("sort context desc")
            << QStringList{u"--sort"_s, u"context"_s, u"--desc"_s, u"--limit"_s, u"2"_s}
            << QStringList{u"openrouter/auto"_s, u"google/gemini-2.5-pro"_s};
        QTest::newRow("sort created")
            << QStringList{u"image_gen"_s, u"--sort"_s, u"created"_s}
            << QStringList{u"openrouter/auto"_s, u"google/gemini-2.5-flash-image"_s,
                           u"black-forest-labs/flux.2-pro"_s};
        QTest::newRow("sort name")
            << QStringList{u"--author"_s, u"openai"_s, u"--sort"_s, u"name"_s}
            << QStringList{u"openai/gpt-4o-audio-preview"_s, u"openai/gpt-4o-mini"_s,
                           u"openai/text-embedding-3-small"_s};
    }
    void capabilities() {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const OrcliRun r = m_h.run(QStringList{u"models"_s} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(ids(r), expected);
        // Every line keeps the seed's shape.
        for (const QString &line : r.outText().split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(kBuiltinLines.contains(line), qPrintable(line));
    }

    void noMatchIsNotAnError() {
        const OrcliRun r = m_h.run({u"models"_s, u"image_gen"_s, u"--free"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QVERIFY(r.errText().contains("No model matches"_L1));
    }

    void jsonAndNdjson() {
        OrcliRun r = m_h.run({u"models"_s, u"image_gen"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray array = r.outArray();
        QCOMPARE(array.size(), 3);
        const QJsonObject flux = array.at(1).toObject();
        QCOMPARE(flux.value("id"_L1).toString(), u"black-forest-labs/flux.2-pro"_s);
        QCOMPARE(flux.value("name"_L1).toString(), u"Black Forest Labs: FLUX.2 [pro]"_s);
        QCOMPARE(flux.value("architecture"_L1).toObject().value("output_modalities"_L1).toArray(),
                 QJsonArray{u"image"_s});
        QCOMPARE(flux.value("pricing"_L1).toObject().value("image_output"_L1).toString(),
                 u"0.00003"_s);
        QVERIFY(flux.contains("description"_L1) && flux.contains("supported_parameters"_L1) &&
                flux.contains("top_provider"_L1) && flux.contains("created"_L1));

        r = m_h.run({u"models"_s, u"--format"_s, u"ndjson"_s});
        const QList<QJsonObject> lines = r.outLines();
        QCOMPARE(lines.size(), kBuiltinLines.size());
        QCOMPARE(lines.last().value("id"_L1).toString(), u"fake/echo"_s);
    }

    void badInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("capability") << QStringList{u"models"_s, u"telepathy"_s}
                                    << u"Unknown capability \"telepathy\". Accepted capabilities: "
                                       "vision, image_gen, tools, long_context"_s;
        QTest::newRow("sort") << QStringList{u"models"_s, u"--sort"_s, u"vibes"_s}
                              << u"Accepted sort keys"_s;
        QTest::newRow("max-price")
            << QStringList{u"models"_s, u"--max-price"_s, u"cheap"_s} << u"--max-price"_s;
        QTest::newRow("min-context")
            << QStringList{u"models"_s, u"--min-context"_s, u"-5"_s} << u"--min-context"_s;
        QTest::newRow("limit") << QStringList{u"models"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
        QTest::newRow("desc alone") << QStringList{u"models"_s, u"--desc"_s} << u"--sort"_s;
        QTest::newRow("offline+refresh")
            << QStringList{u"models"_s, u"--offline"_s, u"--refresh"_s} << u"exclude"_s;
        QTest::newRow("find without term") << QStringList{u"find"_s} << u"Missing TERM"_s;
    }
    void badInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const OrcliRun r = m_h.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().startsWith("Error: "_L1) && r.errText().contains(expected),
                 qPrintable(r.describe()));
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void find() {
        OrcliRun r = m_h.run({u"find"_s, u"claude"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, "anthropic/claude-sonnet-4.5                        ctx:1000000\n"
                        "~anthropic/claude-sonnet-latest                    ctx:1000000\n"_ba);
        // Case-insensitive, on the id or the name ("Nano Banana" is only in the name).
        r = m_h.run({u"find"_s, u"nano BANANA"_s});
        QCOMPARE(r.out, "google/gemini-2.5-flash-image                      ctx:  32768\n"_ba);
        r = m_h.run({u"find"_s, u"MISTRAL"_s});
        QCOMPARE(r.out, "mistralai/mistral-small-3.2                        ctx:      ?\n"_ba);
        // The first 10 by default; --limit changes it.
        r = m_h.run({u"find"_s, u"/"_s});
        QCOMPARE(ids(r), QStringList(kBuiltinLines.mid(0, 10))
                             .replaceInStrings(QRegularExpression(u" .*"_s), QString()));
        r = m_h.run({u"find"_s, u"/"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(ids(r), (QStringList{u"openai/gpt-4o-mini"_s, u"anthropic/claude-sonnet-4.5"_s}));
        r = m_h.run({u"find"_s, u"gemini"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.outArray().size(), 2);
        QCOMPARE(r.outArray().at(0).toObject().value("id"_L1).toString(),
                 u"google/gemini-2.5-flash-image"_s);
    }

    void findNothing() {
        OrcliRun r = m_h.run({u"find"_s, u"zzzz"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, "No models found matching 'zzzz'\n"_ba);
        r = m_h.run({u"find"_s, u"zzzz"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errJson().value("exit_code"_L1).toInt(), 1);
    }

    void cacheIsUsed() {
        OrcliRun r = m_h.run({u"models"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 1);
        // Warm: no request, same bytes; find shares the cache.
        r = m_h.run({u"models"_s});
        QCOMPARE(r.out, joinLines(kBuiltinLines));
        r = m_h.run({u"find"_s, u"echo"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 1);
        // --refresh fetches even so.
        r = m_h.run({u"models"_s, u"--refresh"_s});
        QCOMPARE(r.out, joinLines(kBuiltinLines));
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 2);
        // --offline reads the cache only.
        r = m_h.run({u"models"_s, u"--offline"_s, u"tools"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ids(r).size(), 7);
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 2);
        // Keyless: the catalogue needs no API key.
        m_h.environment().remove(u"OPENROUTER_API_KEY"_s);
        r = m_h.run({u"models"_s, u"--refresh"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(m_h.server().lastRequest().header("authorization").isEmpty());
    }

    void offlineWithoutCache() {
        const OrcliRun r = m_h.run({u"models"_s, u"--offline"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().startsWith("Error: --offline: no usable model catalogue"_L1),
                 qPrintable(r.describe()));
        QVERIFY(r.errText().contains("orcli models --refresh"_L1));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void staleCacheRefreshedOrKept() {
        OrcliRun r = m_h.run({u"models"_s});
        QCOMPARE(r.exitCode, 0);
        // Without its sidecar the cache's age is unknown: stale, so the next run refreshes.
        const QString dir = QFileInfo(QDir(m_h.cacheDir()).filePath(u"hosts"_s)).absoluteFilePath();
        QDir hosts(dir);
        const QStringList subdirs = hosts.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(subdirs.size(), 1); // one folder per base URL
        const QString cache = hosts.filePath(subdirs.first());
        QVERIFY(QFile::remove(QDir(cache).filePath(u"models.meta.json"_s)));
        r = m_h.run({u"models"_s});
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 2);

        // A stale cache whose refresh fails is still used, with a warning.
        r = m_h.run({u"-v"_s, u"models"_s, u"--offline"_s, u"--base-url"_s,
                     u"http://127.0.0.1:1/api/v1"_s});
        QCOMPARE(r.exitCode, 1); // nothing cached for that URL yet
        const QRegularExpression where(u"catalogue cache (\\S+)/models.json"_s);
        const QString deadCache = where.match(r.errText()).captured(1);
        QVERIFY2(!deadCache.isEmpty() && deadCache != cache, qPrintable(r.describe()));
        QVERIFY(QDir().mkpath(deadCache));
        QVERIFY(QFile::copy(QDir(cache).filePath(u"models.json"_s),
                            QDir(deadCache).filePath(u"models.json"_s)));
        r = m_h.run(
            {u"models"_s, u"--retries"_s, u"0"_s, u"--base-url"_s, u"http://127.0.0.1:1/api/v1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, joinLines(kBuiltinLines));
        QVERIFY(r.errText().startsWith("Warning: cannot refresh the model catalogue"_L1));
    }

    void corruptCacheIsRefetched() {
        OrcliRun r = m_h.run({u"models"_s});
        QCOMPARE(r.exitCode, 0);
        QDir hosts(QDir(m_h.cacheDir()).filePath(u"hosts"_s));
        const QString cache =
            hosts.filePath(hosts.entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0));
        QFile data(QDir(cache).filePath(u"models.json"_s));
        QVERIFY(data.open(QIODevice::WriteOnly | QIODevice::Truncate));
        data.write("{not json");
        data.close();
        r = m_h.run({u"models"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, joinLines(kBuiltinLines));
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 2);
    }

    void dryRun() {
        const OrcliRun r = m_h.run({u"models"_s, u"vision"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outJson().value("method"_L1).toString(), u"GET"_s);
        QCOMPARE(r.outJson().value("url"_L1).toString(),
                 m_h.baseUrl() + u"/models?output_modalities=all"_s);
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void help() {
        OrcliRun r = m_h.run({u"models"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--free", "--max-price", "--min-context", "--author", "--sort",
                                   "--limit", "--offline", "--refresh", "image_gen"})
            QVERIFY2(r.outText().contains(QLatin1String(option)), option);
        r = m_h.run({u"help"_s, u"find"_s});
        QVERIFY(r.outText().startsWith("Usage: orcli find TERM [options]"_L1));
    }
};

QTEST_GUILESS_MAIN(TestOrcliModels)
#include "tst_orcli_models.moc"
