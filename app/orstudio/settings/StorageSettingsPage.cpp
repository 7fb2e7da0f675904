#include "StorageSettingsPage.h"

#include "FolderField.h"
#include "store/DataFolderMove.h"
#include "store/Settings.h"
#include "widgets/Named.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace orc {

StorageSettingsPage::StorageSettingsPage(QWidget *parent)
    : SettingsPage(u"storagePage"_s, parent)
    , m_data(named(new FolderField(this), u"dataDir"_s))
    , m_images(named(new FolderField(this), u"imagesDir"_s))
    , m_cacheInfo(named(new QLabel(this), u"cacheInfo"_s))
    , m_clearCache(named(new QPushButton(this), u"clearCache"_s))
    , m_cacheDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)) {
    m_cacheInfo->setWordWrap(true);
    m_cacheInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_data->setDefaultPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheInfo, 1);
    cacheRow->addWidget(m_clearCache, 0, Qt::AlignTop);
    addRow(m_data, m_data->lineEdit());
    addRow(m_images, m_images->lineEdit());
    m_note = addNote();
    addRow(cacheRow, nullptr);

    connect(m_data, &FolderField::pathChanged, this, &StorageSettingsPage::updateImagesDefault);
    connect(m_clearCache, &QPushButton::clicked, this, &StorageSettingsPage::clearCache);
    updateImagesDefault();
    retranslate();
}

void StorageSettingsPage::retranslate() {
    setRowTitles({tr("&Conversations:"), tr("&Images:"), tr("Cache:")});
    m_data->setToolTip(tr("Conversations and the image gallery's records live in this folder."));
    m_images->setToolTip(tr("Generated images are saved in this folder."));
    m_note->setText(tr("When you change the conversations folder, OR Studio offers to move your "
                       "conversations, gallery and images there. Folders changed without "
                       "moving are used from the next start; the data stays where it was."));
    m_clearCache->setText(tr("C&lear Cache"));
    updateCacheInfo();
}

void StorageSettingsPage::updateImagesDefault() {
    m_images->setDefaultPath(m_data->effectivePath() + u"/images"_s);
}

void StorageSettingsPage::setCacheDir(const QString &dir) {
    m_cacheDir = dir;
    m_cacheMessage.clear();
    updateCacheInfo();
}

void StorageSettingsPage::updateCacheInfo() {
    const qint64 size = folderSize(m_cacheDir);
    QString text =
        tr("%1 in %2 (the model catalog, downloaded again when needed)")
            .arg(QLocale().formattedDataSize(size), QDir::toNativeSeparators(m_cacheDir));
    if (!m_cacheMessage.isEmpty())
        text += u"\n"_s + m_cacheMessage;
    m_cacheInfo->setText(text);
    m_clearCache->setEnabled(size > 0);
}

qint64 StorageSettingsPage::folderSize(const QString &dir) {
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

bool StorageSettingsPage::clearFolder(const QString &dir, QString *error) {
    QDir folder(dir);
    if (!folder.exists())
        return true;
    bool ok = true;
    const QFileInfoList entries =
        folder.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const bool removed = entry.isDir() && !entry.isSymLink()
                                 ? QDir(entry.absoluteFilePath()).removeRecursively()
                                 : QFile::remove(entry.absoluteFilePath());
        if (!removed && ok) {
            ok = false;
            if (error)
                *error = tr("%1 could not be removed; check its permissions.")
                             .arg(QDir::toNativeSeparators(entry.absoluteFilePath()));
        }
    }
    return ok;
}

void StorageSettingsPage::clearCache() {
    QString error;
    m_cacheMessage = clearFolder(m_cacheDir, &error) ? tr("Cache cleared.") : error;
    updateCacheInfo();
    emit cacheCleared();
}

void StorageSettingsPage::load(const Settings &settings) {
    m_data->setPath(settings.string(Settings::Key::DataDir));
    m_images->setPath(settings.string(Settings::Key::ImagesDir));
    updateImagesDefault();
}

void StorageSettingsPage::save(Settings &settings) const {
    settings.setValue(Settings::Key::DataDir, QDir::fromNativeSeparators(m_data->path()));
    settings.setValue(Settings::Key::ImagesDir, QDir::fromNativeSeparators(m_images->path()));
}

QString StorageSettingsPage::effectiveDataDir() const {
    return QDir::cleanPath(QDir::fromNativeSeparators(m_data->effectivePath()));
}

StorageSettingsPage::DataChoice StorageSettingsPage::askAboutData(const QString &from,
                                                                  const QString &to) {
    if (DataFolderMove::present(from).isEmpty())
        return DataChoice::Leave;
    QMessageBox box(QMessageBox::Question, tr("Move Your Data?"),
                    tr("Move your conversations, gallery and images from %1 to %2?\n\nIf you "
                       "do not move them, they stay in %1 and OR Studio starts with an empty "
                       "history in %2 from its next start.")
                        .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"moveDataBox"_s);
    QPushButton *move = box.addButton(tr("Move Data"), QMessageBox::AcceptRole);
    QPushButton *leave = box.addButton(tr("Do Not Move"), QMessageBox::DestructiveRole);
    box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(move);
    box.exec();
    if (box.clickedButton() == move)
        return DataChoice::Move;
    if (box.clickedButton() == leave)
        return DataChoice::Leave;
    return DataChoice::Cancel;
}

QString StorageSettingsPage::problem() const {
    for (const FolderField *field : {m_data, m_images}) {
        const QString path = field->path();
        if (path.isEmpty())
            continue;
        if (QDir::isRelativePath(QDir::fromNativeSeparators(path)))
            return tr("Write folders as full paths, such as %1.")
                .arg(QDir::toNativeSeparators(QDir::homePath() + u"/OR Studio"_s));
        const QFileInfo info(path);
        if (info.exists() && !info.isDir())
            return tr("%1 is a file, not a folder.").arg(path);
    }
    return {};
}

} // namespace orc
