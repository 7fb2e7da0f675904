// A history written by an older OR Studio opens with today's store and loses nothing.
// tests/data/conversations-v2.sqlite was made by the store of commit 58429e1 (schema 2: message
// attachments and usage kept as chat-API JSON; see gen_conversations_v2.cpp), and
// conversations-v2.json is what that store read back from it. Today's store migrates a copy and
// must read back exactly the same.
#include "StoreDump.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

const QStringList kSearches{u"fox"_s, u"report"_s, u"dragon"_s, u"photo"_s};

QString copyFixture(const QTemporaryDir &dir, const QString &name) {
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(test::dataPath(u"conversations-v2.sqlite"_s), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Compares two arrays of objects element by element, naming the first difference.
void compareArrays(const QJsonArray &actual, const QJsonArray &expected, const char *what) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject a = actual.at(i).toObject(), e = expected.at(i).toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (a.value(it.key()) == it.value())
                continue;
            QFAIL(qPrintable(u"%1 #%2, field \"%3\": got %4, expected %5"_s.arg(
                QLatin1String(what), QString::number(i), it.key(),
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, a.value(it.key())}})
                                      .toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, it.value()}})
                                      .toJson(QJsonDocument::Compact)))));
        }
        QCOMPARE(a.keys(), e.keys());
    }
}

} // namespace

class TestConversationStoreLegacy : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void schema2DatabaseMigratesWithEveryField() {
        const QString path = copyFixture(m_dir, u"v2.sqlite"_s);
        QVERIFY(!path.isEmpty());
        QCOMPARE(test::sqliteColumn(path, u"PRAGMA user_version"_s), QStringList{u"2"_s});
        const QJsonObject expected =
            QJsonDocument::fromJson(test::readData(u"conversations-v2.json"_s)).object();
        QCOMPARE(expected.value("schema"_L1).toInt(), 2);
        const QJsonObject want = expected.value("dump"_L1).toObject();

        ConversationStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), ConversationStore::kSchemaVersion);
        const QJsonObject got = test::dumpStore(store, 100, kSearches);
        compareArrays(got.value("conversations"_L1).toArray(),
                      want.value("conversations"_L1).toArray(), "conversation");
        compareArrays(got.value("messages"_L1).toArray(), want.value("messages"_L1).toArray(),
                      "message");
        compareArrays(got.value("threads"_L1).toArray(), want.value("threads"_L1).toArray(),
                      "thread");
        compareArrays(got.value("search"_L1).toArray(), want.value("search"_L1).toArray(),
                      "search");
        // The fixture really holds what this test is about.
        const QJsonArray messages = want.value("messages"_L1).toArray();
        int images = 0, files = 0, audio = 0, reasoning = 0, usage = 0, failed = 0, branches = 0;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            for (const QJsonValue &p : m.value("attachments"_L1).toArray()) {
                const int type = p.toObject().value("type"_L1).toInt();
                images += type == int(ContentPart::Type::Image);
                files += type == int(ContentPart::Type::File);
                audio += type == int(ContentPart::Type::Audio);
            }
            reasoning += !m.value("reasoning"_L1).toString().isEmpty();
            usage += m.value("usage"_L1).isObject();
            failed += m.value("state"_L1).toString() == "failed"_L1;
            branches += m.value("siblings"_L1).toArray().size() > 1;
        }
        QVERIFY(images >= 4 && files >= 2 && audio >= 1 && reasoning >= 2 && usage >= 5 &&
                failed >= 1 && branches >= 2);
        store.markInterrupted();

        // The wire-shaped columns are gone; the store's body replaced them.
        const QStringList columns =
            test::sqliteColumn(path, u"SELECT name FROM pragma_table_info('messages')"_s);
        QVERIFY(columns.contains(u"body"_s));
        QVERIFY(!columns.contains(u"attachments"_s));
        QVERIFY(!columns.contains(u"usage"_s));
        QVERIFY(
            test::sqliteColumn(path, u"SELECT body FROM messages WHERE body LIKE '%image_url%'"_s)
                .isEmpty());

        // And the migrated history keeps working.
        const qint64 c = store.conversations().first().id;
        StoredMessage next;
        next.role = u"user"_s;
        next.content = u"one more"_s;
        next.parentId = store.conversation(c)->activeLeafId;
        QVERIFY(store.appendMessage(c, next));
        QVERIFY(store.exportJson(c).value("messages"_L1).toArray().size() >= 3);
    }

    // A migration that fails part-way leaves the file exactly as it was (one transaction).
    void failedMigrationChangesNothing() {
        const QString path = copyFixture(m_dir, u"v2-blocked.sqlite"_s);
        QVERIFY(!path.isEmpty());
        // A view on a column that schema 3 drops makes the last step fail.
        QVERIFY(
            test::sqliteColumn(path, u"CREATE VIEW blocker AS SELECT attachments FROM messages"_s)
                .isEmpty());
        const QStringList before =
            test::sqliteColumn(path, u"SELECT id || ' ' || attachments || ' ' || "
                                     "COALESCE(usage, '-') FROM messages"_s);
        QVERIFY(before.size() > 10);
        {
            ConversationStore store(path);
            QString error;
            QVERIFY(!store.open(&error));
            QVERIFY2(error.contains(u"schema 3"_s), qPrintable(error));
        }
        QCOMPARE(test::sqliteColumn(path, u"PRAGMA user_version"_s), QStringList{u"2"_s});
        QCOMPARE(test::sqliteColumn(path, u"SELECT id || ' ' || attachments || ' ' || "
                                          "COALESCE(usage, '-') FROM messages"_s),
                 before);
    }
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    TestConversationStoreLegacy test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_conversationstore_legacy.moc"
