// Cost ledger benchmark at a heavy user's size: 100,000 billed requests over two years, 400
// models, 40 providers, app and orcli. Measures the `orcli usage` queries (target < 100 ms), the
// budget check (spend since the start of the month), the newest entries and one record, plus
// the file size; then the whole `orcli usage` process on that ledger (start, settings, query,
// output), next to `orcli --version` (the process alone) and the sqlite3 command-line tool
// running the same query (a reference). Prints numbers only; it never fails on timings.

#include "domain/Ledger.h"
#include "store/CostLedger.h"

#include "BenchTiming.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace orc;

using namespace orc::bench;

namespace {

// CPU time (user and system) of the children that ended so far, in ms.
double childCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// The median wall and CPU time of running `program` with `arguments` to its end; -1 when it
// fails.
Timing processTime(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &env, QByteArray *output = nullptr) {
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < 7; ++i) {
        const double cpu0 = childCpuMs();
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0)
            return {-1, -1};
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(childCpuMs() - cpu0);
        if (output)
            *output = p.readAllStandardOutput();
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times[times.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int requests = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    const QString path = CostLedger::pathIn(dir.path());

    // Generate the ledger in one transaction (as a test fixture, not the record() path).
    QElapsedTimer timer;
    timer.start();
    {
        CostLedger ledger(path);
        if (!ledger.open())
            return 1;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"gen"_s);
        db.setDatabaseName(path);
        db.open();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO entries (generation_id, kind, origin, model, provider, at, day, "
                  "prompt_tokens, completion_tokens, cost_nusd, cost_exact) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QRandomGenerator rng(7);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 span = 730LL * 24 * 3600 * 1000;
        for (int i = 0; i < requests; ++i) {
            q.addBindValue(u"gen-%1"_s.arg(i));
            q.addBindValue(i % 50 == 0 ? u"image"_s : u"chat"_s);
            q.addBindValue(i % 3 == 0 ? u"cli"_s : u"app"_s);
            q.addBindValue(u"vendor%1/model-%2"_s.arg(i % 37).arg(rng.bounded(400)));
            q.addBindValue(u"Provider %1"_s.arg(rng.bounded(40)));
            const qint64 at = now - span + span * i / requests;
            const QDate d = QDateTime::fromMSecsSinceEpoch(at).date();
            q.addBindValue(at);
            q.addBindValue(d.year() * 10000 + d.month() * 100 + d.day());
            q.addBindValue(rng.bounded(8000));
            q.addBindValue(rng.bounded(2000));
            q.addBindValue(qint64(rng.bounded(5'000'000)));
            q.addBindValue(i % 10 ? 1 : 0);
            q.exec();
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"gen"_s);
    out << "generated " << requests << " requests in " << timer.elapsed() << " ms, file "
        << QFileInfo(path).size() / 1024 << " KiB\n";

    CostLedger ledger(path);
    ledger.open();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto report = [&](const char *label, UsageQuery query) {
        qint64 rows = 0;
        const Timing t = median(7, [&] {
            if (const auto r = ledger.usage(query))
                rows = r->rows.size();
        });
        out << label << ": " << rows << " rows, " << t << "\n";
        out.flush();
    };
    UsageQuery all;
    report("usage --by day (all time)", all);
    UsageQuery week;
    week.since = now.addDays(-7);
    report("usage --since 7d --by day", week);
    UsageQuery models;
    models.by = UsageQuery::GroupBy::Model;
    report("usage --by model (all time)", models);
    UsageQuery providers;
    providers.by = UsageQuery::GroupBy::Provider;
    providers.since = now.addDays(-30);
    report("usage --since 30d --by provider", providers);
    UsageQuery cli;
    cli.origin = LedgerEntry::Origin::Cli;
    cli.by = UsageQuery::GroupBy::Model;
    report("usage --by model, orcli only", cli);

    const QDateTime monthStart(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0));
    out << "budget check (spent this month): " << median(7, [&] { ledger.spentSince(monthStart); })
        << "\n";
    out << "newest 50 entries: " << median(7, [&] { ledger.recent(50); }) << "\n";
    int n = 0;
    const Timing record = median(7, [&] {
        LedgerEntry e;
        e.generationId = u"gen-new-%1"_s.arg(++n);
        e.model = u"m/x"_s;
        e.costNanoUsd = 1234;
        ledger.record(e);
    });
    out << "record one request: " << record << "\n";
    out << "unsettled entries (to complete from /generation): "
        << median(7, [&] { ledger.unsettled(); }) << "\n";

    // The whole `orcli usage` process, its data folder named in a private settings file.
    const QString orcli = QStringLiteral(ORCLI_PATH);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    {
        QSettings settings(dir.filePath(u"config/orstudio/orstudio.conf"_s), QSettings::IniFormat);
        settings.setValue(u"settingsVersion"_s, 2);
        settings.setValue(u"storage/dataDir"_s, dir.path());
    }
    out << "process: orcli --version: " << processTime(orcli, {u"--version"_s}, env) << "\n";
    for (const QStringList &args :
         {QStringList{u"usage"_s}, QStringList{u"usage"_s, u"--by"_s, u"model"_s},
          QStringList{u"usage"_s, u"--by"_s, u"model"_s, u"--format"_s, u"json"_s},
          QStringList{u"usage"_s, u"--since"_s, u"30d"_s, u"--by"_s, u"provider"_s}}) {
        QByteArray printed;
        const Timing t = processTime(orcli, args, env, &printed);
        out << "process: orcli " << args.join(u' ') << ": " << t << " (" << printed.count('\n')
            << " lines)\n";
        out.flush();
    }
    // The reference: the same by-model query through the sqlite3 shell.
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (!sqlite3.isEmpty())
        out << "process: sqlite3, the same --by model query: "
            << processTime(sqlite3,
                           {path, u"SELECT model AS k, COUNT(*), COALESCE(SUM(cost_nusd), 0) AS "
                                  "cost, SUM(cost_nusd IS NULL), SUM(prompt_tokens), "
                                  "SUM(completion_tokens), SUM(reasoning_tokens) FROM entries "
                                  "GROUP BY k ORDER BY cost DESC, k ASC"_s},
                           env)
            << "\n";
    return 0;
}
