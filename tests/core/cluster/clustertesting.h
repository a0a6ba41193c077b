#pragma once
// Helpers the cluster-level tests share: building a small cluster, running
// it until something holds, a raw client actor that speaks the broker
// protocol directly (no Producer logic in between), and an observer that
// keeps every cluster event.

#include <QTest>

#include "cluster/cluster.h"

#include <functional>
#include <memory>
#include <vector>

namespace bb::testing {

inline ClusterSpec smallSpec(int nodes, NodeConfig config = {}, Micros latency = 1 * kMillisecond)
{
    ClusterSpec s;
    for (int i = 0; i < nodes; ++i)
        s.nodes.push_back({NodeId(i), config, StorageKind::Memory});
    s.network.latency = latency;
    return s;
}

inline TopicConfig topicConfig(int partitions, int rf, int minIsr, bool unclean = false)
{
    TopicConfig t;
    t.partitions = partitions;
    t.replicationFactor = rf;
    t.minInsyncReplicas = minIsr;
    t.uncleanLeaderElection = unclean;
    return t;
}

// Runs the loop event by event until `done` holds or virtual time reaches
// `deadline`; returns whether it holds.
inline bool runUntil(Cluster &c, Micros deadline, const std::function<bool()> &done)
{
    EventLoop &loop = c.loop();
    while (!done()) {
        if (!loop.hasEvents() || loop.nextEventTime() > deadline) {
            loop.runUntil(deadline);
            return done();
        }
        loop.runOne();
    }
    return true;
}

inline const PartitionState &stateOf(const Cluster &c, TopicPartition tp) { return c.controller().partitions().at(tp); }

inline const Replica *replicaOn(const Cluster &c, NodeId n, TopicPartition tp)
{
    const Node *node = c.node(n);
    return node ? node->replica(tp) : nullptr;
}

inline Offset leoOn(const Cluster &c, NodeId n, TopicPartition tp)
{
    const Replica *r = replicaOn(c, n, tp);
    return r ? r->log.logEndOffset() : Offset(-1);
}

// `count` records whose values are "<tag>#<i>".
inline RecordBatch batchOf(const QByteArray &tag, int count = 1)
{
    RecordBatchBuilder b(1024);
    for (int i = 0; i < count; ++i)
        b.append(QByteArrayView(), tag + '#' + QByteArray::number(i), 0);
    return b.build();
}

inline std::vector<LogEntry> entriesBelow(const Replica &r, Offset upTo)
{
    std::vector<LogEntry> out;
    r.log.read(r.log.logStartOffset(), upTo, INT64_MAX, out);
    return out;
}

// Whether any replica of tp on any live node holds a record with this value.
inline bool anyReplicaHolds(const Cluster &c, TopicPartition tp, const QByteArray &value)
{
    for (NodeId n : c.nodeIds()) {
        const Replica *r = replicaOn(c, n, tp);
        if (!r)
            continue;
        for (const LogEntry &e : entriesBelow(*r, r->log.logEndOffset()))
            for (const RecordView rec : e.batch)
                if (rec.value == value)
                    return true;
    }
    return false;
}

// A client that sends protocol messages itself and keeps every answer.
// Declare it after the Cluster so it detaches before the cluster goes.
class RawClient final : public Actor {
public:
    RawClient(Cluster &c, ActorId self) : m_cluster(c), m_self(self)
    {
        c.network().setHost(self, self.value);
        c.loop().attach(self, this);
    }
    ~RawClient() override { m_cluster.loop().attach(m_self, nullptr); }

    ActorId address() const { return m_self; }
    void send(NodeId to, Message m) { m_cluster.network().send(m_self, nodeActor(to), std::move(m)); }

    std::int64_t produce(NodeId to, TopicPartition tp, Acks acks, RecordBatch batch, Micros timeout = 1 * kSecond)
    {
        ProduceRequest r;
        r.correlation = ++m_correlation;
        r.tp = tp;
        r.acks = acks;
        r.timeout = timeout;
        r.batch = std::move(batch);
        send(to, std::move(r));
        return m_correlation;
    }
    std::int64_t fetch(NodeId to, TopicPartition tp, Offset from)
    {
        FetchRequest f;
        f.correlation = ++m_correlation;
        f.tp = tp;
        f.replica = kNoNode;
        f.fetchOffset = from;
        f.maxWait = 0;
        send(to, std::move(f));
        return m_correlation;
    }

    struct Answer {
        Micros at;
        Message message;
    };
    const ProduceResponse *produceAnswer(std::int64_t correlation) const
    {
        for (const Answer &a : answers)
            if (const auto *r = std::get_if<ProduceResponse>(&a.message); r && r->correlation == correlation)
                return r;
        return nullptr;
    }
    Micros answerTime(std::int64_t correlation) const
    {
        for (const Answer &a : answers) {
            if (const auto *r = std::get_if<ProduceResponse>(&a.message); r && r->correlation == correlation)
                return a.at;
            if (const auto *r = std::get_if<FetchResponse>(&a.message); r && r->correlation == correlation)
                return a.at;
        }
        return -1;
    }
    const FetchResponse *fetchAnswer(std::int64_t correlation) const
    {
        for (const Answer &a : answers)
            if (const auto *r = std::get_if<FetchResponse>(&a.message); r && r->correlation == correlation)
                return r;
        return nullptr;
    }

    std::vector<Answer> answers;

    void onMessage(ActorId, Message &message) override { answers.push_back({m_cluster.loop().now(), std::move(message)}); }
    void onTimer(std::uint64_t) override {}

private:
    Cluster &m_cluster;
    ActorId m_self;
    std::int64_t m_correlation = 0;
};

// Keeps every cluster event and truncation, with the time it happened.
class EventLog final : public ClusterObserver {
public:
    explicit EventLog(Cluster &c) : m_cluster(c) { c.addObserver(this); }
    ~EventLog() override { m_cluster.removeObserver(this); }

    struct Truncation {
        NodeId node;
        TopicPartition tp;
        Offset to;
        Offset hw;
    };
    std::vector<ClusterEvent> events;
    std::vector<Truncation> truncations;

    void onEvent(const ClusterEvent &e) override { events.push_back(e); }
    void onTruncated(NodeId n, TopicPartition tp, Offset to, Offset hw) override { truncations.push_back({n, tp, to, hw}); }

    std::vector<ClusterEvent> of(ClusterEventKind kind) const
    {
        std::vector<ClusterEvent> out;
        for (const auto &e : events)
            if (e.kind == kind)
                out.push_back(e);
        return out;
    }

private:
    Cluster &m_cluster;
};

// A ProducerListener that keeps what happened to each batch.
class Outcomes final : public ProducerListener {
public:
    struct Acked {
        TopicPartition tp;
        Offset base;
        RecordBatch batch;
    };
    struct Failed {
        TopicPartition tp;
        RecordBatch batch;
        Error error;
    };
    std::vector<Acked> acked;
    std::vector<Failed> failed;
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros) override { acked.push_back({tp, base, batch}); }
    void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) override { failed.push_back({tp, batch, error}); }
};

inline QString nodeList(const std::vector<NodeId> &nodes)
{
    QStringList parts;
    for (NodeId n : nodes)
        parts << QString::number(n.value);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace bb::testing
