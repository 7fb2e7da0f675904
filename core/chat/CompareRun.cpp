#include "CompareRun.h"

#include "api/OpenRouterClient.h"
#include "store/CostLedger.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("orc::CompareRun", text);
}

std::optional<double> median(QList<double> values) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// The median of `pick` over the completed runs that have the number.
std::optional<double>
medianOf(const QList<ChatResult> &runs,
         const std::function<std::optional<double>(const ChatResult &)> &pick) {
    QList<double> values;
    for (const ChatResult &r : runs)
        if (r.ok())
            if (const std::optional<double> v = pick(r))
                values.append(*v);
    return median(values);
}

} // namespace

std::optional<CompareTarget> CompareTarget::parse(const QString &text, QString *error) {
    const QString t = text.trimmed();
    // "@preset/slug" starts with '@': the pin separator is the last '@' after the first char.
    const qsizetype at = t.lastIndexOf(u'@');
    CompareTarget target;
    if (at > 0) {
        target.model = t.left(at).trimmed();
        target.provider = t.mid(at + 1).trimmed();
        if (target.provider.isEmpty()) {
            if (error)
                *error = tr("\"%1\" names no provider after \"@\" (write model@provider).").arg(t);
            return std::nullopt;
        }
    } else {
        target.model = t;
    }
    if (target.model.isEmpty()) {
        if (error)
            *error = tr("A comparison target needs a model id.");
        return std::nullopt;
    }
    return target;
}

QString CompareTarget::label() const {
    return provider.isEmpty() ? model : model + u'@' + provider;
}

std::optional<double> CompareOutcome::tokensPerSecond(const ChatResult &result) {
    if (!result.usage || result.usage->completionTokens <= 0 || result.timeToFirstTokenMs < 0)
        return std::nullopt;
    const qint64 generatingMs = result.durationMs - result.timeToFirstTokenMs;
    if (generatingMs <= 0)
        return std::nullopt;
    return double(result.usage->completionTokens) * 1000.0 / double(generatingMs);
}

std::optional<double> CompareOutcome::medianTtftMs() const {
    return medianOf(runs, [](const ChatResult &r) -> std::optional<double> {
        return r.timeToFirstTokenMs >= 0 ? std::optional<double>(r.timeToFirstTokenMs)
                                         : std::nullopt;
    });
}

std::optional<double> CompareOutcome::medianTokensPerSecond() const {
    return medianOf(runs, &CompareOutcome::tokensPerSecond);
}

std::optional<double> CompareOutcome::medianDurationMs() const {
    return medianOf(runs, [](const ChatResult &r) { return std::optional<double>(r.durationMs); });
}

std::optional<double> CompareOutcome::medianCostUsd() const {
    return medianOf(runs, [](const ChatResult &r) -> std::optional<double> {
        return r.usage ? r.usage->cost : std::nullopt;
    });
}

bool CompareOutcome::allOk() const {
    return !runs.isEmpty() &&
           std::all_of(runs.cbegin(), runs.cend(), [](const ChatResult &r) { return r.ok(); });
}

CompareRun::CompareRun(OpenRouterClient *client, ChatRequest base, QList<CompareTarget> targets,
                       int runs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_base(std::move(base))
    , m_rounds(std::max(runs, 1)) {
    for (CompareTarget &target : targets)
        m_outcomes.append(CompareOutcome{std::move(target), {}});
    m_streams.resize(m_outcomes.size());
}

CompareRun::~CompareRun() {
    for (const QPointer<ChatStream> &stream : std::as_const(m_streams))
        if (stream) {
            stream->disconnect(this);
            stream->cancel();
            stream->deleteLater();
        }
}

void CompareRun::setLedger(CostLedger *ledger, LedgerEntry::Origin origin) {
    m_ledger = ledger;
    m_origin = origin;
}

ChatRequest CompareRun::requestFor(int index) const {
    ChatRequest request = m_base;
    const CompareTarget &target = m_outcomes.at(index).target;
    request.model = target.model;
    if (!target.provider.isEmpty()) {
        request.provider.only = {target.provider};
        request.provider.order.clear();
        request.provider.allowFallbacks = false;
        request.models.clear(); // a pinned column measures that provider, nothing else
    }
    return request;
}

void CompareRun::start() {
    if (m_outcomes.isEmpty()) {
        m_finished = true;
        emit finished();
        return;
    }
    m_round = 0;
    startRound();
}

void CompareRun::startRound() {
    emit roundStarted(m_round);
    m_running = int(m_outcomes.size());
    for (int i = 0; i < m_outcomes.size(); ++i) {
        ChatStream *stream = m_client->chat(requestFor(i));
        m_streams[i] = stream;
        connect(stream, &ChatStream::contentDelta, this,
                [this, i](const QString &text) { emit contentDelta(i, text); });
        connect(stream, &ChatStream::reasoningDelta, this,
                [this, i](const QString &text) { emit reasoningDelta(i, text); });
        connect(stream, &ChatStream::finished, this, [this, i] { onStreamFinished(i); });
    }
}

void CompareRun::onStreamFinished(int index) {
    ChatStream *stream = m_streams.at(index);
    if (!stream)
        return;
    const ChatResult result = stream->result();
    m_streams[index] = nullptr;
    stream->deleteLater();
    m_outcomes[index].runs.append(result);
    if (m_ledger && !result.id.isEmpty()) {
        // A reply cut off before its usage is recorded too, to complete from /generation.
        LedgerEntry entry = LedgerEntry::fromChatResult(result, u"compare"_s, m_origin);
        if (entry.model.isEmpty())
            entry.model = m_outcomes.at(index).target.model;
        m_ledger->record(entry);
    }
    emit targetFinished(index, result);
    if (--m_running > 0)
        return;
    if (!m_cancelled && m_round + 1 < m_rounds) {
        ++m_round;
        startRound();
        return;
    }
    m_finished = true;
    emit finished();
}

void CompareRun::cancel() {
    if (m_finished)
        return;
    m_cancelled = true;
    for (const QPointer<ChatStream> &stream : std::as_const(m_streams))
        if (stream)
            stream->cancel();
}

} // namespace orc
