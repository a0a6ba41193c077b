#include "node.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace bb {
namespace {

constexpr std::uint64_t kSweepTag = 1;
constexpr Micros kSweepInterval = 10 * kMillisecond;
constexpr Micros kRegistrationRetry = 300 * kMillisecond;
constexpr Micros kRetentionInterval = 1 * kSecond;

QString stateKey(const char *kind, TopicPartition tp)
{
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(kind)).arg(tp.topic.value).arg(tp.partition.value);
}

QByteArray encodeEpochs(const std::vector<EpochEntry> &epochs)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(epochs.size());
    for (const auto &e : epochs)
        s << qint32(e.epoch.value) << qint64(e.startOffset.value);
    return out;
}

std::vector<EpochEntry> decodeEpochs(const QByteArray &bytes)
{
    std::vector<EpochEntry> out;
    QDataStream s(bytes);
    qint32 n = 0;
    s >> n;
    for (qint32 i = 0; i < n && s.status() == QDataStream::Ok; ++i) {
        qint32 e = 0;
        qint64 o = 0;
        s >> e >> o;
        out.push_back({Epoch(e), Offset(o)});
    }
    return s.status() == QDataStream::Ok ? out : std::vector<EpochEntry>{};
}

QByteArray encodeOffset(Offset o)
{
    QByteArray out;
    QDataStream(&out, QIODevice::WriteOnly) << qint64(o.value);
    return out;
}

} // namespace

Node::Node(NodeId id, std::int64_t incarnation, EventLoop &loop, Transport &transport, Store &store,
           NodeConfig config, ClusterObserver *observer)
    : m_id(id)
    , m_incarnation(incarnation)
    , m_loop(loop)
    , m_transport(transport)
    , m_store(store)
    , m_config(config)
    , m_observer(observer)
    , m_self(nodeActor(id))
{
}

Node::~Node() = default;

Error Node::start()
{
    auto image = m_store.load();
    if (!image)
        return image.error();
    const Micros now = m_loop.now();
    m_storeLost = m_store.startedEmptyAfterDamage();
    for (auto &p : image->partitions) {
        recoverDamaged(p);
        Replica &r = ensureReplica(p.tp);
        auto epochs = decodeEpochs(image->state.value(stateKey("epochs", p.tp)));
        r.log.restore(p.logStart, std::move(p.entries), std::move(epochs), now);
        r.persistedEpoch = r.log.latestEpoch();
        Offset hw = r.log.logStartOffset();
        const QByteArray hwBytes = image->state.value(stateKey("hw", p.tp));
        if (!hwBytes.isEmpty()) {
            qint64 v = 0;
            QDataStream(hwBytes) >> v;
            hw = std::max(hw, Offset(v));
        }
        // A checkpoint may be ahead of a log that lost its unflushed tail.
        r.hw = std::min(hw, r.log.logEndOffset());
        r.checkpointedHw = r.hw;
        r.producers.rebuild(r.log, r.hw);
    }
    m_lastRegistration = now;
    m_transport.send(m_self, kControllerActor, registration());
    m_loop.schedule(kSweepInterval, m_self, kSweepTag);
    return {};
}

// Log recovery, as a broker does after an unclean shutdown: every stored
// batch is read and checked (bounds and CRC-32C) and the log is cut at the
// first one that could not be read or is damaged, on disk too. The node
// registers again as a new incarnation, so it left every ISR; it fetches
// the cut records back from the leader before it can rejoin. Only if no other replica holds them are they gone.
void Node::recoverDamaged(PartitionImage &p)
{
    auto unreadable = [&](const LogEntry &e) { return std::find(p.unreadable.begin(), p.unreadable.end(), e.base) != p.unreadable.end(); };
    auto bad = std::find_if(p.entries.begin(), p.entries.end(), [&](const LogEntry &e) { return unreadable(e) || bool(e.batch.verify()); });
    if (bad == p.entries.end())
        return;
    const QString why = unreadable(*bad) ? QCoreApplication::translate("bb::Node", "the disk returned a read error for it")
                                         : bad->batch.verify().message;
    Damage d{p.tp, bad->base, std::int64_t(p.entries.end() - bad), why, {}};
    // Where the log ended: a damaged last batch's header may lie about its span.
    const LogEntry &last = p.entries.back();
    m_lostLogs.push_back({p.tp, d.from, last.batch.verify() ? last.base + 1 : last.nextOffset()});
    p.entries.erase(bad, p.entries.end());
    m_store.truncateTo(p.tp, d.from);
    if (Error e = m_store.flush())
        d.cutFailed = e.message;
    // Said once the controller has told this node the topic's name.
    m_damageToReport.push_back(std::move(d));
}

void Node::reportDamage()
{
    std::erase_if(m_damageToReport, [&](const Damage &d) {
        auto t = m_topics.find(d.tp.topic);
        if (t == m_topics.end())
            return false;
        const QString where = QStringLiteral("%1-%2").arg(t->second.name).arg(d.tp.partition.value);
        report(ClusterEventKind::StorageDamaged, d.tp,
               d.cutFailed.isEmpty()
                   ? QCoreApplication::translate("bb::Node", "Node %1 found a damaged batch in %2 at offset %3 (%4): it cut its log there "
                                                 "(%5 batches) and fetches them again from the leader; if no other replica holds them, they are lost.")
                         .arg(m_id.value).arg(where).arg(d.from.value).arg(d.why).arg(d.batches)
                   : QCoreApplication::translate("bb::Node", "Node %1 found a damaged batch in %2 at offset %3 (%4) and could not cut its log there: %5")
                         .arg(m_id.value).arg(where).arg(d.from.value).arg(d.why, d.cutFailed));
        return true;
    });
}

const Replica *Node::replica(TopicPartition tp) const
{
    auto it = m_replicas.find(tp);
    return it == m_replicas.end() ? nullptr : it->second.get();
}

Replica *Node::find(TopicPartition tp)
{
    auto it = m_replicas.find(tp);
    return it == m_replicas.end() ? nullptr : it->second.get();
}

std::vector<const Replica *> Node::replicas() const
{
    std::vector<const Replica *> out;
    out.reserve(m_replicas.size());
    for (const auto &[tp, r] : m_replicas)
        out.push_back(r.get());
    std::sort(out.begin(), out.end(), [](const Replica *a, const Replica *b) { return a->tp < b->tp; });
    return out;
}

Replica &Node::ensureReplica(TopicPartition tp)
{
    auto &slot = m_replicas[tp];
    if (!slot) {
        auto t = m_topics.find(tp.topic);
        slot = std::make_unique<Replica>(tp, t != m_topics.end() ? t->second.config.log : LogConfig{});
        if (t != m_topics.end())
            slot->config = t->second.config;
        slot->hw = slot->log.logStartOffset();
    }
    return *slot;
}

void Node::onMessage(ActorId from, Message &message)
{
    std::visit([&](auto &m) {
        if constexpr (requires { this->handle(from, m); })
            handle(from, m);
    }, message);
}

void Node::onTimer(std::uint64_t tag)
{
    if (tag == kSweepTag) {
        sweep();
        m_loop.schedule(kSweepInterval, m_self, kSweepTag);
    }
}

void Node::handle(ActorId from, MetadataUpdate &m)
{
    if (from != kControllerActor)
        return;
    if (m.brokerEpoch < 0) {
        // The controller does not know this incarnation (fenced or never
        // registered): register again and wait for a full update.
        if (m_brokerEpoch >= 0 || m_loop.now() - m_lastRegistration >= kRegistrationRetry) {
            m_brokerEpoch = -1;
            m_lastRegistration = m_loop.now();
            m_transport.send(m_self, kControllerActor, registration());
        }
        return;
    }
    m_brokerEpoch = m.brokerEpoch;
    if (m.full || m.version == m_metadataVersion + 1)
        m_metadataVersion = m.version;
    // else: a delta was lost; apply what arrived (states are self-contained)
    // and let the next heartbeat fetch a full update.
    // An older list, delayed on the network, must not undo a deletion.
    if (m.allTopics && m.version >= m_topicListVersion) {
        m_topicListVersion = m.version;
        forgetDeletedTopics(m.topics);
    }
    for (auto &t : m.topics) {
        if (m_deletedTopics.count(t.id))
            continue;
        m_topics[t.id] = t;
        for (auto &[tp, r] : m_replicas)
            if (tp.topic == t.id) {
                r->config = t.config;
                r->log.setConfig(t.config.log);
            }
    }
    if (!m_damageToReport.empty())
        reportDamage();
    if (!m.liveNodes.empty() || m.full)
        m_liveNodes = m.liveNodes;
    for (const auto &s : m.partitions)
        applyState(s);
}

void Node::forgetDeletedTopics(const std::vector<TopicMeta> &current)
{
    std::vector<TopicId> gone;
    for (const auto &[id, t] : m_topics)
        if (std::none_of(current.begin(), current.end(), [&](const TopicMeta &c) { return c.id == id; }))
            gone.push_back(id);
    // A node that restarts knows its stored partitions before any metadata.
    for (const auto &[tp, r] : m_replicas)
        if (std::none_of(current.begin(), current.end(), [&](const TopicMeta &c) { return c.id == tp.topic; })
            && std::find(gone.begin(), gone.end(), tp.topic) == gone.end())
            gone.push_back(tp.topic);
    if (gone.empty())
        return;
    auto isGone = [&](TopicId id) { return std::find(gone.begin(), gone.end(), id) != gone.end(); };
    for (TopicId id : gone) {
        m_topics.erase(id);
        m_deletedTopics.insert(id); // topic ids are never reused
    }
    std::erase_if(m_metadata, [&](const auto &e) { return isGone(e.first.topic); });
    for (auto it = m_replicas.begin(); it != m_replicas.end();) {
        Replica &r = *it->second;
        if (!isGone(r.tp.topic)) {
            ++it;
            continue;
        }
        // Waiting producers and parked fetches learn the topic is gone.
        stopLeading(r, Errc::UnknownTopic);
        m_store.removePartition(r.tp);
        it = m_replicas.erase(it);
    }
}

void Node::handle(ActorId from, const MetadataRequest &m)
{
    MetadataResponse r;
    r.correlation = m.correlation;
    for (const auto &[id, t] : m_topics)
        r.topics.push_back(t);
    for (const auto &[tp, p] : m_metadata)
        r.partitions.push_back(p);
    r.liveNodes = m_liveNodes;
    m_transport.send(m_self, from, std::move(r));
}

void Node::applyState(const PartitionState &s)
{
    if (m_deletedTopics.count(s.tp.topic))
        return;
    auto known = m_metadata.find(s.tp);
    if (known != m_metadata.end() && known->second.partitionEpoch >= s.partitionEpoch)
        return; // stale or already applied
    m_metadata[s.tp] = s;
    if (!s.isReplica(m_id))
        return;
    Replica &r = ensureReplica(s.tp);
    const PartitionState prev = r.state;
    const bool hadState = r.hasState;
    r.state = s;
    r.hasState = true;
    if (s.leader == m_id) {
        if (!r.isLeader || !hadState || prev.leaderEpoch != s.leaderEpoch) {
            becomeLeader(r);
        } else {
            if (r.pendingIsr && s.partitionEpoch > prev.partitionEpoch)
                r.pendingIsr.reset();
            maybeAdvanceHighWatermark(r);
        }
    } else if (r.isLeader || !hadState || prev.leaderEpoch != s.leaderEpoch || r.fetchingFrom != s.leader) {
        becomeFollower(r);
    }
}

void Node::sweep()
{
    const Micros now = m_loop.now();
    if (m_brokerEpoch < 0) {
        if (now - m_lastRegistration >= kRegistrationRetry) {
            m_lastRegistration = now;
            m_transport.send(m_self, kControllerActor, registration());
        }
    } else if (m_lastHeartbeat < 0 || now - m_lastHeartbeat >= m_config.heartbeatInterval) {
        m_lastHeartbeat = now;
        m_transport.send(m_self, kControllerActor, BrokerHeartbeat{m_id, m_brokerEpoch, m_metadataVersion});
    }
    const bool retention = now - m_lastRetention >= kRetentionInterval;
    if (retention)
        m_lastRetention = now;
    for (auto &[tp, rp] : m_replicas) {
        Replica &r = *rp;
        if (r.isLeader) {
            expireWaiting(r, now);
            maybeShrinkIsr(r);
            if (r.pendingIsr && now - r.pendingIsrSince >= m_config.alterPartitionRetry) {
                auto isr = *r.pendingIsr;
                r.pendingIsr.reset();
                proposeIsr(r, std::move(isr));
            }
        } else {
            checkFetchTimers(r, now);
        }
        if (retention)
            enforceRetention(r);
    }
    if (m_config.flush == FlushPolicy::Interval && now - m_lastFlush >= m_config.flushInterval) {
        m_lastFlush = now;
        m_store.flush();
    }
    if (now - m_lastCheckpoint >= m_config.hwCheckpointInterval) {
        m_lastCheckpoint = now;
        checkpoint();
    }
}

void Node::checkpoint()
{
    for (auto &[tp, r] : m_replicas)
        if (r->hw != r->checkpointedHw) {
            m_store.putState(stateKey("hw", tp), encodeOffset(r->hw));
            r->checkpointedHw = r->hw;
        }
}

void Node::persistEpochs(Replica &r)
{
    m_store.putState(stateKey("epochs", r.tp), encodeEpochs(r.log.epochs()));
    r.persistedEpoch = r.log.latestEpoch();
}

void Node::appendLocal(Replica &r, LogEntry entry)
{
    const std::int64_t records = entry.batch.recordCount();
    const std::int64_t bytes = entry.batch.sizeBytes();
    m_store.append(r.tp, entry);
    r.producers.apply(entry);
    r.log.append(std::move(entry), m_loop.now());
    if (r.log.latestEpoch() != r.persistedEpoch)
        persistEpochs(r);
    if (m_config.flush == FlushPolicy::EveryBatch)
        m_store.flush();
    r.stats.recordsIn += records;
    r.stats.bytesIn += bytes;
    ++r.stats.batchesIn;
    m_stats.recordsIn += records;
    m_stats.bytesIn += bytes;
}

void Node::setHighWatermark(Replica &r, Offset hw)
{
    if (hw <= r.hw)
        return;
    const Offset old = r.hw;
    r.hw = hw;
    r.producers.onHighWatermark(hw);
    if (m_observer)
        m_observer->onHighWatermark(m_id, m_incarnation, r.tp, old, hw);
}

void Node::truncate(Replica &r, Offset to)
{
    if (to >= r.log.logEndOffset()) {
        // No record to remove, but this replica may have led an epoch
        // without writing in it: that epoch starts at its LEO and no other
        // log has it. Left in the cache, every fetch names it and the
        // leader answers "diverging" again, forever.
        const auto epochs = r.log.epochs().size();
        r.log.truncateTo(to);
        if (r.log.epochs().size() != epochs)
            persistEpochs(r);
        return;
    }
    if (m_observer)
        m_observer->onTruncated(m_id, r.tp, to, r.hw);
    const Offset before = r.log.logEndOffset();
    r.log.truncateTo(to);
    m_store.truncateTo(r.tp, to);
    persistEpochs(r);
    if (r.hw > r.log.logEndOffset())
        r.hw = r.log.logEndOffset();
    r.producers.rebuild(r.log, r.hw);
    report(ClusterEventKind::Truncated, r.tp,
           QCoreApplication::translate("bb::Node", "Node %1 truncated %2-%3 from offset %4 to %5 to match its leader.")
               .arg(m_id.value).arg(m_topics.count(r.tp.topic) ? m_topics[r.tp.topic].name : QString())
               .arg(r.tp.partition.value).arg(before.value).arg(r.log.logEndOffset().value));
}

void Node::enforceRetention(Replica &r)
{
    const Offset before = r.log.logStartOffset();
    const Micros now = m_loop.now();
    const Offset start = r.log.enforceRetention(now, r.hw);
    if (start > before)
        m_store.advanceLogStart(r.tp, start);
    if (r.config.log.compact) {
        // Compaction rewrites whole closed segments; mirror the rewritten
        // range into the store. Like Kafka's cleaner it stops at the last
        // stable offset: a record of a transaction still open must not
        // make a committed value of its key look obsolete.
        const Offset limit = r.lastStableOffset();
        Offset end = r.log.logStartOffset();
        for (const auto &seg : r.log.segments())
            if (&seg != &r.log.segments().back() && !seg.entries.empty() && seg.entries.back().lastOffset() < limit)
                end = seg.entries.back().nextOffset();
        const auto stats = r.log.compact(now, limit);
        if (stats.segmentsCleaned > 0) {
            std::vector<LogEntry> kept;
            r.log.read(r.log.logStartOffset(), end, INT64_MAX, kept);
            m_store.replaceRange(r.tp, Offset(0), end, std::move(kept));
        }
    }
}

void Node::report(ClusterEventKind kind, TopicPartition tp, QString text)
{
    m_loop.trace(0xD0000000ULL | std::uint64_t(kind), (std::uint64_t(std::uint32_t(m_id.value)) << 32) | tp.key());
    if (m_observer)
        m_observer->onEvent({m_loop.now(), kind, m_id, tp, std::move(text)});
}

} // namespace bb
