#pragma once

#include <QList>

namespace orc {

// Child widgets kept across refreshes instead of made anew: the `used`-th widget of `pool`,
// made by `make` (which also places it) when the pool is not that long yet; counts it as used.
// The caller hides the widgets past `used` when the refresh is done.
template<class W, class Make>
W *pooledWidget(QList<W *> &pool, int &used, Make make) {
    if (used == pool.size())
        pool.append(make());
    return pool[used++];
}

// Hides the widgets of `pool` past the first `used`.
template<class W>
void hideUnused(const QList<W *> &pool, int used) {
    for (qsizetype i = used; i < pool.size(); ++i)
        pool[i]->hide();
}

// The widgets of `pool` in use (not hidden), in order.
template<class W>
QList<W *> shownWidgets(const QList<W *> &pool) {
    QList<W *> shown;
    for (W *w : pool) {
        if (!w->isHidden())
            shown.append(w);
    }
    return shown;
}

} // namespace orc
