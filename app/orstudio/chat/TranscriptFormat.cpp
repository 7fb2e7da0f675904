#include "chat/TranscriptFormat.h"

#include "domain/ApiError.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace orc {

QString TranscriptFormat::roleTitle(const QString &role) {
    if (role == "user"_L1)
        return tr("You");
    if (role == "assistant"_L1)
        return tr("Assistant");
    if (role == "system"_L1)
        return tr("System");
    return role;
}

QString TranscriptFormat::stateBadge(StoredMessage::State state) {
    switch (state) {
    case StoredMessage::State::Complete:
        return {};
    case StoredMessage::State::Streaming:
        return tr("Streaming");
    case StoredMessage::State::Interrupted:
        return tr("Interrupted");
    case StoredMessage::State::Stopped:
        return tr("Stopped");
    case StoredMessage::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString TranscriptFormat::cost(double usd) {
    // The shortest text that reads back as the same double: exactly what the API sent.
    QString digits = QString::number(usd, 'f', QLocale::FloatingPointShortest);
    const qsizetype dot = digits.indexOf(u'.');
    if (dot < 0)
        digits += u".00"_s;
    else if (digits.size() - dot - 1 < 2)
        digits += QString(2 - (digits.size() - dot - 1), u'0');
    return u'$' + digits;
}

std::optional<double> TranscriptFormat::tokensPerSecond(const StoredMessage &m) {
    if (!m.usage || m.usage->completionTokens <= 0 || m.durationMs <= 0)
        return std::nullopt;
    qint64 generating = m.durationMs;
    if (m.timeToFirstTokenMs >= 0 && m.timeToFirstTokenMs < m.durationMs)
        generating -= m.timeToFirstTokenMs;
    if (generating <= 0)
        return std::nullopt;
    return double(m.usage->completionTokens) * 1000.0 / double(generating);
}

QString TranscriptFormat::statsLine(const StoredMessage &m) {
    const QLocale locale;
    QStringList parts;
    if (m.usage) {
        QString tokens = tr("%1 in · %2 out")
                             .arg(locale.toString(m.usage->promptTokens),
                                  locale.toString(m.usage->completionTokens));
        if (m.usage->reasoningTokens > 0)
            tokens += u' ' + tr("(%1 reasoning)").arg(locale.toString(m.usage->reasoningTokens));
        if (m.usage->cachedTokens > 0)
            tokens += u' ' + tr("(%1 cached)").arg(locale.toString(m.usage->cachedTokens));
        parts << tokens;
    }
    if (m.cost)
        parts << cost(*m.cost);
    if (m.timeToFirstTokenMs >= 0) {
        parts << (m.timeToFirstTokenMs < 1000
                      ? tr("first token %1 ms").arg(m.timeToFirstTokenMs)
                      : tr("first token %1 s")
                            .arg(locale.toString(m.timeToFirstTokenMs / 1000.0, 'f', 2)));
    }
    if (const auto rate = tokensPerSecond(m))
        parts << tr("%1 tok/s").arg(locale.toString(*rate, 'f', 1));
    if (!m.finishReason.isEmpty())
        parts << m.finishReason;
    if (!m.provider.isEmpty() && m.role == "assistant"_L1)
        parts << tr("served by %1").arg(m.provider);
    return parts.join(u" · "_s);
}

QString TranscriptFormat::fallbackNotice(const RoutingFallback &f, const StoredMessage &m) {
    if (f.otherModel)
        return tr("Fallback: %1 answered instead of %2.").arg(m.model, f.askedModel);
    if (f.otherProvider)
        return tr("Fallback: %1 served this instead of %2, the provider pinned first.")
            .arg(m.provider, f.askedProvider);
    return {};
}

QString TranscriptFormat::noEndpointConstraint(const StoredMessage &m) {
    if (m.state != StoredMessage::State::Failed ||
        m.error.value("kind"_L1).toString() != ApiError::kindName(ApiError::Kind::NoEndpoint))
        return {};
    return m.error.value("constraint"_L1).toString();
}

QString TranscriptFormat::modelLine(const StoredMessage &m) {
    if (m.model.isEmpty())
        return m.provider;
    if (m.provider.isEmpty())
        return m.model;
    return tr("%1 via %2").arg(m.model, m.provider);
}

QString TranscriptFormat::errorHtml(const StoredMessage &m) {
    const QString message = m.error.value(u"message"_s).toString();
    if (message.isEmpty())
        return m.errorText.toHtmlEscaped();
    QString html = u"<b>"_s + message.toHtmlEscaped() + u"</b>"_s;
    const QString detail = m.error.value(u"detail"_s).toString();
    const QString provider = m.error.value(u"provider"_s).toString();
    if (!detail.isEmpty())
        html += u" ("_s + (provider.isEmpty() ? QString() : provider.toHtmlEscaped() + u": "_s) +
                detail.toHtmlEscaped() + u')';
    const QString hint = m.error.value(u"hint"_s).toString();
    if (!hint.isEmpty())
        html += u"<br>"_s + hint.toHtmlEscaped();
    return html;
}

} // namespace orc
