#include "catalog/EndpointsTableModel.h"

#include "catalog/ModelCatalogModel.h"
#include "chat/ChatRouting.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

const QString kDash = u"\u2014"_s;

// Unknown values sort after every known one (ascending).
constexpr double kUnknown = std::numeric_limits<double>::max();

QString price(const std::optional<double> &perMillion) {
    if (!perMillion)
        return kDash;
    if (*perMillion == 0)
        return EndpointsTableModel::tr("free");
    return ModelPricing::formatUsd(*perMillion); // as the catalogue writes prices
}

bool listed(const QStringList &slugs, const ModelEndpoint &e) {
    for (const QString &s : slugs)
        if (RoutingFallback::sameProvider(s, e.providerSlug()))
            return true;
    return false;
}

} // namespace

EndpointsTableModel::EndpointsTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EndpointsTableModel::setEndpoints(const QList<ModelEndpoint> &endpoints) {
    beginResetModel();
    m_endpoints = endpoints;
    endResetModel();
}

void EndpointsTableModel::setPinnedAndBlocked(const QStringList &pinned,
                                              const QStringList &blocked) {
    m_pinned = pinned;
    m_blocked = blocked;
    if (!m_endpoints.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool EndpointsTableModel::isPinned(const QString &slug) const {
    return m_pinned.contains(slug, Qt::CaseInsensitive);
}

bool EndpointsTableModel::isBlocked(const QString &slug) const {
    return m_blocked.contains(slug, Qt::CaseInsensitive);
}

int EndpointsTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointsTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString EndpointsTableModel::statusText(const ModelEndpoint &e) const {
    QStringList parts;
    parts << (e.isDegraded() ? tr("Degraded") : tr("OK"));
    if (listed(m_pinned, e))
        parts << tr("pinned");
    if (listed(m_blocked, e))
        parts << tr("blocked");
    return parts.join(u", "_s);
}

QVariant EndpointsTableModel::display(const ModelEndpoint &e, int column) const {
    switch (column) {
    case ProviderColumn:
        return e.providerName.isEmpty() ? e.providerSlug() : e.providerName;
    case QuantizationColumn:
        return e.quantization.isEmpty() || e.quantization == "unknown"_L1 ? kDash : e.quantization;
    case ContextColumn: {
        const QString t = ModelCatalogModel::formatTokens(e.contextLength);
        return t.isEmpty() ? kDash : t;
    }
    case MaxOutputColumn: {
        const QString t = ModelCatalogModel::formatTokens(e.maxCompletionTokens);
        return t.isEmpty() ? kDash : t;
    }
    case InputPriceColumn:
        return price(e.promptPerMillion());
    case OutputPriceColumn:
        return price(e.completionPerMillion());
    case UptimeColumn:
        return e.uptime30m ? QLocale().toString(*e.uptime30m, 'f', 1) + u" %"_s : kDash;
    case LatencyColumn:
        return e.latency30m.p50 ? tr("%1 s").arg(QLocale().toString(*e.latency30m.p50, 'f', 2))
                                : kDash;
    case ThroughputColumn:
        return e.throughput30m.p50
                   ? tr("%1 tok/s").arg(QLocale().toString(*e.throughput30m.p50, 'f', 0))
                   : kDash;
    case PrivacyColumn:
        return e.zdr ? tr("ZDR") : kDash;
    case StatusColumn:
        return statusText(e);
    default:
        return {};
    }
}

QVariant EndpointsTableModel::sortValue(const ModelEndpoint &e, int column) const {
    const auto num = [](const std::optional<double> &v) { return v.value_or(kUnknown); };
    switch (column) {
    case ContextColumn:
        return e.contextLength > 0 ? double(e.contextLength) : kUnknown;
    case MaxOutputColumn:
        return e.maxCompletionTokens > 0 ? double(e.maxCompletionTokens) : kUnknown;
    case InputPriceColumn:
        return num(e.promptPerMillion());
    case OutputPriceColumn:
        return num(e.completionPerMillion());
    case UptimeColumn:
        return num(e.uptime30m);
    case LatencyColumn:
        return num(e.latency30m.p50);
    case ThroughputColumn:
        return num(e.throughput30m.p50);
    case PrivacyColumn:
        return e.zdr ? 0 : 1;
    case StatusColumn:
        return -e.status;
    default:
        return display(e, column).toString().toLower();
    }
}

QVariant EndpointsTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelEndpoint &e = m_endpoints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(e, index.column());
    case SortRole:
        return sortValue(e, index.column());
    case SlugRole:
        return e.providerSlug();
    case Qt::TextAlignmentRole:
        if ((index.column() >= InputPriceColumn && index.column() <= UptimeColumn) ||
            index.column() == ContextColumn || index.column() == MaxOutputColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PrivacyColumn)
            return e.zdr ? tr("Zero data retention: this endpoint keeps no prompts or replies.")
                         : tr("Not listed as zero data retention.");
        if (index.column() == ProviderColumn)
            return e.tag;
        return {};
    default:
        return {};
    }
}

QVariant EndpointsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // Indexed by Column.
    static constexpr const char *kTitles[] = {
        QT_TR_NOOP("Provider"),   QT_TR_NOOP("In $/M"),  QT_TR_NOOP("Out $/M"),
        QT_TR_NOOP("Throughput"), QT_TR_NOOP("Latency"), QT_TR_NOOP("Uptime"),
        QT_TR_NOOP("Privacy"),    QT_TR_NOOP("Quant."),  QT_TR_NOOP("Context"),
        QT_TR_NOOP("Max output"), QT_TR_NOOP("Status")};
    static_assert(std::size(kTitles) == ColumnCount);
    return section >= 0 && section < ColumnCount ? tr(kTitles[section]) : QVariant();
}

} // namespace orc
