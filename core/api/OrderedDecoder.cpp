#include "OrderedDecoder.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace orc {

OrderedDecoder::OrderedDecoder(QObject *context, Here here, Worker worker)
    : m_context(context)
    , m_here(std::move(here))
    , m_worker(std::move(worker)) {}

void OrderedDecoder::push(QByteArrayView data) {
    if (!isIdle())
        m_queue.append(data.toByteArray());
    else if (data.size() < m_offThreadBytes || !m_context)
        m_here(data);
    else
        runOnWorker(data.toByteArray());
}

void OrderedDecoder::push(QByteArray &&data) {
    if (!isIdle())
        m_queue.append(std::move(data));
    else
        handle(std::move(data));
}

void OrderedDecoder::handle(QByteArray &&data) {
    if (data.size() < m_offThreadBytes || !m_context)
        m_here(data);
    else
        runOnWorker(std::move(data));
}

void OrderedDecoder::runOnWorker(QByteArray data) {
    m_running = true;
    const quint64 generation = m_generation;
    QThread *const home = m_context->thread();
    struct Outcome {
        std::function<void()> apply;
        bool offThread = false;
    };
    QtConcurrent::run([worker = m_worker, bytes = std::move(data), home] {
        Outcome out;
        out.apply = worker(bytes);
        out.offThread = QThread::currentThread() != home;
        return out;
    }).then(m_context.data(), [this, generation](const Outcome &out) {
        if (generation != m_generation)
            return; // cleared meanwhile
        m_running = false;
        ++m_onWorker;
        if (out.offThread)
            ++m_offThread;
        if (out.apply)
            out.apply();
        drain();
    });
}

void OrderedDecoder::drain() {
    if (m_draining)
        return; // a handler pushed while we are draining: the loop below takes it
    m_draining = true;
    while (!m_running && !m_queue.isEmpty())
        handle(m_queue.takeFirst());
    m_draining = false;
    if (isIdle() && m_whenIdle)
        std::exchange(m_whenIdle, nullptr)();
}

void OrderedDecoder::whenIdle(std::function<void()> done) {
    if (isIdle()) {
        done();
        return;
    }
    m_whenIdle = std::move(done);
}

void OrderedDecoder::clear() {
    ++m_generation;
    m_running = false;
    m_queue.clear();
    m_whenIdle = nullptr;
}

} // namespace orc
