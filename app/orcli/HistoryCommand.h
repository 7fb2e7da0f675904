#pragma once

#include "Command.h"

#include <memory>

namespace orc {
class ConversationStore;
struct ConversationInfo;
} // namespace orc

namespace orc::cli {

// `orcli history list|show|search|export|rm`: the conversations of the data folder, the same
// store the studio shows (chats of orcli and of the app alike).
class HistoryCommand final : public Command {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCommand)
public:
    enum class Action { List, Show, Search, Export, Remove };

    explicit HistoryCommand(Printer &printer, QObject *parent = nullptr);
    ~HistoryCommand() override;

    Spec spec() const override;
    QString configure(const QCommandLineParser &parser) override;
    void start() override;

    // The conversation store of `dataDir`, opened; null with a translated message on failure.
    static std::unique_ptr<ConversationStore> openStore(const QString &dataDir, QString *error);
    // A conversation named on the command line: its number or "last" (the one used most
    // recently). 0 with a usage message when there is none such.
    static qint64 resolve(const ConversationStore &store, const QString &text, QString *error);

private:
    int list();
    int show();
    int search();
    int exportTo();
    int remove();

    Action m_action = Action::List;
    std::unique_ptr<ConversationStore> m_store;
    QString m_storeError;
    qint64 m_id = 0;
    QString m_text;          // search words
    int m_limit = 0;         // 0: all (list), 20 (search)
    bool m_markdown = false; // export --to md, or --format md
    QString m_output;        // export -o FILE
};

} // namespace orc::cli
