#pragma once
// QueueConsumer: a member of a queue (an SQS receiver, a Kafka share-group
// consumer). Pull: the application calls fetch() and the records arrive
// through the listener. Push: the consumer keeps one long-poll fetch
// outstanding while it holds fewer than `prefetch` unacknowledged records
// (RabbitMQ's basic.qos) and hands records to the listener as they come.
// The application answers each record with ack(): Accept, Release (requeue)
// or Reject (dead-letter). A record whose lock ran out no longer counts
// against the prefetch: the coordinator has taken it back.
//
// Nothing is retried by magic: a fetch that got no answer is sent again, and
// whatever the lost answer had locked comes back when its locks run out; an
// ack that got no answer is sent again and may then find the record already
// settled (counted as invalid).
// An Actor on the client's host; the application calls it on the loop thread.

#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <map>
#include <span>

namespace bb {

class QueueConsumer;

enum class QueueDelivery { Pull, Push };

struct QueueConsumerConfig {
    QString queue;
    QueueDelivery delivery = QueueDelivery::Push;
    int prefetch = 10;                    // push: unacknowledged records held at most
    int maxRecords = 10;                  // per fetch
    Micros maxWait = 500 * kMillisecond;  // long poll at the coordinator
    Micros requestTimeout = 2 * kSecond;  // beyond the long poll: no answer, send again
    int ackRetries = 3;
};

class QueueConsumerListener {
public:
    virtual ~QueueConsumerListener() = default;
    virtual void onMessages(QueueConsumer &, std::span<const QueueRecord>) = 0;
    // The coordinator's answer to an ack: how many records it applied to.
    virtual void onAckResult(QueueConsumer &, QueueAck, Errc, int /*applied*/) {}
};

struct QueueConsumerStats {
    std::int64_t received = 0;
    std::int64_t redelivered = 0;   // received with a delivery count above 1
    std::int64_t accepted = 0;      // acks the coordinator applied, by kind
    std::int64_t released = 0;
    std::int64_t rejected = 0;
    std::int64_t invalidAcks = 0;   // records the member no longer held when its ack arrived
    std::int64_t fetches = 0;
    std::int64_t timeouts = 0;      // requests sent again after no answer
    std::int64_t acksUnanswered = 0; // records of acks given up on after the retries (their locks will run out)
};

class QueueConsumer final : public Actor {
public:
    QueueConsumer(ActorId self, EventLoop &loop, Transport &transport, QString memberId, QueueConsumerConfig config,
                  QueueConsumerListener *listener);

    // Starts the timer and, in push mode, fetching.
    void start();
    // Push mode: no new fetches (held records keep their locks until acked or expired).
    void stop();
    // The application is gone: no more callbacks.
    void detachListener() { m_listener = nullptr; }

    // Asks for up to `max` records (config.maxRecords if < 1); they arrive
    // through the listener. False if a fetch is already outstanding.
    bool fetch(int max = -1);
    void ack(std::span<const QueueRecord> records, QueueAck kind);
    void ack(const QueueRecord &record, QueueAck kind) { ack(std::span<const QueueRecord>(&record, 1), kind); }

    ActorId address() const { return m_self; }
    const QString &memberId() const { return m_memberId; }
    const QueueConsumerConfig &config() const { return m_config; }
    // Delivered, not acknowledged, lock not run out.
    int held() const { return int(m_held.size()); }
    bool fetchOutstanding() const { return m_fetchInFlight; }
    Errc lastError() const { return m_lastError; }
    const QueueConsumerStats &stats() const { return m_stats; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct PendingAck {
        QueueAck kind = QueueAck::Accept;
        std::vector<std::pair<TopicPartition, Offset>> records;
        Micros sentAt = 0;
        int attempts = 0;
    };

    void handle(const QueueFetchResponse &m);
    void handle(const QueueAckResponse &m);
    void sendAck(std::int64_t correlation, const PendingAck &a);
    void maybeFetch();
    void tick();

    ActorId m_self;
    EventLoop &m_loop;
    Transport &m_transport;
    QString m_memberId;
    QueueConsumerConfig m_config;
    QueueConsumerListener *m_listener;

    bool m_running = false;
    bool m_ticking = false;
    bool m_fetchInFlight = false;
    std::int64_t m_fetchCorrelation = 0;
    int m_fetchMax = 0;
    Micros m_fetchSentAt = 0;
    Micros m_retryAt = 0;
    std::int64_t m_nextCorrelation = 1;
    std::map<std::pair<TopicPartition, Offset>, Micros> m_held; // -> lock deadline
    std::map<std::int64_t, PendingAck> m_acks;
    Errc m_lastError = Errc::None;
    QueueConsumerStats m_stats;
};

} // namespace bb
