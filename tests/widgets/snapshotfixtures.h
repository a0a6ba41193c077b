#pragma once
// Snapshots for the widget tests: hand-made ones whose every field is
// known, and real ones read from a cluster run on the test's own thread.

#include "engine/snapshotbuilder.h"

#include <algorithm>

namespace bbtest {

inline bb::NodeSnapshot node(int id, bb::NodeState state = bb::NodeState::Up, int leaders = 2)
{
    bb::NodeSnapshot n;
    n.id = bb::NodeId(id);
    n.state = state;
    n.registered = state != bb::NodeState::Crashed;
    n.aliveAtController = state == bb::NodeState::Up;
    n.leaders = leaders;
    n.partitions = 6;
    n.bytes = 1000 * (id + 1);
    n.flush = bb::FlushPolicy::Interval;
    n.flushInterval = bb::kSecond;
    n.recordsInRate = 2000;
    return n;
}

inline bb::PartitionSnapshot partition(int p, int leader, std::vector<int> isr, int epoch = 1)
{
    bb::PartitionSnapshot s;
    s.tp = {bb::TopicId(0), bb::PartitionId(p)};
    s.topic = QStringLiteral("orders");
    s.leader = bb::NodeId(leader);
    s.leaderEpoch = bb::Epoch(epoch);
    for (int r = 0; r < 3; ++r)
        s.replicas.push_back(bb::NodeId((p + r) % 3));
    for (int n : isr)
        s.isr.push_back(bb::NodeId(n));
    s.offline = leader < 0;
    s.underReplicated = s.isr.size() < s.replicas.size();
    for (bb::NodeId r : s.replicas) {
        bb::ReplicaSnapshot rs;
        rs.node = r;
        rs.up = true;
        rs.inIsr = std::find(s.isr.begin(), s.isr.end(), r) != s.isr.end();
        rs.isLeader = r == s.leader;
        rs.logStart = bb::Offset(0);
        rs.hw = bb::Offset(100);
        rs.leo = bb::Offset(110);
        s.replicaStates.push_back(rs);
    }
    if (!s.offline) {
        s.logStart = bb::Offset(0);
        s.hw = bb::Offset(100);
        s.leo = bb::Offset(110);
    }
    return s;
}

inline bb::SnapshotPtr snapshot(std::vector<bb::NodeSnapshot> nodes, std::vector<bb::PartitionSnapshot> partitions = {})
{
    auto s = std::make_shared<bb::ClusterSnapshot>();
    s->nodes = std::move(nodes);
    s->partitions = std::move(partitions);
    return s;
}

// A group reading orders-0..n-1 (n = committed.size()) with one member;
// committed[i] < 0: nothing committed there (lag from the log start, 0).
// Its partitions' end is 100, as in partition().
inline bb::GroupSnapshot group(const QString &id, std::vector<std::int64_t> committed,
                               bb::GroupPhase state = bb::GroupPhase::Stable, int generation = 3)
{
    bb::GroupSnapshot g;
    g.groupId = id;
    g.state = state;
    g.generation = generation;
    g.protocol = QStringLiteral("range");
    g.leaderId = id + QStringLiteral("-app-1");
    bb::GroupMemberSnapshot m{g.leaderId, id + QStringLiteral("-app"), {}};
    for (std::size_t i = 0; i < committed.size(); ++i) {
        bb::GroupPartitionSnapshot p;
        p.tp = {bb::TopicId(0), bb::PartitionId(int(i))};
        p.topic = QStringLiteral("orders");
        p.committed = bb::Offset(committed[i]);
        p.end = bb::Offset(100);
        p.lag = committed[i] >= 0 ? 100 - committed[i] : 100;
        p.owner = m.memberId;
        m.assignment.push_back(p.tp);
        g.totalLag += p.lag;
        g.maxLag = std::max(g.maxLag, p.lag);
        g.partitions.push_back(p);
    }
    g.members.push_back(std::move(m));
    return g;
}

// A real cluster stepped by hand, read through the SnapshotBuilder.
class LiveCluster {
public:
    LiveCluster()
    {
        bb::Scenario s = bb::defaultScenario();
        s.services = {}; // only the groups a test adds
        m_cluster = std::move(*bb::buildCluster(s, s.seed));
        m_builder.reset(s);
    }
    bb::Cluster &cluster() { return *m_cluster; }
    // A consumer of `groupId` on orders, delivering as records arrive.
    bb::Consumer &addGroupConsumer(const QString &name, const QString &groupId)
    {
        bb::ConsumerConfig cc;
        cc.groupId = groupId;
        cc.delivery = bb::DeliveryMode::Push;
        cc.autoCommitInterval = 200 * bb::kMillisecond;
        bb::Consumer &c = m_cluster->addConsumer(name, cc, &m_sink);
        c.subscribe({QStringLiteral("orders")});
        return c;
    }
    bb::SnapshotPtr runFor(bb::Micros duration)
    {
        const bb::Micros end = m_cluster->loop().now() + duration;
        while (m_cluster->loop().now() < end) {
            m_cluster->runFor(std::min(bb::SnapshotBuilder::kSampleInterval, end - m_cluster->loop().now()));
            m_builder.sample(*m_cluster);
        }
        return std::make_shared<const bb::ClusterSnapshot>(m_builder.build(*m_cluster, {}));
    }

private:
    struct Sink : bb::ConsumerListener {}; // push mode needs a listener; the records are not needed
    Sink m_sink;
    std::unique_ptr<bb::Cluster> m_cluster;
    bb::SnapshotBuilder m_builder;
};

} // namespace bbtest
