// fake-openrouter: the fake OpenRouter server as a program, for manual runs (curl, the app)
// and for tests that drive another process. Prints exactly one line, the base URL, on stdout
// once it listens; logs one line per request on stderr; exits cleanly on SIGINT or SIGTERM.

#include "FakeOpenRouter.h"
#include "ModelCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

QString defaultFixturesDir() {
    QString shared = qEnvironmentVariable("ORC_SHARED_DIR");
    if (shared.isEmpty())
        shared = QStringLiteral(ORC_DEFAULT_SHARED_DIR);
    const QString dir = QDir(shared).filePath(QStringLiteral("fixtures/openrouter"));
    return QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fake-openrouter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A fake OpenRouter API server on 127.0.0.1 for tests and manual runs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0 = any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption fixturesOption(
        QStringLiteral("fixtures"),
        QStringLiteral("Folder with the real captures (fixtures/openrouter). Default: "
                       "$ORC_SHARED_DIR/fixtures/openrouter, else the shared folder beside the "
                       "source tree."),
        QStringLiteral("dir"));
    const QCommandLineOption noFixturesOption(QStringLiteral("no-fixtures"),
                                              QStringLiteral("Serve only the built-in models."));
    const QCommandLineOption tokenDelayOption(QStringLiteral("token-delay-ms"),
                                              QStringLiteral("Delay between stream chunks."),
                                              QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption tokensPerDelayOption(
        QStringLiteral("tokens-per-delay"),
        QStringLiteral("Content tokens sent together after each token delay."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption slowDelayOption(QStringLiteral("slow-delay-ms"),
                                             QStringLiteral("Chunk delay of fault/slow."),
                                             QStringLiteral("ms"), QStringLiteral("200"));
    const QCommandLineOption paddingUnitsOption(
        QStringLiteral("padding-units"),
        QStringLiteral("Whitespace units before non-stream JSON bodies."), QStringLiteral("n"),
        QStringLiteral("3"));
    const QCommandLineOption paddingDelayOption(QStringLiteral("padding-delay-ms"),
                                                QStringLiteral("Delay between padding units."),
                                                QStringLiteral("ms"), QStringLiteral("10"));
    const QCommandLineOption catalogVariantOption(
        QStringLiteral("catalog-variant"),
        QStringLiteral("What /models serves: normal, changed (a later catalogue: one model "
                       "removed, one added, a price, a context length and an expiration date "
                       "changed), shrunk (2 models), empty, or cut (half the bytes)."),
        QStringLiteral("name"), QStringLiteral("normal"));
    parser.addOptions({portOption, fixturesOption, noFixturesOption, tokenDelayOption,
                       tokensPerDelayOption, slowDelayOption, paddingUnitsOption,
                       paddingDelayOption, catalogVariantOption});
    parser.process(app);

    const auto number = [&](const QCommandLineOption &option, int max) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0 || value > max) {
            std::fprintf(stderr, "fake-openrouter: invalid --%s: %s\n",
                         qPrintable(option.names().constFirst()), qPrintable(parser.value(option)));
            std::exit(2);
        }
        return value;
    };

    // Read by the server's state when it is made (the knob is not part of its class API).
    qputenv("ORC_FAKE_TOKENS_PER_DELAY",
            QByteArray::number(std::max(1, number(tokensPerDelayOption, 1000000))));
    orc::fake::FakeOpenRouter server;
    QString fixtures;
    if (!parser.isSet(noFixturesOption))
        fixtures =
            parser.isSet(fixturesOption) ? parser.value(fixturesOption) : defaultFixturesDir();
    if (!fixtures.isEmpty() && !QFileInfo(fixtures).isDir()) {
        std::fprintf(stderr, "fake-openrouter: fixtures folder %s does not exist\n",
                     qPrintable(fixtures));
        return 2;
    }
    server.setFixturesDir(fixtures);
    const auto variant = orc::fake::ModelCatalog::parseVariant(parser.value(catalogVariantOption));
    if (!variant) {
        std::fprintf(stderr, "fake-openrouter: invalid --catalog-variant: %s\n",
                     qPrintable(parser.value(catalogVariantOption)));
        return 2;
    }
    server.setCatalogVariant(*variant);
    server.setTokenDelayMs(number(tokenDelayOption, 600000));
    server.setSlowDelayMs(number(slowDelayOption, 600000));
    server.setPaddingUnits(number(paddingUnitsOption, 100000));
    server.setPaddingDelayMs(number(paddingDelayOption, 600000));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("fake-openrouter: socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    QObject::connect(&server, &orc::fake::FakeOpenRouter::requestReceived, &app,
                     [](const orc::fake::RecordedRequest &r) {
                         QByteArray line = r.method + ' ' + r.path.toUtf8();
                         if (!r.query.isEmpty())
                             line += '?' + r.query.toString(QUrl::FullyEncoded).toUtf8();
                         const QString model = r.json.value(QStringLiteral("model")).toString();
                         if (!model.isEmpty())
                             line += " model=" + model.toUtf8();
                         std::fprintf(stderr, "fake-openrouter: %s\n", line.constData());
                     });

    if (!server.listen(static_cast<quint16>(number(portOption, 65535))))
        return 1;
    std::fprintf(stdout, "%s\n", server.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);
    if (fixtures.isEmpty())
        std::fprintf(stderr, "fake-openrouter: serving the built-in models\n");
    else
        std::fprintf(stderr, "fake-openrouter: fixtures from %s\n", qPrintable(fixtures));

    const int rc = app.exec();
    std::fprintf(stderr, "fake-openrouter: stopped\n");
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return rc;
}
