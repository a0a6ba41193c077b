#pragma once
// The scenario seen as a graph, for the topology editor: its elements
// (nodes, topics, queues, exchanges and the applications around them) and
// the edges between them (who writes where, who reads what, which exchange
// routes to which topic). A queue stands for its backing topic too: an edge
// to the topic a queue keeps its records in ends at the queue. Derived from
// a Scenario on demand; plain values, any thread.

#include "topology/scenario.h"

#include <vector>

namespace bb {

enum class ElementKind { Node, Topic, Queue, Exchange, Producer, Service, Publisher, Requester, Responder };

struct ElementRef {
    ElementKind kind = ElementKind::Topic;
    QString name; // a node's is its id ("0", "1", ...)
    bool operator==(const ElementRef &) const = default;
    bool isValid() const { return !name.isEmpty(); }
    // "topic:orders": a stable key for positions and selection.
    QString key() const;
    static ElementRef fromKey(const QString &key);
};

enum class EdgeKind {
    Writes,      // producer -> topic
    Subscribes,  // topic or queue -> service
    Emits,       // service -> topic (an emit rule; label: the event)
    FailsTo,     // service -> topic (failed records' event)
    Binds,       // exchange -> topic or queue (label: the binding key)
    Publishes,   // publisher -> exchange
    Requests,    // requester -> request topic
    Replies,     // reply topic -> requester
    Serves,      // request topic -> responder
    DeadLetters, // queue -> its dead-letter topic
};

struct TopologyEdge {
    EdgeKind kind = EdgeKind::Writes;
    ElementRef from;
    ElementRef to;
    QString label;
    int index = -1; // the emit rule or binding it stands for
    bool operator==(const TopologyEdge &) const = default;
    // Stable while the scenario keeps the edge: for selection.
    QString key() const;
};

// Upper-case tag for a kind ("TOPIC").
QString elementKindName(ElementKind kind);
// "topic", "queue", ...: what the editor calls one in a sentence.
QString elementKindNoun(ElementKind kind);

std::vector<ElementRef> topologyElements(const Scenario &s);
std::vector<TopologyEdge> topologyEdges(const Scenario &s);
bool hasElement(const Scenario &s, const ElementRef &ref);
// The element that stands for a topic: its queue when a queue keeps its
// records there, else the topic.
ElementRef topicElement(const Scenario &s, const QString &topic);
// The topic an element's records live in (a topic's own name, a queue's
// backing topic), empty for other kinds.
QString backingTopic(const Scenario &s, const ElementRef &ref);

// Lookups by name; nullptr when there is none.
TopicSpec *findTopic(Scenario &s, const QString &name);
QueueSpec *findQueue(Scenario &s, const QString &name);
ExchangeSpec *findExchange(Scenario &s, const QString &name);
ProducerSpec *findProducer(Scenario &s, const QString &name);
ServiceSpec *findService(Scenario &s, const QString &name);
PublisherSpec *findPublisher(Scenario &s, const QString &name);
RequesterSpec *findRequester(Scenario &s, const QString &name);
ResponderSpec *findResponder(Scenario &s, const QString &name);
const TopicSpec *findTopic(const Scenario &s, const QString &name);
const QueueSpec *findQueue(const Scenario &s, const QString &name);
const ExchangeSpec *findExchange(const Scenario &s, const QString &name);
const ProducerSpec *findProducer(const Scenario &s, const QString &name);
const ServiceSpec *findService(const Scenario &s, const QString &name);
const PublisherSpec *findPublisher(const Scenario &s, const QString &name);
const RequesterSpec *findRequester(const Scenario &s, const QString &name);
const ResponderSpec *findResponder(const Scenario &s, const QString &name);

} // namespace bb
