#include "controller.h"

#include <QCoreApplication>

#include <algorithm>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::Controller", s); }

QString nodeList(const std::vector<NodeId> &nodes)
{
    QStringList parts;
    for (NodeId n : nodes)
        parts << QString::number(n.value);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

enum TimerTag : std::uint64_t { SessionCheck = 1 };

} // namespace

Controller::Controller(EventLoop &loop, Transport &transport, std::vector<NodeId> nodes, ControllerConfig config)
    : m_loop(loop)
    , m_transport(transport)
    , m_config(config)
    , m_nodes(std::move(nodes))
{
    for (NodeId n : m_nodes)
        m_brokers[n];
}

void Controller::start() { m_loop.schedule(m_config.sessionCheckInterval, kControllerActor, SessionCheck); }

bool Controller::isAlive(NodeId n) const
{
    auto it = m_brokers.find(n);
    return it != m_brokers.end() && it->second.alive;
}

std::int64_t Controller::registeredIncarnation(NodeId n) const
{
    auto it = m_brokers.find(n);
    return it != m_brokers.end() ? it->second.incarnation : -1;
}

Result<TopicId> Controller::topicId(const QString &name) const
{
    for (const auto &[id, t] : m_topics)
        if (t.name == name)
            return id;
    return Error(Errc::UnknownTopic, tr("There is no topic named \"%1\".").arg(name));
}

namespace {

// Kafka's rule for topic names: ASCII letters, digits, '.', '_' and '-', at
// most 249 characters (the name goes into directory names), not "." or "..".
Error checkTopicName(const QString &name)
{
    constexpr qsizetype kMaxLength = 249;
    if (name.size() > kMaxLength)
        return Error(Errc::InvalidConfig, tr("The topic name \"%1…\" has %2 characters; Kafka allows at most %3.")
                                              .arg(name.left(20)).arg(name.size()).arg(kMaxLength));
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return Error(Errc::InvalidConfig, tr("A topic cannot be named \"%1\"; choose a name with letters or digits.").arg(name));
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool legal = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!legal)
            return Error(Errc::InvalidConfig, tr("The topic name \"%1\" contains \"%2\"; use only the letters a-z and A-Z, digits, '.', '_' and '-'.")
                                                  .arg(name, c.isSpace() ? tr("a space") : QString(c)));
    }
    return {};
}

} // namespace

Result<TopicId> Controller::createTopic(const QString &name, const TopicConfig &config)
{
    const int n = int(m_nodes.size());
    if (name.trimmed().isEmpty())
        return Error(Errc::InvalidConfig, tr("A topic needs a name."));
    if (Error err = checkTopicName(name))
        return err;
    if (topicId(name).ok())
        return Error(Errc::InvalidConfig, tr("A topic named \"%1\" already exists; choose another name.").arg(name));
    if (config.partitions < 1)
        return Error(Errc::InvalidConfig, tr("Topic \"%1\" needs at least one partition.").arg(name));
    if (config.partitions > 1024)
        return Error(Errc::InvalidConfig, tr("Topic \"%1\" asks for %2 partitions; use at most 1024.").arg(name).arg(config.partitions));
    if (config.replicationFactor < 1)
        return Error(Errc::InvalidConfig, tr("Topic \"%1\" needs a replication factor of at least 1.").arg(name));
    if (config.replicationFactor > n)
        return Error(Errc::InvalidConfig,
                     tr("Topic \"%1\" asks for replication factor %2 but the cluster has %3 node(s); "
                        "add nodes or lower the replication factor.").arg(name).arg(config.replicationFactor).arg(n));
    if (config.minInsyncReplicas < 1 || config.minInsyncReplicas > config.replicationFactor)
        return Error(Errc::InvalidConfig,
                     tr("Topic \"%1\": min.insync.replicas must be between 1 and the replication factor (%2).")
                         .arg(name).arg(config.replicationFactor));

    const TopicId id(m_nextTopicId++);
    m_topics[id] = TopicMeta{id, name, config};
    m_topicsDirty = true;
    // Kafka's assignment: replica i of partition p on node (start + p + i),
    // so leaders (first replicas) spread over the nodes.
    const int start = id.value % n;
    for (int p = 0; p < config.partitions; ++p) {
        PartitionState s;
        s.tp = {id, PartitionId(p)};
        for (int i = 0; i < config.replicationFactor; ++i)
            s.replicas.push_back(m_nodes[std::size_t((start + p + i) % n)]);
        // Every replica of a new partition is trivially in sync: all logs are empty.
        s.isr = s.replicas;
        const auto leader = pickLeader(s, kNoNode);
        s.leader = leader ? *leader : kNoNode;
        m_partitions[s.tp] = s;
        changed(m_partitions[s.tp]);
    }
    report(ClusterEventKind::TopicCreated, kNoNode, {id, PartitionId(-1)},
         tr("Topic %1 created: %2 partitions, replication factor %3, min.insync.replicas %4.")
             .arg(name).arg(config.partitions).arg(config.replicationFactor).arg(config.minInsyncReplicas));
    publish();
    return id;
}

Result<TopicId> Controller::deleteTopic(const QString &name)
{
    auto id = topicId(name);
    if (!id)
        return id;
    const int partitions = m_topics[*id].config.partitions;
    m_topics.erase(*id);
    std::erase_if(m_partitions, [&](const auto &e) { return e.first.topic == *id; });
    std::erase_if(m_dirty, [&](const TopicPartition &tp) { return tp.topic == *id; });
    m_topicsDirty = true;
    report(ClusterEventKind::TopicDeleted, kNoNode, {*id, PartitionId(-1)},
           tr("Topic %1 deleted with its %2 partition(s); every node drops its replicas and their logs.")
               .arg(name).arg(partitions));
    publish();
    return id;
}

void Controller::onMessage(ActorId from, Message &message)
{
    if (auto *m = std::get_if<BrokerHeartbeat>(&message))
        handle(from, *m);
    else if (auto *m = std::get_if<AlterPartition>(&message))
        handle(from, *m);
    else if (auto *m = std::get_if<BrokerRegistration>(&message))
        handle(from, *m);
}

void Controller::onTimer(std::uint64_t tag)
{
    if (tag != SessionCheck)
        return;
    const Micros now = m_loop.now();
    for (auto &[n, b] : m_brokers)
        if (b.alive && now - b.lastHeartbeat > m_config.sessionTimeout)
            fence(n, tr("Node %1 missed its heartbeats for %2 ms and was fenced.").arg(n.value).arg(m_config.sessionTimeout / kMillisecond));
    // Offline partitions are elected here rather than at each registration,
    // so nodes that come up together get their preferred leaderships.
    electOffline();
    if (m_config.leaderRebalanceInterval > 0 && now - m_lastRebalance >= m_config.leaderRebalanceInterval) {
        m_lastRebalance = now;
        electPreferred();
    }
    publish();
    m_loop.schedule(m_config.sessionCheckInterval, kControllerActor, SessionCheck);
}

void Controller::handle(ActorId from, const BrokerRegistration &m)
{
    auto it = m_brokers.find(m.node);
    if (it == m_brokers.end() || from != nodeActor(m.node))
        return;
    Broker &b = it->second;
    if (b.alive && b.incarnation == m.incarnation) {
        // The same process asking again: its first answer is still on the
        // way (a link slower than its retry). Answering with the current
        // registration keeps it; fencing it would start over every time and
        // the node would never settle.
        m_transport.send(kControllerActor, from, fullUpdate(m.node));
        return;
    }
    // A node that registers again (a restart, or after being fenced) may have
    // lost records it had acknowledged as a follower: its earlier incarnation
    // leaves every ISR before the new one joins.
    if (b.alive)
        fence(m.node, tr("Node %1 registered again; its previous incarnation was fenced.").arg(m.node.value));
    b.alive = true;
    b.brokerEpoch = m_nextBrokerEpoch++;
    b.incarnation = m.incarnation;
    b.lastHeartbeat = m_loop.now();
    report(ClusterEventKind::NodeRegistered, m.node, {TopicId(-1), PartitionId(-1)},
         tr("Node %1 registered with broker epoch %2.").arg(m.node.value).arg(b.brokerEpoch));
    noteDataLoss(m);
    publish();
    m_transport.send(kControllerActor, from, fullUpdate(m.node));
}

void Controller::handle(ActorId from, const BrokerHeartbeat &m)
{
    auto it = m_brokers.find(m.node);
    if (it == m_brokers.end())
        return;
    Broker &b = it->second;
    if (!b.alive || b.brokerEpoch != m.brokerEpoch) {
        MetadataUpdate reject;
        reject.version = m_version;
        reject.brokerEpoch = -1; // "register again"
        m_transport.send(kControllerActor, from, std::move(reject));
        return;
    }
    b.lastHeartbeat = m_loop.now();
    if (m.metadataVersion < m_version)
        m_transport.send(kControllerActor, from, fullUpdate(m.node));
}

void Controller::handle(ActorId from, const AlterPartition &m)
{
    AlterPartitionResponse r;
    r.tp = m.tp;
    auto pit = m_partitions.find(m.tp);
    auto bit = m_brokers.find(m.leader);
    if (pit == m_partitions.end()) {
        r.error = Errc::UnknownPartition;
    } else if (bit == m_brokers.end() || !bit->second.alive || bit->second.brokerEpoch != m.brokerEpoch) {
        r.error = Errc::StaleBrokerEpoch;
    } else if (pit->second.leader != m.leader || pit->second.leaderEpoch != m.leaderEpoch
               || pit->second.partitionEpoch != m.partitionEpoch) {
        r.error = Errc::FencedLeaderEpoch;
    } else {
        PartitionState &p = pit->second;
        bool valid = std::find(m.newIsr.begin(), m.newIsr.end(), m.leader) != m.newIsr.end();
        bool stale = false;
        for (std::size_t i = 0; i < m.newIsr.size(); ++i) {
            const NodeId n = m.newIsr[i];
            valid = valid && p.isReplica(n) && (isAlive(n) || p.inIsr(n));
            // A joining member must have caught up in its current
            // incarnation: the leader's view may come from a fetch its
            // previous one sent before it lost its log (KIP-903).
            if (!p.inIsr(n)) {
                auto b = m_brokers.find(n);
                const std::int64_t epoch = i < m.newIsrBrokerEpochs.size() ? m.newIsrBrokerEpochs[i] : -1;
                stale = stale || b == m_brokers.end() || b->second.brokerEpoch != epoch;
            }
        }
        if (!valid) {
            r.error = Errc::InvalidConfig;
        } else if (stale) {
            r.error = Errc::StaleBrokerEpoch;
        } else {
            const bool shrink = m.newIsr.size() < p.isr.size();
            const auto old = p.isr;
            p.isr = m.newIsr;
            changed(p);
            report(shrink ? ClusterEventKind::IsrShrunk : ClusterEventKind::IsrExpanded, m.leader, m.tp,
                 tr("%1-%2: ISR %3 -> %4.").arg(m_topics[m.tp.topic].name).arg(m.tp.partition.value)
                     .arg(nodeList(old), nodeList(p.isr)));
            publish();
        }
    }
    if (pit != m_partitions.end())
        r.state = pit->second;
    m_transport.send(kControllerActor, from, std::move(r));
}

// A node back from damaged storage. Where it is the only in-sync replica
// (Kafka keeps the last one, so it can lead when it returns), no replica
// that may lead holds what it lost: those records are gone, and the
// partition says so from now on. It leads again with what is left, which
// passed its checks, rather than staying offline for good.
void Controller::noteDataLoss(const BrokerRegistration &m)
{
    if (m.damagedLogs.empty() && !m.storeLost)
        return;
    for (auto &[tp, p] : m_partitions) {
        if (p.isr.size() != 1 || p.isr.front() != m.node)
            continue;
        auto lost = std::find_if(m.damagedLogs.begin(), m.damagedLogs.end(), [&](const LostRange &r) { return r.tp == tp; });
        if (lost == m.damagedLogs.end() && !m.storeLost)
            continue;
        const Offset from = lost != m.damagedLogs.end() ? lost->from : Offset(0);
        const Offset to = lost != m.damagedLogs.end() ? lost->to : Offset(-1);
        if (p.lostOn == m.node && p.lostFrom == from && p.lostTo == to)
            continue; // the same incarnation registering again after it was fenced: said already
        p.lostOn = m.node;
        p.lostFrom = from;
        p.lostTo = to;
        changed(p);
        const QString name = QStringLiteral("%1-%2").arg(m_topics[tp.topic].name).arg(tp.partition.value);
        report(ClusterEventKind::DataLost, m.node, tp,
               lost != m.damagedLogs.end()
                   ? tr("%1 LOST offsets %2 to %3: node %4, its only in-sync replica, came back from damaged storage without "
                        "them, and no other in-sync replica holds them. The partition serves what is left.")
                         .arg(name).arg(p.lostFrom.value).arg(p.lostTo.value - 1).arg(m.node.value)
                   : tr("%1 LOST its records: node %2, its only in-sync replica, came back from damaged storage with an "
                        "empty log, and no other in-sync replica holds what it had. The partition starts again from what "
                        "is written next.").arg(name).arg(m.node.value));
    }
}

std::optional<NodeId> Controller::pickLeader(const PartitionState &p, NodeId excluding) const
{
    for (NodeId r : p.replicas)
        if (r != excluding && p.inIsr(r) && isAlive(r))
            return r;
    return std::nullopt;
}

void Controller::fence(NodeId n, const QString &why)
{
    Broker &b = m_brokers[n];
    if (!b.alive)
        return;
    b.alive = false;
    report(ClusterEventKind::NodeFenced, n, {TopicId(-1), PartitionId(-1)}, why);
    for (auto &[tp, p] : m_partitions) {
        const QString name = QStringLiteral("%1-%2").arg(m_topics[tp.topic].name).arg(tp.partition.value);
        if (p.leader == n) {
            if (auto next = pickLeader(p, n)) {
                p.leader = *next;
                p.isr.erase(std::remove(p.isr.begin(), p.isr.end(), n), p.isr.end());
                ++p.leaderEpoch.value;
                report(ClusterEventKind::LeaderElected, *next, tp,
                     tr("%1: node %2 elected leader (epoch %3) from ISR %4.").arg(name).arg(next->value)
                         .arg(p.leaderEpoch.value).arg(nodeList(p.isr)));
            } else if (m_topics[tp.topic].config.uncleanLeaderElection) {
                std::optional<NodeId> any;
                for (NodeId r : p.replicas)
                    if (r != n && isAlive(r) && !any)
                        any = r;
                if (any) {
                    p.leader = *any;
                    p.isr = {*any};
                    ++p.leaderEpoch.value;
                    report(ClusterEventKind::UncleanElection, *any, tp,
                         tr("%1: no in-sync replica left; node %2 elected UNCLEAN leader (epoch %3): "
                            "records only the old leader had are lost.").arg(name).arg(any->value).arg(p.leaderEpoch.value));
                } else {
                    p.leader = kNoNode;
                    ++p.leaderEpoch.value;
                    report(ClusterEventKind::PartitionOffline, kNoNode, tp, tr("%1 is offline: no live replica.").arg(name));
                }
            } else {
                // Kafka keeps the last ISR member so it can lead again when it returns.
                if (p.isr.size() > 1)
                    p.isr.erase(std::remove(p.isr.begin(), p.isr.end(), n), p.isr.end());
                p.leader = kNoNode;
                ++p.leaderEpoch.value;
                report(ClusterEventKind::PartitionOffline, kNoNode, tp,
                     tr("%1 is offline: no in-sync replica is alive (ISR %2); waiting for it to return.").arg(name, nodeList(p.isr)));
            }
            changed(p);
        } else if (p.inIsr(n) && p.isr.size() > 1) {
            const auto old = p.isr;
            p.isr.erase(std::remove(p.isr.begin(), p.isr.end(), n), p.isr.end());
            report(ClusterEventKind::IsrShrunk, p.leader, tp, tr("%1: ISR %2 -> %3 (node %4 fenced).").arg(name, nodeList(old), nodeList(p.isr)).arg(n.value));
            changed(p);
        }
    }
}

void Controller::electOffline()
{
    for (auto &[tp, p] : m_partitions) {
        if (p.leader != kNoNode)
            continue;
        const QString name = QStringLiteral("%1-%2").arg(m_topics[tp.topic].name).arg(tp.partition.value);
        if (auto n = pickLeader(p, kNoNode)) {
            p.leader = *n;
            ++p.leaderEpoch.value;
            report(ClusterEventKind::LeaderElected, *n, tp,
                   tr("%1: node %2 elected leader (epoch %3) from ISR %4.").arg(name).arg(n->value).arg(p.leaderEpoch.value).arg(nodeList(p.isr)));
            changed(p);
        } else if (m_topics[tp.topic].config.uncleanLeaderElection) {
            for (NodeId r : p.replicas) {
                if (!isAlive(r))
                    continue;
                p.leader = r;
                p.isr = {r};
                ++p.leaderEpoch.value;
                report(ClusterEventKind::UncleanElection, r, tp,
                       tr("%1: node %2 elected UNCLEAN leader (epoch %3) though it was not in sync; "
                          "records only the old leader had are lost.").arg(name).arg(r.value).arg(p.leaderEpoch.value));
                changed(p);
                break;
            }
        }
    }
}

void Controller::electPreferred()
{
    // Kafka's auto leader rebalance: give leadership back to the preferred
    // replica once it is alive and in sync again (a clean election).
    for (auto &[tp, p] : m_partitions) {
        const NodeId preferred = p.replicas.front();
        if (p.leader == preferred || p.leader == kNoNode || !p.inIsr(preferred) || !isAlive(preferred))
            continue;
        p.leader = preferred;
        ++p.leaderEpoch.value;
        report(ClusterEventKind::LeaderElected, preferred, tp,
               tr("%1-%2: leadership moved back to preferred replica node %3 (epoch %4).")
                   .arg(m_topics[tp.topic].name).arg(tp.partition.value).arg(preferred.value).arg(p.leaderEpoch.value));
        changed(p);
    }
}

void Controller::changed(PartitionState &p)
{
    ++p.partitionEpoch;
    m_dirty.push_back(p.tp);
}

void Controller::publish()
{
    if (m_dirty.empty() && !m_topicsDirty)
        return;
    ++m_version;
    std::sort(m_dirty.begin(), m_dirty.end());
    m_dirty.erase(std::unique(m_dirty.begin(), m_dirty.end()), m_dirty.end());
    MetadataUpdate delta;
    delta.version = m_version;
    if (m_topicsDirty) {
        delta.allTopics = true;
        for (const auto &[id, t] : m_topics)
            delta.topics.push_back(t);
    }
    for (const auto &tp : m_dirty)
        delta.partitions.push_back(m_partitions[tp]);
    for (const auto &[n, b] : m_brokers)
        if (b.alive)
            delta.liveNodes.push_back(n);
    for (const auto &[n, b] : m_brokers) {
        if (!b.alive)
            continue;
        MetadataUpdate copy = delta;
        copy.brokerEpoch = b.brokerEpoch;
        m_transport.send(kControllerActor, nodeActor(n), std::move(copy));
    }
    m_dirty.clear();
    m_topicsDirty = false;
}

MetadataUpdate Controller::fullUpdate(NodeId to) const
{
    MetadataUpdate u;
    u.version = m_version;
    u.full = true;
    u.allTopics = true;
    u.brokerEpoch = m_brokers.at(to).brokerEpoch;
    for (const auto &[id, t] : m_topics)
        u.topics.push_back(t);
    for (const auto &[tp, p] : m_partitions)
        u.partitions.push_back(p);
    for (const auto &[n, b] : m_brokers)
        if (b.alive)
            u.liveNodes.push_back(n);
    return u;
}

void Controller::report(ClusterEventKind kind, NodeId node, TopicPartition tp, QString text)
{
    m_loop.trace(0xC0000000ULL | std::uint64_t(kind), (std::uint64_t(std::uint32_t(node.value)) << 32) | tp.key());
    if (m_observer)
        m_observer->onEvent({m_loop.now(), kind, node, tp, std::move(text)});
}

} // namespace bb
