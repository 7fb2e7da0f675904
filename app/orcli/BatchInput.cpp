#include "BatchInput.h"

#include "Printer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

QString example() {
    return u"{\"id\":\"1\",\"model\":\"openai/gpt-4o-mini\",\"prompt\":\"Hello\"}"_s;
}

} // namespace

std::optional<QList<BatchItem>> BatchInput::parse(const QByteArray &data, const QString &source,
                                                  const QString &defaultModel, QString *error) {
    QList<BatchItem> items;
    QSet<QString> ids;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QString where = u"%1:%2"_s.arg(source).arg(lineNo);
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            *error = (parseError.error != QJsonParseError::NoError
                          ? tr("%1: invalid JSON (%2 at character %3).")
                                .arg(where, parseError.errorString())
                                .arg(parseError.offset + 1)
                          : tr("%1: the line is not a JSON object.").arg(where)) +
                     u' ' + tr("Each line must be one JSON object, e.g. %1").arg(example());
            return std::nullopt;
        }
        QJsonObject o = doc.object();
        BatchItem item;
        item.line = lineNo;
        const QJsonValue id = o.take(u"id"_s);
        if (id.isString())
            item.id = id.toString().trimmed();
        else if (id.isDouble())
            item.id = QString::number(id.toDouble(), 'g', 17);
        else if (id.isUndefined() || id.isNull())
            item.id = u"line-%1"_s.arg(lineNo);
        if (item.id.isEmpty()) {
            *error = tr("%1: \"id\" must be a non-empty string or a number.").arg(where);
            return std::nullopt;
        }
        if (ids.contains(item.id)) {
            *error = tr("%1: the id \"%2\" is used twice; ids must be unique (they make re-runs "
                        "resumable).")
                         .arg(where, item.id);
            return std::nullopt;
        }
        ids.insert(item.id);

        const QJsonValue model = o.take(u"model"_s);
        item.request.model = model.isString() ? model.toString().trimmed() : defaultModel;
        if (!model.isUndefined() && !model.isString()) {
            *error =
                tr("%1: \"model\" must be a string such as \"openai/gpt-4o-mini\".").arg(where);
            return std::nullopt;
        }
        if (item.request.model.isEmpty()) {
            *error = tr("%1: no \"model\": give one on the line or with --model.").arg(where);
            return std::nullopt;
        }

        const QJsonValue prompt = o.take(u"prompt"_s);
        const QJsonValue messages = o.take(u"messages"_s);
        const QJsonValue system = o.take(u"system"_s);
        o.remove(u"stream"_s);
        if (prompt.isUndefined() == messages.isUndefined()) {
            *error = tr("%1: give either \"prompt\" (text) or \"messages\" (an array of chat "
                        "messages), not both and not neither.")
                         .arg(where);
            return std::nullopt;
        }
        if (!system.isUndefined() && !system.isString()) {
            *error = tr("%1: \"system\" must be a string.").arg(where);
            return std::nullopt;
        }
        if (!prompt.isUndefined()) {
            if (!prompt.isString() || prompt.toString().trimmed().isEmpty()) {
                *error = tr("%1: \"prompt\" must be a non-empty string.").arg(where);
                return std::nullopt;
            }
            if (system.isString())
                item.request.messages << ChatMessage::system(system.toString());
            item.request.messages << ChatMessage::user(prompt.toString());
        } else {
            const QJsonArray list = messages.toArray();
            bool valid = messages.isArray() && !list.isEmpty();
            for (const QJsonValue &m : list)
                valid = valid && m.isObject() && m.toObject().value("role"_L1).isString();
            if (!valid) {
                *error = tr("%1: \"messages\" must be a non-empty array of objects with a "
                            "\"role\" and a \"content\".")
                             .arg(where);
                return std::nullopt;
            }
            QJsonArray all;
            if (system.isString())
                all.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, system}});
            for (const QJsonValue &m : list)
                all.append(m);
            o.insert(u"messages"_s, all); // sent verbatim through `extra`
        }
        item.request.stream = false;
        item.request.extra = o;
        items << item;
    }
    if (items.isEmpty()) {
        *error = tr("%1 holds no requests. Each line must be one JSON object, e.g. %2")
                     .arg(source, example());
        return std::nullopt;
    }
    return items;
}

} // namespace orc::cli
