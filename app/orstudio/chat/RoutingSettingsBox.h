#pragma once

#include "chat/ChatRouting.h"
#include "store/RoutingCache.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace orc {

// The routing part of the chat settings: a routing profile (built in or the user's), the privacy
// switch, providers to try first / allow only / ignore, a price cap per million tokens and
// whether other providers may step in. Warns, from the cached listings only (no request), about
// provider names OpenRouter does not list and a price cap below every provider of the model.
class RoutingSettingsBox final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutingSettingsBox)
public:
    explicit RoutingSettingsBox(QWidget *parent = nullptr);

    // Shows a conversation's routing without emitting routingChanged().
    void setRouting(const ChatRouting &routing);
    ChatRouting routing() const;
    // Re-reads the profiles from Settings (after the catalogue pinned a provider).
    void reloadProfiles();
    // The model the price warning compares with; the cache it reads.
    void setModelId(const QString &modelId);
    void setCache(const RoutingCache &cache);

    QComboBox *profileBox() const { return m_profile; }
    QCheckBox *privateBox() const { return m_private; }
    QLineEdit *orderEdit() const { return m_order; }
    QLineEdit *onlyEdit() const { return m_only; }
    QLineEdit *ignoreEdit() const { return m_ignore; }
    QDoubleSpinBox *maxPromptBox() const { return m_maxPrompt; }
    QDoubleSpinBox *maxCompletionBox() const { return m_maxCompletion; }
    QCheckBox *fallbacksBox() const { return m_fallbacks; }
    QLabel *warningLabel() const { return m_warning; }

signals:
    void routingChanged(const orc::ChatRouting &routing);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onEdited();
    void updateWarning();

    QComboBox *m_profile;
    QCheckBox *m_private;
    QLineEdit *m_order;
    QLineEdit *m_only;
    QLineEdit *m_ignore;
    QDoubleSpinBox *m_maxPrompt;
    QDoubleSpinBox *m_maxCompletion;
    QCheckBox *m_fallbacks;
    QLabel *m_warning;
    RoutingCache m_cache;
    QString m_modelId;
    bool m_updating = false;
};

} // namespace orc
