#include "service.h"

#include "model/recordtag.h"
#include "cluster/cluster.h"
#include "services/outboxrelay.h"
#include "services/servicemember.h"

#include <QtGlobal>

#include <cstring>

namespace bb {

Service::Service(Cluster &cluster, ServiceSpec spec)
    : m_cluster(cluster)
    , m_spec(std::move(spec))
    , m_failEvent(m_spec.failEvent.toUtf8())
{
    for (const EmitRule &rule : m_spec.emits)
        m_events.push_back(rule.event.toUtf8());
}

Service::~Service() = default;

int Service::liveMembers() const { return int(m_members.size()); }

void Service::scaleTo(int count)
{
    count = std::max(0, count);
    if (m_spec.outbox && !m_relay && count > 0) {
        const ActorId id = m_cluster.reserveClientAddress();
        auto relay = std::make_unique<OutboxRelay>(id, m_cluster, *this);
        m_relay = relay.get();
        m_cluster.adoptClient(id, std::move(relay), id, m_spec.name + QStringLiteral("-relay"));
        m_relay->start();
    }
    while (liveMembers() < count)
        startMember();
    while (liveMembers() > count) {
        ServiceMember *m = m_members.back();
        m_members.pop_back();
        m->close();
        // The member's clients stay until their goodbyes are out; the
        // application around them is done.
        m_cluster.removeClient(m->address());
    }
}

void Service::startMember()
{
    const QString name = QStringLiteral("%1-%2").arg(m_spec.name).arg(++m_nextMember);
    const ActorId id = m_cluster.reserveClientAddress();
    auto member = std::make_unique<ServiceMember>(id, m_cluster.loop(), *this, name);
    ServiceMember &ref = *member;
    Consumer *consumer = nullptr;
    QueueConsumer *queue = nullptr;
    ActorId host;
    if (!m_spec.queue.isEmpty()) {
        QueueConsumerConfig qc;
        qc.queue = m_spec.queue;
        qc.prefetch = m_spec.prefetch;
        qc.maxRecords = std::min(m_spec.prefetch, m_spec.maxPollRecords);
        queue = &m_cluster.addQueueConsumer(name, qc, &ref);
        host = queue->address();
    } else {
        ConsumerConfig cc;
        cc.groupId = m_spec.name;
        cc.assignor = m_spec.assignor;
        cc.commit = m_spec.commit;
        cc.delivery = m_spec.delivery;
        cc.isolation = m_spec.isolation;
        cc.reset = m_spec.reset;
        cc.maxPollRecords = m_spec.maxPollRecords;
        cc.prefetch = m_spec.prefetch;
        consumer = &m_cluster.addConsumer(name, cc, &ref);
        consumer->subscribe(m_spec.topics);
        host = consumer->address();
    }
    Producer *producer = nullptr;
    if (!m_spec.emits.empty() && !m_spec.outbox) {
        ProducerConfig pc;
        pc.acks = m_spec.emitAcks;
        pc.idempotent = m_spec.emitIdempotent;
        pc.linger = m_spec.emitLinger;
        producer = &m_cluster.addProducer(name + QStringLiteral("-out"), pc, &ref);
    }
    m_cluster.adoptClient(id, std::move(member), host, name + QStringLiteral("-app"));
    ref.start(consumer, queue, producer);
    m_members.push_back(&ref);
    ++m_stats.members;
}

int Service::crash(int index)
{
    std::vector<ServiceMember *> victims;
    if (index < 0)
        victims = m_members;
    else if (index < liveMembers())
        victims.push_back(m_members[std::size_t(index)]);
    for (ServiceMember *m : victims) {
        m_stats.emitsAbandoned += m->unacknowledgedEmits();
        ++m_stats.crashes;
        // No goodbye: the group notices when the session times out, and the
        // queue when the member's locks run out.
        for (ActorId client : {m->consumer() ? m->consumer()->address() : ActorId(-1),
                               m->queueConsumer() ? m->queueConsumer()->address() : ActorId(-1),
                               m->producer() ? m->producer()->address() : ActorId(-1), m->address()})
            if (client.value >= 0)
                m_cluster.removeClient(client);
        m_members.erase(std::find(m_members.begin(), m_members.end(), m));
    }
    if (index < 0 && m_relay) {
        m_cluster.removeClient(m_relay->producerAddress());
        m_cluster.removeClient(m_relay->address());
        m_relay = nullptr;
    }
    return int(victims.size());
}

std::vector<ActorId> Service::clientAddresses() const
{
    std::vector<ActorId> out;
    for (const ServiceMember *m : m_members) {
        if (m->consumer())
            out.push_back(m->consumer()->address());
        if (m->queueConsumer())
            out.push_back(m->queueConsumer()->address());
        if (m->producer())
            out.push_back(m->producer()->address());
    }
    if (m_relay)
        out.push_back(m_relay->producerAddress());
    return out;
}

std::int64_t Service::backlog() const
{
    std::int64_t backlog = 0;
    for (const ServiceMember *m : m_members)
        backlog += m->backlog();
    return backlog;
}

std::int64_t Service::lag() const
{
    std::int64_t lag = 0;
    for (const ServiceMember *m : m_members) {
        if (const Consumer *c = m->consumer())
            for (TopicPartition tp : c->assignment()) {
                const Offset hw = c->highWatermark(tp);
                const Offset pos = c->position(tp);
                if (hw.value >= 0 && pos.value >= 0)
                    lag += std::max<std::int64_t>(0, hw.value - pos.value);
            }
    }
    return lag;
}

const QString &Service::topicName(TopicId id) const
{
    auto it = m_topicNames.find(id);
    if (it != m_topicNames.end())
        return it->second;
    const auto &topics = m_cluster.controller().topics();
    auto t = topics.find(id);
    return m_topicNames[id] = t == topics.end() ? QString() : t->second.name;
}

Service::Outcome Service::handle(ServiceMember &member, const Delivery &d)
{
    RecordTag tag;
    if (!RecordTag::read(d.value, tag))
        tag = {0xffffffffu, std::uint64_t(d.tp.partition.value) << 40 | std::uint64_t(d.offset.value)};
    if (m_spec.poisonEvery > 0 && tag.sequence % std::uint64_t(m_spec.poisonEvery) == 0) {
        ++m_stats.poisoned;
        return Outcome::Poison;
    }
    // The id is the record's tag (an order keeps it along a chain of
    // services), told apart by the topic it came from: a service that reads
    // OrderCreated and PaymentFailed of one order handles two events.
    const QString &source = topicName(d.tp.topic);
    const std::uint64_t topicIndex = std::uint64_t(std::max<qsizetype>(0, m_spec.topics.indexOf(source)));
    const std::uint64_t id = topicIndex << 60 | (std::uint64_t(tag.generator) & 0xfffff) << 40 | (tag.sequence & 0xffffffffff);
    if (m_spec.dedupe && m_ledger.contains(id)) {
        m_ledger.skippedDuplicate();
        return Outcome::Done;
    }
    ++m_stats.handled;
    ++m_stats.handledFrom[source];
    ++m_stats.handledBy[member.name()];
    const std::uint32_t account = std::uint32_t(qHash(d.key));
    m_ledger.apply(id, account, d.timestamp, m_cluster.loop().now(), member.name(), d.tp, d.offset);
    if (m_spec.balance && (m_spec.balanceUntil < 0 || d.timestamp <= m_spec.balanceUntil))
        m_balances[d.key.toByteArray()] += amountOf(tag.sequence);

    const QByteArrayView tagBytes = d.value.first(std::min<qsizetype>(d.value.size(), RecordTag::kSize));
    const bool failed = m_spec.failEvery > 0 && tag.sequence % std::uint64_t(m_spec.failEvery) == 0;
    if (failed) {
        ++m_stats.failed;
        if (!m_spec.failTo.isEmpty())
            emit(member, m_spec.failTo, m_failEvent, d.key, tagBytes);
        return Outcome::Done;
    }
    for (const EmitRule &rule : m_spec.emits)
        if (rule.from.isEmpty() || rule.from == source)
            emit(member, rule.to, m_events[std::size_t(&rule - m_spec.emits.data())], d.key, tagBytes);
    return Outcome::Done;
}

// The event keeps the record's key (its aggregate) and tag (its id) and
// names itself after the tag: "<16-byte tag>PaymentProcessed".
void Service::emit(ServiceMember &member, const QString &topic, const QByteArray &name, QByteArrayView key, QByteArrayView tag)
{
    m_value.resize(tag.size() + name.size());
    std::memcpy(m_value.data(), tag.data(), std::size_t(tag.size()));
    std::memcpy(m_value.data() + tag.size(), name.constData(), std::size_t(name.size()));
    ++m_stats.emitted;
    ++m_stats.emittedTo[topic];
    if (m_spec.outbox) {
        RecordTag t;
        RecordTag::read(m_value, t);
        m_outbox.push_back({std::uint64_t(t.generator) << 40 | t.sequence, topic, key.toByteArray(), m_value, false});
        return;
    }
    member.emit(topic, key, m_value);
}

} // namespace bb
