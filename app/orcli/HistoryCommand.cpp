#include "HistoryCommand.h"

#include "store/ConversationStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

const QString kUsage = u"orcli history list|show ID|search TEXT|export ID|rm ID"_s;

QString isoTime(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject infoJson(const ConversationInfo &c) {
    return {{u"id"_s, c.id},
            {u"title"_s, c.title},
            {u"model"_s, c.model},
            {u"created_at"_s, isoTime(c.createdAt)},
            {u"updated_at"_s, isoTime(c.updatedAt)},
            {u"messages"_s, c.messageCount},
            {u"total_cost"_s, c.totalCost},
            {u"pinned"_s, c.pinned}};
}

QString oneLine(QString text) {
    return text.replace(u'\n', u' ').replace(u'\r', u' ').simplified();
}

QString untitled(const QString &title) {
    return title.isEmpty() ? tr("(untitled)") : title;
}

// The readable transcript of `history show`: the title, the system prompt, then each message
// of the visible thread under its speaker.
QString transcript(const ConversationInfo &c, const QList<StoredMessage> &thread) {
    QString out = u"#"_s + QString::number(c.id) + u' ' + untitled(c.title) + u'\n';
    if (!c.systemPrompt.isEmpty())
        out += tr("system:") + u'\n' + c.systemPrompt + u'\n';
    for (const StoredMessage &m : thread) {
        out += u'\n' +
               (m.role == "assistant"_L1 && !m.model.isEmpty() ? tr("%1 (%2):").arg(m.role, m.model)
                                                               : tr("%1:").arg(m.role)) +
               u'\n' + m.content + u'\n';
        if (m.state == StoredMessage::State::Stopped)
            out += tr("(stopped)") + u'\n';
        else if (m.state == StoredMessage::State::Interrupted)
            out += tr("(interrupted)") + u'\n';
        else if (m.state == StoredMessage::State::Failed)
            out += tr("(failed: %1)").arg(m.errorText) + u'\n';
    }
    return out;
}

} // namespace

HistoryCommand::HistoryCommand(Printer &printer, QObject *parent)
    : Command(printer, parent) {}

HistoryCommand::~HistoryCommand() = default;

Command::Spec HistoryCommand::spec() const {
    return {
        u"history"_s,
        tr("List, show, search, export or delete saved conversations"),
        tr("Works on the conversations of the data folder, the same ones OR Studio shows: "
           "chats of orcli (unless --no-history or ORCLI_NO_HISTORY=1) and of the app. "
           "\"list\" prints them newest first; \"show ID|last\" prints one (--format text, json "
           "or md); \"search TEXT\" finds messages by their words (exit code 1 when none "
           "matches); \"export ID|last\" writes one as Markdown or JSON (--to), on stdout or "
           "to a file (-o); \"rm ID\" deletes one. \"last\" is the conversation used most "
           "recently. Continue one with orcli chat --continue ID|last."),
        {{u"ACTION"_s, tr("list, show, search, export or rm.")},
         {u"[ID|TEXT]"_s, tr("The conversation (its number or \"last\"), or the search words.")}},
        {
            QCommandLineOption(u"limit"_s,
                               tr("At most N conversations (list) or matches (search; default "
                                  "20)."),
                               u"N"_s),
            QCommandLineOption(u"to"_s, tr("export: md (default) or json."), u"FORMAT"_s),
            QCommandLineOption({u"output"_s, u"o"_s},
                               tr("export: write to FILE (atomically) instead of stdout."),
                               u"FILE"_s),
        },
        u"  orcli history list --limit 10\n"
        u"  orcli history show last --format md\n"
        u"  orcli history search \"rate limit\" --format json\n"
        u"  orcli history export 42 --to json -o chat-42.json\n"
        u"  orcli chat --continue last \"And in French?\"\n"
        u"  orcli history rm 42\n"_s};
}

std::unique_ptr<ConversationStore> HistoryCommand::openStore(const QString &dataDir,
                                                             QString *error) {
    auto store = std::make_unique<ConversationStore>(ConversationStore::pathIn(dataDir));
    QString reason;
    if (store->open(&reason))
        return store;
    *error = tr("Cannot open the conversations in %1: %2").arg(dataDir, reason);
    return nullptr;
}

qint64 HistoryCommand::resolve(const ConversationStore &store, const QString &text,
                               QString *error) {
    const QString name = text.trimmed();
    if (name.compare("last"_L1, Qt::CaseInsensitive) == 0) {
        const QList<ConversationInfo> all = store.conversations();
        const auto newest = std::max_element(
            all.cbegin(), all.cend(), [](const ConversationInfo &a, const ConversationInfo &b) {
                return a.updatedAt < b.updatedAt;
            });
        if (newest != all.cend())
            return newest->id;
        *error = tr("There are no conversations yet; orcli chat MODEL PROMPT starts one.");
        return 0;
    }
    bool ok = false;
    const qint64 id = name.toLongLong(&ok);
    if (!ok || id <= 0) {
        *error = tr("\"%1\" names no conversation: give its number (orcli history list shows "
                    "them) or \"last\".")
                     .arg(text);
        return 0;
    }
    const auto info = store.conversation(id);
    if (!info || info->deleted) {
        *error = tr("no conversation %1; `orcli history list` shows them").arg(id);
        return 0;
    }
    return id;
}

QString HistoryCommand::configure(const QCommandLineParser &parser) {
    static const QHash<QString, Action> actions{
        {u"list"_s, Action::List},     {u"ls"_s, Action::List},       {u"show"_s, Action::Show},
        {u"search"_s, Action::Search}, {u"export"_s, Action::Export}, {u"rm"_s, Action::Remove},
        {u"delete"_s, Action::Remove}};
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return tr("Missing ACTION: list, show, search, export or rm. Usage: %1.").arg(kUsage);
    const QString verb = args.takeFirst().toLower();
    if (!actions.contains(verb))
        return tr("Unknown history action \"%1\": use list, show, search, export or rm.").arg(verb);
    m_action = actions.value(verb);

    if (m_action == Action::List && !args.isEmpty())
        return tr("history list takes no argument; use --limit N for the newest N.");
    if (m_action == Action::Search) {
        m_text = args.join(u' ').trimmed();
        if (m_text.isEmpty())
            return tr("Missing TEXT: orcli history search TEXT, e.g. orcli history search "
                      "\"rate limit\".");
    }
    const bool needsId =
        m_action == Action::Show || m_action == Action::Export || m_action == Action::Remove;
    if (needsId && args.size() != 1)
        return tr("Give one conversation: its number or \"last\", e.g. orcli history %1 last.")
            .arg(verb);
    if (m_action == Action::Remove &&
        args.constFirst().compare("last"_L1, Qt::CaseInsensitive) == 0)
        return tr("history rm takes a number, not \"last\": see orcli history list.");

    if (parser.isSet(u"limit"_s)) {
        if (m_action != Action::List && m_action != Action::Search)
            return tr("--limit is for history list and history search.");
        qint64 n = 0;
        if (QString e = parsePositive(parser, u"limit"_s, 100000, &n); !e.isEmpty())
            return e;
        m_limit = int(n);
    }
    if ((parser.isSet(u"to"_s) || parser.isSet(u"output"_s)) && m_action != Action::Export)
        return tr("--to and --output are for history export.");
    if (parser.isSet(u"to"_s)) {
        const QString to = parser.value(u"to"_s).trimmed().toLower();
        if (to != "md"_L1 && to != "markdown"_L1 && to != "json"_L1)
            return tr("Unknown --to \"%1\": use md or json.").arg(parser.value(u"to"_s));
        m_markdown = to != "json"_L1;
    } else {
        m_markdown = m_action == Action::Export || m_global.markdown;
    }
    if (m_global.markdown && m_action != Action::Show)
        return m_action == Action::Export
                   ? tr("history export writes Markdown with --to md, not --format md.")
                   : m_global.markdownRefused();
    m_output = parser.value(u"output"_s);

    m_store = openStore(m_global.dataDir(), &m_storeError);
    if (!m_store)
        return {}; // start() reports it: a store that cannot open is no usage error
    QString error;
    if (needsId && !(m_id = resolve(*m_store, args.constFirst(), &error)))
        return error;
    return {};
}

void HistoryCommand::start() {
    if (!m_store) {
        fail(m_storeError, ExitCode::Other, u"store"_s);
        return;
    }
    // In the order of Action.
    static constexpr int (HistoryCommand::*kRun[])() = {
        &HistoryCommand::list, &HistoryCommand::show, &HistoryCommand::search,
        &HistoryCommand::exportTo, &HistoryCommand::remove};
    finish((this->*kRun[int(m_action)])());
}

int HistoryCommand::list() {
    QList<ConversationInfo> all = m_store->conversations();
    std::stable_sort(all.begin(), all.end(),
                     [](const ConversationInfo &a, const ConversationInfo &b) {
                         return a.updatedAt > b.updatedAt;
                     });
    if (m_limit > 0 && all.size() > m_limit)
        all.resize(m_limit);
    if (m_printer.format() == OutputFormat::Json) {
        QJsonArray rows;
        for (const ConversationInfo &c : all)
            rows.append(infoJson(c));
        m_printer.writeJson(rows);
        return ExitCode::Ok;
    }
    if (m_printer.format() == OutputFormat::Ndjson) {
        for (const ConversationInfo &c : all)
            m_printer.writeJsonLine(infoJson(c));
        return ExitCode::Ok;
    }
    if (all.isEmpty()) {
        m_printer.status(tr("No conversations yet; orcli chat MODEL PROMPT starts one."));
        return ExitCode::Ok;
    }
    const qsizetype idWidth = QString::number(all.constFirst().id).size() + 1;
    QString out;
    for (const ConversationInfo &c : all)
        out += QString::number(c.id).rightJustified(std::max<qsizetype>(idWidth, 4)) + u"  "_s +
               c.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) + u"  "_s +
               tr("%n message(s)", nullptr, c.messageCount).leftJustified(12) + u"  "_s + c.model +
               u"  "_s + oneLine(untitled(c.title)) + u'\n';
    m_printer.write(out);
    return ExitCode::Ok;
}

int HistoryCommand::show() {
    if (m_markdown) {
        m_printer.write(m_store->exportMarkdown(m_id));
        return ExitCode::Ok;
    }
    const auto info = m_store->conversation(m_id);
    if (!m_printer.isJson()) {
        m_printer.write(transcript(*info, m_store->thread(m_id)));
        return ExitCode::Ok;
    }
    QJsonObject json = m_store->exportJson(m_id);
    json.insert(u"id"_s, m_id);
    if (m_printer.format() == OutputFormat::Ndjson)
        m_printer.writeJsonLine(json);
    else
        m_printer.writeJson(json);
    return ExitCode::Ok;
}

int HistoryCommand::search() {
    const QList<SearchHit> hits = m_store->search(m_text, m_limit > 0 ? m_limit : 20);
    if (m_printer.isJson()) {
        QJsonArray rows;
        for (const SearchHit &h : hits) {
            const QJsonObject row{{u"conversation_id"_s, h.conversationId},
                                  {u"message_id"_s, h.messageId},
                                  {u"title"_s, h.conversationTitle},
                                  {u"role"_s, h.role},
                                  {u"snippet"_s, h.snippet}};
            if (m_printer.format() == OutputFormat::Ndjson)
                m_printer.writeJsonLine(row);
            else
                rows.append(row);
        }
        if (m_printer.format() == OutputFormat::Json)
            m_printer.writeJson(rows);
    } else {
        QString out;
        for (const SearchHit &h : hits)
            out += QString::number(h.conversationId).rightJustified(4) + u"  "_s +
                   oneLine(untitled(h.conversationTitle)) + u"  "_s + h.role + u": "_s +
                   oneLine(h.snippet) + u'\n';
        m_printer.write(out);
    }
    if (!hits.isEmpty())
        return ExitCode::Ok;
    m_printer.status(tr("No message matches \"%1\".").arg(m_text));
    return ExitCode::Other;
}

int HistoryCommand::exportTo() {
    const QByteArray bytes =
        m_markdown ? m_store->exportMarkdown(m_id).toUtf8()
                   : QJsonDocument(m_store->exportJson(m_id)).toJson(QJsonDocument::Indented);
    if (m_output.isEmpty() || m_output == "-"_L1) {
        m_printer.write(QString::fromUtf8(bytes));
        return ExitCode::Ok;
    }
    QSaveFile file(m_output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_printer.error(tr("Cannot write %1: %2. Nothing was written; choose another file with "
                           "-o.")
                            .arg(m_output, file.errorString()),
                        ExitCode::Other, u"io"_s);
        return ExitCode::Other;
    }
    m_printer.status(tr("Wrote %1.").arg(m_output));
    return ExitCode::Ok;
}

int HistoryCommand::remove() {
    const auto info = m_store->conversation(m_id);
    if (!m_store->deleteConversation(m_id)) {
        m_printer.error(tr("Cannot delete conversation %1: %2").arg(m_id).arg(m_store->lastError()),
                        ExitCode::Other, u"store"_s);
        return ExitCode::Other;
    }
    if (m_printer.isJson())
        m_printer.writeJson(QJsonObject{{u"deleted"_s, m_id}});
    else
        m_printer.status(tr("Deleted conversation %1 (%2).").arg(m_id).arg(untitled(info->title)));
    return ExitCode::Ok;
}

} // namespace orc::cli
