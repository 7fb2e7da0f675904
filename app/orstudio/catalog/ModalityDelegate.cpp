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
    int x = rect.left();
    const int y = rect.top() + (rect.height() - kIconSize) / 2;
    const QIcon::Mode mode =
        (option.state & QStyle::State_Selected) ? QIcon::Selected : QIcon::Normal;

    auto drawIcons = [&](const QStringList &modalities) {
        for (const QString &modality : modalities) {
            if (x + kIconSize > rect.right())
                return;
            Icons::modality(modality).paint(painter, QRect(x, y, kIconSize, kIconSize),
                                            Qt::AlignCenter, mode);
            x += kIconSize + kSpacing;
        }
    };
    drawIcons(in);
    if (x + kArrowWidth <= rect.right()) {
        painter->save();
        painter->setPen(option.palette.color((option.state & QStyle::State_Selected)
                                                 ? QPalette::HighlightedText
                                                 : QPalette::PlaceholderText));
        painter->drawText(QRect(x, rect.top(), kArrowWidth, rect.height()), Qt::AlignCenter,
                          u"\u2192"_s);
        painter->restore();
        x += kArrowWidth + kSpacing;
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
