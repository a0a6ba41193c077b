#include "queueconsumer.h"

#include "broker/clusterconfig.h"

#include <algorithm>

namespace bb {
namespace {
constexpr std::uint64_t kTickTag = 1;
constexpr Micros kTick = 20 * kMillisecond;
constexpr Micros kErrorBackoff = 100 * kMillisecond;
} // namespace

QueueConsumer::QueueConsumer(ActorId self, EventLoop &loop, Transport &transport, QString memberId,
                             QueueConsumerConfig config, QueueConsumerListener *listener)
    : m_self(self)
    , m_loop(loop)
    , m_transport(transport)
    , m_memberId(std::move(memberId))
    , m_config(std::move(config))
    , m_listener(listener)
{
}

void QueueConsumer::start()
{
    m_running = true;
    if (!m_ticking) {
        m_ticking = true;
        m_loop.schedule(kTick, m_self, kTickTag);
    }
    maybeFetch();
}

void QueueConsumer::stop()
{
    m_running = false;
}

bool QueueConsumer::fetch(int max)
{
    if (m_fetchInFlight)
        return false;
    if (!m_ticking) {
        m_ticking = true; // timeouts need the timer even in pull mode
        m_loop.schedule(kTick, m_self, kTickTag);
    }
    QueueFetchRequest req;
    req.correlation = m_nextCorrelation++;
    req.queue = m_config.queue;
    req.memberId = m_memberId;
    req.maxRecords = max < 1 ? m_config.maxRecords : max;
    req.maxWait = m_config.maxWait;
    m_fetchInFlight = true;
    m_fetchCorrelation = req.correlation;
    m_fetchMax = req.maxRecords;
    m_fetchSentAt = m_loop.now();
    ++m_stats.fetches;
    m_transport.send(m_self, kQueueCoordinatorActor, std::move(req));
    return true;
}

void QueueConsumer::maybeFetch()
{
    if (!m_running || m_config.delivery != QueueDelivery::Push || m_fetchInFlight || m_loop.now() < m_retryAt)
        return;
    const int room = m_config.prefetch - held();
    if (room > 0)
        fetch(std::min(room, m_config.maxRecords));
}

void QueueConsumer::ack(std::span<const QueueRecord> records, QueueAck kind)
{
    if (records.empty())
        return;
    PendingAck a;
    a.kind = kind;
    for (const QueueRecord &r : records) {
        a.records.emplace_back(r.tp, r.offset);
        m_held.erase({r.tp, r.offset}); // the prefetch credit comes back now, as in RabbitMQ
    }
    const std::int64_t correlation = m_nextCorrelation++;
    auto it = m_acks.emplace(correlation, std::move(a)).first;
    sendAck(correlation, it->second);
    maybeFetch();
}

void QueueConsumer::sendAck(std::int64_t correlation, const PendingAck &a)
{
    QueueAckRequest req;
    req.correlation = correlation;
    req.queue = m_config.queue;
    req.memberId = m_memberId;
    req.kind = a.kind;
    req.records = a.records;
    m_acks[correlation].sentAt = m_loop.now();
    ++m_acks[correlation].attempts;
    m_transport.send(m_self, kQueueCoordinatorActor, std::move(req));
}

void QueueConsumer::onMessage(ActorId from, Message &message)
{
    if (from != kQueueCoordinatorActor)
        return;
    if (auto *m = std::get_if<QueueFetchResponse>(&message))
        handle(*m);
    else if (auto *m = std::get_if<QueueAckResponse>(&message))
        handle(*m);
}

void QueueConsumer::handle(const QueueFetchResponse &m)
{
    if (!m_fetchInFlight || m.correlation != m_fetchCorrelation)
        return; // the answer to a fetch we already sent again
    m_fetchInFlight = false;
    m_lastError = m.error;
    if (m.error != Errc::None) {
        m_retryAt = m_loop.now() + kErrorBackoff;
        return;
    }
    for (const QueueRecord &r : m.records) {
        m_held[{r.tp, r.offset}] = r.lockedUntil;
        ++m_stats.received;
        if (r.deliveryCount > 1)
            ++m_stats.redelivered;
    }
    if (!m.records.empty() && m_listener)
        m_listener->onMessages(*this, m.records);
    maybeFetch();
}

void QueueConsumer::handle(const QueueAckResponse &m)
{
    auto it = m_acks.find(m.correlation);
    if (it == m_acks.end())
        return;
    const PendingAck a = std::move(it->second);
    m_acks.erase(it);
    switch (a.kind) {
    case QueueAck::Accept: m_stats.accepted += m.accepted; break;
    case QueueAck::Release: m_stats.released += m.accepted; break;
    case QueueAck::Reject: m_stats.rejected += m.accepted; break;
    }
    m_stats.invalidAcks += std::int64_t(a.records.size()) - m.accepted;
    if (m.error != Errc::None && m.error != Errc::InvalidRecordState)
        m_lastError = m.error;
    if (m_listener)
        m_listener->onAckResult(*this, a.kind, m.error, m.accepted);
}

void QueueConsumer::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    tick();
    m_loop.schedule(kTick, m_self, kTickTag);
}

void QueueConsumer::tick()
{
    const Micros now = m_loop.now();
    // Locks that ran out: the coordinator has taken those records back.
    for (auto it = m_held.begin(); it != m_held.end();)
        it = it->second <= now ? m_held.erase(it) : std::next(it);
    if (m_fetchInFlight && now - m_fetchSentAt >= m_config.maxWait + m_config.requestTimeout) {
        ++m_stats.timeouts;
        m_fetchInFlight = false;
        if (m_config.delivery == QueueDelivery::Pull)
            fetch(m_fetchMax); // the application asked once; ask again for it
    }
    std::vector<std::int64_t> lost;
    for (const auto &[correlation, a] : m_acks)
        if (now - a.sentAt >= m_config.requestTimeout)
            lost.push_back(correlation);
    for (std::int64_t c : lost) {
        PendingAck &a = m_acks[c];
        ++m_stats.timeouts;
        if (a.attempts > m_config.ackRetries) {
            m_stats.acksUnanswered += std::int64_t(a.records.size());
            m_acks.erase(c);
            continue;
        }
        sendAck(c, a);
    }
    maybeFetch();
}

} // namespace bb
