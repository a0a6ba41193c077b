// The consumer's group membership (Kafka's classic protocol, client side):
// join, the leader's assignment, sync, heartbeats, rejoining when the
// coordinator says so, eager or cooperative revocation, offset commits and
// leaving.
#include "consumerimpl.h"

#include "client/assignor.h"

#include <algorithm>

namespace bb {
namespace {

bool fenced(Errc e)
{
    return e == Errc::IllegalGeneration || e == Errc::UnknownMemberId || e == Errc::RebalanceInProgress;
}

} // namespace

std::vector<TopicId> Consumer::Impl::resolvedTopics() const
{
    std::vector<TopicId> out;
    for (const QString &name : subscription)
        for (const auto &[id, t] : topics)
            if (t.name == name)
                out.push_back(id);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void Consumer::Impl::groupTick()
{
    const Micros now = loop.now();
    switch (phase) {
    case Phase::NeedJoin:
        if (now >= rejoinAt)
            sendJoin();
        break;
    case Phase::Joining:
        // The coordinator holds a join until every member rejoined or the
        // rebalance timeout passed; beyond that the request or its answer
        // was lost.
        if (now - joinSentAt >= config().rebalanceTimeout + config().requestTimeout)
            rejoin();
        break;
    case Phase::Syncing:
        if (now - syncSentAt >= config().rebalanceTimeout + config().requestTimeout)
            rejoin();
        break;
    case Phase::Stable:
        if (config().commit == CommitMode::Auto && now - lastAutoCommit >= config().autoCommitInterval)
            autoCommit();
        break;
    case Phase::Standalone:
    case Phase::Closed:
        return;
    }
    if ((phase == Phase::Stable || phase == Phase::Syncing) && !memberId.isEmpty()
        && (heartbeatSentAt < 0 || now - heartbeatSentAt >= config().heartbeatInterval)) {
        heartbeatCorrelation = correlation();
        heartbeatGeneration = generation;
        heartbeatSentAt = now;
        send(kGroupCoordinatorActor, HeartbeatRequest{heartbeatCorrelation, config().groupId, generation, memberId});
    }
}

void Consumer::Impl::rejoin()
{
    if (phase == Phase::Closed || phase == Phase::Standalone)
        return;
    phase = Phase::NeedJoin;
    rejoinAt = loop.now();
    sendJoin();
}

void Consumer::Impl::revoke(const std::vector<TopicPartition> &tps)
{
    if (tps.empty())
        return;
    // Called while the partitions are still ours: the listener's last
    // chance to commit what it processed.
    if (listener)
        listener->onRevoked(q, tps);
    for (const TopicPartition &tp : tps)
        dropPart(tp);
}

// The coordinator no longer knows this member: whatever it held now
// belongs to someone else. Commits for it would be fenced anyway.
void Consumer::Impl::losePartitions()
{
    memberId.clear();
    generation = -1;
    leaderId.clear();
    revoke(assigned());
}

void Consumer::Impl::sendJoin()
{
    if (!started || (phase != Phase::NeedJoin))
        return;
    const std::vector<TopicId> ids = resolvedTopics();
    if (ids.empty()) {
        requestMetadata(); // the subscribed topics are not known yet
        return;
    }
    // Kafka's onJoinPrepare: commit what was consumed, then (eager) give up
    // every partition before rejoining; cooperative members keep theirs and
    // report them as owned.
    if (config().commit == CommitMode::Auto)
        autoCommit();
    if (!cooperative())
        revoke(assigned());
    if (phase != Phase::NeedJoin)
        return; // the listener closed the consumer
    JoinGroupRequest req;
    req.correlation = joinCorrelation = correlation();
    req.groupId = config().groupId;
    req.memberId = memberId;
    req.clientName = config().clientId;
    req.assignor = config().assignor;
    req.sessionTimeout = config().sessionTimeout;
    req.rebalanceTimeout = config().rebalanceTimeout;
    req.topics = ids;
    if (cooperative())
        req.owned = assigned();
    joinedTopics.clear();
    for (TopicId id : ids)
        joinedTopics[id] = topics[id].config.partitions;
    phase = Phase::Joining;
    joinSentAt = loop.now();
    send(kGroupCoordinatorActor, std::move(req));
}

void Consumer::Impl::handle(const JoinGroupResponse &m)
{
    if (m.correlation != joinCorrelation || phase != Phase::Joining)
        return;
    if (m.error != Errc::None) {
        if (m.error == Errc::UnknownMemberId) {
            losePartitions();
            rejoin();
        } else {
            phase = Phase::NeedJoin;
            rejoinAt = loop.now() + config().retryBackoff;
        }
        return;
    }
    memberId = m.memberId;
    generation = m.generation;
    leaderId = m.leaderId;
    followUp = false;
    SyncGroupRequest req;
    req.correlation = syncCorrelation = correlation();
    req.groupId = config().groupId;
    req.generation = generation;
    req.memberId = memberId;
    if (memberId == leaderId) {
        // The leader assigns, from its own view of the topics: Kafka puts
        // this on a client so assignors can change without the brokers.
        AssignorInput input;
        input.members = m.members;
        for (const GroupMember &member : m.members)
            for (TopicId t : member.topics)
                if (auto it = topics.find(t); it != topics.end())
                    input.partitionsPerTopic[t] = it->second.config.partitions;
        req.assignments = bb::assign(m.assignor, input, &followUp);
    }
    phase = Phase::Syncing;
    syncSentAt = loop.now();
    heartbeatSentAt = syncSentAt;
    send(kGroupCoordinatorActor, std::move(req));
}

void Consumer::Impl::handle(const SyncGroupResponse &m)
{
    if (m.correlation != syncCorrelation || phase != Phase::Syncing)
        return;
    if (m.error != Errc::None) {
        if (m.error == Errc::UnknownMemberId)
            losePartitions();
        rejoin();
        return;
    }
    applyAssignment(m.assignment);
}

void Consumer::Impl::applyAssignment(std::vector<TopicPartition> assignment)
{
    std::sort(assignment.begin(), assignment.end());
    ++stats.rebalances;
    phase = Phase::Stable;
    std::vector<TopicPartition> revoked, added;
    for (const auto &[tp, p] : parts)
        if (!std::binary_search(assignment.begin(), assignment.end(), tp))
            revoked.push_back(tp);
    for (const TopicPartition &tp : assignment)
        if (!parts.count(tp))
            added.push_back(tp);
    if (!revoked.empty()) {
        // Cooperative: only what moves is given up, and its position is
        // committed first so the next owner starts where this one stopped.
        if (config().commit == CommitMode::Auto) {
            std::vector<PartitionOffset> offsets;
            for (const TopicPartition &tp : revoked)
                if (const Part *p = part(tp); p && p->start == Start::Ready && p->position != p->autoCommitted)
                    offsets.push_back({tp, p->position});
            if (!offsets.empty())
                sendCommit(std::move(offsets));
        }
        revoke(revoked);
        if (phase != Phase::Stable)
            return;
    }
    for (const TopicPartition &tp : added)
        addPart(tp, Start::Committed);
    if (listener)
        listener->onAssigned(q, cooperative() ? added : assignment);
    if (phase != Phase::Stable)
        return;
    // KIP-429: a member that gave partitions up rejoins at once, so the
    // follow-up generation can hand them to their new owners.
    if ((cooperative() && !revoked.empty()) || followUp) {
        followUp = false;
        rejoin();
    }
    pump();
}

void Consumer::Impl::checkSubscriptionChange()
{
    if (phase == Phase::NeedJoin && loop.now() >= rejoinAt) {
        sendJoin();
        return;
    }
    if (phase != Phase::Stable)
        return;
    // A subscribed topic appeared or grew: the assignment must cover it.
    std::map<TopicId, int> now;
    for (TopicId id : resolvedTopics())
        now[id] = topics[id].config.partitions;
    if (now != joinedTopics)
        rejoin();
}

void Consumer::Impl::handle(const HeartbeatResponse &m)
{
    if (m.correlation != heartbeatCorrelation || heartbeatGeneration != generation)
        return;
    switch (m.error) {
    case Errc::None:
        break;
    case Errc::RebalanceInProgress:
        if (phase == Phase::Stable)
            rejoin();
        break;
    case Errc::IllegalGeneration:
        if (phase == Phase::Stable || phase == Phase::Syncing)
            rejoin();
        break;
    case Errc::UnknownMemberId:
        if (phase == Phase::Stable || phase == Phase::Syncing) {
            losePartitions();
            rejoin();
        }
        break;
    default:
        break;
    }
}

void Consumer::Impl::sendCommit(std::vector<PartitionOffset> offsets)
{
    const bool inGroup = groupMode();
    Errc local = Errc::None;
    if (config().groupId.isEmpty())
        local = Errc::InvalidConfig; // nowhere to commit to
    else if (inGroup && memberId.isEmpty())
        local = Errc::RebalanceInProgress; // not a member (yet): nothing it may commit
    if (local != Errc::None) {
        commitFailed({0, loop.now(), generation, std::move(offsets)}, local);
        return;
    }
    OffsetCommitRequest req;
    req.correlation = correlation();
    req.groupId = config().groupId;
    req.generation = inGroup ? generation : -1;
    if (inGroup)
        req.memberId = memberId;
    for (PartitionOffset &po : offsets)
        if (po.leaderEpoch == kNoEpoch)
            if (auto l = leaders.find(po.tp); l != leaders.end())
                po.leaderEpoch = l->second.epoch;
    req.offsets = offsets;
    commits.push_back({req.correlation, loop.now(), req.generation, std::move(offsets)});
    send(kGroupCoordinatorActor, std::move(req));
}

void Consumer::Impl::commitFailed(const PendingCommit &c, Errc error)
{
    // Let the auto-commit send these positions again.
    for (const auto &po : c.offsets)
        if (Part *p = part(po.tp); p && p->autoCommitted == po.offset)
            p->autoCommitted = Offset(-1);
    if (listener)
        listener->onCommitted(q, error, c.offsets);
}

void Consumer::Impl::handle(const OffsetCommitResponse &m)
{
    auto it = std::find_if(commits.begin(), commits.end(), [&](const PendingCommit &c) { return c.correlation == m.correlation; });
    if (it == commits.end())
        return;
    const PendingCommit c = std::move(*it);
    commits.erase(it);
    if (m.error == Errc::None) {
        ++stats.commits;
        for (const auto &po : c.offsets)
            committed[po.tp] = po.offset;
        if (listener)
            listener->onCommitted(q, Errc::None, c.offsets);
        return;
    }
    if (fenced(m.error))
        ++stats.commitsFenced;
    commitFailed(c, m.error);
    // A fenced commit means this member's view of the group is stale: it
    // rejoins (unless it already moved on to a newer generation).
    if (!fenced(m.error) || !groupMode() || c.generation != generation)
        return;
    if (m.error == Errc::UnknownMemberId && !memberId.isEmpty()) {
        losePartitions();
        rejoin();
    } else if (m.error != Errc::UnknownMemberId && phase == Phase::Stable) {
        rejoin();
    }
}

void Consumer::Impl::autoCommit()
{
    lastAutoCommit = loop.now();
    std::vector<PartitionOffset> offsets;
    for (auto &[tp, p] : parts)
        if (p.start == Start::Ready && p.position.value >= 0 && p.position != p.autoCommitted) {
            offsets.push_back({tp, p.position});
            p.autoCommitted = p.position;
        }
    if (!offsets.empty())
        sendCommit(std::move(offsets));
}

void Consumer::Impl::leave()
{
    if (!memberId.isEmpty()) {
        revoke(assigned());
        send(kGroupCoordinatorActor, LeaveGroupRequest{correlation(), config().groupId, memberId});
    }
    memberId.clear();
    generation = -1;
    leaderId.clear();
    for (const TopicPartition &tp : assigned())
        dropPart(tp);
    phase = Phase::NeedJoin;
}

} // namespace bb
