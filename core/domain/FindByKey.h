#pragma once

#include <QList>
#include <QString>

namespace orc {

// The first entry of `list` whose `id` or `name` is `key` (trimmed, case-insensitive), as a
// user types it on a command line; nullptr when none is.
template<typename T>
const T *findByKey(const QList<T> &list, const QString &key, QString T::*id, QString T::*name) {
    const QString k = key.trimmed();
    for (const T &entry : list) {
        if ((entry.*id).compare(k, Qt::CaseInsensitive) == 0 ||
            (entry.*name).compare(k, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace orc
