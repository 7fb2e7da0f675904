#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QString plain(QString text) {
    // "&Quit" -> "Quit", "Settings…" -> "Settings", "&&" stays a literal "&"
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    while (text.endsWith(u'\u2026') || text.endsWith(u'.'))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &sequences) {
    QStringList keys;
    for (const QKeySequence &sequence : sequences)
        if (!sequence.isEmpty())
            keys << sequence.toString(QKeySequence::NativeText);
    keys.removeDuplicates();
    return keys.join(u", "_s);
}

void walkMenu(QMenu *menu, const QString &section, QList<const QAction *> &seen,
              QList<ShortcutsDialog::Entry> &out) {
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *sub = action->menu()) {
            walkMenu(sub, section + u" \u203a "_s + plain(sub->title()), seen, out);
            continue;
        }
        if (seen.contains(action))
            continue;
        const QString keys = keysOf(action->shortcuts());
        if (keys.isEmpty())
            continue;
        seen << action;
        out.append({section, plain(action->text()), keys});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_entries(collect(window))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(u"shortcutFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by action or key"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(u"shortcutTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    fill();
    resize(700, 620); // room for both columns in longer languages
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window) {
    QList<Entry> out;
    QList<const QAction *> seen;
    if (!window)
        return out + widgetKeys();
    // Menus first, in menu-bar order, so the list reads like the menus.
    if (auto *menuBar = window->findChild<QMenuBar *>()) {
        for (QAction *top : menuBar->actions())
            if (QMenu *menu = top->menu())
                walkMenu(menu, plain(menu->title()), seen, out);
    }
    // Then actions with shortcuts that live outside the menus (page toolbars, buttons).
    const QString other = tr("Pages");
    QList<Entry> rest;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (seen.contains(action) || action->menu())
            continue;
        const QString keys = keysOf(action->shortcuts());
        const QString text = plain(action->text());
        if (keys.isEmpty() || text.isEmpty())
            continue;
        seen << action;
        rest.append({other, text, keys});
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts) {
        const QString keys = keysOf(shortcut->keys());
        if (!keys.isEmpty() && !shortcut->whatsThis().isEmpty())
            rest.append({other, shortcut->whatsThis(), keys});
    }
    std::stable_sort(rest.begin(), rest.end(), [](const Entry &a, const Entry &b) {
        return a.description.localeAwareCompare(b.description) < 0;
    });
    return out + rest + widgetKeys();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::widgetKeys() {
    const auto key = [](QKeyCombination combination) {
        return QKeySequence(combination).toString(QKeySequence::NativeText);
    };
    const QString chat = tr("Chat");
    const QString images = tr("Image viewer");
    const QString send = key(QKeyCombination(Qt::ControlModifier, Qt::Key_Return));
    return {
        {chat, tr("Send the message"),
         tr("%1 (or %2 when Enter sends)").arg(send, key(QKeyCombination(Qt::Key_Return)))},
        {chat, tr("New line in the message"),
         tr("%1 (or %2 when Enter sends)")
             .arg(key(QKeyCombination(Qt::Key_Return)),
                  key(QKeyCombination(Qt::ShiftModifier, Qt::Key_Return)))},
        {images, tr("Fit the image to the window"), key(QKeyCombination(Qt::Key_F))},
        {images, tr("Show the image at actual size"), key(QKeyCombination(Qt::Key_1))},
        {images, tr("Zoom in"),
         QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)},
        {images, tr("Zoom out"),
         QKeySequence(QKeySequence::ZoomOut).toString(QKeySequence::NativeText)},
        {tr("Image studio"), tr("Paste an input image"),
         QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)},
        {tr("Image studio"), tr("Cancel the generation"), key(QKeyCombination(Qt::Key_Escape))},
    };
}

void ShortcutsDialog::fill() {
    m_tree->clear();
    QTreeWidgetItem *section = nullptr;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!section || section->text(0) != entry.section) {
            section = new QTreeWidgetItem(m_tree, {entry.section});
            section->setFont(0, bold);
            section->setFirstColumnSpanned(true);
            section->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(m_tree, {u"    "_s + entry.description, entry.keys});
        item->setData(0, Qt::UserRole, entry.section);
    }
}

void ShortcutsDialog::applyFilter(const QString &text) {
    const QString needle = text.trimmed();
    QTreeWidgetItem *section = nullptr;
    bool sectionHasMatch = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (!item->data(0, Qt::UserRole).isValid()) {
            if (section)
                section->setHidden(!sectionHasMatch);
            section = item;
            sectionHasMatch = false;
            continue;
        }
        const bool match = needle.isEmpty() ||
                           item->text(0).contains(needle, Qt::CaseInsensitive) ||
                           item->text(1).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        sectionHasMatch = sectionHasMatch || match;
    }
    if (section)
        section->setHidden(!sectionHasMatch);
}

} // namespace orc
