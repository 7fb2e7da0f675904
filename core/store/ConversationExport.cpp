// Export and import of conversations: Markdown for people, JSON in the API's messages format.
#include "ConversationStore.h"

#include "api/ChatCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("orc::ConversationStore", text);
}

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
    if (!info->systemPrompt.isEmpty())
        messages.append(ChatCodec::encodeMessage(ChatMessage::system(info->systemPrompt)));
    for (const StoredMessage &m : thread(conversationId)) {
        QJsonObject o = ChatCodec::encodeMessage(m.toChatMessage());
        if (m.role == "assistant"_L1 && !m.model.isEmpty())
            o.insert(u"model"_s, m.model); // extra keys are ignored by the API
        messages.append(o);
    }
    return {{u"format"_s, u"orstudio.conversation"_s},
            {u"version"_s, 1},
            {u"title"_s, info->title},
            {u"model"_s, info->model},
            {u"created_at"_s, info->createdAt.toString(Qt::ISODateWithMs)},
            {u"params"_s, info->params},
            {u"messages"_s, messages}};
}

qint64 ConversationStore::importJson(const QJsonObject &json, QString *error) {
    const QJsonArray messages = json.value("messages"_L1).toArray();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    if (messages.isEmpty())
        return fail(tr("The file holds no \"messages\" array; expected a conversation exported "
                       "by OR Studio or an API request with messages."));
    QString systemPrompt;
    QList<ChatMessage> decoded;
    QStringList models; // per decoded message: the "model" key of our own exports
    for (const QJsonValue &v : messages) {
        if (!v.isObject())
            return fail(tr("Every entry of \"messages\" must be an object with a role."));
        const ChatMessage m = ChatCodec::decodeMessage(v.toObject());
        if (m.role.isEmpty())
            return fail(tr("A message has no role."));
        if ((m.role == "system"_L1 || m.role == "developer"_L1) && decoded.isEmpty())
            systemPrompt = systemPrompt.isEmpty() ? m.text() : systemPrompt + u"\n"_s + m.text();
        else {
            decoded << m;
            models << v.toObject().value("model"_L1).toString();
        }
    }
    if (!m_database.db().transaction())
        return fail(m_database.db().lastError().text());
    const qint64 id = createConversation(json.value("title"_L1).toString(),
                                         json.value("model"_L1).toString(), systemPrompt);
    qint64 parent = 0;
    bool ok = id != 0;
    for (qsizetype i = 0; ok && i < decoded.size(); ++i) {
        StoredMessage m;
        m.role = decoded[i].role;
        m.content = decoded[i].text();
        m.reasoning = decoded[i].reasoning;
        for (const ContentPart &p : decoded[i].parts)
            if (p.type != ContentPart::Type::Text)
                m.attachments << p;
        m.model = models.at(i);
        m.parentId = parent;
        parent = appendMessage(id, m);
        ok = parent != 0;
    }
    if (ok && json.value("params"_L1).isObject())
        ok = setConversationSettings(id, json.value("model"_L1).toString(), systemPrompt,
                                     json.value("params"_L1).toObject());
    if (!ok || !m_database.db().commit()) {
        m_database.db().rollback();
        return fail(tr("Importing failed: %1").arg(m_lastError));
    }
    return id;
}

} // namespace orc
