#pragma once
// KafkaGateway: where Kafka clients' requests enter the simulated world. One
// actor on a host of its own (the machine the external clients run on); a
// request that arrived on node N's listener leaves this host as engine
// messages to node N (or to the group coordinator), crosses the simulated
// network like any built-in client's, and its answers come back the same
// way. So every fault applies to real clients as to built-in ones: requests
// to an isolated node are lost and time out, a slow link delays them, a
// leader change answers NOT_LEADER_OR_FOLLOWER. Names are resolved with the
// receiving node's own metadata cache, as a broker resolves them.
//
// One handler per API key (core/kafka/handlers/*.cpp) decodes a request,
// sends the engine requests it needs and leaves an encoder that writes the
// Kafka response once every answer is in (or the request's time is up).
// Lives on the engine thread; answers leave through a KafkaSink.

#include "cluster/cluster.h"
#include "kafka/bytopic.h"
#include "kafka/kafkaapis.h"
#include "kafka/kafkarecords.h"
#include "kafka/principals.h"
#include "kafka/kafkawire.h"

#include <QHostAddress>

#include <functional>
#include <map>
#include <memory>
#include <unordered_map>

namespace bb::kafka {

// What the gateway learnt of a request, for its connection's statistics
// (clientstats.h); it travels with the answer, so counting costs no message
// of its own.
struct RequestNote {
    std::int16_t api = -1; // -1: no request header (a bare SASL token, a truncated header)
    QString clientId;
    QString principal;      // the connection's SASL user, if authenticated
    std::int16_t error = 0; // the first non-zero error code the answer carries
};

// The listener side, called on the engine thread; implementations hand the
// bytes to the thread that owns the sockets.
class KafkaSink {
public:
    virtual ~KafkaSink() = default;
    // The response frame (size prefix included) for request `seq` of the
    // connection; empty for a request that gets no response (acks=0).
    virtual void respond(std::uint64_t connection, std::uint64_t seq, QByteArray frame, RequestNote note = {}) = 0;
    // Closes the connection after the responses before `seq`, with a line
    // for the log; `note` tells of the request refused, if there is one.
    virtual void close(std::uint64_t connection, std::uint64_t seq, QString why, RequestNote note = {}) = 0;
    // The node's process died: every connection to its listener dies too,
    // and the port refuses new ones until nodeUp().
    virtual void closeNode(NodeId node, QString why) = 0;
    virtual void nodeUp(NodeId node) = 0;
};

struct ListenerAddress {
    NodeId node;
    QString host;
    int port = 0;
};

struct GatewayConfig {
    std::vector<ListenerAddress> listeners;
    bool autoCreateTopics = false;
    int autoCreatePartitions = 3;
    int autoCreateReplication = 3; // capped at the node count
    // A request whose engine answers are still missing after its own wait
    // plus this much (lost in the simulated network) is given up: partition
    // answers become REQUEST_TIMED_OUT, others close the connection, as a
    // dead TCP connection would.
    Micros slack = 10 * kSecond;
    // Not empty: clients authenticate with SASL PLAIN or SCRAM and may do
    // what their role allows. Empty: no authentication, everyone is admin.
    std::vector<Principal> principals;
};

struct KafkaRequest {
    std::uint64_t connection = 0;
    std::uint64_t seq = 0;
    NodeId node;
    QString peer; // host:port of the client, for the log
    QByteArray frame; // the request without its size prefix
};

class KafkaGateway final : public Actor, private ClusterObserver {
public:
    static constexpr const char *kName = "Kafka clients";

    KafkaGateway(ActorId self, Cluster &cluster, std::shared_ptr<KafkaSink> sink, GatewayConfig config,
                 ClockAnchor clock);
    ~KafkaGateway() override;
    // The cluster's gateway, or nullptr.
    static KafkaGateway *find(Cluster &cluster);
    // The gateway of this cluster for the listeners started `serial`-th
    // (made on first use): listeners started later take the gateway over,
    // and work posted by listeners stopped since gets nullptr.
    static KafkaGateway *of(Cluster &cluster, const std::shared_ptr<KafkaSink> &sink, const GatewayConfig &config,
                            std::uint64_t serial);

    ActorId address() const { return m_self; }
    std::uint64_t serial() const { return m_serial; }
    void submit(KafkaRequest request);
    // The connection closed: its session (authentication) goes.
    void forget(std::uint64_t connection) { m_sessions.erase(connection); }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

    // An exchange: one Kafka request in flight.
    struct Exchange {
        std::uint64_t id = 0;
        std::uint64_t connection = 0;
        std::uint64_t seq = 0;
        NodeId node;
        std::int16_t api = 0;
        std::int16_t version = 0;
        std::int32_t correlationId = 0;
        QString clientId;
        bool flexible = false;
        bool closeOnTimeout = false;
        int waiting = 0;
        std::vector<Message> answers; // by slot; monostate until answered
        // Writes the body; called once, when every answer is in or the time is up.
        std::function<void(Exchange &, Writer &)> encode;
        // Optional: answer before every slot is in (a fetch with data).
        std::function<bool(const Exchange &)> readyEarly;
        TimerHandle timer;
    };

private:
    void onEvent(const ClusterEvent &event) override;

    // Handlers: decode, send, leave an encoder. An Error closes the connection.
    Error onApiVersions(Exchange &ex, Reader &in);
    Error onMetadata(Exchange &ex, Reader &in);
    Error onProduce(Exchange &ex, Reader &in);
    Error onFetch(Exchange &ex, Reader &in);
    Error onListOffsets(Exchange &ex, Reader &in);
    Error onFindCoordinator(Exchange &ex, Reader &in);
    Error onJoinGroup(Exchange &ex, Reader &in);
    Error onSyncGroup(Exchange &ex, Reader &in);
    Error onHeartbeat(Exchange &ex, Reader &in);
    Error onLeaveGroup(Exchange &ex, Reader &in);
    Error onOffsetCommit(Exchange &ex, Reader &in);
    Error onOffsetFetch(Exchange &ex, Reader &in);
    Error onInitProducerId(Exchange &ex, Reader &in);
    Error onAddPartitionsToTxn(Exchange &ex, Reader &in);
    Error onAddOffsetsToTxn(Exchange &ex, Reader &in);
    Error onEndTxn(Exchange &ex, Reader &in);
    Error onTxnOffsetCommit(Exchange &ex, Reader &in);
    Error onCreateTopics(Exchange &ex, Reader &in);
    Error onDeleteTopics(Exchange &ex, Reader &in);
    Error onDescribeConfigs(Exchange &ex, Reader &in);
    Error onListGroups(Exchange &ex, Reader &in);
    Error onDescribeGroups(Exchange &ex, Reader &in);
    Error onSaslHandshake(Exchange &ex, Reader &in);
    Error onSaslAuthenticate(Exchange &ex, Reader &in);

    // handlers/sasl.cpp: a connection's authentication.
    struct Session {
        bool handshaken = false;
        bool rawTokenNext = false; // SaslHandshake v0: the next frame is a bare token
        std::optional<Principal> principal;
        std::optional<ScramServer> scram; // the handshake chose SCRAM: its exchange so far
    };
    // kafka-python's SASL after SaslHandshake v0: a bare token, no header.
    void onRawToken(const KafkaRequest &request);
    // Whether the connection's principal may do what `needed` allows.
    bool allowed(const Exchange &ex, Role needed) const;

    // The [topic, [partition, offset, (leader epoch), (timestamp), metadata]]
    // of OffsetCommit and TxnOffsetCommit: offsets the coordinator should
    // take go to `offsets`, every partition to `parts` (refused ones with
    // `denied`, or unknown topic).
    void readCommitOffsets(const Exchange &ex, Reader &in, bool withEpoch, bool withTimestamp, KafkaError denied,
                           std::vector<PartitionOffset> &offsets, std::vector<NamedPart> &parts) const;

    // One engine request whose answer the whole Kafka response depends on:
    // sent to `to`, given `wait` (plus slack) before the connection is
    // closed for want of an answer.
    void askOne(Exchange &ex, ActorId to, Message request, Micros wait);

    // Sends an engine request for slot `slot` of `ex` to `to`; returns the
    // correlation to put in the request before sending.
    int addSlot(Exchange &ex);
    std::int64_t correlationFor(const Exchange &ex, int slot);
    void send(ActorId to, Message message);
    void finish(Exchange &ex);
    void closeConnection(const Exchange &ex, const QString &why);
    RequestNote noteOf(const Exchange &ex, std::int16_t error = 0) const;
    void arm(Exchange &ex, Micros wait);

    const Node *receivingNode(const Exchange &ex) const;
    NodeId coordinatorNode(const Exchange &ex) const; // what FindCoordinator answers
    std::optional<TopicId> topicId(const Exchange &ex, const QString &name) const;
    QString topicName(const Exchange &ex, TopicId id) const;
    const ListenerAddress *listener(NodeId node) const;

    ActorId m_self;
    Cluster &m_cluster;
    std::shared_ptr<KafkaSink> m_sink;
    GatewayConfig m_config;
    std::uint64_t m_serial = 0;
    ClockAnchor m_clock;
    std::uint64_t m_nextExchange = 1;
    std::int64_t m_nextCorrelation = 1;
    std::unordered_map<std::uint64_t, Exchange> m_exchanges;
    // engine correlation -> (exchange, slot)
    std::unordered_map<std::int64_t, std::pair<std::uint64_t, int>> m_calls;
    std::unordered_map<std::uint64_t, Session> m_sessions; // by connection
};

} // namespace bb::kafka
