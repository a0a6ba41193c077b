#pragma once
// Publisher: publishes through an exchange (a RabbitMQ client with publisher
// confirms). Each publish() sends a PublishRequest to the exchange router and
// waits for its confirm; with no answer within requestTimeout it sends the
// same request again (the same correlation, so whichever answer comes first
// settles it). If only the confirm was lost, the message is then written
// twice: at-least-once, from the mechanics.
// An Actor on the client's host; the application calls it on the loop thread.

#include "metrics/histogram.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <functional>
#include <map>

namespace bb {

struct PublisherConfig {
    Micros requestTimeout = 2 * kSecond;
    int retries = 5; // sends after the first before giving up
};

struct PublishResult {
    std::int64_t id = 0;      // as returned by publish()
    Errc error = Errc::None;  // RequestTimedOut after the last retry
    int routedTo = 0;         // 0 with no error: unroutable
    int attempts = 0;
    Micros latency = 0;       // publish() to confirm
};

struct PublisherStats {
    std::int64_t published = 0;
    std::int64_t confirmed = 0;   // routed to at least one destination and written
    std::int64_t unroutable = 0;
    std::int64_t failed = 0;
    std::int64_t retries = 0;
    LatencyHistogram latency;     // confirms only
};

class Publisher final : public Actor {
public:
    using Callback = std::function<void(const PublishResult &)>;

    Publisher(ActorId self, EventLoop &loop, Transport &transport, PublisherConfig config = {});

    void setOnPublished(Callback callback) { m_onPublished = std::move(callback); }
    // Returns the publish id the result will carry.
    std::int64_t publish(const QString &exchange, QByteArrayView routingKey, QByteArrayView value,
                         std::vector<std::pair<QByteArray, QByteArray>> headers = {});

    ActorId address() const { return m_self; }
    int pending() const { return int(m_pending.size()); }
    const PublisherStats &stats() const { return m_stats; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Pending {
        PublishRequest request;
        Micros firstSentAt = 0;
        Micros sentAt = 0;
        int attempts = 0;
    };
    void send(Pending &p);
    void finish(std::map<std::int64_t, Pending>::iterator it, Errc error, int routedTo);

    ActorId m_self;
    EventLoop &m_loop;
    Transport &m_transport;
    PublisherConfig m_config;
    Callback m_onPublished;
    std::map<std::int64_t, Pending> m_pending; // by correlation (= publish id)
    std::int64_t m_nextId = 1;
    bool m_ticking = false;
    PublisherStats m_stats;
};

} // namespace bb
