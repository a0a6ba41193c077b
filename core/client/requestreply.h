#pragma once
// Request/reply over topics (the RabbitMQ RPC pattern on a log). A Requester
// writes each request to the request topic with the headers "reply-to" (its
// reply topic) and "correlation-id" (unique per request), reads its reply
// topic and matches replies to pending requests by correlation id; a
// request with no reply within its timeout is reported as timed out. A
// Responder reads the request topic, applies a handler and writes the
// answer to the topic named by "reply-to" with the same correlation id.
//
// Both read with raw fetches (TopicReader), from the earliest offset and
// without a group: a responder reads every partition of the request topic
// unless given a subset, so two responders over the same partitions would
// both answer (the requester keeps the first answer and counts the other as
// late). Each writes with its own Producer at a second address on its host.
// Actors on the client's host; the application calls them on the loop thread.

#include "client/producer.h"
#include "client/topicreader.h"
#include "metrics/histogram.h"
#include "sim/actor.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace bb {

struct RequesterConfig {
    QString requestTopic;
    QString replyTopic;
    Micros timeout = 2 * kSecond; // per request, from request()
    ProducerConfig producer = defaultProducer();
    TopicReaderConfig reader;

    static ProducerConfig defaultProducer()
    {
        ProducerConfig c;
        c.linger = 0; // a request goes out at once
        return c;
    }
};

struct Reply {
    QByteArray correlationId;
    Errc error = Errc::None; // RequestTimedOut: no reply in time
    QByteArray value;
    Micros latency = 0;      // request() to the reply's arrival
};

struct RequesterStats {
    std::int64_t sent = 0;       // requests made
    std::int64_t answered = 0;
    std::int64_t timedOut = 0;
    std::int64_t late = 0;       // replies to no pending request (after a timeout, or a second answer)
    LatencyHistogram latency;    // round trip of answered requests
};

class Requester final : public Actor {
public:
    using Callback = std::function<void(const Reply &)>;

    Requester(ActorId self, ActorId producerAddress, EventLoop &loop, Transport &transport,
              std::vector<ActorId> bootstrap, RequesterConfig config);
    ~Requester() override;

    void start();
    void setOnReply(Callback callback) { m_onReply = std::move(callback); }
    // Sends a request; returns its correlation id. The timeout runs from now
    // even while the producer is still learning the topic.
    QByteArray request(QByteArrayView value, QByteArrayView key = {});

    ActorId address() const { return m_self; }
    const RequesterConfig &config() const { return m_config; }
    int pending() const { return int(m_pending.size()); }
    const RequesterStats &stats() const { return m_stats; }
    const Producer &producer() const { return *m_producer; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Outgoing {
        QByteArray correlationId;
        QByteArray key;
        QByteArray value;
    };
    void onReplyRecord(const RecordView &record);
    void flushOutbox();
    void tick();

    ActorId m_self;
    EventLoop &m_loop;
    RequesterConfig m_config;
    std::unique_ptr<Producer> m_producer;
    TopicReader m_replies;
    Callback m_onReply;
    std::map<QByteArray, Micros> m_pending; // correlation id -> sent at
    std::deque<Outgoing> m_outbox;
    std::int64_t m_nextId = 1;
    bool m_started = false;
    RequesterStats m_stats;
};

struct ResponderConfig {
    QString requestTopic;
    std::vector<int> partitions; // empty: all of them
    ProducerConfig producer = RequesterConfig::defaultProducer();
    TopicReaderConfig reader;
};

struct ResponderStats {
    std::int64_t received = 0;  // requests read
    std::int64_t replied = 0;   // answers handed to the producer
    std::int64_t skipped = 0;   // records without "reply-to" or "correlation-id"
};

class Responder final : public Actor {
public:
    // Computes the reply's value from the request.
    using Handler = std::function<QByteArray(const RecordView &request)>;

    Responder(ActorId self, ActorId producerAddress, EventLoop &loop, Transport &transport,
              std::vector<ActorId> bootstrap, ResponderConfig config, Handler handler);
    ~Responder() override;

    void start();

    ActorId address() const { return m_self; }
    const ResponderConfig &config() const { return m_config; }
    const ResponderStats &stats() const { return m_stats; }
    const Producer &producer() const { return *m_producer; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Outgoing {
        QString topic;
        QByteArray correlationId;
        QByteArray key;
        QByteArray value;
    };
    void onRequest(const RecordView &record);
    void flushOutbox();

    ActorId m_self;
    EventLoop &m_loop;
    ResponderConfig m_config;
    Handler m_handler;
    std::unique_ptr<Producer> m_producer;
    TopicReader m_requests;
    std::deque<Outgoing> m_outbox;
    bool m_started = false;
    ResponderStats m_stats;
};

} // namespace bb
