#include "faultplan.h"

#include <QCoreApplication>

namespace bb {
namespace {
struct Name {
    FaultKind kind;
    const char *name;
};
constexpr Name kNames[] = {
    {FaultKind::Crash, "crash"}, {FaultKind::PowerLoss, "power_loss"}, {FaultKind::Restart, "restart"},
    {FaultKind::Isolate, "isolate"}, {FaultKind::Heal, "heal"}, {FaultKind::CutLink, "cut_link"},
    {FaultKind::HealLink, "heal_link"}, {FaultKind::SlowLink, "slow_link"}, {FaultKind::HealAll, "heal_all"},
    {FaultKind::DamageBatch, "damage_batch"}, {FaultKind::TornWrite, "torn_write"}, {FaultKind::LyingFsync, "lying_fsync"},
    {FaultKind::HonestFsync, "honest_fsync"}, {FaultKind::TruncateDb, "truncate_db"}, {FaultKind::TruncateWal, "truncate_wal"},
    {FaultKind::CorruptPage, "corrupt_page"}, {FaultKind::ReadError, "read_error"},
};

QString peerName(std::int32_t peer)
{
    return peer == kPeerController ? QCoreApplication::translate("bb::Fault", "the controller")
                                   : QCoreApplication::translate("bb::Fault", "node %1").arg(peer);
}
} // namespace

const char *faultKindName(FaultKind kind)
{
    for (const auto &n : kNames)
        if (n.kind == kind)
            return n.name;
    return "?";
}

bool faultKindFromName(const QString &name, FaultKind &out)
{
    for (const auto &n : kNames)
        if (name == QLatin1String(n.name)) {
            out = n.kind;
            return true;
        }
    return false;
}

QString describeFault(const Fault &f)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("bb::Fault", s); };
    switch (f.kind) {
    case FaultKind::Crash: return tr("process crash of node %1").arg(f.node.value);
    case FaultKind::PowerLoss: return tr("power loss of node %1").arg(f.node.value);
    case FaultKind::Restart: return tr("restart of node %1").arg(f.node.value);
    case FaultKind::Isolate: return tr("node %1 cut off from the network").arg(f.node.value);
    case FaultKind::Heal: return tr("node %1 reconnected").arg(f.node.value);
    case FaultKind::CutLink:
        return f.oneWay ? tr("link node %1 -> %2 cut (one way)").arg(f.node.value).arg(peerName(f.peer))
                        : tr("link node %1 <-> %2 cut").arg(f.node.value).arg(peerName(f.peer));
    case FaultKind::HealLink: return tr("link node %1 <-> %2 healed").arg(f.node.value).arg(peerName(f.peer));
    case FaultKind::SlowLink:
        return tr("link node %1 <-> %2 slowed to %3 ms, %4% loss").arg(f.node.value).arg(peerName(f.peer))
            .arg(double(f.link.latency) / kMillisecond).arg(f.link.loss * 100);
    case FaultKind::HealAll: return tr("all faults healed, all nodes up");
    case FaultKind::DamageBatch: return tr("a bit flipped in a batch stored by node %1").arg(f.node.value);
    case FaultKind::TornWrite: return tr("node %1's next power loss tears its last write").arg(f.node.value);
    case FaultKind::LyingFsync: return tr("node %1's disk acknowledges flushes without writing").arg(f.node.value);
    case FaultKind::HonestFsync: return tr("node %1's disk flushes honestly again").arg(f.node.value);
    case FaultKind::ReadError: return tr("a batch stored by node %1 can no longer be read (read error)").arg(f.node.value);
    case FaultKind::TruncateDb: return tr("node %1's database file cut to half its length before its next start").arg(f.node.value);
    case FaultKind::TruncateWal: return tr("node %1's write-ahead log cut mid-frame before its next start").arg(f.node.value);
    case FaultKind::CorruptPage: return tr("a page of node %1's database file overwritten before its next start").arg(f.node.value);
    }
    return {};
}

} // namespace bb
