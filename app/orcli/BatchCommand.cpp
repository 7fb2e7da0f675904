#include "BatchCommand.h"

#include "RoutingOptions.h"

#include "ExitCode.h"
#include "api/OpenRouterClient.h"
#include "domain/ChatRequest.h"
#include "domain/ModelInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace orc::cli {

BatchCommand::BatchCommand(Printer &printer, QObject *parent)
    : CatalogCommand(printer, parent) {
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, &BatchCommand::launchMore);
}

Command::Spec BatchCommand::spec() const {
    return {
        u"batch"_s,
        tr("Run many chat requests from a JSONL file, concurrently and resumably"),
        tr("Reads one request per line from IN (\"-\" reads stdin): a JSON object with \"id\", "
           "\"model\", and \"prompt\" (plus optional \"system\") or \"messages\"; any other key "
           "(max_tokens, temperature, response_format, reasoning, provider...) is sent as is. "
           "The whole file is checked before anything is sent. Writes one JSON line per "
           "request as it finishes: {\"id\",\"ok\":true,\"content\",\"usage\",\"cost\",...} or "
           "{\"id\",\"ok\":false,\"error\",...}, to OUT or stdout. Requests run concurrently; a "
           "429 pauses them all (shared backoff); 401/402 stop the run. Re-running with the "
           "same OUT skips the ids that already succeeded there and retries the rest. A "
           "progress bar shows on stderr when it is a terminal; a summary (done, failed, "
           "tokens, cost, wall time) ends the run. Exit code: 0 when every request "
           "succeeded, else the code of the first failed line."),
        {{u"IN.jsonl"_s, tr("The requests, one JSON object per line; \"-\" reads stdin.")}},
        QList<QCommandLineOption>{
            QCommandLineOption({u"output"_s, u"o"_s},
                               tr("Append results to this JSONL file (resumable); default stdout."),
                               u"OUT.jsonl"_s),
            QCommandLineOption(u"concurrency"_s,
                               tr("Requests in flight at once (default 4, max 64)."), u"N"_s),
            QCommandLineOption(u"model"_s, tr("Model for lines that name none."), u"MODEL"_s),
            QCommandLineOption(u"progress"_s,
                               tr("Show the progress bar even when stderr is not a terminal.")),
        } + RoutingOptions::options() +
            SpendGate::options(),
        u"  orcli batch questions.jsonl -o answers.jsonl --concurrency 8\n"
        u"  printf '%s\\n' '{\"id\":\"a\",\"prompt\":\"Hi\"}' | orcli batch - --model "
        u"openai/gpt-4o-mini\n"_s};
}

QString BatchCommand::configure(const QCommandLineParser &parser) {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return tr("Give exactly one input file. Usage: orcli batch IN.jsonl [-o OUT.jsonl].");
    if (QString e = m_spend.read(parser, m_global.dataDir()); !e.isEmpty())
        return e;
    if (parser.isSet(u"concurrency"_s)) {
        qint64 n = 0;
        if (QString e = parsePositive(parser, u"concurrency"_s, 64, &n); !e.isEmpty())
            return e;
        m_concurrency = int(n);
    }
    QByteArray data;
    m_inputName = args.constFirst();
    if (m_inputName == "-"_L1) {
        m_inputName = u"stdin"_s;
        data = readStdin();
    } else {
        QFile in(args.constFirst());
        if (QFileInfo(in).isDir() || !in.open(QIODevice::ReadOnly))
            return tr("Cannot read the batch file \"%1\": %2.")
                .arg(args.constFirst(),
                     QFileInfo(in).isDir() ? tr("it is a folder") : in.errorString());
        data = in.readAll();
    }
    QString error;
    const auto items = BatchInput::parse(data, m_inputName, parser.value(u"model"_s), &error);
    if (!items)
        return error;
    m_items = *items;
    RoutingOptions routing;
    if (QString e = readRouting(parser, &routing); !e.isEmpty())
        return e;
    applyRouting(routing);
    m_attempts = QList<int>(m_items.size(), 0);

    m_outputPath = parser.value(u"output"_s);
    if (!m_outputPath.isEmpty() && !m_global.dryRun && !m_spend.estimateOnly()) {
        if (!m_output.open(m_outputPath, &error))
            return error;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_output.succeededIds().contains(m_items.at(i).id))
            ++m_skipped;
        else
            m_queue.push_back(i);
    }
    // Retries are decided here (shared 429 backoff), so each call makes one attempt.
    m_maxAttempts = m_config.retry.maxAttempts;
    m_config.retry.maxAttempts = 1;
    m_showProgress = parser.isSet(u"progress"_s) || m_printer.errIsTerminal();
    m_printer.setProgressEnabled(m_showProgress);
    return {};
}

void BatchCommand::applyRouting(const RoutingOptions &routing) {
    // The flags are the defaults of every line: a line's own "provider" keys win, and its own
    // "models" list replaces --models.
    const QJsonObject flags = routing.preferences.toProviderObject();
    for (BatchItem &item : m_items) {
        QJsonObject &extra = item.request.extra;
        if (!flags.isEmpty()) {
            QJsonObject provider = flags;
            const QJsonObject own = extra.value(u"provider"_s).toObject();
            for (auto it = own.begin(); it != own.end(); ++it)
                provider.insert(it.key(), it.value());
            extra.insert(u"provider"_s, provider);
        }
        if (!routing.models.isEmpty() && !extra.contains(u"models"_s))
            item.request.models = routing.models;
    }
}

void BatchCommand::start() {
    if (m_global.dryRun) {
        for (int index : m_queue) {
            const BatchItem &item = m_items.at(index);
            QJsonObject line = dryRun(Endpoints::chatCompletions(item.request));
            line.insert(u"id"_s, item.id);
            m_printer.writeJsonLine(line);
        }
        finish(ExitCode::Ok);
        return;
    }
    passSpendGate(
        m_spend, [this](const QList<ModelInfo> &catalog) { return estimate(catalog); },
        [this] { run(); });
}

CostRange BatchCommand::estimate(const QList<ModelInfo> &catalog) const {
    CostRange sum;
    for (int index : m_queue) {
        ChatRequest request = m_items.at(index).request;
        // A line's own max_tokens travels in its extra keys.
        for (const char *key : {"max_tokens", "max_completion_tokens"}) {
            const QJsonValue v = request.extra.value(QLatin1String(key));
            if (!request.maxTokens && v.isDouble() && v.toInteger() > 0)
                request.maxTokens = int(std::min<qint64>(v.toInteger(), 100'000'000));
        }
        sum += SpendGate::chatCost(request, catalog);
    }
    return sum;
}

void BatchCommand::run() {
    m_clock.start();
    if (m_skipped > 0)
        m_printer.status(tr("Resuming: %n request(s) already succeeded in %1 and are skipped.",
                            nullptr, m_skipped)
                             .arg(m_outputPath));
    launchMore();
}

void BatchCommand::launchMore() {
    if (!m_stopping && !m_pausedUntil.hasExpired()) {
        m_resume.start(int(std::max<qint64>(1, m_pausedUntil.remainingTime())));
        return;
    }
    while (!m_stopping && m_running.size() < m_concurrency && !m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        launch(index);
    }
    showProgress();
    maybeDone();
}

void BatchCommand::launch(int index) {
    ++m_attempts[index];
    ChatStream *stream = client()->chat(m_items.at(index).request);
    m_running.insert(stream, index);
    trace(stream->call());
    connect(stream, &ChatStream::finished, this, [this, stream] { onFinished(stream); });
}

void BatchCommand::onFinished(ChatStream *stream) {
    const int index = m_running.take(stream);
    stream->deleteLater();
    const ChatResult &result = stream->result();
    const BatchItem &item = m_items.at(index);
    const int attempts = m_attempts.at(index);
    if (!result.id.isEmpty()) {
        LedgerEntry entry =
            LedgerEntry::fromChatResult(result, u"batch"_s, LedgerEntry::Origin::Cli);
        if (entry.model.isEmpty())
            entry.model = item.request.model;
        m_spend.record(m_printer, entry);
    }
    if (result.usage && result.usage->cost)
        m_runCost += *result.usage->cost;
    if (!m_stopping && m_spend.crossed(m_printer, m_runCost)) {
        // Stop at the budget: nothing new starts, what runs is cancelled (left for a re-run).
        m_stopping = true;
        m_stopCode = ExitCode::OverBudget;
        const QList<ChatStream *> running = m_running.keys();
        for (ChatStream *other : running)
            other->cancel();
    }

    if (result.state == ChatResult::State::Cancelled) {
        launchMore();
        return;
    }
    if (result.ok()) {
        QJsonObject line{{u"id"_s, item.id},
                         {u"ok"_s, true},
                         {u"model"_s, result.model.isEmpty() ? item.request.model : result.model},
                         {u"provider"_s, result.provider},
                         {u"content"_s, result.content},
                         {u"finish_reason"_s, result.finishReason},
                         {u"usage"_s, result.usage ? QJsonValue(result.usage->toJson())
                                                   : QJsonValue(QJsonValue::Null)},
                         {u"cost"_s, result.usage && result.usage->cost
                                         ? QJsonValue(*result.usage->cost)
                                         : QJsonValue(QJsonValue::Null)},
                         {u"generation_id"_s, result.id},
                         {u"attempts"_s, attempts},
                         {u"duration_ms"_s, result.durationMs}};
        if (!result.reasoning.isEmpty())
            line.insert(u"reasoning"_s, result.reasoning);
        if (!result.toolCalls.isEmpty())
            line.insert(u"tool_calls"_s, result.toJson().value("tool_calls"_L1));
        if (result.usage) {
            m_tokens += result.usage->totalTokens;
        }
        ++m_done;
        record(index, line, true);
        launchMore();
        return;
    }

    const ApiError &error = result.error;
    const int code = error.isError() ? exitCodeFor(error.kind) : int(ExitCode::Other);
    RetryPolicy policy = m_config.retry;
    policy.maxAttempts = m_maxAttempts;
    const std::optional<int> delay =
        error.retryable && !m_stopping
            ? policy.nextDelayMs(attempts,
                                 error.retryAfterMs >= 0 ? std::optional<int>(error.retryAfterMs)
                                                         : std::nullopt,
                                 QRandomGenerator::global()->generateDouble())
            : std::nullopt;
    if (delay) {
        const QString why = error.httpStatus > 0 ? u"HTTP "_s + QString::number(error.httpStatus)
                                                 : ApiError::kindName(error.kind);
        m_printer.status(tr("%1: retrying in %2s (attempt %3/%4)... [%5]")
                             .arg(item.id, QString::number(*delay / 1000.0, 'g', 3))
                             .arg(attempts)
                             .arg(m_maxAttempts)
                             .arg(why));
        if (error.kind == ApiError::Kind::RateLimited) {
            // Shared backoff: nothing new starts until the server's wait is over.
            if (m_pausedUntil.hasExpired() || m_pausedUntil.remainingTime() < *delay)
                m_pausedUntil.setRemainingTime(*delay);
            m_queue.push_front(index);
        } else {
            // Owned timers, so that Ctrl-C can stop the waits (see cancel()).
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            m_retryWaits.append(timer);
            connect(timer, &QTimer::timeout, this, [this, index, timer] {
                m_retryWaits.removeOne(timer);
                timer->deleteLater();
                if (!m_stopping)
                    m_queue.push_front(index);
                launchMore();
            });
            timer->start(*delay);
        }
        launchMore();
        return;
    }
    if (error.kind == ApiError::Kind::Auth || error.kind == ApiError::Kind::Credits) {
        // Every other request would fail the same way: stop, and leave them for a re-run.
        if (!m_stopping) {
            m_stopping = true;
            m_stopCode = code;
            m_printer.error(error, code);
        }
        launchMore();
        return;
    }
    ++m_failed;
    if (m_firstFailureIndex < 0 || index < m_firstFailureIndex) {
        m_firstFailureIndex = index;
        m_firstFailureCode = code;
    }
    record(index,
           {{u"id"_s, item.id},
            {u"ok"_s, false},
            {u"model"_s, item.request.model},
            {u"error"_s, error.toJson()},
            {u"exit_code"_s, code},
            {u"attempts"_s, attempts}},
           false);
    launchMore();
}

void BatchCommand::record(int index, const QJsonObject &line, bool ok) {
    Q_UNUSED(index)
    Q_UNUSED(ok)
    if (m_outputPath.isEmpty()) {
        m_printer.writeJsonLine(line);
        m_printer.flush();
        return;
    }
    QString error;
    if (!m_output.append(line, &error) && !m_stopping) {
        m_stopping = true;
        m_stopCode = ExitCode::Other;
        m_printer.error(error, ExitCode::Other, u"io"_s);
    }
}

void BatchCommand::showProgress() {
    if (!m_showProgress)
        return;
    const int total = int(m_items.size()) - m_skipped;
    const int finished = m_done + m_failed;
    constexpr int kWidth = 24;
    const int filled = total > 0 ? finished * kWidth / total : kWidth;
    m_printer.progress(u"["_s + QString(filled, u'#') + QString(kWidth - filled, u'.') + u"] "_s +
                       tr("%1/%2 done, %3 failed, %4 running")
                           .arg(finished)
                           .arg(total)
                           .arg(m_failed)
                           .arg(m_running.size()));
}

void BatchCommand::maybeDone() {
    if (isFinished() || !m_running.isEmpty() || !m_retryWaits.isEmpty())
        return;
    if (!m_stopping && !m_queue.empty())
        return;
    if (!m_stopping && !m_pausedUntil.hasExpired() && !m_queue.empty())
        return;
    m_printer.clearProgress();
    printSummary();
    int code = ExitCode::Ok;
    if (m_cancelled)
        code = ExitCode::Cancelled;
    else if (m_stopCode != 0)
        code = m_stopCode;
    else if (m_failed > 0)
        code = m_firstFailureCode;
    finish(code);
}

void BatchCommand::printSummary() {
    const int notRun = int(m_items.size()) - m_skipped - m_done - m_failed;
    const double seconds = m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0;
    if (m_printer.isJson()) {
        m_printer.writeErr(Printer::compactJson(QJsonObject{
                               {u"summary"_s, QJsonObject{{u"done"_s, m_done},
                                                          {u"failed"_s, m_failed},
                                                          {u"skipped"_s, m_skipped},
                                                          {u"not_run"_s, notRun},
                                                          {u"tokens"_s, m_tokens},
                                                          {u"cost"_s, m_runCost},
                                                          {u"wall_ms"_s, qint64(seconds * 1000)},
                                                          {u"cancelled"_s, m_cancelled}}}}) +
                           u'\n');
        return;
    }
    QString text = tr("Batch: %1 done, %2 failed, %3 skipped; %4 tokens; cost %5; %6 s")
                       .arg(m_done)
                       .arg(m_failed)
                       .arg(m_skipped)
                       .arg(m_tokens)
                       .arg(Printer::exactUsd(m_runCost))
                       .arg(QString::number(seconds, 'f', 1));
    if (notRun > 0)
        text += u"; "_s +
                tr("%n request(s) not run: run the same command again to resume", nullptr, notRun);
    if (m_cancelled)
        text += u" ("_s + tr("cancelled") + u')';
    m_printer.status(text);
}

void BatchCommand::cancel() {
    if (isFinished())
        return;
    m_cancelled = true;
    m_stopping = true;
    // Nothing waits out a backoff once cancelled: the requests waiting are left for a re-run.
    m_resume.stop();
    qDeleteAll(m_retryWaits);
    m_retryWaits.clear();
    const QList<ChatStream *> running = m_running.keys();
    for (ChatStream *stream : running)
        stream->cancel();
    maybeDone();
}

} // namespace orc::cli
