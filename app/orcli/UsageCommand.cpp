#include "UsageCommand.h"

#include "ExitCode.h"
#include "SpendGate.h"
#include "store/CostLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace orc::cli {

UsageCommand::UsageCommand(Printer &printer, QObject *parent)
    : Command(printer, parent) {}

Command::Spec UsageCommand::spec() const {
    return {
        u"usage"_s,
        tr("Show what the studio and orcli spent, per day, model or provider"),
        tr("Sums the cost ledger that OR Studio and orcli share (every billed request, at the "
           "cost OpenRouter reported) per day (local time), model or provider, with a total. "
           "--format json prints {\"total_cost\", \"requests\", \"rows\"} with costs in USD; "
           "--format csv the same rows as CSV. Sends nothing and needs no API key."),
        {},
        QList<QCommandLineOption>{
            QCommandLineOption(u"since"_s,
                               tr("From this point on: a span back from now (7d, 24h, 2w, 3m) or "
                                  "a date (2026-11-01). Default: everything."),
                               u"WHEN"_s),
            QCommandLineOption(u"by"_s, tr("Group by day (default), model or provider."),
                               u"GROUP"_s),
            QCommandLineOption(u"origin"_s,
                               tr("Only the requests of the app or of orcli (cli). Default: both."),
                               u"app|cli"_s),
        },
        u"  orcli usage --since 7d\n"
        u"  orcli usage --by model --since 2026-11-01 --format json\n"
        u"  orcli usage --by provider --origin cli --format csv > spend.csv\n"_s};
}

QString UsageCommand::configure(const QCommandLineParser &parser) {
    if (QString e = readArgument(parser, nullptr); !e.isEmpty())
        return e;
    m_csv = m_global.csv;
    if (parser.isSet(u"since"_s)) {
        const auto since =
            UsageQuery::parseSince(parser.value(u"since"_s), QDateTime::currentDateTime());
        if (!since)
            return tr("Invalid --since \"%1\": give a span such as 7d, 24h, 2w or 3m, or a date "
                      "such as 2026-11-01.")
                .arg(parser.value(u"since"_s));
        m_query.since = *since;
    }
    if (parser.isSet(u"by"_s)) {
        const auto by = UsageQuery::groupFromName(parser.value(u"by"_s).trimmed());
        if (!by || *by == UsageQuery::GroupBy::UtcDay)
            return tr("Unknown --by \"%1\". Accepted: day, model, provider.")
                .arg(parser.value(u"by"_s));
        m_query.by = *by;
    }
    if (parser.isSet(u"origin"_s)) {
        const auto origin = LedgerEntry::originFromName(parser.value(u"origin"_s).trimmed());
        if (!origin)
            return tr("Unknown --origin \"%1\". Accepted: app, cli.")
                .arg(parser.value(u"origin"_s));
        m_query.origin = *origin;
    }
    return {};
}

void UsageCommand::start() {
    const QString path = CostLedger::pathIn(m_global.dataDir());
    UsageReport report; // no ledger yet: nothing was spent (and nothing is created)
    if (QFileInfo::exists(path)) {
        CostLedger ledger(path);
        QString error;
        const std::optional<UsageReport> read = ledger.usage(m_query, &error);
        if (!read) {
            fail(tr("Cannot read the cost ledger %1: %2").arg(path, error), ExitCode::Other,
                 u"io"_s);
            return;
        }
        report = *read;
    }
    m_printer.log(tr("cost ledger %1").arg(path));
    if (m_csv)
        m_printer.write(QString::fromUtf8(report.toCsv(m_query.by)));
    else if (m_printer.isJson())
        m_printer.write(QString::fromUtf8(toJson(report, m_query)));
    else
        m_printer.write(toText(report, m_query));
    finish(ExitCode::Ok);
}

namespace {

// `s` as a JSON string literal.
QString jsonString(const QString &s) {
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\')
            out += u'\\';
        if (u < 0x20)
            out += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
        else
            out += c;
    }
    out += u'"';
    return out;
}

} // namespace

QByteArray UsageCommand::toJson(const UsageReport &report, const UsageQuery &query) {
    QString out = u"{\n    \"total_cost\": "_s + Money::format(report.costNanoUsd) +
                  u",\n    \"requests\": "_s + QString::number(report.requests) +
                  u",\n    \"unpriced\": "_s + QString::number(report.unpriced) +
                  u",\n    \"by\": "_s + jsonString(UsageQuery::groupName(query.by)) +
                  u",\n    \"since\": "_s +
                  (query.since.isValid() ? jsonString(query.since.toUTC().toString(Qt::ISODate))
                                         : u"null"_s) +
                  u",\n    \"rows\": ["_s;
    out.reserve(out.size() + report.rows.size() * 180);
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        const UsageRow &row = report.rows.at(i);
        out += (i ? u",\n        {"_s : u"\n        {"_s) + u"\"key\": "_s + jsonString(row.key) +
               u", \"requests\": "_s + QString::number(row.requests) + u", \"cost\": "_s +
               Money::format(row.costNanoUsd) + u", \"unpriced\": "_s +
               QString::number(row.unpriced) + u", \"prompt_tokens\": "_s +
               QString::number(row.promptTokens) + u", \"completion_tokens\": "_s +
               QString::number(row.completionTokens) + u", \"reasoning_tokens\": "_s +
               QString::number(row.reasoningTokens) + u'}';
    }
    out += report.rows.isEmpty() ? u"]\n}\n"_s : u"\n    ]\n}\n"_s;
    return out.toUtf8();
}

QString UsageCommand::toText(const UsageReport &report, const UsageQuery &query) {
    const QString heading = query.by == UsageQuery::GroupBy::Model      ? tr("Model")
                            : query.by == UsageQuery::GroupBy::Provider ? tr("Provider")
                                                                        : tr("Day");
    struct Line {
        QString key, requests, cost, prompt, completion;
    };
    QList<Line> lines{
        {heading, tr("Requests"), tr("Cost (USD)"), tr("Prompt tokens"), tr("Completion tokens")}};
    for (const UsageRow &row : report.rows)
        lines.append({row.key.isEmpty() ? tr("(unknown)") : row.key, QString::number(row.requests),
                      Money::format(row.costNanoUsd), QString::number(row.promptTokens),
                      QString::number(row.completionTokens)});
    qint64 prompt = 0, completion = 0;
    for (const UsageRow &row : report.rows) {
        prompt += row.promptTokens;
        completion += row.completionTokens;
    }
    const Line total{tr("Total"), QString::number(report.requests),
                     Money::format(report.costNanoUsd), QString::number(prompt),
                     QString::number(completion)};
    lines.append(total);
    qsizetype w[5] = {0, 0, 0, 0, 0};
    for (const Line &l : std::as_const(lines)) {
        const QString *cells[5] = {&l.key, &l.requests, &l.cost, &l.prompt, &l.completion};
        for (int c = 0; c < 5; ++c)
            w[c] = std::max(w[c], cells[c]->size());
    }
    const auto format = [&w](const Line &l) -> QString {
        return l.key.leftJustified(w[0]) + u"  "_s + l.requests.rightJustified(w[1]) + u"  "_s +
               l.cost.rightJustified(w[2]) + u"  "_s + l.prompt.rightJustified(w[3]) + u"  "_s +
               l.completion.rightJustified(w[4]) + u'\n';
    };
    QString out;
    out.reserve((w[0] + w[1] + w[2] + w[3] + w[4] + 10) * (lines.size() + 1));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        out += format(lines.at(i));
    out += QString(w[0] + w[1] + w[2] + w[3] + w[4] + 8, u'-') + u'\n';
    out += format(total);
    if (report.unpriced > 0)
        out += tr("%n request(s) without a known cost yet (not in the total).", nullptr,
                  int(report.unpriced)) +
               u'\n';
    return out;
}

} // namespace orc::cli
