#include "producer.h"

#include "broker/producerstate.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace bb {
namespace {

constexpr std::uint64_t kTickTag = 1;
constexpr std::uint64_t kTxnTag = 2;
constexpr Micros kTick = 5 * kMillisecond;
constexpr Micros kMetadataTimeout = 500 * kMillisecond;
constexpr Micros kMetadataMaxAge = 5 * kSecond;

// FNV-1a: a stable key hash, the same on every platform and every run.
std::uint32_t keyHash(QByteArrayView key)
{
    std::uint32_t h = 2166136261u;
    for (char c : key)
        h = (h ^ std::uint8_t(c)) * 16777619u;
    return h;
}

bool retriable(Errc e)
{
    switch (e) {
    case Errc::NotLeader:
    case Errc::NotEnoughReplicas:
    case Errc::NotEnoughReplicasAfterAppend:
    case Errc::RequestTimedOut:
    case Errc::FencedLeaderEpoch:
    case Errc::UnknownTopic:
    case Errc::NodeDown:
        return true;
    default:
        return false;
    }
}

} // namespace

ProducerConfig ProducerConfig::internal()
{
    ProducerConfig c;
    c.acks = Acks::All;
    c.linger = 0;
    c.maxInFlight = 1; // acknowledgements come back in send order
    c.deliveryTimeout = std::numeric_limits<Micros>::max() / 4;
    return c;
}

Producer::Producer(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
                   ProducerConfig config, ProducerListener *listener)
    : m_self(self)
    , m_loop(loop)
    , m_transport(transport)
    , m_bootstrap(std::move(bootstrap))
    , m_config(config)
    , m_listener(listener)
    , m_idempotent(config.isIdempotent())
    , m_transactional(!config.transactionalId.isEmpty())
{
    if (m_idempotent) {
        // Kafka's rules for idempotence: acks=all, at most 5 in flight (the
        // broker remembers the last 5 batches of each producer).
        m_config.acks = Acks::All;
        m_config.maxInFlight = std::clamp(m_config.maxInFlight, 1, ProducerEntry::kCachedBatches);
    }
}

void Producer::start()
{
    if (m_idempotent && !m_transactional)
        requestProducerId();
    requestMetadata();
    m_ticking = true;
    m_loop.schedule(kTick, m_self, kTickTag);
}

int Producer::partitionForKey(QByteArrayView key, int partitions)
{
    return partitions > 0 ? int(keyHash(key) % std::uint32_t(partitions)) : 0;
}

int Producer::partitionCount(TopicId topic) const
{
    auto it = m_topics.find(topic);
    return it == m_topics.end() ? 0 : it->second.config.partitions;
}

Result<TopicId> Producer::topicId(const QString &name) const
{
    for (const auto &[id, t] : m_topics)
        if (t.name == name)
            return id;
    return Error(Errc::UnknownTopic, QCoreApplication::translate("bb::Producer", "The producer does not know a topic named \"%1\" (yet).").arg(name));
}

Producer::PartitionQueue &Producer::queueFor(TopicPartition tp)
{
    // Consecutive records mostly go to the same partition; the map's nodes
    // never move, so the last one found can be kept.
    if (m_lastQueue && m_lastTp == tp)
        return *m_lastQueue;
    auto it = m_queues.find(tp);
    if (it == m_queues.end())
        it = m_queues.emplace(tp, PartitionQueue(m_config.batchBytes + 4096)).first;
    m_lastTp = tp;
    m_lastQueue = &it->second;
    return it->second;
}

Error Producer::send(TopicId topic, QByteArrayView key, QByteArrayView value, Micros timestamp,
                     std::span<const RecordHeader> headers, int partition)
{
    const int partitions = partitionCount(topic);
    if (partitions == 0) {
        ++m_stats.refused;
        return Error(Errc::UnknownTopic);
    }
    if (partition < 0)
        partition = (m_config.partitioner == Partitioner::KeyHash && !key.isNull())
            ? partitionForKey(key, partitions)
            : int(m_roundRobin++ % std::uint32_t(partitions));
    if (partition >= partitions) {
        ++m_stats.refused;
        return Error(Errc::UnknownPartition);
    }
    const TopicPartition tp{topic, PartitionId(partition)};
    PartitionQueue &q = queueFor(tp);
    if (int(q.queue.size()) >= m_config.maxQueuedBatches) {
        ++m_stats.refused;
        return Error(Errc::RequestTimedOut, QCoreApplication::translate("bb::Producer", "The producer's buffer for this partition is full; the cluster is not keeping up."));
    }
    if (q.builder.count() == 0) {
        // The first record of a batch is where an idempotent producer checks
        // its state, not every record: nothing changes that state while a
        // batch is open (commit flushes; abort, failure and fencing close
        // the open batches).
        if (m_idempotent) [[unlikely]] {
            if (Error e = admit(q, tp)) {
                ++m_stats.refused;
                return e;
            }
        }
        q.openedAt = m_loop.now();
    }
    q.builder.append(key, value, timestamp, headers);
    ++m_stats.recordsSent;
    if (q.builder.count() >= m_config.batchRecords || q.builder.sizeBytes() >= m_config.batchBytes)
        seal(tp, q);
    else if (m_config.linger <= 0)
        drain(tp, q); // linger 0: the open batch goes as soon as a request slot is free
    return {};
}

void Producer::seal(TopicPartition tp, PartitionQueue &q)
{
    close(q);
    drain(tp, q);
}

void Producer::close(PartitionQueue &q)
{
    if (q.builder.count() == 0)
        return;
    Pending p;
    p.batch = q.builder.build();
    p.createdAt = q.openedAt;
    q.queue.push_back(std::move(p));
}

void Producer::flush()
{
    for (auto &[tp, q] : m_queues)
        seal(tp, q);
}

std::int64_t Producer::pendingBatches() const
{
    std::int64_t n = 0;
    for (const auto &[tp, q] : m_queues)
        n += std::int64_t(q.queue.size()) + (q.builder.count() > 0 ? 1 : 0);
    return n;
}

void Producer::drain(TopicPartition tp, PartitionQueue &q)
{
    auto leader = m_leaders.find(tp);
    if (leader == m_leaders.end() || leader->second == kNoNode) {
        requestMetadata();
        return;
    }
    const Micros now = m_loop.now();
    // A lingering open batch joins the queue once its time is up and a
    // request slot is free; until then records keep filling it.
    if (q.builder.count() > 0 && now - q.openedAt >= m_config.linger && q.inFlight < m_config.maxInFlight
        && std::none_of(q.queue.begin(), q.queue.end(), [](const Pending &p) { return p.state == State::Queued; }))
        close(q);
    bool earlierInFlight = false;
    for (std::size_t i = 0; i < q.queue.size() && q.inFlight < m_config.maxInFlight; ++i) {
        Pending &p = q.queue[i];
        if (p.state == State::InFlight) {
            earlierInFlight = true;
            continue;
        }
        if (p.retryAt > now)
            break; // keep order: nothing overtakes a batch waiting to be retried
        if (m_idempotent) [[unlikely]] {
            if (!p.stamped) {
                if (!mayStamp(q))
                    break;
                stamp(q, p);
            } else if (earlierInFlight) {
                break; // a retry waits until what precedes it is settled, or it would be out of order
            }
        }
        p.state = State::InFlight;
        p.correlation = m_nextCorrelation++;
        p.sentAt = now;
        ++p.attempts;
        ++q.inFlight;
        ++m_stats.requests;
        ProduceRequest req;
        req.correlation = p.correlation;
        req.tp = tp;
        req.acks = m_config.acks;
        req.timeout = m_config.requestTimeout;
        req.batch = p.batch;
        m_transport.send(m_self, nodeActor(leader->second), std::move(req));
        if (m_config.acks == Acks::None) {
            // Fire and forget: nothing will answer, so it counts as done.
            --q.inFlight;
            m_stats.recordsAcked += p.batch.recordCount();
            ++m_stats.batchesAcked;
            if (m_listener)
                m_listener->onAcked(tp, Offset(-1), p.batch, p.createdAt);
            q.queue.erase(q.queue.begin() + std::ptrdiff_t(i));
            --i;
        }
    }
}

void Producer::fail(TopicPartition tp, PartitionQueue &q, std::size_t index, const Error &error)
{
    Pending p = std::move(q.queue[index]);
    q.queue.erase(q.queue.begin() + std::ptrdiff_t(index));
    m_stats.recordsFailed += p.batch.recordCount();
    if (m_idempotent)
        onBatchFailed(p);
    if (m_listener)
        m_listener->onFailed(tp, p.batch, error);
    if (m_transactional)
        failTransaction(error.code);
}

void Producer::onMessage(ActorId from, Message &message)
{
    if (auto *m = std::get_if<ProduceResponse>(&message))
        handle(from, *m);
    else if (auto *m = std::get_if<MetadataResponse>(&message))
        handle(from, *m);
    else if (auto *m = std::get_if<InitProducerIdResponse>(&message))
        handle(from, *m);
    else if (auto *m = std::get_if<TxnResponse>(&message))
        handle(from, *m);
    else if (auto *m = std::get_if<OffsetCommitResponse>(&message))
        handle(from, *m);
}

void Producer::handle(ActorId, const ProduceResponse &m)
{
    auto qit = m_queues.find(m.tp);
    if (qit == m_queues.end())
        return;
    PartitionQueue &q = qit->second;
    std::size_t i = 0;
    while (i < q.queue.size() && !(q.queue[i].state == State::InFlight && q.queue[i].correlation == m.correlation))
        ++i;
    if (i == q.queue.size())
        return; // an answer to an attempt we already gave up on
    Pending &p = q.queue[i];
    --q.inFlight;
    const Micros now = m_loop.now();
    if (m.error == Errc::None) {
        m_stats.latency.record(now - p.createdAt);
        m_stats.recordsAcked += p.batch.recordCount();
        ++m_stats.batchesAcked;
        if (m_listener)
            m_listener->onAcked(m.tp, m.baseOffset, p.batch, p.createdAt);
        q.queue.erase(q.queue.begin() + std::ptrdiff_t(i));
    } else {
        handleError(m.tp, q, i, m.error);
    }
    drain(m.tp, q);
    if (m_transactional && (m_txnState == TxnState::Committing || m_txnState == TxnState::Aborting))
        advanceTransaction();
}

void Producer::handleError(TopicPartition tp, PartitionQueue &q, std::size_t i, Errc error)
{
    Pending &p = q.queue[i];
    const Micros now = m_loop.now();
    if (m_idempotent) {
        if (error == Errc::ProducerFenced) {
            fence();
            return;
        }
        if (error == Errc::OutOfOrderSequence) {
            outOfOrder(tp, q, i);
            return;
        }
    }
    if (retriable(error) && p.attempts <= m_config.retries && now - p.createdAt < m_config.deliveryTimeout) {
        p.state = State::Queued;
        p.retryAt = now + m_config.retryBackoff;
        ++m_stats.retries;
        if (error == Errc::NotLeader || error == Errc::FencedLeaderEpoch || error == Errc::UnknownTopic) {
            m_leaders.erase(tp);
            requestMetadata();
        }
    } else {
        fail(tp, q, i, Error(error));
    }
}

void Producer::handle(ActorId, const MetadataResponse &m)
{
    if (m.correlation != m_metadataCorrelation)
        return;
    m_metadataSentAt = -1;
    m_metadataFetchedAt = m_loop.now();
    for (const auto &t : m.topics)
        m_topics[t.id] = t;
    for (const auto &p : m.partitions)
        m_leaders[p.tp] = p.leader;
    for (auto &[tp, q] : m_queues)
        drain(tp, q);
}

void Producer::requestMetadata()
{
    const Micros now = m_loop.now();
    if (m_bootstrap.empty() || (m_metadataSentAt >= 0 && now - m_metadataSentAt < kMetadataTimeout))
        return;
    // Not again within the retry backoff of the last answer (Kafka's
    // metadata refresh backoff): a client that keeps finding no leader would
    // otherwise ask again the moment each answer arrives, an endless storm
    // at one instant on a network without latency. The tick sends it later.
    if (m_metadataFetchedAt >= 0 && now - m_metadataFetchedAt < m_config.retryBackoff) {
        m_metadataWanted = true;
        return;
    }
    m_metadataWanted = false;
    // Ask a different node each time, as Kafka clients spread metadata
    // requests: one node cut off from the controller serves stale leaders.
    m_bootstrapIndex = (m_bootstrapIndex + 1) % m_bootstrap.size();
    m_metadataCorrelation = m_nextCorrelation++;
    m_metadataSentAt = now;
    m_transport.send(m_self, m_bootstrap[m_bootstrapIndex], MetadataRequest{m_metadataCorrelation});
}

void Producer::onTimer(std::uint64_t tag)
{
    if (tag == kTxnTag) {
        m_txnCheckScheduled = false;
        advanceTransaction();
        return;
    }
    if (tag != kTickTag)
        return;
    tick();
    m_loop.schedule(kTick, m_self, kTickTag);
}

void Producer::tick()
{
    const Micros now = m_loop.now();
    if (m_metadataSentAt >= 0 && now - m_metadataSentAt >= kMetadataTimeout)
        requestMetadata();
    else if (m_metadataFetchedAt < 0 || now - m_metadataFetchedAt >= kMetadataMaxAge
             || ((m_topics.empty() || m_metadataWanted) && now - m_metadataFetchedAt >= m_config.retryBackoff))
        requestMetadata(); // periodically, and soon again while the cluster still knows no topics
    for (auto &[tp, q] : m_queues) {
        for (std::size_t i = 0; i < q.queue.size();) {
            Pending &p = q.queue[i];
            if (p.state == State::InFlight && now - p.sentAt >= m_config.requestTimeout) {
                // No answer in time. The write may still have happened: a
                // retry can duplicate it (at-least-once).
                p.state = State::Queued;
                p.retryAt = now + m_config.retryBackoff;
                --q.inFlight;
                m_leaders.erase(tp);
                if (p.attempts > m_config.retries) {
                    fail(tp, q, i, Error(Errc::RequestTimedOut));
                    continue;
                }
                ++m_stats.retries;
            }
            if (p.state == State::Queued && now - p.createdAt >= m_config.deliveryTimeout) {
                fail(tp, q, i, Error(Errc::RequestTimedOut));
                continue;
            }
            ++i;
        }
        if (!m_leaders.count(tp))
            requestMetadata();
        drain(tp, q);
    }
    if (m_idempotent)
        txnTick(now);
}

void Producer::scheduleTxnCheck()
{
    // Transaction progress is checked from the loop, not inside the
    // application's call, so listener callbacks never re-enter it.
    if (m_txnCheckScheduled)
        return;
    m_txnCheckScheduled = true;
    m_loop.schedule(0, m_self, kTxnTag);
}

} // namespace bb
