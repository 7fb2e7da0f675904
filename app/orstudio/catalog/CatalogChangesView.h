#pragma once

#include "domain/CatalogDiff.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace orc {

// "What changed": the catalogue's change history (CatalogHistory) since a chosen time, in three
// groups: models added, models removed, and changes of kept models (old -> new price per unit,
// context, max output, expiration date, with the relative change). Reads the history file when
// shown and whenever the period changes.
class CatalogChangesView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogChangesView)
public:
    explicit CatalogChangesView(QString historyPath, QWidget *parent = nullptr);

    // Periods offered, in days (the combo's order).
    static QList<int> periods() { return {1, 7, 30, 90, 365}; }
    void setPeriodDays(int days); // one of periods()
    int periodDays() const;
    // Re-reads the history for the current period; returns false (and says why) on failure.
    bool reload();
    // Shows these changes (what reload() does after reading).
    void setChanges(const QList<CatalogChange> &changes, const QDateTime &since);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QComboBox *periodCombo() const { return m_period; }

signals:
    // A model row was activated (double-click, Enter).
    void modelActivated(const QString &modelId);

private:
    QString m_historyPath;
    QComboBox *m_period;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace orc
