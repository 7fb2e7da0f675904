#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLayout;

namespace orc {

class Settings;

// One page of the settings dialog: a form of titled rows over the core Settings. The page loads
// its fields from the settings, saves them back, says what must be fixed before saving, and sets
// its texts again when the language changes (retranslate, with the row titles in form order).
class SettingsPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    virtual void load(const Settings &settings) = 0;
    virtual void save(Settings &settings) const = 0;
    // What must be fixed before saving (translated), or empty.
    virtual QString problem() const { return {}; }

protected:
    SettingsPage(const QString &objectName, QWidget *parent);

    // A titled row; the title's mnemonic focuses `buddy` (the field itself when null).
    void addRow(QWidget *field, QWidget *buddy = nullptr);
    void addRow(QLayout *fields, QWidget *buddy);
    // A row without a title (a check box, a note).
    void addUntitledRow(QWidget *field);
    // A dimmed, wrapped explanation under the fields above it.
    QLabel *addNote();
    // The titles of the titled rows, in the order they were added.
    void setRowTitles(const QStringList &titles);
    QLabel *rowTitle(int row) const { return m_titles.at(row); }

    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

private:
    QLabel *newTitle(QWidget *buddy);

    QFormLayout *m_form;
    QList<QLabel *> m_titles;
};

} // namespace orc
