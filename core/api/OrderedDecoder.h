#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace orc {

// Decodes the events of one stream in the order they came, small ones at once on the calling
// thread and large ones (a multi-megabyte image as base64 inside one JSON event) on a worker
// thread (QtConcurrent), so the UI thread never stalls on parsing them. While a large event is
// being decoded, the events after it wait in a queue; the result is applied on `context`'s
// thread before the next one is handled, so consumers see exactly the order of the stream.
// Owned by `context` (a member of it, or of something it owns); if `context` is destroyed
// first, pending results are dropped.
class OrderedDecoder {
public:
    // Handles a small event now (decode and apply), on the context's thread.
    using Here = std::function<void(QByteArrayView data)>;
    // Decodes a large event on a worker (it must touch no shared state) and returns what to
    // do with the result on the context's thread.
    using Worker = std::function<std::function<void()>(const QByteArray &data)>;

    // A 4K PNG is ~30 MB of base64; 256 KiB of JSON parses in about a millisecond.
    static constexpr qsizetype kDefaultOffThreadBytes = 256 * 1024;

    OrderedDecoder(QObject *context, Here here, Worker worker);
    Q_DISABLE_COPY_MOVE(OrderedDecoder)

    void setOffThreadBytes(qsizetype bytes) { m_offThreadBytes = bytes; }
    void push(QByteArrayView data);
    void push(QByteArray &&data); // a large event handed over without a copy

    bool isIdle() const { return !m_running && m_queue.isEmpty(); }
    // Runs `done` once every pushed event has been applied: now when idle, else later.
    void whenIdle(std::function<void()> done);
    // Drops the queued events, a running decode's result and a pending whenIdle().
    void clear();

    // Large events decoded so far, and how many of them ran on a thread other than the
    // context's (tests check that the UI thread was spared).
    int offThreadDecodes() const { return m_offThread; }
    int workerDecodes() const { return m_onWorker; }

private:
    void handle(QByteArray &&data); // the next event in order: here or on a worker
    void runOnWorker(QByteArray data);
    void drain();

    QPointer<QObject> m_context;
    Here m_here;
    Worker m_worker;
    qsizetype m_offThreadBytes = kDefaultOffThreadBytes;
    QList<QByteArray> m_queue;
    std::function<void()> m_whenIdle;
    quint64 m_generation = 0; // bumped by clear(): a result of an older one is dropped
    bool m_running = false;
    bool m_draining = false;
    int m_offThread = 0;
    int m_onWorker = 0;
};

} // namespace orc
