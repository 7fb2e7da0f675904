#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QTreeWidget;

namespace orc {

// Help > Keyboard Shortcuts: every action of the window that has a shortcut (found by walking
// the window's actions and menus, so a new action appears without touching this file), every
// QShortcut that describes itself (whatsThis), and the keys widgets handle themselves
// (sending in the composer, zooming images), grouped by menu, with a filter box.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    struct Entry {
        QString section;     // menu title without '&', or a group name
        QString description; // what the keys do
        QString keys;        // native text, several sequences joined by ", "
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // The shortcuts reachable in `window`, in menu order, then the widget-handled keys.
    static QList<Entry> collect(QWidget *window);
    // Keys handled inside widgets rather than by actions.
    static QList<Entry> widgetKeys();

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    const QList<Entry> &entries() const { return m_entries; }

private:
    void fill();
    void applyFilter(const QString &text);

    QList<Entry> m_entries;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace orc
