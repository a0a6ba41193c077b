#pragma once
// EngineWorker: the body of the Engine's thread. It owns the Cluster, runs
// its event loop in bounded chunks towards a virtual target (wall clock times
// speed, a step, or unbounded when flat out), samples the metric series on
// virtual time, executes posted commands between chunks and hands a snapshot
// to the Engine every snapshot interval. Control calls come from the GUI
// thread through a mutex; nothing is locked per event or per record.
// Owned by the Engine; run() executes on the Engine's QThread.

#include "engine/snapshotbuilder.h"
#include "lab/semanticslab.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QWaitCondition>

#include <functional>
#include <future>
#include <optional>

namespace bb {

class Engine;

struct EngineControl {
    bool paused = true;
    double speed = 1;
    bool flatOut = false;
    int snapshotIntervalMs = 100;
};

class EngineWorker {
public:
    static constexpr int kChunkEvents = 2000;

    explicit EngineWorker(Engine &engine);
    ~EngineWorker();

    void run();

    // GUI thread.
    void stop();
    std::future<Error> load(const Scenario &scenario, bool pause);
    void setControl(const EngineControl &control);
    void step(Micros duration);
    // anyRun: for whichever cluster runs when the command does.
    void post(std::function<void(Cluster &)> command, QString what, std::function<void()> dropped, bool anyRun);

private:
    struct LoadRequest {
        Scenario scenario;
        bool pause = false;
        std::promise<Error> result;
        std::uint64_t number = 0;
    };
    // A command is meant for the cluster of the latest load requested when
    // it was posted; one posted before a load (or a restart) that has since
    // replaced that cluster is dropped, not run on the new one.
    struct Command {
        std::function<void(Cluster &)> run;
        QString what;
        std::function<void()> dropped;
        std::uint64_t load = 0;
        bool anyRun = false;
    };

    Error build(const Scenario &scenario);
    void releaseCluster();
    bool advance(Micros target);
    void publish(const EngineControl &control);
    int waitMs(const EngineControl &control, bool dirty) const;

    Engine &m_engine;

    // Shared with the GUI thread, under m_mutex.
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_quit = false;
    EngineControl m_control;
    bool m_controlChanged = false;
    Micros m_stepRequest = 0;
    std::vector<Command> m_commands;
    std::optional<LoadRequest> m_load;
    std::uint64_t m_loadsRequested = 0;

    // Engine thread only.
    // The running cluster: a scenario's own, or the one a delivery-semantics
    // lab builds for its pipelines (so the views show the lab running).
    Cluster *m_cluster = nullptr;
    std::unique_ptr<Cluster> m_ownCluster;
    std::unique_ptr<SemanticsLab> m_lab;
    std::unique_ptr<QTemporaryDir> m_dataDir; // SQLite stores of the current run
    SnapshotBuilder m_builder;
    std::uint64_t m_run = 0;
    std::uint64_t m_clusterLoad = 0; // the load request the running cluster answers
    Micros m_nextSample = 0;
    Micros m_stepTarget = -1;
    QElapsedTimer m_wall;
    qint64 m_anchorWallNs = 0;
    Micros m_anchorVirtual = 0;
    qint64 m_nextSnapshotMs = 0;
    qint64 m_lastSnapshotWallNs = 0;
    Micros m_lastSnapshotVirtual = 0;
};

} // namespace bb
