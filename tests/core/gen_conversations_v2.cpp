// Writes tests/data/conversations-v2.sqlite (and its expectation conversations-v2.json) the way
// a user's history looks: it was built ONCE, at commit 58429e1, whose ConversationStore kept
// messages in schema 2 (attachments and usage as the chat API's wire JSON). The committed files
// are that build's output; tst_conversationstore_legacy checks that today's store reads every
// field of them. Running this program again with today's store would write today's schema,
// which is not what the test needs: keep the committed files.
//
//   gen_conversations_v2 OUT.sqlite OUT.json
#include "StoreDump.h"

#include "domain/ApiError.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTextStream>

using namespace orc;
using namespace Qt::StringLiterals;

namespace {

QByteArray pictureBytes(const char *format, int w, int h, QColor from, QColor to) {
    QImage image(w, h, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, w, h);
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, to);
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    painter.drawEllipse(QRect(w / 4, h / 4, w / 2, h / 2));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray pdfBytes() {
    return QByteArrayLiteral(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]/Contents 4 0 R"
        "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        "4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 20 50 Td (Quarterly report) Tj ET\n"
        "endstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
        "trailer<</Root 1 0 R>>\n%%EOF\n");
}

QByteArray wavBytes() {
    QByteArray pcm(800, '\0');
    for (int i = 0; i < pcm.size(); ++i)
        pcm[i] = char((i * 7) % 256);
    QByteArray wav("RIFF");
    auto le32 = [&wav](quint32 v) {
        for (int i = 0; i < 4; ++i)
            wav.append(char((v >> (8 * i)) & 0xff));
    };
    auto le16 = [&wav](quint16 v) {
        wav.append(char(v & 0xff));
        wav.append(char(v >> 8));
    };
    le32(36 + quint32(pcm.size()));
    wav.append("WAVEfmt ");
    le32(16);
    le16(1);
    le16(1);
    le32(8000);
    le32(8000);
    le16(1);
    le16(8);
    wav.append("data");
    le32(quint32(pcm.size()));
    return wav + pcm;
}

QJsonObject usageJson(int prompt, int completion, double cost, int reasoning = 0, int cached = 0,
                      int cacheWrite = 0, bool byok = false) {
    QJsonObject promptDetails{{u"cached_tokens"_s, cached}, {u"audio_tokens"_s, 0}};
    if (cacheWrite)
        promptDetails.insert(u"cache_write_tokens"_s, cacheWrite);
    return {
        {u"prompt_tokens"_s, prompt},
        {u"completion_tokens"_s, completion},
        {u"total_tokens"_s, prompt + completion},
        {u"cost"_s, cost},
        {u"is_byok"_s, byok},
        {u"prompt_tokens_details"_s, promptDetails},
        {u"cost_details"_s, QJsonObject{{u"upstream_inference_cost"_s, QJsonValue()},
                                        {u"upstream_inference_prompt_cost"_s, cost / 5},
                                        {u"upstream_inference_completions_cost"_s, cost * 4 / 5}}},
        {u"completion_tokens_details"_s,
         QJsonObject{{u"reasoning_tokens"_s, reasoning}, {u"image_tokens"_s, 0}}}};
}

StoredMessage user(const QString &text, qint64 parent, const QList<ContentPart> &parts = {}) {
    StoredMessage m;
    m.role = u"user"_s;
    m.content = text;
    m.parentId = parent;
    m.attachments = parts;
    return m;
}

// A reply the way ChatSession writes one: appended while streaming, then finished.
qint64 reply(ConversationStore &store, qint64 conversation, qint64 parent, StoredMessage final) {
    StoredMessage streaming;
    streaming.role = u"assistant"_s;
    streaming.parentId = parent;
    streaming.model = final.model;
    streaming.state = StoredMessage::State::Streaming;
    const qint64 id = store.appendMessage(conversation, streaming);
    store.updateStreaming(id, final.content.left(final.content.size() / 2), final.reasoning);
    if (final.state != StoredMessage::State::Streaming)
        store.finishMessage(id, final);
    return id;
}

StoredMessage answer(const QString &model, const QString &provider, const QString &content,
                     const QJsonObject &usage, const QString &generationId) {
    StoredMessage m;
    m.content = content;
    m.model = model;
    m.provider = provider;
    m.generationId = generationId;
    m.usage = Usage::fromJson(usage);
    m.cost = m.usage->cost;
    m.timeToFirstTokenMs = 412;
    m.durationMs = 2310;
    m.finishReason = u"stop"_s;
    m.state = StoredMessage::State::Complete;
    return m;
}

bool build(const QString &path) {
    ConversationStore store(path);
    QString error;
    if (!store.open(&error)) {
        QTextStream(stderr) << error << '\n';
        return false;
    }
    const ContentPart png = ContentPart::makeImageData(
        pictureBytes("PNG", 48, 32, Qt::darkBlue, Qt::cyan), u"image/png"_s, u"high"_s);
    const ContentPart jpeg = ContentPart::makeImageData(
        pictureBytes("JPEG", 64, 40, Qt::darkRed, Qt::yellow), u"image/jpeg"_s);
    const ContentPart pdf = ContentPart::makePdf(u"Q3 report.pdf"_s, pdfBytes());
    const ContentPart remoteImage =
        ContentPart::makeImageUrl(u"https://example.org/photos/lake.jpg"_s, u"low"_s);
    const ContentPart remoteFile =
        ContentPart::makeFile(u"paper.pdf"_s, u"https://example.org/papers/paper.pdf"_s);
    const ContentPart audio = ContentPart::makeAudio(wavBytes(), u"wav"_s);

    // 1. A photo question, edited once (two user branches), pinned, with settings.
    const qint64 c1 =
        store.createConversation({}, u"openai/gpt-4o"_s, u"Be brief.\nUse SI units."_s);
    store.setConversationSettings(c1, u"openai/gpt-4o"_s, u"Be brief.\nUse SI units."_s,
                                  QJsonObject{{u"temperature"_s, 0.3},
                                              {u"max_tokens"_s, 800},
                                              {u"top_p"_s, 0.9},
                                              {u"reasoning_effort"_s, u"low"_s},
                                              {u"seed"_s, 42}});
    const qint64 u1 = store.appendMessage(c1, user(u"What is in this photo?"_s, 0, {png}));
    reply(store, c1, u1,
          answer(u"openai/gpt-4o"_s, u"OpenAI"_s,
                 u"A **blue gradient** with a white circle.\n\n- top left: dark\n- bottom right: "
                 "cyan"_s,
                 usageJson(1105, 23, 0.0030), u"gen-1771967973-0hZ8J5kY7qLMOKbPx0u3"_s));
    const qint64 u1b = store.appendMessage(
        c1, user(u"What is in these two photos? Compare them."_s, 0, {png, jpeg}));
    const qint64 a1b = reply(
        store, c1, u1b,
        answer(u"openai/gpt-4o"_s, u"Azure"_s, u"The first is blue, the second red–yellow."_s,
               usageJson(2210, 14, 0.0056, 0, 1024), u"gen-1771967990-Bq2vN7x0LpM1aQ9s8ZyT"_s));
    const qint64 u1c = store.appendMessage(c1, user(u"Which one is warmer?"_s, a1b));
    reply(store, c1, u1c,
          answer(u"openai/gpt-4o"_s, u"Azure"_s, u"The second (red–yellow)."_s,
                 usageJson(2240, 6, 0.0057, 0, 2048), u"gen-1771968001-Hh3kLm9pQr4sTu7vWx2Y"_s));
    store.switchBranch(u1); // the user went back to the first version
    store.setPinned(c1, true);

    // 2. A PDF and remote attachments, a reasoning reply regenerated with another model.
    const qint64 c2 = store.createConversation({}, u"openai/o3"_s);
    const qint64 u2 = store.appendMessage(
        c2, user(u"Summarise the report and compare with the paper and the lake photo."_s, 0,
                 {pdf, remoteFile, remoteImage}));
    StoredMessage thinking =
        answer(u"openai/o3"_s, u"OpenAI"_s, u"The report covers Q3; the paper is unrelated."_s,
               usageJson(3300, 420, 0.0185, 300), u"gen-1771968100-R3as0n1ngAAAAAAAAAAA"_s);
    thinking.reasoning = u"**Reading the PDF**\n\nIt says \"Quarterly report\". The paper link "
                         "is a different topic, so I will say so."_s;
    reply(store, c2, u2, thinking);
    StoredMessage cut =
        answer(u"anthropic/claude-sonnet-4.5"_s, u"Anthropic"_s, u"The quarterly report shows"_s,
               usageJson(3410, 16, 0.0105, 12, 0, 3300), u"gen-1771968130-Cl4ud3xxxxxxxxxxxxxx"_s);
    cut.reasoning = u"Short budget."_s;
    cut.finishReason = u"length"_s;
    cut.errorText = u"The model ran out of tokens while thinking. Raise max tokens or lower "
                    "the reasoning effort."_s;
    reply(store, c2, u2, cut);

    // 3. Failures: an API error, a stopped reply (no cost yet), an interrupted one.
    const qint64 c3 = store.createConversation(u"Trouble"_s, u"fault/slow"_s);
    const qint64 u3 = store.appendMessage(c3, user(u"Hello?"_s, 0));
    StoredMessage failed;
    failed.model = u"fault/429"_s;
    failed.state = StoredMessage::State::Failed;
    ApiError rate;
    rate.kind = ApiError::Kind::RateLimited;
    rate.httpStatus = 429;
    rate.code = u"429"_s;
    rate.message = u"Rate limit exceeded: free-models-per-min."_s;
    rate.providerName = u"Chutes"_s;
    rate.metadata = QJsonObject{{u"provider_name"_s, u"Chutes"_s}, {u"raw"_s, u"busy"_s}};
    rate.retryable = true;
    rate.retryAfterMs = 20000;
    failed.errorText = rate.toString();
    failed.error = rate.toJson();
    const qint64 a3 = reply(store, c3, u3, failed);
    const qint64 u3b = store.appendMessage(c3, user(u"Tell me a long story."_s, a3));
    StoredMessage stopped;
    stopped.model = u"fault/slow"_s;
    stopped.content = u"Once upon a time there was a"_s;
    stopped.generationId = u"gen-1771968200-St0pp3dxxxxxxxxxxxxx"_s;
    stopped.timeToFirstTokenMs = 180;
    stopped.durationMs = 900;
    stopped.state = StoredMessage::State::Stopped;
    const qint64 a3b = reply(store, c3, u3b, stopped);
    const qint64 u3c = store.appendMessage(c3, user(u"Go on."_s, a3b));
    StoredMessage streaming;
    streaming.model = u"fault/slow"_s;
    streaming.content = u"…and then the dragon"_s;
    streaming.state = StoredMessage::State::Streaming;
    reply(store, c3, u3c, streaming);
    store.markInterrupted();

    // 4. Audio, Unicode and code, a BYOK reply whose usage has a string cost.
    const qint64 c4 = store.createConversation({}, u"google/gemini-2.5-flash"_s);
    const qint64 u4 = store.appendMessage(
        c4, user(u"Transcribe this 🎙️ and write it in Python — «merci», שלום."_s, 0,
                 {audio}));
    QJsonObject byokUsage = usageJson(90, 60, 0, 0, 0, 0, true);
    byokUsage.insert(u"cost"_s, u"0.00012"_s);
    StoredMessage code = answer(u"google/gemini-2.5-flash"_s, u"Google AI Studio"_s,
                                u"```python\nprint(\"bip\")\n```\n\nThe clip is a tone."_s,
                                byokUsage, u"gen-1771968300-G3m1n1xxxxxxxxxxxxxx"_s);
    reply(store, c4, u4, code);

    // 5. A deleted conversation, 6. an empty one, 7. one imported from a JSON export.
    const qint64 c5 = store.createConversation(u"Old draft"_s, u"openai/gpt-4o-mini"_s);
    const qint64 u5 = store.appendMessage(c5, user(u"the quick brown fox"_s, 0));
    reply(store, c5, u5,
          answer(u"openai/gpt-4o-mini"_s, u"OpenAI"_s, u"jumps over the lazy dog"_s,
                 usageJson(12, 6, 0.000004), u"gen-1771968400-F0xxxxxxxxxxxxxxxxxx"_s));
    store.deleteConversation(c5);
    store.createConversation(u"Empty"_s, u"openai/gpt-4o-mini"_s);
    const QJsonObject exported{
        {u"format"_s, u"orstudio.conversation"_s},
        {u"version"_s, 1},
        {u"title"_s, u"Imported fox"_s},
        {u"model"_s, u"openai/gpt-4o-mini"_s},
        {u"params"_s, QJsonObject{{u"temperature"_s, 1.1}}},
        {u"messages"_s,
         QJsonArray{
             QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"Rhyme."_s}},
             QJsonObject{
                 {u"role"_s, u"user"_s},
                 {u"content"_s,
                  QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"a fox, please"_s}},
                             QJsonObject{{u"type"_s, u"image_url"_s},
                                         {u"image_url"_s, QJsonObject{{u"url"_s, jpeg.url}}}}}}},
             QJsonObject{{u"role"_s, u"assistant"_s},
                         {u"content"_s, u"A fox in a box."_s},
                         {u"reasoning"_s, u"rhyme fox"_s},
                         {u"model"_s, u"openai/gpt-4o-mini"_s}}}}};
    if (!store.importJson(exported, &error)) {
        QTextStream(stderr) << error << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        QTextStream(stderr) << "usage: gen_conversations_v2 OUT.sqlite OUT.json\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    if (!build(path))
        return 1;
    ConversationStore store(path);
    if (!store.open())
        return 1;
    const QJsonObject dump =
        test::dumpStore(store, 100, {u"fox"_s, u"report"_s, u"dragon"_s, u"photo"_s});
    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(QJsonDocument(QJsonObject{{u"schema"_s, store.schemaVersion()}, {u"dump"_s, dump}})
                  .toJson(QJsonDocument::Indented));
    return 0;
}
