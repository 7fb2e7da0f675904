// MCP numbers: (1) the tool round trip overhead with a local stdio server: a model's tool call
// (its JSON argument text) parsed, sent with tools/call to our test MCP server process, the
// answer read and turned into the `tool` message of the next turn (target < 20 ms);
// (2) `orcli mcp serve` from process start to its initialize answer (target < 100 ms).
#include "tools/McpClient.h"
#include "tools/McpToolbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace orc;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

void report(const char *what, QList<double> ms, const char *target) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size()))); };
    std::printf("%-44s n=%-4lld median %7.3f ms  p95 %7.3f ms  max %7.3f ms  (target %s)\n", what,
                static_cast<long long>(ms.size()), at(0.5), at(0.95), ms.last(), target);
}

int toolRoundTrip() {
    McpServerConfig config;
    config.name = u"bench"_s;
    config.command = QStringLiteral(TEST_MCP_SERVER_PATH);
    McpClient client(config);
    McpError error;
    bool ready = false;
    client.connectToServer([&](const McpError &e) {
        error = e;
        ready = true;
    });
    if (!waitFor([&] { return ready; }, 10000) || error) {
        std::printf("cannot start the test MCP server: %s\n", qPrintable(error.message));
        return 1;
    }
    QList<McpTool> tools;
    bool listed = false;
    client.listTools([&](const QList<McpTool> &t, const McpError &) {
        tools = t;
        listed = true;
    });
    waitFor([&] { return listed; }, 10000);
    McpToolbox box;
    box.addServer(config.name, tools);

    QList<double> times;
    const QString payload(200, u'x');
    for (int i = 0; i < 520; ++i) {
        ToolCall call;
        call.id = u"call_%1"_s.arg(i);
        call.name = u"echo"_s;
        call.arguments = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"text"_s, payload}}).toJson(QJsonDocument::Compact));
        QElapsedTimer t;
        t.start();
        const McpToolbox::Entry *entry = box.find(call.name);
        const std::optional<QJsonObject> args = McpToolbox::parseArguments(call.arguments, nullptr);
        ChatMessage message;
        bool done = false;
        client.callTool(entry->tool.name, *args, [&](const McpToolResult &r, const McpError &e) {
            message = e ? McpToolbox::errorMessage(call, e) : McpToolbox::resultMessage(call, r);
            done = true;
        });
        waitFor([&] { return done; }, 10000);
        if (i >= 20) // warm-up
            times << t.nsecsElapsed() / 1e6;
        if (message.text() != payload) {
            std::printf("wrong answer: %s\n", qPrintable(message.text().left(80)));
            return 1;
        }
    }
    report("tool round trip (stdio, echo 200 chars)", times, "< 20 ms");
    return 0;
}

double childCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Wall times on a shared machine include waiting for a CPU; the CPU time the process used is
// printed beside them (and the load average) to tell the two apart.
int serveStartup() {
    QList<double> times;
    QList<double> cpu;
    const QByteArray init =
        R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}})"
        "\n";
    for (int i = 0; i < 22; ++i) {
        QProcess p;
        const double cpuBefore = childCpuMs();
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(ORCLI_PATH), {u"mcp"_s, u"serve"_s});
        p.write(init);
        if (!waitFor([&] { return p.canReadLine(); }, 10000)) {
            std::printf("orcli mcp serve did not answer: %s\n", p.readAllStandardError().data());
            return 1;
        }
        const double ms = t.nsecsElapsed() / 1e6;
        if (!p.readLine().contains("\"protocolVersion\":\"2025-11-25\"")) {
            std::printf("unexpected initialize answer\n");
            return 1;
        }
        if (i >= 2)
            times << ms;
        p.closeWriteChannel();
        p.waitForFinished(5000);
        if (i >= 2)
            cpu << childCpuMs() - cpuBefore;
    }
    report("orcli mcp serve: start to initialize answer", times, "< 100 ms");
    report("orcli mcp serve: CPU time of a whole run", cpu, "(user+sys)");
    QFile load(u"/proc/loadavg"_s);
    if (load.open(QIODevice::ReadOnly))
        std::printf("load average: %s", load.readAll().constData());
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    qputenv("OPENROUTER_API_KEY", "sk-or-v1-bench");
    return toolRoundTrip() | serveStartup();
}
