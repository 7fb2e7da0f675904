#include "McpServe.h"

#include "ChatCommand.h"

#include "CatalogCommand.h"
#include "Printer.h"
#include "api/ChatStream.h"
#include "api/ImageJob.h"
#include "api/ImageModels.h"
#include "api/OpenRouterClient.h"
#include "domain/ModelQuery.h"
#include "store/CatalogCache.h"
#include "store/ImageFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace orc::cli {

namespace {

QJsonObject prop(const QString &type, const QString &description) {
    return {{u"type"_s, type}, {u"description"_s, description}};
}

McpTool makeTool(const QString &name, const QString &title, const QString &description,
                 const QJsonObject &properties, const QStringList &required);

// A tool taking at least a model id and a prompt (both required), plus `more` properties.
McpTool modelTool(const QString &name, const QString &title, const QString &description,
                  const QString &modelHelp, const QString &promptHelp, const QJsonObject &more) {
    QJsonObject properties = more;
    properties.insert(u"model"_s, prop(u"string"_s, modelHelp));
    properties.insert(u"prompt"_s, prop(u"string"_s, promptHelp));
    McpTool t = makeTool(name, title, description, properties, {u"model"_s, u"prompt"_s});
    return t;
}

McpTool makeTool(const QString &name, const QString &title, const QString &description,
                 const QJsonObject &properties, const QStringList &required) {
    McpTool t;
    t.name = name;
    t.title = title;
    t.description = description;
    t.inputSchema = {{u"type"_s, u"object"_s},
                     {u"properties"_s, properties},
                     {u"required"_s, QJsonArray::fromStringList(required)}};
    return t;
}

McpToolResult failure(const QString &message) {
    return McpToolResult::text(message, true);
}

// A required non-empty string argument; empty result + *error when missing.
QString requiredString(const QJsonObject &args, const QString &name, QString *error) {
    const QString value = args.value(name).toString().trimmed();
    if (value.isEmpty() && error->isEmpty())
        *error = tr("The argument \"%1\" is required (a non-empty string).").arg(name);
    return value;
}

// An optional positive integer argument.
std::optional<int> optionalPositive(const QJsonObject &args, const QString &name, QString *error) {
    const QJsonValue v = args.value(name);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInteger())) {
        if (error->isEmpty())
            *error = tr("The argument \"%1\" must be a positive whole number.").arg(name);
        return std::nullopt;
    }
    return int(v.toInteger());
}

QString noKeyMessage() {
    return tr("No OpenRouter API key: set OPENROUTER_API_KEY in this server's environment "
              "(the \"env\" of its mcpServers entry). Get a key at https://openrouter.ai/keys");
}

} // namespace

McpServe::McpServe(OpenRouterClient *client, const ClientConfig &config, Printer &printer,
                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_config(config)
    , m_printer(printer)
    , m_server(u"orcli"_s, QCoreApplication::applicationVersion()) {
    m_server.setInstructions(
        tr("OpenRouter models as tools: \"models\" finds a model id, \"chat\" asks a model, "
           "\"image\" generates images into files."));
    addChat();
    addImage();
    addModels();
}

McpServe::~McpServe() = default;

void McpServe::start() {
    connect(&m_server, &McpServer::stdinClosed, this, &McpServe::finished);
    if (m_printer.verbose())
        connect(&m_server, &McpServer::outgoing, this, [this](const QJsonObject &m) {
            if (m.contains(u"error"_s))
                m_printer.log(u"mcp < "_s + Printer::compactJson(m.value(u"error"_s)));
        });
    m_server.serveStdio();
    m_printer.log(tr("MCP server on stdin/stdout (protocol %1); end of input stops it.")
                      .arg(Mcp::latestVersion()));
}

bool McpServe::refuse(const QString &argumentError, const McpServer::Reply &reply) const {
    if (!argumentError.isEmpty())
        reply(failure(argumentError));
    else if (m_config.apiKey.isEmpty())
        reply(failure(noKeyMessage()));
    else
        return false;
    return true;
}

void McpServe::addChat() {
    const McpTool tool = modelTool(
        u"chat"_s, tr("Ask an OpenRouter model"),
        tr("Sends one prompt to a model on OpenRouter and returns its answer. Use the models "
           "tool to find model ids."),
        tr("Model id, e.g. openai/gpt-4o-mini"), tr("The user message"),
        {{u"system"_s, prop(u"string"_s, tr("Optional system prompt"))},
         {u"max_tokens"_s, prop(u"integer"_s, tr("Optional limit on the answer's tokens"))},
         {u"web"_s, prop(u"boolean"_s, tr("Let the model search the web"))},
         {u"reasoning"_s,
          QJsonObject{{u"type"_s, u"string"_s},
                      {u"enum"_s, QJsonArray::fromStringList(ChatCommand::reasoningEfforts())},
                      {u"description"_s, tr("Reasoning effort, for models that reason")}}}});
    m_server.addTool(
        tool, [this](const QJsonObject &args, McpServer::Reply reply) -> std::function<void()> {
            QString error;
            ChatRequest request;
            request.model = requiredString(args, u"model"_s, &error);
            const QString prompt = requiredString(args, u"prompt"_s, &error);
            request.maxTokens = optionalPositive(args, u"max_tokens"_s, &error);
            const QString system = args.value(u"system"_s).toString();
            if (!system.trimmed().isEmpty())
                request.messages.append(ChatMessage::system(system));
            request.messages.append(ChatMessage::user(prompt));
            if (args.value(u"web"_s).toBool())
                request.plugins.append(ChatRequest::webPlugin());
            request.reasoning.effort = args.value(u"reasoning"_s).toString();
            if (!request.reasoning.effort.isEmpty() &&
                !ChatCommand::reasoningEfforts().contains(request.reasoning.effort) &&
                error.isEmpty())
                error = tr("The argument \"reasoning\" must be one of %1.")
                            .arg(ChatCommand::reasoningEfforts().join(u", "_s));
            if (refuse(error, reply))
                return {};
            m_printer.log(tr("chat with %1").arg(request.model));
            ChatStream *stream = m_client->chat(request);
            connect(stream, &ChatStream::finished, this, [stream, reply] {
                const ChatResult &r = stream->result();
                McpToolResult result;
                if (r.ok()) {
                    result = McpToolResult::text(r.content);
                } else {
                    result = failure(r.error.isError() ? r.error.toString()
                                                       : ChatResult::stateName(r.state));
                }
                result.structuredContent = r.toJson();
                stream->deleteLater();
                reply(result);
            });
            return [stream = QPointer<ChatStream>(stream)] {
                if (stream)
                    stream->cancel();
            };
        });
}

void McpServe::addImage() {
    const McpTool tool = modelTool(
        u"image"_s, tr("Generate an image"),
        tr("Generates an image with an OpenRouter image model, saves it to a file and returns "
           "the file's path and the image."),
        tr("Image model id, e.g. google/gemini-2.5-flash-image"), tr("What to draw"),
        {{u"output"_s, prop(u"string"_s, tr("File or existing folder to write (default: the "
                                            "current folder, named after the prompt)"))},
         {u"aspect_ratio"_s, prop(u"string"_s, tr("e.g. 1:1, 16:9"))},
         {u"size"_s, prop(u"string"_s, tr("1K, 2K or 4K"))}});
    m_server.addTool(
        tool, [this](const QJsonObject &args, McpServer::Reply reply) -> std::function<void()> {
            QString error;
            ImageRequest request;
            request.model = requiredString(args, u"model"_s, &error);
            request.prompt = requiredString(args, u"prompt"_s, &error);
            if (args.contains(u"aspect_ratio"_s))
                request.aspectRatio = args.value(u"aspect_ratio"_s).toString();
            if (args.contains(u"size"_s))
                request.imageSize = args.value(u"size"_s).toString();
            if (error.isEmpty())
                error = request.validate();
            if (refuse(error, reply))
                return {};
            const QString output = args.value(u"output"_s).toString();
            auto job = std::make_shared<QPointer<ImageJob>>();
            auto cancelled = std::make_shared<bool>(false);
            ImageModels::fetch(
                m_client, this, [=, this](const ImageModels &models, const ApiError &) {
                    if (*cancelled)
                        return;
                    const CatalogCache::Entry catalog =
                        CatalogCache(CatalogCommand::cacheDirectory(m_config)).load();
                    const ImageRoute route = models.route(request.model, catalog.models);
                    if (!route.error.isEmpty()) {
                        reply(failure(route.error));
                        return;
                    }
                    ImageJob *j = m_client->generateImage(request, route);
                    *job = j;
                    connect(j, &ImageJob::finished, this, [=] {
                        j->deleteLater();
                        const ImageResult &r = j->result();
                        if (r.images.isEmpty()) {
                            reply(failure(r.error.isError() ? r.error.toString()
                                                            : tr("The model returned no image.")));
                            return;
                        }
                        McpToolResult result;
                        QStringList paths;
                        for (const GeneratedImage &image : r.images) {
                            const QString name = ImageFiles::suggestedFileName(
                                request.prompt, image.format, image.index, int(r.images.size()));
                            QString path;
                            if (output.isEmpty())
                                path = ImageFiles::uniquePath(QDir::currentPath(), name);
                            else if (QFileInfo(output).isDir())
                                path = ImageFiles::uniquePath(output, name);
                            else
                                path = r.images.size() == 1
                                           ? output
                                           : QFileInfo(output).path() + u'/' +
                                                 QFileInfo(output).completeBaseName() + u'-' +
                                                 QString::number(image.index + 1) + u'.' +
                                                 QFileInfo(output).suffix();
                            QString writeError;
                            if (!ImageFiles::writeAtomically(path, image.bytes, &writeError)) {
                                reply(failure(writeError));
                                return;
                            }
                            paths << QFileInfo(path).absoluteFilePath();
                            result.content.append(
                                McpContent::makeImage(image.bytes, image.mimeType));
                        }
                        result.content.prepend(McpContent::makeText(
                            tr("Saved %n image(s): %1", nullptr, int(paths.size()))
                                .arg(paths.join(u", "_s))));
                        result.structuredContent =
                            QJsonObject{{u"paths"_s, QJsonArray::fromStringList(paths)},
                                        {u"model"_s, r.model},
                                        {u"id"_s, r.id}};
                        reply(result);
                    });
                });
            return [job, cancelled] {
                *cancelled = true;
                if (*job)
                    (*job)->cancel();
            };
        });
}

void McpServe::addModels() {
    const McpTool tool = makeTool(
        u"models"_s, tr("Find OpenRouter models"),
        tr("Lists OpenRouter models matching words and capabilities, cheapest first."),
        {{u"search"_s, prop(u"string"_s, tr("Words that must all occur in the id, name or "
                                            "description"))},
         {u"capabilities"_s,
          QJsonObject{{u"type"_s, u"array"_s},
                      {u"items"_s, QJsonObject{{u"type"_s, u"string"_s},
                                               {u"enum"_s, QJsonArray::fromStringList(
                                                               ModelQuery::capabilityNames())}}},
                      {u"description"_s, tr("Capabilities every model must have")}}},
         {u"free"_s, prop(u"boolean"_s, tr("Only free models"))},
         {u"limit"_s, prop(u"integer"_s, tr("At most this many models (default 20)"))}},
        {});
    m_server.addTool(
        tool, [this](const QJsonObject &args, McpServer::Reply reply) -> std::function<void()> {
            QString error;
            ModelQuery query;
            query.setText(args.value(u"search"_s).toString());
            query.setFreeOnly(args.value(u"free"_s).toBool());
            query.setLimit(optionalPositive(args, u"limit"_s, &error).value_or(20));
            QStringList names;
            for (const QJsonValue &v : args.value(u"capabilities"_s).toArray())
                names << v.toString();
            ModelCapabilities caps;
            QString capError;
            if (!ModelQuery::parseCapabilities(names, &caps, &capError) && error.isEmpty())
                error = capError;
            query.setRequiredCapabilities(caps);
            query.setSort(ModelQuery::SortKey::Price);
            if (!error.isEmpty()) {
                reply(failure(error));
                return {};
            }
            loadCatalog([query, reply](const QList<ModelInfo> &models, const QString &loadError) {
                if (!loadError.isEmpty()) {
                    reply(failure(loadError));
                    return;
                }
                const QList<ModelInfo> found = query.apply(models);
                QStringList lines;
                QJsonArray list;
                for (const ModelInfo &m : found) {
                    QStringList caps;
                    for (const QString &name : ModelQuery::capabilityNames())
                        if (const auto c = ModelQuery::parseCapability(name);
                            c && m.hasCapability(*c))
                            caps << name;
                    lines << tr("%1 (%2): context %3, input %4")
                                 .arg(m.id(), m.displayName())
                                 .arg(m.effectiveContextLength())
                                 .arg(m.formattedPromptPrice());
                    list.append(
                        QJsonObject{{u"id"_s, m.id()},
                                    {u"name"_s, m.displayName()},
                                    {u"context_length"_s, m.effectiveContextLength()},
                                    {u"prompt_price_per_million"_s, m.promptPricePerMillion()},
                                    {u"capabilities"_s, QJsonArray::fromStringList(caps)}});
                }
                McpToolResult result = McpToolResult::text(found.isEmpty() ? tr("No model matches.")
                                                                           : lines.join(u'\n'));
                result.structuredContent = QJsonObject{{u"models"_s, list}};
                reply(result);
            });
            return {};
        });
}

void McpServe::loadCatalog(Models done) {
    const CatalogCache cache(CatalogCommand::cacheDirectory(m_config));
    const CatalogCache::Entry entry = cache.load();
    if (entry.isOk() && !entry.isStale(CatalogCommand::kMaxAge)) {
        done(entry.models, {});
        return;
    }
    m_client->fetchModels(this, [done, entry, cache](const QByteArray &body, const ApiError &e) {
        if (e.isError()) {
            if (entry.isOk())
                done(entry.models, {});
            else
                done({}, e.toString());
            return;
        }
        QString parseError;
        const QList<ModelInfo> models = ModelInfo::parseList(body, &parseError);
        if (!parseError.isEmpty()) {
            done({}, parseError);
            return;
        }
        cache.save(body);
        done(models, {});
    });
}

} // namespace orc::cli
