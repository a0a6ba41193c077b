#pragma once
// Consumer-group protocol (Kafka's classic group protocol): JoinGroup,
// SyncGroup, Heartbeat, LeaveGroup, offset commits and fetches, plus
// ListOffsets for seeking by time. Plain values.

#include "model/error.h"
#include "model/ids.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace bb {

struct PartitionOffset {
    TopicPartition tp;
    Offset offset; // -1: none committed
    // The newest leader epoch the committing consumer had seen for tp (Kafka's
    // committed leader epoch, KIP-320). A consumer resuming from this offset
    // ignores metadata older than it, so a deposed leader cut off from the
    // controller cannot tell it the committed offset is out of range.
    Epoch leaderEpoch = kNoEpoch;
    bool operator==(const PartitionOffset &) const = default;
};

struct JoinGroupRequest {
    std::int64_t correlation = 0;
    QString groupId;
    QString memberId; // empty on the first join; the coordinator assigns one
    QString clientName;
    QString assignor; // "range", "roundrobin", "cooperative-sticky"
    Micros sessionTimeout = 0;
    Micros rebalanceTimeout = 0;
    std::vector<TopicId> topics;
    std::vector<TopicPartition> owned; // what the member holds now (cooperative)
    // Kafka clients: their subscription as they encoded it, handed to the
    // leader unread (the engine's own clients leave it empty).
    QByteArray protocolMetadata;
};

struct GroupMember {
    QString memberId;
    QString clientName;
    std::vector<TopicId> topics;
    std::vector<TopicPartition> owned;
    QByteArray protocolMetadata;
};

struct JoinGroupResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
    std::int32_t generation = -1;
    QString memberId;
    QString leaderId;
    QString assignor;
    std::vector<GroupMember> members; // only for the leader, which computes the assignment
};

struct MemberAssignment {
    QString memberId;
    std::vector<TopicPartition> partitions;
    QByteArray encoded; // Kafka clients: the assignment as the leader encoded it, handed to the member as is
};

struct SyncGroupRequest {
    std::int64_t correlation = 0;
    QString groupId;
    std::int32_t generation = -1;
    QString memberId;
    std::vector<MemberAssignment> assignments; // leader only
};

struct SyncGroupResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
    std::int32_t generation = -1;
    std::vector<TopicPartition> assignment;
    QByteArray encodedAssignment; // see MemberAssignment::encoded
};

struct HeartbeatRequest {
    std::int64_t correlation = 0;
    QString groupId;
    std::int32_t generation = -1;
    QString memberId;
};

struct HeartbeatResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None; // RebalanceInProgress, UnknownMemberId, IllegalGeneration
};

struct LeaveGroupRequest {
    std::int64_t correlation = 0;
    QString groupId;
    QString memberId;
};

struct LeaveGroupResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
};

struct OffsetCommitRequest {
    std::int64_t correlation = 0;
    QString groupId;
    std::int32_t generation = -1; // -1: a standalone (ungrouped) consumer
    QString memberId;
    std::vector<PartitionOffset> offsets;
};

struct OffsetCommitResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
};

struct OffsetFetchRequest {
    std::int64_t correlation = 0;
    QString groupId;
    std::vector<TopicPartition> partitions;
    // read_committed consumers (KIP-447): refuse while a transaction's
    // offsets for one of the partitions are pending, so a new owner never
    // starts below offsets that are about to commit.
    bool requireStable = false;
};

struct OffsetFetchResponse {
    std::int64_t correlation = 0;
    Errc error = Errc::None;
    std::vector<PartitionOffset> offsets;
};

// Client -> partition leader: the offset of the first record at or after
// `timestamp`, or kEarliest / kLatest.
struct ListOffsetsRequest {
    static constexpr Micros kEarliest = -2;
    static constexpr Micros kLatest = -1;
    std::int64_t correlation = 0;
    TopicPartition tp;
    Micros timestamp = kLatest;
    bool readCommitted = false;
};

struct ListOffsetsResponse {
    std::int64_t correlation = 0;
    TopicPartition tp;
    Errc error = Errc::None;
    Offset offset;
};

} // namespace bb
