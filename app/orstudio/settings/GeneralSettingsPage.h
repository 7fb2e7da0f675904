#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace orc {

class Settings;

// Settings > General: language, theme, how the composer sends, and the default model of the
// chat and of the image studio.
class GeneralSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)
public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void save(Settings &settings) const;
    // Model ids offered by the two default-model boxes (any id can still be typed).
    void setModelChoices(const QStringList &chatModels, const QStringList &imageModels);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *sendWithEnterBox() const { return m_sendWithEnter; }
    QComboBox *chatModelBox() const { return m_chatModel; }
    QComboBox *imageModelBox() const { return m_imageModel; }
    QLabel *languageLabel() const { return m_languageLabel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFormLayout *m_form;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_sendWithEnter;
    QComboBox *m_chatModel;
    QComboBox *m_imageModel;
    QLabel *m_languageLabel;
    QLabel *m_themeLabel;
    QLabel *m_chatModelLabel;
    QLabel *m_imageModelLabel;
    QLabel *m_modelNote;
};

} // namespace orc
