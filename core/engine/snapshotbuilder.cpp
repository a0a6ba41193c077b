#include <QtGlobal>

#include "engine/snapshotbuilder.h"

#include "engine/consumersnapshots.h"

#include <algorithm>

namespace bb {

void SnapshotBuilder::reset(const Scenario &scenario)
{
    m_scenarioName = scenario.name;
    m_scenarioTitle = scenario.title;
    m_producerTopics.clear();
    for (const auto &p : scenario.producers)
        m_producerTopics.push_back(p.load.topic);
    m_nodeRates.clear();
    m_topics.clear();
    m_lastLeo.clear();
    m_producers.clear();
    m_externalRates.clear();
    m_consumers.reset();
    m_publishedEvents = 0;
}

void SnapshotBuilder::sample(const Cluster &cluster)
{
    const Micros now = cluster.loop().now();
    for (NodeId id : cluster.nodeIds()) {
        const Node *n = cluster.node(id);
        m_nodeRates[id].update(now, n ? n->stats().recordsIn : 0);
    }
    sampleTopics(cluster, now);

    const auto &producers = cluster.producers();
    if (m_producers.size() < producers.size())
        m_producers.resize(producers.size());
    for (std::size_t i = 0; i < producers.size(); ++i) {
        ProducerTrack &t = m_producers[i];
        if (t.name.isEmpty())
            t.name = cluster.clientName(producers[i]->address());
        const ProducerStats &stats = producers[i]->stats();
        t.rate.update(now, stats.recordsAcked);
        const LatencyHistogram window = stats.latency.since(t.previous);
        t.previous = stats.latency;
        // No acknowledgement in the window: leave a gap rather than claim 0 ms.
        if (window.count() == 0)
            continue;
        t.p50.append(now, double(window.quantile(0.50)) / kMillisecond);
        t.p99.append(now, double(window.quantile(0.99)) / kMillisecond);
    }
    const auto &external = cluster.externalProducers().all();
    if (m_externalRates.size() < external.size())
        m_externalRates.resize(external.size());
    for (std::size_t i = 0; i < external.size(); ++i)
        m_externalRates[i].update(now, external[i].acked);
    m_consumers.sample(cluster, now);
}

// A topic's "records in" counts what its leaders appended, like Kafka's
// MessagesInPerSec: growth of each partition's leader log end offset. A
// truncation (the log end going back) does not count as negative traffic.
void SnapshotBuilder::sampleTopics(const Cluster &cluster, Micros now)
{
    const Controller &ctl = cluster.controller();
    for (const auto &[id, meta] : ctl.topics())
        m_topics[id].name = meta.name;
    for (const auto &[tp, state] : ctl.partitions()) {
        const Node *leader = cluster.node(state.leader);
        const Replica *r = leader ? leader->replica(tp) : nullptr;
        if (!r)
            continue;
        const Offset leo = r->log.logEndOffset();
        auto [it, fresh] = m_lastLeo.try_emplace(tp, Offset(0));
        if (leo > it->second)
            m_topics[tp.topic].recordsIn += leo - it->second;
        it->second = leo;
    }
    for (auto &[id, t] : m_topics)
        t.series.append(now, t.rate.update(now, t.recordsIn));
}

ClusterSnapshot SnapshotBuilder::build(const Cluster &cluster, const EngineStatus &status)
{
    ClusterSnapshot s;
    s.time = cluster.loop().now();
    s.speed = status.speed;
    s.achievedSpeed = status.achievedSpeed;
    s.paused = status.paused;
    s.flatOut = status.flatOut;
    s.traceHash = cluster.loop().traceHash();
    s.events = cluster.loop().eventsProcessed();
    s.run = status.run;
    s.scenarioName = m_scenarioName;
    s.scenarioTitle = m_scenarioTitle;
    s.seed = cluster.seed();
    s.nodes = nodes(cluster);
    s.partitions = partitions(cluster);
    for (const auto &[id, meta] : cluster.controller().topics()) {
        TopicSnapshot t;
        t.id = id;
        t.name = meta.name;
        t.partitions = meta.config.partitions;
        t.replicationFactor = meta.config.replicationFactor;
        t.minInsyncReplicas = meta.config.minInsyncReplicas;
        if (auto it = m_topics.find(id); it != m_topics.end()) {
            t.recordsIn = it->second.recordsIn;
            t.recordsInRate = it->second.rate.last();
        }
        s.topics.push_back(t);
    }
    s.producers = producers(cluster);
    s.groups = readGroups(cluster);
    m_consumers.complete(s.groups);
    s.queues = readQueues(cluster);

    // The cluster keeps a bounded log; if more happened since the last
    // snapshot than it holds, the oldest of those are gone.
    const auto &events = cluster.events();
    s.eventCount = cluster.eventCount();
    const auto fresh = std::min<std::int64_t>(s.eventCount - m_publishedEvents, std::int64_t(events.size()));
    if (fresh > 0)
        s.newEvents.assign(events.end() - fresh, events.end());
    m_publishedEvents = s.eventCount;
    s.series = series();
    return s;
}

std::vector<NodeSnapshot> SnapshotBuilder::nodes(const Cluster &cluster) const
{
    const Controller &ctl = cluster.controller();
    const SimNetwork &net = cluster.network();
    std::vector<NodeSnapshot> out;
    for (NodeId id : cluster.nodeIds()) {
        NodeSnapshot n;
        n.id = id;
        const Node *node = cluster.node(id);
        const NodeSpec *spec = cluster.spec(id);
        n.aliveAtController = ctl.isAlive(id);
        if (!node)
            n.state = NodeState::Crashed;
        else if (net.isIsolated(id.value))
            n.state = NodeState::Isolated;
        else if (!n.aliveAtController)
            n.state = ctl.registeredIncarnation(id) == node->incarnation() ? NodeState::Fenced : NodeState::Starting;
        if (spec) {
            n.flush = spec->config.flush;
            n.flushInterval = spec->config.flushInterval;
            n.storage = spec->storage;
        }
        if (const Store *store = cluster.store(id))
            n.pendingWrites = std::int64_t(store->pendingWrites());
        for (const auto &[tp, state] : ctl.partitions()) {
            n.leaders += state.leader == id ? 1 : 0;
            n.partitions += state.isReplica(id) ? 1 : 0;
        }
        if (node) {
            n.registered = node->isRegistered();
            n.incarnation = node->incarnation();
            n.recordsIn = node->stats().recordsIn;
            for (const Replica *r : node->replicas())
                n.bytes += r->log.sizeBytes();
        }
        if (auto it = m_nodeRates.find(id); it != m_nodeRates.end())
            n.recordsInRate = it->second.last();
        if (n.state != NodeState::Isolated) {
            auto cut = [&](std::int32_t host) { return net.isCut(id.value, host) || net.isCut(host, id.value); };
            n.cutFromController = cut(kControllerHost);
            for (NodeId peer : cluster.nodeIds())
                if (peer != id && cut(peer.value))
                    n.cutFromNodes.push_back(peer);
        }
        out.push_back(std::move(n));
    }
    return out;
}

std::vector<PartitionSnapshot> SnapshotBuilder::partitions(const Cluster &cluster) const
{
    const Controller &ctl = cluster.controller();
    std::vector<PartitionSnapshot> out;
    out.reserve(ctl.partitions().size());
    for (const auto &[tp, state] : ctl.partitions()) {
        PartitionSnapshot p;
        p.tp = tp;
        if (auto it = ctl.topics().find(tp.topic); it != ctl.topics().end())
            p.topic = it->second.name;
        p.leader = state.leader;
        p.leaderEpoch = state.leaderEpoch;
        p.replicas = state.replicas;
        p.isr = state.isr;
        p.offline = state.leader == kNoNode;
        p.underReplicated = state.isr.size() < state.replicas.size();
        p.lostOn = state.lostOn;
        p.lostFrom = state.lostFrom;
        p.lostTo = state.lostTo;
        for (NodeId id : state.replicas) {
            ReplicaSnapshot r;
            r.node = id;
            r.inIsr = state.inIsr(id);
            r.isLeader = id == state.leader;
            const Node *node = cluster.node(id);
            r.up = node != nullptr;
            if (const Replica *rep = node ? node->replica(tp) : nullptr) {
                r.logStart = rep->log.logStartOffset();
                r.hw = rep->hw;
                r.lso = rep->lastStableOffset();
                r.leo = rep->log.logEndOffset();
                r.bytes = rep->log.sizeBytes();
            }
            if (r.isLeader) {
                p.logStart = r.logStart;
                p.hw = r.hw;
                p.lso = r.lso;
                p.leo = r.leo;
            }
            p.replicaStates.push_back(r);
        }
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<ProducerSnapshot> SnapshotBuilder::producers(const Cluster &cluster) const
{
    std::vector<ProducerSnapshot> out;
    const auto &producers = cluster.producers();
    for (std::size_t i = 0; i < producers.size(); ++i) {
        const Producer &pr = *producers[i];
        const ProducerStats &st = pr.stats();
        ProducerSnapshot p;
        p.name = cluster.clientName(pr.address());
        p.topic = i < m_producerTopics.size() ? m_producerTopics[i] : QString();
        // Added to the running cluster after the build: its load knows.
        for (const LoadGenerator *load : cluster.loads())
            if (p.topic.isEmpty() && &load->producer() == &pr)
                p.topic = load->config().topic;
        p.acks = pr.config().acks;
        p.sent = st.recordsSent;
        p.acked = st.recordsAcked;
        p.failed = st.recordsFailed;
        p.retries = st.retries;
        p.ackedRate = i < m_producers.size() ? m_producers[i].rate.last() : 0;
        p.p50 = st.latency.quantile(0.50);
        p.p99 = st.latency.quantile(0.99);
        p.p999 = st.latency.quantile(0.999);
        out.push_back(std::move(p));
    }
    const auto &external = cluster.externalProducers().all();
    for (std::size_t i = 0; i < external.size(); ++i) {
        const ExternalProducerTally &t = external[i];
        ProducerSnapshot p;
        p.name = t.clientId;
        p.external = true;
        p.topic = QStringList(t.topics.begin(), t.topics.end()).join(QStringLiteral(", "));
        p.acks = t.acks;
        p.sent = t.sent;
        p.acked = t.acked;
        p.failed = t.failed;
        p.ackedRate = i < m_externalRates.size() ? m_externalRates[i].last() : 0;
        out.push_back(std::move(p));
    }
    return out;
}

SeriesSnapshot SnapshotBuilder::series() const
{
    SeriesSnapshot s;
    for (const auto &[id, t] : m_topics)
        s.topics.push_back({t.name, t.series.toVector()});
    for (std::size_t i = 0; i < m_producers.size(); ++i) {
        ProducerSeries p;
        p.producer = m_producers[i].name;
        p.p50Ms = m_producers[i].p50.toVector();
        p.p99Ms = m_producers[i].p99.toVector();
        s.producers.push_back(std::move(p));
    }
    m_consumers.fillSeries(s);
    return s;
}

} // namespace bb
