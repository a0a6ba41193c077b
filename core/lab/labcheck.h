#pragma once
// The lab check: what `check` does for replication, done for the semantics
// lab. For each seed a random lab within bounds (3-5 nodes, latency 0-5 ms,
// jitter, loss up to 3%, reordering, partitions, consumers, processing
// time, poll size, payments) and a random fault plan (broker crashes, power
// loss, isolation, one-way cuts, slow links, consumer crashes, producer link
// loss, outages longer than the producers' request and transaction
// timeouts), run flat out, then judged per guarantee:
//   at-most-once: no payment applied twice;
//   at-least-once: none lost;
//   exactly-once: none lost, none applied twice, per-account order kept;
//   idempotency key: none lost, no payment charged twice (counted by the
//   ledger, apart from the store of processed keys that deduplicates);
//   all: every payment applied or explained by the end of the drain (a
//   stall is a violation), and the run ends: a watchdog on events turns a
//   livelock into a violation instead of a hang.
// Deterministic: the seed replays exactly (labCheckCommand()).

#include "lab/invariantchecker.h"
#include "lab/labreport.h"
#include "topology/scenario.h"

namespace bb {

struct LabCheckOutcome {
    std::uint64_t seed = 0;
    int faults = 0;
    std::uint64_t traceHash = 0;
    std::vector<ModeResult> modes;
    std::vector<Violation> violations;
};

Scenario labCheckScenario(std::uint64_t seed);
LabCheckOutcome runLabCheck(std::uint64_t seed);
QString labCheckCommand(std::uint64_t seed);

} // namespace bb
