#pragma once

#include "store/GalleryStore.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace orc {

// Past generations from the GalleryStore: newest first, searchable by prompt (full-text, as
// you type), with thumbnails read on a worker thread. Open shows a generation's images in the
// results grid, Re-run generates again with the same settings and input images, Delete removes
// the generation and its files (after a confirmation).
class GalleryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryPanel)
public:
    explicit GalleryPanel(QWidget *parent = nullptr);

    void setStore(GalleryStore *store);
    void refresh();                          // reloads with the current search
    void setSearchText(const QString &text); // searches at once
    QList<GalleryEntry> shownEntries() const { return m_entries; }
    std::optional<GalleryEntry> currentEntry() const;
    bool selectEntry(qint64 id);
    bool deleteEntry(qint64 id); // asks through the confirmer first

    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    int pendingThumbnails() const { return m_pendingThumbnails; }

    static QString describe(const GalleryEntry &entry);

signals:
    void openRequested(const orc::GalleryEntry &entry);
    void rerunRequested(const orc::GalleryEntry &entry);
    void settingsRequested(const orc::GalleryEntry &entry);
    void deleted(qint64 id, const QStringList &leftFiles);
    void thumbnailsLoaded();

private:
    void loadThumbnails();
    void updateButtons();

    GalleryStore *m_store = nullptr;
    QList<GalleryEntry> m_entries;
    QHash<QString, QImage> m_thumbnails; // path -> thumbnail
    Confirmer m_confirm;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_open;
    QPushButton *m_rerun;
    QPushButton *m_delete;
    QTimer *m_searchTimer;
    int m_pendingThumbnails = 0;
    int m_loadRound = 0;
};

} // namespace orc
