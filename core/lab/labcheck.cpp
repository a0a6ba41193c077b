#include "labcheck.h"

#include "lab/checkrunner.h"
#include "lab/semanticslab.h"
#include "sim/rng.h"

#include <QCoreApplication>

#include <algorithm>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::LabCheck", s); }

// A run that processes this many events at one virtual instant is stuck
// (nothing a lab does takes more than a few thousand at once).
constexpr std::uint64_t kMaxEventsPerInstant = 2'000'000;
constexpr std::uint64_t kMaxEvents = 400'000'000;
// After the drain: how long a lab may run on while its late payments keep
// arriving, in steps of kExtraDrainStep. Generous: exactly-once on a lossy
// link with slow processing commits a few payments per transaction, and
// every lost request of a commit costs a request timeout.
constexpr Micros kMaxExtraDrain = 3600 * kSecond;
constexpr Micros kExtraDrainStep = 30 * kSecond;

} // namespace

Scenario labCheckScenario(std::uint64_t seed)
{
    Rng rng(seed * 0x2545f4914f6cdd1dULL + 29);
    Scenario s;
    s.name = QStringLiteral("lab-check-%1").arg(seed);
    s.seed = seed;
    addRandomNodes(s, rng);
    const int nodes = int(s.cluster.nodes.size());
    LinkConfig &net = s.cluster.network;
    net.latency = rng.chance(0.2) ? 0 : rng.between(0, 5000);
    net.jitter = rng.chance(0.4) ? 0 : rng.between(0, 2000);
    net.loss = rng.chance(0.5) ? 0 : double(rng.between(1, 30)) / 1000.0;
    net.reorder = rng.chance(0.3) ? 0.05 : 0;

    LabConfig lab;
    lab.payments = int(rng.between(200, 2500));
    lab.rate = double(rng.between(100, 1000));
    lab.accounts = int(rng.between(1, 50));
    lab.partitions = int(rng.between(1, 8));
    lab.consumers = int(rng.between(1, 4));
    lab.processingTime = rng.chance(0.2) ? 0 : rng.between(0, rng.chance(0.2) ? 40000 : 3000);
    lab.maxPollRecords = int(rng.chance(0.3) ? rng.between(1, 10) : rng.between(10, 300));
    const Micros sending = Micros(double(lab.payments) / lab.rate * double(kSecond));

    // Node faults: windows, one after another; sometimes two nodes down
    // together (no writes with min.insync.replicas 2), sometimes an outage
    // longer than the producers' and transactions' timeouts. Power loss
    // never overlaps another node's outage: two replicas losing unflushed
    // writes at once lose acknowledged records, which is replication's
    // limit, not a lab mechanic.
    Micros t = rng.between(300, 2000) * kMillisecond;
    Micros lastHeal = 0;
    const Micros window = sending + 5 * kSecond;
    while (t < window && s.faults.faults.size() < 24) {
        const int a = int(rng.below(std::uint64_t(nodes)));
        const int b = (a + 1 + int(rng.below(std::uint64_t(nodes - 1)))) % nodes;
        const Micros length = rng.chance(0.15) ? rng.between(32, 45) * kSecond : rng.between(200, 6000) * kMillisecond;
        const Micros heal = t + length;
        auto &f = s.faults.faults;
        switch (rng.below(7)) {
        case 0:
            f.push_back(nodeFault(t, FaultKind::Crash, a));
            f.push_back(nodeFault(heal, FaultKind::Restart, a));
            break;
        case 1:
            f.push_back(nodeFault(t, FaultKind::PowerLoss, a));
            f.push_back(nodeFault(heal, FaultKind::Restart, a));
            break;
        case 2:
            f.push_back(nodeFault(t, FaultKind::Crash, a));
            f.push_back(nodeFault(t + rng.between(0, 500) * kMillisecond, FaultKind::Crash, b));
            f.push_back(nodeFault(heal, FaultKind::Restart, a));
            f.push_back(nodeFault(heal + rng.between(0, 500) * kMillisecond, FaultKind::Restart, b));
            break;
        case 3:
            f.push_back(nodeFault(t, FaultKind::Isolate, a));
            f.push_back(nodeFault(heal, FaultKind::Heal, a));
            break;
        case 4: {
            Fault cut = nodeFault(t, FaultKind::CutLink, a, rng.chance(0.2) ? kPeerController : b);
            cut.oneWay = rng.chance(0.5);
            f.push_back(cut);
            Fault mend = cut;
            mend.at = heal;
            mend.kind = FaultKind::HealLink;
            f.push_back(mend);
            break;
        }
        case 5: {
            Fault slow = nodeFault(t, FaultKind::SlowLink, a, b);
            slow.link.latency = rng.between(5, 200) * kMillisecond;
            slow.link.jitter = rng.between(0, 20) * kMillisecond;
            slow.link.loss = rng.chance(0.5) ? double(rng.between(1, 30)) / 100.0 : 0;
            f.push_back(slow);
            Fault mend = slow;
            mend.at = heal;
            mend.kind = FaultKind::HealLink;
            f.push_back(mend);
            break;
        }
        default:
            break; // a quiet window
        }
        lastHeal = std::max(lastHeal, heal + kSecond);
        t = heal + rng.between(200, 4000) * kMillisecond;
    }
    // Client faults during the sending.
    const int clientFaults = int(rng.below(4));
    for (int i = 0; i < clientFaults; ++i) {
        LabFault f;
        f.at = rng.between(0, std::max<Micros>(1, sending / kMillisecond)) * kMillisecond;
        if (rng.chance(0.6)) {
            f.kind = LabFaultKind::ConsumerCrash;
            f.member = int(rng.below(std::uint64_t(lab.consumers)));
            f.restartAfter = rng.between(0, 5000) * kMillisecond;
            lastHeal = std::max(lastHeal, f.at + f.restartAfter);
        } else {
            f.kind = LabFaultKind::ProducerLinkLoss;
            f.loss = double(rng.between(5, 60)) / 100.0;
            f.duration = rng.between(500, 5000) * kMillisecond;
            lastHeal = std::max(lastHeal, f.at + f.duration);
        }
        lab.clientFaults.push_back(f);
    }
    std::sort(lab.clientFaults.begin(), lab.clientFaults.end(), [](const LabFault &x, const LabFault &y) { return x.at < y.at; });

    // Drain: long enough for every guarantee to finish after the last fault
    // heals: the slowest member's share of the processing, the recovery of
    // sessions and transactions, and retries through the lossy network.
    const int busy = std::max(1, std::min(lab.consumers, lab.partitions));
    const Micros processing = Micros(double(lab.payments) * double(lab.processingTime + kMillisecond) / busy) * 3;
    const Micros recovery = 60 * kSecond + Micros(net.loss * 2000.0 * double(kSecond));
    lab.drainTime = std::max<Micros>(lastHeal - sending, 0) + processing + recovery;
    lab.modes = {Guarantee::AtMostOnce, Guarantee::AtLeastOnce, Guarantee::ExactlyOnce, Guarantee::IdempotencyKey};
    s.lab = lab;
    s.duration = SemanticsLab::duration(lab);
    return s;
}

LabCheckOutcome runLabCheck(std::uint64_t seed)
{
    LabCheckOutcome out;
    out.seed = seed;
    const Scenario s = labCheckScenario(seed);
    out.faults = int(s.faults.faults.size() + s.lab->clientFaults.size());
    auto lab = SemanticsLab::create(s, *s.lab, seed);
    if (!lab) {
        out.violations.push_back({QStringLiteral("lab-refused"), lab.error().message});
        return out;
    }
    EventLoop &loop = (*lab)->cluster().loop();
    const Micros end = (*lab)->endTime();
    Micros instant = -1;
    std::uint64_t atInstant = 0;
    const std::uint64_t first = loop.eventsProcessed();
    while (loop.hasEvents() && loop.nextEventTime() <= end) {
        const Micros at = loop.nextEventTime();
        if (at != instant) {
            instant = at;
            atInstant = 0;
        }
        if (++atInstant > kMaxEventsPerInstant) {
            out.violations.push_back({QStringLiteral("livelock"),
                                      tr("more than %1 events at the virtual instant %2 s: the run cannot advance.")
                                          .arg(kMaxEventsPerInstant).arg(double(at) / kSecond, 0, 'f', 6)});
            return out;
        }
        if (loop.eventsProcessed() - first > kMaxEvents) {
            out.violations.push_back({QStringLiteral("runaway"),
                                      tr("more than %1 events by %2 s of virtual time.").arg(kMaxEvents).arg(double(at) / kSecond, 0, 'f', 3)});
            return out;
        }
        loop.runOne();
    }
    (*lab)->runToEnd();
    out.modes = (*lab)->results();
    // Late is not stalled: while payments are still on their way, run on in
    // steps; only a step that applies none of them is a stall.
    const auto pending = [&] {
        std::int64_t n = 0;
        for (const ModeResult &r : out.modes)
            n += r.pending;
        return n;
    };
    bool stuck = false;
    for (Micros extra = 0; pending() > 0 && extra < kMaxExtraDrain; extra += kExtraDrainStep) {
        const std::int64_t before = pending();
        (*lab)->cluster().runFor(kExtraDrainStep);
        out.modes = (*lab)->results();
        if (pending() >= before) {
            stuck = true;
            break;
        }
    }
    out.traceHash = loop.traceHash();
    for (const auto &p : (*lab)->pipelines()) {
        const ModeResult &r = out.modes[std::size_t(p->index)];
        const QString mode = QLatin1String(guaranteeName(r.mode));
        auto violate = [&](const char *name, const QString &detail) {
            out.violations.push_back({mode + QLatin1Char(' ') + QLatin1String(name), detail});
        };
        const bool noLoss = r.mode != Guarantee::AtMostOnce;
        const bool noDup = r.mode != Guarantee::AtLeastOnce;
        if (noLoss && r.lost > 0)
            violate("lost", tr("%1 of %2 payments lost; first: %3").arg(r.lost).arg(r.sent)
                                .arg(r.lostExamples.empty() ? QString() : r.lostExamples.front().text));
        if (noDup && r.duplicated > 0)
            violate("duplicated", tr("%1 payments applied more than once; first: %2").arg(r.duplicated)
                                      .arg(r.duplicatedExamples.empty() ? QString() : r.duplicatedExamples.front().text));
        if (r.mode == Guarantee::ExactlyOnce && r.outOfOrder > 0)
            violate("out-of-order", tr("%1 payments applied after a later payment of the same account.").arg(r.outOfOrder));
        if (r.pending > 0 && stuck)
            violate("stalled", tr("%1 payments still not applied at %2 s, and none applied in the last %3 s.")
                                   .arg(r.pending).arg(double((*lab)->now()) / kSecond, 0, 'f', 1).arg(kExtraDrainStep / kSecond));
        else if (r.pending > 0)
            violate("stalled", tr("%1 payments still not applied at %2 s, %3 s after the drain ended, though they kept arriving.")
                                   .arg(r.pending).arg(double((*lab)->now()) / kSecond, 0, 'f', 1).arg(kMaxExtraDrain / kSecond));
        if (r.sent != s.lab->payments)
            violate("not-sent", tr("only %1 of %2 payments were accepted by the producer.").arg(r.sent).arg(s.lab->payments));
    }
    return out;
}

QString labCheckCommand(std::uint64_t seed)
{
    return QStringLiteral("brokerbench-cli check --lab --from %1 --seeds 1").arg(seed);
}

} // namespace bb
