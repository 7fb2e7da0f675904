#include "chat/ConversationSidebar.h"

#include "Icons.h"
#include "store/ConversationStore.h"
#include "widgets/Named.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kMessageRole = Qt::UserRole + 1;
constexpr int kPinnedRole = Qt::UserRole + 2;

QString displayTitle(const QString &title) {
    return title.trimmed().isEmpty() ? ConversationSidebar::tr("New conversation") : title;
}

// The store marks matches with [ and ]; show them in bold.
QString snippetHtml(const QString &snippet) {
    QString html = snippet.toHtmlEscaped();
    html.replace(u'[', u"<b>"_s);
    html.replace(u']', u"</b>"_s);
    return html;
}

} // namespace

ConversationSidebar::ConversationSidebar(ConversationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_newChat(
          named(new QPushButton(Icons::action(u"plus"_s), tr("New Chat"), this), u"newChat"_s))
    , m_search(named(new QLineEdit(this), u"conversationSearch"_s))
    , m_pages(new QStackedWidget(this))
    , m_list(named(new QListWidget(m_pages), u"conversationList"_s))
    , m_results(named(new QListWidget(m_pages), u"searchResults"_s))
    , m_undoBanner(named(new QFrame(this), u"undoBanner"_s))
    , m_undoLabel(new QLabel(m_undoBanner))
    , m_undo(named(new QPushButton(tr("Undo"), m_undoBanner), u"undoDelete"_s))
    , m_searchTimer(new QTimer(this))
    , m_undoTimer(new QTimer(this))
    , m_externalPoll(new QTimer(this)) {
    setObjectName(u"conversationSidebar"_s);

    m_newChat->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    m_search->setPlaceholderText(tr("Search messages"));
    m_search->setToolTip(tr("Full-text search over every message (Ctrl+Shift+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::action(u"search"_s), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);
    m_results->setWordWrap(true);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->viewport()->installEventFilter(this);
    m_results->setSpacing(3);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_pages->addWidget(m_list);
    m_pages->addWidget(m_results);

    m_undoBanner->setFrameShape(QFrame::StyledPanel);
    m_undoLabel->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_undoBanner);
    bannerLayout->setContentsMargins(6, 4, 6, 4);
    bannerLayout->addWidget(m_undoLabel, 1);
    bannerLayout->addWidget(m_undo);
    m_undoBanner->hide();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchPauseMs);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(kUndoMs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(6);
    layout->addWidget(m_newChat);
    layout->addWidget(m_search);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_undoBanner);

    connect(m_newChat, &QPushButton::clicked, this, &ConversationSidebar::newConversationRequested);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_searchTimer, &QTimer::timeout, this, &ConversationSidebar::runSearch);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 id = idOf(item); id && id != m_current)
            emit conversationActivated(id);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const qint64 id = idOf(item); id && id != m_current)
            emit conversationActivated(id);
    });
    connect(m_list, &QListWidget::itemChanged, this, &ConversationSidebar::onItemChanged);
    connect(m_list, &QListWidget::customContextMenuRequested, this,
            &ConversationSidebar::showContextMenu);
    const auto openHit = [this](QListWidgetItem *item) {
        const qint64 conversation = item ? item->data(kIdRole).toLongLong() : 0;
        if (conversation)
            emit searchHitActivated(conversation, item->data(kMessageRole).toLongLong());
    };
    connect(m_results, &QListWidget::itemClicked, this, openHit);
    connect(m_results, &QListWidget::itemActivated, this, openHit);
    connect(m_undo, &QPushButton::clicked, this, &ConversationSidebar::undoDelete);
    connect(m_undoTimer, &QTimer::timeout, this, &ConversationSidebar::finishDelete);

    // Deletions left pending by a previous run can no longer be undone.
    m_store->purgeDeleted();
    reload();

    m_externalPoll->setInterval(kExternalPollMs);
    connect(m_externalPoll, &QTimer::timeout, this, &ConversationSidebar::reloadIfChangedElsewhere);
    m_externalPoll->start();
}

void ConversationSidebar::reloadIfChangedElsewhere() {
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion || isRenaming())
        return; // a rename in progress: the next poll reloads
    m_dataVersion = version;
    reload();
}

ConversationSidebar::~ConversationSidebar() {
    if (m_pendingDelete)
        m_store->purgeDeleted();
}

void ConversationSidebar::reload() {
    if (isRenaming())
        return; // do not take a rename away from under the user
    m_populating = true;
    m_dataVersion = m_store->dataVersion();
    const int scrolled = m_list->verticalScrollBar()->value();
    m_list->clear();
    const QIcon pin = Icons::action(u"pin"_s);
    const QLocale locale;
    for (const ConversationInfo &info : m_store->conversations()) {
        auto *item = new QListWidgetItem(displayTitle(info.title));
        item->setData(kIdRole, info.id);
        item->setData(kPinnedRole, info.pinned);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (info.pinned)
            item->setIcon(pin);
        QStringList tip{displayTitle(info.title)};
        if (!info.model.isEmpty())
            tip << info.model;
        tip << tr("%n message(s)", nullptr, info.messageCount);
        tip << tr("Updated %1")
                   .arg(locale.toString(info.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (info.totalCost > 0)
            tip << tr("Cost $%1").arg(QString::number(info.totalCost, 'f', 6));
        item->setToolTip(tip.join(u'\n'));
        m_list->addItem(item);
        if (info.id == m_current)
            m_list->setCurrentItem(item);
    }
    if (!itemFor(m_current))
        m_list->setCurrentItem(nullptr);
    m_list->verticalScrollBar()->setValue(scrolled);
    m_populating = false;
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
}

QList<qint64> ConversationSidebar::listedIds() const {
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << idOf(m_list->item(row));
    return ids;
}

QListWidgetItem *ConversationSidebar::itemFor(qint64 id) const {
    if (!id)
        return nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        if (idOf(m_list->item(row)) == id)
            return m_list->item(row);
    }
    return nullptr;
}

bool ConversationSidebar::isRenaming() const {
    // The item editor is a line edit on the list's viewport while a rename is open.
    const auto *editor =
        m_list->viewport()->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    return editor && editor->isVisible();
}

qint64 ConversationSidebar::idOf(const QListWidgetItem *item) const {
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void ConversationSidebar::setCurrentConversation(qint64 id) {
    m_current = id;
    QListWidgetItem *item = itemFor(id);
    if (!item) {
        reload(); // a conversation created since the last reload
        item = itemFor(id);
    }
    m_list->setCurrentItem(item);
    if (item)
        m_list->scrollToItem(item);
}

bool ConversationSidebar::renameConversation(qint64 id, const QString &title) {
    const QString cleaned = title.simplified();
    if (!id || cleaned.isEmpty() || !m_store->renameConversation(id, cleaned))
        return false;
    reload();
    return true;
}

void ConversationSidebar::startRename(qint64 id) {
    if (QListWidgetItem *item = itemFor(id)) {
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    }
}

void ConversationSidebar::onItemChanged(QListWidgetItem *item) {
    if (m_populating)
        return;
    const qint64 id = idOf(item);
    const auto info = m_store->conversation(id);
    if (!info || item->text() == displayTitle(info->title))
        return;
    // An empty title is refused: the list goes back to the stored one.
    const QString wanted = item->text();
    QTimer::singleShot(0, this, [this, id, wanted] {
        if (!renameConversation(id, wanted))
            reload();
    });
}

bool ConversationSidebar::togglePin(qint64 id) {
    const auto info = m_store->conversation(id);
    if (!info || !m_store->setPinned(id, !info->pinned))
        return false;
    reload();
    return true;
}

bool ConversationSidebar::deleteConversation(qint64 id) {
    const auto info = m_store->conversation(id);
    if (!info)
        return false;
    finishDelete(); // only the latest deletion can be undone
    if (!m_store->deleteConversation(id))
        return false;
    m_pendingDelete = id;
    m_undoLabel->setText(tr("Deleted \u201c%1\u201d.").arg(displayTitle(info->title)));
    m_undoBanner->show();
    m_undoTimer->start();
    reload();
    emit conversationDeleted(id);
    return true;
}

bool ConversationSidebar::undoDelete() {
    const qint64 id = m_pendingDelete;
    if (!id)
        return false;
    m_undoTimer->stop();
    m_undoBanner->hide();
    m_pendingDelete = 0;
    if (!m_store->restoreConversation(id))
        return false;
    reload();
    emit conversationRestored(id);
    return true;
}

void ConversationSidebar::finishDelete() {
    m_undoTimer->stop();
    m_undoBanner->hide();
    if (!m_pendingDelete)
        return;
    m_pendingDelete = 0;
    m_store->purgeDeleted();
}

bool ConversationSidebar::exportConversation(qint64 id, const QString &path, ExportFormat format,
                                             QString *error) const {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_store->conversation(id))
        return fail(tr("There is no conversation to export yet."));
    const QByteArray bytes =
        format == Json ? QJsonDocument(m_store->exportJson(id)).toJson(QJsonDocument::Indented)
                       : m_store->exportMarkdown(id).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

qint64 ConversationSidebar::importConversation(const QString &path, QString *error) {
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return qint64(0);
    };
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2").arg(shown, file.errorString()));
    if (file.size() > kMaxImportBytes)
        return fail(tr("%1 is too large to be a conversation export.").arg(shown));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("%1 is not a JSON conversation export (an object with a \"messages\" "
                       "list): %2")
                        .arg(shown, document.isNull() ? parseError.errorString()
                                                      : tr("the top level is not an object")));
    QString importError;
    const qint64 id = m_store->importJson(document.object(), &importError);
    if (!id)
        return fail(tr("Could not import %1: %2").arg(shown, importError));
    reload();
    emit conversationImported(id);
    return id;
}

void ConversationSidebar::exportWithDialog(qint64 id, ExportFormat preferred) {
    const auto info = m_store->conversation(id);
    if (!info)
        return;
    QString base = displayTitle(info->title);
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    base.replace(unsafe, u"-"_s);
    const QString markdownFilter = tr("Markdown (*.md)");
    const QString jsonFilter = tr("JSON, API messages format (*.json)");
    QString selected = preferred == Json ? jsonFilter : markdownFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Conversation"),
        QDir(folder).filePath(base + (preferred == Json ? u".json"_s : u".md"_s)),
        markdownFilter + u";;"_s + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    const bool json = path.endsWith(".json"_L1, Qt::CaseInsensitive) ||
                      (!path.endsWith(".md"_L1, Qt::CaseInsensitive) && selected == jsonFilter);
    QString error;
    if (!exportConversation(id, path, json ? Json : Markdown, &error))
        QMessageBox::warning(this, tr("Export Conversation"), error);
}

void ConversationSidebar::importWithDialog() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Conversation"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("JSON conversation (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importConversation(path, &error))
        QMessageBox::warning(this, tr("Import Conversation"), error);
}

void ConversationSidebar::setUndoTimeout(int ms) {
    m_undoTimer->setInterval(ms);
}

void ConversationSidebar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationSidebar::setSearchText(const QString &text) {
    m_search->setText(text);
    m_searchTimer->stop();
    runSearch();
}

int ConversationSidebar::resultCount() const {
    if (m_pages->currentWidget() != m_results)
        return 0;
    int hits = 0;
    for (int row = 0; row < m_results->count(); ++row)
        hits += m_results->item(row)->data(kIdRole).toLongLong() != 0;
    return hits;
}

void ConversationSidebar::runSearch() {
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_pages->setCurrentWidget(m_list);
        m_results->clear();
        return;
    }
    m_results->clear();
    const QList<SearchHit> hits = m_store->search(text, 100);
    for (const SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(m_results);
        item->setData(kIdRole, hit.conversationId);
        item->setData(kMessageRole, hit.messageId);
        const QString role = hit.role == "user"_L1        ? tr("You")
                             : hit.role == "assistant"_L1 ? tr("Assistant")
                                                          : hit.role;
        auto *label = new QLabel(m_results);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(4, 3, 4, 3);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        QString title = displayTitle(hit.conversationTitle);
        if (title.size() > 60)
            title = title.left(59) + u'\u2026';
        label->setText(u"<b>%1</b><br><span style=\"color:gray\">%2:</span> %3"_s.arg(
            title.toHtmlEscaped(), role.toHtmlEscaped(), snippetHtml(hit.snippet)));
        item->setToolTip(displayTitle(hit.conversationTitle));
        m_results->setItemWidget(item, label);
    }
    updateResultHeights();
    if (hits.isEmpty()) {
        auto *none =
            new QListWidgetItem(tr("No message matches \u201c%1\u201d.").arg(text), m_results);
        none->setFlags(Qt::NoItemFlags);
    }
    m_pages->setCurrentWidget(m_results);
}

void ConversationSidebar::updateResultHeights() {
    // Word-wrapped labels: their height depends on the list's width.
    const int width = m_results->viewport()->width();
    for (int row = 0; row < m_results->count(); ++row) {
        QListWidgetItem *item = m_results->item(row);
        if (auto *label = qobject_cast<QLabel *>(m_results->itemWidget(item)))
            item->setSizeHint(QSize(width, label->heightForWidth(width)));
    }
}

void ConversationSidebar::showContextMenu(const QPoint &pos) {
    QListWidgetItem *item = m_list->itemAt(pos);
    const qint64 id = idOf(item);
    if (!id)
        return;
    const bool pinned = item->data(kPinnedRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("&Rename"), this, [this, id] { startRename(id); });
    menu.addAction(Icons::action(u"pin"_s), pinned ? tr("Un&pin") : tr("&Pin"), this,
                   [this, id] { togglePin(id); });
    menu.addAction(tr("&Export…"), this, [this, id] { exportWithDialog(id, Markdown); });
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, [this, id] { deleteConversation(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool ConversationSidebar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_results->viewport() && event->type() == QEvent::Resize)
        updateResultHeights();
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            setSearchText({});
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            QListWidget *target = m_pages->currentWidget() == m_results ? m_results : m_list;
            target->setFocus();
            if (!target->currentItem() && target->count())
                target->setCurrentRow(0);
            return true;
        }
    } else if (watched == m_list && !isRenaming()) {
        const qint64 id = idOf(m_list->currentItem());
        if (id && (key->key() == Qt::Key_Delete ||
                   (key->key() == Qt::Key_Backspace && key->modifiers() & Qt::ControlModifier))) {
            deleteConversation(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace orc
