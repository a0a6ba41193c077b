#pragma once
// QueueCoordinator: point-to-point queues on top of topics, after SQS and
// Kafka share groups (KIP-932). A queue is backed by a topic: producers write
// to the topic as usual and the coordinator reads its partitions like a
// consumer (raw fetches to the leaders, up to the high watermark). It keeps
// each record's state (QueueState) and serves QueueFetchRequest (long poll)
// and QueueAckRequest. Redeliveries come from locks that run out and from
// Release acks; dead-lettering from the delivery limit or a Reject, written to
// the dead-letter topic by the coordinator's own Producer (acks=all) and only
// then archived. redrive() writes dead-lettered records back to the source
// topic, where they arrive as new records.
//
// One actor at kQueueCoordinatorActor on the controller's host. Like the
// controller it is modelled as always available and keeps its state in
// memory (Kafka persists share-group state in a topic; here a crash of the
// coordinator is not a fault the workbench offers). Its Producer sits at a
// second address on the same host. Idle (no timers, no traffic) until the
// first queue is declared.
// Owned by the Cluster; runs on its event loop.

#include "client/producer.h"
#include "client/topicreader.h"
#include "broker/clusterobserver.h"
#include "coord/queuestate.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace bb {

class QueueCoordinator final : public Actor, private ProducerListener {
public:
    QueueCoordinator(EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap, ActorId producerAddress);
    ~QueueCoordinator() override;

    void setObserver(ClusterObserver *observer) { m_observer = observer; }
    // How declareQueue() checks that a topic exists (an admin-side lookup
    // in the controller's metadata); without one every name is accepted.
    void setTopicLookup(std::function<bool(const QString &)> exists) { m_topicExists = std::move(exists); }
    void start();

    // Validates and creates a queue; reading its topic starts at once.
    Error declareQueue(const QueueConfig &config);
    // Starts moving the queue's dead-lettered records (those in its
    // dead-letter topic at the time the redrive looks) back to its topic.
    // Finishes asynchronously; reported as a ClusterEvent.
    Error redrive(const QString &queue);
    bool isRedriving(const QString &queue) const;

    std::vector<QString> queueNames() const;
    const QueueConfig *queueConfig(const QString &queue) const;
    Result<QueueStats> stats(const QString &queue) const;
    // Members that fetched from the queue within its visibility timeout, or
    // are waiting in a long poll now (RabbitMQ's consumer count).
    int consumerCount(const QString &queue) const;
    // Records whose state the coordinator keeps for the queue (bounded).
    std::size_t trackedRecords(const QString &queue) const;
    ActorId producerAddress() const { return m_producer->address(); }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Parked {
        ActorId from;
        QueueFetchRequest request;
        Micros deadline = 0;
    };
    struct Redrive {
        std::unique_ptr<TopicReader> reader;
        std::map<TopicPartition, Offset> end; // the DLQ's high watermark when the redrive first looked
        std::int64_t produced = 0;
        std::int64_t acked = 0;
    };
    struct Queue {
        explicit Queue(QueueConfig config) : state(std::move(config)) {}
        QueueState state;
        std::unique_ptr<TopicReader> reader;
        std::deque<Parked> parked;
        std::unique_ptr<Redrive> redrive;
        std::map<int, Offset> redriveCursor; // per DLQ partition: where the next redrive starts
        std::map<QString, Micros> lastFetch; // by member: one entry per client that ever fetched
    };
    // A write the coordinator's producer has not taken yet (it may not know
    // the topic yet, or its buffer is full).
    struct Outgoing {
        QString topic;
        int partition = -1;
        QByteArray key;
        QByteArray value;
        std::vector<std::pair<QByteArray, QByteArray>> headers;
        Micros timestamp = 0;
        QString redriveQueue; // set for a redrive write
    };

    Queue *find(const QString &name);
    const Queue *find(const QString &name) const;
    void handle(ActorId from, const QueueFetchRequest &m);
    void handle(ActorId from, const QueueAckRequest &m);
    void serveParked(Queue &q);
    void expire(Queue &q);
    void dispatch(Queue &q, std::vector<DeadLetter> &deadLetters);
    void startRedriveReader(Queue &q);
    void checkRedrive(Queue &q);
    void flushOutbox();
    void tick();
    void report(ClusterEventKind kind, TopicPartition tp, QString text);

    // ProducerListener: the dead-letter and redrive writes.
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) override;
    void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) override;

    EventLoop &m_loop;
    Transport &m_transport;
    std::vector<ActorId> m_bootstrap;
    std::unique_ptr<Producer> m_producer;
    ClusterObserver *m_observer = nullptr;
    std::function<bool(const QString &)> m_topicExists;
    std::map<QString, std::unique_ptr<Queue>> m_queues;
    std::deque<Outgoing> m_outbox;
    // Redrive writes per partition in the order they were handed to the
    // producer (one request in flight per partition keeps acks in order).
    std::map<TopicPartition, std::deque<QString>> m_redriveInFlight;
    std::int64_t m_readers = 0;
    bool m_started = false;
    bool m_ticking = false;
    bool m_producerStarted = false;
};

} // namespace bb
