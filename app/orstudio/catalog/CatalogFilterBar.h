#pragma once

#include "domain/ModelQuery.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace orc {

// The controls above the catalogue table: search box (words, as you type), capability chips,
// "New" and "Expiring" chips, a favourites chip, a max-input-price box, a min-context picker, an
// author picker, the "N of M models" count and a reset button. It only describes the filter
// (query()); the page applies it.
class CatalogFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterBar)
public:
    explicit CatalogFilterBar(QWidget *parent = nullptr);

    // The filter the controls describe (favourite ids are not set here).
    ModelQuery query() const;
    bool hasFilter() const { return query().hasFilter(); }

    // Fills the author picker ("author (count)"); keeps the current choice when still listed.
    void setAuthors(const QList<QPair<QString, int>> &authors);
    void setCounts(int shown, int total);
    // Clears every control and emits queryChanged() once.
    void reset();

    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *chip(ModelCapability capability) const { return m_chips.value(capability); }
    // "New": added (created) in the last kRecentDays days; "Expiring": retired within as many.
    static constexpr int kRecentDays = 30;

signals:
    void queryChanged();

private:
    QToolButton *makeChip(const QString &objectName, const QString &text, const QString &icon,
                          const QString &toolTip);
    void onChanged();

    QLineEdit *m_search;
    QComboBox *m_author;
    QDoubleSpinBox *m_maxPrice;
    QComboBox *m_minContext;
    QMap<ModelCapability, QToolButton *> m_chips;
    QToolButton *m_favourites = nullptr;
    QToolButton *m_newChip = nullptr;
    QToolButton *m_expiringChip = nullptr;
    QLabel *m_count;
    QPushButton *m_reset;
    bool m_resetting = false;
};

} // namespace orc
