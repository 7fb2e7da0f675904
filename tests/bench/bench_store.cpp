// Conversation store at a heavy user's size: 2,000 conversations, 100,000 messages (half of them
// replies with usage and cost, 2% of the user messages with an image or a PDF, a tenth of the
// conversations with an edited branch). Builds that history in schema 2 (the layout of the store
// before its own message format: wire-shaped attachments and usage) and measures:
//   - the migration to today's schema (open() of the schema-2 file),
//   - the queries the chat page makes: the conversation list, a 50-message thread, a search, a
//     message by id, appending a message and a late cost;
//   - `orcli history search`'s path (opening the store as orcli does, then its query: 20 best
//     matches) for a word in every message, a rarer one, two words and a miss; the process
//     start is not counted (bench_orcli measures that).
// Prints numbers only; it never fails on timings.
//
//   bench_store [CONVERSATIONS [MESSAGES_PER_CONVERSATION]]

#include "BenchTiming.h"
#include "store/ConversationStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using orc::ConversationStore;

namespace {

QTextStream out(stdout);

double medianMs(int runs, const std::function<void()> &work) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

const QString kWords = u"the quick brown fox jumps over a lazy dog while the model explains SSE "
                       "framing retries backoff tokens cost and reasoning in plain words "_s;

QString sentence(int seed, int words) {
    const QStringList all = kWords.split(u' ', Qt::SkipEmptyParts);
    QStringList picked;
    for (int i = 0; i < words; ++i)
        picked << all.at((seed * 31 + i * 7) % all.size());
    return picked.join(u' ');
}

// Schema 2 as the old store wrote it, filled with raw inserts in one transaction.
bool buildSchema2(const QString &path, int conversations, int perConversation) {
    {
        ConversationStore v2(path);
        QString error;
        if (!v2.openAtVersion(2, &error)) {
            out << "cannot create schema 2: " << error << Qt::endl;
            return false;
        }
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-build"_s);
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery conv(db), msg(db), leaf(db);
        conv.prepare(u"INSERT INTO conversations (id, title, created_at, updated_at, model) "
                     "VALUES (?, ?, ?, ?, 'openai/gpt-4o')"_s);
        msg.prepare(u"INSERT INTO messages (id, conversation_id, parent_id, role, content, "
                    "reasoning, attachments, model, provider, generation_id, usage, cost, "
                    "ttft_ms, duration_ms, finish_reason, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        leaf.prepare(u"UPDATE conversations SET active_leaf = ?, total_cost = ? WHERE id = ?"_s);
        const QString image =
            u"[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,"_s +
            QString(20000, u'A') + u"\"}}]"_s;
        const QString pdf = u"[{\"type\":\"file\",\"file\":{\"filename\":\"r.pdf\","
                            "\"file_data\":\"data:application/pdf;base64,"_s +
                            QString(40000, u'B') + u"\"}}]"_s;
        qint64 id = 0;
        const qint64 t0 = 1700000000000;
        for (int c = 1; ok && c <= conversations; ++c) {
            conv.addBindValue(c);
            conv.addBindValue(sentence(c, 5));
            conv.addBindValue(t0 + c);
            conv.addBindValue(t0 + c);
            ok = conv.exec();
            qint64 parent = 0, first = 0;
            double total = 0;
            for (int i = 0; ok && i < perConversation; ++i) {
                const bool user = i % 2 == 0;
                ++id;
                // A tenth of the conversations: the second reply is a sibling of the first
                // (regenerated), the thread goes on below it.
                const bool sibling = !user && i == 3 && c % 10 == 0;
                const qint64 myParent = sibling ? first : parent;
                if (i == 0)
                    first = id;
                const int n = int(id);
                QString attachments = u"[]"_s;
                if (user && n % 100 == 0)
                    attachments = image;
                else if (user && n % 100 == 50)
                    attachments = pdf;
                const double cost = user ? 0 : 0.0001 * (n % 17 + 1);
                const QVariant none(QMetaType(QMetaType::QString));
                msg.addBindValue(id);
                msg.addBindValue(c);
                msg.addBindValue(myParent ? QVariant(myParent)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
                msg.addBindValue(user ? u"user"_s : u"assistant"_s);
                msg.addBindValue(sentence(n, user ? 20 : 120));
                msg.addBindValue(!user && n % 5 == 0 ? sentence(n + 1, 60) : QString(u""_s));
                msg.addBindValue(attachments);
                msg.addBindValue(user ? u""_s : u"openai/gpt-4o"_s);
                msg.addBindValue(user ? u""_s : u"OpenAI"_s);
                msg.addBindValue(user ? u""_s : u"gen-%1"_s.arg(n));
                msg.addBindValue(
                    user ? none
                         : QVariant(u"{\"prompt_tokens\":%1,\"completion_tokens\":120,"
                                    "\"total_tokens\":%2,\"cost\":%3,\"is_byok\":false,"
                                    "\"prompt_tokens_details\":{\"cached_tokens\":0},"
                                    "\"completion_tokens_details\":{\"reasoning_tokens\":%4}}"_s
                                        .arg(n % 900 + 20)
                                        .arg(n % 900 + 140)
                                        .arg(cost)
                                        .arg(n % 5 == 0 ? 60 : 0)));
                msg.addBindValue(user ? QVariant(QMetaType(QMetaType::Double)) : QVariant(cost));
                msg.addBindValue(user ? -1 : 300 + n % 500);
                msg.addBindValue(user ? -1 : 2000 + n % 3000);
                msg.addBindValue(user ? u""_s : u"stop"_s);
                msg.addBindValue(t0 + n);
                msg.addBindValue(t0 + n);
                ok = msg.exec();
                if (!ok)
                    out << msg.lastError().text() << Qt::endl;
                total += cost;
                parent = id;
            }
            leaf.addBindValue(id);
            leaf.addBindValue(total);
            leaf.addBindValue(c);
            ok = ok && leaf.exec();
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-build"_s);
    return ok;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int conversations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int perConversation = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"conversations.sqlite"_s);

    QElapsedTimer timer;
    timer.start();
    if (!buildSchema2(path, conversations, perConversation))
        return 1;
    out << "built schema 2: " << conversations << " conversations, "
        << conversations * perConversation << " messages, "
        << QFileInfo(path).size() / (1024 * 1024) << " MB in " << timer.elapsed() << " ms"
        << Qt::endl;

    ConversationStore store(path);
    timer.restart();
    QString error;
    if (!store.open(&error)) {
        out << "migration failed: " << error << Qt::endl;
        return 1;
    }
    out << "migration to schema " << store.schemaVersion() << ": " << timer.elapsed() << " ms"
        << Qt::endl;

    const qint64 middle = conversations / 2;
    out << "conversations() list: " << medianMs(5, [&] { store.conversations(); }) << " ms"
        << Qt::endl;
    out << "thread() of " << perConversation
        << " messages: " << medianMs(11, [&] { store.thread(middle); }) << " ms" << Qt::endl;
    out << "search(\"fox\"): " << medianMs(11, [&] { store.search(u"fox"_s); }) << " ms"
        << Qt::endl;
    // orcli history search: a fresh store (the process opens one per run), then the query.
    for (const QString &words : {u"fox"_s, u"backoff"_s, u"reasoning framing"_s, u"zebra"_s}) {
        qsizetype found = 0;
        const orc::bench::Timing t = orc::bench::median(11, [&] {
            ConversationStore cli(path);
            if (cli.open())
                found = cli.search(words, 20).size();
        });
        const orc::bench::Timing query =
            orc::bench::median(11, [&] { found = store.search(words, 20).size(); });
        out << "orcli history search \"" << words << "\" (" << found << " shown): open + query "
            << t << "; query alone " << query << Qt::endl;
    }
    out << "message(id): "
        << medianMs(101, [&] { store.message(qint64(middle) * perConversation); }) << " ms"
        << Qt::endl;
    qint64 leaf = store.conversation(middle)->activeLeafId;
    out << "appendMessage(): "
        << medianMs(21,
                    [&] {
                        orc::StoredMessage m;
                        m.role = u"user"_s;
                        m.content = u"one more question"_s;
                        m.parentId = leaf;
                        leaf = store.appendMessage(middle, m);
                    })
        << " ms" << Qt::endl;
    out << "setMessageCost(): " << medianMs(21, [&] { store.setMessageCost(leaf, 0.001); }) << " ms"
        << Qt::endl;
    out << "switchBranch() to the first message: "
        << medianMs(11, [&] { store.switchBranch(store.thread(middle).first().id); }) << " ms"
        << Qt::endl;
    return 0;
}
