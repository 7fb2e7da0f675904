#pragma once
// Widgets under test found by their object names, as a user finds them by their labels: the
// classes keep no accessors that only tests would call.
#include <QObject>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace orc::test {

// The descendant of `root` of type T named `name`; stops the test with a clear message when
// there is none (a renamed widget fails here, not in a null pointer).
template<class T>
T *child(const QObject *root, const QString &name) {
    T *found = root->findChild<T *>(name);
    if (!found)
        qFatal("no %s named \"%s\" below %s", T::staticMetaObject.className(), qPrintable(name),
               root->metaObject()->className());
    return found;
}

template<class T, class Root>
T *child(const std::unique_ptr<Root> &root, const QString &name) {
    return child<T>(root.get(), name);
}

} // namespace orc::test
