#pragma once

#include "chat/ChatSession.h"
#include "domain/ModelInfo.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace orc {

class RoutingSettingsBox;

// The per-conversation settings beside the transcript: system prompt, sampling parameters
// (temperature, max tokens, top_p, reasoning effort, seed; each can stay at the provider's
// default), routing (RoutingSettingsBox), saved presets (PresetStore), and the composer's send key
// (a global setting).
class ChatSettingsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSettingsPanel)
public:
    explicit ChatSettingsPanel(QWidget *parent = nullptr);

    // Shows a conversation's settings without emitting change signals.
    void setValues(const QString &systemPrompt, const ChatParams &params);
    QString systemPrompt() const;
    ChatParams params() const;
    // Names the parameters the model ignores (when its catalog entry is known).
    void setModel(const ModelInfo &model);
    // Emits a system prompt change that is still waiting for the typing pause.
    void flushPendingPrompt();

    // Presets: applying emits the prompt and parameter changes.
    bool applyPreset(const QString &name);
    bool savePreset(const QString &name);
    bool deletePreset(const QString &name);
    void reloadPresets();
    // Writes the preset, with the chat's model and routing, as an OpenRouter preset JSON file.
    bool exportPreset(const QString &name, const QString &path, QString *error = nullptr);

    // Enter sends and Shift/Ctrl+Enter breaks the line, instead of the default
    // (Settings::Key::SendWithEnter).
    bool sendWithEnter() const;

    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QSpinBox *maxTokensBox() const { return m_maxTokens; }
    QDoubleSpinBox *topPBox() const { return m_topP; }
    QComboBox *effortBox() const { return m_effort; }
    QSpinBox *seedBox() const { return m_seed; }
    QComboBox *presetBox() const { return m_presets; }
    QCheckBox *sendWithEnterBox() const { return m_sendWithEnter; }
    QLabel *ignoredLabel() const { return m_ignored; }
    RoutingSettingsBox *routingBox() const { return m_routing; }

signals:
    void systemPromptChanged(const QString &prompt);
    void paramsChanged(const orc::ChatParams &params);
    void sendWithEnterChanged(bool sendWithEnter);

private:
    void onParamEdited();
    void onPresetActivated(int index);
    void askPresetName();
    void askExportPath();
    void updateIgnored();

    QComboBox *m_presets;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    QPushButton *m_exportPreset;
    QPlainTextEdit *m_prompt;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_topP;
    QComboBox *m_effort;
    QSpinBox *m_seed;
    QLabel *m_ignored;
    RoutingSettingsBox *m_routing;
    QCheckBox *m_sendWithEnter;
    QTimer *m_promptTimer;
    ModelInfo m_model;
    bool m_updating = false;
};

} // namespace orc
