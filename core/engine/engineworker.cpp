#include <QCoreApplication>

#include "engine/engineworker.h"

#include "engine/engine.h"

#include <algorithm>
#include <limits>

namespace bb {
namespace {

constexpr Micros kForever = std::numeric_limits<Micros>::max();
// Live mode may fall this far behind (wall time) before it stops trying to
// catch up: a speed the CPU cannot deliver becomes "as fast as possible"
// instead of a growing debt that is paid later in a burst.
constexpr qint64 kMaxLagNs = 250'000'000;
// Below this a sleep costs more than it saves; events run in small bursts.
constexpr int kMinSleepMs = 2;

} // namespace

EngineWorker::EngineWorker(Engine &engine)
    : m_engine(engine)
{
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::stop()
{
    QMutexLocker lock(&m_mutex);
    m_quit = true;
    m_wake.wakeAll();
}

std::future<Error> EngineWorker::load(const Scenario &scenario, bool pause)
{
    QMutexLocker lock(&m_mutex);
    if (m_load) // superseded before the worker picked it up
        m_load->result.set_value(Error(Errc::InvalidConfig, QCoreApplication::translate("bb::Engine", "Another scenario was loaded instead.")));
    m_load.emplace(LoadRequest{scenario, pause, {}, ++m_loadsRequested});
    m_wake.wakeAll();
    return m_load->result.get_future();
}

void EngineWorker::setControl(const EngineControl &control)
{
    QMutexLocker lock(&m_mutex);
    m_control = control;
    m_controlChanged = true;
    m_wake.wakeAll();
}

void EngineWorker::step(Micros duration)
{
    QMutexLocker lock(&m_mutex);
    m_stepRequest += duration;
    m_wake.wakeAll();
}

void EngineWorker::post(std::function<void(Cluster &)> command, QString what, std::function<void()> dropped, bool anyRun)
{
    QMutexLocker lock(&m_mutex);
    m_commands.push_back({std::move(command), std::move(what), std::move(dropped), m_loadsRequested, anyRun});
    m_wake.wakeAll();
}

// A failed build leaves the running cluster alone.
Error EngineWorker::build(const Scenario &scenario)
{
    Scenario s = scenario;
    std::unique_ptr<QTemporaryDir> dir;
    const bool sqlite = std::any_of(s.cluster.nodes.begin(), s.cluster.nodes.end(),
                                    [](const NodeSpec &n) { return n.storage == StorageKind::Sqlite; });
    if (sqlite && s.cluster.dataDirectory.isEmpty()) {
        // A fresh directory per run: a restart must not find the last run's data.
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return Error(Errc::StorageError, QCoreApplication::translate("bb::Engine", "Could not create a temporary directory for the SQLite stores: %1.").arg(dir->errorString()));
        s.cluster.dataDirectory = dir->path();
    }
    std::unique_ptr<Cluster> own;
    std::unique_ptr<SemanticsLab> lab;
    if (s.lab) {
        auto built = SemanticsLab::create(s, *s.lab, s.seed);
        if (!built)
            return built.error();
        lab = std::move(*built);
    } else {
        auto built = buildCluster(s, s.seed);
        if (!built)
            return built.error();
        own = std::move(*built);
    }
    releaseCluster(); // before its data directory goes
    m_ownCluster = std::move(own);
    m_lab = std::move(lab);
    m_cluster = m_lab ? &m_lab->cluster() : m_ownCluster.get();
    m_dataDir = std::move(dir);
    m_builder.reset(s);
    ++m_run;
    m_nextSample = SnapshotBuilder::kSampleInterval;
    m_stepTarget = -1;
    m_lastSnapshotVirtual = 0;
    return {};
}

void EngineWorker::run()
{
    m_wall.start();
    bool dirty = false;
    for (;;) {
        EngineControl control;
        bool controlChanged = false;
        Micros stepRequest = 0;
        std::vector<Command> commands;
        std::optional<LoadRequest> load;
        {
            QMutexLocker lock(&m_mutex);
            if (m_quit)
                break;
            commands.swap(m_commands);
            load.swap(m_load);
            m_load.reset();
            control = m_control;
            controlChanged = std::exchange(m_controlChanged, false);
            stepRequest = std::exchange(m_stepRequest, 0);
        }
        if (load) {
            const Error err = build(load->scenario);
            // A refused scenario leaves the running cluster running.
            if (!err && load->pause) {
                QMutexLocker lock(&m_mutex);
                m_control.paused = control.paused = true;
            }
            // A refused load leaves the running cluster as the one meant
            // by commands posted after it.
            m_clusterLoad = load->number;
            load->result.set_value(err);
            controlChanged = controlChanged || !err;
            dirty = dirty || !err;
        }
        if (!m_cluster) {
            QMutexLocker lock(&m_mutex);
            if (!m_quit && !m_load)
                m_wake.wait(&m_mutex);
            continue;
        }
        for (auto &command : commands) {
            if (command.anyRun || command.load == m_clusterLoad) {
                command.run(*m_cluster);
                continue;
            }
            if (command.dropped)
                command.dropped();
            // What a user asked for is named and reported; a view's own
            // polling of the old run goes quietly.
            if (!command.what.isEmpty())
                m_engine.report(Engine::droppedMessage(command.what));
        }
        dirty = dirty || !commands.empty();

        Micros now = m_cluster->loop().now();
        const qint64 wallNs = m_wall.nsecsElapsed();
        if (controlChanged) {
            m_anchorVirtual = now;
            m_anchorWallNs = wallNs;
            dirty = true;
        }
        if (!control.paused)
            m_stepTarget = -1;
        else if (stepRequest > 0)
            m_stepTarget = std::max(m_stepTarget, now) + stepRequest;

        bool caughtUp = true;
        if (!control.paused || m_stepTarget >= 0) {
            Micros target = m_stepTarget;
            if (!control.paused)
                target = control.flatOut ? kForever
                                         : m_anchorVirtual + Micros(double(wallNs - m_anchorWallNs) / 1000.0 * control.speed);
            caughtUp = advance(target);
            dirty = true;
            now = m_cluster->loop().now();
            if (caughtUp && control.paused)
                m_stepTarget = -1;
            if (!caughtUp && !control.paused && !control.flatOut
                && double(target - now) > control.speed * double(kMaxLagNs) / 1000.0) {
                m_anchorVirtual = now;
                m_anchorWallNs = wallNs;
            }
        }

        const qint64 wallMs = m_wall.elapsed();
        // While paused, a finished step or a command shows at once.
        const bool settled = control.paused && m_stepTarget < 0;
        if (dirty && (wallMs >= m_nextSnapshotMs || settled)) {
            publish(control);
            dirty = false;
        }
        if (!caughtUp)
            continue;
        const int wait = waitMs(control, dirty);
        QMutexLocker lock(&m_mutex);
        if (m_quit || m_load || m_controlChanged || m_stepRequest > 0 || !m_commands.empty())
            continue;
        if (wait < 0)
            m_wake.wait(&m_mutex);
        else
            m_wake.wait(&m_mutex, QDeadlineTimer(wait));
    }
    releaseCluster();
}

void EngineWorker::releaseCluster()
{
    m_cluster = nullptr;
    m_lab.reset();
    m_ownCluster.reset();
}

// Runs events up to `target` (virtual), at most kChunkEvents of them, and
// samples the series at every kSampleInterval boundary on the way, so the
// series look the same at any speed. True once time has reached the target.
bool EngineWorker::advance(Micros target)
{
    EventLoop &loop = m_cluster->loop();
    int processed = 0;
    while (processed < kChunkEvents) {
        const Micros next = loop.hasEvents() ? loop.nextEventTime() : kForever;
        const Micros boundary = std::min(target, m_nextSample);
        if (next <= boundary) {
            loop.runOne();
            ++processed;
            continue;
        }
        if (boundary == kForever)
            return true; // flat out with nothing left to do
        loop.runUntil(boundary);
        if (boundary == m_nextSample) {
            m_builder.sample(*m_cluster);
            m_nextSample += SnapshotBuilder::kSampleInterval;
        }
        if (boundary == target)
            return true;
    }
    return false;
}

void EngineWorker::publish(const EngineControl &control)
{
    const qint64 wallNs = m_wall.nsecsElapsed();
    const Micros now = m_cluster->loop().now();
    EngineStatus status;
    status.speed = control.speed;
    status.paused = control.paused;
    status.flatOut = control.flatOut;
    status.run = m_run;
    if (wallNs > m_lastSnapshotWallNs && now >= m_lastSnapshotVirtual)
        status.achievedSpeed = double(now - m_lastSnapshotVirtual) * 1000.0 / double(wallNs - m_lastSnapshotWallNs);
    m_lastSnapshotWallNs = wallNs;
    m_lastSnapshotVirtual = now;
    m_nextSnapshotMs = m_wall.elapsed() + control.snapshotIntervalMs;
    m_engine.publish(std::make_shared<const ClusterSnapshot>(m_builder.build(*m_cluster, status)));
}

// How long to sleep once caught up: until the next snapshot is due, or (live)
// until the next event's virtual time comes round on the wall clock. -1:
// until woken (paused with everything published).
int EngineWorker::waitMs(const EngineControl &control, bool dirty) const
{
    const qint64 untilSnapshot = std::max<qint64>(m_nextSnapshotMs - m_wall.elapsed(), 0);
    const bool idle = control.paused ? m_stepTarget < 0 : control.flatOut;
    if (idle)
        return dirty ? int(untilSnapshot) : (control.paused ? -1 : int(std::max<qint64>(untilSnapshot, kMinSleepMs)));
    const EventLoop &loop = m_cluster->loop();
    qint64 untilEvent = untilSnapshot;
    if (loop.hasEvents()) {
        const double virtualGap = double(loop.nextEventTime() - loop.now());
        untilEvent = qint64(virtualGap / control.speed / 1000.0);
    }
    return int(std::clamp<qint64>(std::min(untilEvent, untilSnapshot), kMinSleepMs, std::max<qint64>(untilSnapshot, kMinSleepMs)));
}

} // namespace bb
