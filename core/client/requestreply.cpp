#include "requestreply.h"

namespace bb {
namespace {
constexpr std::uint64_t kTickTag = 1;
constexpr Micros kTick = 10 * kMillisecond;
constexpr std::int64_t kReaderCorrelations = std::int64_t(1) << 40;
} // namespace

Requester::Requester(ActorId self, ActorId producerAddress, EventLoop &loop, Transport &transport,
                     std::vector<ActorId> bootstrap, RequesterConfig config)
    : m_self(self)
    , m_loop(loop)
    , m_config(std::move(config))
    , m_producer(std::make_unique<Producer>(producerAddress, loop, transport, bootstrap, m_config.producer, nullptr))
    , m_replies(self, loop, transport, std::move(bootstrap), m_config.replyTopic, kReaderCorrelations, m_config.reader)
{
    m_loop.attach(producerAddress, m_producer.get());
    m_replies.setRecordHandler([this](TopicPartition, Offset, const RecordView &r, const RecordBatch &) { onReplyRecord(r); });
}

Requester::~Requester()
{
    m_loop.attach(m_producer->address(), nullptr);
}

void Requester::start()
{
    if (m_started)
        return;
    m_started = true;
    m_producer->start();
    m_replies.start();
    m_loop.schedule(kTick, m_self, kTickTag);
}

QByteArray Requester::request(QByteArrayView value, QByteArrayView key)
{
    const QByteArray id = QByteArray::number(m_self.value) + '-' + QByteArray::number(m_nextId++);
    m_pending.emplace(id, m_loop.now());
    m_outbox.push_back({id, key.toByteArray(), value.toByteArray()});
    ++m_stats.sent;
    flushOutbox();
    return id;
}

void Requester::flushOutbox()
{
    const Result<TopicId> topic = m_producer->topicId(m_config.requestTopic);
    if (!topic)
        return; // the producer learns the topic with its next metadata refresh
    const QByteArray replyTo = m_config.replyTopic.toUtf8();
    while (!m_outbox.empty()) {
        const Outgoing &o = m_outbox.front();
        if (!m_pending.count(o.correlationId)) {
            m_outbox.pop_front(); // timed out before it could even be sent
            continue;
        }
        const RecordHeader headers[] = {{"reply-to", replyTo}, {"correlation-id", o.correlationId}};
        if (m_producer->send(*topic, o.key.isEmpty() ? QByteArrayView() : QByteArrayView(o.key), o.value, m_loop.now(), headers))
            return; // buffer full: next tick
        m_outbox.pop_front();
    }
}

void Requester::onReplyRecord(const RecordView &record)
{
    const QByteArrayView id = recordHeader(record, "correlation-id");
    auto it = id.isNull() ? m_pending.end() : m_pending.find(id.toByteArray());
    if (it == m_pending.end()) {
        ++m_stats.late;
        return;
    }
    Reply r;
    r.correlationId = it->first;
    r.value = record.value.toByteArray();
    r.latency = m_loop.now() - it->second;
    m_pending.erase(it);
    ++m_stats.answered;
    m_stats.latency.record(r.latency);
    if (m_onReply)
        m_onReply(r);
}

void Requester::onMessage(ActorId, Message &message)
{
    m_replies.handle(message);
}

void Requester::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    tick();
    m_loop.schedule(kTick, m_self, kTickTag);
}

void Requester::tick()
{
    m_replies.tick();
    flushOutbox();
    const Micros now = m_loop.now();
    std::vector<Reply> expired;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (now - it->second >= m_config.timeout) {
            Reply r;
            r.correlationId = it->first;
            r.error = Errc::RequestTimedOut;
            r.latency = now - it->second;
            expired.push_back(std::move(r));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    for (const Reply &r : expired) {
        ++m_stats.timedOut;
        if (m_onReply)
            m_onReply(r);
    }
}

Responder::Responder(ActorId self, ActorId producerAddress, EventLoop &loop, Transport &transport,
                     std::vector<ActorId> bootstrap, ResponderConfig config, Handler handler)
    : m_self(self)
    , m_loop(loop)
    , m_config(std::move(config))
    , m_handler(std::move(handler))
    , m_producer(std::make_unique<Producer>(producerAddress, loop, transport, bootstrap, m_config.producer, nullptr))
    , m_requests(self, loop, transport, std::move(bootstrap), m_config.requestTopic, kReaderCorrelations, m_config.reader)
{
    m_loop.attach(producerAddress, m_producer.get());
    m_requests.setPartitions(m_config.partitions);
    m_requests.setRecordHandler([this](TopicPartition, Offset, const RecordView &r, const RecordBatch &) { onRequest(r); });
}

Responder::~Responder()
{
    m_loop.attach(m_producer->address(), nullptr);
}

void Responder::start()
{
    if (m_started)
        return;
    m_started = true;
    m_producer->start();
    m_requests.start();
    m_loop.schedule(kTick, m_self, kTickTag);
}

void Responder::onRequest(const RecordView &record)
{
    ++m_stats.received;
    const QByteArrayView replyTo = recordHeader(record, "reply-to");
    const QByteArrayView id = recordHeader(record, "correlation-id");
    if (replyTo.isEmpty() || id.isNull()) {
        ++m_stats.skipped; // not a request: nobody to answer
        return;
    }
    m_outbox.push_back({QString::fromUtf8(replyTo), id.toByteArray(), record.key.toByteArray(),
                        m_handler ? m_handler(record) : QByteArray()});
    flushOutbox();
}

void Responder::flushOutbox()
{
    for (auto it = m_outbox.begin(); it != m_outbox.end();) {
        const Result<TopicId> topic = m_producer->topicId(it->topic);
        if (!topic) {
            ++it; // unknown yet: the producer learns topics with its next metadata refresh
            continue;
        }
        const RecordHeader headers[] = {{"correlation-id", it->correlationId}};
        if (m_producer->send(*topic, it->key.isNull() ? QByteArrayView() : QByteArrayView(it->key), it->value, m_loop.now(), headers)) {
            ++it;
            continue;
        }
        ++m_stats.replied;
        it = m_outbox.erase(it);
    }
}

void Responder::onMessage(ActorId, Message &message)
{
    m_requests.handle(message);
}

void Responder::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    m_requests.tick();
    flushOutbox();
    m_loop.schedule(kTick, m_self, kTickTag);
}

} // namespace bb
