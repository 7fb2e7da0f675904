#include "catalog/ModelDetailsDocument.h"

#include "domain/ModelLifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml) {
    return u"<tr><td style=\"padding-right:16px; color:#5f6b7a\">"_s + esc(label) + u"</td><td>"_s +
           valueHtml + u"</td></tr>"_s;
}

QString tableHtml(const QString &rows) {
    return u"<table cellspacing=\"0\" cellpadding=\"2\">"_s + rows + u"</table>"_s;
}

QString section(const QString &title) {
    return u"<h3 style=\"margin-top:14px\">"_s + esc(title) + u"</h3>"_s;
}

QString tokens(qint64 count) {
    return ModelDetailsDocument::tr("%1 tokens").arg(QLocale().toString(count));
}

QString codeList(const QStringList &items) {
    QStringList parts;
    parts.reserve(items.size());
    for (const QString &item : items)
        parts.append(u"<code>"_s + esc(item) + u"</code>"_s);
    return parts.join(u", "_s);
}

QString hhmm(int value) {
    return u"%1:%2"_s.arg(value / 100, 2, 10, QChar(u'0')).arg(value % 100, 2, 10, QChar(u'0'));
}

} // namespace

QList<ModelDetailsDocument::PriceRow> ModelDetailsDocument::priceRows(const ModelPricing &pricing) {
    return PriceTable::rows(pricing);
}

QStringList ModelDetailsDocument::capabilityLabels(ModelCapabilities capabilities) {
    const QList<QPair<ModelCapability, QString>> labels{
        {ModelCapability::Vision, tr("Vision (image input)")},
        {ModelCapability::ImageOutput, tr("Image generation")},
        {ModelCapability::AudioInput, tr("Audio input")},
        {ModelCapability::FileInput, tr("File input")},
        {ModelCapability::Tools, tr("Tool calling")},
        {ModelCapability::Reasoning, tr("Reasoning")},
        {ModelCapability::StructuredOutputs, tr("Structured outputs")},
        {ModelCapability::ResponseFormat, tr("JSON mode")},
        {ModelCapability::LongContext, tr("Long context")},
        {ModelCapability::Free, tr("Free")},
    };
    QStringList result;
    for (const auto &[capability, label] : labels) {
        if (capabilities.testFlag(capability))
            result.append(label);
    }
    return result;
}

QString ModelDetailsDocument::headerHtml(const ModelInfo &model) {
    QString html = u"<h2 style=\"margin-bottom:2px\">"_s + esc(model.displayName()) + u"</h2>"_s;
    QStringList facts;
    facts.append(u"<code>"_s + esc(model.id()) + u"</code>"_s);
    if (!model.author().isEmpty())
        facts.append(tr("by %1").arg(u"<b>"_s + esc(model.author()) + u"</b>"_s));
    if (model.created().isValid())
        facts.append(tr("added %1").arg(esc(model.created().date().toString(Qt::ISODate))));
    html += u"<p>"_s + facts.join(u" \u00b7 "_s) + u"</p>"_s;
    if (const std::optional<qint64> left = ModelLifecycle::daysLeft(model)) {
        const QString date = model.expirationDate().toString(Qt::ISODate);
        html += u"<p style=\"color:#b3261e\"><b>"_s +
                esc(*left < 0 ? tr("This model was retired on %1 (%2).")
                                    .arg(date, ModelLifecycle::daysText(*left))
                              : tr("This model is being retired on %1 (%2).")
                                    .arg(date, ModelLifecycle::daysText(*left))) +
                u"</b></p>"_s;
    }
    return html;
}

QString ModelDetailsDocument::pricingHtml(const ModelInfo &model) {
    QString html = section(tr("Pricing"));
    const ModelPricing &pricing = model.pricing();
    if (!pricing.isKnown())
        return html + u"<p>"_s + esc(tr("The catalogue publishes no prices for this model.")) +
               u"</p>"_s;
    QString rows;
    for (const PriceRow &r : priceRows(pricing)) {
        rows += u"<tr><td style=\"padding-right:16px; color:#5f6b7a\">"_s + esc(r.label) +
                u"</td><td align=\"right\" style=\"padding-right:8px\"><b>"_s + esc(r.price) +
                u"</b></td><td style=\"color:#5f6b7a\">"_s + esc(r.unit) + u"</td></tr>"_s;
    }
    html += tableHtml(rows);
    if (pricing.hasVariablePrice()) {
        html += u"<p>"_s +
                esc(tr("Variable prices depend on the model the router picks for each request.")) +
                u"</p>"_s;
    }
    if (!pricing.overrides().isEmpty()) {
        html += u"<p><b>"_s + esc(tr("Conditional prices")) + u"</b></p><ul>"_s;
        for (const ModelPriceOverride &o : pricing.overrides()) {
            QStringList when;
            if (o.minPromptTokens)
                when.append(tr("prompts over %1").arg(tokens(*o.minPromptTokens)));
            if (o.utcStart && o.utcEnd)
                when.append(tr("%1\u2013%2 UTC").arg(hhmm(*o.utcStart), hhmm(*o.utcEnd)));
            QStringList what;
            for (auto it = o.prices.cbegin(); it != o.prices.cend(); ++it) {
                const QString &key = it.key();
                what.append(PriceTable::label(key) + u' ' + PriceTable::priceText(key, it.value()) +
                            u' ' + PriceTable::unitText(key));
            }
            html += u"<li>"_s +
                    esc((when.isEmpty() ? tr("Always") : when.join(u", "_s)) + u": "_s +
                        what.join(u"; "_s)) +
                    u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html;
}

QString ModelDetailsDocument::limitsHtml(const ModelInfo &model) {
    const QString unknown = esc(tr("not published"));
    QString rows;
    const qint64 context = model.effectiveContextLength();
    rows += row(tr("Context length"), context > 0 ? esc(tokens(context)) : unknown);
    const qint64 maxCompletion = model.topProvider().maxCompletionTokens;
    rows +=
        row(tr("Max completion tokens"), maxCompletion > 0 ? esc(tokens(maxCompletion)) : unknown);
    if (const auto &limits = model.perRequestLimits()) {
        if (limits->promptTokens > 0)
            rows += row(tr("Prompt tokens per request"), esc(tokens(limits->promptTokens)));
        if (limits->completionTokens > 0)
            rows += row(tr("Completion tokens per request"), esc(tokens(limits->completionTokens)));
    }
    rows += row(tr("Moderated"), esc(model.topProvider().isModerated ? tr("yes") : tr("no")));
    rows += row(tr("Input modalities"), esc(model.inputModalities().join(u", "_s)));
    rows += row(tr("Output modalities"), esc(model.outputModalities().join(u", "_s)));
    const QStringList capabilities = capabilityLabels(model.capabilities());
    rows += row(tr("Capabilities"),
                capabilities.isEmpty() ? esc(tr("none listed")) : esc(capabilities.join(u", "_s)));
    return section(tr("Limits and capabilities")) + tableHtml(rows);
}

QString ModelDetailsDocument::parametersHtml(const ModelInfo &model) {
    QString html = section(tr("Supported parameters"));
    html += model.supportedParameters().isEmpty()
                ? u"<p>"_s + esc(tr("None listed.")) + u"</p>"_s
                : u"<p>"_s + codeList(model.supportedParameters()) + u"</p>"_s;

    QStringList defaults;
    const QJsonObject &parameters = model.defaultParameters();
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        QString value =
            it.value().isString()
                ? it.value().toString()
                : QString::fromUtf8(
                      QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
        defaults.append(u"<code>"_s + esc(it.key()) + u" = "_s + esc(value) + u"</code>"_s);
    }
    if (!defaults.isEmpty())
        html += u"<p>"_s + esc(tr("Defaults:")) + u' ' + defaults.join(u", "_s) + u"</p>"_s;

    if (const auto &reasoning = model.reasoning()) {
        QString rows;
        rows +=
            row(tr("Reasoning"), esc(reasoning->mandatory ? tr("always on (cannot be turned off)")
                                                          : tr("optional")));
        if (reasoning->supportedEfforts)
            rows += row(tr("Efforts"), codeList(*reasoning->supportedEfforts));
        if (!reasoning->defaultEffort.isEmpty())
            rows += row(tr("Default effort"),
                        u"<code>"_s + esc(reasoning->defaultEffort) + u"</code>"_s);
        if (reasoning->defaultEnabled)
            rows +=
                row(tr("On by default"), esc(*reasoning->defaultEnabled ? tr("yes") : tr("no")));
        if (reasoning->supportsMaxTokens)
            rows += row(tr("Reasoning token budget"), esc(tr("supported")));
        html += tableHtml(rows);
    }
    return html;
}

QString ModelDetailsDocument::benchmarksHtml(const ModelInfo &model) {
    const ModelBenchmarks b = ModelBenchmarks::fromJson(model.benchmarks());
    if (b.isEmpty())
        return QString();
    const auto number = [](const std::optional<double> &v) {
        return v ? QLocale().toString(*v, 'g', 4) : tr("n/a");
    };
    QString rows;
    if (b.intelligenceIndex || b.codingIndex || b.agenticIndex) {
        rows += row(tr("Artificial Analysis"),
                    esc(tr("intelligence %1 \u00b7 coding %2 \u00b7 agentic %3")
                            .arg(number(b.intelligenceIndex), number(b.codingIndex),
                                 number(b.agenticIndex))));
    }
    for (const ModelArenaScore &s : b.designArena) {
        rows += row(tr("Design Arena: %1 / %2").arg(s.arena, s.category),
                    esc(tr("rank %1 \u00b7 Elo %2 \u00b7 win rate %3 %")
                            .arg(s.rank ? QLocale().toString(*s.rank) : tr("n/a"), number(s.elo),
                                 number(s.winRate))));
    }
    return section(tr("Benchmarks")) + tableHtml(rows);
}

QString ModelDetailsDocument::identifiersHtml(const ModelInfo &model) {
    QString rows;
    rows += row(tr("Model id"), u"<code>"_s + esc(model.id()) + u"</code>"_s);
    if (!model.canonicalSlug().isEmpty() && model.canonicalSlug() != model.id())
        rows += row(tr("Canonical slug"), u"<code>"_s + esc(model.canonicalSlug()) + u"</code>"_s);
    if (model.aliasTarget())
        rows += row(tr("Alias of"), u"<code>"_s + esc(model.aliasTarget()->slug) + u"</code>"_s);
    if (!model.huggingFaceId().isEmpty()) {
        const QString url = u"https://huggingface.co/"_s + model.huggingFaceId();
        rows += row(tr("Hugging Face"),
                    u"<a href=\""_s + esc(url) + u"\">"_s + esc(model.huggingFaceId()) + u"</a>"_s);
    }
    if (!model.architecture().tokenizer.isEmpty())
        rows += row(tr("Tokenizer"), esc(model.architecture().tokenizer));
    if (!model.architecture().instructType.isEmpty())
        rows += row(tr("Instruct type"), esc(model.architecture().instructType));
    if (model.knowledgeCutoff().isValid())
        rows += row(tr("Knowledge cutoff"), esc(model.knowledgeCutoff().toString(Qt::ISODate)));
    if (!model.supportedVoices().isEmpty())
        rows += row(tr("Voices"), esc(model.supportedVoices().join(u", "_s)));
    rows += row(tr("Added"),
                model.created().isValid()
                    ? esc(QLocale().toString(model.created().toLocalTime(), QLocale::LongFormat))
                    : esc(tr("not published")));
    return section(tr("Details")) + tableHtml(rows);
}

void ModelDetailsDocument::render(QTextDocument *document, const ModelInfo &model) {
    document->clear();
    QTextCursor cursor(document);
    cursor.insertHtml(headerHtml(model));
    cursor.insertBlock();
    if (model.description().trimmed().isEmpty()) {
        cursor.insertHtml(u"<p><i>"_s + esc(tr("No description published.")) + u"</i></p>"_s);
    } else {
        cursor.insertFragment(QTextDocumentFragment::fromMarkdown(model.description()));
    }
    cursor.insertBlock();
    cursor.insertHtml(pricingHtml(model));
    cursor.insertBlock();
    cursor.insertHtml(limitsHtml(model));
    cursor.insertBlock();
    cursor.insertHtml(parametersHtml(model));
    if (const QString benchmarks = benchmarksHtml(model); !benchmarks.isEmpty()) {
        cursor.insertBlock();
        cursor.insertHtml(benchmarks);
    }
    cursor.insertBlock();
    cursor.insertHtml(identifiersHtml(model));
}

} // namespace orc
