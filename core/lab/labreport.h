#pragma once
// What a semantics lab run found, as values: per delivery guarantee the
// counters (sent, applied exactly once, lost, duplicated, out of order),
// what the guarantee cost (throughput, latency) and why each example
// payment was lost or duplicated; and what ran (scenario, seed, trace hash).
// Its JSON is what `brokerbench-cli lab --json` prints and what a workbench
// file keeps as a saved lab result. Plain values; any thread.

#include "topology/labconfig.h"
#include "model/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace bb {

struct Explanation {
    std::uint64_t id = 0;
    QString text; // why it was lost or duplicated, from the recorded mechanics
    bool operator==(const Explanation &) const = default;
};

struct ModeResult {
    Guarantee mode = Guarantee::AtLeastOnce;
    std::int64_t sent = 0;         // payments the producer accepted
    std::int64_t exactlyOnce = 0;  // applied exactly once
    std::int64_t lost = 0;         // sent, and never going to be applied
    std::int64_t pending = 0;      // sent, not applied when the run ended, but still on its way (late, not lost)
    std::int64_t duplicated = 0;   // applied more than once
    std::int64_t outOfOrder = 0;   // applied after a later payment of the same account
    std::int64_t skippedDuplicates = 0; // idempotency key: repeats recognised and not applied
    double throughputPerSecond = 0;
    double p50LatencyMs = 0;
    double p99LatencyMs = 0;
    std::vector<Explanation> lostExamples;
    std::vector<Explanation> duplicatedExamples;
    bool operator==(const ModeResult &) const = default;
};

struct LabReport {
    QString scenario;
    std::uint64_t seed = 0;
    std::uint64_t traceHash = 0;
    Micros time = 0; // virtual time the run reached (its end, unless cancelled)
    std::vector<ModeResult> modes;
};

QJsonObject toJson(const ModeResult &r);
QJsonObject toJson(const LabReport &report);
// Refuses JSON that is not a lab report with a sentence naming `source`.
Result<LabReport> labReportFromJson(const QByteArray &json, const QString &source);

} // namespace bb
