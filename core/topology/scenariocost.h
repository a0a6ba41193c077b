#pragma once
// What a scenario will cost to run, estimated before it runs, so that a
// world a hundred times bigger than intended says so instead of quietly
// taking minutes and gigabytes. Everything a run stores stays in memory
// (logs are never deleted unless retention says so), so memory follows the
// records stored; time follows the records and the partition replicas kept
// in sync. The constants were measured on one core of a 2020s desktop and
// are rough: the figures are orders of magnitude, not promises.

#include "topology/scenario.h"

#include <QString>

namespace bb {

struct ScenarioCost {
    std::int64_t partitionReplicas = 0; // all topics, the lab's included
    double storedCopies = 0;            // records times replication factor
    double labPayments = 0;             // payments the lab's modes can apply (their consumers' capacity)
    double memoryBytes = 0;
    double wallSeconds = 0;             // for the whole run
};

// What runs: the scenario's producers for `duration`, or its lab section
// (which runs for its own length; `duration` is then unused).
enum class CostOf { Run, Lab };

ScenarioCost estimateCost(const Scenario &scenario, CostOf what, Micros duration);

// Empty for an ordinary scenario; for a heavy one, a sentence with the
// expected memory and time and what makes it heavy.
QString heavyScenarioWarning(const Scenario &scenario, CostOf what, Micros duration);

} // namespace bb
