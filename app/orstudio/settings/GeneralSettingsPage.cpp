#include "GeneralSettingsPage.h"

#include "Translations.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QComboBox *modelBox(QWidget *parent, const QString &objectName) {
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMinimumContentsLength(28);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return box;
}

// A budget in USD; 0 shows as "No limit".
QDoubleSpinBox *budgetBox(QWidget *parent, const QString &objectName) {
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(0, 1'000'000);
    box->setDecimals(2);
    box->setSingleStep(1);
    box->setPrefix(u"$"_s);
    box->setAccelerated(true);
    return box;
}

void setIndexByData(QComboBox *box, const QString &data) {
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : SettingsPage(u"generalPage"_s, parent)
    , m_language(named(new QComboBox(this), u"language"_s))
    , m_theme(named(new QComboBox(this), u"theme"_s))
    , m_sendWithEnter(named(new QCheckBox(this), u"sendWithEnter"_s))
    , m_chatModel(modelBox(this, u"defaultChatModel"_s))
    , m_imageModel(modelBox(this, u"defaultImageModel"_s))
    , m_dailyBudget(budgetBox(this, u"dailyBudget"_s))
    , m_monthlyBudget(budgetBox(this, u"monthlyBudget"_s)) {

    m_language->addItem(QString(), QString());
    for (const QString &code : Translations::available())
        m_language->addItem(Translations::nativeName(code), code);
    for (const QString &theme : {u"system"_s, u"light"_s, u"dark"_s})
        m_theme->addItem(QString(), theme);

    addRow(m_language);
    addRow(m_theme);
    addUntitledRow(m_sendWithEnter);
    addRow(m_chatModel);
    addRow(m_imageModel);
    m_modelNote = addNote();
    addRow(m_dailyBudget);
    addRow(m_monthlyBudget);
    m_budgetNote = addNote();
    rowTitle(0)->setObjectName(u"languageLabel"_s);
    retranslate();
}

void GeneralSettingsPage::retranslate() {
    setRowTitles({tr("&Language:"), tr("&Theme:"), tr("Default &chat model:"),
                  tr("Default &image model:"), tr("&Daily budget:"), tr("&Monthly budget:")});
    m_language->setItemText(
        0, tr("Follow the system (%1)").arg(Translations::nativeName(Translations::resolve({}))));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_sendWithEnter->setText(tr("Send chat messages with Enter"));
    m_sendWithEnter->setToolTip(tr("Shift+Enter then starts a new line. When this is off, "
                                   "Ctrl+Enter sends and Enter starts a new line."));
    m_chatModel->lineEdit()->setPlaceholderText(tr("The model used last"));
    m_imageModel->lineEdit()->setPlaceholderText(tr("The model used last"));
    m_modelNote->setText(tr("OR Studio starts the chat with the default chat model; leave it "
                            "empty to continue with the model used last. The image studio "
                            "starts with the default image model, which follows the model you "
                            "pick there."));
    for (QDoubleSpinBox *box : {m_dailyBudget, m_monthlyBudget})
        box->setSpecialValueText(tr("No limit"));
    m_budgetNote->setText(tr("What this computer spends (the app and orcli). From 80 % the "
                             "status bar warns; at 100 % a chat message or an image is sent "
                             "only after you confirm it."));
}

void GeneralSettingsPage::setModelChoices(const QStringList &chatModels,
                                          const QStringList &imageModels) {
    for (auto [box, ids] : {std::pair{m_chatModel, &chatModels}, {m_imageModel, &imageModels}}) {
        const QString text = box->currentText();
        box->clear();
        box->addItems(*ids);
        box->setEditText(text);
    }
}

void GeneralSettingsPage::load(const Settings &settings) {
    setIndexByData(m_language, settings.string(Settings::Key::Language));
    setIndexByData(m_theme, settings.string(Settings::Key::Theme));
    m_sendWithEnter->setChecked(settings.flag(Settings::Key::SendWithEnter));
    m_chatModel->setEditText(settings.string(Settings::Key::DefaultChatModel));
    m_imageModel->setEditText(settings.string(Settings::Key::DefaultImageModel));
    const BudgetLimits limits = settings.budgetLimits();
    m_dailyBudget->setValue(limits.dailyUsd);
    m_monthlyBudget->setValue(limits.monthlyUsd);
}

void GeneralSettingsPage::save(Settings &settings) const {
    settings.setValue(Settings::Key::Language, m_language->currentData().toString());
    settings.setValue(Settings::Key::Theme, m_theme->currentData().toString());
    settings.setValue(Settings::Key::SendWithEnter, m_sendWithEnter->isChecked());
    settings.setValue(Settings::Key::DefaultChatModel, m_chatModel->currentText().trimmed());
    settings.setValue(Settings::Key::DefaultImageModel, m_imageModel->currentText().trimmed());
    settings.setBudgetLimits({m_dailyBudget->value(), m_monthlyBudget->value()});
}

} // namespace orc
