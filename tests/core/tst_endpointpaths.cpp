// Nothing outside core/api names an OpenRouter endpoint: the paths and query parameter names
// written in core/api/Endpoints.cpp appear in no string literal elsewhere in core/ or app/,
// and nothing there builds a query. A new endpoint is added in Endpoints and nowhere else.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString readText(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

struct Names {
    QStringList paths;   // "/chat/completions", "/images", ...
    QStringList queries; // "id", "output_modalities", ...
};

// The static part of every path literal in Endpoints.cpp (up to a placeholder such as %1), and
// every query parameter name it adds.
Names endpointNames(const QString &endpointsSource) {
    Names names;
    static const QRegularExpression pathLiteral(uR"re(u"(/[A-Za-z0-9_./-]*))re"_s);
    for (const auto &m : pathLiteral.globalMatch(endpointsSource)) {
        QString path = m.captured(1);
        while (path.endsWith(u'/'))
            path.chop(1);
        if (!path.isEmpty() && !names.paths.contains(path))
            names.paths << path;
    }
    static const QRegularExpression queryItem(uR"re(addQueryItem\(u"([A-Za-z0-9_]+)")re"_s);
    for (const auto &m : queryItem.globalMatch(endpointsSource))
        if (!names.queries.contains(m.captured(1)))
            names.queries << m.captured(1);
    return names;
}

// A literal appended to a folder ("dataDir() + u"/images"_s") is a file name, not a request.
bool isFileName(const QString &before) {
    static const QRegularExpression folder(
        uR"re((?:Dir|Path|dir|path)\(\)\s*\+\s*(?:u|QStringLiteral\()?$)re"_s);
    return folder.match(before).hasMatch();
}

// "file:line: problem" for every place outside core/api under `root` (core/ and app/) that
// names an endpoint path or query parameter, or builds a query.
QStringList violations(const QString &root, const Names &names) {
    QStringList found;
    static const QRegularExpression literal(uR"re("((?:[^"\\\n]|\\.)*)")re"_s);
    const QDir rootDir(root);
    for (const QString &top : {u"core"_s, u"app"_s}) {
        QDirIterator it(rootDir.filePath(top), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString relative = rootDir.relativeFilePath(file);
            if (relative.startsWith("core/api/"_L1))
                continue;
            const QStringList lines = readText(file).split(u'\n');
            for (qsizetype n = 0; n < lines.size(); ++n) {
                const QString &line = lines.at(n);
                const QString where = relative + u':' + QString::number(n + 1) + u": "_s;
                qsizetype codeEnd = line.size(); // where a // comment starts
                QList<QRegularExpressionMatch> literals;
                qsizetype from = 0;
                while (from < line.size()) {
                    const qsizetype comment = line.indexOf("//"_L1, from);
                    const QRegularExpressionMatch m = literal.match(line, from);
                    if (comment >= 0 && (!m.hasMatch() || comment < m.capturedStart())) {
                        codeEnd = comment;
                        break;
                    }
                    if (!m.hasMatch())
                        break;
                    literals << m;
                    from = m.capturedEnd();
                }
                if (line.left(codeEnd).contains("addQueryItem("_L1))
                    found << where + u"builds a query"_s;
                for (const QRegularExpressionMatch &m : std::as_const(literals)) {
                    const QString text = m.captured(1);
                    for (const QString &path : names.paths) {
                        const bool hit = text == path || text.startsWith(path + u'/') ||
                                         text.startsWith(path + u'?');
                        if (hit && !isFileName(line.left(m.capturedStart())))
                            found << where + u"names the endpoint "_s + path;
                    }
                    // A piece of a URL being put together ("?id=", "&id=", "id="); prose
                    // such as help text that quotes an endpoint is not a request.
                    for (const QString &query : names.queries)
                        if (text.startsWith(u'?' + query + u'=') ||
                            text.startsWith(u'&' + query + u'=') || text.startsWith(query + u'='))
                            found << where + u"names the query parameter "_s + query;
                }
            }
        }
    }
    return found;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestEndpointPaths : public QObject {
    Q_OBJECT

private slots:
    void endpointsAreKnown() {
        const Names names = endpointNames(readText(ORC_SOURCE_DIR "/core/api/Endpoints.cpp"_L1));
        for (const char *path :
             {"/chat/completions", "/images", "/images/models", "/models", "/key", "/credits",
              "/generation", "/auth", "/auth/keys", "/providers", "/endpoints/zdr"})
            QVERIFY2(names.paths.contains(QLatin1String(path)), path);
        for (const char *query : {"id", "output_modalities", "code_challenge", "callback_url"})
            QVERIFY2(names.queries.contains(QLatin1String(query)), query);
    }

    // The check itself finds what it must, and only that.
    void scannerFindsPlantedPaths() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Names names = endpointNames(
            "get(u\"/key\"_s); post(u\"/chat/completions\"_s); q.addQueryItem(u\"id\"_s, x);"_L1);
        QCOMPARE(names.paths, (QStringList{u"/key"_s, u"/chat/completions"_s}));
        QCOMPARE(names.queries, QStringList{u"id"_s});
        QVERIFY(writeFile(dir.filePath(u"core/api/Ok.cpp"_s), "get(u\"/key\"_s);\n"));
        QVERIFY(writeFile(dir.filePath(u"app/cli/Bad.cpp"_s),
                          "int a;\n"
                          "call(u\"/key\"_s); // GET \"/key\" in a comment is fine\n"
                          "url(QStringLiteral(\"/chat/completions?stream=1\"));\n"
                          "url = base + u\"?id=\"_s + id + u\"&n=\"_s; help(\"GET /x?id=ID\");\n"
                          "q.addQueryItem(u\"x\"_s, y);\n"
                          "keep(dataDir() + u\"/key\"_s); keep(u\"/keys\"_s); // \"/key\"\n"));
        QStringList found = violations(dir.path(), names);
        found.sort();
        QCOMPARE(found, (QStringList{u"app/cli/Bad.cpp:2: names the endpoint /key"_s,
                                     u"app/cli/Bad.cpp:3: names the endpoint /chat/completions"_s,
                                     u"app/cli/Bad.cpp:4: names the query parameter id"_s,
                                     u"app/cli/Bad.cpp:5: builds a query"_s}));
    }

    void noEndpointOutsideCoreApi() {
        const Names names = endpointNames(readText(ORC_SOURCE_DIR "/core/api/Endpoints.cpp"_L1));
        QVERIFY(!names.paths.isEmpty());
        const QStringList found = violations(QString::fromUtf8(ORC_SOURCE_DIR), names);
        QVERIFY2(found.isEmpty(), qPrintable(u"\n"_s + found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestEndpointPaths)
#include "tst_endpointpaths.moc"
