#include "Icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace orc {

namespace {

QIcon cached(const QString &path) {
    // QIcon loading parses the SVG; the catalogue asks for the same few icons thousands of times.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(path);
    if (it != cache.constEnd())
        return *it;
    QIcon icon(path);
    cache.insert(path, icon);
    return icon;
}

} // namespace

QIcon Icons::app() {
    return cached(u":/icons/app/orstudio.svg"_s);
}

QIcon Icons::action(const QString &name) {
    return cached(u":/icons/actions/"_s + name + u".svg"_s);
}

QIcon Icons::modality(const QString &modality) {
    static const QStringList known{u"text"_s, u"image"_s, u"audio"_s,
                                   u"file"_s, u"video"_s, u"embeddings"_s};
    const QString key = modality.toLower();
    return action(u"modality-"_s + (known.contains(key) ? key : u"other"_s));
}

} // namespace orc
