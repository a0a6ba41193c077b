// Metadata (3), versions 0-6.
//   v0: an empty topic list means every topic.
//   v1: null means every topic (empty means none); brokers' rack,
//       controller id, topics' is_internal.
//   v2: cluster_id.  v3: throttle_time_ms.  v4: allow_auto_topic_creation.
//   v5: offline_replicas.  v6: no change.
// The answer is the receiving node's view, fetched from it over the
// simulated network: an isolated node's answer is late or lost, a fenced
// node's may be stale, as with Kafka.
#include "kafka/kafkagateway.h"

#include <algorithm>

namespace bb::kafka {

Error KafkaGateway::onMetadata(Exchange &ex, Reader &in)
{
    const std::int32_t count = in.arrayLength(false, 2);
    std::vector<QString> requested;
    const bool all = ex.version == 0 ? count == 0 : count < 0;
    for (std::int32_t i = 0; i < count && !in.failed(); ++i)
        requested.push_back(in.string(false));
    bool allowAutoCreate = ex.version < 4;
    if (ex.version >= 4)
        allowAutoCreate = in.boolean();
    if (in.failed())
        return {};

    // Topics to create now (Kafka creates them while answering, and says
    // LEADER_NOT_AVAILABLE until their leaders are elected).
    if (m_config.autoCreateTopics && allowAutoCreate && allowed(ex, Role::Write)) {
        for (const QString &name : requested) {
            if (topicId(ex, name) || name.isEmpty())
                continue;
            const auto &topics = m_cluster.controller().topics();
            if (std::any_of(topics.begin(), topics.end(), [&](const auto &t) { return t.second.name == name; }))
                continue;
            TopicConfig tc;
            tc.partitions = m_config.autoCreatePartitions;
            tc.replicationFactor = std::min<int>(m_config.autoCreateReplication, int(m_cluster.nodeIds().size()));
            tc.minInsyncReplicas = std::max(1, tc.replicationFactor - 1);
            m_cluster.createTopic(name, tc);
        }
    }

    const int slot = addSlot(ex);
    MetadataRequest req;
    req.correlation = correlationFor(ex, slot);
    send(nodeActor(ex.node), std::move(req));
    ex.closeOnTimeout = true;
    arm(ex, 0);
    ex.encode = [this, all, requested = std::move(requested)](Exchange &ex, Writer &w) {
        const auto &m = std::get<MetadataResponse>(ex.answers[0]);
        const std::int16_t v = ex.version;
        if (v >= 3)
            w.i32(0); // throttle_time_ms
        auto live = [&](NodeId n) { return std::find(m.liveNodes.begin(), m.liveNodes.end(), n) != m.liveNodes.end(); };
        std::vector<const ListenerAddress *> brokers;
        for (const ListenerAddress &l : m_config.listeners)
            if (live(l.node))
                brokers.push_back(&l);
        w.arrayLength(qsizetype(brokers.size()), false);
        for (const ListenerAddress *l : brokers) {
            w.i32(l->node.value);
            w.string(l->host, false);
            w.i32(l->port);
            if (v >= 1)
                w.string(QString(), false); // rack
        }
        if (v >= 2)
            w.string(QStringLiteral("brokerbench"), false);
        if (v >= 1)
            w.i32(brokers.empty() ? -1 : brokers.front()->node.value); // controller: the lowest live node
        std::vector<const TopicMeta *> topics;
        std::vector<QString> unknown;
        if (all) {
            for (const TopicMeta &t : m.topics)
                topics.push_back(&t);
        } else {
            for (const QString &name : requested) {
                auto t = std::find_if(m.topics.begin(), m.topics.end(), [&](const TopicMeta &t) { return t.name == name; });
                if (t == m.topics.end())
                    unknown.push_back(name);
                else
                    topics.push_back(&*t);
            }
        }
        w.arrayLength(qsizetype(topics.size() + unknown.size()), false);
        for (const QString &name : unknown) {
            // A topic being created is not known to this node yet.
            const auto &all = m_cluster.controller().topics();
            const bool creating = std::any_of(all.begin(), all.end(), [&](const auto &t) { return t.second.name == name; });
            w.errorCode(std::int16_t(creating ? KafkaError::LeaderNotAvailable : KafkaError::UnknownTopicOrPartition));
            w.string(name, false);
            if (v >= 1)
                w.boolean(false);
            w.arrayLength(0, false);
        }
        for (const TopicMeta *t : topics) {
            std::vector<const PartitionState *> parts;
            for (const PartitionState &p : m.partitions)
                if (p.tp.topic == t->id)
                    parts.push_back(&p);
            std::sort(parts.begin(), parts.end(), [](auto *a, auto *b) { return a->tp.partition < b->tp.partition; });
            w.i16(0);
            w.string(t->name, false);
            if (v >= 1)
                w.boolean(false); // is_internal
            w.arrayLength(qsizetype(parts.size()), false);
            for (const PartitionState *p : parts) {
                const bool led = p->leader != kNoNode && live(p->leader);
                w.errorCode(std::int16_t(led ? KafkaError::None : KafkaError::LeaderNotAvailable));
                w.i32(p->tp.partition.value);
                w.i32(led ? p->leader.value : -1);
                w.arrayLength(qsizetype(p->replicas.size()), false);
                for (NodeId r : p->replicas)
                    w.i32(r.value);
                w.arrayLength(qsizetype(p->isr.size()), false);
                for (NodeId r : p->isr)
                    w.i32(r.value);
                if (v >= 5) {
                    std::vector<NodeId> offline;
                    for (NodeId r : p->replicas)
                        if (!live(r))
                            offline.push_back(r);
                    w.arrayLength(qsizetype(offline.size()), false);
                    for (NodeId r : offline)
                        w.i32(r.value);
                }
            }
        }
    };
    return {};
}

} // namespace bb::kafka
