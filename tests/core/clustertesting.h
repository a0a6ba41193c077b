#pragma once
// What the tests that run a whole simulated cluster share: building one
// (nodes, topics, loads, faults), running it until something holds, reading
// what its logs hold, a raw client actor that speaks the broker protocol
// directly (no Producer logic in between) and observers that keep what
// happened.

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

// Node settings that flush their logs by `policy`.
inline NodeConfig flushing(FlushPolicy policy)
{
    NodeConfig nc;
    nc.flush = policy;
    return nc;
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

// A cluster built from `spec`. No test can go on without its cluster, so a
// spec that does not build ends the test program.
inline std::unique_ptr<Cluster> makeCluster(const ClusterSpec &spec, std::uint64_t seed)
{
    auto c = Cluster::create(spec, seed);
    if (!c)
        qFatal("cluster: %s", qPrintable(c.error().message));
    return std::move(*c);
}

// `nodes` nodes on a network with a little jitter and, if asked, loss.
inline std::unique_ptr<Cluster> makeCluster(int nodes = 3, std::uint64_t seed = 7, double loss = 0)
{
    ClusterSpec spec = smallSpec(nodes);
    spec.network.jitter = 200;
    spec.network.loss = loss;
    return makeCluster(spec, seed);
}

inline TopicId createTopic(Cluster &c, const QString &name, const TopicConfig &config)
{
    auto id = c.createTopic(name, config);
    if (!id)
        qFatal("topic: %s", qPrintable(id.error().message));
    return *id;
}

// min.insync.replicas 2 where there are replicas to spare.
inline TopicId createTopic(Cluster &c, const QString &name, int partitions, int replicas = 3)
{
    return createTopic(c, name, topicConfig(partitions, replicas, replicas > 1 ? 2 : 1));
}

// A load generator's settings: `recordsPerSecond` into `topic` from the
// start until `stopAt` (< 0: for ever).
inline LoadConfig loadOf(const QString &topic, double recordsPerSecond, Micros stopAt = -1)
{
    LoadConfig load;
    load.topic = topic;
    load.recordsPerSecond = recordsPerSecond;
    load.stopAt = stopAt;
    return load;
}

inline Fault faultAt(Micros at, FaultKind kind, int node)
{
    Fault f;
    f.at = at;
    f.kind = kind;
    f.node = NodeId(node);
    return f;
}

// Runs the loop event by event until `done` holds or virtual time reaches
// `deadline`; returns whether it holds. For invariants that must hold after
// every single event.
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

// Runs the cluster `step` at a time until `done` holds or `limit` of virtual
// time has passed; returns whether it holds. `done` is asked between steps,
// the way an application polling a client would look.
inline bool stepUntil(Cluster &c, const std::function<bool()> &done, Micros limit = 10 * kSecond, Micros step = 5 * kMillisecond)
{
    const Micros end = c.loop().now() + limit;
    while (!done()) {
        if (c.loop().now() >= end)
            return false;
        c.runFor(step);
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

// One record as a consumer could read it, with where it stands.
struct LoggedRecord {
    int partition = 0;
    Offset offset;
    Micros timestamp = 0;
    QByteArray key;
    QByteArray value;
    std::vector<std::pair<QByteArray, QByteArray>> headers;

    // The first header named `name`; a null QByteArray if there is none.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[k, v] : headers)
            if (k == name)
                return v.isNull() ? QByteArray("") : v;
        return QByteArray();
    }
};

// Every record below the high watermark of every partition of `topic`, read
// from the current leader's log, in partition then offset order.
inline std::vector<LoggedRecord> readTopic(const Cluster &c, const QString &topic)
{
    std::vector<LoggedRecord> out;
    auto id = c.controller().topicId(topic);
    if (!id)
        return out;
    for (const auto &[tp, state] : c.controller().partitions()) {
        if (tp.topic != *id)
            continue;
        const Node *leader = state.leader == kNoNode ? nullptr : c.node(state.leader);
        const Replica *r = leader ? leader->replica(tp) : nullptr;
        if (!r)
            continue;
        std::vector<LogEntry> entries;
        r->log.read(r->log.logStartOffset(), r->hw, std::int64_t(1) << 40, entries);
        for (const LogEntry &e : entries) {
            if (e.batch.isControl())
                continue;
            for (const RecordView v : e.batch) {
                LoggedRecord lr;
                lr.partition = tp.partition.value;
                lr.offset = e.base + v.offsetDelta;
                lr.timestamp = v.timestamp;
                lr.key = v.key.toByteArray();
                lr.value = v.value.toByteArray();
                for (int i = 0; i < v.headerCount; ++i) {
                    const RecordHeader h = v.header(i);
                    lr.headers.emplace_back(h.key.toByteArray(), h.value.toByteArray());
                }
                out.push_back(std::move(lr));
            }
        }
    }
    return out;
}

inline QByteArray headerOf(const QueueRecord &r, QByteArrayView name)
{
    for (const auto &[k, v] : r.headers)
        if (k == name)
            return v;
    return QByteArray();
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

    bool answered(std::int64_t correlation) const { return produceAnswer(correlation) || fetchAnswer(correlation); }
    // Runs the cluster event by event until the request is answered, for at
    // most `wait`; whether it was.
    bool waitForAnswer(std::int64_t correlation, Micros wait = 1 * kSecond)
    {
        return runUntil(m_cluster, m_cluster.loop().now() + wait, [&] { return answered(correlation); });
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
