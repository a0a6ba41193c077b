#include <QCoreApplication>

#include "topology/topologyedit.h"

#include "topology/scenariojson.h"

#include <algorithm>
#include <set>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::TopologyEdit", s); }

Error refuse(const QString &message) { return Error(Errc::InvalidConfig, message); }

std::set<QString> usedNames(const Scenario &s)
{
    std::set<QString> names;
    for (const ElementRef &e : topologyElements(s))
        names.insert(e.name);
    for (const TopicSpec &t : s.topics)
        names.insert(t.name);
    return names;
}

// A new topic's replication: up to 3 copies, and writes need all but one.
TopicConfig defaultTopicConfig(const Scenario &s)
{
    TopicConfig c;
    c.partitions = 3;
    c.replicationFactor = std::clamp(int(s.cluster.nodes.size()), 1, 3);
    c.minInsyncReplicas = std::max(1, c.replicationFactor - 1);
    return c;
}

// The first topic no queue keeps its records in, else any topic.
QString firstPlainTopic(const Scenario &s)
{
    for (const TopicSpec &t : s.topics)
        if (topicElement(s, t.name).kind == ElementKind::Topic)
            return t.name;
    return s.topics.empty() ? QString() : s.topics.front().name;
}

void renameIn(QString &field, const QString &from, const QString &to)
{
    if (field == from)
        field = to;
}

void renameTopicRefs(Scenario &s, const QString &from, const QString &to)
{
    for (ProducerSpec &p : s.producers)
        renameIn(p.load.topic, from, to);
    ServicesSpec &a = s.services;
    for (QueueSpec &q : a.queues) {
        renameIn(q.config.topic, from, to);
        renameIn(q.config.deadLetterTopic, from, to);
    }
    for (ExchangeSpec &x : a.exchanges)
        for (Binding &b : x.bindings)
            renameIn(b.destination, from, to);
    for (ServiceSpec &sv : a.services) {
        for (QString &t : sv.topics)
            renameIn(t, from, to);
        for (EmitRule &r : sv.emits) {
            renameIn(r.from, from, to);
            if (r.to == from && r.event == from)
                r.event = to; // the event was named after the topic
            renameIn(r.to, from, to);
        }
        renameIn(sv.failTo, from, to);
    }
    for (RequesterSpec &r : a.requesters) {
        renameIn(r.requestTopic, from, to);
        renameIn(r.replyTopic, from, to);
    }
    for (ResponderSpec &r : a.responders)
        renameIn(r.requestTopic, from, to);
}

// Drops the references to a topic that are list entries; what must name a
// topic (a producer's, a queue's) is left for validation to point out.
void dropTopicRefs(Scenario &s, const QString &topic)
{
    ServicesSpec &a = s.services;
    for (QueueSpec &q : a.queues)
        if (q.config.deadLetterTopic == topic)
            q.config.deadLetterTopic.clear();
    for (ExchangeSpec &x : a.exchanges)
        std::erase_if(x.bindings, [&](const Binding &b) { return b.destination == topic; });
    for (ServiceSpec &sv : a.services) {
        sv.topics.removeAll(topic);
        std::erase_if(sv.emits, [&](const EmitRule &r) { return r.to == topic; });
        if (sv.failTo == topic) {
            sv.failTo.clear();
            sv.failEvent.clear();
            sv.failEvery = 0;
        }
    }
}

void dropClientFaults(Scenario &s, const QString &name)
{
    std::erase_if(s.services.faults, [&](const ServiceFault &f) { return f.target == name; });
}

template <typename T, typename Name>
void eraseNamed(std::vector<T> &list, const QString &name, Name nameOf)
{
    std::erase_if(list, [&](const T &x) { return nameOf(x) == name; });
}

template <typename T>
Error uniqueNames(const std::vector<T> &list, const QString &noun)
{
    std::set<QString> seen;
    for (const T &x : list) {
        if (x.name.trimmed().isEmpty())
            return refuse(tr("Every %1 needs a name.").arg(noun));
        if (!seen.insert(x.name).second)
            return refuse(tr("Two %1s are named \"%2\"; give each its own name.").arg(noun, x.name));
    }
    return {};
}

} // namespace

QString uniqueElementName(const Scenario &s, const QString &stem)
{
    const std::set<QString> used = usedNames(s);
    for (int i = 1;; ++i)
        if (QString name = QStringLiteral("%1-%2").arg(stem).arg(i); !used.count(name))
            return name;
}

Result<Scenario> addElement(const Scenario &before, ElementKind kind, ElementRef *added)
{
    Scenario s = before;
    ServicesSpec &a = s.services;
    QString name;
    switch (kind) {
    case ElementKind::Node: {
        const int n = int(s.cluster.nodes.size());
        if (n >= kMaxNodes)
            return refuse(tr("The cluster already has %1 nodes, the most Brokerbench simulates.").arg(kMaxNodes));
        NodeSpec node = n > 0 ? s.cluster.nodes.back() : NodeSpec{};
        node.id = NodeId(n);
        s.cluster.nodes.push_back(node);
        name = QString::number(n);
        break;
    }
    case ElementKind::Topic:
        name = uniqueElementName(s, QStringLiteral("topic"));
        s.topics.push_back({name, defaultTopicConfig(s)});
        break;
    case ElementKind::Queue: {
        name = uniqueElementName(s, QStringLiteral("queue"));
        s.topics.push_back({name, defaultTopicConfig(s)});
        QueueSpec q;
        q.config.name = q.config.topic = name;
        a.queues.push_back(q);
        break;
    }
    case ElementKind::Exchange:
        name = uniqueElementName(s, QStringLiteral("exchange"));
        a.exchanges.push_back({name, ExchangeType::Topic, {}});
        break;
    case ElementKind::Producer: {
        const QString topic = firstPlainTopic(s);
        if (topic.isEmpty())
            return refuse(tr("Add a topic first: a producer needs a topic to write to."));
        name = uniqueElementName(s, QStringLiteral("producer"));
        ProducerSpec p;
        p.name = name;
        p.load.topic = topic;
        p.load.recordsPerSecond = 100;
        s.producers.push_back(p);
        break;
    }
    case ElementKind::Service: {
        ServiceSpec sv;
        if (const QString topic = firstPlainTopic(s); !topic.isEmpty())
            sv.topics = QStringList{topic};
        else if (!a.queues.empty())
            sv.queue = a.queues.front().config.name;
        else
            return refuse(tr("Add a topic or a queue first: a service needs something to read."));
        name = sv.name = uniqueElementName(s, QStringLiteral("service"));
        a.services.push_back(sv);
        break;
    }
    case ElementKind::Publisher:
        if (a.exchanges.empty())
            return refuse(tr("Add an exchange first: a publisher publishes through one."));
        name = uniqueElementName(s, QStringLiteral("publisher"));
        a.publishers.push_back({name, a.exchanges.front().name, {}, 100, 0, -1});
        break;
    case ElementKind::Requester:
        if (s.topics.size() < 2)
            return refuse(tr("Add two topics first: a requester sends requests on one and reads replies on another."));
        name = uniqueElementName(s, QStringLiteral("requester"));
        a.requesters.push_back({name, s.topics[0].name, s.topics[1].name});
        break;
    case ElementKind::Responder:
        if (s.topics.empty())
            return refuse(tr("Add a topic first: a responder answers the requests on one."));
        name = uniqueElementName(s, QStringLiteral("responder"));
        a.responders.push_back({name, s.topics[0].name, 1});
        break;
    }
    if (added)
        *added = {kind, name};
    return s;
}

Result<Scenario> removeElement(const Scenario &before, const ElementRef &ref)
{
    if (!hasElement(before, ref))
        return refuse(tr("The scenario has no %1 \"%2\".").arg(elementKindNoun(ref.kind), ref.name));
    Scenario s = before;
    ServicesSpec &a = s.services;
    const QString &name = ref.name;
    switch (ref.kind) {
    case ElementKind::Node:
        // The file keeps a node count: nodes are alike, the last one goes.
        s.cluster.nodes.pop_back();
        break;
    case ElementKind::Topic:
        eraseNamed(s.topics, name, [](const TopicSpec &t) { return t.name; });
        dropTopicRefs(s, name);
        break;
    case ElementKind::Queue: {
        const QString topic = findQueue(s, name)->config.topic;
        eraseNamed(a.queues, name, [](const QueueSpec &q) { return q.config.name; });
        eraseNamed(s.topics, topic, [](const TopicSpec &t) { return t.name; });
        dropTopicRefs(s, topic);
        break;
    }
    case ElementKind::Exchange:
        eraseNamed(a.exchanges, name, [](const ExchangeSpec &x) { return x.name; });
        break;
    case ElementKind::Producer:
        eraseNamed(s.producers, name, [](const ProducerSpec &p) { return p.name; });
        dropClientFaults(s, name);
        break;
    case ElementKind::Service:
        eraseNamed(a.services, name, [](const ServiceSpec &x) { return x.name; });
        for (ServiceSpec &sv : a.services)
            if (sv.expectFrom == name)
                sv.expectFrom.clear();
        dropClientFaults(s, name);
        break;
    case ElementKind::Publisher:
        eraseNamed(a.publishers, name, [](const PublisherSpec &p) { return p.name; });
        dropClientFaults(s, name);
        break;
    case ElementKind::Requester:
        eraseNamed(a.requesters, name, [](const RequesterSpec &r) { return r.name; });
        dropClientFaults(s, name);
        break;
    case ElementKind::Responder:
        eraseNamed(a.responders, name, [](const ResponderSpec &r) { return r.name; });
        break;
    }
    return s;
}

Result<Scenario> renameElement(const Scenario &before, const ElementRef &ref, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name == ref.name)
        return before;
    if (name.isEmpty())
        return refuse(tr("A %1 needs a name.").arg(elementKindNoun(ref.kind)));
    if (ref.kind == ElementKind::Node)
        return refuse(tr("Nodes are numbered; they cannot be renamed."));
    if (!hasElement(before, ref))
        return refuse(tr("The scenario has no %1 \"%2\".").arg(elementKindNoun(ref.kind), ref.name));
    if (usedNames(before).count(name))
        return refuse(tr("The name \"%1\" is taken; choose another.").arg(name));
    Scenario s = before;
    ServicesSpec &a = s.services;
    auto renameClient = [&](QString &field) {
        for (ServiceFault &f : a.faults)
            renameIn(f.target, ref.name, name);
        field = name;
    };
    switch (ref.kind) {
    case ElementKind::Node: break;
    case ElementKind::Topic:
        findTopic(s, ref.name)->name = name;
        renameTopicRefs(s, ref.name, name);
        break;
    case ElementKind::Queue:
        findQueue(s, ref.name)->config.name = name;
        for (ServiceSpec &sv : a.services)
            renameIn(sv.queue, ref.name, name);
        break;
    case ElementKind::Exchange:
        findExchange(s, ref.name)->name = name;
        for (PublisherSpec &p : a.publishers)
            renameIn(p.exchange, ref.name, name);
        break;
    case ElementKind::Producer: renameClient(findProducer(s, ref.name)->name); break;
    case ElementKind::Service:
        renameClient(findService(s, ref.name)->name);
        for (ServiceSpec &sv : a.services)
            renameIn(sv.expectFrom, ref.name, name);
        break;
    case ElementKind::Publisher: renameClient(findPublisher(s, ref.name)->name); break;
    case ElementKind::Requester: renameClient(findRequester(s, ref.name)->name); break;
    case ElementKind::Responder: findResponder(s, ref.name)->name = name; break;
    }
    return s;
}

Error validateScenario(const Scenario &s)
{
    const ServicesSpec &a = s.services;
    for (Error e : {uniqueNames(s.producers, tr("producer")), uniqueNames(a.services, tr("service")),
                    uniqueNames(a.exchanges, tr("exchange")), uniqueNames(a.publishers, tr("publisher")),
                    uniqueNames(a.requesters, tr("requester")), uniqueNames(a.responders, tr("responder"))})
        if (e)
            return e;
    std::set<QString> queues;
    for (const QueueSpec &q : a.queues)
        if (!queues.insert(q.config.name).second)
            return refuse(tr("Two queues are named \"%1\"; give each its own name.").arg(q.config.name));
    const int nodes = int(s.cluster.nodes.size());
    for (const Fault &f : s.faults.faults) {
        const int highest = std::max(f.kind == FaultKind::HealAll ? -1 : f.node.value, f.peer);
        if (highest >= nodes)
            return refuse(tr("The fault plan names node %1, so the cluster needs at least %2 nodes; add nodes or remove "
                             "that fault from the scenario file.").arg(highest).arg(highest + 1));
    }
    Scenario scratch = s;
    for (NodeSpec &n : scratch.cluster.nodes)
        n.storage = StorageKind::Memory;
    scratch.cluster.dataDirectory.clear();
    if (auto built = buildCluster(scratch, scratch.seed); !built)
        return built.error();
    // What the editor makes must save and open again.
    if (auto reread = scenarioFromJson(scenarioToJson(s), tr("The edited scenario")); !reread)
        return reread.error();
    return {};
}

} // namespace bb
