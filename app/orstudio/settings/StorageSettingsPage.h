#pragma once

#include "SettingsPage.h"

class QLabel;
class QPushButton;

namespace orc {

class FolderField;

// Settings > Storage: where conversations (and the image gallery's records) and generated
// images live, and the cache (the model catalogue) with its size and a Clear button. A changed
// conversations folder comes with a question: move the data there (StudioShell does it with
// DataFolderMove), or leave it where it is.
class StorageSettingsPage final : public SettingsPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageSettingsPage)
public:
    explicit StorageSettingsPage(QWidget *parent = nullptr);

    void load(const Settings &settings) override;
    void save(Settings &settings) const override;
    QString problem() const override;

    enum class DataChoice { Move, Leave, Cancel };
    // The conversations folder the field asks for (the standard one when empty).
    QString effectiveDataDir() const;
    // Asks whether to move the data in `from` to `to`; Leave without asking when `from` holds
    // none.
    DataChoice askAboutData(const QString &from, const QString &to);
    // The cache folder (default: QStandardPaths::CacheLocation); tests point it elsewhere.
    void setCacheDir(const QString &dir);
    QString cacheDir() const { return m_cacheDir; }
    static qint64 folderSize(const QString &dir);

signals:
    void cacheCleared();

private:
    // Removes everything in `dir`; false with a translated reason when something stays.
    static bool clearFolder(const QString &dir, QString *error);
    void retranslate() override;
    void updateCacheInfo();
    void clearCache();
    void updateImagesDefault();

    FolderField *m_data;
    FolderField *m_images;
    QLabel *m_note;
    QLabel *m_cacheInfo;
    QPushButton *m_clearCache;
    QString m_cacheDir;
    QString m_cacheMessage;
};

} // namespace orc
