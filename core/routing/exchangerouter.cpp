#include "exchangerouter.h"

#include "broker/clusterconfig.h"

#include <QCoreApplication>

#include <limits>

namespace bb {
namespace {

constexpr std::uint64_t kTickTag = 1;
constexpr Micros kTick = 20 * kMillisecond;

QString tr(const char *s) { return QCoreApplication::translate("bb::ExchangeRouter", s); }

} // namespace

ExchangeRouter::ExchangeRouter(EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap, ActorId producerAddress)
    : m_loop(loop)
    , m_transport(transport)
    , m_producer(std::make_unique<Producer>(producerAddress, loop, transport, std::move(bootstrap), ProducerConfig::internal(), static_cast<ProducerListener *>(this)))
{
    m_loop.attach(producerAddress, m_producer.get());
}

ExchangeRouter::~ExchangeRouter()
{
    m_loop.attach(m_producer->address(), nullptr);
}

Error ExchangeRouter::declareExchange(const QString &name, ExchangeType type)
{
    if (name.trimmed().isEmpty())
        return Error(Errc::InvalidConfig, tr("An exchange needs a name."));
    auto it = m_exchanges.find(name);
    if (it != m_exchanges.end()) {
        if (it->second.type() == type)
            return {};
        return Error(Errc::InvalidConfig, tr("Exchange \"%1\" already exists as a %2 exchange; use another name for a %3 exchange.")
                                              .arg(name, exchangeTypeName(it->second.type()), exchangeTypeName(type)));
    }
    m_exchanges.emplace(name, Exchange(name, type));
    if (!m_producerStarted) {
        // Started now, so it knows the topics before the first publish.
        m_producerStarted = true;
        m_producer->start();
    }
    return {};
}

Error ExchangeRouter::bind(const QString &exchange, const Binding &binding)
{
    auto it = m_exchanges.find(exchange);
    if (it == m_exchanges.end())
        return Error(Errc::UnknownExchange, tr("There is no exchange named \"%1\"; declare it first.").arg(exchange));
    if (binding.destination.isEmpty())
        return Error(Errc::InvalidConfig, tr("A binding of exchange \"%1\" needs a destination topic.").arg(exchange));
    if (m_topicExists && !m_topicExists(binding.destination))
        return Error(Errc::UnknownTopic, tr("Exchange \"%1\" cannot bind to topic \"%2\": it does not exist; create it first.")
                                             .arg(exchange, binding.destination));
    it->second.bind(binding);
    return {};
}

Error ExchangeRouter::unbind(const QString &exchange, const Binding &binding)
{
    auto it = m_exchanges.find(exchange);
    if (it == m_exchanges.end())
        return Error(Errc::UnknownExchange, tr("There is no exchange named \"%1\".").arg(exchange));
    if (!it->second.unbind(binding))
        return Error(Errc::InvalidConfig, tr("Exchange \"%1\" has no such binding to topic \"%2\".").arg(exchange, binding.destination));
    return {};
}

const Exchange *ExchangeRouter::exchange(const QString &name) const
{
    auto it = m_exchanges.find(name);
    return it == m_exchanges.end() ? nullptr : &it->second;
}

std::vector<QString> ExchangeRouter::exchangeNames() const
{
    std::vector<QString> out;
    for (const auto &[name, e] : m_exchanges)
        out.push_back(name);
    return out;
}

void ExchangeRouter::onMessage(ActorId from, Message &message)
{
    if (auto *m = std::get_if<PublishRequest>(&message))
        handle(from, *m);
}

void ExchangeRouter::handle(ActorId from, PublishRequest &m)
{
    ++m_stats.published;
    PublishResponse resp;
    resp.correlation = m.correlation;
    auto it = m_exchanges.find(m.exchange);
    if (it == m_exchanges.end()) {
        resp.error = Errc::UnknownExchange;
        m_transport.send(kExchangeRouterActor, from, std::move(resp));
        return;
    }
    const std::vector<QString> destinations = it->second.route(m.routingKey, m.headers);
    if (destinations.empty()) {
        ++m_stats.unroutable;
        m_transport.send(kExchangeRouterActor, from, std::move(resp)); // routedTo 0
        return;
    }
    const std::int64_t id = m_nextPublish++;
    m_pending[id] = PendingPublish{from, m.correlation, int(destinations.size()), 0, Errc::None};
    const Micros now = m_loop.now();
    for (const QString &topic : destinations)
        m_outbox.push_back({topic, m.routingKey, m.value, m.headers, now, id});
    flushOutbox();
}

void ExchangeRouter::flushOutbox()
{
    std::vector<RecordHeader> headers;
    for (auto it = m_outbox.begin(); it != m_outbox.end();) {
        const Result<TopicId> topic = m_producer->topicId(it->topic);
        if (!topic) {
            ++it; // the producer learns the topic with its next metadata refresh
            continue;
        }
        const int count = m_producer->partitionCount(*topic);
        const int partition = it->key.isEmpty() ? int(m_roundRobin++ % std::uint32_t(count))
                                                : Producer::partitionForKey(it->key, count);
        headers.clear();
        for (const auto &[k, v] : it->headers)
            headers.push_back({k, v});
        if (m_producer->send(*topic, it->key, it->value, it->timestamp, headers, partition)) {
            ++it; // buffer full: try again on the next tick
            continue;
        }
        m_inFlight[{*topic, PartitionId(partition)}].push_back(it->publish);
        it = m_outbox.erase(it);
    }
    if (!m_outbox.empty())
        ensureTicking();
}

void ExchangeRouter::ensureTicking()
{
    if (m_ticking)
        return;
    m_ticking = true;
    m_loop.schedule(kTick, kExchangeRouterActor, kTickTag);
}

void ExchangeRouter::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    m_ticking = false;
    flushOutbox();
}

void ExchangeRouter::settle(TopicPartition tp, const RecordBatch &batch, Errc error)
{
    auto &ids = m_inFlight[tp];
    for (int i = 0; i < batch.recordCount() && !ids.empty(); ++i) {
        const std::int64_t id = ids.front();
        ids.pop_front();
        auto p = m_pending.find(id);
        if (p == m_pending.end())
            continue;
        PendingPublish &pp = p->second;
        if (error == Errc::None) {
            ++pp.routed;
            ++m_stats.writes;
        } else {
            pp.error = error;
            ++m_stats.failedWrites;
        }
        if (--pp.remaining > 0)
            continue;
        PublishResponse resp;
        resp.correlation = pp.correlation;
        resp.error = pp.error;
        resp.routedTo = pp.routed;
        if (pp.error == Errc::None)
            ++m_stats.confirmed;
        m_transport.send(kExchangeRouterActor, pp.from, std::move(resp));
        m_pending.erase(p);
    }
}

void ExchangeRouter::onAcked(TopicPartition tp, Offset, const RecordBatch &batch, Micros)
{
    settle(tp, batch, Errc::None);
}

void ExchangeRouter::onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error)
{
    settle(tp, batch, error.code == Errc::None ? Errc::RequestTimedOut : error.code);
}

} // namespace bb
