// Export and import of conversations: Markdown for people, JSON in the store's own message
// format (MessageFormat); older exports and API requests are read through LegacyMessages.
#include "ConversationStore.h"

#include "LegacyMessages.h"
#include "MessageFormat.h"
#include "Translate.h"

#include <QJsonArray>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
constexpr auto tr = fileTr<"orc::ConversationStore">;

QString roleHeading(const StoredMessage &m) {
    if (m.role == "user"_L1)
        return tr("User");
    if (m.role == "assistant"_L1)
        return m.model.isEmpty() ? tr("Assistant") : tr("Assistant (%1)").arg(m.model);
    if (m.role == "system"_L1)
        return tr("System");
    return m.role;
}
} // namespace

QString ConversationStore::exportMarkdown(qint64 conversationId) const {
    const auto info = conversation(conversationId);
    if (!info)
        return {};
    QString md =
        u"# "_s + (info->title.isEmpty() ? tr("Untitled conversation") : info->title) + u"\n\n"_s;
    if (!info->systemPrompt.isEmpty())
        md += u"> **"_s + tr("System prompt") + u":** "_s +
              QString(info->systemPrompt).replace(u'\n', u"\n> "_s) + u"\n\n"_s;
    for (const StoredMessage &m : thread(conversationId)) {
        md += u"## "_s + roleHeading(m) + u"\n\n"_s;
        if (!m.reasoning.isEmpty())
            md += u"<details><summary>"_s + tr("Reasoning") + u"</summary>\n\n"_s + m.reasoning +
                  u"\n\n</details>\n\n"_s;
        md += m.content + u"\n\n"_s;
        for (const ContentPart &p : m.attachments)
            md += u"*"_s +
                  (p.type == ContentPart::Type::File ? tr("Attached file: %1").arg(p.filename)
                                                     : tr("Attached image")) +
                  u"*\n\n"_s;
        if (m.state == StoredMessage::State::Stopped)
            md += u"*"_s + tr("(stopped)") + u"*\n\n"_s;
        else if (m.state == StoredMessage::State::Interrupted)
            md += u"*"_s + tr("(interrupted)") + u"*\n\n"_s;
        else if (m.state == StoredMessage::State::Failed)
            md += u"*"_s + tr("(failed: %1)").arg(m.errorText) + u"*\n\n"_s;
    }
    return md;
}

QJsonObject ConversationStore::exportJson(qint64 conversationId) const {
    const auto info = conversation(conversationId);
    if (!info)
        return {};
    QJsonArray messages;
    for (const StoredMessage &m : thread(conversationId))
        messages.append(MessageFormat::encode(m));
    return {{u"format"_s, u"orstudio.conversation"_s},
            {u"version"_s, kExportVersion},
            {u"title"_s, info->title},
            {u"model"_s, info->model},
            {u"system_prompt"_s, info->systemPrompt},
            {u"created_at"_s, info->createdAt.toString(Qt::ISODateWithMs)},
            {u"params"_s, info->params},
            {u"messages"_s, messages}};
}

qint64 ConversationStore::importJson(const QJsonObject &json, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    const QJsonArray messages = json.value("messages"_L1).toArray();
    if (messages.isEmpty())
        return fail(tr("The file holds no \"messages\" array; expected a conversation exported "
                       "by OR Studio or an API request with messages."));
    const bool ours = json.value("format"_L1).toString() == "orstudio.conversation"_L1;
    const int version = ours ? json.value("version"_L1).toInt(1) : 1;
    if (version > kExportVersion)
        return fail(tr("The file was exported by a newer OR Studio (format version %1; this one "
                       "reads up to %2). Update OR Studio to import it.")
                        .arg(version)
                        .arg(kExportVersion));
    QString systemPrompt = json.value("system_prompt"_L1).toString();
    QList<StoredMessage> decoded;
    for (const QJsonValue &v : messages) {
        if (!v.isObject())
            return fail(tr("Every entry of \"messages\" must be an object with a role."));
        StoredMessage m;
        if (version >= 2) {
            QString why;
            const auto stored = MessageFormat::decode(v.toObject(), &why);
            if (!stored)
                return fail(why);
            m = *stored;
        } else {
            m = LegacyMessages::message(v.toObject());
        }
        if (m.role.isEmpty())
            return fail(tr("A message has no role."));
        // Leading system messages of an API request are the conversation's system prompt.
        if ((m.role == "system"_L1 || m.role == "developer"_L1) && decoded.isEmpty())
            systemPrompt = systemPrompt.isEmpty() ? m.content : systemPrompt + u"\n"_s + m.content;
        else
            decoded << m;
    }
    return importMessages(json, systemPrompt, decoded, error);
}

qint64 ConversationStore::importMessages(const QJsonObject &json, const QString &systemPrompt,
                                         const QList<StoredMessage> &messages, QString *error) {
    if (!m_database.db().transaction()) {
        if (error)
            *error = m_database.db().lastError().text();
        return 0;
    }
    const QString model = json.value("model"_L1).toString();
    const qint64 id = createConversation(json.value("title"_L1).toString(), model, systemPrompt);
    qint64 parent = 0;
    bool ok = id != 0;
    for (qsizetype i = 0; ok && i < messages.size(); ++i) {
        StoredMessage m = messages.at(i);
        m.parentId = parent;
        parent = appendMessage(id, m);
        ok = parent != 0;
    }
    if (ok && json.value("params"_L1).isObject())
        ok = setConversationSettings(id, model, systemPrompt, json.value("params"_L1).toObject());
    if (!ok || !m_database.db().commit()) {
        m_database.db().rollback();
        if (error)
            *error = tr("Importing failed: %1").arg(m_lastError);
        return 0;
    }
    return id;
}

} // namespace orc
