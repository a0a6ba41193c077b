#pragma once
// Runs a scenario flat out for a virtual duration and reports what happened:
// the trace hash (determinism), per-topic totals, what each producer saw,
// and which acknowledged records did not survive (the InvariantChecker
// reads the final logs). Used by `brokerbench-cli run` and tests.

#include "lab/invariantchecker.h"
#include "lab/runslices.h"
#include "topology/scenario.h"

#include <QJsonObject>

namespace bb {

struct TopicReport {
    QString name;
    int partitions = 0;
    std::int64_t recordsSent = 0;
    std::int64_t recordsAcked = 0;
    std::int64_t recordsFailed = 0;
    std::int64_t retries = 0;
    std::int64_t ackedLost = 0;
    std::int64_t logEndOffsets = 0;  // sum over partitions, at the leader
    std::int64_t highWatermarks = 0; // sum over partitions, at the leader
};

struct ProducerReport {
    QString name;
    QString topic;
    ProducerStats stats;
};

struct RunReport {
    QString scenario;
    std::uint64_t seed = 0;
    Micros duration = 0; // virtual time run: the duration asked for, unless control.stop ended it early
    std::uint64_t traceHash = 0;
    std::uint64_t events = 0;
    double wallSeconds = 0;
    std::vector<TopicReport> topics;
    std::vector<ProducerReport> producers;
    std::vector<ClusterEvent> clusterEvents;
    std::vector<Violation> violations;
    QJsonObject applications; // ServiceRuntime::report(): services, queues, publishers, request/reply
};

// `control` shows progress and can stop the run part way; the report is
// then of the virtual time run so far.
Result<RunReport> runScenario(const Scenario &scenario, std::uint64_t seed, Micros duration, const RunControl &control = {});
QJsonObject toJson(const RunReport &report);

} // namespace bb
