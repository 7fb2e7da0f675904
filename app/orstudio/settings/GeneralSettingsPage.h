#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace orc {

// Settings > General: language, theme, how the composer sends, and the default model of the
// chat and of the image studio, and the daily and monthly budgets (shared with orcli).
class GeneralSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)
public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    void load(const Settings &settings) override;
    void save(Settings &settings) const override;
    // Model ids offered by the two default-model boxes (any id can still be typed).
    void setModelChoices(const QStringList &chatModels, const QStringList &imageModels);

private:
    void retranslate() override;

    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_sendWithEnter;
    QComboBox *m_chatModel;
    QComboBox *m_imageModel;
    QLabel *m_modelNote;
    QDoubleSpinBox *m_dailyBudget;
    QDoubleSpinBox *m_monthlyBudget;
    QLabel *m_budgetNote;
};

} // namespace orc
