#include <QCoreApplication>

#include "topology/topologyedit.h"

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::TopologyEdit", s); }

Error refuse(const QString &message) { return Error(Errc::InvalidConfig, message); }

bool isTopicLike(ElementKind k) { return k == ElementKind::Topic || k == ElementKind::Queue; }

// A new binding's key: everything for a topic exchange, the destination's
// name for a direct one (fanout and headers exchanges ignore it).
QByteArray defaultBindingKey(ExchangeType type, const QString &destination)
{
    switch (type) {
    case ExchangeType::Topic: return QByteArrayLiteral("#");
    case ExchangeType::Direct: return destination.toUtf8();
    case ExchangeType::Fanout:
    case ExchangeType::Headers: return {};
    }
    return {};
}

} // namespace

bool canConnect(const ElementRef &from, const ElementRef &to)
{
    if (from == to)
        return false;
    switch (from.kind) {
    case ElementKind::Producer:
    case ElementKind::Exchange:
    case ElementKind::Service:
    case ElementKind::Requester: return isTopicLike(to.kind);
    case ElementKind::Publisher: return to.kind == ElementKind::Exchange;
    case ElementKind::Topic:
        return to.kind == ElementKind::Service || to.kind == ElementKind::Requester || to.kind == ElementKind::Responder;
    case ElementKind::Queue: return to.kind == ElementKind::Service || to.kind == ElementKind::Topic;
    case ElementKind::Node:
    case ElementKind::Responder: return false;
    }
    return false;
}

Result<Scenario> connectElements(const Scenario &before, const ElementRef &from, const ElementRef &to)
{
    if (!canConnect(from, to))
        return refuse(tr("A %1 cannot be connected to a %2.").arg(elementKindNoun(from.kind), elementKindNoun(to.kind)));
    if (!hasElement(before, from) || !hasElement(before, to))
        return refuse(tr("Both ends must be in the scenario."));
    Scenario s = before;
    const QString topic = backingTopic(s, to); // for edges that end at a topic or queue
    const QString source = backingTopic(s, from);
    switch (from.kind) {
    case ElementKind::Producer: findProducer(s, from.name)->load.topic = topic; break;
    case ElementKind::Publisher: findPublisher(s, from.name)->exchange = to.name; break;
    case ElementKind::Requester: findRequester(s, from.name)->requestTopic = topic; break;
    case ElementKind::Exchange: {
        ExchangeSpec *x = findExchange(s, from.name);
        for (const Binding &b : x->bindings)
            if (b.destination == topic)
                return refuse(tr("Exchange \"%1\" already routes to \"%2\"; select that binding to change its key.").arg(x->name, to.name));
        Binding b;
        b.destination = topic;
        b.key = defaultBindingKey(x->type, to.name);
        x->bindings.push_back(b);
        break;
    }
    case ElementKind::Service: {
        ServiceSpec *sv = findService(s, from.name);
        for (const EmitRule &r : sv->emits)
            if (r.to == topic && r.from.isEmpty())
                return refuse(tr("Service \"%1\" already emits to \"%2\".").arg(sv->name, to.name));
        sv->emits.push_back({{}, topic, topic});
        break;
    }
    case ElementKind::Topic:
    case ElementKind::Queue:
        if (to.kind == ElementKind::Service) {
            ServiceSpec *sv = findService(s, to.name);
            // A service reads either topics or one queue: connecting the
            // other kind switches it over.
            if (from.kind == ElementKind::Queue) {
                sv->topics.clear();
                sv->queue = from.name;
            } else {
                sv->queue.clear();
                if (sv->topics.contains(source))
                    return refuse(tr("Service \"%1\" already reads \"%2\".").arg(sv->name, source));
                sv->topics.append(source);
            }
        } else if (to.kind == ElementKind::Requester) {
            findRequester(s, to.name)->replyTopic = source;
        } else if (to.kind == ElementKind::Responder) {
            findResponder(s, to.name)->requestTopic = source;
        } else {
            findQueue(s, from.name)->config.deadLetterTopic = topic;
        }
        break;
    case ElementKind::Node:
    case ElementKind::Responder: break;
    }
    return s;
}

Result<Scenario> removeEdge(const Scenario &before, const TopologyEdge &edge)
{
    Scenario s = before;
    auto required = [](const QString &what) {
        return refuse(tr("%1; connect it to another one instead, or delete it.").arg(what));
    };
    switch (edge.kind) {
    case EdgeKind::Writes: return required(tr("A producer always writes to one topic"));
    case EdgeKind::Publishes: return required(tr("A publisher always publishes through one exchange"));
    case EdgeKind::Requests:
    case EdgeKind::Replies: return required(tr("A requester always has a request and a reply topic"));
    case EdgeKind::Serves: return required(tr("A responder always answers on one topic"));
    case EdgeKind::Subscribes: {
        ServiceSpec *sv = findService(s, edge.to.name);
        if (!sv)
            break;
        if (edge.from.kind == ElementKind::Queue || sv->topics.size() < 2)
            return refuse(tr("Service \"%1\" would read nothing; connect it to something else first, or delete it.").arg(sv->name));
        sv->topics.removeAll(backingTopic(s, edge.from));
        return s;
    }
    case EdgeKind::Emits:
        if (ServiceSpec *sv = findService(s, edge.from.name); sv && edge.index >= 0 && edge.index < int(sv->emits.size())) {
            sv->emits.erase(sv->emits.begin() + edge.index);
            return s;
        }
        break;
    case EdgeKind::FailsTo:
        if (ServiceSpec *sv = findService(s, edge.from.name)) {
            sv->failTo.clear();
            sv->failEvent.clear();
            sv->failEvery = 0;
            return s;
        }
        break;
    case EdgeKind::Binds:
        if (ExchangeSpec *x = findExchange(s, edge.from.name); x && edge.index >= 0 && edge.index < int(x->bindings.size())) {
            x->bindings.erase(x->bindings.begin() + edge.index);
            return s;
        }
        break;
    case EdgeKind::DeadLetters:
        if (QueueSpec *q = findQueue(s, edge.from.name)) {
            q->config.deadLetterTopic.clear();
            return s;
        }
        break;
    }
    return refuse(tr("That connection is no longer in the scenario."));
}

} // namespace bb
