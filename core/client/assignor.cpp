#include "assignor.h"

#include <algorithm>
#include <set>

namespace bb {
namespace {

bool subscribes(const GroupMember &m, TopicId topic)
{
    return std::find(m.topics.begin(), m.topics.end(), topic) != m.topics.end();
}

// Members in memberId order: every assignor must give the same answer for
// the same group whatever order the members joined in.
std::vector<const GroupMember *> sortedMembers(const AssignorInput &input)
{
    std::vector<const GroupMember *> out;
    out.reserve(input.members.size());
    for (const auto &m : input.members)
        out.push_back(&m);
    std::sort(out.begin(), out.end(), [](const GroupMember *a, const GroupMember *b) { return a->memberId < b->memberId; });
    return out;
}

std::vector<MemberAssignment> emptyAssignments(const std::vector<const GroupMember *> &members)
{
    std::vector<MemberAssignment> out;
    out.reserve(members.size());
    for (const GroupMember *m : members)
        out.push_back({m->memberId, {}, {}});
    return out;
}

// Every partition of a topic at least one member subscribes to, in order.
std::vector<TopicPartition> subscribedPartitions(const AssignorInput &input)
{
    std::vector<TopicPartition> out;
    for (const auto &[topic, count] : input.partitionsPerTopic) {
        const bool wanted = std::any_of(input.members.begin(), input.members.end(),
                                        [&](const GroupMember &m) { return subscribes(m, topic); });
        if (!wanted)
            continue;
        for (int p = 0; p < count; ++p)
            out.push_back({topic, PartitionId(p)});
    }
    return out;
}

void sortPartitions(std::vector<MemberAssignment> &assignments)
{
    for (auto &a : assignments)
        std::sort(a.partitions.begin(), a.partitions.end());
}

} // namespace

std::vector<MemberAssignment> assignRange(const AssignorInput &input)
{
    const auto members = sortedMembers(input);
    auto out = emptyAssignments(members);
    for (const auto &[topic, count] : input.partitionsPerTopic) {
        std::vector<std::size_t> subscribers;
        for (std::size_t i = 0; i < members.size(); ++i)
            if (subscribes(*members[i], topic))
                subscribers.push_back(i);
        if (subscribers.empty() || count <= 0)
            continue;
        const int n = int(subscribers.size());
        const int base = count / n, extra = count % n;
        int next = 0;
        for (int k = 0; k < n; ++k) {
            const int take = base + (k < extra ? 1 : 0);
            for (int j = 0; j < take; ++j)
                out[subscribers[std::size_t(k)]].partitions.push_back({topic, PartitionId(next++)});
        }
    }
    return out;
}

std::vector<MemberAssignment> assignRoundRobin(const AssignorInput &input)
{
    const auto members = sortedMembers(input);
    auto out = emptyAssignments(members);
    if (members.empty())
        return out;
    // Deal partitions in turn, as Kafka's RoundRobinAssignor does: the
    // dealer moves on from the member that took the last one, skipping
    // members that do not subscribe to the partition's topic.
    std::size_t dealer = 0;
    for (const TopicPartition &tp : subscribedPartitions(input)) {
        for (std::size_t tries = 0; tries < members.size(); ++tries) {
            const std::size_t i = (dealer + tries) % members.size();
            if (subscribes(*members[i], tp.topic)) {
                out[i].partitions.push_back(tp);
                dealer = i + 1;
                break;
            }
        }
    }
    return out;
}

std::vector<MemberAssignment> assignCooperativeSticky(const AssignorInput &input, bool *needsFollowUp)
{
    if (needsFollowUp)
        *needsFollowUp = false;
    const auto members = sortedMembers(input);
    auto out = emptyAssignments(members);
    if (members.empty())
        return out;
    const std::vector<TopicPartition> all = subscribedPartitions(input);
    const std::set<TopicPartition> exists(all.begin(), all.end());

    // Who claims what. A partition two members both claim (a stale view
    // after a lost response) goes to neither now: both give it up and it is
    // placed in the follow-up round, so it never has two owners.
    std::map<TopicPartition, int> claims;
    for (const GroupMember *m : members) {
        std::set<TopicPartition> own(m->owned.begin(), m->owned.end());
        for (const TopicPartition &tp : own)
            ++claims[tp];
    }
    // Partitions someone holds now but must give up: they are revoked in
    // this generation and may only be assigned in the next one.
    std::set<TopicPartition> heldBack;
    for (const auto &[tp, n] : claims)
        if (n > 1)
            heldBack.insert(tp);

    // Quotas: total / members each, the remainder going to the members that
    // own the most already, so the fewest partitions move.
    const int total = int(all.size());
    const int count = int(members.size());
    std::vector<std::size_t> order(members.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    auto validOwned = [&](std::size_t i) {
        int n = 0;
        for (const TopicPartition &tp : members[i]->owned)
            if (exists.count(tp) && subscribes(*members[i], tp.topic) && claims[tp] == 1)
                ++n;
        return n;
    };
    std::vector<int> owned(members.size());
    for (std::size_t i = 0; i < members.size(); ++i)
        owned[i] = validOwned(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return owned[a] > owned[b]; });
    std::vector<int> quota(members.size(), total / count);
    for (int k = 0; k < total % count; ++k)
        ++quota[order[std::size_t(k)]];

    // Keep what each member owns, up to its quota.
    std::set<TopicPartition> placed;
    for (std::size_t i = 0; i < members.size(); ++i) {
        std::vector<TopicPartition> own = members[i]->owned;
        std::sort(own.begin(), own.end());
        own.erase(std::unique(own.begin(), own.end()), own.end());
        for (const TopicPartition &tp : own) {
            if (claims[tp] != 1)
                continue;
            if (!exists.count(tp) || !subscribes(*members[i], tp.topic)) {
                // No longer wanted by this member; someone else may take it
                // only once this member has let it go.
                if (exists.count(tp))
                    heldBack.insert(tp);
                continue;
            }
            if (int(out[i].partitions.size()) < quota[i]) {
                out[i].partitions.push_back(tp);
                placed.insert(tp);
            } else {
                heldBack.insert(tp);
            }
        }
    }

    // Place what nobody owns: on the subscribed member furthest below its
    // quota, then (subscriptions differ) on the one with the fewest.
    for (const TopicPartition &tp : all) {
        if (placed.count(tp) || heldBack.count(tp))
            continue;
        std::size_t best = members.size();
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (!subscribes(*members[i], tp.topic))
                continue;
            if (best == members.size()) {
                best = i;
                continue;
            }
            const int gap = quota[i] - int(out[i].partitions.size());
            const int bestGap = quota[best] - int(out[best].partitions.size());
            if (gap > bestGap || (gap == bestGap && out[i].partitions.size() < out[best].partitions.size()))
                best = i;
        }
        if (best < members.size()) {
            out[best].partitions.push_back(tp);
            placed.insert(tp);
        }
    }
    if (needsFollowUp)
        *needsFollowUp = !heldBack.empty();
    sortPartitions(out);
    return out;
}

std::vector<MemberAssignment> assign(const QString &assignor, const AssignorInput &input, bool *needsFollowUp)
{
    if (needsFollowUp)
        *needsFollowUp = false;
    if (assignor == QLatin1String("roundrobin"))
        return assignRoundRobin(input);
    if (assignor == QLatin1String("cooperative-sticky"))
        return assignCooperativeSticky(input, needsFollowUp);
    return assignRange(input);
}

} // namespace bb
