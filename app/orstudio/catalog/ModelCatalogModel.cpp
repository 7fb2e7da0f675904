#include "catalog/ModelCatalogModel.h"

#include "Icons.h"

#include <QLocale>
#include <QMap>

#include <limits>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr double kUnknownPrice = std::numeric_limits<double>::infinity();
constexpr qint64 kUnknownNumber = std::numeric_limits<qint64>::max();

// "1.05" with at most `decimals` decimals and no trailing zeros.
QString trimmedNumber(double value, int decimals) {
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString joinedModalities(const ModelInfo &model) {
    return model.inputModalities().join(u", "_s) + u" \u2192 "_s +
           model.outputModalities().join(u", "_s);
}

} // namespace

ModelCatalogModel::ModelCatalogModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ModelCatalogModel::setModels(QList<ModelInfo> models) {
    beginResetModel();
    m_models = std::move(models);
    m_keys.clear();
    m_keys.reserve(m_models.size());
    m_rowById.clear();
    m_rowById.reserve(m_models.size());
    for (int row = 0; row < m_models.size(); ++row) {
        const ModelInfo &model = m_models.at(row);
        const ModelPricing &pricing = model.pricing();
        SortKeys keys;
        keys.inputPrice = pricing.isVariable(ModelPricing::kPrompt)
                              ? kUnknownPrice
                              : pricing.perMillion(ModelPricing::kPrompt);
        keys.outputPrice = pricing.isVariable(ModelPricing::kCompletion)
                               ? kUnknownPrice
                               : pricing.perMillion(ModelPricing::kCompletion);
        const qint64 context = model.effectiveContextLength();
        keys.context = context > 0 ? context : kUnknownNumber;
        keys.created =
            model.created().isValid() ? model.created().toSecsSinceEpoch() : kUnknownNumber;
        QStringList in = model.inputModalities();
        QStringList out = model.outputModalities();
        in.sort();
        out.sort();
        keys.modalities = in.join(u' ') + u'>' + out.join(u' ');
        keys.name = model.displayName();
        m_keys.append(std::move(keys));
        m_rowById.insert(model.id(), row);
    }
    endResetModel();
}

const ModelInfo &ModelCatalogModel::modelAt(int row) const {
    return m_models.at(row);
}

int ModelCatalogModel::rowOfId(const QString &id) const {
    return m_rowById.value(id, -1);
}

QList<QPair<QString, int>> ModelCatalogModel::authors() const {
    QMap<QString, int> counts;
    for (const ModelInfo &model : m_models)
        ++counts[model.author()];
    QList<QPair<QString, int>> result;
    result.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.append({it.key(), it.value()});
    return result;
}

void ModelCatalogModel::setFavourites(const QSet<QString> &ids) {
    if (ids == m_favourites)
        return;
    m_favourites = ids;
    if (!m_models.isEmpty()) {
        emit dataChanged(index(0, FavouriteColumn), index(rowCount() - 1, FavouriteColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole, SortRole, FavouriteRole});
    }
    emit favouritesChanged(m_favourites);
}

void ModelCatalogModel::setFavourite(const QString &id, bool favourite) {
    if (id.isEmpty() || isFavourite(id) == favourite)
        return;
    if (favourite)
        m_favourites.insert(id);
    else
        m_favourites.remove(id);
    const int row = rowOfId(id);
    if (row >= 0) {
        const QModelIndex cell = index(row, FavouriteColumn);
        emit dataChanged(cell, cell,
                         {Qt::DecorationRole, Qt::ToolTipRole, SortRole, FavouriteRole});
    }
    emit favouritesChanged(m_favourites);
}

ModelCatalogModel::SortValue ModelCatalogModel::sortValue(int row, int column) const {
    const ModelInfo &model = m_models.at(row);
    const SortKeys &keys = m_keys.at(row);
    SortValue value;
    auto text = [&value](QStringView s) {
        value.text = s;
        value.isText = true;
    };
    switch (column) {
    case FavouriteColumn:
        value.number = isFavourite(model.id()) ? 0 : 1;
        break;
    case NameColumn:
        text(keys.name);
        break;
    case IdColumn:
        text(model.id());
        break;
    case AuthorColumn:
        text(model.author());
        break;
    case ContextColumn:
        value.unknown = keys.context == kUnknownNumber;
        value.number = double(keys.context);
        break;
    case InputPriceColumn:
        value.unknown = keys.inputPrice == kUnknownPrice;
        value.number = keys.inputPrice;
        break;
    case OutputPriceColumn:
        value.unknown = keys.outputPrice == kUnknownPrice;
        value.number = keys.outputPrice;
        break;
    case ModalitiesColumn:
        text(keys.modalities);
        break;
    case CreatedColumn:
        value.unknown = keys.created == kUnknownNumber;
        value.number = double(keys.created);
        break;
    default:
        break;
    }
    return value;
}

bool ModelCatalogModel::isUnknown(const QVariant &sortValue) {
    switch (sortValue.typeId()) {
    case QMetaType::Double:
        return sortValue.toDouble() == kUnknownPrice;
    case QMetaType::LongLong:
        return sortValue.toLongLong() == kUnknownNumber;
    default:
        return false;
    }
}

QString ModelCatalogModel::formatTokens(qint64 tokens) {
    if (tokens <= 0)
        return {};
    if (tokens >= 1000000)
        return trimmedNumber(double(tokens) / 1e6, 2) + u'M';
    if (tokens >= 1000)
        return trimmedNumber(double(tokens) / 1e3, tokens >= 100000 ? 0 : 1) + u'K';
    return QString::number(tokens);
}

QString ModelCatalogModel::formatPricePerMillion(const ModelPrice &perToken) {
    if (perToken.variable)
        return tr("variable");
    if (perToken.value == 0)
        return tr("free");
    return ModelPricing::formatUsd(perToken.value * 1e6);
}

int ModelCatalogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelCatalogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelCatalogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelInfo &model = m_models.at(index.row());
    const SortKeys &keys = m_keys.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(model, keys, column);
    case SortRole:
        return sortData(model, keys, column);
    case Qt::ToolTipRole:
        return toolTip(model, column);
    case Qt::DecorationRole:
        if (column == FavouriteColumn)
            return Icons::action(isFavourite(model.id()) ? u"star-filled"_s : u"star"_s);
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case ContextColumn:
        case InputPriceColumn:
        case OutputPriceColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        case FavouriteColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case Qt::AccessibleTextRole:
        if (column == FavouriteColumn)
            return isFavourite(model.id()) ? tr("Favourite") : tr("Not a favourite");
        return displayData(model, keys, column);
    case ModelIdRole:
        return model.id();
    case InputModalitiesRole:
        return model.inputModalities();
    case OutputModalitiesRole:
        return model.outputModalities();
    case FavouriteRole:
        return isFavourite(model.id());
    default:
        return {};
    }
}

QVariant ModelCatalogModel::displayData(const ModelInfo &model, const SortKeys &keys,
                                        int column) const {
    Q_UNUSED(keys)
    switch (column) {
    case NameColumn:
        return model.displayName();
    case IdColumn:
        return model.id();
    case AuthorColumn:
        return model.author();
    case ContextColumn: {
        const QString text = formatTokens(model.effectiveContextLength());
        return text.isEmpty() ? u"\u2014"_s : text;
    }
    case InputPriceColumn:
        return formatPricePerMillion(model.pricing().price(ModelPricing::kPrompt));
    case OutputPriceColumn:
        return formatPricePerMillion(model.pricing().price(ModelPricing::kCompletion));
    case ModalitiesColumn:
        return joinedModalities(model);
    case CreatedColumn:
        return model.created().isValid() ? model.created().date().toString(Qt::ISODate)
                                         : u"\u2014"_s;
    default:
        return {};
    }
}

QVariant ModelCatalogModel::sortData(const ModelInfo &model, const SortKeys &keys,
                                     int column) const {
    switch (column) {
    case FavouriteColumn:
        return isFavourite(model.id()) ? 0 : 1; // favourites first in ascending order
    case NameColumn:
        return keys.name;
    case IdColumn:
        return model.id();
    case AuthorColumn:
        return model.author();
    case ContextColumn:
        return keys.context;
    case InputPriceColumn:
        return keys.inputPrice;
    case OutputPriceColumn:
        return keys.outputPrice;
    case ModalitiesColumn:
        return keys.modalities;
    case CreatedColumn:
        return keys.created;
    default:
        return {};
    }
}

QString ModelCatalogModel::toolTip(const ModelInfo &model, int column) const {
    switch (column) {
    case FavouriteColumn:
        return isFavourite(model.id()) ? tr("Favourite: click to remove the star")
                                       : tr("Click to mark as a favourite");
    case ContextColumn: {
        const qint64 context = model.effectiveContextLength();
        return context > 0 ? tr("%1 tokens of context").arg(QLocale().toString(context))
                           : tr("Context length not published");
    }
    case InputPriceColumn:
    case OutputPriceColumn:
        if (model.pricing().hasVariablePrice())
            return tr("The price depends on the model the router picks");
        return column == InputPriceColumn ? tr("USD per million input (prompt) tokens")
                                          : tr("USD per million output (completion) tokens");
    case ModalitiesColumn:
        return tr("Input: %1\nOutput: %2")
            .arg(model.inputModalities().join(u", "_s), model.outputModalities().join(u", "_s));
    case CreatedColumn:
        return model.created().isValid()
                   ? tr("Added to OpenRouter on %1")
                         .arg(QLocale().toString(model.created().date(), QLocale::LongFormat))
                   : tr("Date added not published");
    default:
        return model.id();
    }
}

QVariant ModelCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DecorationRole && section == FavouriteColumn)
        return Icons::action(u"star"_s);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FavouriteColumn:
            return tr("Favourites (persisted); sort to list them first");
        case InputPriceColumn:
            return tr("Input price, USD per million tokens");
        case OutputPriceColumn:
            return tr("Output price, USD per million tokens");
        case ModalitiesColumn:
            return tr("Input and output modalities");
        default:
            return {};
        }
    }
    if (role == Qt::AccessibleTextRole && section == FavouriteColumn)
        return tr("Favourite");
    if (role != Qt::DisplayRole)
        return {};
    // Indexed by Column (the favourite column shows its icon only).
    static constexpr const char *kTitles[] = {"",
                                              QT_TR_NOOP("Name"),
                                              QT_TR_NOOP("ID"),
                                              QT_TR_NOOP("Author"),
                                              QT_TR_NOOP("Context"),
                                              QT_TR_NOOP("Input $/1M"),
                                              QT_TR_NOOP("Output $/1M"),
                                              QT_TR_NOOP("Modalities"),
                                              QT_TR_NOOP("Added")};
    static_assert(std::size(kTitles) == ColumnCount);
    if (section <= FavouriteColumn || section >= ColumnCount)
        return {};
    return tr(kTitles[section]);
}

} // namespace orc
