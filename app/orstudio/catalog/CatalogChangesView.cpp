#include "catalog/CatalogChangesView.h"

#include "store/CatalogHistory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

enum Column { WhenColumn, ModelColumn, WhatColumn, OldColumn, NewColumn, ChangeColumn };
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

CatalogChangesView::CatalogChangesView(QString historyPath, QWidget *parent)
    : QWidget(parent)
    , m_historyPath(std::move(historyPath))
    , m_period(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this)) {
    setObjectName(u"catalogChangesView"_s);
    for (int days : periods())
        m_period->addItem(days == 1 ? tr("Last 24 hours") : tr("Last %n day(s)", nullptr, days),
                          days);
    m_period->setCurrentIndex(1); // 7 days
    auto *periodLabel = new QLabel(tr("Changes in the:"), this);
    periodLabel->setBuddy(m_period);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setHeaderLabels(
        {tr("Seen"), tr("Model"), tr("What"), tr("Old"), tr("New"), tr("Change")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addSpacing(8);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(ModelColumn, kIdRole).toString();
        if (!id.isEmpty())
            emit modelActivated(id);
    });
}

void CatalogChangesView::setPeriodDays(int days) {
    const int index = m_period->findData(days);
    if (index >= 0)
        m_period->setCurrentIndex(index); // reloads when it changes
}

int CatalogChangesView::periodDays() const {
    return m_period->currentData().toInt();
}

bool CatalogChangesView::reload() {
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-periodDays());
    CatalogHistory history(m_historyPath);
    QString error;
    const QList<CatalogChange> changes = history.changesSince(since, QDateTime(), &error);
    if (!error.isEmpty()) {
        m_tree->clear();
        m_summary->setText(tr("The change history cannot be read: %1").arg(error));
        return false;
    }
    setChanges(changes, since);
    if (history.refreshCount() == 0)
        m_summary->setText(tr("No refresh is recorded yet: changes appear from the second "
                              "refresh of the catalogue on."));
    return true;
}

void CatalogChangesView::setChanges(const QList<CatalogChange> &changes, const QDateTime &since) {
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    auto *added = new QTreeWidgetItem(m_tree);
    auto *removed = new QTreeWidgetItem(m_tree);
    auto *changed = new QTreeWidgetItem(m_tree);
    QList<QTreeWidgetItem *> addedRows, removedRows, changedRows;
    const QLocale locale;
    for (const CatalogChange &c : changes) {
        auto *row = new QTreeWidgetItem;
        row->setText(WhenColumn, locale.toString(c.seenAt.toLocalTime(), QLocale::ShortFormat));
        row->setText(ModelColumn, c.modelName.isEmpty() || c.modelName == c.modelId
                                      ? c.modelId
                                      : c.modelName + u"  ("_s + c.modelId + u')');
        row->setData(ModelColumn, kIdRole, c.modelId);
        switch (c.kind) {
        case CatalogChange::Kind::Added:
            addedRows.append(row);
            break;
        case CatalogChange::Kind::Removed:
            removedRows.append(row);
            break;
        case CatalogChange::Kind::Changed:
            row->setText(WhatColumn, CatalogDiff::fieldLabel(c.field));
            row->setText(OldColumn, CatalogDiff::displayValue(c.field, c.oldValue));
            row->setText(NewColumn, CatalogDiff::displayValue(c.field, c.newValue));
            row->setText(ChangeColumn, CatalogDiff::percentText(c.field, c.oldValue, c.newValue));
            changedRows.append(row);
            break;
        }
    }
    added->setText(WhenColumn, tr("Added (%1)").arg(addedRows.size()));
    removed->setText(WhenColumn, tr("Removed (%1)").arg(removedRows.size()));
    changed->setText(WhenColumn, tr("Changed (%1)").arg(changedRows.size()));
    for (QTreeWidgetItem *group : {added, removed, changed})
        group->setFirstColumnSpanned(true);
    added->addChildren(addedRows);
    removed->addChildren(removedRows);
    changed->addChildren(changedRows);
    m_tree->expandAll();
    for (int column : {WhenColumn, WhatColumn, OldColumn, NewColumn})
        m_tree->resizeColumnToContents(column);
    m_tree->setUpdatesEnabled(true);
    m_summary->setText(changes.isEmpty()
                           ? tr("No changes since %1.")
                                 .arg(locale.toString(since.toLocalTime(), QLocale::ShortFormat))
                           : tr("%1 added, %2 removed, %3 changed since %4.")
                                 .arg(addedRows.size())
                                 .arg(removedRows.size())
                                 .arg(changedRows.size())
                                 .arg(locale.toString(since.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace orc
