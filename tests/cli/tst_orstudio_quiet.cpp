// orstudio keeps internal lines (Qt's platform warnings, orc.* logging such as "orc.store:
// migrated ...") off a user's stderr unless asked: -v/--verbose opens them, QT_LOGGING_RULES
// still works. The real app runs offscreen against the fake server with a fresh HOME.

#include "OrcliHarness.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace orc::test;

class TestOrstudioQuiet : public QObject {
    Q_OBJECT

    OrcliHarness m_h;
    int m_run = 0;

    // A scripted start on a fresh data folder: the catalogue is shown, grabbed, and the app quits.
    OrcliRun start(const QStringList &extra = {}) {
        const QString dir = m_h.path(u"run%1"_s.arg(++m_run));
        const QString png = dir + u"/grab.png"_s;
        OrcliRun r = m_h.run(QStringList{u"--base-url"_s, m_h.baseUrl(), u"--data-dir"_s,
                                         dir + u"/data"_s, u"--grab"_s, png} +
                                 extra,
                             {}, 120000);
        if (r.exitCode == 0 && !QFileInfo::exists(png))
            r.exitCode = -2; // it did not get as far as the grab
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_h.isReady());
        m_h.setProgram(QStringLiteral(ORSTUDIO_PATH));
    }
    void init() {
        m_h.resetEnvironment();
        m_h.environment().insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_h.environment().remove(u"QT_LOGGING_RULES"_s);
        m_h.environment().remove(u"QT_DEBUG_PLUGINS"_s);
    }

    void startIsQuiet() {
        const OrcliRun r = start();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(u"stderr: "_s + r.errText()));
    }

    void verboseShowsInternalMessages() {
        const OrcliRun r = start({u"-v"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // A fresh data folder: the conversation store is created (migrated to its schema).
        QVERIFY2(r.errText().contains(u"orc.store: migrated"_s), qPrintable(r.errText()));
    }

    void draftIsTypedButNotSent() {
        // --draft puts text in the composer (its cost estimate shows) and sends nothing.
        const int before = m_h.server().requestCount(u"/chat/completions"_s);
        const OrcliRun r = start({u"--model"_s, u"fake/echo"_s, u"--draft"_s, u"not yet"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.err.isEmpty(), qPrintable(u"stderr: "_s + r.errText()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), before);
    }

    void versionIsCapitalV() {
        // -v is --verbose now; -V/--version print the version as orcli does.
        for (const QString &flag : {u"-V"_s, u"--version"_s}) {
            const OrcliRun r = m_h.run({flag});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.outText().startsWith(u"orstudio "_s), qPrintable(r.describe()));
        }
    }

    // --compare TARGETS --prompt TEXT: the Compare page runs them and the grab waits for the
    // answers; --page takes compare.
    void scriptedComparison() {
        m_h.server().reset();
        const OrcliRun r =
            start({u"--compare"_s, u"fake/echo fake/tokens"_s, u"--prompt"_s, u"hi"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(m_h.server().requestCount(u"/chat/completions"_s), 2);
        QVERIFY2(r.err.isEmpty(), qPrintable(u"stderr: "_s + r.errText()));
        QCOMPARE(start({u"--page"_s, u"compare"_s}).exitCode, 0);
        const OrcliRun bad = m_h.run({u"--page"_s, u"nowhere"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.errText().contains(u"compare"_s), qPrintable(bad.describe()));
    }

    void loggingRulesStillWork() {
        m_h.environment().insert(u"QT_LOGGING_RULES"_s, u"orc.*.debug=true"_s);
        const OrcliRun r = start();
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.errText().contains(u"orc.store: migrated"_s), qPrintable(r.errText()));
    }
};

QTEST_GUILESS_MAIN(TestOrstudioQuiet)
#include "tst_orstudio_quiet.moc"
