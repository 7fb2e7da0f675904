// The shipped documentation of orcli stays in step with the program: every option that
// `orcli help COMMAND` lists is completed by the bash, zsh and fish scripts and documented in
// the man page; the bash, zsh and fish completions work; the man page is valid roff; SKILL.md and
// the README section cover every command and exit code.
#include "OrcliHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using orc::test::OrcliHarness;
using orc::test::OrcliRun;

namespace {

QString packagingFile(const QString &name) {
    return QDir(QStringLiteral(ORC_PACKAGING_CLI_DIR)).filePath(name);
}

QString readText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const QStringList kCommands{u"chat"_s,       u"compare"_s, u"image"_s,   u"models"_s,
                            u"find"_s,       u"show"_s,    u"key"_s,     u"credits"_s,
                            u"generation"_s, u"batch"_s,   u"mcp"_s,     u"endpoints"_s,
                            u"providers"_s,  u"routing"_s, u"history"_s, u"usage"_s};

} // namespace

class TestOrcliDocs : public QObject {
    Q_OBJECT

private:
    OrcliHarness m_h;

    QStringList longOptions(const QString &command) {
        const OrcliRun r = m_h.run({u"help"_s, command});
        QStringList options;
        const QRegularExpression option(u"^  (?:-\\w, )?--([a-z-]+)"_s,
                                        QRegularExpression::MultilineOption);
        for (auto it = option.globalMatch(r.outText()); it.hasNext();)
            options << it.next().captured(1);
        options.removeDuplicates();
        return options;
    }

    // Runs the bash completion for the words typed so far (the last one being completed).
    QStringList complete(const QStringList &words) {
        QStringList quoted;
        for (const QString &w : words)
            quoted << u"'"_s + w + u"'"_s;
        const QString script = u"source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; "
                               "COMP_LINE=\"${COMP_WORDS[*]}\"; _orcli_main; "
                               "printf '%s\\n' \"${COMPREPLY[@]}\""_s
                                   .arg(packagingFile(u"orcli.bash"_s), quoted.join(u' '))
                                   .arg(words.size() - 1);
        QProcess bash;
        QProcessEnvironment env = m_h.environment();
        env.insert(u"PATH"_s,
                   QFileInfo(OrcliHarness::program()).absolutePath() + u':' + env.value(u"PATH"_s));
        bash.setProcessEnvironment(env);
        bash.start(u"bash"_s, {u"--norc"_s, u"-c"_s, script});
        bash.waitForFinished(20000);
        QStringList out = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n');
        out.removeAll(QString());
        return out;
    }

    // The harness's environment with orcli first on PATH, as the completions call it.
    QProcessEnvironment shellEnvironment() {
        QProcessEnvironment env = m_h.environment();
        env.insert(u"PATH"_s,
                   QFileInfo(OrcliHarness::program()).absolutePath() + u':' + env.value(u"PATH"_s));
        return env;
    }

    static QStringList lines(const QByteArray &out) {
        QStringList result = QString::fromUtf8(out).split(u'\n');
        result.removeAll(QString());
        result.sort();
        return result;
    }

    // What zsh offers after `typed` (words separated by spaces), through its completion
    // system driven in a pseudo-terminal by tests/cli/zsh-complete.zsh.
    QStringList completeZsh(const QString &typed) {
        QTemporaryDir dir;
        QProcess zsh;
        zsh.setProcessEnvironment(shellEnvironment());
        zsh.start(m_zsh, {u"-f"_s, QStringLiteral(ORC_TESTS_CLI_DIR "/zsh-complete.zsh"),
                          packagingFile(QString()), dir.filePath(u"matches"_s), typed});
        if (!zsh.waitForFinished(30000) || zsh.exitCode() != 0)
            qWarning("zsh completion of '%s' failed: %s", qPrintable(typed),
                     zsh.readAllStandardError().constData());
        return lines(zsh.readAllStandardOutput());
    }

    // What fish offers after `typed`: its own `complete -C`, candidates without descriptions.
    QStringList completeFish(const QString &typed) {
        QProcess fish;
        fish.setProcessEnvironment(shellEnvironment());
        fish.start(m_fish,
                   {u"--no-config"_s, u"-c"_s,
                    u"source '%1'; complete -C '%2'"_s.arg(packagingFile(u"orcli.fish"_s), typed)});
        fish.waitForFinished(30000);
        QStringList out;
        for (const QString &line : lines(fish.readAllStandardOutput()))
            out << line.section(u'\t', 0, 0);
        return out;
    }

    QString m_zsh = QStandardPaths::findExecutable(u"zsh"_s);
    QString m_fish = QStandardPaths::findExecutable(u"fish"_s);

private slots:
    void initTestCase() { QVERIFY(m_h.isReady()); }

    void completionsAndManPageCoverEveryOption_data() {
        QTest::addColumn<QString>("command");
        for (const QString &c : kCommands)
            QTest::newRow(qPrintable(c)) << c;
    }
    void completionsAndManPageCoverEveryOption() {
        QFETCH(QString, command);
        const QStringList options = longOptions(command);
        QVERIFY2(options.contains(u"format"_s), qPrintable(options.join(u' '))); // global ones too
        const QString bash = readText(packagingFile(u"orcli.bash"_s));
        const QString zsh = readText(packagingFile(u"_orcli"_s));
        const QString fish = readText(packagingFile(u"orcli.fish"_s));
        const QString man = readText(packagingFile(u"orcli.1"_s));
        for (const QString &o : options) {
            if (o == "help"_L1 || o == "version"_L1)
                continue;
            const QRegularExpression word(u"--"_s + QRegularExpression::escape(o) + u"\\b"_s);
            QVERIFY2(bash.contains(word), qPrintable(u"bash: --"_s + o));
            QVERIFY2(zsh.contains(word), qPrintable(u"zsh: --"_s + o));
            QVERIFY2(fish.contains(u"-l "_s + o + u' '), qPrintable(u"fish: --"_s + o));
            QString roff = o;
            roff.replace(u'-', u"\\-"_s);
            QVERIFY2(man.contains(u"\\-\\-"_s + roff), qPrintable(u"man: --"_s + o));
        }
        for (const QString &doc : {bash, zsh, fish, man})
            QVERIFY(doc.contains(command));
    }

    void bashCompletion() {
        QProcess check;
        check.start(u"bash"_s, {u"-n"_s, packagingFile(u"orcli.bash"_s)});
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(check.exitCode(), 0);

        QCOMPARE(complete({u"orcli"_s, u"ch"_s}), QStringList{u"chat"_s});
        QCOMPARE(complete({u"orcli"_s, u"chat"_s, u"--max-to"_s}), QStringList{u"--max-tokens"_s});
        QCOMPARE(complete({u"orcli"_s, u"compare"_s, u"a"_s, u"--ru"_s}), QStringList{u"--runs"_s});
        QCOMPARE(complete({u"orcli"_s, u"image"_s, u"m"_s, u"p"_s, u"--size"_s, u""_s}),
                 (QStringList{u"1K"_s, u"2K"_s, u"4K"_s}));
        QCOMPARE(complete({u"orcli"_s, u"--format"_s, u"nd"_s}), QStringList{u"ndjson"_s});
        QCOMPARE(complete({u"orcli"_s, u"us"_s}), QStringList{u"usage"_s});
        QCOMPARE(complete({u"orcli"_s, u"usage"_s, u"--by"_s, u""_s}),
                 (QStringList{u"day"_s, u"model"_s, u"provider"_s}));
        QCOMPARE(complete({u"orcli"_s, u"batch"_s, u"--max-c"_s}), QStringList{u"--max-cost"_s});
        QCOMPARE(complete({u"orcli"_s, u"mcp"_s, u"se"_s}), QStringList{u"serve"_s});
        QCOMPARE(complete({u"orcli"_s, u"mcp"_s, u"--to"_s}), QStringList{u"--token-stdin"_s});
        QCOMPARE(complete({u"orcli"_s, u"models"_s, u"image"_s}), QStringList{u"image_gen"_s});
        QCOMPARE(complete({u"orcli"_s, u"sh"_s}), QStringList{u"show"_s});
        QCOMPARE(complete({u"orcli"_s, u"history"_s, u"s"_s}),
                 (QStringList{u"show"_s, u"search"_s}));
        QCOMPARE(complete({u"orcli"_s, u"chat"_s, u"--no-h"_s}), QStringList{u"--no-history"_s});
        QCOMPARE(complete({u"orcli"_s, u"history"_s, u"export"_s, u"1"_s, u"--to"_s, u"j"_s}),
                 QStringList{u"json"_s});
        QCOMPARE(complete({u"orcli"_s, u"models"_s, u"--sort"_s, u"ex"_s}),
                 QStringList{u"expiring"_s});
        QCOMPARE(complete({u"orcli"_s, u"models"_s, u"--ch"_s}), QStringList{u"--changes"_s});
        // Model ids come from the cached catalogue (never the network while completing).
        QVERIFY(complete({u"orcli"_s, u"chat"_s, u"anthropic/"_s}).isEmpty());
        QCOMPARE(m_h.run({u"models"_s}).exitCode, 0);
        QCOMPARE(complete({u"orcli"_s, u"chat"_s, u"anthropic/"_s}),
                 QStringList{u"anthropic/claude-sonnet-4.5"_s});
        QCOMPARE(complete({u"orcli"_s, u"-q"_s, u"image"_s, u"black"_s}),
                 QStringList{u"black-forest-labs/flux.2-pro"_s});
        QCOMPARE(complete({u"orcli"_s, u"show"_s, u"black"_s}),
                 QStringList{u"black-forest-labs/flux.2-pro"_s});
    }

    void zshAndFishCompletion_data() {
        QTest::addColumn<QString>("shell");
        QTest::newRow("zsh") << u"zsh"_s;
        QTest::newRow("fish") << u"fish"_s;
    }
    void zshAndFishCompletion() {
        QFETCH(QString, shell);
        const bool zsh = shell == "zsh"_L1;
        const QString program = zsh ? m_zsh : m_fish;
        // packaging/setup.sh installs both shells and says so: then a missing one is a failure.
        if (program.isEmpty() && qEnvironmentVariableIsSet("ORC_EXPECT_SHELLS"))
            QFAIL(qPrintable(shell + u" is missing although ORC_EXPECT_SHELLS is set"_s));
        if (program.isEmpty())
            QSKIP(qPrintable(shell + u" is not installed (packaging/setup.sh installs it): its "
                                     "completion was checked for option coverage only"_s));
        const auto complete = [&](const QString &typed) {
            return zsh ? completeZsh(typed) : completeFish(typed);
        };
        QProcess check;
        check.start(program, {zsh ? u"-n"_s : u"--no-execute"_s,
                              packagingFile(zsh ? u"_orcli"_s : u"orcli.fish"_s)});
        QVERIFY(check.waitForFinished(10000));
        QCOMPARE(check.exitCode(), 0);

        QCOMPARE(complete(u"orcli ch"_s), QStringList{u"chat"_s});
        QCOMPARE(complete(u"orcli "_s),
                 (QStringList{u"batch"_s, u"chat"_s, u"compare"_s, u"credits"_s, u"endpoints"_s,
                              u"find"_s, u"generation"_s, u"help"_s, u"history"_s, u"image"_s,
                              u"key"_s, u"mcp"_s, u"models"_s, u"providers"_s, u"routing"_s,
                              u"show"_s, u"usage"_s}));
        QCOMPARE(complete(u"orcli chat --max-to"_s), QStringList{u"--max-tokens"_s});
        QCOMPARE(complete(u"orcli history "_s),
                 (QStringList{u"export"_s, u"list"_s, u"rm"_s, u"search"_s, u"show"_s}));
        QCOMPARE(complete(u"orcli chat --no-h"_s), QStringList{u"--no-history"_s});
        QCOMPARE(complete(u"orcli compare a b --ru"_s), QStringList{u"--runs"_s});
        QCOMPARE(complete(u"orcli image m p --size "_s), (QStringList{u"1K"_s, u"2K"_s, u"4K"_s}));
        QCOMPARE(complete(u"orcli --format nd"_s), QStringList{u"ndjson"_s});
        QCOMPARE(complete(u"orcli mcp se"_s), QStringList{u"serve"_s});
        QCOMPARE(complete(u"orcli models --sort "_s),
                 (QStringList{u"context"_s, u"created"_s, u"expiring"_s, u"name"_s, u"newest"_s,
                              u"price"_s}));
        QCOMPARE(complete(u"orcli find x --sort n"_s), (QStringList{u"name"_s, u"newest"_s}));
        // Model ids come from the cached catalogue (never the network while completing).
        QCOMPARE(m_h.run({u"models"_s}).exitCode, 0);
        QCOMPARE(complete(u"orcli chat anthropic/"_s),
                 QStringList{u"anthropic/claude-sonnet-4.5"_s});
    }

    void manPageIsValidRoff() {
        const QString groff = QStandardPaths::findExecutable(u"groff"_s);
        if (groff.isEmpty())
            return; // the content checks above still ran; groff only adds a syntax check
        QProcess p;
        p.start(groff, {u"-man"_s, u"-ww"_s, u"-z"_s, packagingFile(u"orcli.1"_s)});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardError(), QByteArray());
    }

    void skillAndReadmeCoverCommandsAndExitCodes() {
        const QString skill = readText(packagingFile(u"SKILL.md"_s));
        QVERIFY(skill.startsWith("---\nname: "_L1));
        QVERIFY(skill.contains("\ndescription: "_L1));
        const QString readme =
            readText(QDir(QStringLiteral(ORC_PACKAGING_CLI_DIR))
                         .filePath(u"../../README.md"_s)); // the README carries the orcli section
        QVERIFY(!readme.isEmpty());
        const QString man = readText(packagingFile(u"orcli.1"_s));
        for (const QString &c : kCommands) {
            QVERIFY2(skill.contains(u"orcli "_s + c), qPrintable(c));
            QVERIFY2(readme.contains(u'`' + c), qPrintable(c));
        }
        for (const char *code :
             {"0 ok", "1 other", "2 usage", "3 auth", "4 credits", "5 moderation",
              "6 still rate-limited", "7 network", "8 over budget", "9 no endpoint", "130 ",
              "143 stopped by SIGTERM", "129 by SIGHUP"})
            QVERIFY2(readme.contains(QLatin1String(code)), code);
    }

    // Every code of app/orcli/ExitCode.h (the contract) is documented in SKILL.md's table, the
    // man page's EXIT STATUS, the README's exit code paragraph and `orcli --help`; none of
    // them lists a code the program does not have.
    void exitCodesMatchTheProgram() {
        const QString header = readText(QStringLiteral(ORC_ORCLI_SOURCE_DIR "/ExitCode.h"));
        QList<int> codes;
        const QRegularExpression entry(u"^\\s+\\w+ = (\\d+),"_s,
                                       QRegularExpression::MultilineOption);
        for (auto it = entry.globalMatch(header); it.hasNext();)
            codes << it.next().captured(1).toInt();
        QVERIFY2(codes.contains(8) && codes.size() >= 13, qPrintable(header));

        const auto documented = [](const QString &text, const QRegularExpression &pattern) {
            QList<int> found;
            for (auto it = pattern.globalMatch(text); it.hasNext();)
                found << it.next().captured(1).toInt();
            std::sort(found.begin(), found.end());
            found.erase(std::unique(found.begin(), found.end()), found.end());
            return found;
        };
        std::sort(codes.begin(), codes.end());
        const QString skill = readText(packagingFile(u"SKILL.md"_s));
        QCOMPARE(documented(skill, QRegularExpression(u"^\\| (\\d+) \\|"_s,
                                                      QRegularExpression::MultilineOption)),
                 codes);
        const QString man = readText(packagingFile(u"orcli.1"_s));
        const QString exitStatus = man.section(u".SH EXIT STATUS"_s, 1).section(u"\n.SH "_s, 0, 0);
        QCOMPARE(documented(exitStatus, QRegularExpression(u"^\\.B (\\d+)$"_s,
                                                           QRegularExpression::MultilineOption)),
                 codes);
        const QString readme =
            readText(QDir(QStringLiteral(ORC_PACKAGING_CLI_DIR)).filePath(u"../../README.md"_s));
        const QString paragraph = readme.section(u"**Exit codes.**"_s, 1).section(u"\n\n"_s, 0, 0);
        QCOMPARE(
            documented(u' ' + paragraph,
                       QRegularExpression(u"(?:^| · |\\s)(\\d+) (?:ok|other|usage|auth|credits|"
                                          "moderation|still|network|over|no endpoint|"
                                          "cancelled|stopped|by SIGHUP)"_s)),
            codes);
        const OrcliRun help = m_h.run({u"--help"_s});
        const QString helpCodes =
            help.outText().section(u"Exit codes:"_s, 1).section(u"\n\n"_s, 0, 0);
        for (int code : codes)
            QVERIFY2(QRegularExpression(u"(?:^|[ ,])"_s + QString::number(code) + u" "_s)
                         .match(helpCodes)
                         .hasMatch(),
                     qPrintable(QString::number(code) + u": "_s + helpCodes));
    }
};

QTEST_GUILESS_MAIN(TestOrcliDocs)
#include "tst_orcli_docs.moc"
