#include "Printer.h"

#include <QHash>

#include <QCoreApplication>
#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc::cli {

Printer::Printer(QIODevice *out, QIODevice *err, bool outIsTerminal, bool errIsTerminal)
    : m_out(out)
    , m_err(err)
    , m_outIsTerminal(outIsTerminal)
    , m_errIsTerminal(errIsTerminal)
    , m_progressEnabled(errIsTerminal) {}

void Printer::write(const QString &text) {
    m_out->write(text.toUtf8());
}

void Printer::writeLine(const QString &text) {
    QByteArray bytes = text.toUtf8();
    bytes += '\n';
    m_out->write(bytes);
}

QString Printer::compactJson(const QJsonValue &value) {
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString Printer::fields(const QList<QPair<QString, QString>> &rows) {
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 1);
    QString out;
    for (const auto &[label, value] : rows)
        out += QString(label + u':').leftJustified(width + 1) + value + u'\n';
    return out;
}

QString Printer::exactUsd(double usd) {
    QString digits = QString::number(usd, 'f', 10);
    while (digits.endsWith(u'0') && digits.indexOf(u'.') < digits.size() - 3)
        digits.chop(1);
    return u'$' + digits;
}

void Printer::writeJson(const QJsonValue &value) {
    if (m_format == OutputFormat::Json && (value.isObject() || value.isArray())) {
        const QJsonDocument doc =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        m_out->write(doc.toJson(QJsonDocument::Indented));
        return;
    }
    writeLine(compactJson(value));
}

void Printer::writeJsonLine(const QJsonObject &object) {
    QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    bytes += '\n';
    m_out->write(bytes);
}

void Printer::flush() {
    // QFile keeps its own buffer; a QBuffer has nothing to flush.
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        file->flush();
    if (auto *file = qobject_cast<QFileDevice *>(m_err))
        file->flush();
}

void Printer::toErr(QString text) {
    if (m_secret.size() >= 8)
        text.replace(m_secret, u"[redacted key]"_s);
    if (m_progressShown) {
        m_err->write("\r\x1b[K");
        m_progressShown = false;
    }
    m_err->write(text.toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(m_err))
        file->flush();
}

void Printer::status(const QString &text) {
    if (!m_quiet)
        toErr(text + u'\n');
}

void Printer::warning(const QString &text) {
    toErr(QCoreApplication::translate("orcli", "Warning: %1").arg(text) + u'\n');
}

void Printer::log(const QString &text) {
    if (m_verbose)
        toErr(text + u'\n');
}

void Printer::writeErr(const QString &text) {
    toErr(text);
}

void Printer::progress(const QString &line) {
    if (!m_progressEnabled || m_quiet)
        return;
    QString text = line;
    if (m_secret.size() >= 8)
        text.replace(m_secret, u"[redacted key]"_s);
    m_err->write("\r\x1b[K" + text.toUtf8());
    if (auto *file = qobject_cast<QFileDevice *>(m_err))
        file->flush();
    m_progressShown = true;
}

void Printer::clearProgress() {
    if (!m_progressShown)
        return;
    m_err->write("\r\x1b[K");
    m_progressShown = false;
    if (auto *file = qobject_cast<QFileDevice *>(m_err))
        file->flush();
}

void Printer::error(const QString &message, int exitCode, const QString &kind) {
    if (isJson()) {
        const QJsonObject o{{u"error"_s, QJsonObject{{u"kind"_s, kind}, {u"message"_s, message}}},
                            {u"exit_code"_s, exitCode}};
        toErr(compactJson(o) + u'\n');
        return;
    }
    toErr(QCoreApplication::translate("orcli", "Error: %1").arg(message) + u'\n');
}

QString Printer::routingFlagsFor(const QString &constraint) {
    static const QHash<QString, QString> flags{
        {u"providers"_s,
         u"--provider-only, --provider-ignore, --provider-order or --no-fallbacks"_s},
        {u"data_policy"_s, u"--deny-data-collection"_s},
        {u"zdr"_s, u"--zdr"_s},
        {u"tools"_s, u"--require-parameters (or the tools asked for)"_s},
        {u"parameters"_s, u"--require-parameters (or the parameters asked for)"_s},
        {u"modalities"_s, u"the attachments, or choose another model"_s},
        {u"quantizations"_s, u"--quantizations"_s},
        {u"max_price"_s, u"--max-price-prompt or --max-price-completion"_s},
    };
    return flags.value(constraint, u"the routing flags or --routing"_s);
}

QString Printer::describe(const ApiError &error) {
    QString text = error.message.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    if (!error.detail.isEmpty())
        text += u" ("_s +
                (error.providerName.isEmpty() ? QString() : error.providerName + u": "_s) +
                error.detail + u')';
    QString hint = error.hint();
    const bool aboutModel = error.message.contains("model ID"_L1, Qt::CaseInsensitive) ||
                            error.message.contains("model id"_L1, Qt::CaseInsensitive);
    if ((error.kind == ApiError::Kind::BadRequest || error.kind == ApiError::Kind::NotFound) &&
        aboutModel)
        hint = QCoreApplication::translate("orcli", "Check the model id: \"orcli find TERM\" "
                                                    "and \"orcli models\" list the valid ids.");
    if (!hint.isEmpty())
        text += u' ' + hint;
    if (error.kind == ApiError::Kind::NoEndpoint)
        text += u' ' + QCoreApplication::translate("orcli", "Relax %1.")
                           .arg(routingFlagsFor(error.constraint));
    if (error.httpStatus >= 400)
        return QCoreApplication::translate("orcli", "OpenRouter error %1: %2")
            .arg(error.httpStatus)
            .arg(text);
    return text;
}

void Printer::error(const ApiError &error, int exitCode) {
    if (isJson()) {
        const QJsonObject o{{u"error"_s, error.toJson()}, {u"exit_code"_s, exitCode}};
        toErr(compactJson(o) + u'\n');
        return;
    }
    toErr(QCoreApplication::translate("orcli", "Error: %1").arg(describe(error)) + u'\n');
}

} // namespace orc::cli
