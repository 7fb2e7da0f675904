#pragma once

#include <QTableView>

namespace orc {

// The catalogue table: whole-row selection, sortable header, fixed row height (fast with
// thousands of rows). Emits painted() after each paint of its viewport, which the page uses to
// know when the catalogue is on screen.
class CatalogTableView final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTableView)
public:
    explicit CatalogTableView(QWidget *parent = nullptr);

signals:
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace orc
