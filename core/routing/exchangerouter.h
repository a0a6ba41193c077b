#pragma once
// ExchangeRouter: RabbitMQ-style exchanges in front of topics. Exchanges
// and bindings are declared through the admin calls below; clients send
// PublishRequest. The router routes the message (Exchange::route) and writes
// it to every destination topic with its own Producer (acks=all), and
// answers the publisher once every write is acknowledged (publisher
// confirms), with the number of destinations; 0 means unroutable (the
// message is dropped and counted, as RabbitMQ does without an alternate
// exchange). A publisher that retries after a lost confirm writes the
// message again: duplicates come from that, not from the router.
//
// One actor at kExchangeRouterActor on the controller's host, modelled as
// always available like the controller. Its Producer sits at a second
// address on the same host. Idle until the first exchange is declared.
// Owned by the Cluster; runs on its event loop.

#include "client/producer.h"
#include "routing/exchange.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace bb {

struct ExchangeRouterStats {
    std::int64_t published = 0;     // publish requests received
    std::int64_t unroutable = 0;    // matched no binding: dropped
    std::int64_t confirmed = 0;     // answered after all their writes were acknowledged
    std::int64_t writes = 0;        // destination writes acknowledged
    std::int64_t failedWrites = 0;  // destination writes the producer gave up on
};

class ExchangeRouter final : public Actor, private ProducerListener {
public:
    ExchangeRouter(EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap, ActorId producerAddress);
    ~ExchangeRouter() override;

    // How bind() checks that a destination topic exists (an admin-side
    // lookup in the controller's metadata); without one every name is accepted.
    void setTopicLookup(std::function<bool(const QString &)> exists) { m_topicExists = std::move(exists); }
    void start() { m_started = true; }

    // Declaring an existing exchange again with the same type is a no-op.
    Error declareExchange(const QString &name, ExchangeType type);
    Error bind(const QString &exchange, const Binding &binding);
    Error unbind(const QString &exchange, const Binding &binding);

    const Exchange *exchange(const QString &name) const;
    std::vector<QString> exchangeNames() const;
    const ExchangeRouterStats &stats() const { return m_stats; }
    ActorId producerAddress() const { return m_producer->address(); }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct PendingPublish {
        ActorId from;
        std::int64_t correlation = 0;
        int remaining = 0;
        int routed = 0;
        Errc error = Errc::None;
    };
    struct Outgoing {
        QString topic;
        QByteArray key;
        QByteArray value;
        std::vector<std::pair<QByteArray, QByteArray>> headers;
        Micros timestamp = 0;
        std::int64_t publish = 0;
    };

    void handle(ActorId from, PublishRequest &m);
    void flushOutbox();
    void settle(TopicPartition tp, const RecordBatch &batch, Errc error);
    void ensureTicking();

    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) override;
    void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) override;

    EventLoop &m_loop;
    Transport &m_transport;
    std::unique_ptr<Producer> m_producer;
    std::function<bool(const QString &)> m_topicExists;
    std::map<QString, Exchange> m_exchanges;
    std::map<std::int64_t, PendingPublish> m_pending;
    std::deque<Outgoing> m_outbox;
    // Writes per partition in the order they were handed to the producer
    // (one request in flight per partition: acknowledgements keep that order).
    std::map<TopicPartition, std::deque<std::int64_t>> m_inFlight;
    std::int64_t m_nextPublish = 1;
    std::uint32_t m_roundRobin = 0;
    bool m_started = false;
    bool m_producerStarted = false;
    bool m_ticking = false;
    ExchangeRouterStats m_stats;
};

} // namespace bb
