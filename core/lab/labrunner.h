#pragma once
// LabRunner: runs a semantics lab on a worker thread of its own, in steps of
// virtual time, so a view can watch its counters move while the GUI thread
// stays free. After each step it reports the counters (progressed), at the
// end the full report with the explanations (finished); cancel() stops it
// between two steps. Steps never change the outcome: the same scenario and
// seed give the numbers runToEnd() gives, at any speed.
//
// The runner lives on the thread that created it and emits its signals
// there; the lab (its cluster, loop and ledgers) lives only on the worker.
// Progress is coalesced: a slow receiver gets the newest counters, never a
// queue of stale ones.

#include "lab/labreport.h"
#include "topology/scenario.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace bb {

struct LabProgress {
    Micros time = 0; // virtual time reached
    Micros end = 0;  // when the lab ends
    std::vector<ModeResult> modes; // counters only; `lost` = not applied yet
};

class LabRunner : public QObject {
    Q_OBJECT
public:
    static constexpr Micros kDefaultStep = 200 * kMillisecond;

    explicit LabRunner(QObject *parent = nullptr);
    ~LabRunner() override; // cancels a running lab and waits for its thread

    // Runs the scenario's lab section with `seed`, cancelling a running one
    // first. `speed`: virtual seconds per wall second, 0 for flat out.
    void start(const Scenario &scenario, std::uint64_t seed, double speed = 0);
    void cancel();
    // Takes effect at the next step of a running lab too.
    void setSpeed(double speed);
    void setStep(Micros step) { m_step = step; }
    bool isRunning() const { return m_running; }
    double speed() const { return m_speed.load(); }

Q_SIGNALS:
    void started(Micros end);
    void progressed(const bb::LabProgress &progress);
    void finished(const bb::LabReport &report);
    void cancelled(Micros time);
    void failed(const QString &message);

private:
    void run(Scenario scenario, std::uint64_t seed, int serial);
    // From the worker: `fn` runs on this object's thread unless a newer run
    // started in between.
    template <typename Fn>
    void post(int serial, Fn fn);
    void stopThread();

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<double> m_speed{0};
    std::atomic<Micros> m_step{kDefaultStep};
    bool m_running = false;
    int m_serial = 0; // this thread only

    QMutex m_mutex; // guards m_latest and m_progressPosted
    std::optional<LabProgress> m_latest;
    bool m_progressPosted = false;
};

} // namespace bb
