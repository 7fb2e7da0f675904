// orcli as a process over loopback against the standalone fake server: `orcli models` and
// `orcli find` wall time with a warm catalogue cache, and the streaming throughput of a
// 100,000-token reply through `orcli chat --stream`, beside `curl -N` reading the same stream.
// Prints one line per measurement (median of several runs, with min and max).
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTokens = 100000;
const QString kKey = u"sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab"_s;

struct Stats {
    double median = 0, min = 0, max = 0;
};

// CPU time (user + system) of the children reaped so far, in ms: the machine may be shared, so
// the CPU a run costs is printed beside its wall time.
double childCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

Stats stats(QList<double> values) {
    std::sort(values.begin(), values.end());
    return {values.at(values.size() / 2), values.first(), values.last()};
}

// Runs a program to completion with stdout discarded; returns the wall time in ms, or -1.
double timed(const QString &program, const QStringList &args, const QProcessEnvironment &env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed (exit %d)\n", qPrintable(program),
                     qPrintable(args.join(u' ')), p.exitCode());
        return -1;
    }
    return clock.nsecsElapsed() / 1e6;
}

bool measure(const char *label, int runs, const QString &program, const QStringList &args,
             const QProcessEnvironment &env, double perRunUnits = 0, double *medianMs = nullptr) {
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double before = childCpuMs();
        const double t = timed(program, args, env);
        if (t < 0)
            return false;
        ms << t;
        cpu << childCpuMs() - before;
    }
    const Stats s = stats(ms);
    const Stats c = stats(cpu);
    if (medianMs)
        *medianMs = s.median;
    if (perRunUnits > 0)
        std::printf("  %-34s median %8.0f tokens/s (min %.0f, max %.0f), %.0f ms per run, "
                    "CPU %.0f ms\n",
                    label, perRunUnits / s.median * 1000, perRunUnits / s.max * 1000,
                    perRunUnits / s.min * 1000, s.median, c.median);
    else
        std::printf("  %-34s median %6.1f ms (min %.1f, max %.1f) over %d runs, CPU %.1f ms\n",
                    label, s.median, s.min, s.max, runs, c.median);
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QProcess server;
    const QString url =
        orc::test::startStandaloneFake(server, QStringLiteral(ORC_FAKE_SERVER_PATH));
    if (url.isEmpty()) {
        std::fprintf(stderr, "cannot start %s\n", ORC_FAKE_SERVER_PATH);
        return 1;
    }

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"OPENROUTER_BASE_URL"_s, url);
    env.insert(u"OPENROUTER_API_KEY"_s, kKey);
    env.remove(u"SKILL_OPENROUTER_API_KEY"_s);
    const QString orcli = QStringLiteral(ORCLI_PATH);

    std::printf("orcli over loopback (fake server at %s)\n", qPrintable(url));
    // Cold: fetches and caches the catalogue; the runs after it read the cache only.
    const double cold = timed(orcli, {u"models"_s, u"--refresh"_s}, env);
    if (cold < 0)
        return 1;
    std::printf("  %-34s %6.1f ms (fetch + cache)\n", "orcli models (cold)", cold);
    bool ok = measure("orcli models (warm cache)", 21, orcli, {u"models"_s}, env) &&
              measure("orcli models vision tools (warm)", 21, orcli,
                      {u"models"_s, u"vision"_s, u"tools"_s, u"--sort"_s, u"price"_s}, env) &&
              measure("orcli find claude (warm)", 21, orcli, {u"find"_s, u"claude"_s}, env) &&
              measure("orcli models --format json (warm)", 11, orcli,
                      {u"models"_s, u"--format"_s, u"json"_s}, env);
    if (!ok)
        return 1;

    std::printf("streaming a %d-token reply (one SSE chunk per token)\n", kTokens);
    const QStringList chat{u"chat"_s,     u"fake/tokens"_s, u"count"_s,
                           u"--stream"_s, u"-m"_s,          QString::number(kTokens)};
    double orcliMs = 0;
    ok = measure("orcli chat --stream", 9, orcli, chat, env, kTokens, &orcliMs);
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty()) {
        std::printf("  curl not found: no baseline\n");
    } else {
        const QJsonObject body{
            {u"model"_s, u"fake/tokens"_s},
            {u"max_tokens"_s, kTokens},
            {u"stream"_s, true},
            {u"messages"_s,
             QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"count"_s}}}}};
        double curlMs = 0;
        ok = ok && measure("curl -N (same stream, raw SSE)", 9, curl,
                           {u"-sSN"_s, u"--fail"_s, u"-o"_s, u"/dev/null"_s, u"-H"_s,
                            u"Authorization: Bearer "_s + kKey, u"-H"_s,
                            u"Content-Type: application/json"_s, u"--data-binary"_s,
                            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                            url + u"/chat/completions"_s},
                           env, kTokens, &curlMs);
        if (ok)
            std::printf("  orcli streams at %.0f%% of curl's rate (target: at least 50%%)\n",
                        100.0 * curlMs / orcliMs);
    }
    server.terminate();
    server.waitForFinished(3000);
    return ok ? 0 : 1;
}
