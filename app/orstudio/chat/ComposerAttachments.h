#pragma once

#include "domain/ChatRequest.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>

#include <optional>

class QHBoxLayout;

namespace orc {

// The files attached to the message being written, as a strip of chips (thumbnail or file
// icon, name, remove button) above the composer's text. Images are sent as data URLs, PDFs
// as files; anything else is refused with a message saying what can be attached.
class ComposerAttachments final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerAttachments)
public:
    static constexpr qint64 kMaxBytes = 32 * 1024 * 1024;
    static constexpr int kThumbnailSize = 48;

    explicit ComposerAttachments(QWidget *parent = nullptr);

    // Reads the file; on refusal returns false and says why in `error`.
    bool addFile(const QString &path, QString *error);
    void addImage(const QImage &image, const QString &name);
    void removeAt(int index);
    void clear();

    const QList<ContentPart> &parts() const { return m_parts; }
    int count() const { return static_cast<int>(m_parts.size()); }
    QString nameAt(int index) const { return m_items.at(index).name; }
    QPixmap thumbnailAt(int index) const { return m_items.at(index).thumbnail; }

    // The content part for a file on disk (image as data URL, PDF as file), or nothing with
    // the reason in `error`.
    static std::optional<ContentPart> partFromFile(const QString &path, QString *error,
                                                   QImage *preview = nullptr);

signals:
    void changed();

private:
    struct Item {
        QString name;
        QPixmap thumbnail;
    };
    void append(const ContentPart &part, const QString &name, const QImage &preview);
    void rebuild();

    QList<ContentPart> m_parts;
    QList<Item> m_items;
    QHBoxLayout *m_layout;
};

} // namespace orc
