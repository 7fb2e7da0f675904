#include "catalog/ModalityDelegate.h"

#include "Icons.h"
#include "catalog/ModelCatalogModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace orc {

ModalityDelegate::ModalityDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void ModalityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    // Background, selection and focus from the style, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList in = index.data(ModelCatalogModel::InputModalitiesRole).toStringList();
    const QStringList out = index.data(ModelCatalogModel::OutputModalitiesRole).toStringList();
    const QRect rect = option.rect.adjusted(4, 0, -4, 0);
    // Shrink the icons (down to kMinIconSize) rather than cut the outputs off.
    const int icons = int(in.size() + out.size());
    const int needed = icons * (kIconSize + kSpacing) + kArrowWidth + kSpacing;
    int size = kIconSize;
    int spacing = kSpacing;
    int arrow = kArrowWidth;
    if (needed > rect.width() && icons > 0) {
        spacing = 1;
        arrow = 10;
        size = std::max(kMinIconSize, (rect.width() - arrow - spacing) / icons - spacing);
    }
    int x = rect.left();
    const int y = rect.top() + (rect.height() - size) / 2;
    const QIcon::Mode mode =
        (option.state & QStyle::State_Selected) ? QIcon::Selected : QIcon::Normal;

    auto drawIcons = [&](const QStringList &modalities) {
        for (const QString &modality : modalities) {
            if (x + size > rect.right() + 1)
                return;
            Icons::modality(modality).paint(painter, QRect(x, y, size, size), Qt::AlignCenter,
                                            mode);
            x += size + spacing;
        }
    };
    drawIcons(in);
    if (x + arrow <= rect.right() + 1) {
        painter->save();
        painter->setPen(option.palette.color((option.state & QStyle::State_Selected)
                                                 ? QPalette::HighlightedText
                                                 : QPalette::PlaceholderText));
        painter->drawText(QRect(x, rect.top(), arrow, rect.height()), Qt::AlignCenter, u"\u2192"_s);
        painter->restore();
        x += arrow + spacing;
    }
    drawIcons(out);
}

QSize ModalityDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    const qsizetype icons =
        index.data(ModelCatalogModel::InputModalitiesRole).toStringList().size() +
        index.data(ModelCatalogModel::OutputModalitiesRole).toStringList().size();
    const int width = int(icons) * (kIconSize + kSpacing) + kArrowWidth + kSpacing + 8;
    return {width, std::max(QStyledItemDelegate::sizeHint(option, index).height(), kIconSize + 4)};
}

} // namespace orc
