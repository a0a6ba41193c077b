#pragma once
// Node: one broker. Hosts partition replicas, leads some and follows others
// the Kafka way: followers fetch from the leader, the leader tracks the ISR
// (shrinking and expanding it through the controller), advances the high
// watermark when every ISR member has a record, and answers acks=all
// produces only then. A new follower finds where its log diverges from its
// leader's by leader epoch and truncates there (KIP-101), not at its HW.
//
// A Node object is one process incarnation: a crash destroys it (its Store,
// the "disk", stays with the Cluster) and a restart builds a new one that
// recovers from the store. Owned by the Cluster; runs on its event loop.

#include "broker/clusterconfig.h"
#include "broker/clusterobserver.h"
#include "broker/replica.h"
#include "sim/actor.h"
#include "sim/eventloop.h"
#include "storage/store.h"

#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace bb {

struct NodeStats {
    std::int64_t produceRequests = 0;
    std::int64_t recordsIn = 0;
    std::int64_t bytesIn = 0;
    std::int64_t fetchRequests = 0;
    std::int64_t bytesOut = 0;
    std::int64_t errors = 0;
    std::int64_t duplicateBatches = 0; // retries recognised by producer id and sequence, not appended
    std::int64_t txnMarkers = 0;       // commit/abort markers appended as leader
};

class Node final : public Actor {
public:
    Node(NodeId id, std::int64_t incarnation, EventLoop &loop, Transport &transport, Store &store,
         NodeConfig config, ClusterObserver *observer);
    ~Node() override;

    // Recovers the logs from the store and registers with the controller.
    Error start();

    NodeId id() const { return m_id; }
    std::int64_t incarnation() const { return m_incarnation; }
    bool isRegistered() const { return m_brokerEpoch >= 0; }
    const NodeConfig &config() const { return m_config; }
    const NodeStats &stats() const { return m_stats; }
    const Replica *replica(TopicPartition tp) const;
    // Replicas in partition order (for snapshots and checks).
    std::vector<const Replica *> replicas() const;
    // This node's metadata cache (what it tells clients), possibly stale.
    const std::map<TopicId, TopicMeta> &topics() const { return m_topics; }
    const std::map<TopicPartition, PartitionState> &partitionStates() const { return m_metadata; }
    const std::vector<NodeId> &liveNodes() const { return m_liveNodes; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    // node.cpp: lifecycle, metadata, timers
    void handle(ActorId from, MetadataUpdate &m);
    void handle(ActorId from, const MetadataRequest &m);
    void applyState(const PartitionState &s);
    Replica &ensureReplica(TopicPartition tp);
    // Drops what the node holds of topics missing from a complete list.
    void forgetDeletedTopics(const std::vector<TopicMeta> &current);
    Replica *find(TopicPartition tp);
    void sweep();
    void persistEpochs(Replica &r);
    void checkpoint();
    void appendLocal(Replica &r, LogEntry entry);
    void setHighWatermark(Replica &r, Offset hw);
    void truncate(Replica &r, Offset to);
    // Start: cuts a stored log at its first damaged batch (see node.cpp).
    void recoverDamaged(PartitionImage &p);
    void reportDamage();
    // The registration of this incarnation, with what it lost at its start.
    BrokerRegistration registration() const { return {m_id, m_incarnation, m_lostLogs, m_storeLost}; }
    void enforceRetention(Replica &r);
    void report(ClusterEventKind kind, TopicPartition tp, QString text);

    // nodeleader.cpp
    void becomeLeader(Replica &r);
    void stopLeading(Replica &r, Errc why);
    void handle(ActorId from, const ProduceRequest &m);
    void handle(ActorId from, const FetchRequest &m);
    void handle(ActorId from, const ListOffsetsRequest &m);
    void handle(ActorId from, const AlterPartitionResponse &m);
    void updateFollower(Replica &r, NodeId follower, Offset fetchOffset, std::int64_t brokerEpoch);
    void maybeExpandIsr(Replica &r, const FollowerState &f);
    void maybeShrinkIsr(Replica &r);
    void proposeIsr(Replica &r, std::vector<NodeId> isr);
    void maybeAdvanceHighWatermark(Replica &r);
    void answerFetch(Replica &r, ActorId to, const FetchRequest &m);
    void wakeParked(Replica &r, bool followersOnly);
    void expireWaiting(Replica &r, Micros now);
    void answerWaiting(Replica &r, const WaitingProduce &w, Errc error);
    void addWaiting(Replica &r, WaitingProduce w);
    Offset consumerLimit(const Replica &r, bool readCommitted) const;

    // nodetxn.cpp: transaction markers
    void handle(ActorId from, const WriteTxnMarkersRequest &m);
    Errc appendTxnMarker(Replica &r, ActorId from, const WriteTxnMarkersRequest &m);

    // nodefollower.cpp
    void becomeFollower(Replica &r);
    void sendFetch(Replica &r);
    void handle(ActorId from, FetchResponse &m);
    void handleDivergence(Replica &r, const FetchResponse &m);
    void checkFetchTimers(Replica &r, Micros now);

    NodeId m_id;
    std::int64_t m_incarnation;
    EventLoop &m_loop;
    Transport &m_transport;
    Store &m_store;
    NodeConfig m_config;
    struct Damage {
        TopicPartition tp;
        Offset from;
        std::int64_t batches = 0;
        QString why;
        QString cutFailed; // empty when the cut reached the disk
    };
    std::vector<Damage> m_damageToReport;
    std::vector<LostRange> m_lostLogs;
    bool m_storeLost = false;
    ClusterObserver *m_observer;
    ActorId m_self;

    std::int64_t m_brokerEpoch = -1;
    std::int64_t m_metadataVersion = -1;
    Micros m_lastRegistration = -1;
    Micros m_lastFlush = 0;
    Micros m_lastCheckpoint = 0;
    Micros m_lastHeartbeat = -1;
    Micros m_lastRetention = 0;
    std::map<TopicId, TopicMeta> m_topics;
    std::set<TopicId> m_deletedTopics;
    std::int64_t m_topicListVersion = -1;
    std::map<TopicPartition, PartitionState> m_metadata; // the whole cluster's, for clients
    std::vector<NodeId> m_liveNodes;
    std::unordered_map<TopicPartition, std::unique_ptr<Replica>> m_replicas;
    std::vector<FetchResponse> m_scratchResponses;
    NodeStats m_stats;
};

} // namespace bb
