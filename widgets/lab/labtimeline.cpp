#include <QCoreApplication>

#include "lab/labtimeline.h"

#include "common/format.h"

#include <algorithm>

namespace bb {
namespace {

// A class lupdate can see, so it files these strings under bb::LabTimeline.
struct LabTimeline {
    Q_DECLARE_TR_FUNCTIONS(bb::LabTimeline)
};

// The fault that ends `f` (same node, and for links the same peer), if any.
bool ends(const Fault &f, const Fault &later)
{
    if (later.at < f.at || later.node != f.node)
        return false;
    switch (f.kind) {
    case FaultKind::Crash:
    case FaultKind::PowerLoss: return later.kind == FaultKind::Restart || later.kind == FaultKind::HealAll;
    case FaultKind::Isolate: return later.kind == FaultKind::Heal || later.kind == FaultKind::HealAll;
    case FaultKind::CutLink:
    case FaultKind::SlowLink:
        return (later.kind == FaultKind::HealLink && later.peer == f.peer) || later.kind == FaultKind::Heal
            || later.kind == FaultKind::HealAll;
    case FaultKind::LyingFsync: return later.kind == FaultKind::HonestFsync || later.kind == FaultKind::HealAll;
    case FaultKind::Restart:
    case FaultKind::Heal:
    case FaultKind::HealLink:
    case FaultKind::HealAll:
    case FaultKind::DamageBatch: // found at the next start
    case FaultKind::ReadError:
    case FaultKind::TornWrite:   // at the next power loss
    case FaultKind::TruncateDb:  // done at the next start
    case FaultKind::TruncateWal:
    case FaultKind::CorruptPage:
    case FaultKind::HonestFsync: return false;
    }
    return false;
}

QString spanLabel(const Fault &f)
{
    switch (f.kind) {
    case FaultKind::Crash: return LabTimeline::tr("node %1 down").arg(f.node.value);
    case FaultKind::PowerLoss: return LabTimeline::tr("node %1 power loss").arg(f.node.value);
    case FaultKind::Isolate: return LabTimeline::tr("node %1 cut off").arg(f.node.value);
    default: return describeFault(f);
    }
}

QString when(Micros t) { return formatVirtualTime(t); }

} // namespace

std::vector<TimelineMark> labTimeline(const Scenario &s)
{
    std::vector<TimelineMark> marks;
    std::vector<Fault> faults = s.faults.faults;
    std::stable_sort(faults.begin(), faults.end(), [](const Fault &a, const Fault &b) { return a.at < b.at; });
    std::vector<bool> used(faults.size(), false);
    for (std::size_t i = 0; i < faults.size(); ++i) {
        if (used[i])
            continue;
        const Fault &f = faults[i];
        std::size_t j = i + 1;
        while (j < faults.size() && (used[j] || !ends(f, faults[j])))
            ++j;
        if (j < faults.size()) {
            used[j] = true;
            marks.push_back({f.at, faults[j].at, spanLabel(f),
                             LabTimeline::tr("%1 at %2; %3 at %4").arg(describeFault(f), when(f.at), describeFault(faults[j]), when(faults[j].at)),
                             Tone::Bad});
        } else {
            const bool healing = f.kind == FaultKind::Restart || f.kind == FaultKind::Heal || f.kind == FaultKind::HealLink
                || f.kind == FaultKind::HealAll;
            marks.push_back({f.at, f.at, describeFault(f), LabTimeline::tr("%1 at %2").arg(describeFault(f), when(f.at)),
                             healing ? Tone::Good : Tone::Bad});
        }
    }
    if (s.lab) {
        for (const LabFault &f : s.lab->clientFaults) {
            switch (f.kind) {
            case LabFaultKind::ConsumerCrash:
                marks.push_back({f.at, f.at + f.restartAfter, LabTimeline::tr("consumer %1 crashes").arg(f.member),
                                 LabTimeline::tr("From %1, member %2 of every ledger group crashes halfway through its next batch "
                                    "(after processing, before committing) and comes back as a new member %3 later.")
                                     .arg(when(f.at)).arg(f.member).arg(formatVirtualTime(f.restartAfter)),
                                 Tone::Warning});
                break;
            case LabFaultKind::ProducerLinkLoss:
                marks.push_back({f.at, f.at + f.duration, LabTimeline::tr("producer links drop %1%").arg(f.loss * 100),
                                 LabTimeline::tr("From %1 to %2, the producers' links to every node drop %3% of requests and acknowledgements.")
                                     .arg(when(f.at), when(f.at + f.duration)).arg(f.loss * 100),
                                 Tone::Warning});
                break;
            }
        }
    }
    std::stable_sort(marks.begin(), marks.end(), [](const TimelineMark &a, const TimelineMark &b) { return a.at < b.at; });
    return marks;
}

} // namespace bb
