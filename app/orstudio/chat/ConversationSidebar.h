#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace orc {

class ConversationStore;

// The list of conversations beside the chat: newest first with pinned ones on top, titles
// from the first prompt, inline rename (F2 or double-click), pin, delete with an Undo banner
// (the conversation is purged when the banner goes), and a search box doing a full-text search
// over every message, whose hits open their conversation. Conversations another process writes
// (orcli) appear without a restart: every kExternalPollMs the store's data_version is read (one
// cheap PRAGMA; it changes only for other connections' commits) and the list reloads.
class ConversationSidebar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationSidebar)
public:
    enum ExportFormat { Markdown, Json };
    static constexpr int kUndoMs = 10000;
    static constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;
    static constexpr int kSearchPauseMs = 200;
    static constexpr int kExternalPollMs = 1000;

    explicit ConversationSidebar(ConversationStore *store, QWidget *parent = nullptr);
    ~ConversationSidebar() override; // purges a deletion still waiting for Undo

    void reload();
    void setCurrentConversation(qint64 id); // 0 = none selected
    qint64 currentConversation() const { return m_current; }
    QList<qint64> listedIds() const;

    bool renameConversation(qint64 id, const QString &title);
    void startRename(qint64 id);
    bool togglePin(qint64 id);
    bool deleteConversation(qint64 id); // soft delete + Undo banner
    bool undoDelete();
    void finishDelete(); // the banner goes: purge for good
    qint64 pendingDelete() const { return m_pendingDelete; }
    void setUndoTimeout(int ms); // how long the Undo banner stays (kUndoMs)

    // Export (atomically, QSaveFile) and import (the API's messages format, JSON).
    bool exportConversation(qint64 id, const QString &path, ExportFormat format,
                            QString *error = nullptr) const;
    qint64 importConversation(const QString &path, QString *error = nullptr);
    void exportWithDialog(qint64 id, ExportFormat preferred);
    void importWithDialog();

    void focusSearch();
    void setSearchText(const QString &text); // searches at once
    int resultCount() const;                 // hits listed (0 while not searching)

    QLineEdit *searchField() const { return m_search; }

signals:
    void conversationActivated(qint64 id);
    void searchHitActivated(qint64 conversationId, qint64 messageId);
    void newConversationRequested();
    void conversationDeleted(qint64 id);
    void conversationRestored(qint64 id);
    void conversationImported(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void reloadIfChangedElsewhere();
    void updateResultHeights();
    void onItemChanged(QListWidgetItem *item);
    void showContextMenu(const QPoint &pos);
    QListWidgetItem *itemFor(qint64 id) const;
    qint64 idOf(const QListWidgetItem *item) const;
    bool isRenaming() const;

    ConversationStore *m_store;
    QPushButton *m_newChat;
    QLineEdit *m_search;
    QStackedWidget *m_pages;
    QListWidget *m_list;
    QListWidget *m_results;
    QFrame *m_undoBanner;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QTimer *m_searchTimer;
    QTimer *m_undoTimer;
    QTimer *m_externalPoll;
    qint64 m_dataVersion = -1;
    qint64 m_current = 0;
    qint64 m_pendingDelete = 0;
    bool m_populating = false;
};

} // namespace orc
