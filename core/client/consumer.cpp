// The consumer's fetch path and public API: metadata, start positions
// (committed offset, reset policy, timestamp), one long-poll fetch in flight
// per partition, the bounded record buffer, read_committed filtering and
// delivery (poll or push). Group membership is in consumergroup.cpp.
#include "consumerimpl.h"

#include <QtDebug>

#include <algorithm>

namespace bb {
namespace {

constexpr std::uint64_t kTickTag = 1;
constexpr Micros kTick = 20 * kMillisecond;
constexpr Micros kMetadataTimeout = 500 * kMillisecond;
constexpr Micros kMetadataMaxAge = 5 * kSecond;

bool leaderError(Errc e)
{
    switch (e) {
    case Errc::NotLeader:
    case Errc::FencedLeaderEpoch:
    case Errc::UnknownTopic:
    case Errc::UnknownPartition:
    case Errc::RequestTimedOut:
    case Errc::NodeDown:
        return true;
    default:
        return false;
    }
}

} // namespace

Consumer::Impl::Impl(Consumer &consumer, EventLoop &l, Transport &t, std::vector<ActorId> b, ConsumerListener *li)
    : q(consumer)
    , loop(l)
    , transport(t)
    , bootstrap(std::move(b))
    , listener(li)
{
}

Consumer::Impl::Part *Consumer::Impl::part(TopicPartition tp)
{
    auto it = parts.find(tp);
    return it == parts.end() ? nullptr : &it->second;
}

Consumer::Impl::Part &Consumer::Impl::addPart(TopicPartition tp, Start start)
{
    auto [it, fresh] = parts.try_emplace(tp);
    Part &p = it->second;
    if (fresh) {
        p.tp = tp;
        // Without a group there is no committed offset to look up.
        p.start = (start == Start::Committed && config().groupId.isEmpty()) ? Start::Reset : start;
    }
    return p;
}

void Consumer::Impl::dropPart(TopicPartition tp)
{
    auto it = parts.find(tp);
    if (it == parts.end())
        return;
    clearBuffer(it->second);
    parts.erase(it); // a fetch still in flight finds no partition and is ignored
}

std::vector<TopicPartition> Consumer::Impl::assigned() const
{
    std::vector<TopicPartition> out;
    out.reserve(parts.size());
    for (const auto &[tp, p] : parts)
        out.push_back(tp);
    return out;
}

void Consumer::Impl::clearBuffer(Part &p)
{
    for (std::size_t i = p.head; i < p.chunks.size(); ++i)
        buffered -= p.chunks[i].remaining;
    p.chunks.clear();
    p.head = 0;
}

void Consumer::Impl::syncPosition(Part &p)
{
    p.position = p.head < p.chunks.size() ? p.chunks[p.head].from : p.fetchPosition;
}

void Consumer::Impl::setPosition(Part &p, Offset offset)
{
    clearBuffer(p);
    p.start = Start::Ready;
    p.position = p.fetchPosition = offset;
    p.fetchInFlight = false; // an answer to the old position is ignored
    p.listCorrelation = 0;
    p.retryAt = 0;
}

void Consumer::Impl::leaderLost(TopicPartition tp)
{
    // Forget the node, not the epoch: the next answer may come from a node
    // that has not heard of the new leader yet, and must not be believed.
    if (auto l = leaders.find(tp); l != leaders.end())
        l->second.node = kNoNode;
    requestMetadata();
}

void Consumer::Impl::seeLeaderEpoch(TopicPartition tp, Epoch epoch)
{
    if (epoch == kNoEpoch)
        return;
    auto [l, fresh] = leaders.try_emplace(tp);
    if (!fresh && epoch <= l->second.epoch)
        return;
    l->second = {kNoNode, epoch}; // whoever led before that epoch leads no more
    requestMetadata();
}

void Consumer::Impl::requestMetadata()
{
    const Micros now = loop.now();
    if (bootstrap.empty() || (metadataSentAt >= 0 && now - metadataSentAt < kMetadataTimeout))
        return;
    // Not again within the retry backoff of the last answer, as the
    // producer (see Producer::requestMetadata): the tick sends it later.
    if (metadataFetchedAt >= 0 && now - metadataFetchedAt < config().retryBackoff) {
        metadataWanted = true;
        return;
    }
    metadataWanted = false;
    // A different node each time, as the producer does: one node cut off
    // from the controller serves stale leaders.
    bootstrapIndex = (bootstrapIndex + 1) % bootstrap.size();
    metadataCorrelation = correlation();
    metadataSentAt = now;
    send(bootstrap[bootstrapIndex], MetadataRequest{metadataCorrelation});
}

void Consumer::Impl::handle(const MetadataResponse &m)
{
    if (m.correlation != metadataCorrelation)
        return;
    metadataSentAt = -1;
    metadataFetchedAt = loop.now();
    for (const auto &t : m.topics)
        topics[t.id] = t;
    for (const auto &s : m.partitions) {
        // A node that lags the controller may answer with an older leader;
        // the epoch tells which view is newer.
        auto [it, fresh] = leaders.try_emplace(s.tp);
        if (fresh || s.leaderEpoch >= it->second.epoch) {
            it->second.node = s.leader;
            it->second.epoch = s.leaderEpoch;
        }
    }
    if (groupMode())
        checkSubscriptionChange();
    pump();
}

void Consumer::Impl::tick()
{
    const Micros now = loop.now();
    if (phase != Phase::Closed) {
        if (metadataSentAt >= 0 && now - metadataSentAt >= kMetadataTimeout)
            requestMetadata();
        else if (metadataFetchedAt < 0 || now - metadataFetchedAt >= kMetadataMaxAge
                 || ((topics.empty() || metadataWanted) && now - metadataFetchedAt >= config().retryBackoff))
            requestMetadata();
        if (groupMode())
            groupTick();
        else if (config().commit == CommitMode::Auto && !config().groupId.isEmpty()
                 && now - lastAutoCommit >= config().autoCommitInterval)
            autoCommit();
    }
    // Unanswered commits may or may not have happened. They are reported,
    // not retried (a later commit supersedes them), like Kafka's commitAsync.
    // Taken out first: the listener may commit again from its callback.
    std::vector<PendingCommit> expired;
    for (auto it = commits.begin(); it != commits.end();) {
        if (now - it->sentAt >= config().requestTimeout) {
            expired.push_back(std::move(*it));
            it = commits.erase(it);
        } else {
            ++it;
        }
    }
    for (const PendingCommit &c : expired)
        commitFailed(c, Errc::RequestTimedOut);
    if (phase == Phase::Closed)
        return;
    const Micros fetchTimeout = config().fetchMaxWait + config().requestTimeout;
    for (auto &[tp, p] : parts) {
        if (p.fetchInFlight && now - p.fetchSentAt >= fetchTimeout) {
            p.fetchInFlight = false;
            leaderLost(tp);
        }
        if (p.listCorrelation != 0 && now - p.listSentAt >= config().requestTimeout) {
            p.listCorrelation = 0;
            leaderLost(tp);
        }
    }
    if (offsetFetchCorrelation != 0 && now - offsetFetchSentAt >= config().requestTimeout)
        offsetFetchCorrelation = 0;
    pump();
}

// Sends whatever can be sent now: committed-offset lookups, ListOffsets for
// positions still unknown, and a fetch for every ready partition that has
// none in flight while the buffer has room. Push mode then delivers.
void Consumer::Impl::pump()
{
    if (phase == Phase::Closed || !started)
        return;
    requestCommitted();
    const Micros now = loop.now();
    for (auto &[tp, p] : parts)
        if ((p.start == Start::Reset || p.start == Start::Timestamp) && p.listCorrelation == 0 && now >= p.retryAt)
            sendListOffsets(p);
    if (!parts.empty() && buffered < config().prefetch) {
        // Start the round at a rotating partition so that, when the buffer
        // is nearly full, the same partition does not always win the room.
        const std::size_t n = parts.size();
        const std::size_t first = fetchCursor++ % n;
        auto it = parts.begin();
        std::advance(it, std::ptrdiff_t(first));
        for (std::size_t i = 0; i < n && buffered < config().prefetch; ++i) {
            Part &p = it->second;
            if (p.start == Start::Ready && !p.paused && !p.fetchInFlight && now >= p.retryAt)
                sendFetch(p);
            if (++it == parts.end())
                it = parts.begin();
        }
    }
    if (config().delivery == DeliveryMode::Push)
        deliverPush();
}

void Consumer::Impl::sendFetch(Part &p)
{
    auto l = leaders.find(p.tp);
    if (l == leaders.end() || l->second.node == kNoNode) {
        requestMetadata();
        return;
    }
    FetchRequest req;
    req.correlation = p.fetchCorrelation = correlation();
    req.tp = p.tp;
    req.currentLeaderEpoch = l->second.epoch;
    req.fetchOffset = p.fetchPosition;
    req.maxBytes = config().fetchMaxBytes;
    req.maxWait = config().fetchMaxWait;
    req.readCommitted = readCommitted();
    p.fetchInFlight = true;
    p.fetchSentAt = loop.now();
    ++stats.fetches;
    send(nodeActor(l->second.node), std::move(req));
}

void Consumer::Impl::sendListOffsets(Part &p)
{
    auto l = leaders.find(p.tp);
    if (l == leaders.end() || l->second.node == kNoNode) {
        requestMetadata();
        return;
    }
    ListOffsetsRequest req;
    req.correlation = p.listCorrelation = correlation();
    req.tp = p.tp;
    if (p.start == Start::Timestamp)
        req.timestamp = p.seekTimestamp;
    else
        req.timestamp = config().reset == OffsetReset::Earliest ? ListOffsetsRequest::kEarliest : ListOffsetsRequest::kLatest;
    req.readCommitted = readCommitted();
    p.listSentAt = loop.now();
    send(nodeActor(l->second.node), std::move(req));
}

void Consumer::Impl::handle(const ListOffsetsResponse &m)
{
    Part *p = part(m.tp);
    if (!p || p->listCorrelation == 0 || p->listCorrelation != m.correlation)
        return;
    p->listCorrelation = 0;
    if (m.error != Errc::None) {
        p->retryAt = loop.now() + config().retryBackoff;
        if (leaderError(m.error))
            leaderLost(m.tp);
        return;
    }
    setPosition(*p, m.offset);
    pump();
}

void Consumer::Impl::requestCommitted()
{
    if (offsetFetchCorrelation != 0 || config().groupId.isEmpty())
        return;
    OffsetFetchRequest req;
    for (const auto &[tp, p] : parts)
        if (p.start == Start::Committed)
            req.partitions.push_back(tp);
    if (req.partitions.empty())
        return;
    req.correlation = offsetFetchCorrelation = correlation();
    req.groupId = config().groupId;
    req.requireStable = config().isolation == Isolation::ReadCommitted;
    offsetFetchSentAt = loop.now();
    send(kGroupCoordinatorActor, std::move(req));
}

void Consumer::Impl::handle(const OffsetFetchResponse &m)
{
    if (m.correlation != offsetFetchCorrelation)
        return;
    offsetFetchCorrelation = 0;
    if (m.error != Errc::None)
        return; // asked again on the next tick
    for (const auto &po : m.offsets) {
        Part *p = part(po.tp);
        if (!p || p->start != Start::Committed)
            continue;
        if (po.offset.value >= 0) {
            seeLeaderEpoch(po.tp, po.leaderEpoch);
            committed[po.tp] = po.offset;
            setPosition(*p, po.offset);
            p->autoCommitted = po.offset;
        } else {
            p->start = Start::Reset;
        }
    }
    pump();
}

void Consumer::Impl::handle(FetchResponse &m)
{
    Part *p = part(m.tp);
    if (!p || !p->fetchInFlight || p->fetchCorrelation != m.correlation)
        return; // an answer for a position since abandoned (seek, revocation)
    p->fetchInFlight = false;
    if (m.error != Errc::None) {
        p->retryAt = loop.now() + config().retryBackoff;
        if (m.error == Errc::OffsetOutOfRange) {
            clearBuffer(*p);
            p->start = Start::Reset;
        } else if (leaderError(m.error)) {
            leaderLost(m.tp);
        }
        pump();
        return;
    }
    p->hw = m.highWatermark;
    p->lastStable = m.lastStable;
    if (auto l = leaders.find(m.tp); l != leaders.end() && m.leaderEpoch > l->second.epoch)
        l->second.epoch = m.leaderEpoch;
    buffer(*p, m);
    pump();
}

// Turns a fetch answer into buffered ranges: control batches and (for
// read_committed) aborted transactions' records are skipped, and no more
// records are kept than the buffer has room for.
void Consumer::Impl::buffer(Part &p, FetchResponse &m)
{
    int room = config().prefetch - buffered;
    const bool filter = readCommitted();
    std::size_t nextAborted = 0;
    if (filter) {
        abortedScratch.assign(m.aborted.begin(), m.aborted.end());
        std::sort(abortedScratch.begin(), abortedScratch.end(),
                  [](const AbortedTransaction &a, const AbortedTransaction &b) { return a.firstOffset < b.firstOffset; });
        activeAborted.clear();
    }
    for (LogEntry &e : m.entries) {
        if (filter) {
            // Kafka's rule: a producer is "aborted" from its first aborted
            // offset until its abort marker.
            while (nextAborted < abortedScratch.size() && abortedScratch[nextAborted].firstOffset <= e.lastOffset()) {
                activeAborted.push_back(abortedScratch[nextAborted].producerId);
                ++nextAborted;
            }
        }
        if (e.batch.isControl()) {
            if (filter)
                activeAborted.erase(std::remove(activeAborted.begin(), activeAborted.end(), e.batch.producerId()), activeAborted.end());
            p.fetchPosition = std::max(p.fetchPosition, e.nextOffset());
            continue;
        }
        if (e.nextOffset() <= p.fetchPosition)
            continue; // the whole batch lies before the position
        if (filter && e.batch.isTransactional()
            && std::find(activeAborted.begin(), activeAborted.end(), e.batch.producerId()) != activeAborted.end()) {
            for (const RecordView r : e.batch)
                if (e.base + r.offsetDelta >= p.fetchPosition)
                    ++stats.abortedSkipped;
            p.fetchPosition = e.nextOffset();
            continue;
        }
        const Offset from = std::max(p.fetchPosition, e.base);
        Offset to = e.nextOffset();
        int n = 0;
        for (const RecordView r : e.batch) {
            const Offset o = e.base + r.offsetDelta;
            if (o < from)
                continue;
            if (n == room) {
                to = o; // the buffer is full: the rest of the batch is fetched again later
                break;
            }
            ++n;
        }
        if (n > 0) {
            p.chunks.push_back({std::move(e), from, to, n});
            buffered += n;
            room -= n;
        }
        p.fetchPosition = to;
        if (room == 0)
            break;
    }
    syncPosition(p);
}

// Moves up to `max` records of p's buffer into `out`.
int Consumer::Impl::take(Part &p, std::vector<ConsumedRecord> &out, int max)
{
    int taken = 0;
    const Micros now = loop.now();
    while (taken < max && p.head < p.chunks.size()) {
        Chunk &c = p.chunks[p.head];
        Offset last = c.from - 1;
        for (const RecordView r : c.entry.batch) {
            const Offset o = c.entry.base + r.offsetDelta;
            if (o < c.from)
                continue;
            if (o >= c.to || taken == max)
                break;
            out.push_back({p.tp, o, r, c.entry.batch});
            stats.endToEnd.record(now - r.timestamp);
            last = o;
            ++taken;
            --c.remaining;
            --buffered;
        }
        if (c.remaining == 0) {
            ++p.head;
        } else {
            c.from = last + 1;
        }
    }
    if (p.head == p.chunks.size()) {
        p.chunks.clear();
        p.head = 0;
    }
    syncPosition(p);
    stats.recordsConsumed += taken;
    return taken;
}

// One round over the partitions, starting at a rotating one so that no
// partition's backlog starves the others.
int Consumer::Impl::collect(std::vector<ConsumedRecord> &out, int max)
{
    if (parts.empty() || buffered == 0)
        return 0;
    const std::size_t n = parts.size();
    auto it = parts.begin();
    std::advance(it, std::ptrdiff_t(pollCursor++ % n));
    int total = 0;
    for (std::size_t i = 0; i < n && total < max; ++i) {
        if (!it->second.paused)
            total += take(it->second, out, max - total);
        if (++it == parts.end())
            it = parts.begin();
    }
    return total;
}

void Consumer::Impl::deliverPush()
{
    if (delivering || !listener)
        return;
    delivering = true;
    const int max = std::max(1, std::min(config().maxPollRecords, config().prefetch));
    while (buffered > 0 && phase != Phase::Closed && listener) {
        pushScratch.clear();
        if (collect(pushScratch, max) == 0)
            break; // only paused partitions have records
        // The application may seek, pause, commit or close from here; the
        // positions already moved past these records.
        listener->onRecords(q, std::span<const ConsumedRecord>(pushScratch.data(), pushScratch.size()));
    }
    pushScratch.clear(); // release the batches
    delivering = false;
    // The buffer drained: fetch more now rather than on the next tick.
    if (phase != Phase::Closed && buffered < config().prefetch) {
        const Micros now = loop.now();
        for (auto &[tp, p] : parts)
            if (p.start == Start::Ready && !p.paused && !p.fetchInFlight && now >= p.retryAt && buffered < config().prefetch)
                sendFetch(p);
    }
}

// --- the public face ---

Consumer::Consumer(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
                   ConsumerConfig config, ConsumerListener *listener)
    : d(std::make_unique<Impl>(*this, loop, transport, std::move(bootstrap), listener))
    , m_self(self)
    , m_config(std::move(config))
{
    m_config.prefetch = std::max(1, m_config.prefetch);
    m_config.maxPollRecords = std::max(1, m_config.maxPollRecords);
    d->pushScratch.reserve(std::size_t(std::min(m_config.maxPollRecords, m_config.prefetch)));
}

Consumer::~Consumer() = default;

void Consumer::subscribe(const QStringList &topics)
{
    if (m_config.groupId.isEmpty()) {
        qWarning("bb::Consumer: subscribe() needs a groupId; use assign() for a standalone consumer");
        return;
    }
    if (d->phase == Impl::Phase::Closed)
        return;
    if (d->phase == Impl::Phase::Standalone) {
        for (const TopicPartition &tp : d->assigned())
            d->dropPart(tp);
        d->phase = Impl::Phase::NeedJoin;
    }
    d->subscription = topics;
    if (d->started)
        d->rejoin();
}

void Consumer::assign(const std::vector<TopicPartition> &partitions)
{
    if (d->phase == Impl::Phase::Closed)
        return;
    if (d->groupMode()) {
        d->leave();
        d->subscription.clear();
        d->phase = Impl::Phase::Standalone;
    }
    for (const TopicPartition &tp : d->assigned())
        if (std::find(partitions.begin(), partitions.end(), tp) == partitions.end())
            d->dropPart(tp);
    for (const TopicPartition &tp : partitions)
        d->addPart(tp, Impl::Start::Committed);
    d->pump();
}

void Consumer::start()
{
    if (d->started)
        return;
    d->started = true;
    d->lastAutoCommit = d->loop.now();
    d->requestMetadata();
    d->loop.schedule(kTick, m_self, kTickTag);
    if (d->groupMode())
        d->rejoin();
    d->pump();
}

void Consumer::detachListener() { d->listener = nullptr; }

void Consumer::close()
{
    if (d->phase == Impl::Phase::Closed)
        return;
    if (m_config.commit == CommitMode::Auto)
        d->autoCommit();
    if (d->groupMode()) {
        d->leave();
    } else {
        for (const TopicPartition &tp : d->assigned())
            d->dropPart(tp);
    }
    d->phase = Impl::Phase::Closed;
}

bool Consumer::isClosed() const { return d->phase == Impl::Phase::Closed; }

int Consumer::poll(std::vector<ConsumedRecord> &out, int max)
{
    out.clear();
    if (d->phase == Impl::Phase::Closed || max <= 0)
        return 0;
    const int n = d->collect(out, std::min(max, m_config.maxPollRecords));
    if (n > 0)
        d->pump(); // room in the buffer: fetch again without waiting for the tick
    return n;
}

void Consumer::commit(const std::vector<PartitionOffset> &offsets)
{
    if (offsets.empty() || d->phase == Impl::Phase::Closed)
        return;
    d->sendCommit(offsets);
}

void Consumer::commitPositions()
{
    std::vector<PartitionOffset> offsets;
    for (const auto &[tp, p] : d->parts)
        if (p.start == Impl::Start::Ready && p.position.value >= 0)
            offsets.push_back({tp, p.position});
    commit(offsets);
}

void Consumer::seek(TopicPartition tp, Offset offset)
{
    if (Impl::Part *p = d->part(tp)) {
        d->setPosition(*p, offset);
        d->pump();
    }
}

void Consumer::seekToTimestamp(TopicPartition tp, Micros timestamp)
{
    if (Impl::Part *p = d->part(tp)) {
        d->clearBuffer(*p);
        p->fetchInFlight = false;
        p->start = Impl::Start::Timestamp;
        p->seekTimestamp = timestamp;
        p->listCorrelation = 0;
        p->retryAt = 0;
        d->pump();
    }
}

void Consumer::seekToBeginning(TopicPartition tp) { seekToTimestamp(tp, ListOffsetsRequest::kEarliest); }

void Consumer::seekToCommitted(TopicPartition tp)
{
    if (Impl::Part *p = d->part(tp); p && !d->config().groupId.isEmpty()) {
        d->clearBuffer(*p);
        p->fetchInFlight = false;
        p->start = Impl::Start::Committed;
        p->listCorrelation = 0;
        p->retryAt = 0;
        d->pump();
    }
}

void Consumer::pause(TopicPartition tp)
{
    Impl::Part *p = d->part(tp);
    if (!p || p->paused)
        return;
    p->paused = true;
    // What was fetched for it is dropped (and fetched again on resume), so
    // a paused partition never holds buffer room the others could use.
    if (p->start == Impl::Start::Ready) {
        d->clearBuffer(*p);
        p->fetchPosition = p->position;
        p->fetchInFlight = false;
    }
}

void Consumer::resume(TopicPartition tp)
{
    if (Impl::Part *p = d->part(tp); p && p->paused) {
        p->paused = false;
        d->pump();
    }
}

std::vector<TopicPartition> Consumer::assignment() const { return d->assigned(); }

QStringList Consumer::subscription() const { return d->subscription; }

bool Consumer::isPaused(TopicPartition tp) const
{
    const Impl::Part *p = d->part(tp);
    return p && p->paused;
}

int Consumer::bufferedRecords() const { return d->buffered; }

Offset Consumer::position(TopicPartition tp) const
{
    const Impl::Part *p = d->part(tp);
    return p && p->start == Impl::Start::Ready ? p->position : Offset(-1);
}

Offset Consumer::committed(TopicPartition tp) const
{
    auto it = d->committed.find(tp);
    return it == d->committed.end() ? Offset(-1) : it->second;
}

Epoch Consumer::leaderEpoch(TopicPartition tp) const
{
    auto it = d->leaders.find(tp);
    return it == d->leaders.end() ? kNoEpoch : it->second.epoch;
}

Offset Consumer::highWatermark(TopicPartition tp) const
{
    const Impl::Part *p = d->part(tp);
    return p ? p->hw : Offset(-1);
}

std::int32_t Consumer::generation() const { return d->generation; }
QString Consumer::memberId() const { return d->memberId; }
bool Consumer::isGroupLeader() const { return !d->memberId.isEmpty() && d->memberId == d->leaderId; }
bool Consumer::isStable() const { return d->phase == Impl::Phase::Stable; }
const ConsumerStats &Consumer::stats() const { return d->stats; }

void Consumer::onMessage(ActorId, Message &message)
{
    std::visit([&](auto &m) {
        if constexpr (requires { d->handle(m); })
            d->handle(m);
    }, message);
}

void Consumer::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    d->tick();
    // A closed consumer only waits for the answers to its last commits.
    if (d->phase != Impl::Phase::Closed || !d->commits.empty())
        d->loop.schedule(kTick, m_self, kTickTag);
}

} // namespace bb
