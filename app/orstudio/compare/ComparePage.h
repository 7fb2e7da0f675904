#pragma once

#include "chat/CompareRun.h"
#include "compare/CompareLeaderboard.h"
#include "domain/ModelInfo.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace orc {

class ApiCall;
class CompareColumn;
class ConversationStore;
class CostLedger;
class ModelPicker;
class OpenRouterClient;
struct MarkdownStyle;

// One prompt to up to six models or providers at once (core's CompareRun), side by side: each
// column streams its answer with the time to first token, tok/s, tokens and cost. "Same model
// across providers" fills the targets from the model's endpoints; blind mode hides the names
// until a winner is picked; picks build a personal leaderboard (wins per model, by task tag)
// kept in the data folder; "Continue with this one" opens the answer as a normal conversation.
class ComparePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)
public:
    static constexpr int kMaxTargets = 6;

    // `dataDir`: where the ledger and the leaderboard live (the conversations' folder).
    ComparePage(OpenRouterClient *client, ConversationStore *store, const QString &dataDir,
                QWidget *parent = nullptr);
    ~ComparePage() override;

    void setModels(const QList<ModelInfo> &models);
    void setTargets(const QStringList &targets);
    QStringList targets() const;
    void setPrompt(const QString &prompt);
    void setBlind(bool blind);
    void setTaskTag(const QString &tag);

    // Starts the comparison; false (and the reason shown on the page) when the input is not
    // usable.
    bool run();
    void stop();
    bool isRunning() const;
    // Fills the targets with `model` on each provider that serves it (at most kMaxTargets).
    void fillAcrossProviders(const QString &model);

    QList<CompareColumn *> columns() const { return m_columns; }
    const CompareRun *currentRun() const { return m_run; }
    const CompareLeaderboard &leaderboard() const { return m_leaderboard; }
    QTableWidget *leaderboardTable() const { return m_board; }
    QString notice() const;

signals:
    void conversationCreated(qint64 conversationId);
    void statusMessage(const QString &text, int timeoutMs);
    void finished(); // a comparison ended (all columns done)

private:
    void buildColumns(const QList<CompareTarget> &targets, bool blind);
    void onFinished();
    void pick(int column);
    void continueWith(int column);
    void showNotice(const QString &text);
    void refreshBoard();
    void updateButtons();

    OpenRouterClient *m_client;
    ConversationStore *m_store;
    std::unique_ptr<CostLedger> m_ledger;
    CompareLeaderboard m_leaderboard;
    std::shared_ptr<const MarkdownStyle> m_style;
    QPointer<CompareRun> m_run;
    QPointer<ApiCall> m_endpointsCall;
    QList<CompareColumn *> m_columns;
    bool m_blind = false;
    bool m_picked = false;
    QString m_runTag;

    ModelPicker *m_picker;
    QPushButton *m_acrossProviders;
    QLineEdit *m_targets;
    QPlainTextEdit *m_prompt;
    QLineEdit *m_tag;
    QCheckBox *m_blindBox;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_notice;
    QWidget *m_columnsHost;
    QHBoxLayout *m_columnsLayout;
    QComboBox *m_boardTag;
    QTableWidget *m_board;
};

} // namespace orc
