#pragma once
// SemanticsLab: the delivery guarantees side by side. For each guarantee a
// pipeline: a payments producer -> its topic -> a consumer group whose
// members apply each payment to a Ledger (exactly once: through a
// transactional output topic read back with read_committed). All pipelines
// share one cluster, so the same node crash, link loss or consumer crash
// hits every guarantee at the same moment; what each loses or duplicates
// comes from its own mechanics (acks, retries, when it commits).
// Owned by the Engine, the CLI or a test; single-threaded (the loop).

#include "lab/labconfig.h"
#include "lab/ledger.h"
#include "topology/scenario.h"

#include <QJsonObject>

#include <memory>

namespace bb {

class LabWorker;
class Consumer;
class ConsumerListener;

struct Explanation {
    std::uint64_t id = 0;
    QString text; // why it was lost or duplicated, from the recorded mechanics
};

struct ModeResult {
    Guarantee mode = Guarantee::AtLeastOnce;
    std::int64_t sent = 0;         // payments the producer accepted
    std::int64_t exactlyOnce = 0;  // applied exactly once
    std::int64_t lost = 0;         // sent, never applied
    std::int64_t duplicated = 0;   // applied more than once
    std::int64_t outOfOrder = 0;   // applied after a later payment of the same account
    std::int64_t skippedDuplicates = 0; // idempotency key: repeats recognised and not applied
    double throughputPerSecond = 0;
    double p50LatencyMs = 0;
    double p99LatencyMs = 0;
    std::vector<Explanation> lostExamples;
    std::vector<Explanation> duplicatedExamples;
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
    std::vector<LabWorker *> workers; // by member slot; nullptr while crashed
    std::int64_t crashes = 0;
};

class SemanticsLab {
public:
    // The scenario's cluster, topics and faults, plus its lab section.
    static Result<std::unique_ptr<SemanticsLab>> create(const Scenario &scenario, const LabConfig &config, std::uint64_t seed);
    ~SemanticsLab();

    Cluster &cluster() { return *m_cluster; }
    const LabConfig &config() const { return m_config; }
    Micros endTime() const { return m_endTime; }
    bool finished() const { return m_cluster->loop().now() >= m_endTime; }
    void runToEnd();

    const std::vector<std::unique_ptr<Pipeline>> &pipelines() const { return m_pipelines; }
    std::vector<ModeResult> results() const;

    // Called by workers.
    void crashWorker(Pipeline &p, int slot);

private:
    SemanticsLab() = default;
    Error build(const Scenario &scenario, std::uint64_t seed);
    void startWorker(Pipeline &p, int slot);
    void applyFault(const LabFault &f);
    ModeResult resultOf(const Pipeline &p) const;

    LabConfig m_config;
    std::vector<std::unique_ptr<ConsumerListener>> m_listeners;
    std::unique_ptr<Cluster> m_cluster;
    std::vector<std::unique_ptr<Pipeline>> m_pipelines;
    Micros m_endTime = 0;
    int m_workerSerial = 0;
};

QJsonObject toJson(const ModeResult &r);

} // namespace bb
