#pragma once
// The consume panel's side of the ConsumeAgent: the settings it starts a
// consumer with and the plain values it gets back (delivered records, the
// assignment's positions, the member's state). Value types only, so the GUI
// includes this and not the client or cluster headers behind the agent.

#include "model/consumermodes.h"
#include "model/ids.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace bb {

// The agent keeps the most recent this many delivered records between two
// reports; older ones are counted as skipped.
inline constexpr int kConsumeRing = 1000;
// The most records one poll command takes.
inline constexpr int kConsumeMaxPoll = 1000;

struct ConsumeSettings {
    QString topic;
    QString groupId;                       // empty: standalone, every partition assigned
    OffsetReset reset = OffsetReset::Earliest;
    CommitMode commit = CommitMode::Manual;
    DeliveryMode delivery = DeliveryMode::Pull;
    Isolation isolation = Isolation::ReadUncommitted;
};

// One delivered record, as the panel shows it.
struct ConsumedRow {
    static constexpr int kMaxBytes = 256;  // key and value are cut to this

    int partition = -1;
    Offset offset{-1};
    QByteArray key;                        // isNull(): no key
    QByteArray value;                      // isNull(): a tombstone
    std::int64_t generatorSequence = -1;   // >= 0: the value carries a load generator's tag
    Micros timestamp = 0;                  // the record's (set by its producer)
    Micros latency = 0;                    // timestamp to delivery, virtual
};

struct ConsumePartition {
    int partition = -1;
    Offset position{-1};                   // next offset to deliver; -1 while unknown
    Offset committed{-1};                  // -1: none
    Offset hw{-1};                         // from the last fetch
    // hw - position, -1 while either is unknown.
    std::int64_t lag() const { return position.value >= 0 && hw.value >= 0 ? std::max<std::int64_t>(0, hw.value - position.value) : -1; }
    bool operator==(const ConsumePartition &) const = default;
};

struct ConsumeStatus {
    enum class State { Stopped, Joining, Stable, Standalone };
    State state = State::Stopped;
    ConsumeSettings settings;
    QString memberId;
    std::int32_t generation = -1;
    bool groupLeader = false;
    std::vector<ConsumePartition> partitions; // the assignment, by partition
    std::int64_t consumed = 0;             // delivered since start
    std::int64_t rebalances = 0;
    std::int64_t commits = 0;              // accepted by the coordinator
    QString lastCommit;                    // the latest commit's answer, a sentence
    bool lastCommitFailed = false;
};

struct ConsumeReport {
    std::uint64_t session = 0;             // the start() it belongs to
    Micros time = 0;                       // virtual time of the report
    std::vector<ConsumedRow> records;      // delivered since the last take, oldest first
    std::int64_t skipped = 0;              // delivered since then but pushed out of the ring
    ConsumeStatus status;
};

} // namespace bb
