#include "outboxrelay.h"

#include "model/recordtag.h"
#include "cluster/cluster.h"
#include "services/service.h"

#include <QtGlobal>

namespace bb {

OutboxRelay::OutboxRelay(ActorId self, Cluster &cluster, Service &service)
    : m_self(self)
    , m_cluster(cluster)
    , m_service(service)
{
}

void OutboxRelay::start()
{
    ProducerConfig pc;
    pc.acks = m_service.spec().emitAcks;
    pc.idempotent = m_service.spec().emitIdempotent;
    pc.linger = m_service.spec().emitLinger;
    m_producer = &m_cluster.addProducer(m_service.name() + QStringLiteral("-relay-out"), pc, this);
    // A new incarnation knows nothing of what its predecessor sent: it starts
    // from the first row the table says is undispatched.
    const auto &rows = m_service.outbox();
    while (m_firstUndispatched < rows.size() && rows[m_firstUndispatched].dispatched)
        ++m_firstUndispatched;
    m_nextToSend = m_firstUndispatched;
    m_cluster.loop().schedule(kPollInterval, m_self, 0);
}

ActorId OutboxRelay::producerAddress() const { return m_producer ? m_producer->address() : ActorId(-1); }

void OutboxRelay::onTimer(std::uint64_t)
{
    dispatch();
    m_cluster.loop().schedule(kPollInterval, m_self, 0);
}

void OutboxRelay::dispatch()
{
    auto &rows = m_service.outbox();
    while (m_nextToSend < rows.size()) {
        const OutboxRow &row = rows[m_nextToSend];
        if (!row.dispatched) {
            auto topic = m_producer->topicId(row.topic);
            if (!topic || m_producer->send(*topic, row.key, row.value, m_cluster.loop().now()))
                return; // no metadata yet or the buffer is full: next poll
        }
        ++m_nextToSend;
    }
}

// Marks the acknowledged rows dispatched: rows are found by id and topic
// among those handed to the producer and not yet marked.
void OutboxRelay::onAcked(TopicPartition tp, Offset, const RecordBatch &batch, Micros)
{
    auto &rows = m_service.outbox();
    const QString &topic = m_service.topicName(tp.topic);
    for (const RecordView r : batch) {
        RecordTag tag;
        if (!RecordTag::read(r.value, tag))
            continue;
        const std::uint64_t id = std::uint64_t(tag.generator) << 40 | tag.sequence;
        for (std::size_t i = m_firstUndispatched; i < m_nextToSend; ++i)
            if (!rows[i].dispatched && rows[i].id == id && rows[i].topic == topic) {
                rows[i].dispatched = true;
                ++m_service.stats().emitAcked;
                break;
            }
    }
    while (m_firstUndispatched < rows.size() && rows[m_firstUndispatched].dispatched)
        ++m_firstUndispatched;
}

void OutboxRelay::onFailed(TopicPartition, const RecordBatch &, const Error &)
{
    // Still undispatched in the table: send from the first such row again.
    m_nextToSend = m_firstUndispatched;
}

} // namespace bb
