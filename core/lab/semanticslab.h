#pragma once
// SemanticsLab: the delivery guarantees side by side. For each guarantee a
// pipeline: a payments producer -> its topic -> a consumer group whose
// members apply each payment to a Ledger (exactly once: through a
// transactional output topic read back with read_committed). All pipelines
// share one cluster, so the same node crash, link loss or consumer crash
// hits every guarantee at the same moment; what each loses or duplicates
// comes from its own mechanics (acks, retries, when it commits).
// Owned by the Engine, the CLI or a test; single-threaded (the loop).

#include "topology/labconfig.h"
#include "lab/labreport.h"
#include "services/ledger.h"
#include "lab/paymenttrace.h"
#include "lab/runslices.h"
#include "topology/scenario.h"

#include <memory>
#include <unordered_set>

namespace bb {

class LabWorker;
class Consumer;
class ConsumerListener;

// A lab worker's crash, kept so explanations can name it: who, when, and
// the payments of its batch it had not processed (per partition, an
// inclusive offset range).
struct WorkerCrash {
    Micros at = 0;
    QString member;
    std::size_t processed = 0;
    std::size_t polled = 0;
    struct Range {
        TopicPartition tp;
        Offset first, last;
    };
    std::vector<Range> unprocessed;
};

struct Pipeline {
    Guarantee mode;
    int index = 0;
    QString topic;       // payments.<mode>
    QString outputTopic; // exactly once: ledger.<mode>
    QString group;
    Producer *producer = nullptr;
    LoadGenerator *load = nullptr;
    Consumer *auditor = nullptr; // exactly once: reads the output topic read_committed
    Ledger ledger;
    std::unordered_set<std::uint64_t> processedKeys; // idempotency key: the application's store
    PaymentTrace trace; // the payments producer's acknowledgements and failures
    std::vector<LabWorker *> workers; // by member slot; nullptr while crashed
    std::int64_t crashes = 0;
    std::int64_t fencings = 0; // exactly once: members replaced after ProducerFenced
    std::vector<WorkerCrash> crashLog;
};

class SemanticsLab {
public:
    // The scenario's cluster, topics and faults, plus its lab section.
    static Result<std::unique_ptr<SemanticsLab>> create(const Scenario &scenario, const LabConfig &config, std::uint64_t seed);
    ~SemanticsLab();

    Cluster &cluster() { return *m_cluster; }
    const LabConfig &config() const { return m_config; }
    Micros endTime() const { return m_endTime; }
    // How long a lab with `config` runs: its payments at its rate, then the drain.
    static Micros duration(const LabConfig &config);
    Micros now() const { return m_cluster->loop().now(); }
    bool finished() const { return now() >= m_endTime; }
    // Runs to the end; `control` shows progress and can stop it part way
    // (false then: report() is of the time run so far).
    bool runToEnd(const RunControl &control = {});
    // Runs at most `step` more virtual time, never past the end. Any split
    // of the run into steps processes the same events as runToEnd().
    void advance(Micros step);

    const std::vector<std::unique_ptr<Pipeline>> &pipelines() const { return m_pipelines; }
    // Every mode's counters with the explanations of its lost and
    // duplicated payments (scans the logs: for the end of a run).
    std::vector<ModeResult> results() const;
    // The counters alone, cheap enough for every step of a live view. While
    // the lab runs, `lost` counts payments sent and not applied yet (in
    // flight, or lost); at the end it is what results() reports.
    std::vector<ModeResult> counters() const;
    // results() with what ran, for saving and the command line.
    LabReport report(const QString &scenario, std::uint64_t seed) const;

    // Called by workers.
    void crashWorker(Pipeline &p, int slot);
    void replaceFencedWorker(Pipeline &p, int slot);

private:
    SemanticsLab() = default;
    Error build(const Scenario &scenario, std::uint64_t seed);
    void startWorker(Pipeline &p, int slot);
    void removeWorker(Pipeline &p, int slot, bool leaveGroup);
    void applyFault(const LabFault &f);
    ModeResult resultOf(const Pipeline &p) const;
    ModeResult countersOf(const Pipeline &p) const;

    LabConfig m_config;
    std::vector<std::unique_ptr<ConsumerListener>> m_listeners;
    std::unique_ptr<Cluster> m_cluster;
    std::vector<std::unique_ptr<Pipeline>> m_pipelines;
    Micros m_endTime = 0;
    int m_workerSerial = 0;
};

} // namespace bb
