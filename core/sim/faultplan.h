#pragma once
// FaultPlan: a timed list of faults to inject into a cluster: crashes
// (process or power loss), restarts, a node cut off, one link cut (one way or
// both), a slow or lossy link, storage faults (a flipped bit in a stored
// batch, a batch the disk cannot read back, a torn write at the next power
// loss, an fsync that lies; and for a
// node on SQLite, its database or WAL cut short or a page overwritten when
// it next starts), and heals.
// Plain value; the Cluster applies it.

#include "sim/simnetwork.h"

#include <QString>

#include <vector>

namespace bb {

enum class FaultKind { Crash, PowerLoss, Restart, Isolate, Heal, CutLink, HealLink, SlowLink, HealAll,
                       DamageBatch, TornWrite, LyingFsync, HonestFsync,
                       TruncateDb, TruncateWal, CorruptPage, ReadError };

// The faults that damage a SQLite store's files (a memory store has none).
inline bool isFileFault(FaultKind kind)
{
    return kind == FaultKind::TruncateDb || kind == FaultKind::TruncateWal || kind == FaultKind::CorruptPage;
}

// A peer of a link fault: another node, or the controller.
inline constexpr std::int32_t kPeerController = -2;

struct Fault {
    Micros at = 0;
    FaultKind kind = FaultKind::Crash;
    NodeId node;
    std::int32_t peer = -1; // node id, or kPeerController (link faults)
    bool oneWay = false;    // CutLink: only node -> peer
    LinkConfig link;        // SlowLink
    std::uint64_t pick = 0; // DamageBatch, ReadError: which stored batch (and bit) (any number)
};

// A fault at `at` on `node` (and, for link faults, `peer`).
inline Fault nodeFault(Micros at, FaultKind kind, int node, std::int32_t peer = -1)
{
    Fault f;
    f.at = at;
    f.kind = kind;
    f.node = NodeId(node);
    f.peer = peer;
    return f;
}

struct FaultPlan {
    std::vector<Fault> faults;
};

const char *faultKindName(FaultKind kind);
bool faultKindFromName(const QString &name, FaultKind &out);
// "crash node 2", "cut link 1 -> controller" ...: for event logs and replay commands.
QString describeFault(const Fault &fault);

} // namespace bb
