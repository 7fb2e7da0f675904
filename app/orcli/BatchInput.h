#pragma once

#include "domain/ChatRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace orc::cli {

// One request of a batch file.
struct BatchItem {
    QString id;
    int line = 0; // 1-based line number in the input
    ChatRequest request;
};

// Parses a JSONL batch: one JSON object per line, blank lines ignored. Each object has
//   "id"       string or number (default: "line-N"), unique in the file;
//   "model"    model id (default: the --model option);
//   "prompt"   user text, optionally with "system"; or "messages": an array of chat messages;
// every other key ("max_tokens", "temperature", "response_format", "reasoning", "provider",
// "plugins"...) is sent with the request as is. "stream" is ignored: batch requests are never
// streamed. The whole file is checked before anything is sent; the first problem gives a
// one-line message naming the line and what is accepted.
class BatchInput final {
public:
    static std::optional<QList<BatchItem>> parse(const QByteArray &data, const QString &source,
                                                 const QString &defaultModel, QString *error);
};

} // namespace orc::cli
