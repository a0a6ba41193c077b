#include "checkrunner.h"

#include "sim/rng.h"

namespace bb {
namespace {
constexpr Micros kFaultWindow = 20 * kSecond;
constexpr Micros kSettle = 8 * kSecond;
constexpr Micros kCascadeSpan = 9 * kSecond; // the longest cascade below

// Unclean mode's cascade, the way unclean elections lose acknowledged
// records in practice: two replicas go, so the third acknowledges alone
// (min.insync.replicas 1); one of the two comes back but cannot reach the
// third to catch up; then the third goes too, and the stale one, alive but
// out of sync, is elected. Returns when the cascade is healed.
Micros addCascade(Scenario &s, Rng &rng, Micros t, int nodes)
{
    const int a = int(rng.below(std::uint64_t(nodes)));
    const int b = (a + 1 + int(rng.below(std::uint64_t(nodes - 1)))) % nodes;
    std::vector<int> others;
    for (int n = 0; n < nodes; ++n)
        if (n != a && n != b)
            others.push_back(n);
    const int c = others[std::size_t(rng.below(others.size()))];
    auto &f = s.faults.faults;
    f.push_back(nodeFault(t, FaultKind::Crash, a));
    t += rng.between(300, 1500) * kMillisecond;
    f.push_back(nodeFault(t, FaultKind::Crash, b));
    t += rng.between(1000, 3000) * kMillisecond; // c acknowledges alone
    f.push_back(nodeFault(t, FaultKind::Restart, a));
    f.push_back(nodeFault(t, FaultKind::CutLink, a, c));
    t += rng.between(300, 1000) * kMillisecond;
    f.push_back(nodeFault(t, FaultKind::Crash, c));
    t += rng.between(1000, 3000) * kMillisecond; // a leads what it has
    f.push_back(nodeFault(t, FaultKind::HealLink, a, c));
    f.push_back(nodeFault(t, FaultKind::Restart, b));
    f.push_back(nodeFault(t, FaultKind::Restart, c));
    return t;
}
// With the crash `down` of a node (healed by `up`), one of its disk's
// faults: a flipped bit or a batch it cannot read back before a crash;
// before a power loss one of those,
// a torn last write, or flushes that lie from up to `room` before it (not
// before the previous fault healed) until the restart.
void addStorageFault(Scenario &s, Rng &rng, const Fault &down, const Fault &up, Micros room)
{
    if (!rng.chance(0.8))
        return;
    Fault f = down;
    f.at = std::max<Micros>(0, down.at - 1);
    const auto kind = down.kind == FaultKind::Crash ? 0 : rng.below(3);
    if (kind == 0) {
        f.kind = rng.chance(0.5) ? FaultKind::DamageBatch : FaultKind::ReadError;
        f.pick = rng.next();
    } else if (kind == 1) {
        f.kind = FaultKind::TornWrite;
    } else {
        f.kind = FaultKind::LyingFsync;
        f.at = down.at - std::min<Micros>(room - 1, rng.between(50, 3000) * kMillisecond);
        Fault honest = up;
        honest.kind = FaultKind::HonestFsync;
        s.faults.faults.push_back(honest);
    }
    s.faults.faults.push_back(f);
}

} // namespace

void addRandomNodes(Scenario &s, Rng &rng)
{
    const int nodes = int(rng.between(3, 5));
    NodeConfig nc;
    nc.flush = FlushPolicy(rng.below(3));
    nc.flushInterval = rng.between(50, 1000) * kMillisecond;
    for (int i = 0; i < nodes; ++i)
        s.cluster.nodes.push_back({NodeId(i), nc, StorageKind::Memory});
}

Scenario checkScenario(std::uint64_t seed, CheckMode mode)
{
    Rng rng(seed * 0x9e3779b97f4a7c15ULL + 17);
    // Producer semantics come from their own stream, so adding them kept
    // every seed's topology and fault plan as it was.
    Rng semantics(seed * 0xd1342543de82ef95ULL + 5);
    Scenario s;
    s.name = QStringLiteral("check-%1").arg(seed);
    s.seed = seed;
    s.duration = kFaultWindow + kSettle;
    addRandomNodes(s, rng);
    const int nodes = int(s.cluster.nodes.size());
    s.cluster.network.latency = rng.between(100, 3000);
    s.cluster.network.jitter = rng.between(0, 2000);
    s.cluster.network.reorder = rng.chance(0.3) ? 0.05 : 0;
    const int topics = int(rng.between(1, 2));
    for (int t = 0; t < topics; ++t) {
        TopicSpec ts;
        ts.name = QStringLiteral("t%1").arg(t);
        ts.config.partitions = int(rng.between(1, 4));
        ts.config.replicationFactor = 3;
        ts.config.minInsyncReplicas = mode == CheckMode::Unclean ? 1 : 2;
        ts.config.uncleanLeaderElection = mode == CheckMode::Unclean;
        ts.config.log.segmentBytes = 64 * 1024;
        s.topics.push_back(ts);
    }
    const int producers = int(rng.between(1, 2));
    for (int p = 0; p < producers; ++p) {
        ProducerSpec ps;
        ps.name = QStringLiteral("p%1").arg(p);
        ps.config.acks = Acks::All;
        ps.config.linger = rng.between(1, 10) * kMillisecond;
        ps.config.batchRecords = int(rng.between(10, 200));
        ps.config.maxInFlight = 1;
        if (semantics.chance(0.5)) {
            // Idempotent: pipelined, yet in order and never duplicated.
            ps.config.idempotent = true;
            ps.config.maxInFlight = int(semantics.between(1, 5));
        }
        ps.load.topic = s.topics[std::size_t(rng.below(std::uint64_t(topics)))].name;
        ps.load.recordsPerSecond = double(rng.between(200, 3000));
        ps.load.keys = int(rng.between(4, 64));
        ps.load.valueBytes = int(rng.between(16, 200));
        ps.load.stopAt = kFaultWindow;
        s.producers.push_back(ps);
    }
    // Faults: windows of one fault each; in unclean mode a second node may
    // fail while the first is still down.
    // Storage faults draw from a stream of their own: a Storage seed keeps
    // the Clean seed's plan and adds to it.
    Rng storage(seed * 0xa0761d6478bd642fULL + 7);
    Micros t = rng.between(500, 2000) * kMillisecond;
    Micros previousHeal = 0;
    while (t < kFaultWindow - kSecond) {
        if (mode == CheckMode::Unclean && t + kCascadeSpan < kFaultWindow && rng.chance(0.5)) {
            t = addCascade(s, rng, t, nodes) + rng.between(100, 2000) * kMillisecond;
            continue;
        }
        Fault f;
        f.at = t;
        f.node = NodeId(int(rng.below(std::uint64_t(nodes))));
        const Micros length = rng.between(300, 4000) * kMillisecond;
        Fault heal = f;
        heal.at = std::min(t + length, kFaultWindow);
        switch (rng.below(6)) {
        case 0: f.kind = FaultKind::Crash; heal.kind = FaultKind::Restart; break;
        case 1: f.kind = FaultKind::PowerLoss; heal.kind = FaultKind::Restart; break;
        case 2: f.kind = FaultKind::Isolate; heal.kind = FaultKind::Heal; break;
        case 3:
            f.kind = FaultKind::CutLink;
            heal.kind = FaultKind::HealLink;
            f.peer = heal.peer = rng.chance(0.5) ? kPeerController : int((f.node.value + 1 + int(rng.below(std::uint64_t(nodes - 1)))) % nodes);
            f.oneWay = rng.chance(0.5);
            break;
        case 4:
            f.kind = FaultKind::SlowLink;
            heal.kind = FaultKind::HealLink;
            f.peer = heal.peer = int((f.node.value + 1 + int(rng.below(std::uint64_t(nodes - 1)))) % nodes);
            f.link.latency = rng.between(20, 400) * kMillisecond;
            f.link.jitter = rng.between(0, 50) * kMillisecond;
            f.link.loss = rng.chance(0.5) ? rng.real() * 0.3 : 0;
            break;
        default:
            f.kind = FaultKind::Isolate;
            heal.kind = FaultKind::Heal;
            break;
        }
        s.faults.faults.push_back(f);
        s.faults.faults.push_back(heal);
        if (mode == CheckMode::Storage && (f.kind == FaultKind::Crash || f.kind == FaultKind::PowerLoss))
            addStorageFault(s, storage, f, heal, t - previousHeal);
        if (mode == CheckMode::Unclean && rng.chance(0.6) && heal.at - t > 400 * kMillisecond) {
            // A second node fails while the first is still out.
            Fault second;
            second.at = t + (heal.at - t) / 2;
            second.node = NodeId((f.node.value + 1 + int(rng.below(std::uint64_t(nodes - 1)))) % nodes);
            second.kind = rng.chance(0.5) ? FaultKind::Crash : FaultKind::Isolate;
            Fault secondHeal = second;
            secondHeal.kind = second.kind == FaultKind::Crash ? FaultKind::Restart : FaultKind::Heal;
            secondHeal.at = std::min(heal.at + rng.between(200, 2000) * kMillisecond, kFaultWindow);
            s.faults.faults.push_back(second);
            s.faults.faults.push_back(secondHeal);
            heal.at = std::max(heal.at, secondHeal.at);
        }
        previousHeal = heal.at;
        t = heal.at + rng.between(100, 2000) * kMillisecond;
    }
    Fault all;
    all.at = kFaultWindow;
    all.kind = FaultKind::HealAll;
    s.faults.faults.push_back(all);
    std::stable_sort(s.faults.faults.begin(), s.faults.faults.end(), [](const Fault &a, const Fault &b) { return a.at < b.at; });
    return s;
}

CheckOutcome runCheck(std::uint64_t seed, CheckMode mode)
{
    CheckOutcome out;
    out.seed = seed;
    const Scenario s = checkScenario(seed, mode);
    for (const Fault &f : s.faults.faults)
        out.faults += (f.kind == FaultKind::Crash || f.kind == FaultKind::PowerLoss || f.kind == FaultKind::Isolate
                       || f.kind == FaultKind::CutLink || f.kind == FaultKind::SlowLink || f.kind == FaultKind::DamageBatch
                       || f.kind == FaultKind::ReadError || f.kind == FaultKind::TornWrite || f.kind == FaultKind::LyingFsync) ? 1 : 0;
    // Build by hand rather than through buildCluster: the checker listens to
    // every producer's acknowledgements.
    auto cluster = Cluster::create(s.cluster, seed);
    if (!cluster) {
        out.violations.push_back({QStringLiteral("setup"), cluster.error().message});
        return out;
    }
    Cluster &c = **cluster;
    InvariantChecker checker(c);
    for (const auto &t : s.topics)
        if (auto id = c.createTopic(t.name, t.config); !id)
            out.violations.push_back({QStringLiteral("setup"), id.error().message});
    for (const auto &p : s.producers)
        c.addLoad(c.addProducer(p.name, p.config, &checker), p.load);
    c.schedule(s.faults);
    checker.startSampling(50 * kMillisecond);
    c.runFor(s.duration);
    checker.finish();
    checker.checkReplicasInSync(); // every fault healed kSettle ago
    checker.checkReplicaContents();
    out.acked = checker.ackedRecords();
    out.lost = checker.lostRecords();
    out.traceHash = c.loop().traceHash();
    for (const auto &v : checker.violations())
        out.violations.push_back(v);
    return out;
}

QString checkCommand(std::uint64_t seed, CheckMode mode)
{
    const QString option = checkModeOption(mode);
    return QStringLiteral("brokerbench-cli check --seeds 1 --from %1%2").arg(seed).arg(option.isEmpty() ? QString() : QLatin1Char(' ') + option);
}

QString checkModeName(CheckMode mode)
{
    switch (mode) {
    case CheckMode::Clean: return QStringLiteral("clean");
    case CheckMode::Unclean: return QStringLiteral("unclean");
    case CheckMode::Storage: return QStringLiteral("storage-faults");
    }
    return {};
}

QString checkModeOption(CheckMode mode)
{
    return mode == CheckMode::Clean ? QString() : QStringLiteral("--") + checkModeName(mode);
}

} // namespace bb
