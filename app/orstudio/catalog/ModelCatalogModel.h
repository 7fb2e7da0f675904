#pragma once

#include "domain/ModelInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace orc {

// The model catalogue as a table: one row per ModelInfo, in the order given (the API's order).
// Every column offers typed sort data under SortRole (numbers for context, prices and dates, so a
// proxy sorts them numerically; unknown values are +inf or the largest qint64, see isUnknown()).
// Favourites are a set of model ids kept here so the star column can show them; the caller
// persists them (see CatalogPage).
class ModelCatalogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalogModel)
public:
    enum Column {
        FavouriteColumn,
        NameColumn,
        IdColumn,
        AuthorColumn,
        ContextColumn,
        InputPriceColumn,
        OutputPriceColumn,
        ModalitiesColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        ModelIdRole,
        InputModalitiesRole,  // QStringList
        OutputModalitiesRole, // QStringList
        FavouriteRole,        // bool
    };

    explicit ModelCatalogModel(QObject *parent = nullptr);

    void setModels(QList<ModelInfo> models); // resets the model
    const QList<ModelInfo> &models() const { return m_models; }
    const ModelInfo &modelAt(int row) const; // row must be valid
    int rowOfId(const QString &id) const;    // -1 when absent
    // Distinct authors, sorted, each with its number of models.
    QList<QPair<QString, int>> authors() const;

    void setFavourites(const QSet<QString> &ids);
    const QSet<QString> &favourites() const { return m_favourites; }
    bool isFavourite(const QString &id) const { return m_favourites.contains(id); }
    void setFavourite(const QString &id, bool favourite);
    void toggleFavourite(const QString &id) { setFavourite(id, !isFavourite(id)); }

    // The sort key of a cell without a QVariant, for fast sorting: the same order as SortRole.
    struct SortValue {
        double number = 0;
        QStringView text; // set for text columns (compared case-insensitively)
        bool isText = false;
        bool unknown = false; // variable price, unknown context or date
    };
    SortValue sortValue(int row, int column) const;

    // Whether SortRole data stands for an unknown value (variable price, unknown context or
    // date): such values sort after every known one.
    static bool isUnknown(const QVariant &sortValue);

    // "128K", "1M", "1.05M"; "" for 0 (unknown).
    static QString formatTokens(qint64 tokens);
    // "$0.15", "free" or "variable" for a per-token price shown per million tokens.
    static QString formatPricePerMillion(const ModelPrice &perToken);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void favouritesChanged(const QSet<QString> &ids);

private:
    // Sort keys computed once per model, so sorting never parses or allocates.
    struct SortKeys {
        double inputPrice = 0;  // per million; +inf when variable
        double outputPrice = 0; // per million; +inf when variable
        qint64 context = 0;     // max when unknown
        qint64 created = 0;     // max when unknown
        QString modalities;     // "image text>text"
        QString name;           // display name
    };
    QVariant displayData(const ModelInfo &model, const SortKeys &keys, int column) const;
    QVariant sortData(const ModelInfo &model, const SortKeys &keys, int column) const;
    QString toolTip(const ModelInfo &model, int column) const;

    QList<ModelInfo> m_models;
    QList<SortKeys> m_keys;
    QHash<QString, int> m_rowById;
    QSet<QString> m_favourites;
};

} // namespace orc
