#include "chat/ChatSettingsPanel.h"

#include "chat/PresetStore.h"
#include "chat/RoutingSettingsBox.h"
#include "store/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr double kTemperatureUnset = -0.1; // the spin boxes' minimum shows "Default"
constexpr double kTopPUnset = -0.05;
constexpr int kPromptPauseMs = 400;

QLabel *sectionTitle(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ChatSettingsPanel::ChatSettingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("Save As…"), this))
    , m_deletePreset(new QPushButton(tr("Delete"), this))
    , m_exportPreset(new QPushButton(tr("Export…"), this))
    , m_prompt(new QPlainTextEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_topP(new QDoubleSpinBox(this))
    , m_effort(new QComboBox(this))
    , m_seed(new QSpinBox(this))
    , m_ignored(new QLabel(this))
    , m_routing(new RoutingSettingsBox(this))
    , m_sendWithEnter(new QCheckBox(tr("Send with Enter (Shift+Enter for a new line)"), this))
    , m_promptTimer(new QTimer(this)) {
    setObjectName(u"chatSettings"_s);
    m_presets->setObjectName(u"presetBox"_s);
    m_savePreset->setObjectName(u"savePreset"_s);
    m_deletePreset->setObjectName(u"deletePreset"_s);
    m_exportPreset->setObjectName(u"exportPreset"_s);
    m_exportPreset->setToolTip(tr("Save the selected preset, with this chat's model and routing, "
                                  "as an OpenRouter preset (JSON)"));
    m_prompt->setObjectName(u"systemPrompt"_s);
    m_temperature->setObjectName(u"temperature"_s);
    m_maxTokens->setObjectName(u"maxTokens"_s);
    m_topP->setObjectName(u"topP"_s);
    m_effort->setObjectName(u"reasoningEffort"_s);
    m_seed->setObjectName(u"seed"_s);
    m_ignored->setObjectName(u"ignoredParameters"_s);
    m_sendWithEnter->setObjectName(u"sendWithEnter"_s);

    m_savePreset->setToolTip(tr("Save the system prompt and parameters under a name"));
    m_deletePreset->setToolTip(tr("Delete the selected preset"));
    m_prompt->setPlaceholderText(tr("Instructions the model follows in this conversation"));
    m_prompt->setTabChangesFocus(true);

    m_temperature->setRange(kTemperatureUnset, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setSpecialValueText(tr("Default"));
    m_temperature->setToolTip(tr("Randomness: 0 is the most predictable, 2 the most varied"));
    m_maxTokens->setRange(0, 2000000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setSpecialValueText(tr("Default"));
    m_maxTokens->setToolTip(tr("Longest reply, in tokens"));
    m_topP->setRange(kTopPUnset, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setSpecialValueText(tr("Default"));
    m_topP->setToolTip(tr("Nucleus sampling: only the most likely tokens up to this probability"));
    const std::pair<QString, QString> efforts[] = {
        {QString(), tr("Default")},     {u"none"_s, tr("None")},     {u"minimal"_s, tr("Minimal")},
        {u"low"_s, tr("Low")},          {u"medium"_s, tr("Medium")}, {u"high"_s, tr("High")},
        {u"xhigh"_s, tr("Extra high")},
    };
    for (const auto &[value, text] : efforts)
        m_effort->addItem(text, value);
    m_effort->setToolTip(tr("How much a reasoning model thinks before it answers"));
    m_seed->setRange(-1, std::numeric_limits<int>::max());
    m_seed->setSpecialValueText(tr("Random"));
    m_seed->setToolTip(tr("The same seed and parameters repeat a reply, where the provider "
                          "supports it"));
    m_ignored->setWordWrap(true);
    m_ignored->setForegroundRole(QPalette::PlaceholderText);
    m_ignored->hide();
    m_sendWithEnter->setChecked(Settings().flag(Settings::Key::SendWithEnter));
    m_promptTimer->setSingleShot(true);
    m_promptTimer->setInterval(kPromptPauseMs);

    auto *presetButtons = new QHBoxLayout;
    presetButtons->addWidget(m_savePreset);
    presetButtons->addWidget(m_deletePreset);
    presetButtons->addWidget(m_exportPreset);
    presetButtons->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Temperature"), m_temperature);
    form->addRow(tr("Max &tokens"), m_maxTokens);
    form->addRow(tr("Top &P"), m_topP);
    form->addRow(tr("&Reasoning"), m_effort);
    form->addRow(tr("S&eed"), m_seed);

    // The panel scrolls when the window is too low for all of it.
    auto *content = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"chatSettingsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(sectionTitle(tr("Preset"), this));
    layout->addWidget(m_presets);
    layout->addLayout(presetButtons);
    layout->addSpacing(6);
    auto *promptLabel = sectionTitle(tr("System &prompt"), this);
    promptLabel->setBuddy(m_prompt);
    layout->addWidget(promptLabel);
    layout->addWidget(m_prompt, 1);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Parameters"), this));
    layout->addLayout(form);
    layout->addWidget(m_ignored);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Routing"), this));
    layout->addWidget(m_routing);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Composer"), this));
    layout->addWidget(m_sendWithEnter);
    m_prompt->setMinimumHeight(m_prompt->fontMetrics().lineSpacing() * 4);
    scroll->setWidget(content);
    // Never narrower than its content: the splitter keeps it readable instead of clipping it.
    scroll->setMinimumWidth(content->minimumSizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());

    connect(m_prompt, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating) {
            m_presets->setCurrentIndex(0);
            m_promptTimer->start();
        }
    });
    connect(m_promptTimer, &QTimer::timeout, this,
            [this] { emit systemPromptChanged(systemPrompt()); });
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ChatSettingsPanel::onParamEdited);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ChatSettingsPanel::onParamEdited);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, &ChatSettingsPanel::onParamEdited);
    connect(m_effort, &QComboBox::currentIndexChanged, this, &ChatSettingsPanel::onParamEdited);
    connect(m_seed, &QSpinBox::valueChanged, this, &ChatSettingsPanel::onParamEdited);
    connect(m_routing, &RoutingSettingsBox::routingChanged, this,
            &ChatSettingsPanel::onParamEdited);
    connect(m_presets, &QComboBox::activated, this, &ChatSettingsPanel::onPresetActivated);
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_deletePreset->setEnabled(index > 0);
        m_exportPreset->setEnabled(index > 0);
    });
    connect(m_exportPreset, &QPushButton::clicked, this, &ChatSettingsPanel::askExportPath);
    connect(m_savePreset, &QPushButton::clicked, this, &ChatSettingsPanel::askPresetName);
    connect(m_deletePreset, &QPushButton::clicked, this,
            [this] { deletePreset(m_presets->currentData().toString()); });
    connect(m_sendWithEnter, &QCheckBox::toggled, this, [this](bool on) {
        Settings().setValue(Settings::Key::SendWithEnter, on);
        emit sendWithEnterChanged(on);
    });

    reloadPresets();
}

void ChatSettingsPanel::setValues(const QString &systemPrompt, const ChatParams &params) {
    m_updating = true;
    m_promptTimer->stop();
    if (m_prompt->toPlainText() != systemPrompt)
        m_prompt->setPlainText(systemPrompt);
    m_temperature->setValue(params.temperature.value_or(kTemperatureUnset));
    m_maxTokens->setValue(params.maxTokens.value_or(0));
    m_topP->setValue(params.topP.value_or(kTopPUnset));
    const int effort = m_effort->findData(params.reasoningEffort);
    m_effort->setCurrentIndex(effort < 0 ? 0 : effort);
    const qint64 seed = params.seed.value_or(-1);
    m_seed->setValue(seed > std::numeric_limits<int>::max() ? std::numeric_limits<int>::max()
                                                            : static_cast<int>(seed));
    m_routing->setRouting(params.routing);
    m_updating = false;
    updateIgnored();
}

QString ChatSettingsPanel::systemPrompt() const {
    return m_prompt->toPlainText();
}

ChatParams ChatSettingsPanel::params() const {
    ChatParams p;
    if (m_temperature->value() > m_temperature->minimum())
        p.temperature = m_temperature->value();
    if (m_maxTokens->value() > 0)
        p.maxTokens = m_maxTokens->value();
    if (m_topP->value() > m_topP->minimum())
        p.topP = m_topP->value();
    p.reasoningEffort = m_effort->currentData().toString();
    if (m_seed->value() >= 0)
        p.seed = m_seed->value();
    p.routing = m_routing->routing();
    return p;
}

void ChatSettingsPanel::setModel(const ModelInfo &model) {
    m_model = model;
    m_routing->setModelId(model.id());
    updateIgnored();
}

void ChatSettingsPanel::flushPendingPrompt() {
    if (m_promptTimer->isActive()) {
        m_promptTimer->stop();
        emit systemPromptChanged(systemPrompt());
    }
}

void ChatSettingsPanel::onParamEdited() {
    updateIgnored();
    if (m_updating)
        return;
    m_presets->setCurrentIndex(0);
    emit paramsChanged(params());
}

void ChatSettingsPanel::updateIgnored() {
    // Only parameters that are set and that the model's catalog entry does not list.
    QStringList ignored;
    if (m_model.isValid() && !m_model.supportedParameters().isEmpty()) {
        const ChatParams p = params();
        if (p.temperature && !m_model.supportsParameter(u"temperature"))
            ignored << tr("temperature");
        if (p.maxTokens && !m_model.supportsParameter(u"max_tokens"))
            ignored << tr("max tokens");
        if (p.topP && !m_model.supportsParameter(u"top_p"))
            ignored << tr("top P");
        if (!p.reasoningEffort.isEmpty() && !m_model.supportsParameter(u"reasoning"))
            ignored << tr("reasoning");
        if (p.seed && !m_model.supportsParameter(u"seed"))
            ignored << tr("seed");
    }
    m_ignored->setVisible(!ignored.isEmpty());
    m_ignored->setText(
        ignored.isEmpty() ? QString()
                          : tr("%1 ignores: %2").arg(m_model.displayName(), ignored.join(u", "_s)));
}

void ChatSettingsPanel::reloadPresets() {
    const QString current = m_presets->currentData().toString();
    m_updating = true;
    m_presets->clear();
    m_presets->addItem(tr("No preset"), QString());
    for (const ChatPreset &preset : PresetStore::presets())
        m_presets->addItem(preset.name, preset.name);
    const int index = current.isEmpty() ? 0 : m_presets->findData(current);
    m_presets->setCurrentIndex(index < 0 ? 0 : index);
    m_deletePreset->setEnabled(m_presets->currentIndex() > 0);
    m_exportPreset->setEnabled(m_presets->currentIndex() > 0);
    m_updating = false;
}

void ChatSettingsPanel::onPresetActivated(int index) {
    if (index > 0)
        applyPreset(m_presets->itemData(index).toString());
}

bool ChatSettingsPanel::applyPreset(const QString &name) {
    const std::optional<ChatPreset> preset = PresetStore::preset(name);
    if (!preset)
        return false;
    setValues(preset->systemPrompt, preset->params);
    const int index = m_presets->findData(preset->name);
    m_presets->setCurrentIndex(index < 0 ? 0 : index);
    emit systemPromptChanged(preset->systemPrompt);
    emit paramsChanged(preset->params);
    return true;
}

bool ChatSettingsPanel::savePreset(const QString &name) {
    flushPendingPrompt();
    ChatPreset preset{name.trimmed(), systemPrompt(), params()};
    if (!PresetStore::save(preset))
        return false;
    reloadPresets();
    const int index = m_presets->findData(preset.name, Qt::UserRole, Qt::MatchFixedString);
    m_presets->setCurrentIndex(index < 0 ? 0 : index);
    return true;
}

bool ChatSettingsPanel::deletePreset(const QString &name) {
    if (name.isEmpty() || !PresetStore::remove(name))
        return false;
    m_presets->setCurrentIndex(0);
    reloadPresets();
    return true;
}

void ChatSettingsPanel::askPresetName() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Preset"),
        tr("Name of the preset (an existing preset with this name is replaced):"),
        QLineEdit::Normal, m_presets->currentData().toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        savePreset(name);
}

bool ChatSettingsPanel::exportPreset(const QString &name, const QString &path, QString *error) {
    const std::optional<ChatPreset> preset = PresetStore::preset(name);
    if (!preset) {
        if (error)
            *error = tr("There is no preset named %1.").arg(name);
        return false;
    }
    return PresetStore::exportPreset(*preset, m_model.id(), Settings().routingProfiles(), path,
                                     error);
}

void ChatSettingsPanel::askExportPath() {
    const QString name = m_presets->currentData().toString();
    if (name.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Preset"), QDir::home().filePath(PresetStore::slugFor(name) + u".json"_s),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPreset(name, path, &error))
        QMessageBox::warning(this, tr("Export Preset"), error);
}

bool ChatSettingsPanel::sendWithEnter() const {
    return m_sendWithEnter->isChecked();
}

} // namespace orc
