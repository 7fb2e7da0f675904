#pragma once

#include "domain/ModelInfo.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QFrame;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace orc {

// The chat's model chooser: a button naming the model, opening a searchable list of the
// catalog's text-output models with favourites first (the catalog's favourites,
// Settings::favouriteModels()). Typing a full id that is not listed (say, before the catalog has
// loaded) and pressing Enter picks that id.
class ModelPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)
public:
    explicit ModelPicker(QWidget *parent = nullptr);

    void setModels(const QList<ModelInfo> &models);
    void setFavourites(const QSet<QString> &ids);
    // Listed favourites in list order (by name).
    QStringList favouriteIds() const;
    int modelCount() const { return static_cast<int>(m_models.size()); }

    void setCurrentModel(const QString &id); // shows it; emits nothing
    const QString &currentModel() const { return m_current; }
    // The catalog entry of `id` (invalid when the catalog does not list it).
    ModelInfo modelInfo(const QString &id) const;

    void showPopup();
    void hidePopup();
    bool isPopupVisible() const;

    QPushButton *button() const { return m_button; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    // Model ids of the visible rows, in order (for tests and the popup's keyboard handling).
    QStringList visibleIds() const;

signals:
    void modelChosen(const QString &id);
    void listChanged(); // models or favourites changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildList();
    void applyFilter();
    void choose(const QString &id);
    void acceptCurrent();
    void moveSelection(int delta);
    void updateButton();

    QPushButton *m_button;
    QFrame *m_popup;
    QLineEdit *m_search;
    QListWidget *m_list;
    QList<ModelInfo> m_models;
    QHash<QString, qsizetype> m_indexById;
    QSet<QString> m_favourites;
    QString m_current;
};

} // namespace orc
