#pragma once

#include <QString>

namespace orc {

// `object` with its object name set: a widget is made and named in one expression (tests,
// style sheets and the accessibility tree find it by that name).
template<class T>
T *named(T *object, const QString &objectName) {
    object->setObjectName(objectName);
    return object;
}

} // namespace orc
