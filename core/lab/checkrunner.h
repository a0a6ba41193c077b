#pragma once
// The simulation check: for each seed, a random topology within bounds, a
// random produce load with acks=all (half the producers idempotent, with up
// to 5 requests in flight), and a random fault plan; the
// InvariantChecker then judges the run. Two modes:
//   Clean:   RF=3, min.insync.replicas=2, unclean election off, at most one
//            node down or cut off at a time: no invariant may break.
//   Unclean: unclean leader election on, min.insync.replicas=1, and faults
//            may overlap (two nodes down), among them cascades that leave
//            only an out-of-sync replica to elect: acknowledged records
//            really get lost, which proves the checker can fail.
//   Storage: Clean, and most crashes and power losses come with a storage
//            fault of the node: a flipped bit in a stored batch, a stored
//            batch that cannot be read back, a torn last write, or flushes
//            that lied since shortly before. Every
//            replica must still end with the leader's bytes, all checked.
// Deterministic: a seed replays exactly (checkCommand() prints how).

#include "lab/invariantchecker.h"
#include "topology/scenario.h"

namespace bb {

enum class CheckMode { Clean, Unclean, Storage };

struct CheckOutcome {
    std::uint64_t seed = 0;
    int faults = 0;
    std::int64_t acked = 0;
    std::int64_t lost = 0;
    std::uint64_t traceHash = 0;
    std::vector<Violation> violations;
};

class Rng;

// 3 to 5 memory nodes with one random flush policy and interval, drawn
// from `rng` (both randomized checks start their clusters this way).
void addRandomNodes(Scenario &s, Rng &rng);

// The randomized scenario a seed stands for (topology, load, faults).
Scenario checkScenario(std::uint64_t seed, CheckMode mode);
CheckOutcome runCheck(std::uint64_t seed, CheckMode mode);
QString checkCommand(std::uint64_t seed, CheckMode mode);
// "clean", "unclean" or "storage-faults" (the JSON report's mode), and the
// option that selects it ("" for clean).
QString checkModeName(CheckMode mode);
QString checkModeOption(CheckMode mode);

} // namespace bb
