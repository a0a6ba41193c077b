#include "publisher.h"

#include "broker/clusterconfig.h"

namespace bb {
namespace {
constexpr std::uint64_t kTickTag = 1;
constexpr Micros kTick = 50 * kMillisecond;
} // namespace

Publisher::Publisher(ActorId self, EventLoop &loop, Transport &transport, PublisherConfig config)
    : m_self(self)
    , m_loop(loop)
    , m_transport(transport)
    , m_config(config)
{
}

std::int64_t Publisher::publish(const QString &exchange, QByteArrayView routingKey, QByteArrayView value,
                                std::vector<std::pair<QByteArray, QByteArray>> headers)
{
    const std::int64_t id = m_nextId++;
    Pending p;
    p.request.correlation = id;
    p.request.exchange = exchange;
    p.request.routingKey = routingKey.toByteArray();
    p.request.value = value.toByteArray();
    p.request.headers = std::move(headers);
    p.firstSentAt = m_loop.now();
    ++m_stats.published;
    send(m_pending.emplace(id, std::move(p)).first->second);
    if (!m_ticking) {
        m_ticking = true;
        m_loop.schedule(kTick, m_self, kTickTag);
    }
    return id;
}

void Publisher::send(Pending &p)
{
    p.sentAt = m_loop.now();
    ++p.attempts;
    m_transport.send(m_self, kExchangeRouterActor, p.request);
}

void Publisher::finish(std::map<std::int64_t, Pending>::iterator it, Errc error, int routedTo)
{
    PublishResult r;
    r.id = it->first;
    r.error = error;
    r.routedTo = routedTo;
    r.attempts = it->second.attempts;
    r.latency = m_loop.now() - it->second.firstSentAt;
    m_pending.erase(it);
    if (error != Errc::None) {
        ++m_stats.failed;
    } else if (routedTo == 0) {
        ++m_stats.unroutable;
    } else {
        ++m_stats.confirmed;
        m_stats.latency.record(r.latency);
    }
    if (m_onPublished)
        m_onPublished(r);
}

void Publisher::onMessage(ActorId from, Message &message)
{
    if (from != kExchangeRouterActor)
        return;
    auto *m = std::get_if<PublishResponse>(&message);
    if (!m)
        return;
    auto it = m_pending.find(m->correlation);
    if (it == m_pending.end())
        return; // the answer to an attempt already settled by an earlier one
    finish(it, m->error, m->routedTo);
}

void Publisher::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    const Micros now = m_loop.now();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        Pending &p = it->second;
        if (now - p.sentAt < m_config.requestTimeout) {
            ++it;
            continue;
        }
        if (p.attempts > m_config.retries) {
            finish(it++, Errc::RequestTimedOut, 0);
            continue;
        }
        ++m_stats.retries;
        send(p);
        ++it;
    }
    m_ticking = !m_pending.empty();
    if (m_ticking)
        m_loop.schedule(kTick, m_self, kTickTag);
}

} // namespace bb
