#include <QCoreApplication>

#include "topology/topologygraph.h"

#include <algorithm>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::TopologyGraph", s); }

const QString &nameOf(const TopicSpec &t) { return t.name; }
const QString &nameOf(const QueueSpec &q) { return q.config.name; }
template <typename T>
const QString &nameOf(const T &x) { return x.name; }

template <typename T>
T *findIn(std::vector<T> &list, const QString &name)
{
    auto it = std::find_if(list.begin(), list.end(), [&](const T &x) { return nameOf(x) == name; });
    return it == list.end() ? nullptr : &*it;
}

constexpr const char *kKindKeys[] = {"node", "topic", "queue", "exchange", "producer", "service", "publisher", "requester", "responder"};

} // namespace

QString ElementRef::key() const
{
    return QLatin1String(kKindKeys[int(kind)]) + QLatin1Char(':') + name;
}

ElementRef ElementRef::fromKey(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const QString kind = key.left(colon);
    for (int i = 0; i < int(std::size(kKindKeys)); ++i)
        if (colon > 0 && kind == QLatin1String(kKindKeys[i]))
            return {ElementKind(i), key.mid(colon + 1)};
    return {};
}

QString TopologyEdge::key() const
{
    return QStringLiteral("%1>%2>%3#%4").arg(int(kind)).arg(from.key(), to.key()).arg(index);
}

QString elementKindName(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Node: return tr("NODE");
    case ElementKind::Topic: return tr("TOPIC");
    case ElementKind::Queue: return tr("QUEUE");
    case ElementKind::Exchange: return tr("EXCHANGE");
    case ElementKind::Producer: return tr("PRODUCER");
    case ElementKind::Service: return tr("SERVICE");
    case ElementKind::Publisher: return tr("PUBLISHER");
    case ElementKind::Requester: return tr("REQUESTER");
    case ElementKind::Responder: return tr("RESPONDER");
    }
    return {};
}

QString elementKindNoun(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Node: return tr("node");
    case ElementKind::Topic: return tr("topic");
    case ElementKind::Queue: return tr("queue");
    case ElementKind::Exchange: return tr("exchange");
    case ElementKind::Producer: return tr("producer");
    case ElementKind::Service: return tr("service");
    case ElementKind::Publisher: return tr("publisher");
    case ElementKind::Requester: return tr("requester");
    case ElementKind::Responder: return tr("responder");
    }
    return {};
}

ElementRef topicElement(const Scenario &s, const QString &topic)
{
    for (const QueueSpec &q : s.services.queues)
        if (q.config.topic == topic)
            return {ElementKind::Queue, q.config.name};
    return {ElementKind::Topic, topic};
}

QString backingTopic(const Scenario &s, const ElementRef &ref)
{
    if (ref.kind == ElementKind::Topic)
        return ref.name;
    if (ref.kind == ElementKind::Queue)
        if (const QueueSpec *q = findQueue(s, ref.name))
            return q->config.topic;
    return {};
}

std::vector<ElementRef> topologyElements(const Scenario &s)
{
    std::vector<ElementRef> out;
    for (const NodeSpec &n : s.cluster.nodes)
        out.push_back({ElementKind::Node, QString::number(n.id.value)});
    for (const TopicSpec &t : s.topics)
        if (topicElement(s, t.name).kind == ElementKind::Topic)
            out.push_back({ElementKind::Topic, t.name});
    const ServicesSpec &a = s.services;
    for (const QueueSpec &q : a.queues)
        out.push_back({ElementKind::Queue, q.config.name});
    for (const ExchangeSpec &x : a.exchanges)
        out.push_back({ElementKind::Exchange, x.name});
    for (const ProducerSpec &p : s.producers)
        out.push_back({ElementKind::Producer, p.name});
    for (const PublisherSpec &p : a.publishers)
        out.push_back({ElementKind::Publisher, p.name});
    for (const RequesterSpec &r : a.requesters)
        out.push_back({ElementKind::Requester, r.name});
    for (const ServiceSpec &sv : a.services)
        out.push_back({ElementKind::Service, sv.name});
    for (const ResponderSpec &r : a.responders)
        out.push_back({ElementKind::Responder, r.name});
    return out;
}

std::vector<TopologyEdge> topologyEdges(const Scenario &s)
{
    std::vector<TopologyEdge> out;
    auto topic = [&s](const QString &name) { return topicElement(s, name); };
    for (const ProducerSpec &p : s.producers)
        out.push_back({EdgeKind::Writes, {ElementKind::Producer, p.name}, topic(p.load.topic), {}, -1});
    const ServicesSpec &a = s.services;
    for (const QueueSpec &q : a.queues)
        if (!q.config.deadLetterTopic.isEmpty())
            out.push_back({EdgeKind::DeadLetters, {ElementKind::Queue, q.config.name}, topic(q.config.deadLetterTopic), tr("dead letters"), -1});
    for (const ExchangeSpec &x : a.exchanges)
        for (int i = 0; i < int(x.bindings.size()); ++i) {
            const Binding &b = x.bindings[std::size_t(i)];
            out.push_back({EdgeKind::Binds, {ElementKind::Exchange, x.name}, topic(b.destination), QString::fromUtf8(b.key), i});
        }
    for (const PublisherSpec &p : a.publishers)
        out.push_back({EdgeKind::Publishes, {ElementKind::Publisher, p.name}, {ElementKind::Exchange, p.exchange}, {}, -1});
    for (const ServiceSpec &sv : a.services) {
        const ElementRef self{ElementKind::Service, sv.name};
        if (!sv.queue.isEmpty())
            out.push_back({EdgeKind::Subscribes, {ElementKind::Queue, sv.queue}, self, {}, -1});
        for (int i = 0; i < int(sv.topics.size()); ++i)
            out.push_back({EdgeKind::Subscribes, topic(sv.topics[i]), self, {}, i});
        for (int i = 0; i < int(sv.emits.size()); ++i) {
            const EmitRule &r = sv.emits[std::size_t(i)];
            out.push_back({EdgeKind::Emits, self, topic(r.to), r.event == r.to ? QString() : r.event, i});
        }
        if (!sv.failTo.isEmpty())
            out.push_back({EdgeKind::FailsTo, self, topic(sv.failTo), sv.failEvent, -1});
    }
    for (const RequesterSpec &r : a.requesters) {
        out.push_back({EdgeKind::Requests, {ElementKind::Requester, r.name}, topic(r.requestTopic), {}, -1});
        out.push_back({EdgeKind::Replies, topic(r.replyTopic), {ElementKind::Requester, r.name}, tr("replies"), -1});
    }
    for (const ResponderSpec &r : a.responders)
        out.push_back({EdgeKind::Serves, topic(r.requestTopic), {ElementKind::Responder, r.name}, {}, -1});
    return out;
}

bool hasElement(const Scenario &s, const ElementRef &ref)
{
    const auto all = topologyElements(s);
    return std::find(all.begin(), all.end(), ref) != all.end();
}

TopicSpec *findTopic(Scenario &s, const QString &name) { return findIn(s.topics, name); }
QueueSpec *findQueue(Scenario &s, const QString &name) { return findIn(s.services.queues, name); }
ExchangeSpec *findExchange(Scenario &s, const QString &name) { return findIn(s.services.exchanges, name); }
ProducerSpec *findProducer(Scenario &s, const QString &name) { return findIn(s.producers, name); }
ServiceSpec *findService(Scenario &s, const QString &name) { return findIn(s.services.services, name); }
PublisherSpec *findPublisher(Scenario &s, const QString &name) { return findIn(s.services.publishers, name); }
RequesterSpec *findRequester(Scenario &s, const QString &name) { return findIn(s.services.requesters, name); }
ResponderSpec *findResponder(Scenario &s, const QString &name) { return findIn(s.services.responders, name); }
// The scenario is not changed; the non-const lookups only hand out pointers.
const TopicSpec *findTopic(const Scenario &s, const QString &n) { return findTopic(const_cast<Scenario &>(s), n); }
const QueueSpec *findQueue(const Scenario &s, const QString &n) { return findQueue(const_cast<Scenario &>(s), n); }
const ExchangeSpec *findExchange(const Scenario &s, const QString &n) { return findExchange(const_cast<Scenario &>(s), n); }
const ProducerSpec *findProducer(const Scenario &s, const QString &n) { return findProducer(const_cast<Scenario &>(s), n); }
const ServiceSpec *findService(const Scenario &s, const QString &n) { return findService(const_cast<Scenario &>(s), n); }
const PublisherSpec *findPublisher(const Scenario &s, const QString &n) { return findPublisher(const_cast<Scenario &>(s), n); }
const RequesterSpec *findRequester(const Scenario &s, const QString &n) { return findRequester(const_cast<Scenario &>(s), n); }
const ResponderSpec *findResponder(const Scenario &s, const QString &n) { return findResponder(const_cast<Scenario &>(s), n); }

} // namespace bb
