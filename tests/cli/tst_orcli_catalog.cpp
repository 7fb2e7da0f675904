// orcli's catalogue history and lifecycle against the fake server, whose catalogue changes
// between two refreshes (FakeOpenRouter::setCatalogVariant): `models --changes`, `--expiring`,
// `show`, `--sort newest|expiring`, and the refusal of a truncated or empty catalogue.
#include "OrcliHarness.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::fake::CatalogVariant;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

namespace {

QStringList ids(const OrcliRun &r) {
    return r.firstColumn();
}

QStringList idsOf(const QJsonArray &array) {
    QStringList out;
    for (const QJsonValue &v : array)
        out << v.toObject().value("id"_L1).toString();
    return out;
}

QDate todayUtc() {
    return QDateTime::currentDateTimeUtc().date();
}

// The built-in catalogue's one dated model: mistralai/mistral-small-3.2 expires 2026-12-31.
qint64 mistralDaysLeft() {
    return todayUtc().daysTo(QDate(2026, 12, 31));
}

} // namespace

class TestOrcliCatalog : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    // A first refresh of the normal catalogue, then a refresh of the changed one.
    void refreshTwice() {
        OrcliRun r = m_h.run({u"models"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        m_h.server().setCatalogVariant(CatalogVariant::Changed);
        r = m_h.run({u"models"_s, u"--refresh"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(ids(r).contains(u"fake/new-model"_s));
        QVERIFY(!ids(r).contains(u"anthropic/claude-sonnet-4.5"_s));
    }

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }
    void init() {
        m_h.server().reset();
        m_h.resetEnvironment();
        // A fresh HOME-like state: no cache, no history.
        QDir(m_h.cacheDir()).removeRecursively();
        QDir(m_h.path(u"data"_s)).removeRecursively();
        m_h.environment().insert(u"XDG_DATA_HOME"_s, m_h.path(u"data"_s));
    }
    void cleanupTestCase() { QVERIFY(!m_h.keyLeaked()); }

    void changesJson() {
        refreshTwice();
        const OrcliRun r = m_h.run({u"models"_s, u"--changes"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.outJson();
        QCOMPARE(idsOf(o.value("added"_L1).toArray()), QStringList{u"fake/new-model"_s});
        QCOMPARE(idsOf(o.value("removed"_L1).toArray()),
                 QStringList{u"anthropic/claude-sonnet-4.5"_s});
        QHash<QString, QJsonObject> changed; // "id field" -> change
        for (const QJsonValue &v : o.value("changed"_L1).toArray()) {
            const QJsonObject c = v.toObject();
            changed.insert(c.value("id"_L1).toString() + u' ' + c.value("field"_L1).toString(), c);
            QVERIFY(QDateTime::fromString(c.value("seen_at"_L1).toString(), Qt::ISODate).isValid());
        }
        QCOMPARE(changed.size(), 4);
        const QJsonObject price = changed.value(u"openai/gpt-4o-mini pricing.prompt"_s);
        QCOMPARE(price.value("old"_L1).toString(), u"0.00000015"_s);
        QCOMPARE(price.value("new"_L1).toString(), u"0.00000009"_s);
        const QJsonObject context =
            changed.value(u"google/gemini-2.5-flash-image context_length"_s);
        QCOMPARE(context.value("old"_L1), QJsonValue(32768));
        QCOMPARE(context.value("new"_L1), QJsonValue(65536));
        const QJsonObject output =
            changed.value(u"google/gemini-2.5-flash-image top_provider.max_completion_tokens"_s);
        QCOMPARE(output.value("new"_L1), QJsonValue(16384));
        const QJsonObject expiry = changed.value(u"fake/echo expiration_date"_s);
        QVERIFY(expiry.value("old"_L1).isNull());
        QCOMPARE(expiry.value("new"_L1).toString(), todayUtc().addDays(10).toString(Qt::ISODate));

        // Nothing is seen twice: the same catalogue again records nothing new.
        QCOMPARE(m_h.run({u"models"_s, u"--refresh"_s}).exitCode, 0);
        const OrcliRun again = m_h.run({u"models"_s, u"--changes"_s, u"--format"_s, u"json"_s});
        QCOMPARE(again.outJson(), o);
    }

    void changesText() {
        refreshTwice();
        OrcliRun r = m_h.run({u"models"_s, u"--changes"_s, u"--since"_s, u"1d"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString day = todayUtc().toString(Qt::ISODate);
        const QString text = r.outText();
        QVERIFY2(
            text.startsWith(u"Added (1)\n  "_s + day + u"  fake/new-model  Fake: New Model\n"_s),
            qPrintable(text));
        QVERIFY(text.contains(u"Removed (1)\n  "_s + day +
                              u"  anthropic/claude-sonnet-4.5  Anthropic: Claude Sonnet 4.5\n"_s));
        QVERIFY(text.contains(u"Changed (4)\n"_s));
        QVERIFY2(text.contains(u"  openai/gpt-4o-mini  Input (prompt) price: $0.15/M -> "
                               "$0.09/M (-40 %)\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"google/gemini-2.5-flash-image  Context length: 32,768 -> 65,536 "
                              "(+100 %)"_s));
        QVERIFY(text.contains(u"fake/echo  Expiration date: none -> "_s +
                              todayUtc().addDays(10).toString(Qt::ISODate)));

        // A later start shows nothing; --offline reads the history without the network.
        const int requests = m_h.server().requestCount(u"/models"_s);
        r = m_h.run({u"models"_s, u"--changes"_s, u"--offline"_s, u"--since"_s,
                     todayUtc().addDays(1).toString(Qt::ISODate)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), u"No catalogue changes since "_s +
                                  todayUtc().addDays(1).toString(Qt::ISODate) + u".\n"_s);
        QCOMPARE(m_h.server().requestCount(u"/models"_s), requests);
    }

    void changesBeforeAnyRefresh() {
        const OrcliRun r = m_h.run({u"models"_s, u"--changes"_s, u"--offline"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().startsWith("No catalogue changes since "_L1));
        QVERIFY2(r.errText().contains("No catalogue refresh is recorded yet"_L1),
                 qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void changesBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("since garbage") << QStringList{u"--changes"_s, u"--since"_s, u"soon"_s}
                                       << u"Invalid --since \"soon\""_s;
        QTest::newRow("since alone")
            << QStringList{u"--since"_s, u"7d"_s} << u"--since goes with --changes"_s;
        QTest::newRow("with a filter")
            << QStringList{u"--changes"_s, u"--free"_s} << u"takes no --free"_s;
        QTest::newRow("with capabilities")
            << QStringList{u"--changes"_s, u"vision"_s} << u"takes no capabilities"_s;
    }
    void changesBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const OrcliRun r = m_h.run(QStringList{u"models"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(message), qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(), 0);
    }

    void refusedCatalogueKeepsCacheAndHistory_data() {
        QTest::addColumn<CatalogVariant>("variant");
        QTest::addColumn<QString>("reason");
        QTest::newRow("shrunk") << CatalogVariant::Shrunk << u"looks truncated"_s;
        QTest::newRow("empty") << CatalogVariant::Empty << u"lists no models"_s;
        QTest::newRow("cut") << CatalogVariant::Cut << u"not a model list"_s;
    }
    void refusedCatalogueKeepsCacheAndHistory() {
        QFETCH(CatalogVariant, variant);
        QFETCH(QString, reason);
        refreshTwice(); // a cache and a history worth keeping
        const OrcliRun before = m_h.run({u"models"_s, u"--offline"_s});
        const OrcliRun changesBefore =
            m_h.run({u"models"_s, u"--changes"_s, u"--offline"_s, u"--format"_s, u"json"_s});
        m_h.server().setCatalogVariant(variant);

        OrcliRun r = m_h.run({u"models"_s, u"--refresh"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, before.out); // the cached catalogue serves
        QVERIFY2(
            r.errText().startsWith("Warning: The model catalogue from the server was refused: "_L1),
            qPrintable(r.describe()));
        QVERIFY(r.errText().contains(reason));
        QVERIFY(r.errText().contains("The cached catalogue stays in use."_L1));
        QCOMPARE(m_h.server().requestCount(u"/models"_s), 3);

        // Nothing was wiped: the cache and the history are as they were.
        QCOMPARE(m_h.run({u"models"_s, u"--offline"_s}).out, before.out);
        QCOMPARE(
            m_h.run({u"models"_s, u"--changes"_s, u"--offline"_s, u"--format"_s, u"json"_s}).out,
            changesBefore.out);
        // find and show keep working from the cache as well.
        QCOMPARE(m_h.run({u"find"_s, u"new-model"_s, u"--refresh"_s}).exitCode, 0);
    }

    void refusedWithoutCache() {
        m_h.server().setCatalogVariant(CatalogVariant::Empty);
        const OrcliRun r = m_h.run({u"models"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("The model catalogue from the server was refused: the "
                                      "response lists no models."_L1),
                 qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        // Once the server is back to normal, the next run fetches and caches.
        m_h.server().setCatalogVariant(CatalogVariant::Normal);
        QCOMPARE(ids(m_h.run({u"models"_s})).size(), 13);
    }

    void expiring() {
        refreshTwice();
        const QString echoDate = todayUtc().addDays(10).toString(Qt::ISODate);
        OrcliRun r = m_h.run({u"models"_s, u"--expiring"_s, u"--offline"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QStringList expected{u"fake/echo"_s};
        if (mistralDaysLeft() <= 30)
            expected.prepend(u"mistralai/mistral-small-3.2"_s); // dated 2026-12-31
        if (mistralDaysLeft() > 10)
            std::reverse(expected.begin(), expected.end()); // soonest first
        QCOMPARE(ids(r), expected);
        QVERIFY2(r.outText().contains(u"fake/echo"_s.leftJustified(50) + u' ' + echoDate +
                                      u" (in 10 day(s))\n"_s),
                 qPrintable(r.outText()));

        r = m_h.run({u"models"_s, u"--expiring"_s, u"9"_s, u"--offline"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ids(r).contains(u"fake/echo"_s), false);
        QVERIFY(r.errText().contains("No model expires within 9 day(s)."_L1) || !ids(r).isEmpty());

        // DAYS and capabilities mix; JSON carries days_left.
        r = m_h.run({u"models"_s, u"--expiring"_s, u"100000"_s, u"--offline"_s, u"--format"_s,
                     u"json"_s, u"--sort"_s, u"name"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = r.outArray();
        QCOMPARE(idsOf(all), (QStringList{u"fake/echo"_s, u"mistralai/mistral-small-3.2"_s}));
        QCOMPARE(all.at(0).toObject().value("days_left"_L1).toInteger(), 10);
        QCOMPARE(all.at(1).toObject().value("days_left"_L1).toInteger(), mistralDaysLeft());
        r = m_h.run({u"models"_s, u"--expiring"_s, u"100000"_s, u"tools"_s, u"--offline"_s});
        QCOMPARE(ids(r), QStringList{}); // neither dated model has tools
        r = m_h.run({u"models"_s, u"--expiring"_s, u"nonsense"_s, u"--offline"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void sortNewestAndExpiring() {
        OrcliRun r = m_h.run({u"models"_s, u"--sort"_s, u"newest"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(ids(r).size(), 13);
        QCOMPARE(ids(r).first(), u"fake/echo"_s);                  // created 2026-01-01
        QCOMPARE(ids(r).at(1), u"black-forest-labs/flux.2-pro"_s); // 2025-11-24
        QCOMPARE(ids(r).last(), u"openrouter/auto"_s);             // the oldest, 2023
        // The lines themselves stay the seed's.
        QVERIFY(r.outText().contains(
            u"fake/echo                                          ctx:  65536  $1.00/M\n"_s));

        r = m_h.run({u"models"_s, u"--sort"_s, u"expiring"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(ids(r), QStringList{u"mistralai/mistral-small-3.2"_s});

        r = m_h.run({u"find"_s, u"openai"_s, u"--sort"_s, u"newest"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ids(r), (QStringList{u"openai/gpt-4o-audio-preview"_s, u"openai/gpt-4o-mini"_s,
                                      u"openai/text-embedding-3-small"_s}));
        QCOMPARE(r.outText().split(u'\n').first(),
                 u"openai/gpt-4o-audio-preview                        ctx: 128000"_s);
        r = m_h.run(
            {u"find"_s, u"openai"_s, u"--sort"_s, u"price"_s, u"--desc"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(ids(r), QStringList{u"openai/gpt-4o-audio-preview"_s});
        r = m_h.run({u"find"_s, u"openai"_s, u"--sort"_s, u"oldest"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains("newest"_L1));
    }

    void show() {
        OrcliRun r = m_h.run({u"show"_s, u"openai/gpt-4o-mini"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = r.outText();
        for (const QString &line :
             {u"Id:                    openai/gpt-4o-mini"_s,
              u"Name:                  OpenAI: GPT-4o-mini"_s,
              u"Knowledge cutoff:      2023-10-01"_s,
              u"Expires:               no expiration date"_s, u"Context length:        128,000"_s,
              u"Max output:            16,384"_s,
              u"  Input (prompt):          $0.15 per 1M tokens"_s,
              u"  Output (completion):     $0.60 per 1M tokens"_s,
              u"  Cache read:              $0.075 per 1M tokens"_s,
              u"  Web search:              $0.01 per search"_s})
            QVERIFY2(text.contains(line + u'\n'), qPrintable(line + u"\n---\n"_s + text));

        r = m_h.run({u"show"_s, u"mistralai/mistral-small-3.2"_s});
        QVERIFY(r.outText().contains(u"Expires:               2026-12-31 ("_s));
        r = m_h.run({u"show"_s, u"deepseek/deepseek-r1"_s});
        QVERIFY(r.outText().contains(u"Reasoning:             always on\n"_s));
        QVERIFY(r.outText().contains(u"Defaults:              temperature=0.6, top_p=0.95\n"_s));
        r = m_h.run({u"show"_s, u"~anthropic/claude-sonnet-latest"_s});
        QVERIFY(r.outText().contains(u"Alias of:              anthropic/claude-sonnet-4.5\n"_s));

        r = m_h.run({u"show"_s, u"fake/echo"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outJson().value("id"_L1).toString(), u"fake/echo"_s);
        QVERIFY(!r.outJson().contains("days_left"_L1));
        m_h.server().setCatalogVariant(CatalogVariant::Changed);
        r = m_h.run({u"show"_s, u"fake/echo"_s, u"--format"_s, u"json"_s, u"--refresh"_s});
        QCOMPARE(r.outJson().value("days_left"_L1).toInteger(), 10);
        QCOMPARE(r.outJson().value("expiration_date"_L1).toString(),
                 todayUtc().addDays(10).toString(Qt::ISODate));
    }

    void showUnknownOrMissing() {
        OrcliRun r = m_h.run({u"show"_s, u"openai/gpt-4o"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains("No model \"openai/gpt-4o\" in the catalogue. Did you "
                                      "mean: openai/gpt-4o-mini, openai/gpt-4o-audio-preview?"_L1),
                 qPrintable(r.describe()));
        r = m_h.run({u"show"_s, u"nothing/like-it"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errJson().value("error"_L1).toObject().value("kind"_L1).toString(),
                 u"not_found"_s);
        r = m_h.run({u"show"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.errText().contains("Missing MODEL"_L1));
        r = m_h.run({u"show"_s, u"a"_s, u"b"_s});
        QCOMPARE(r.exitCode, 2);
        // Case and the canonical slug are forgiven.
        r = m_h.run({u"show"_s, u"OpenAI/GPT-4o-Mini"_s});
        QCOMPARE(r.exitCode, 0);
        r = m_h.run({u"show"_s, u"openai/gpt-4o-mini-2024-07-18"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.outJson().value("id"_L1).toString(), u"openai/gpt-4o-mini"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrcliCatalog)
#include "tst_orcli_catalog.moc"
