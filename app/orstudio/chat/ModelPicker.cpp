#include "chat/ModelPicker.h"

#include "Icons.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QApplication>
#include <QCollator>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1; // lower-cased "name id"

bool isChatModel(const ModelInfo &model) {
    const QStringList &outputs = model.outputModalities();
    return outputs.isEmpty() || outputs.contains(u"text"_s);
}

bool looksLikeModelId(const QString &text) {
    return text.contains(u'/') && !text.contains(u' ') && !text.startsWith(u'/') &&
           !text.endsWith(u'/');
}

} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QWidget(parent)
    , m_button(named(new QPushButton(this), u"modelButton"_s))
    , m_popup(named(new QFrame(this, Qt::Popup), u"modelPopup"_s))
    , m_search(named(new QLineEdit(m_popup), u"modelSearch"_s))
    , m_list(named(new QListWidget(m_popup), u"modelList"_s)) {
    setObjectName(u"modelPicker"_s);

    m_button->setToolTip(tr("Model for the next reply"));
    m_button->setIcon(Icons::action(u"catalog"_s));
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_search->setPlaceholderText(tr("Search models by name or id, or type @preset/slug"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setTextElideMode(Qt::ElideRight);

    auto *popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(4, 4, 4, 4);
    popupLayout->addWidget(m_search);
    popupLayout->addWidget(m_list, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);

    connect(m_button, &QPushButton::clicked, this, &ModelPicker::showPopup);
    connect(m_search, &QLineEdit::textChanged, this, &ModelPicker::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { choose(item->data(kIdRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { choose(item->data(kIdRole).toString()); });

    const QStringList favourites = Settings().favouriteModels();
    m_favourites = QSet<QString>(favourites.cbegin(), favourites.cend());
    updateButton();
}

void ModelPicker::setModels(const QList<ModelInfo> &models) {
    m_models.clear();
    m_indexById.clear();
    for (const ModelInfo &model : models) {
        if (!model.isValid() || !isChatModel(model) || m_indexById.contains(model.id()))
            continue;
        m_indexById.insert(model.id(), m_models.size());
        m_models.append(model);
    }
    rebuildList();
    updateButton();
}

void ModelPicker::setFavourites(const QSet<QString> &ids) {
    if (ids == m_favourites)
        return;
    m_favourites = ids;
    rebuildList();
}

void ModelPicker::setCurrentModel(const QString &id) {
    m_current = id;
    updateButton();
}

ModelInfo ModelPicker::modelInfo(const QString &id) const {
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.constEnd() ? ModelInfo() : m_models.at(*it);
}

void ModelPicker::updateButton() {
    const ModelInfo info = modelInfo(m_current);
    if (m_current.isEmpty()) {
        m_button->setText(tr("Choose a Model"));
        m_button->setToolTip(tr("Model for the next reply"));
    } else {
        m_button->setText(info.isValid() ? info.displayName() : m_current);
        m_button->setToolTip(tr("Model for the next reply: %1").arg(m_current));
    }
}

void ModelPicker::rebuildList() {
    QList<qsizetype> order(m_models.size());
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const bool favA = m_favourites.contains(m_models.at(a).id());
        const bool favB = m_favourites.contains(m_models.at(b).id());
        if (favA != favB)
            return favA;
        return collator.compare(m_models.at(a).displayName(), m_models.at(b).displayName()) < 0;
    });

    m_list->clear();
    const QIcon star = Icons::action(u"star-filled"_s);
    QPixmap blankPixmap(m_list->iconSize());
    blankPixmap.fill(Qt::transparent);
    const QIcon blank(blankPixmap); // keeps names aligned with the starred ones
    for (const qsizetype index : std::as_const(order)) {
        const ModelInfo &model = m_models.at(index);
        const QString name = model.displayName();
        auto *item =
            new QListWidgetItem(name == model.id() ? name : name + u"  \u00b7  "_s + model.id());
        item->setData(kIdRole, model.id());
        item->setData(kSearchRole, (name + u' ' + model.id()).toLower());
        item->setToolTip(tr("%1\nInput %2, output %3")
                             .arg(model.id(), model.formattedPromptPrice(),
                                  model.pricing().formatPerMillion(ModelPricing::kCompletion)));
        item->setIcon(m_favourites.contains(model.id()) ? star : blank);
        m_list->addItem(item);
    }
    applyFilter();
    emit listChanged();
}

QStringList ModelPicker::favouriteIds() const {
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString id = m_list->item(row)->data(kIdRole).toString();
        if (m_favourites.contains(id))
            ids << id;
    }
    return ids;
}

void ModelPicker::applyFilter() {
    const QStringList words = m_search->text().toLower().split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *first = nullptr;
    QListWidgetItem *currentMatch = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString haystack = item->data(kSearchRole).toString();
        const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) {
            return haystack.contains(word);
        });
        item->setHidden(!match);
        if (match && !first)
            first = item;
        if (match && item->data(kIdRole).toString() == m_current)
            currentMatch = item;
    }
    QListWidgetItem *select = words.isEmpty() && currentMatch ? currentMatch : first;
    m_list->setCurrentItem(select);
    if (select)
        m_list->scrollToItem(select);
}

QStringList ModelPicker::visibleIds() const {
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden())
            ids << m_list->item(row)->data(kIdRole).toString();
    }
    return ids;
}

void ModelPicker::showPopup() {
    const QStringList favourites = Settings().favouriteModels();
    setFavourites(QSet<QString>(favourites.cbegin(), favourites.cend()));
    m_search->clear();
    applyFilter();

    const QPoint below = m_button->mapToGlobal(QPoint(0, m_button->height()));
    QSize size(qMax(m_button->width(), 460), 380);
    QPoint pos = below;
    if (const QScreen *screen = m_button->screen()) {
        const QRect area = screen->availableGeometry();
        size = size.boundedTo(area.size());
        pos.setX(qBound(area.left(), pos.x(), area.right() - size.width()));
        if (pos.y() + size.height() > area.bottom())
            pos.setY(qMax(area.top(), below.y() - m_button->height() - size.height()));
    }
    m_popup->resize(size);
    m_popup->move(pos);
    m_popup->show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void ModelPicker::hidePopup() {
    m_popup->hide();
}

bool ModelPicker::isPopupVisible() const {
    return m_popup->isVisible();
}

void ModelPicker::choose(const QString &id) {
    hidePopup();
    if (id.isEmpty())
        return;
    setCurrentModel(id);
    emit modelChosen(id);
}

void ModelPicker::acceptCurrent() {
    const QString typed = m_search->text().trimmed();
    // An exact id wins over the first fuzzy match; so does an OpenRouter preset ("@preset/slug"),
    // which no catalogue lists.
    if (m_indexById.contains(typed) ||
        (typed.startsWith("@preset/"_L1) && looksLikeModelId(typed))) {
        choose(typed);
        return;
    }
    QListWidgetItem *item = m_list->currentItem();
    if (item && !item->isHidden()) {
        choose(item->data(kIdRole).toString());
        return;
    }
    if (looksLikeModelId(typed))
        choose(typed);
}

void ModelPicker::moveSelection(int delta) {
    const int count = m_list->count();
    int row = m_list->currentRow();
    for (int step = 0; step < count; ++step) {
        row += delta;
        if (row < 0 || row >= count)
            return;
        if (!m_list->item(row)->isHidden()) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

bool ModelPicker::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            acceptCurrent();
            return true;
        case Qt::Key_Escape:
            hidePopup();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace orc
