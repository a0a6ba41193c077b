#pragma once
// Controller: holds the cluster metadata (topics, replica assignments,
// leaders, ISRs, epochs) and broker liveness, the way a KRaft controller
// does. Nodes register and heartbeat; a node whose session expires, or that
// registers again after a restart, is fenced: it leaves every ISR and loses
// its leaderships, which move to another ISR member. With unclean leader
// election on, an out-of-sync replica may be elected and acknowledged data
// is really lost. Simplification, stated in the docs: the controller itself
// is one always-available actor (a healthy KRaft quorum), not faultable.
// Owned by the Cluster; runs on its event loop.

#include "broker/clusterconfig.h"
#include "broker/clusterobserver.h"
#include "model/partitionstate.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <map>
#include <optional>

namespace bb {

class Controller final : public Actor {
public:
    Controller(EventLoop &loop, Transport &transport, std::vector<NodeId> nodes, ControllerConfig config);

    void setObserver(ClusterObserver *observer) { m_observer = observer; }
    void start();

    // Validates and creates a topic: replicas spread round-robin over the
    // configured nodes. Refuses impossible topologies with a sentence.
    Result<TopicId> createTopic(const QString &name, const TopicConfig &config);
    // Removes the topic from the metadata; the nodes drop their replicas
    // when the update reaches them (a node that is down, when it registers).
    Result<TopicId> deleteTopic(const QString &name);
    Result<TopicId> topicId(const QString &name) const;
    const std::map<TopicId, TopicMeta> &topics() const { return m_topics; }
    const std::map<TopicPartition, PartitionState> &partitions() const { return m_partitions; }
    bool isAlive(NodeId n) const;
    // The incarnation of the node's latest registration; -1: it never
    // registered. Tells a node still starting from one that was fenced.
    std::int64_t registeredIncarnation(NodeId n) const;
    std::int64_t metadataVersion() const { return m_version; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Broker {
        bool alive = false;
        std::int64_t brokerEpoch = -1;
        std::int64_t incarnation = -1;
        Micros lastHeartbeat = 0;
    };

    void handle(ActorId from, const BrokerRegistration &m);
    void handle(ActorId from, const BrokerHeartbeat &m);
    void handle(ActorId from, const AlterPartition &m);

    void fence(NodeId n, const QString &why);
    void noteDataLoss(const BrokerRegistration &m);
    void electOffline();
    void electPreferred();
    std::optional<NodeId> pickLeader(const PartitionState &p, NodeId excluding) const;
    void changed(PartitionState &p);
    void publish();
    MetadataUpdate fullUpdate(NodeId to) const;
    void report(ClusterEventKind kind, NodeId node, TopicPartition tp, QString text);

    EventLoop &m_loop;
    Transport &m_transport;
    ControllerConfig m_config;
    ClusterObserver *m_observer = nullptr;
    std::vector<NodeId> m_nodes;
    std::map<NodeId, Broker> m_brokers;
    std::map<TopicId, TopicMeta> m_topics;
    std::map<TopicPartition, PartitionState> m_partitions;
    std::vector<TopicPartition> m_dirty;
    bool m_topicsDirty = false;
    std::int64_t m_version = 0;
    Micros m_lastRebalance = 0;
    std::int64_t m_nextBrokerEpoch = 1;
    std::int32_t m_nextTopicId = 0;
};

} // namespace bb
