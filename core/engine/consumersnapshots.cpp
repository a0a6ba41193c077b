#include <QtGlobal>

#include "engine/consumersnapshots.h"

#include "cluster/cluster.h"

#include <algorithm>
#include <set>

namespace bb {
namespace {

// A group reads committed when any of its consumers in this cluster does
// (the coordinator does not know a member's isolation level).
bool readsCommitted(const Cluster &cluster, const QString &groupId)
{
    const auto &consumers = cluster.consumers();
    return std::any_of(consumers.begin(), consumers.end(), [&](const Consumer *c) {
        return c->config().groupId == groupId && c->config().isolation == Isolation::ReadCommitted;
    });
}

// The partitions a group has to do with: every partition of the topics its
// members subscribe to, plus any it holds a committed offset for.
std::set<TopicPartition> partitionsOf(const Cluster &cluster, const GroupState &g)
{
    std::set<TopicPartition> out;
    const auto &topics = cluster.controller().topics();
    for (const GroupMemberState &m : g.members) {
        for (TopicId id : m.topics)
            if (auto it = topics.find(id); it != topics.end())
                for (int p = 0; p < it->second.config.partitions; ++p)
                    out.insert({id, PartitionId(p)});
        out.insert(m.assignment.begin(), m.assignment.end());
    }
    for (const auto &[tp, offset] : g.committed)
        out.insert(tp);
    return out;
}

GroupPartitionSnapshot partitionOf(const Cluster &cluster, const GroupState &g, TopicPartition tp, bool readCommitted)
{
    const Controller &ctl = cluster.controller();
    GroupPartitionSnapshot p;
    p.tp = tp;
    if (auto it = ctl.topics().find(tp.topic); it != ctl.topics().end())
        p.topic = it->second.name;
    if (auto it = g.committed.find(tp); it != g.committed.end())
        p.committed = it->second.offset;
    for (const GroupMemberState &m : g.members)
        if (std::find(m.assignment.begin(), m.assignment.end(), tp) != m.assignment.end())
            p.owner = m.memberId;
    const auto state = ctl.partitions().find(tp);
    const Node *leader = state == ctl.partitions().end() ? nullptr : cluster.node(state->second.leader);
    if (const Replica *r = leader ? leader->replica(tp) : nullptr) {
        p.end = readCommitted ? r->lastStableOffset() : r->hw;
        const Offset from = p.committed.value >= 0 ? p.committed : r->log.logStartOffset();
        // A commit past the end (the log was truncated under it) is no debt.
        p.lag = std::max<std::int64_t>(0, p.end - from);
    }
    return p;
}

} // namespace

std::vector<GroupSnapshot> readGroups(const Cluster &cluster)
{
    std::vector<GroupSnapshot> out;
    for (const auto &[id, g] : cluster.groupCoordinator().groups()) {
        GroupSnapshot s;
        s.groupId = id;
        s.state = g.phase;
        s.generation = g.generation;
        s.protocol = g.assignor;
        s.leaderId = g.leaderId;
        s.readCommitted = readsCommitted(cluster, id);
        for (const GroupMemberState &m : g.members)
            s.members.push_back({m.memberId, m.clientName, m.assignment});
        for (TopicPartition tp : partitionsOf(cluster, g)) {
            GroupPartitionSnapshot p = partitionOf(cluster, g, tp, s.readCommitted);
            if (p.lag >= 0) {
                s.totalLag += p.lag;
                s.maxLag = std::max(s.maxLag, p.lag);
            }
            s.partitions.push_back(std::move(p));
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<QueueSnapshot> readQueues(const Cluster &cluster)
{
    const QueueCoordinator &qc = cluster.queueCoordinator();
    std::vector<QueueSnapshot> out;
    for (const QString &name : qc.queueNames()) {
        QueueSnapshot q;
        q.name = name;
        if (const QueueConfig *c = qc.queueConfig(name)) {
            q.topic = c->topic;
            q.deadLetterTopic = c->deadLetterTopic;
            q.fifo = c->fifo;
        }
        if (const Result<QueueStats> stats = qc.stats(name)) {
            q.depth = stats->available;
            q.inFlight = stats->inFlight;
            q.delivered = stats->delivered;
            q.redelivered = stats->redelivered;
            q.acknowledged = stats->acknowledged;
            q.deadLettered = stats->deadLettered;
            q.discarded = stats->discarded;
            q.oldestMessageAge = stats->oldestMessageAge;
        }
        q.consumers = qc.consumerCount(name);
        out.push_back(std::move(q));
    }
    return out;
}

} // namespace bb
