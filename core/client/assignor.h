#pragma once
// Partition assignors, as in Kafka: range (per topic, contiguous ranges),
// round-robin (all partitions dealt in turn) and cooperative-sticky (keep
// what members own, move as little as possible, and never hand a partition
// to a new owner in the same generation in which its old owner still has
// it: it is revoked first and assigned in the follow-up rebalance, KIP-429).
// Pure functions; members and partitions are sorted for determinism.

#include "model/groupmessages.h"

#include <map>

namespace bb {

struct AssignorInput {
    std::vector<GroupMember> members;
    std::map<TopicId, int> partitionsPerTopic;
};

std::vector<MemberAssignment> assignRange(const AssignorInput &input);
std::vector<MemberAssignment> assignRoundRobin(const AssignorInput &input);
// `needsFollowUp` is set when some partitions were held back for revocation.
std::vector<MemberAssignment> assignCooperativeSticky(const AssignorInput &input, bool *needsFollowUp);
// By name; unknown names fall back to range.
std::vector<MemberAssignment> assign(const QString &assignor, const AssignorInput &input, bool *needsFollowUp);

} // namespace bb
