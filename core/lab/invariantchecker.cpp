#include "invariantchecker.h"

#include "client/loadgenerator.h"
#include "coord/groupcoordinator.h"

#include <QCoreApplication>

namespace bb {
namespace {
std::uint64_t recordKey(const RecordTag &t) { return (std::uint64_t(t.generator) << 48) ^ t.sequence; }
constexpr std::size_t kMaxViolations = 50;
} // namespace

InvariantChecker::InvariantChecker(Cluster &cluster)
    : m_cluster(cluster)
{
    m_cluster.addObserver(this);
}

InvariantChecker::~InvariantChecker() { m_cluster.removeObserver(this); }

QString InvariantChecker::name(TopicPartition tp) const
{
    const auto &topics = m_cluster.controller().topics();
    auto it = topics.find(tp.topic);
    return QStringLiteral("%1-%2").arg(it != topics.end() ? it->second.name : QString::number(tp.topic.value)).arg(tp.partition.value);
}

void InvariantChecker::violate(const char *invariant, QString detail)
{
    // One report per invariant and partition: the first says what broke,
    // repeats only drown it.
    const QString key = QLatin1String(invariant) + QLatin1Char('/') + detail.section(QLatin1Char(' '), 0, 0);
    if (!m_reported.insert(key).second)
        return;
    if (m_violations.size() < kMaxViolations)
        m_violations.push_back({QLatin1String(invariant), std::move(detail)});
}

void InvariantChecker::startSampling(Micros interval)
{
    m_interval = interval;
    m_cluster.loop().call(interval, [this] { sample(); });
}

void InvariantChecker::sample()
{
    for (NodeId n : m_cluster.nodeIds()) {
        const Node *node = m_cluster.node(n);
        if (!node)
            continue;
        for (const Replica *r : node->replicas()) {
            auto key = std::make_tuple(n.value, node->incarnation(), r->tp.key());
            auto [it, fresh] = m_hw.try_emplace(key, r->hw);
            if (!fresh && r->hw < it->second)
                violate("hw-went-backwards",
                        QStringLiteral("%1 on node %2: high watermark went from %3 back to %4 at %5 ms")
                            .arg(name(r->tp)).arg(n.value).arg(it->second.value).arg(r->hw.value).arg(m_cluster.loop().now() / kMillisecond));
            it->second = std::max(it->second, r->hw);
        }
    }
    m_cluster.loop().call(m_interval, [this] { sample(); });
}

void InvariantChecker::onBecameLeader(NodeId node, std::int64_t, TopicPartition tp, Epoch epoch)
{
    auto [it, fresh] = m_leaders.try_emplace({tp, epoch.value}, node);
    if (!fresh && it->second != node)
        violate("two-leaders-one-epoch",
                QStringLiteral("%1: nodes %2 and %3 both led epoch %4").arg(name(tp)).arg(it->second.value).arg(node.value).arg(epoch.value));
}

void InvariantChecker::onHighWatermark(NodeId node, std::int64_t incarnation, TopicPartition tp, Offset from, Offset to)
{
    auto key = std::make_tuple(node.value, incarnation, tp.key());
    auto [it, fresh] = m_hw.try_emplace(key, to);
    if (!fresh && to < it->second)
        violate("hw-went-backwards", QStringLiteral("%1 on node %2: high watermark moved from %3 to %4").arg(name(tp)).arg(node.value).arg(from.value).arg(to.value));
    it->second = std::max(it->second, to);
}

void InvariantChecker::onTruncated(NodeId node, TopicPartition tp, Offset to, Offset hw)
{
    if (to < hw)
        violate("hw-went-backwards",
                QStringLiteral("%1: node %2 truncated its log to offset %3, below its high watermark %4 (committed records removed)")
                    .arg(name(tp)).arg(node.value).arg(to.value).arg(hw.value));
}

void InvariantChecker::onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros)
{
    for (const RecordView r : batch) {
        RecordTag tag;
        if (!RecordTag::read(r.value, tag))
            continue;
        m_ackedRecords[recordKey(tag)] = {tp, base.value >= 0 ? base + r.offsetDelta : Offset(-1)};
        ++m_acked;
        ++m_ackedByTopic[tp.topic];
    }
}

std::int64_t InvariantChecker::ackedRecords(TopicId topic) const
{
    auto it = m_ackedByTopic.find(topic);
    return it == m_ackedByTopic.end() ? 0 : it->second;
}

std::int64_t InvariantChecker::lostRecords(TopicId topic) const
{
    auto it = m_lostByTopic.find(topic);
    return it == m_lostByTopic.end() ? 0 : it->second;
}

void InvariantChecker::checkReplicasInSync()
{
    for (const auto &[tp, state] : m_cluster.controller().partitions()) {
        QStringList isr;
        for (NodeId m : state.isr)
            isr << QString::number(m.value);
        const Node *leaderNode = m_cluster.node(state.leader);
        const Replica *leader = leaderNode ? leaderNode->replica(tp) : nullptr;
        for (NodeId n : state.replicas) {
            if (state.inIsr(n))
                continue;
            const Node *node = m_cluster.node(n);
            const Replica *r = node ? node->replica(tp) : nullptr;
            violate("replica-out-of-sync-at-end",
                    QStringLiteral("%1: node %2 is not back in the ISR {%3} after every fault was healed (its log ends at %4, the leader's at %5)")
                        .arg(name(tp)).arg(n.value).arg(isr.join(QLatin1Char(',')))
                        .arg(r ? r->log.logEndOffset().value : -1).arg(leader ? leader->log.logEndOffset().value : -1));
        }
    }
}

void InvariantChecker::checkReplicaContents()
{
    std::vector<LogEntry> leaderEntries, entries;
    for (const auto &[tp, state] : m_cluster.controller().partitions()) {
        const Node *leaderNode = m_cluster.node(state.leader);
        const Replica *leader = leaderNode ? leaderNode->replica(tp) : nullptr;
        if (!leader)
            continue;
        leaderEntries.clear();
        leader->log.read(leader->log.logStartOffset(), leader->hw, INT64_MAX, leaderEntries);
        for (const LogEntry &e : leaderEntries)
            if (Error bad = e.batch.verify())
                violate("damaged-record-served", QStringLiteral("%1: the leader, node %2, holds a damaged batch at offset %3: %4")
                                                     .arg(name(tp)).arg(state.leader.value).arg(e.base.value).arg(bad.message));
        for (NodeId n : state.isr) {
            const Node *node = m_cluster.node(n);
            const Replica *r = node && n != state.leader ? node->replica(tp) : nullptr;
            if (!r)
                continue;
            entries.clear();
            r->log.read(leader->log.logStartOffset(), std::min(r->hw, leader->hw), INT64_MAX, entries);
            for (const LogEntry &e : entries) {
                const LogEntry *l = leader->log.entryContaining(e.base);
                if (!l || l->base != e.base || l->batch.bytes() != e.batch.bytes())
                    violate("replicas-differ", QStringLiteral("%1: node %2's batch at offset %3 differs from the leader's (node %4)")
                                                   .arg(name(tp)).arg(n.value).arg(e.base.value).arg(state.leader.value));
            }
        }
    }
}

void InvariantChecker::onEvent(const ClusterEvent &event)
{
    switch (event.kind) {
    case ClusterEventKind::GroupMemberJoined:
    case ClusterEventKind::GroupMemberLeft:
    case ClusterEventKind::GroupMemberExpired:
    case ClusterEventKind::GroupRebalanceStarted:
    case ClusterEventKind::GroupRebalance:
        checkGroups();
        break;
    default:
        break;
    }
}

void InvariantChecker::checkGroups()
{
    for (const auto &[id, group] : m_cluster.groupCoordinator().groups()) {
        std::map<TopicPartition, const GroupMemberState *> owner;
        for (const GroupMemberState &m : group.members)
            for (TopicPartition tp : m.assignment) {
                auto [it, fresh] = owner.try_emplace(tp, &m);
                if (!fresh)
                    violate("partition-owned-twice", QStringLiteral("group %1, generation %2: %3 is assigned to both %4 and %5")
                                                         .arg(id).arg(group.generation).arg(name(tp), it->second->memberId, m.memberId));
            }
    }
}

void InvariantChecker::finish()
{
    checkGroups();
    // Read each partition's final log from its leader (or, if it has none, the
    // most complete replica) below the high watermark.
    std::unordered_map<std::uint64_t, TopicPartition> present;
    std::map<TopicPartition, Offset> logStart;
    std::set<std::uint32_t> idempotent; // generators whose producer is
    // Which topic each generator writes to: its tags elsewhere are copies
    // (an application's events carry the id of the record they answer) and
    // promise nothing about order or duplicates.
    std::map<std::uint32_t, QString> topicOf;
    for (const LoadGenerator *g : m_cluster.loads()) {
        if (g->producer().isIdempotent())
            idempotent.insert(g->index());
        topicOf[g->index()] = g->config().topic;
    }
    for (const auto &[tp, state] : m_cluster.controller().partitions()) {
        const Replica *leader = nullptr;
        if (const Node *n = m_cluster.node(state.leader))
            leader = n->replica(tp);
        if (!leader) {
            violate("no-leader-at-end", QStringLiteral("%1 has no live leader after every fault was healed").arg(name(tp)));
            continue;
        }
        logStart[tp] = leader->log.logStartOffset();
        // Up to the log end: a leader elected at the very end of the run has
        // not yet learned the high watermark its predecessor had, yet every
        // record acknowledged with acks=all is in its log and a consumer
        // will read it once the followers fetch. The other checks judge what
        // is committed (below the high watermark).
        std::vector<LogEntry> entries;
        leader->log.read(leader->log.logStartOffset(), leader->log.logEndOffset(), INT64_MAX, entries);
        const QString topicName = m_cluster.controller().topics().at(tp.topic).name;
        std::unordered_map<std::uint32_t, std::uint64_t> lastSeq; // per generator, first occurrences
        std::set<std::uint64_t> seen;
        bool orderReported = false;
        bool duplicateReported = false;
        for (const auto &e : entries)
            for (const RecordView r : e.batch) {
                RecordTag tag;
                if (!RecordTag::read(r.value, tag))
                    continue;
                if (auto g = topicOf.find(tag.generator); g == topicOf.end() || g->second != topicName)
                    continue;
                const auto k = recordKey(tag);
                present.emplace(k, tp);
                if (e.base + r.offsetDelta >= leader->hw)
                    continue;
                if (!seen.insert(k).second) {
                    // A duplicate from a retry: allowed (at-least-once),
                    // unless the producer is idempotent.
                    if (idempotent.count(tag.generator) && !duplicateReported) {
                        duplicateReported = true;
                        violate("idempotent-duplicate", QStringLiteral("%1: idempotent producer %2's record %3 is stored twice (again at offset %4)")
                                                            .arg(name(tp)).arg(tag.generator).arg(tag.sequence).arg(e.base.value + r.offsetDelta));
                    }
                    continue;
                }
                auto [it, fresh] = lastSeq.try_emplace(tag.generator, tag.sequence);
                if (!fresh) {
                    if (tag.sequence < it->second && !orderReported) {
                        orderReported = true;
                        violate("order-broken", QStringLiteral("%1: producer %2's record %3 is stored at offset %4, after its record %5")
                                                    .arg(name(tp)).arg(tag.generator).arg(tag.sequence)
                                                    .arg(e.base.value + r.offsetDelta).arg(it->second));
                    }
                    it->second = std::max(it->second, tag.sequence);
                }
            }
        // Replicas identical below the high watermark.
        for (NodeId nid : state.replicas) {
            const Node *n = m_cluster.node(nid);
            const Replica *r = n ? n->replica(tp) : nullptr;
            if (!r || r == leader)
                continue;
            const Offset limit = std::min(r->hw, leader->hw);
            std::vector<LogEntry> mine;
            r->log.read(std::max(r->log.logStartOffset(), leader->log.logStartOffset()), limit, INT64_MAX, mine);
            for (const auto &e : mine) {
                const LogEntry *other = leader->log.entryContaining(e.base);
                if (!other || other->base != e.base || other->batch.bytes() != e.batch.bytes()) {
                    violate("replicas-diverge", QStringLiteral("%1: node %2 and leader %3 hold different records at offset %4, below the high watermark %5")
                                                    .arg(name(tp)).arg(nid.value).arg(state.leader.value).arg(e.base.value).arg(limit.value));
                    break;
                }
            }
        }
    }
    for (const auto &[k, at] : m_ackedRecords) {
        const TopicPartition tp = at.tp;
        auto it = present.find(k);
        if (it == present.end()) {
            // Acknowledged at an offset retention has deleted since: the
            // topic asked for that. (A record lost at such an offset can no
            // longer be told apart; retention would have deleted it too.)
            const auto start = logStart.find(tp);
            if (at.offset.value >= 0 && start != logStart.end() && at.offset < start->second)
                continue;
            ++m_lost;
            ++m_lostByTopic[tp.topic];
            violate("acked-record-lost", QStringLiteral("%1: producer %2's record %3 was acknowledged but is not in the log")
                                                .arg(name(tp)).arg(k >> 48).arg(k & ((std::uint64_t(1) << 48) - 1)));
        }
    }
}

} // namespace bb
