#include "SettingsPage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace orc {

SettingsPage::SettingsPage(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this)) {
    setObjectName(objectName);
}

QLabel *SettingsPage::newTitle(QWidget *buddy) {
    auto *title = new QLabel(this);
    title->setBuddy(buddy);
    m_titles << title;
    return title;
}

void SettingsPage::addRow(QWidget *field, QWidget *buddy) {
    m_form->addRow(newTitle(buddy ? buddy : field), field);
}

void SettingsPage::addRow(QLayout *fields, QWidget *buddy) {
    m_form->addRow(newTitle(buddy), fields);
}

void SettingsPage::addUntitledRow(QWidget *field) {
    m_form->addRow(QString(), field);
}

QLabel *SettingsPage::addNote() {
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setEnabled(false);
    addUntitledRow(note);
    return note;
}

void SettingsPage::setRowTitles(const QStringList &titles) {
    for (qsizetype i = 0; i < titles.size() && i < m_titles.size(); ++i)
        m_titles[i]->setText(titles[i]);
}

void SettingsPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace orc
