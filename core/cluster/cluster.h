#pragma once
// Cluster: one simulated world: the event loop, the network, the controller,
// the broker nodes with their stores (which survive the nodes' crashes), and
// the clients. Applies faults as mechanics (a crash destroys the node's
// process; a power loss also drops its unflushed writes), never as outcomes.
// Owned by the Engine (or a test, or the CLI); single-threaded.

#include "client/consumer.h"
#include "client/loadgenerator.h"
#include "client/producer.h"
#include "client/publisher.h"
#include "client/queueconsumer.h"
#include "client/requestreply.h"
#include "broker/controller.h"
#include "broker/externalproducers.h"
#include "broker/node.h"
#include "coord/queuecoordinator.h"
#include "routing/exchangerouter.h"
#include "coord/transactioncoordinator.h"
#include "coord/groupcoordinator.h"
#include "sim/faultplan.h"
#include "sim/simnetwork.h"

#include <deque>
#include <memory>

namespace bb {

class SqliteStore;

struct NodeSpec {
    NodeId id;
    NodeConfig config;
    StorageKind storage = StorageKind::Memory;
};

struct ClusterSpec {
    std::vector<NodeSpec> nodes;
    ControllerConfig controller;
    LinkConfig network;      // default link between hosts
    QString dataDirectory;   // SqliteStore files go here (node-<id>.sqlite)
};

class Cluster final : private ClusterObserver {
public:
    // Validates the spec (1..9 nodes, distinct ids) before building anything.
    static Result<std::unique_ptr<Cluster>> create(const ClusterSpec &spec, std::uint64_t seed);
    ~Cluster() override;

    EventLoop &loop() { return m_loop; }
    const EventLoop &loop() const { return m_loop; }
    SimNetwork &network() { return m_network; }
    const SimNetwork &network() const { return m_network; }
    Controller &controller() { return *m_controller; }
    const Controller &controller() const { return *m_controller; }
    // Queues and exchanges are declared on these directly (admin calls).
    QueueCoordinator &queueCoordinator() { return *m_queueCoordinator; }
    const QueueCoordinator &queueCoordinator() const { return *m_queueCoordinator; }
    ExchangeRouter &exchangeRouter() { return *m_exchangeRouter; }
    const ExchangeRouter &exchangeRouter() const { return *m_exchangeRouter; }
    TransactionCoordinator &transactionCoordinator() { return *m_txnCoordinator; }
    const TransactionCoordinator &transactionCoordinator() const { return *m_txnCoordinator; }
    GroupCoordinator &groupCoordinator() { return *m_groupCoordinator; }
    const GroupCoordinator &groupCoordinator() const { return *m_groupCoordinator; }
    std::uint64_t seed() const { return m_seed; }

    const std::vector<NodeId> &nodeIds() const { return m_nodeIds; }
    Node *node(NodeId id);                 // nullptr while crashed
    const Node *node(NodeId id) const;
    Store *store(NodeId id);
    const Store *store(NodeId id) const;
    const NodeSpec *spec(NodeId id) const;
    bool isUp(NodeId id) const { return node(id) != nullptr; }

    Result<TopicId> createTopic(const QString &name, const TopicConfig &config);
    // Refused while a queue or an exchange binding uses the topic. Clients
    // still writing or reading it get "unknown topic", as with Kafka.
    Result<TopicId> deleteTopic(const QString &name);

    // Clients. Each gets its own host; the cluster owns them.
    Producer &addProducer(const QString &name, const ProducerConfig &config, ProducerListener *listener = nullptr);
    LoadGenerator &addLoad(Producer &producer, const LoadConfig &config);
    // Any other client actor (an application around a client): reserve its
    // address, build it, then hand it over. It shares a host with `host`.
    ActorId reserveClientAddress() { return nextClientActor(); }
    void adoptClient(ActorId id, std::unique_ptr<Actor> actor, ActorId host, const QString &name);
    // The member id is the name.
    QueueConsumer &addQueueConsumer(const QString &name, const QueueConsumerConfig &config,
                                    QueueConsumerListener *listener = nullptr);
    Publisher &addPublisher(const QString &name, const PublisherConfig &config = {});
    // Requesters and responders write with a producer of their own, at a
    // second address on the same host.
    Requester &addRequester(const QString &name, const RequesterConfig &config);
    Responder &addResponder(const QString &name, const ResponderConfig &config, Responder::Handler handler);
    // Started, with no subscription yet: call subscribe() or assign().
    // config.clientId defaults to `name` (member ids are "<name>-<n>").
    Consumer &addConsumer(const QString &name, const ConsumerConfig &config, ConsumerListener *listener = nullptr);
    const std::vector<Producer *> &producers() const { return m_producers; }
    const std::vector<LoadGenerator *> &loads() const { return m_loads; }
    const std::vector<Consumer *> &consumers() const { return m_consumers; }
    QString clientName(ActorId id) const;
    // Detaches a client now (it receives nothing more, its timers stop; a
    // consumer does not leave its group) and destroys it after the current
    // event, so a client may be removed from its own callback. Removing a
    // producer also removes the load generators that drive it.
    void removeClient(ActorId id);
    // The first client with that name; ActorId(-1) if none.
    ActorId clientAddress(const QString &name) const;
    // Producers outside the simulation (Kafka clients), kept by the Kafka gateway.
    ExternalProducers &externalProducers() { return m_externalProducers; }
    const ExternalProducers &externalProducers() const { return m_externalProducers; }

    // Faults, applied now.
    Error crash(NodeId id, CrashKind kind);
    Error restart(NodeId id);
    void setIsolated(NodeId id, bool isolated);
    void setCut(NodeId id, std::int32_t peer, bool oneWay, bool cut);
    void setSlow(NodeId id, std::int32_t peer, const LinkConfig &link);
    // The links between these clients' hosts and every node drop `loss` of
    // the messages both ways for `duration`; then they are clean again and
    // `healedText` goes to the event log.
    void loseClientLinks(const std::vector<ActorId> &clients, double loss, Micros duration, QString healedText);
    void healAll();
    Error apply(const Fault &fault);
    // damage_batch, torn_write, lying_fsync, honest_fsync; truncate_db, truncate_wal, corrupt_page (done at the restart)
    Error applyStorageFault(const Fault &fault);
    // Schedules every fault of the plan at its time (relative to now).
    void schedule(const FaultPlan &plan);

    void runFor(Micros duration) { m_loop.runUntil(m_loop.now() + duration); }

    // Adds a sentence to the event log (for harnesses: the lab's consumer crashes).
    void recordEvent(ClusterEventKind kind, NodeId node, QString text) { record(kind, node, std::move(text)); }

    void addObserver(ClusterObserver *observer) { m_observers.push_back(observer); }
    void removeObserver(ClusterObserver *observer);
    // The most recent events in plain words (bounded).
    const std::deque<ClusterEvent> &events() const { return m_events; }
    std::int64_t eventCount() const { return m_eventCount; }

private:
    Cluster(const ClusterSpec &spec, std::uint64_t seed);
    struct Slot {
        NodeSpec spec;
        std::unique_ptr<Store> store;
        std::unique_ptr<Node> node;
        std::int64_t incarnation = 0;
    };
    Slot *slot(NodeId id);
    const Slot *slot(NodeId id) const;
    Error startNode(Slot &s);
    // What a node's SQLite store found wrong with its files, one event each.
    void reportStoreFindings(NodeId id, SqliteStore &store);
    ActorId nextClientActor();
    std::vector<ActorId> bootstrap() const;
    template <typename T>
    T &own(std::unique_ptr<T> client, ActorId id, const QString &name);
    std::int32_t peerHost(std::int32_t peer) const;

    // ClusterObserver: fan out to the registered observers, keep the log.
    void onBecameLeader(NodeId, std::int64_t, TopicPartition, Epoch) override;
    void onHighWatermark(NodeId, std::int64_t, TopicPartition, Offset, Offset) override;
    void onTruncated(NodeId, TopicPartition, Offset, Offset) override;
    void onEvent(const ClusterEvent &event) override;
    void record(ClusterEventKind kind, NodeId node, QString text);

    std::uint64_t m_seed;
    ClusterSpec m_spec;
    EventLoop m_loop;
    SimNetwork m_network;
    std::unique_ptr<Controller> m_controller;
    std::unique_ptr<QueueCoordinator> m_queueCoordinator;
    std::unique_ptr<ExchangeRouter> m_exchangeRouter;
    std::unique_ptr<TransactionCoordinator> m_txnCoordinator;
    std::unique_ptr<GroupCoordinator> m_groupCoordinator;
    std::vector<NodeId> m_nodeIds;
    std::vector<Slot> m_slots;
    std::vector<std::unique_ptr<Actor>> m_clients;
    std::vector<std::pair<ActorId, QString>> m_clientNames;
    std::vector<Producer *> m_producers;
    std::vector<LoadGenerator *> m_loads;
    struct LoadOwner {
        LoadGenerator *load;
        ActorId actor;
        ActorId producer;
    };
    std::vector<LoadOwner> m_loadOwners;
    std::vector<Consumer *> m_consumers;
    ExternalProducers m_externalProducers;
    std::vector<ClusterObserver *> m_observers;
    std::deque<ClusterEvent> m_events;
    std::int64_t m_eventCount = 0;
    std::int32_t m_nextClient = kFirstClientActor;
};

} // namespace bb
