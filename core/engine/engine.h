#pragma once
// Engine: runs one simulated cluster on a worker thread and is the GUI's only
// way in. The worker owns the Cluster and its EventLoop; the GUI sends typed
// commands (engine/commands.h: faults, publishing, consuming, group actions)
// that run on the worker between event batches, and receives
// an immutable ClusterSnapshot every snapshotInterval() ms of wall time, one
// signal per snapshot. Virtual time either follows the wall clock times a
// speed factor (live), runs as fast as the CPU allows (flat out), or stands
// still (paused; step() advances it by an exact amount).
//
// The Engine object lives on the thread that created it (the GUI thread);
// its public functions are called from there. snapshotReady is emitted on
// that thread too.

#include "engine/browse.h"
#include "engine/commands.h"
#include "engine/snapshot.h"
#include "topology/scenario.h"

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace bb {

class ConsumeAgent;
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

    // The command set (engine/commands.h), implemented in commands.cpp. A
    // non-empty `what` names a command a user asked for ("crash node 1"):
    // reported if it is dropped for a replaced run.
    //
    // A node or network fault, at once (its `at` is ignored): crash, power
    // loss, restart, isolate, reconnect, cut or heal a link, storage faults.
    // Always named: by describeFault() unless `what` says otherwise.
    void apply(const Fault &fault, QString what = {}, CommandReply<Error> reply = {});
    // A scenario's service group: crash one member (no goodbye), or start
    // (delta > 0) or cleanly stop (delta < 0) members.
    void crashGroupMember(const QString &group, const QString &member, QString what = {}, CommandReply<Error> reply = {});
    void scaleGroup(const QString &group, int delta, QString what = {}, CommandReply<Error> reply = {});

    // The publishing client of the run (a PublishAgent). Each of these
    // installs `replies` as where its answers go. publish() returns the id
    // its SendResult will carry.
    std::uint64_t publish(const PublishRecord &record, PublishReplies replies);
    void commitTransaction(PublishReplies replies);
    void abortTransaction(PublishReplies replies);
    void startRepeat(const PublishRecord &record, double perSecond, PublishReplies replies);
    void stopRepeat();
    void publishStatus(CommandReply<PublishStatus> reply);

    // The consuming client of the run (a ConsumeAgent), one consumer at a
    // time; `session` tells the reports of one start() from another's.
    // Each report holds the records delivered since the previous one.
    void startConsumer(std::uint64_t session, const ConsumeSettings &settings, CommandReply<Error> reply);
    void pollConsumer(int max, CommandReply<ConsumeReport> reply);  // pull mode
    void commitConsumer(CommandReply<Error> reply);                 // manual commit of every assigned position
    void stopConsumer(CommandReply<ConsumeReport> reply);           // leaves the group; the last records come back
    void consumerReport(CommandReply<ConsumeReport> reply);

    // "Not done: <what> was meant for the run before ...": the report of a
    // named command dropped for a replaced run.
    static QString droppedMessage(const QString &what);

    // Runs `command` on the engine thread before the next batch of events:
    // for the engine module and tests; other callers use the command set.
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
    // Helpers of the command set (commands.cpp).
    void postAnswering(std::function<Error(Cluster &)> command, QString what, CommandReply<Error> reply);
    void endTransaction(bool commit, PublishReplies replies);
    void postToConsumer(std::function<void(ConsumeAgent &)> action, CommandReply<ConsumeReport> reply);

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
    std::uint64_t m_lastSendId = 0; // of publish(): the ids its answers carry
};

} // namespace bb
