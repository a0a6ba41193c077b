#include <QCoreApplication>

#include "topology/topologytext.h"

#include "common/format.h"

namespace bb {
namespace {

// A class lupdate can see, so it files these strings under bb::TopologyText.
struct TopologyText {
    Q_DECLARE_TR_FUNCTIONS(bb::TopologyText)
};

QString dot() { return QStringLiteral(" · "); }

// English plurals without a translation file: the singular and plural
// sentences are separate strings for translators.
QString count(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

QString replication(const TopicConfig &c)
{
    return count(c.partitions, TopologyText::tr("1 partition"), TopologyText::tr("%1 partitions")) + TopologyText::tr(" × RF %1").arg(c.replicationFactor);
}

QString acksText(Acks a)
{
    switch (a) {
    case Acks::None: return QStringLiteral("acks=0");
    case Acks::Leader: return QStringLiteral("acks=1");
    case Acks::All: return QStringLiteral("acks=all");
    }
    return {};
}

// "1 s" rather than "1,000 ms" for whole seconds.
QString duration(Micros v)
{
    return v >= kSecond && v % kSecond == 0 ? TopologyText::tr("%1 s").arg(v / kSecond) : formatLatency(v);
}

QString perSecond(double rate)
{
    return TopologyText::tr("%1/s").arg(formatCount(std::int64_t(std::llround(rate))));
}

QString nodeDetail(const Scenario &s, const ElementRef &ref)
{
    const int id = ref.name.toInt();
    if (id < 0 || id >= int(s.cluster.nodes.size()))
        return {};
    const NodeSpec &n = s.cluster.nodes[std::size_t(id)];
    const QString storage = n.storage == StorageKind::Sqlite ? TopologyText::tr("SQLite") : TopologyText::tr("memory");
    switch (n.config.flush) {
    case FlushPolicy::EveryBatch: return storage + dot() + TopologyText::tr("flush every batch");
    case FlushPolicy::Interval: return storage + dot() + TopologyText::tr("flush %1").arg(duration(n.config.flushInterval));
    case FlushPolicy::Never: return storage + dot() + TopologyText::tr("never flushes");
    }
    return storage;
}

} // namespace

QString elementTitle(const Scenario &, const ElementRef &ref)
{
    return ref.kind == ElementKind::Node ? TopologyText::tr("Node %1").arg(ref.name) : ref.name;
}

QString elementLabel(const ElementRef &ref)
{
    if (ref.kind == ElementKind::Node)
        return TopologyText::tr("Node %1").arg(ref.name);
    QString kind = elementKindNoun(ref.kind);
    kind[0] = kind[0].toUpper();
    return TopologyText::tr("%1 %2").arg(kind, ref.name);
}

QString elementDetail(const Scenario &s, const ElementRef &ref)
{
    switch (ref.kind) {
    case ElementKind::Node: return nodeDetail(s, ref);
    case ElementKind::Topic:
        if (const TopicSpec *t = findTopic(s, ref.name)) {
            QString text = replication(t->config) + dot() + TopologyText::tr("min ISR %1").arg(t->config.minInsyncReplicas);
            return t->config.log.compact ? text + dot() + TopologyText::tr("compacted") : text;
        }
        break;
    case ElementKind::Queue:
        if (const QueueSpec *q = findQueue(s, ref.name)) {
            const TopicSpec *t = findTopic(s, q->config.topic);
            QString text = t ? replication(t->config) : QString();
            if (q->config.topic != q->config.name)
                text = q->config.topic + dot() + text;
            return q->config.fifo ? text + dot() + TopologyText::tr("FIFO") : text;
        }
        break;
    case ElementKind::Exchange:
        if (const ExchangeSpec *x = findExchange(s, ref.name))
            return TopologyText::tr("%1 exchange").arg(exchangeTypeName(x->type)) + dot() + count(int(x->bindings.size()), TopologyText::tr("1 binding"), TopologyText::tr("%1 bindings"));
        break;
    case ElementKind::Producer:
        if (const ProducerSpec *p = findProducer(s, ref.name)) {
            QString text = perSecond(p->load.recordsPerSecond) + dot() + acksText(p->config.acks);
            if (p->config.idempotent)
                text += dot() + TopologyText::tr("idempotent");
            return text + dot() + (p->load.keys > 0 ? count(p->load.keys, TopologyText::tr("1 key"), TopologyText::tr("%1 keys")) : TopologyText::tr("no keys"));
        }
        break;
    case ElementKind::Service:
        if (const ServiceSpec *sv = findService(s, ref.name)) {
            QString text = sv->queue.isEmpty() ? count(sv->members, TopologyText::tr("1 member"), TopologyText::tr("%1 members"))
                                             : count(sv->members, TopologyText::tr("1 consumer"), TopologyText::tr("%1 consumers"));
            text += dot() + duration(sv->processingTime);
            if (sv->queue.isEmpty())
                text += dot() + (sv->commit == CommitMode::Manual ? TopologyText::tr("manual commit") : TopologyText::tr("auto commit"));
            return sv->delivery == DeliveryMode::Push ? text + dot() + TopologyText::tr("push") : text;
        }
        break;
    case ElementKind::Publisher:
        if (const PublisherSpec *p = findPublisher(s, ref.name))
            return perSecond(p->rate) + dot() + count(int(p->routingKeys.size()), TopologyText::tr("1 routing key"), TopologyText::tr("%1 routing keys"));
        break;
    case ElementKind::Requester:
        if (const RequesterSpec *r = findRequester(s, ref.name))
            return perSecond(r->rate) + dot() + TopologyText::tr("timeout %1").arg(duration(r->timeout));
        break;
    case ElementKind::Responder:
        if (const ResponderSpec *r = findResponder(s, ref.name))
            return count(r->count, TopologyText::tr("1 instance"), TopologyText::tr("%1 instances"));
        break;
    }
    return {};
}

} // namespace bb
