#include "scenariocost.h"

#include <QCoreApplication>

#include <algorithm>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::ScenarioCost", s); }

// Measured: 61,440 idle partition replicas take 130 MB and 2 s of wall time
// per virtual second; a record sent alone in its batch costs about 550 bytes
// and 1.9 us per stored copy besides its value, one in a batch of 60 about a
// tenth of that (the default scenario: 1.2 million copies, 750 MB, 2.3 s;
// labs of 100,000 payments at 500/s and of 1,000,000 at 100,000/s:
// 1.4 GB and 0.6 GB); each payment a lab applies about 1 kB and 10 us.
constexpr double kBaseBytes = 20e6;
constexpr double kBytesPerReplica = 2.2e3;
constexpr double kWallPerReplicaSecond = 32e-6;
constexpr double kBytesPerRecord = 30;     // plus the value, in any batch
constexpr double kBytesPerBatch = 520;
constexpr double kWallPerRecord = 0.3e-6;
constexpr double kWallPerBatch = 1.6e-6;
constexpr double kBytesPerApplied = 1e3;   // a lab's ledger
constexpr double kWallPerApplied = 10e-6;

// Records per batch: what arrives at one partition while a batch waits
// (its linger, or a round trip while the previous one is in flight).
double recordsPerBatch(double perPartitionRate, Micros linger, Micros latency)
{
    const double window = double(std::max(linger, 2 * latency + kMillisecond)) / double(kSecond);
    return std::max(1.0, perPartitionRate * window);
}

constexpr double kWarnBytes = 1e9;
constexpr double kWarnWallSeconds = 60;

QString bytesText(double bytes)
{
    return bytes >= 1e9 ? tr("%1 GB").arg(bytes / 1e9, 0, 'f', 1) : tr("%1 MB").arg(bytes / 1e6, 0, 'f', 0);
}

QString secondsText(double s)
{
    return s >= 120 ? tr("%1 minutes").arg(s / 60, 0, 'f', 0) : tr("%1 s").arg(s, 0, 'f', 0);
}

} // namespace

ScenarioCost estimateCost(const Scenario &s, CostOf what, Micros duration)
{
    ScenarioCost c;
    const int nodes = std::max<int>(1, int(s.cluster.nodes.size()));
    const Micros latency = s.cluster.network.latency;
    double seconds = double(duration) / double(kSecond);
    double bytes = kBaseBytes;
    auto store = [&](double records, int rf, double valueBytes, double perBatch) {
        c.storedCopies += records * rf;
        bytes += records * rf * (valueBytes + kBytesPerRecord + kBytesPerBatch / perBatch);
        c.wallSeconds += records * rf * (kWallPerRecord + kWallPerBatch / perBatch);
    };
    for (const TopicSpec &t : s.topics)
        c.partitionReplicas += std::int64_t(t.config.partitions) * std::min(t.config.replicationFactor, nodes);
    if (what == CostOf::Lab && s.lab) {
        const LabConfig &lab = *s.lab;
        seconds = double(lab.payments) / std::max(lab.rate, 1e-3) + double(lab.drainTime) / double(kSecond);
        const int rf = std::min(3, nodes);
        const double perBatch = recordsPerBatch(lab.rate / lab.partitions, ProducerConfig().linger, latency);
        for (Guarantee g : lab.modes) {
            const int topics = g == Guarantee::ExactlyOnce ? 2 : 1;
            c.partitionReplicas += std::int64_t(topics) * lab.partitions * rf;
            store(double(lab.payments) * topics, rf, 32, perBatch);
            // The consumers apply what their processing time lets them.
            const double capacity = lab.processingTime > 0
                ? double(lab.consumers) * seconds * double(kSecond) / double(lab.processingTime) : double(lab.payments);
            c.labPayments += std::min(double(lab.payments), capacity);
        }
    } else {
        for (const ProducerSpec &p : s.producers) {
            const double stop = p.load.stopAt < 0 ? seconds : std::min(seconds, double(p.load.stopAt) / double(kSecond));
            double records = p.load.recordsPerSecond * std::max(0.0, stop - double(p.load.startAt) / double(kSecond));
            if (p.load.maxRecords >= 0)
                records = std::min(records, double(p.load.maxRecords));
            int rf = 1, partitions = 1;
            for (const TopicSpec &t : s.topics)
                if (t.name == p.load.topic) {
                    rf = std::min(t.config.replicationFactor, nodes);
                    partitions = t.config.partitions;
                }
            store(records, rf, p.load.valueBytes, recordsPerBatch(p.load.recordsPerSecond / partitions, p.config.linger, latency));
        }
    }
    c.memoryBytes = bytes + double(c.partitionReplicas) * kBytesPerReplica + c.labPayments * kBytesPerApplied;
    c.wallSeconds += double(c.partitionReplicas) * kWallPerReplicaSecond * seconds + c.labPayments * kWallPerApplied;
    return c;
}

QString heavyScenarioWarning(const Scenario &s, CostOf what, Micros duration)
{
    const ScenarioCost c = estimateCost(s, what, duration);
    if (c.memoryBytes < kWarnBytes && c.wallSeconds < kWarnWallSeconds)
        return {};
    QStringList why;
    if (c.partitionReplicas >= 20000)
        why << tr("%1 partition replicas").arg(c.partitionReplicas);
    if (c.labPayments > 0)
        why << tr("%1 payments in %2 modes").arg(s.lab->payments).arg(s.lab->modes.size());
    else if (c.storedCopies > 0)
        why << tr("about %1 million stored record copies").arg(c.storedCopies / 1e6, 0, 'f', 1);
    if (why.isEmpty())
        why << tr("%1 partition replicas").arg(c.partitionReplicas);
    return tr("scenario \"%1\" is heavy (%2): expect roughly %3 of memory and %4 of computing. "
              "Fewer partitions, a lower rate, a shorter duration or fewer payments make it lighter.")
        .arg(s.name, why.join(QStringLiteral(", ")), bytesText(c.memoryBytes), secondsText(c.wallSeconds));
}

} // namespace bb
