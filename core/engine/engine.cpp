#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include "engine/engine.h"

#include "engine/engineworker.h"

#include <algorithm>

namespace bb {

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<EngineWorker>(*this))
{
    qRegisterMetaType<SnapshotPtr>();
    EngineWorker *worker = m_worker.get();
    m_thread = QThread::create([worker] { worker->run(); });
    m_thread->setObjectName(QStringLiteral("bb-engine"));
    m_thread->start();
}

Engine::~Engine()
{
    m_worker->stop();
    m_thread->wait();
    delete m_thread;
}

Error Engine::load(const Scenario &scenario)
{
    const Error err = m_worker->load(scenario, true).get();
    if (err) {
        Q_EMIT errorOccurred(err.message);
        return err;
    }
    m_scenario = scenario;
    m_loaded = true;
    m_paused = true;
    return {};
}

void Engine::restart()
{
    if (!m_loaded)
        return;
    // Not expected to fail: the same scenario built before.
    if (const Error err = m_worker->load(m_scenario, false).get())
        Q_EMIT errorOccurred(err.message);
}

void Engine::amend(const Scenario &edited, std::function<Error(Cluster &)> change)
{
    m_scenario = edited;
    post([this, change = std::move(change)](Cluster &cluster) {
        if (const Error err = change(cluster))
            report(err.message);
    });
}

void Engine::start() { resume(); }

void Engine::pause()
{
    m_paused = true;
    m_worker->setControl({m_paused, m_speed, m_flatOut, m_snapshotInterval});
}

void Engine::resume()
{
    m_paused = false;
    m_worker->setControl({m_paused, m_speed, m_flatOut, m_snapshotInterval});
}

void Engine::step(Micros duration)
{
    if (duration > 0)
        m_worker->step(duration);
}

void Engine::setSpeed(double factor)
{
    m_speed = std::clamp(factor, kMinSpeed, kMaxSpeed);
    m_worker->setControl({m_paused, m_speed, m_flatOut, m_snapshotInterval});
}

void Engine::setFlatOut(bool flatOut)
{
    m_flatOut = flatOut;
    m_worker->setControl({m_paused, m_speed, m_flatOut, m_snapshotInterval});
}

void Engine::setSnapshotInterval(int milliseconds)
{
    m_snapshotInterval = std::max(milliseconds, 10);
    m_worker->setControl({m_paused, m_speed, m_flatOut, m_snapshotInterval});
}

void Engine::post(std::function<void(Cluster &)> command, QString what, std::function<void()> dropped)
{
    m_worker->post(std::move(command), std::move(what), std::move(dropped), false);
}

void Engine::postToAnyRun(std::function<void(Cluster &)> command)
{
    m_worker->post(std::move(command), {}, {}, true);
}

QString Engine::droppedMessage(const QString &what)
{
    return tr("Not done: %1 was meant for the run before the restart or the scenario change, not for this one.").arg(what);
}

void Engine::report(const QString &message)
{
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT errorOccurred(message); }, Qt::QueuedConnection);
}

Engine::GuiPost Engine::guiPoster(QObject *context)
{
    // Checked on this thread when the call arrives: the context may go
    // away in the meantime. Posted to the Engine, which outlives its worker.
    QPointer<QObject> guard(context);
    return [this, guard](std::function<void()> fn) {
        QMetaObject::invokeMethod(
            this, [guard, fn = std::move(fn)] {
                if (guard)
                    fn();
            },
            Qt::QueuedConnection);
    };
}

void Engine::browse(const BrowseRequest &request, QObject *context, std::function<void(BrowsePage)> done)
{
    GuiPost toGui = guiPoster(context);
    auto deliver = [toGui, done = std::move(done)](BrowsePage page) {
        toGui([done, page = std::move(page)]() mutable { done(std::move(page)); });
    };
    if (!m_loaded) {
        BrowsePage page;
        page.request = request;
        page.error = Error(Errc::InvalidConfig, tr("No scenario is loaded yet; open one to browse its records."));
        deliver(std::move(page));
        return;
    }
    post([request, deliver](Cluster &cluster) { deliver(readBrowsePage(cluster, request)); });
}

void Engine::browse(TopicPartition tp, Offset from, int count, QString filter, std::function<void(BrowsePage)> done)
{
    BrowseRequest request;
    request.tp = tp;
    request.from = from;
    request.count = count;
    request.filter = std::move(filter);
    browse(request, this, std::move(done));
}

SnapshotPtr Engine::latest() const
{
    QMutexLocker lock(&m_latestMutex);
    return m_latest;
}

void Engine::publish(SnapshotPtr snapshot)
{
    {
        QMutexLocker lock(&m_latestMutex);
        m_latest = snapshot;
    }
    // Queued: the signal is emitted on the Engine's own thread, and dropped
    // with the Engine if it is destroyed first.
    QMetaObject::invokeMethod(this, [this, snapshot] { Q_EMIT snapshotReady(snapshot); }, Qt::QueuedConnection);
}

} // namespace bb
