#pragma once
// Helpers for tests that run a whole simulated cluster: build one, run it
// until a condition holds, and read a topic's committed records straight
// from the leader replicas' logs (what a consumer could read).

#include <QTest>

#include "cluster/cluster.h"

#include <functional>
#include <memory>

namespace bb::test {

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

inline std::unique_ptr<Cluster> makeCluster(int nodes = 3, std::uint64_t seed = 7, double loss = 0)
{
    ClusterSpec spec;
    for (int i = 0; i < nodes; ++i)
        spec.nodes.push_back({NodeId(i), NodeConfig{}, StorageKind::Memory});
    spec.network.latency = 1 * kMillisecond;
    spec.network.jitter = 200;
    spec.network.loss = loss;
    auto c = Cluster::create(spec, seed);
    if (!c)
        qFatal("cluster: %s", qPrintable(c.error().message));
    return std::move(*c);
}

inline TopicId createTopic(Cluster &c, const QString &name, int partitions, int replicas = 3)
{
    TopicConfig t;
    t.partitions = partitions;
    t.replicationFactor = replicas;
    t.minInsyncReplicas = replicas > 1 ? 2 : 1;
    auto id = c.createTopic(name, t);
    if (!id)
        qFatal("topic: %s", qPrintable(id.error().message));
    return *id;
}

// Runs in 5 ms steps until `done` or `limit` of virtual time has passed.
inline bool runUntil(Cluster &c, const std::function<bool()> &done, Micros limit = 10 * kSecond)
{
    const Micros end = c.loop().now() + limit;
    while (!done()) {
        if (c.loop().now() >= end)
            return false;
        c.runFor(5 * kMillisecond);
    }
    return true;
}

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

} // namespace bb::test
