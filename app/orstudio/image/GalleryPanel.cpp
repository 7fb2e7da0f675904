#include "image/GalleryPanel.h"

#include "Icons.h"
#include "domain/ModelInfo.h"
#include "image/GenerationStatus.h"
#include "image/ImageTasks.h"
#include "widgets/Named.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace orc {

namespace {
constexpr int kIconSide = 72;
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

GalleryPanel::GalleryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(named(new QLineEdit(this), u"gallerySearch"_s))
    , m_list(named(new QListWidget(this), u"galleryList"_s))
    , m_count(named(new QLabel(this), u"galleryCount"_s))
    , m_open(named(new QPushButton(tr("Open"), this), u"galleryOpen"_s))
    , m_rerun(named(new QPushButton(Icons::action(u"refresh"_s), tr("Re-run"), this),
                    u"galleryRerun"_s))
    , m_delete(
          named(new QPushButton(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this),
                u"galleryDelete"_s))
    , m_searchTimer(new QTimer(this)) {
    setObjectName(u"gallery"_s);
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::action(u"search"_s), QLineEdit::LeadingPosition);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &GalleryPanel::refresh);

    m_list->setIconSize(QSize(kIconSide, kIconSide));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::currentRowChanged, this, &GalleryPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (const auto e = currentEntry())
            emit openRequested(*e);
    });
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const auto e = currentEntry();
        if (!e)
            return;
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, e] { emit openRequested(*e); });
        menu.addAction(tr("Re-run"), this, [this, e] { emit rerunRequested(*e); });
        menu.addAction(tr("Use These Settings"), this, [this, e] { emit settingsRequested(*e); });
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, [this, e] { deleteEntry(e->id); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });

    m_count->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto e = currentEntry())
            emit openRequested(*e);
    });
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (const auto e = currentEntry())
            emit rerunRequested(*e);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const auto e = currentEntry())
            deleteEntry(e->id);
    });

    m_confirm = [](QWidget *parent, const QString &question) {
        return QMessageBox::question(parent, tr("Delete Generation"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };

    auto *title = new QLabel(tr("Gallery"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(head);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void GalleryPanel::setStore(GalleryStore *store) {
    m_store = store;
    refresh();
}

void GalleryPanel::setSearchText(const QString &text) {
    m_search->setText(text);
    m_searchTimer->stop();
    refresh();
}

QString GalleryPanel::describe(const GalleryEntry &e) {
    QStringList details;
    details << e.model;
    if (!e.aspectRatio.isEmpty())
        details << e.aspectRatio;
    if (!e.imageSize.isEmpty())
        details << e.imageSize;
    details << GenerationStatus::imageCount(int(e.images.size()));
    if (e.cost)
        details << ModelPricing::formatUsd(*e.cost);
    details << e.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QString prompt = e.prompt.simplified();
    if (prompt.size() > 90)
        prompt = prompt.left(89) + u'…';
    return prompt + u'\n' + details.join(u" · "_s);
}

void GalleryPanel::refresh() {
    const qint64 selected = currentEntry() ? currentEntry()->id : 0;
    m_entries =
        m_store && m_store->isOpen() ? m_store->search(m_search->text()) : QList<GalleryEntry>();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const GalleryEntry &e : std::as_const(m_entries)) {
            auto *item = new QListWidgetItem(describe(e), m_list);
            item->setData(kIdRole, e.id);
            item->setToolTip(e.prompt);
            if (!e.images.isEmpty()) {
                const QImage thumb = m_thumbnails.value(e.images.first().path);
                if (!thumb.isNull())
                    item->setIcon(QPixmap::fromImage(thumb));
            }
        }
    }
    const int total = m_store && m_store->isOpen() ? m_store->count() : 0;
    m_count->setText(
        m_search->text().trimmed().isEmpty()
            ? (total == 1 ? tr("%n generation", "", total) : tr("%n generations", "", total))
            : tr("%1 of %2").arg(m_entries.size()).arg(total));
    if (!selected || !selectEntry(selected))
        updateButtons();
    loadThumbnails();
}

void GalleryPanel::loadThumbnails() {
    QStringList missing;
    for (const GalleryEntry &e : std::as_const(m_entries))
        if (!e.images.isEmpty() && !m_thumbnails.contains(e.images.first().path))
            missing.append(e.images.first().path);
    if (missing.isEmpty())
        return;
    ++m_pendingThumbnails;
    const int round = ++m_loadRound;
    QtConcurrent::run([missing] {
        QHash<QString, QImage> out;
        for (const QString &path : missing) {
            // Centred on a square, so every row's text starts at the same place.
            const QImage thumb = ImageTasks::thumbnailOfFile(path, kIconSide * 2);
            QImage square(kIconSide * 2, kIconSide * 2, QImage::Format_ARGB32_Premultiplied);
            square.fill(Qt::transparent);
            if (!thumb.isNull()) {
                QPainter painter(&square);
                painter.drawImage((square.width() - thumb.width()) / 2,
                                  (square.height() - thumb.height()) / 2, thumb);
            }
            out.insert(path, thumb.isNull() ? QImage() : square);
        }
        return out;
    }).then(this, [this, round](const QHash<QString, QImage> &loaded) {
        --m_pendingThumbnails;
        for (auto it = loaded.begin(); it != loaded.end(); ++it)
            m_thumbnails.insert(it.key(), it.value());
        if (round == m_loadRound) {
            for (int row = 0; row < m_list->count() && row < m_entries.size(); ++row) {
                const GalleryEntry &e = m_entries.at(row);
                if (e.images.isEmpty())
                    continue;
                const QImage thumb = m_thumbnails.value(e.images.first().path);
                if (!thumb.isNull())
                    m_list->item(row)->setIcon(QPixmap::fromImage(thumb));
            }
        }
        if (m_pendingThumbnails == 0)
            emit thumbnailsLoaded();
    });
}

std::optional<GalleryEntry> GalleryPanel::currentEntry() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

bool GalleryPanel::selectEntry(qint64 id) {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            m_list->setCurrentRow(row);
            updateButtons();
            return true;
        }
    }
    return false;
}

bool GalleryPanel::deleteEntry(qint64 id) {
    if (!m_store)
        return false;
    const auto e = m_store->entry(id);
    if (!e)
        return false;
    const QString question = tr("Delete this generation and its files (%1)?\n\n%2")
                                 .arg(GenerationStatus::imageCount(int(e->images.size())),
                                      e->prompt.simplified().left(200));
    if (m_confirm && !m_confirm(this, question))
        return false;
    QStringList left;
    if (!m_store->remove(id, &left))
        return false;
    for (const GalleryImage &image : e->images)
        m_thumbnails.remove(image.path);
    refresh();
    emit deleted(id, left);
    return true;
}

void GalleryPanel::updateButtons() {
    const bool has = currentEntry().has_value();
    m_open->setEnabled(has);
    m_rerun->setEnabled(has);
    m_delete->setEnabled(has);
}

} // namespace orc
