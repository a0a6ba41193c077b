#include <QCoreApplication>

#include "topology/topologyproperties.h"

#include "topology/topologytext.h"

namespace bb {
namespace {

// A field of a found element: `find` locates the element in a scenario,
// `project` picks the member.
template <typename Find, typename Project>
auto via(Find find, Project project)
{
    return [find, project](Scenario &s) -> decltype(&project(*find(s))) {
        auto *x = find(s);
        return x ? &project(*x) : nullptr;
    };
}

auto topicOf(const QString &name) { return [name](Scenario &s) { return findTopic(s, name); }; }
auto queueOf(const QString &name) { return [name](Scenario &s) { return findQueue(s, name); }; }
auto exchangeOf(const QString &name) { return [name](Scenario &s) { return findExchange(s, name); }; }
auto producerOf(const QString &name) { return [name](Scenario &s) { return findProducer(s, name); }; }
auto serviceOf(const QString &name) { return [name](Scenario &s) { return findService(s, name); }; }
auto publisherOf(const QString &name) { return [name](Scenario &s) { return findPublisher(s, name); }; }
auto requesterOf(const QString &name) { return [name](Scenario &s) { return findRequester(s, name); }; }
auto responderOf(const QString &name) { return [name](Scenario &s) { return findResponder(s, name); }; }

std::vector<std::pair<Acks, QString>> acksChoices()
{
    return {{Acks::None, QStringLiteral("0")}, {Acks::Leader, QStringLiteral("1")}, {Acks::All, QStringLiteral("all")}};
}

} // namespace

template <typename E>
void TopologyProperties::addEnum(const QString &key, const QString &label, std::vector<std::pair<E, QString>> choices, Access<E> access)
{
    std::vector<std::pair<int, QString>> ints;
    for (const auto &[value, text] : choices)
        ints.emplace_back(int(value), text);
    addChoice(key, label, std::move(ints),
              [access](const Scenario &s) {
                  const E *v = access(const_cast<Scenario &>(s));
                  return v ? int(*v) : -1;
              },
              [access](Scenario &s, int value) {
                  if (E *v = access(s))
                      *v = E(value);
              });
}

void TopologyProperties::buildCluster()
{
    begin(tr("Cluster"), tr("Every node has the same settings. Changing the cluster restarts the scenario."));
    addIntBy(QStringLiteral("nodes"), tr("&Nodes"), 1, kMaxNodes, [](const Scenario &s) { return int(s.cluster.nodes.size()); },
             [](Scenario &s, int n) {
                 // Nodes are alike: new ones copy the first's settings.
                 const NodeSpec model = s.cluster.nodes.empty() ? NodeSpec{} : s.cluster.nodes.front();
                 s.cluster.nodes.resize(std::size_t(n), model);
                 for (int i = 0; i < n; ++i)
                     s.cluster.nodes[std::size_t(i)].id = NodeId(i);
             });
    addChoice(QStringLiteral("storage"), tr("&Storage"), {{int(StorageKind::Memory), tr("memory")}, {int(StorageKind::Sqlite), tr("SQLite (durable)")}},
              [](const Scenario &s) { return s.cluster.nodes.empty() ? 0 : int(s.cluster.nodes.front().storage); },
              [](Scenario &s, int v) {
                  for (NodeSpec &n : s.cluster.nodes)
                      n.storage = StorageKind(v);
              });
    addChoice(QStringLiteral("flush"), tr("&Flush"),
              {{int(FlushPolicy::EveryBatch), tr("every batch")}, {int(FlushPolicy::Interval), tr("at an interval")}, {int(FlushPolicy::Never), tr("never")}},
              [](const Scenario &s) { return s.cluster.nodes.empty() ? 0 : int(s.cluster.nodes.front().config.flush); },
              [](Scenario &s, int v) {
                  for (NodeSpec &n : s.cluster.nodes)
                      n.config.flush = FlushPolicy(v);
              });
    addDurationBy(QStringLiteral("flushInterval"), tr("Flush &interval"), kMillisecond, 3600000,
                  [](const Scenario &s) { return s.cluster.nodes.empty() ? Micros(0) : s.cluster.nodes.front().config.flushInterval; },
                  [](Scenario &s, Micros v) {
                      for (NodeSpec &n : s.cluster.nodes)
                          n.config.flushInterval = v;
                  });
    addDuration(QStringLiteral("latency"), tr("Network &latency"), kMillisecond, 60000,
                [](Scenario &s) { return &s.cluster.network.latency; });
    addDuration(QStringLiteral("jitter"), tr("Network &jitter"), kMillisecond, 60000, [](Scenario &s) { return &s.cluster.network.jitter; });
    addReal(QStringLiteral("loss"), tr("Network l&oss"), 0, 1, 3, [](Scenario &s) { return &s.cluster.network.loss; });
}

void TopologyProperties::buildTopic(const QString &name)
{
    begin(elementLabel({ElementKind::Topic, name}), {});
    const auto topic = topicOf(name);
    addName({ElementKind::Topic, name});
    addInt(QStringLiteral("partitions"), tr("&Partitions"), 1, 1024, via(topic, [](TopicSpec &t) -> int & { return t.config.partitions; }));
    addInt(QStringLiteral("replicationFactor"), tr("&Replication factor"), 1, kMaxNodes,
           via(topic, [](TopicSpec &t) -> int & { return t.config.replicationFactor; }));
    addInt(QStringLiteral("minInsyncReplicas"), tr("&Min in-sync replicas"), 1, kMaxNodes,
           via(topic, [](TopicSpec &t) -> int & { return t.config.minInsyncReplicas; }));
    addBool(QStringLiteral("unclean"), tr("&Unclean election"), via(topic, [](TopicSpec &t) -> bool & { return t.config.uncleanLeaderElection; }),
            tr("A replica outside the ISR may become leader: the partition stays available, but acknowledged writes can be lost."));
    addDuration(QStringLiteral("retention"), tr("Re&tention"), kSecond, 1e9,
                via(topic, [](TopicSpec &t) -> Micros & { return t.config.log.retentionTime; }), tr("forever"));
    addBool(QStringLiteral("compact"), tr("&Compacted"), via(topic, [](TopicSpec &t) -> bool & { return t.config.log.compact; }),
            tr("Compaction keeps the last record per key."));
}

void TopologyProperties::buildQueue(const QString &name)
{
    const QueueSpec *q = findQueue(m_scenario, name);
    begin(elementLabel({ElementKind::Queue, name}), q ? tr("Its records live in the topic \"%1\".").arg(q->config.topic) : QString());
    const auto queue = queueOf(name);
    const QString topicName = q ? q->config.topic : QString();
    const auto topic = topicOf(topicName);
    addName({ElementKind::Queue, name});
    addInt(QStringLiteral("partitions"), tr("&Partitions"), 1, 1024, via(topic, [](TopicSpec &t) -> int & { return t.config.partitions; }));
    addInt(QStringLiteral("replicationFactor"), tr("&Replication factor"), 1, kMaxNodes,
           via(topic, [](TopicSpec &t) -> int & { return t.config.replicationFactor; }));
    addInt(QStringLiteral("minInsyncReplicas"), tr("&Min in-sync replicas"), 1, kMaxNodes,
           via(topic, [](TopicSpec &t) -> int & { return t.config.minInsyncReplicas; }));
    addDuration(QStringLiteral("visibility"), tr("&Visibility timeout"), kMillisecond, 3.6e6,
                via(queue, [](QueueSpec &x) -> Micros & { return x.config.visibilityTimeout; }));
    addInt(QStringLiteral("maxDeliveries"), tr("Max &deliveries"), 1, 1000, via(queue, [](QueueSpec &x) -> int & { return x.config.maxDeliveries; }));
    addTopicChoice(QStringLiteral("deadLetter"), tr("Dead-&letter topic"), via(queue, [](QueueSpec &x) -> QString & { return x.config.deadLetterTopic; }), true);
    addBool(QStringLiteral("fifo"), tr("&FIFO order"), via(queue, [](QueueSpec &x) -> bool & { return x.config.fifo; }),
            tr("In order per message group (the header \"group\", else the key)."));
    addDuration(QStringLiteral("dedup"), tr("D&eduplication window"), kSecond, 1e6,
                via(queue, [](QueueSpec &x) -> Micros & { return x.config.deduplicationWindow; }));
}

void TopologyProperties::buildExchange(const QString &name)
{
    begin(elementLabel({ElementKind::Exchange, name}), tr("Select one of its arrows to change that binding's key."));
    addName({ElementKind::Exchange, name});
    addEnum<ExchangeType>(QStringLiteral("type"), tr("&Type"),
                          {{ExchangeType::Direct, tr("direct")}, {ExchangeType::Topic, tr("topic")}, {ExchangeType::Fanout, tr("fanout")},
                           {ExchangeType::Headers, tr("headers")}},
                          via(exchangeOf(name), [](ExchangeSpec &x) -> ExchangeType & { return x.type; }));
}

void TopologyProperties::buildProducer(const QString &name)
{
    begin(elementLabel({ElementKind::Producer, name}), {});
    const auto p = producerOf(name);
    addName({ElementKind::Producer, name});
    addTopicChoice(QStringLiteral("topic"), tr("&Topic"), via(p, [](ProducerSpec &x) -> QString & { return x.load.topic; }), false);
    addReal(QStringLiteral("rate"), tr("&Rate"), 0, 1e8, 0, via(p, [](ProducerSpec &x) -> double & { return x.load.recordsPerSecond; }), tr(" rec/s"));
    addInt(QStringLiteral("keys"), tr("&Keys"), 0, 1 << 20, via(p, [](ProducerSpec &x) -> int & { return x.load.keys; }));
    addInt(QStringLiteral("valueBytes"), tr("&Value size"), RecordTag::kSize, 1 << 20, via(p, [](ProducerSpec &x) -> int & { return x.load.valueBytes; }), tr(" B"));
    addEnum<Acks>(QStringLiteral("acks"), tr("&Acks"), acksChoices(), via(p, [](ProducerSpec &x) -> Acks & { return x.config.acks; }));
    addBool(QStringLiteral("idempotent"), tr("&Idempotent"), via(p, [](ProducerSpec &x) -> bool & { return x.config.idempotent; }));
    addDuration(QStringLiteral("linger"), tr("&Linger"), kMillisecond, 60000, via(p, [](ProducerSpec &x) -> Micros & { return x.config.linger; }));
    addInt(QStringLiteral("batchRecords"), tr("&Batch records"), 1, 100000, via(p, [](ProducerSpec &x) -> int & { return x.config.batchRecords; }));
    addInt(QStringLiteral("maxInFlight"), tr("Max in &flight"), 1, 100, via(p, [](ProducerSpec &x) -> int & { return x.config.maxInFlight; }));
    addEnum<Partitioner>(QStringLiteral("partitioner"), tr("&Partitioner"),
                         {{Partitioner::KeyHash, tr("key hash")}, {Partitioner::RoundRobin, tr("round robin")}},
                         via(p, [](ProducerSpec &x) -> Partitioner & { return x.config.partitioner; }));
    addDuration(QStringLiteral("start"), tr("&Starts at"), kSecond, 1e6, via(p, [](ProducerSpec &x) -> Micros & { return x.load.startAt; }));
    addDuration(QStringLiteral("stop"), tr("St&ops at"), kSecond, 1e6, via(p, [](ProducerSpec &x) -> Micros & { return x.load.stopAt; }), tr("never"));
}

void TopologyProperties::buildService(const QString &name)
{
    const ServiceSpec *sv = findService(m_scenario, name);
    const bool queue = sv && !sv->queue.isEmpty();
    begin(elementLabel({ElementKind::Service, name}),
          !sv ? QString()
              : queue ? tr("Consumers of the queue \"%1\".").arg(sv->queue)
                      : tr("A consumer group reading %1.").arg(sv->topics.join(QStringLiteral(", "))));
    const auto s = serviceOf(name);
    addName({ElementKind::Service, name});
    addInt(QStringLiteral("members"), queue ? tr("&Consumers") : tr("&Members"), 0, 64, via(s, [](ServiceSpec &x) -> int & { return x.members; }));
    addDuration(QStringLiteral("processing"), tr("&Processing time"), kMillisecond, 60000,
                via(s, [](ServiceSpec &x) -> Micros & { return x.processingTime; }));
    if (!queue) {
        addChoice(QStringLiteral("assignor"), tr("&Assignor"),
                  {{0, QStringLiteral("range")}, {1, QStringLiteral("roundrobin")}, {2, QStringLiteral("cooperative-sticky")}},
                  [name](const Scenario &sc) {
                      const ServiceSpec *x = findService(sc, name);
                      const QStringList all{QStringLiteral("range"), QStringLiteral("roundrobin"), QStringLiteral("cooperative-sticky")};
                      return x ? int(all.indexOf(x->assignor)) : -1;
                  },
                  [name](Scenario &sc, int v) {
                      const QStringList all{QStringLiteral("range"), QStringLiteral("roundrobin"), QStringLiteral("cooperative-sticky")};
                      if (ServiceSpec *x = findService(sc, name))
                          x->assignor = all.value(v);
                  });
        addEnum<CommitMode>(QStringLiteral("commit"), tr("C&ommit"), {{CommitMode::Auto, tr("auto")}, {CommitMode::Manual, tr("manual, after each batch")}},
                            via(s, [](ServiceSpec &x) -> CommitMode & { return x.commit; }));
        addEnum<DeliveryMode>(QStringLiteral("delivery"), tr("&Delivery"), {{DeliveryMode::Pull, tr("pull")}, {DeliveryMode::Push, tr("push")}},
                              via(s, [](ServiceSpec &x) -> DeliveryMode & { return x.delivery; }));
        addEnum<Isolation>(QStringLiteral("isolation"), tr("&Isolation"),
                           {{Isolation::ReadUncommitted, tr("read uncommitted")}, {Isolation::ReadCommitted, tr("read committed")}},
                           via(s, [](ServiceSpec &x) -> Isolation & { return x.isolation; }));
        addEnum<OffsetReset>(QStringLiteral("reset"), tr("Offset &reset"), {{OffsetReset::Earliest, tr("earliest")}, {OffsetReset::Latest, tr("latest")}},
                             via(s, [](ServiceSpec &x) -> OffsetReset & { return x.reset; }));
        addInt(QStringLiteral("maxPoll"), tr("Max poll &records"), 1, 100000, via(s, [](ServiceSpec &x) -> int & { return x.maxPollRecords; }));
    }
    addInt(QStringLiteral("prefetch"), tr("Pre&fetch"), 1, 100000, via(s, [](ServiceSpec &x) -> int & { return x.prefetch; }));
    addBool(QStringLiteral("dedupe"), tr("D&eduplicate"), via(s, [](ServiceSpec &x) -> bool & { return x.dedupe; }),
            tr("An idempotent consumer: ids it already handled are skipped."));
    addDuration(QStringLiteral("start"), tr("&Starts at"), kSecond, 1e6, via(s, [](ServiceSpec &x) -> Micros & { return x.startAt; }));
}

void TopologyProperties::buildPublisher(const QString &name)
{
    begin(elementLabel({ElementKind::Publisher, name}), tr("Publishes through its exchange, cycling over the routing keys."));
    const auto p = publisherOf(name);
    addName({ElementKind::Publisher, name});
    addList(QStringLiteral("routingKeys"), tr("Routing &keys"), via(p, [](PublisherSpec &x) -> QStringList & { return x.routingKeys; }));
    addReal(QStringLiteral("rate"), tr("&Rate"), 0, 1e6, 0, via(p, [](PublisherSpec &x) -> double & { return x.rate; }), tr(" msg/s"));
    addDuration(QStringLiteral("start"), tr("&Starts at"), kSecond, 1e6, via(p, [](PublisherSpec &x) -> Micros & { return x.startAt; }));
    addDuration(QStringLiteral("stop"), tr("St&ops at"), kSecond, 1e6, via(p, [](PublisherSpec &x) -> Micros & { return x.stopAt; }), tr("never"));
}

void TopologyProperties::buildRequester(const QString &name)
{
    begin(elementLabel({ElementKind::Requester, name}), {});
    const auto r = requesterOf(name);
    addName({ElementKind::Requester, name});
    addTopicChoice(QStringLiteral("requestTopic"), tr("Re&quest topic"), via(r, [](RequesterSpec &x) -> QString & { return x.requestTopic; }), false);
    addTopicChoice(QStringLiteral("replyTopic"), tr("Re&ply topic"), via(r, [](RequesterSpec &x) -> QString & { return x.replyTopic; }), false);
    addReal(QStringLiteral("rate"), tr("&Rate"), 0, 1e6, 0, via(r, [](RequesterSpec &x) -> double & { return x.rate; }), tr(" req/s"));
    addDuration(QStringLiteral("timeout"), tr("&Timeout"), kMillisecond, 3.6e6, via(r, [](RequesterSpec &x) -> Micros & { return x.timeout; }));
}

void TopologyProperties::buildResponder(const QString &name)
{
    begin(elementLabel({ElementKind::Responder, name}), tr("Instances read disjoint partitions of the request topic."));
    const auto r = responderOf(name);
    addName({ElementKind::Responder, name});
    addTopicChoice(QStringLiteral("requestTopic"), tr("Re&quest topic"), via(r, [](ResponderSpec &x) -> QString & { return x.requestTopic; }), false);
    addInt(QStringLiteral("count"), tr("&Instances"), 1, 64, via(r, [](ResponderSpec &x) -> int & { return x.count; }));
}

void TopologyProperties::buildEdge(const TopologyEdge &edge)
{
    const QString from = elementLabel(edge.from), to = elementLabel(edge.to);
    const int index = edge.index;
    switch (edge.kind) {
    case EdgeKind::Emits: {
        begin(tr("%1 emits to %2").arg(from, to), tr("For every record it handles, the service writes an event here."));
        addText(QStringLiteral("event"), tr("&Event"), via(serviceOf(edge.from.name), [index](ServiceSpec &x) -> QString & {
                    return x.emits[std::size_t(index)].event;
                }));
        return;
    }
    case EdgeKind::Binds: {
        const ExchangeSpec *x = findExchange(m_scenario, edge.from.name);
        const bool keyed = x && (x->type == ExchangeType::Direct || x->type == ExchangeType::Topic);
        begin(tr("%1 routes to %2").arg(from, to),
              keyed ? (x->type == ExchangeType::Topic ? tr("A topic exchange matches the key as a pattern: * is one word, # any number of words.")
                                                      : tr("A direct exchange routes messages whose routing key equals the binding key."))
                    : tr("This exchange type ignores binding keys."));
        if (keyed) {
            // The key is bytes in the scenario; it is edited as text.
            const QString exchange = edge.from.name;
            addTextBy(QStringLiteral("key"), tr("Binding &key"),
                      [exchange, index](const Scenario &s) {
                          const ExchangeSpec *e = findExchange(s, exchange);
                          return e && index < int(e->bindings.size()) ? QString::fromUtf8(e->bindings[std::size_t(index)].key) : QString();
                      },
                      [exchange, index](Scenario &s, const QString &key) {
                          if (ExchangeSpec *e = findExchange(s, exchange); e && index < int(e->bindings.size()))
                              e->bindings[std::size_t(index)].key = key.toUtf8();
                      });
        }
        return;
    }
    case EdgeKind::FailsTo:
        begin(tr("%1 sends failures to %2").arg(from, to), {});
        addInt(QStringLiteral("failEvery"), tr("Fails &every"), 0, 1 << 30, via(serviceOf(edge.from.name), [](ServiceSpec &x) -> int & { return x.failEvery; }),
               tr(" th record"));
        addText(QStringLiteral("failEvent"), tr("&Event"), via(serviceOf(edge.from.name), [](ServiceSpec &x) -> QString & { return x.failEvent; }));
        return;
    case EdgeKind::Writes: begin(tr("%1 writes to %2").arg(from, to), tr("Connect the producer to another topic to move it.")); return;
    case EdgeKind::Subscribes: begin(tr("%1 reads %2").arg(to, from), tr("Delete the arrow to stop reading it.")); return;
    case EdgeKind::Publishes: begin(tr("%1 publishes to %2").arg(from, to), {}); return;
    case EdgeKind::Requests: begin(tr("%1 sends requests to %2").arg(from, to), {}); return;
    case EdgeKind::Replies: begin(tr("%1 reads replies from %2").arg(to, from), {}); return;
    case EdgeKind::Serves: begin(tr("%1 answers requests from %2").arg(to, from), {}); return;
    case EdgeKind::DeadLetters:
        begin(tr("%1 dead-letters to %2").arg(from, to), tr("Records delivered more often than the queue's max deliveries go here."));
        return;
    }
}

} // namespace bb
