#include "queuecoordinator.h"

#include "broker/clusterconfig.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace bb {
namespace {

constexpr std::uint64_t kTickTag = 1;
// Lock expiry and long-poll deadlines are checked on this tick: a lock may
// outlive its visibility timeout by up to one tick.
constexpr Micros kTick = 10 * kMillisecond;
constexpr Micros kMaxLongPoll = 20 * kSecond;

QString tr(const char *s) { return QCoreApplication::translate("bb::QueueCoordinator", s); }

bool isDeathHeader(QByteArrayView key)
{
    return key == "x-death-reason" || key == "x-death-queue" || key == "x-delivery-count"
        || key == "x-original-topic" || key == "x-original-partition" || key == "x-original-offset";
}

} // namespace

QueueCoordinator::QueueCoordinator(EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
                                   ActorId producerAddress)
    : m_loop(loop)
    , m_transport(transport)
    , m_bootstrap(bootstrap)
    , m_producer(std::make_unique<Producer>(producerAddress, loop, transport, std::move(bootstrap),
                                            ProducerConfig::internal(), static_cast<ProducerListener *>(this)))
{
    m_loop.attach(producerAddress, m_producer.get());
}

QueueCoordinator::~QueueCoordinator()
{
    m_loop.attach(m_producer->address(), nullptr);
}

void QueueCoordinator::start()
{
    m_started = true;
    for (auto &[name, q] : m_queues)
        q->reader->start();
    if (!m_queues.empty() && !m_ticking) {
        m_ticking = true;
        m_loop.schedule(kTick, kQueueCoordinatorActor, kTickTag);
    }
}

QueueCoordinator::Queue *QueueCoordinator::find(const QString &name)
{
    auto it = m_queues.find(name);
    return it == m_queues.end() ? nullptr : it->second.get();
}

const QueueCoordinator::Queue *QueueCoordinator::find(const QString &name) const
{
    return const_cast<QueueCoordinator *>(this)->find(name);
}

Error QueueCoordinator::declareQueue(const QueueConfig &c)
{
    if (c.name.trimmed().isEmpty())
        return Error(Errc::InvalidConfig, tr("A queue needs a name."));
    if (m_queues.count(c.name))
        return Error(Errc::InvalidConfig, tr("A queue named \"%1\" already exists; choose another name.").arg(c.name));
    if (c.topic.isEmpty())
        return Error(Errc::InvalidConfig, tr("Queue \"%1\" needs the topic that holds its messages.").arg(c.name));
    if (m_topicExists && !m_topicExists(c.topic))
        return Error(Errc::UnknownTopic, tr("Queue \"%1\" reads topic \"%2\", which does not exist; create the topic first.").arg(c.name, c.topic));
    if (c.visibilityTimeout <= 0)
        return Error(Errc::InvalidConfig, tr("Queue \"%1\": the visibility timeout must be longer than zero.").arg(c.name));
    if (c.maxDeliveries < 1)
        return Error(Errc::InvalidConfig, tr("Queue \"%1\": allow at least one delivery per message.").arg(c.name));
    if (c.deduplicationWindow < 0)
        return Error(Errc::InvalidConfig, tr("Queue \"%1\": the deduplication window cannot be negative.").arg(c.name));
    if (!c.deadLetterTopic.isEmpty()) {
        if (c.deadLetterTopic == c.topic)
            return Error(Errc::InvalidConfig, tr("Queue \"%1\" cannot dead-letter into its own topic \"%2\": the messages would come straight back. "
                                                 "Use another topic.").arg(c.name, c.topic));
        if (m_topicExists && !m_topicExists(c.deadLetterTopic))
            return Error(Errc::UnknownTopic, tr("The dead-letter topic \"%1\" of queue \"%2\" does not exist; create it first.").arg(c.deadLetterTopic, c.name));
    }

    auto owned = std::make_unique<Queue>(c);
    Queue *q = owned.get();
    q->reader = std::make_unique<TopicReader>(kQueueCoordinatorActor, m_loop, m_transport, m_bootstrap, c.topic, (++m_readers) << 32);
    q->reader->setGate([q](TopicPartition tp, Offset) { return q->state.wantsMore(tp); });
    q->reader->setRecordHandler([q](TopicPartition tp, Offset o, const RecordView &r, const RecordBatch &b) {
        q->state.append(tp, o, r, b);
    });
    m_queues.emplace(c.name, std::move(owned));
    if (!c.deadLetterTopic.isEmpty() && !m_producerStarted) {
        // Started now, so it knows the dead-letter topic before it is needed.
        m_producerStarted = true;
        m_producer->start();
    }
    if (m_started) {
        q->reader->start();
        if (!m_ticking) {
            m_ticking = true;
            m_loop.schedule(kTick, kQueueCoordinatorActor, kTickTag);
        }
    }
    return {};
}

bool QueueCoordinator::isRedriving(const QString &queue) const
{
    const Queue *q = find(queue);
    return q && q->redrive;
}

std::vector<QString> QueueCoordinator::queueNames() const
{
    std::vector<QString> out;
    for (const auto &[name, q] : m_queues)
        out.push_back(name);
    return out;
}

const QueueConfig *QueueCoordinator::queueConfig(const QString &queue) const
{
    const Queue *q = find(queue);
    return q ? &q->state.config() : nullptr;
}

Result<QueueStats> QueueCoordinator::stats(const QString &queue) const
{
    const Queue *q = find(queue);
    if (!q)
        return Error(Errc::UnknownQueue, tr("There is no queue named \"%1\".").arg(queue));
    return q->state.stats(m_loop.now(), q->reader->unread());
}

int QueueCoordinator::consumerCount(const QString &queue) const
{
    const Queue *q = find(queue);
    if (!q)
        return 0;
    const Micros since = m_loop.now() - q->state.config().visibilityTimeout;
    int n = 0;
    for (const auto &[member, at] : q->lastFetch) {
        const bool parked = std::any_of(q->parked.begin(), q->parked.end(),
                                        [&](const Parked &p) { return p.request.memberId == member; });
        n += (at >= since || parked) ? 1 : 0;
    }
    return n;
}

std::size_t QueueCoordinator::trackedRecords(const QString &queue) const
{
    const Queue *q = find(queue);
    return q ? q->state.trackedRecords() : 0;
}

void QueueCoordinator::onMessage(ActorId from, Message &message)
{
    if (auto *m = std::get_if<QueueFetchRequest>(&message)) {
        handle(from, *m);
        return;
    }
    if (auto *m = std::get_if<QueueAckRequest>(&message)) {
        handle(from, *m);
        return;
    }
    for (auto &[name, q] : m_queues) {
        if (q->reader->handle(message)) {
            serveParked(*q); // new records may be waiting for a long poll
            return;
        }
        if (q->redrive && q->redrive->reader->handle(message)) {
            flushOutbox();
            return;
        }
    }
}

void QueueCoordinator::handle(ActorId from, const QueueFetchRequest &m)
{
    QueueFetchResponse resp;
    resp.correlation = m.correlation;
    Queue *q = find(m.queue);
    if (!q) {
        resp.error = Errc::UnknownQueue;
        m_transport.send(kQueueCoordinatorActor, from, std::move(resp));
        return;
    }
    expire(*q);
    const QString member = m.memberId.isEmpty() ? QStringLiteral("actor-%1").arg(from.value) : m.memberId;
    const Micros now = m_loop.now();
    q->lastFetch[member] = now;
    q->state.acquire(member, std::max(1, m.maxRecords), now, resp.records);
    if (resp.records.empty() && m.maxWait > 0) {
        Parked p{from, m, now + std::min(m.maxWait, kMaxLongPoll)};
        p.request.memberId = member;
        q->parked.push_back(std::move(p));
        return;
    }
    m_transport.send(kQueueCoordinatorActor, from, std::move(resp));
}

void QueueCoordinator::handle(ActorId from, const QueueAckRequest &m)
{
    QueueAckResponse resp;
    resp.correlation = m.correlation;
    Queue *q = find(m.queue);
    if (!q) {
        resp.error = Errc::UnknownQueue;
        m_transport.send(kQueueCoordinatorActor, from, std::move(resp));
        return;
    }
    expire(*q); // a lock that ran out before this ack arrived no longer belongs to the member
    const QString member = m.memberId.isEmpty() ? QStringLiteral("actor-%1").arg(from.value) : m.memberId;
    std::vector<DeadLetter> deadLetters;
    int invalid = 0;
    resp.accepted = q->state.acknowledge(member, m.kind, m.records, deadLetters, &invalid);
    if (invalid > 0)
        resp.error = Errc::InvalidRecordState;
    m_transport.send(kQueueCoordinatorActor, from, std::move(resp));
    dispatch(*q, deadLetters);
    serveParked(*q);
}

void QueueCoordinator::serveParked(Queue &q)
{
    while (!q.parked.empty() && q.state.hasReady()) {
        Parked p = std::move(q.parked.front());
        q.parked.pop_front();
        QueueFetchResponse resp;
        resp.correlation = p.request.correlation;
        q.state.acquire(p.request.memberId, std::max(1, p.request.maxRecords), m_loop.now(), resp.records);
        m_transport.send(kQueueCoordinatorActor, p.from, std::move(resp));
    }
}

void QueueCoordinator::expire(Queue &q)
{
    std::vector<DeadLetter> deadLetters;
    q.state.expireLocks(m_loop.now(), deadLetters);
    dispatch(q, deadLetters);
}

void QueueCoordinator::dispatch(Queue &q, std::vector<DeadLetter> &deadLetters)
{
    if (deadLetters.empty())
        return;
    const QueueConfig &c = q.state.config();
    for (DeadLetter &d : deadLetters) {
        if (d.discarded) {
            report(ClusterEventKind::QueueDeadLettered, d.tp,
                   tr("Queue \"%1\": the message at partition %2 offset %3 was discarded after %4 deliveries (%5); "
                      "the queue has no dead-letter topic.")
                       .arg(c.name).arg(d.tp.partition.value).arg(d.offset.value).arg(d.deliveryCount)
                       .arg(QString::fromLatin1(d.reason)));
            continue;
        }
        Outgoing o;
        o.topic = c.deadLetterTopic;
        o.key = d.record.key.toByteArray();
        o.value = d.record.value.toByteArray();
        o.timestamp = d.record.timestamp; // the message keeps its creation time, as RabbitMQ keeps its properties
        for (int i = 0; i < d.record.headerCount; ++i) {
            const RecordHeader h = d.record.header(i);
            if (!isDeathHeader(h.key))
                o.headers.emplace_back(h.key.toByteArray(), h.value.toByteArray());
        }
        o.headers.emplace_back("x-death-reason", d.reason);
        o.headers.emplace_back("x-death-queue", c.name.toUtf8());
        o.headers.emplace_back("x-delivery-count", QByteArray::number(d.deliveryCount));
        o.headers.emplace_back("x-original-topic", c.topic.toUtf8());
        o.headers.emplace_back("x-original-partition", QByteArray::number(d.tp.partition.value));
        o.headers.emplace_back("x-original-offset", QByteArray::number(d.offset.value));
        m_outbox.push_back(std::move(o));
    }
    deadLetters.clear();
    flushOutbox();
}

void QueueCoordinator::flushOutbox()
{
    if (m_outbox.empty())
        return;
    if (!m_producerStarted) {
        m_producerStarted = true;
        m_producer->start();
    }
    std::vector<RecordHeader> headers;
    for (auto it = m_outbox.begin(); it != m_outbox.end();) {
        const Result<TopicId> topic = m_producer->topicId(it->topic);
        if (!topic) {
            ++it; // the producer learns the topic with its next metadata refresh
            continue;
        }
        const int count = m_producer->partitionCount(*topic);
        int partition = it->partition;
        if (partition >= count)
            partition %= count;
        if (partition < 0 && !it->redriveQueue.isEmpty())
            partition = 0; // redrive writes need a known partition to match their acknowledgements
        headers.clear();
        for (const auto &[k, v] : it->headers)
            headers.push_back({k, v});
        if (m_producer->send(*topic, it->key, it->value, it->timestamp, headers, partition)) {
            ++it; // buffer full: try again on the next tick
            continue;
        }
        if (!it->redriveQueue.isEmpty())
            m_redriveInFlight[{*topic, PartitionId(partition)}].push_back(it->redriveQueue);
        it = m_outbox.erase(it);
    }
}

void QueueCoordinator::onAcked(TopicPartition tp, Offset, const RecordBatch &batch, Micros)
{
    for (const RecordView r : batch) {
        const QByteArrayView queueName = recordHeader(r, "x-death-queue");
        if (queueName.isNull()) {
            // A redrive write: they are acknowledged in the order they were sent.
            auto &pending = m_redriveInFlight[tp];
            if (pending.empty())
                continue;
            Queue *q = find(pending.front());
            pending.pop_front();
            if (q) {
                q->state.countRedriven(1);
                if (q->redrive)
                    ++q->redrive->acked;
            }
            continue;
        }
        Queue *q = find(QString::fromUtf8(queueName));
        if (!q || !q->reader->knowsTopic())
            continue;
        const TopicPartition origin{q->reader->topicId(), PartitionId(recordHeader(r, "x-original-partition").toInt())};
        const Offset offset(recordHeader(r, "x-original-offset").toLongLong());
        const QueueConfig &c = q->state.config();
        q->state.deadLettered(origin, offset);
        const QByteArrayView reason = recordHeader(r, "x-death-reason");
        const QString where = tr("the message at partition %1 offset %2").arg(origin.partition.value).arg(offset.value);
        report(ClusterEventKind::QueueDeadLettered, origin,
               reason == "rejected"
                   ? tr("Queue \"%1\": a consumer rejected %2; it was moved to dead-letter topic \"%3\".").arg(c.name, where, c.deadLetterTopic)
                   : tr("Queue \"%1\": %2 was delivered %3 times without an acknowledgement; it was moved to dead-letter topic \"%4\".")
                         .arg(c.name, where, QString::fromLatin1(recordHeader(r, "x-delivery-count").toByteArray()), c.deadLetterTopic));
    }
}

void QueueCoordinator::onFailed(TopicPartition tp, const RecordBatch &batch, const Error &)
{
    // Only errors a retry cannot fix end up here (the producer retries the
    // rest forever); write the records again from scratch.
    for (const RecordView r : batch) {
        Outgoing o;
        o.key = r.key.toByteArray();
        o.value = r.value.toByteArray();
        o.timestamp = r.timestamp;
        for (int i = 0; i < r.headerCount; ++i) {
            const RecordHeader h = r.header(i);
            o.headers.emplace_back(h.key.toByteArray(), h.value.toByteArray());
        }
        const QByteArrayView queueName = recordHeader(r, "x-death-queue");
        Queue *q = nullptr;
        if (queueName.isNull()) {
            auto &pending = m_redriveInFlight[tp];
            if (pending.empty())
                continue;
            o.redriveQueue = pending.front();
            pending.pop_front();
            q = find(o.redriveQueue);
            if (q)
                o.topic = q->state.config().topic;
            o.partition = tp.partition.value;
        } else {
            q = find(QString::fromUtf8(queueName));
            if (q)
                o.topic = q->state.config().deadLetterTopic;
        }
        if (q)
            m_outbox.push_back(std::move(o));
    }
}

Error QueueCoordinator::redrive(const QString &queue)
{
    Queue *q = find(queue);
    if (!q)
        return Error(Errc::UnknownQueue, tr("There is no queue named \"%1\".").arg(queue));
    const QueueConfig &c = q->state.config();
    if (c.deadLetterTopic.isEmpty())
        return Error(Errc::InvalidConfig, tr("Queue \"%1\" has no dead-letter topic, so there is nothing to redrive.").arg(queue));
    if (q->redrive)
        return Error(Errc::InvalidConfig, tr("Queue \"%1\" is already being redriven; wait until that finishes.").arg(queue));
    startRedriveReader(*q);
    report(ClusterEventKind::QueueRedrive, {TopicId(-1), PartitionId(-1)},
           tr("Redrive of queue \"%1\" started: its dead-lettered messages in \"%2\" go back to topic \"%3\".")
               .arg(c.name, c.deadLetterTopic, c.topic));
    if (!m_producerStarted) {
        m_producerStarted = true;
        m_producer->start();
    }
    return {};
}

void QueueCoordinator::startRedriveReader(Queue &q)
{
    const QueueConfig &c = q.state.config();
    auto rd = std::make_unique<Redrive>();
    rd->reader = std::make_unique<TopicReader>(kQueueCoordinatorActor, m_loop, m_transport, m_bootstrap, c.deadLetterTopic,
                                               (++m_readers) << 32);
    for (const auto &[partition, offset] : q.redriveCursor)
        rd->reader->setStartOffset(partition, offset);
    Redrive *r = rd.get();
    // Only what the dead-letter topic held when the redrive first looked at
    // a partition: a message dead-lettered again meanwhile stays there.
    rd->reader->setGate([r](TopicPartition tp, Offset next) {
        auto e = r->end.find(tp);
        return e == r->end.end() || next < e->second;
    });
    Queue *qp = &q;
    rd->reader->setRecordHandler([this, qp, r](TopicPartition tp, Offset offset, const RecordView &rec, const RecordBatch &) {
        auto e = r->end.find(tp);
        if (e == r->end.end())
            e = r->end.emplace(tp, r->reader->highWatermark(tp)).first;
        if (offset >= e->second)
            return;
        const QueueConfig &qc = qp->state.config();
        const QByteArrayView owner = recordHeader(rec, "x-death-queue");
        const bool mine = owner.isNull() ? recordHeader(rec, "x-original-topic") == qc.topic.toUtf8() : owner == qc.name.toUtf8();
        if (!mine)
            return; // another queue's dead letter in a shared dead-letter topic
        Outgoing o;
        o.topic = qc.topic;
        o.redriveQueue = qc.name;
        const QByteArrayView partition = recordHeader(rec, "x-original-partition");
        o.partition = partition.isNull() ? 0 : partition.toInt();
        o.key = rec.key.toByteArray();
        o.value = rec.value.toByteArray();
        o.timestamp = m_loop.now(); // sent again now; "message-id" is kept
        for (int i = 0; i < rec.headerCount; ++i) {
            const RecordHeader h = rec.header(i);
            if (!isDeathHeader(h.key))
                o.headers.emplace_back(h.key.toByteArray(), h.value.toByteArray());
        }
        m_outbox.push_back(std::move(o));
        ++r->produced;
    });
    q.redrive = std::move(rd);
    q.redrive->reader->start();
}

void QueueCoordinator::checkRedrive(Queue &q)
{
    Redrive &rd = *q.redrive;
    rd.reader->tick();
    if (!rd.reader->knowsTopic())
        return;
    const auto parts = rd.reader->partitions();
    if (int(parts.size()) < rd.reader->partitionCount())
        return;
    for (const TopicPartition &tp : parts) {
        auto e = rd.end.find(tp);
        if (e == rd.end.end()) {
            const Offset hw = rd.reader->highWatermark(tp);
            if (hw < Offset(0))
                return; // not heard from this partition's leader yet
            e = rd.end.emplace(tp, hw).first;
        }
        if (rd.reader->position(tp) < e->second)
            return;
    }
    if (rd.acked < rd.produced)
        return;
    for (const auto &[tp, end] : rd.end)
        q.redriveCursor[tp.partition.value] = end;
    const QueueConfig &c = q.state.config();
    report(ClusterEventKind::QueueRedrive, {TopicId(-1), PartitionId(-1)},
           tr("Redrive of queue \"%1\" finished: %2 message(s) moved from \"%3\" back to topic \"%4\".")
               .arg(c.name).arg(rd.acked).arg(c.deadLetterTopic, c.topic));
    q.redrive.reset();
}

void QueueCoordinator::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    tick();
    m_loop.schedule(kTick, kQueueCoordinatorActor, kTickTag);
}

void QueueCoordinator::tick()
{
    const Micros now = m_loop.now();
    for (auto &[name, q] : m_queues) {
        expire(*q);
        for (auto it = q->parked.begin(); it != q->parked.end();) {
            if (it->deadline <= now) {
                QueueFetchResponse resp; // the long poll ends empty
                resp.correlation = it->request.correlation;
                m_transport.send(kQueueCoordinatorActor, it->from, std::move(resp));
                it = q->parked.erase(it);
            } else {
                ++it;
            }
        }
        q->reader->tick();
        if (q->redrive)
            checkRedrive(*q);
        serveParked(*q);
    }
    flushOutbox();
}

void QueueCoordinator::report(ClusterEventKind kind, TopicPartition tp, QString text)
{
    if (m_observer)
        m_observer->onEvent({m_loop.now(), kind, kNoNode, tp, std::move(text)});
}

} // namespace bb
