#include "CatalogReport.h"

#include "domain/TimeSpan.h"

#include "domain/ModelLifecycle.h"
#include "domain/PriceTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

QString day(const QDateTime &at) {
    return at.toUTC().date().toString(Qt::ISODate);
}

QString changeLine(const CatalogChange &c) {
    QString line = u"  "_s + day(c.seenAt) + u"  "_s + c.modelId;
    if (c.kind != CatalogChange::Kind::Changed)
        return c.modelName.isEmpty() || c.modelName == c.modelId ? line
                                                                 : line + u"  "_s + c.modelName;
    line += u"  "_s + CatalogDiff::fieldLabel(c.field) + u": "_s +
            CatalogDiff::displayValue(c.field, c.oldValue) + u" -> "_s +
            CatalogDiff::displayValue(c.field, c.newValue);
    const QString percent = CatalogDiff::percentText(c.field, c.oldValue, c.newValue);
    return percent.isEmpty() ? line : line + u" ("_s + percent + u')';
}

QString tokens(qint64 n) {
    return n > 0 ? QLocale().toString(n) : CatalogReport::tr("not published");
}

QString list(const QStringList &items) {
    return items.isEmpty() ? CatalogReport::tr("none") : items.join(u", "_s);
}

QString number(const std::optional<double> &value) {
    return value ? QString::number(*value) : CatalogReport::tr("n/a");
}

} // namespace

QString CatalogReport::parseSince(const QString &text, const QDateTime &now, QDateTime *since) {
    // Dates are UTC midnights, as the history records UTC times.
    if (const std::optional<QDateTime> at = orc::parseSince(text, now, Qt::UTC)) {
        *since = at->toUTC();
        return {};
    }
    return tr("Invalid --since \"%1\": give a duration such as 7d, 12h or 2w, or a date such as "
              "2026-12-01.")
        .arg(text);
}

QString CatalogReport::changesText(const QList<CatalogChange> &changes, const QDateTime &since) {
    if (changes.isEmpty())
        return tr("No catalogue changes since %1.").arg(day(since)) + u'\n';
    QString text;
    const struct {
        CatalogChange::Kind kind;
        const char *title;
    } sections[] = {
        {CatalogChange::Kind::Added, QT_TR_NOOP("Added (%1)")},
        {CatalogChange::Kind::Removed, QT_TR_NOOP("Removed (%1)")},
        {CatalogChange::Kind::Changed, QT_TR_NOOP("Changed (%1)")},
    };
    for (const auto &section : sections) {
        QStringList lines;
        for (const CatalogChange &c : changes) {
            if (c.kind == section.kind)
                lines << changeLine(c);
        }
        if (!lines.isEmpty())
            text += tr(section.title).arg(lines.size()) + u'\n' + lines.join(u'\n') + u'\n';
    }
    return text;
}

QString CatalogReport::expiringLine(const ModelInfo &model, QDate today) {
    return model.id().leftJustified(50) + u' ' + ModelLifecycle::expirationText(model, today);
}

QJsonObject CatalogReport::modelJson(const ModelInfo &model, QDate today) {
    QJsonObject o = model.toJson();
    if (const std::optional<qint64> left = ModelLifecycle::daysLeft(model, today))
        o.insert(u"days_left"_s, *left);
    return o;
}

QString CatalogReport::showText(const ModelInfo &m, QDate today) {
    QStringList lines;
    const auto add = [&](const QString &label, const QString &value) {
        lines << QString(label + u':').leftJustified(22) + u' ' + value;
    };
    add(tr("Id"), m.id());
    add(tr("Name"), m.displayName());
    if (!m.canonicalSlug().isEmpty() && m.canonicalSlug() != m.id())
        add(tr("Canonical slug"), m.canonicalSlug());
    if (m.aliasTarget())
        add(tr("Alias of"), m.aliasTarget()->slug);
    add(tr("Author"), m.author());
    if (!m.huggingFaceId().isEmpty())
        add(tr("Hugging Face"), m.huggingFaceId());
    add(tr("Added"),
        m.created().isValid() ? m.created().date().toString(Qt::ISODate) : tr("unknown"));
    add(tr("Knowledge cutoff"), m.knowledgeCutoff().isValid()
                                    ? m.knowledgeCutoff().toString(Qt::ISODate)
                                    : tr("not published"));
    add(tr("Expires"), m.expirationDate().isValid() ? ModelLifecycle::expirationText(m, today)
                                                    : tr("no expiration date"));
    add(tr("Context length"), tokens(m.effectiveContextLength()));
    add(tr("Max output"), tokens(m.topProvider().maxCompletionTokens));
    if (const std::optional<ModelRequestLimits> &limits = m.perRequestLimits())
        add(tr("Per-request limits"),
            tr("%1 prompt, %2 completion tokens")
                .arg(tokens(limits->promptTokens), tokens(limits->completionTokens)));
    add(tr("Moderated"), m.topProvider().isModerated ? tr("yes") : tr("no"));
    add(tr("Input"), list(m.inputModalities()));
    add(tr("Output"), list(m.outputModalities()));
    if (!m.architecture().tokenizer.isEmpty())
        add(tr("Tokenizer"), m.architecture().tokenizer);
    lines << tr("Pricing:");
    if (!m.pricing().isKnown())
        lines << u"  "_s + tr("not published");
    for (const PriceTable::Row &r : PriceTable::rows(m.pricing())) {
        const ModelPrice p = m.pricing().price(r.key);
        const bool bare = p.variable || p.value == 0 || r.unit.isEmpty();
        lines << u"  "_s + QString(r.label + u':').leftJustified(24) + u' ' +
                     (bare ? r.price : r.price + u' ' + r.unit);
    }
    if (!m.pricing().overrides().isEmpty())
        lines << u"  "_s + tr("%n conditional price rule(s) (see --format json)", nullptr,
                              int(m.pricing().overrides().size()));
    if (const std::optional<ModelReasoning> &r = m.reasoning()) {
        QStringList facts;
        facts << (r->mandatory ? tr("always on") : tr("optional"));
        if (r->supportedEfforts)
            facts << tr("efforts %1").arg(list(*r->supportedEfforts));
        if (!r->defaultEffort.isEmpty())
            facts << tr("default %1").arg(r->defaultEffort);
        if (r->supportsMaxTokens)
            facts << tr("max_tokens budget");
        add(tr("Reasoning"), facts.join(u"; "_s));
    }
    add(tr("Parameters"), list(m.supportedParameters()));
    if (!m.defaultParameters().isEmpty()) {
        QStringList defaults;
        const QJsonObject &d = m.defaultParameters();
        for (auto it = d.begin(); it != d.end(); ++it) {
            if (!it.value().isNull())
                defaults << it.key() + u'=' + it.value().toVariant().toString();
        }
        if (!defaults.isEmpty())
            add(tr("Defaults"), defaults.join(u", "_s));
    }
    if (!m.supportedVoices().isEmpty())
        add(tr("Voices"), list(m.supportedVoices()));
    const ModelBenchmarks b = ModelBenchmarks::fromJson(m.benchmarks());
    if (b.intelligenceIndex || b.codingIndex || b.agenticIndex)
        add(tr("Artificial Analysis"),
            tr("intelligence %1, coding %2, agentic %3")
                .arg(number(b.intelligenceIndex), number(b.codingIndex), number(b.agenticIndex)));
    for (const ModelArenaScore &s : b.designArena)
        add(tr("Design Arena"),
            tr("%1/%2: rank %3, Elo %4, win rate %5 %")
                .arg(s.arena, s.category, s.rank ? QString::number(*s.rank) : tr("n/a"),
                     number(s.elo), number(s.winRate)));
    if (!m.detailsPath().isEmpty())
        add(tr("Endpoints"), m.detailsPath());
    if (!m.description().isEmpty())
        lines << QString() << m.description();
    return lines.join(u'\n') + u'\n';
}

} // namespace orc::cli
