#pragma once
// Engine: runs one simulated cluster on a worker thread and is the GUI's only
// way in. The worker owns the Cluster and its EventLoop; the GUI posts
// commands (closures run on the worker between event batches) and receives
// an immutable ClusterSnapshot every snapshotInterval() ms of wall time, one
// signal per snapshot. Virtual time either follows the wall clock times a
// speed factor (live), runs as fast as the CPU allows (flat out), or stands
// still (paused; step() advances it by an exact amount).
//
// The Engine object lives on the thread that created it (the GUI thread);
// its public functions are called from there. snapshotReady is emitted on
// that thread too.

#include "engine/browse.h"
#include "engine/snapshot.h"
#include "topology/scenario.h"

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace bb {

class EngineWorker;

class Engine : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinSpeed = 0.1;
    static constexpr double kMaxSpeed = 1000;

    explicit Engine(QObject *parent = nullptr);
    ~Engine() override;

    // Builds the scenario's cluster (with its own seed) on the worker,
    // replacing any running one, and waits for the result. The new cluster
    // starts paused at time 0; call start() to run it.
    Error load(const Scenario &scenario);
    // Makes `edited` the current scenario without a rebuild: `change` (see
    // liveChange()) brings the running cluster there on the engine thread,
    // keeping time and state. A change that fails is reported through
    // errorOccurred; restart() builds `edited` from the start.
    void amend(const Scenario &edited, std::function<Error(Cluster &)> change);
    // Rebuilds the current scenario with the same seed: the same trace again.
    void restart();

    void start();  // same as resume()
    void pause();
    void resume();
    // While paused: advances virtual time by exactly `duration`.
    void step(Micros duration);
    // Live speed, clamped to [kMinSpeed, kMaxSpeed].
    void setSpeed(double factor);
    // As fast as the CPU allows (while not paused), ignoring the speed.
    void setFlatOut(bool flatOut);
    void setSnapshotInterval(int milliseconds);

    bool isPaused() const { return m_paused; }
    double speed() const { return m_speed; }
    bool isFlatOut() const { return m_flatOut; }
    int snapshotInterval() const { return m_snapshotInterval; }
    const Scenario &scenario() const { return m_scenario; }

    // Runs `command` on the engine thread before the next batch of events.
    // The command may change the cluster (faults, new clients); it must not
    // keep references to it. A command posted before load() or restart()
    // replaced the cluster is dropped: `dropped` runs on the engine thread
    // (to answer whoever waits for the command), and errorOccurred says so
    // for a command named by `what` ("crash node 1"), one the user asked for.
    void post(std::function<void(Cluster &)> command, QString what = {}, std::function<void()> dropped = {});
    // Runs on whichever cluster is running then: for work addressed to the
    // cluster as such (a Kafka client's request to a listener).
    void postToAnyRun(std::function<void(Cluster &)> command);

    // For work that answers later (acknowledgements, timers): a function the
    // engine thread may call any number of times; each call runs its
    // argument on this (the GUI) thread, or drops it if `context` is gone.
    using GuiPost = std::function<void(std::function<void()>)>;
    GuiPost guiPoster(QObject *context);

    // Reads a page of a partition's records from its leader's log on the
    // engine thread; `done` runs later on this (the GUI) thread, unless
    // `context` was destroyed in the meantime. Never blocks. Before any
    // load, the page carries an error.
    void browse(const BrowseRequest &request, QObject *context, std::function<void(BrowsePage)> done);
    void browse(TopicPartition tp, Offset from, int count, QString filter, std::function<void(BrowsePage)> done);

    // The most recent snapshot (null before the first load).
    SnapshotPtr latest() const;

Q_SIGNALS:
    void snapshotReady(std::shared_ptr<const bb::ClusterSnapshot> snapshot);
    void errorOccurred(const QString &message);

private:
    friend class EngineWorker;
    void publish(SnapshotPtr snapshot); // from the worker thread
    void report(const QString &message); // from the worker thread: errorOccurred here

    std::unique_ptr<EngineWorker> m_worker;
    QThread *m_thread = nullptr;
    Scenario m_scenario;
    bool m_loaded = false;
    bool m_paused = true;
    double m_speed = 1;
    bool m_flatOut = false;
    int m_snapshotInterval = 100;
    mutable QMutex m_latestMutex;
    SnapshotPtr m_latest;
};

} // namespace bb
