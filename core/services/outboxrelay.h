#pragma once
// OutboxRelay: the transactional-outbox pattern's second half. Handling a
// record writes the service's state and its events to the service's
// database in one step (the outbox table); the relay reads the rows not yet
// dispatched, publishes them in table order and marks each one dispatched
// once the broker acknowledged it. A crash loses only the relay's memory:
// after the restart it publishes every row still undispatched again, so an
// event is never lost, and is duplicated only if its acknowledgement was in
// flight (consumers deduplicate by id). An Actor (timer) with its own
// producer; the cluster owns it.

#include "client/producer.h"

namespace bb {

class Cluster;
class Service;

class OutboxRelay final : public Actor, public ProducerListener {
public:
    static constexpr Micros kPollInterval = 20 * kMillisecond;

    OutboxRelay(ActorId self, Cluster &cluster, Service &service);
    void start();
    ActorId address() const { return m_self; }
    ActorId producerAddress() const;

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) override;
    void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) override;

private:
    void dispatch();

    ActorId m_self;
    Cluster &m_cluster;
    Service &m_service;
    Producer *m_producer = nullptr;
    std::size_t m_firstUndispatched = 0; // rows before it are all dispatched
    std::size_t m_nextToSend = 0;        // rows before it were handed to the producer by this incarnation
};

} // namespace bb
