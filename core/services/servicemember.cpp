#include "servicemember.h"

#include "services/service.h"

#include <QtGlobal>

namespace bb {
namespace {
constexpr Micros kPollInterval = 5 * kMillisecond;
constexpr Micros kResendInterval = 20 * kMillisecond;
} // namespace

ServiceMember::ServiceMember(ActorId self, EventLoop &loop, Service &service, QString name)
    : m_self(self)
    , m_loop(loop)
    , m_service(service)
    , m_name(std::move(name))
{
}

ServiceMember::~ServiceMember() = default;

void ServiceMember::start(Consumer *consumer, QueueConsumer *queueConsumer, Producer *producer)
{
    m_consumer = consumer;
    m_queue = queueConsumer;
    m_producer = producer;
    if (m_consumer && m_consumer->config().delivery == DeliveryMode::Pull)
        m_loop.schedule(kPollInterval, m_self, Poll);
}

void ServiceMember::close()
{
    if (m_closed)
        return;
    m_closed = true;
    if (m_consumer) {
        if (!m_handledUpTo.empty())
            m_consumer->commit(handledOffsets());
        m_consumer->close();
    }
    if (m_queue)
        m_queue->stop();
    // This object goes once closed while its clients finish their goodbyes
    // (the last commit, LeaveGroup, acknowledgements of emitted events).
    if (m_consumer)
        m_consumer->detachListener();
    if (m_queue)
        m_queue->detachListener();
    if (m_producer)
        m_producer->detachListener();
}

std::int64_t ServiceMember::backlog() const
{
    return std::int64_t(m_batch.size() - std::min(m_next, m_batch.size())) + std::int64_t(m_pushed.size())
        + std::int64_t(m_queued.size());
}

void ServiceMember::onTimer(std::uint64_t tag)
{
    if (m_closed)
        return;
    switch (tag) {
    case Poll:
        if (!m_busy)
            pollBatch();
        break;
    case Process:
        handleOne();
        processNext();
        break;
    case Resend: {
        m_resendArmed = false;
        while (!m_unsent.empty()) {
            const Unsent &u = m_unsent.front();
            auto topic = m_producer->topicId(u.topic);
            if (!topic || m_producer->send(*topic, u.key, u.value, m_loop.now()))
                break;
            ++m_inFlightEmits;
            m_unsent.pop_front();
        }
        if (!m_unsent.empty())
            scheduleResend();
        break;
    }
    }
}

void ServiceMember::pollBatch()
{
    m_batch.clear();
    m_next = 0;
    if (m_consumer->poll(m_batch, m_service.spec().maxPollRecords) == 0) {
        m_loop.schedule(kPollInterval, m_self, Poll);
        return;
    }
    m_service.stats().received += std::int64_t(m_batch.size());
    m_service.stats().maxBacklog = std::max(m_service.stats().maxBacklog, backlog());
    m_busy = true;
    processNext();
}

void ServiceMember::onRecords(Consumer &, std::span<const ConsumedRecord> records)
{
    if (m_closed)
        return;
    m_pushed.insert(m_pushed.end(), records.begin(), records.end());
    m_service.stats().received += std::int64_t(records.size());
    m_service.stats().maxBacklog = std::max(m_service.stats().maxBacklog, backlog());
    if (!m_busy) {
        m_busy = true;
        processNext();
    }
}

void ServiceMember::onMessages(QueueConsumer &, std::span<const QueueRecord> records)
{
    if (m_closed)
        return;
    m_queued.insert(m_queued.end(), records.begin(), records.end());
    m_service.stats().received += std::int64_t(records.size());
    m_service.stats().maxBacklog = std::max(m_service.stats().maxBacklog, backlog());
    if (!m_busy) {
        m_busy = true;
        processNext();
    }
}

// Takes the processing time of the next record, then handles it; with no
// processing time, handles everything waiting at once.
void ServiceMember::processNext()
{
    const Micros cost = m_service.spec().processingTime;
    while (backlog() > 0) {
        if (cost > 0) {
            m_loop.schedule(cost, m_self, Process);
            return;
        }
        handleOne();
        if (m_closed)
            return;
    }
    finishBatch();
}

void ServiceMember::handleOne()
{
    if (m_closed)
        return;
    if (m_next < m_batch.size() || !m_pushed.empty()) {
        const bool pulled = m_next < m_batch.size();
        const ConsumedRecord &r = pulled ? m_batch[m_next] : m_pushed.front();
        m_service.handle(*this, {r.tp, r.offset, r.record.timestamp, r.record.key, r.record.value});
        m_handledUpTo[r.tp] = Offset(r.offset.value + 1);
        if (pulled)
            ++m_next;
        else
            m_pushed.pop_front();
        return;
    }
    if (!m_queued.empty()) {
        const QueueRecord &r = m_queued.front();
        const auto outcome = m_service.handle(*this, {r.tp, r.offset, r.timestamp, r.key, r.value});
        m_queue->ack(r, outcome == Service::Outcome::Poison ? QueueAck::Release : QueueAck::Accept);
        m_queued.pop_front();
    }
}

void ServiceMember::finishBatch()
{
    m_busy = false;
    m_batch.clear();
    m_next = 0;
    if (m_consumer) {
        if (m_service.spec().commit == CommitMode::Manual && !m_handledUpTo.empty())
            m_consumer->commit(handledOffsets());
        if (m_consumer->config().delivery == DeliveryMode::Pull)
            m_loop.schedule(0, m_self, Poll);
    }
}

std::vector<PartitionOffset> ServiceMember::handledOffsets() const
{
    std::vector<PartitionOffset> out;
    out.reserve(m_handledUpTo.size());
    for (const auto &[tp, next] : m_handledUpTo)
        out.push_back({tp, next});
    return out;
}

void ServiceMember::emit(const QString &topic, QByteArrayView key, QByteArrayView value)
{
    if (!m_producer)
        return;
    if (m_unsent.empty()) {
        if (auto id = m_producer->topicId(topic); id && !m_producer->send(*id, key, value, m_loop.now())) {
            ++m_inFlightEmits;
            return;
        }
    }
    // No metadata yet or the buffer is full: keep it in memory and try again.
    m_unsent.push_back({topic, key.toByteArray(), value.toByteArray()});
    scheduleResend();
}

void ServiceMember::scheduleResend()
{
    if (m_resendArmed)
        return;
    m_resendArmed = true;
    m_loop.schedule(kResendInterval, m_self, Resend);
}

void ServiceMember::onAcked(TopicPartition, Offset, const RecordBatch &batch, Micros)
{
    m_inFlightEmits -= batch.recordCount();
    m_service.stats().emitAcked += batch.recordCount();
}

void ServiceMember::onFailed(TopicPartition, const RecordBatch &batch, const Error &)
{
    // The producer gave up after its retries: the events are gone.
    m_inFlightEmits -= batch.recordCount();
    m_service.stats().emitsAbandoned += batch.recordCount();
}

} // namespace bb
