#pragma once

#include <QStyledItemDelegate>

namespace orc {

// Paints the modalities column as icons: inputs, an arrow, outputs (from the model's
// InputModalitiesRole/OutputModalitiesRole), smaller when the column is narrow. The text stays
// available as tooltip and for accessibility.
class ModalityDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModalityDelegate)
public:
    explicit ModalityDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kIconSize = 16;
    static constexpr int kMinIconSize = 10;
    static constexpr int kSpacing = 3;
    static constexpr int kArrowWidth = 14;
};

} // namespace orc
