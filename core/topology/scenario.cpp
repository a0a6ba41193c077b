#include "scenario.h"

#include <QCoreApplication>

namespace bb {

Scenario defaultScenario()
{
    Scenario s;
    s.name = QStringLiteral("default");
    s.title = QStringLiteral("Three nodes, one replicated topic");
    s.description = QStringLiteral("A 3-node cluster with the topic orders (6 partitions, replication factor 3, "
                                   "min.insync.replicas 2) and a checkout producer writing with acks=all.");
    s.seed = 42;
    for (int i = 0; i < 3; ++i) {
        NodeSpec n;
        n.id = NodeId(i);
        n.config.flush = FlushPolicy::Interval;
        s.cluster.nodes.push_back(n);
    }
    s.cluster.network.latency = 1 * kMillisecond;
    s.cluster.network.jitter = 500;
    TopicSpec t;
    t.name = QStringLiteral("orders");
    t.config.partitions = 6;
    t.config.replicationFactor = 3;
    t.config.minInsyncReplicas = 2;
    t.config.log.retentionBytes = 64 << 20;
    s.topics.push_back(t);
    ProducerSpec p;
    p.name = QStringLiteral("checkout");
    p.load.topic = t.name;
    p.load.recordsPerSecond = 2000;
    p.load.keys = 64;
    s.producers.push_back(p);
    return s;
}

Result<std::unique_ptr<Cluster>> buildCluster(const Scenario &scenario, std::uint64_t seed)
{
    auto cluster = Cluster::create(scenario.cluster, seed);
    if (!cluster)
        return cluster.error();
    Cluster &c = **cluster;
    for (const auto &t : scenario.topics)
        if (auto id = c.createTopic(t.name, t.config); !id)
            return id.error();
    for (const auto &p : scenario.producers) {
        bool known = false;
        for (const auto &t : scenario.topics)
            known = known || t.name == p.load.topic;
        if (!known)
            return Error(Errc::UnknownTopic,
                         QCoreApplication::translate("bb::Scenario", "Producer \"%1\" writes to topic \"%2\", which the scenario does not define; add the topic or fix the name.")
                             .arg(p.name, p.load.topic));
        Producer &producer = c.addProducer(p.name, p.config);
        c.addLoad(producer, p.load);
    }
    c.schedule(scenario.faults);
    return cluster;
}

} // namespace bb
