// The leader side of a Node: produce, serving fetches, ISR maintenance and
// the high watermark.
#include "node.h"

#include <QCoreApplication>

#include <algorithm>

namespace bb {

void Node::becomeLeader(Replica &r)
{
    const Micros now = m_loop.now();
    if (r.isLeader) // re-elected in a newer epoch: what waited under the old one is answered now
        stopLeading(r, Errc::NotLeader);
    r.isLeader = true;
    r.fetchingFrom = kNoNode;
    r.fetchInFlight = false;
    ++r.fetchCorrelation; // a fetch still in flight is now stale
    r.fetchRetryAt = -1;
    r.log.assignEpochStart(r.state.leaderEpoch, r.log.logEndOffset());
    persistEpochs(r);
    r.leaderEpochStart = r.log.logEndOffset();
    r.pendingIsr.reset();
    r.followers.clear();
    for (NodeId n : r.state.replicas)
        if (n != m_id)
            r.followers.push_back({n, Offset(-1), now, now, Offset(-1)});
    if (m_observer)
        m_observer->onBecameLeader(m_id, m_incarnation, r.tp, r.state.leaderEpoch);
    maybeAdvanceHighWatermark(r);
}

void Node::stopLeading(Replica &r, Errc why)
{
    for (const auto &w : r.waiting)
        answerWaiting(r, w, why);
    r.waiting.clear();
    for (const auto &p : r.parked) {
        FetchResponse resp;
        resp.correlation = p.request.correlation;
        resp.tp = r.tp;
        resp.error = why;
        m_transport.send(m_self, p.from, std::move(resp));
    }
    r.parked.clear();
    r.isLeader = false;
    r.followers.clear();
    r.pendingIsr.reset();
}

void Node::handle(ActorId from, const ProduceRequest &m)
{
    ++m_stats.produceRequests;
    ProduceResponse resp;
    resp.correlation = m.correlation;
    resp.tp = m.tp;
    Replica *r = find(m.tp);
    if (!r || !r->isLeader || m_brokerEpoch < 0)
        resp.error = m_topics.count(m.tp.topic) || r ? Errc::NotLeader : Errc::UnknownTopic;
    else if (m.batch.isNull() || m.batch.recordCount() <= 0)
        resp.error = Errc::InvalidRecord;
    else if (m.acks == Acks::All && int(r->state.isr.size()) < r->config.minInsyncReplicas)
        resp.error = Errc::NotEnoughReplicas;
    else if (m.batch.isControl())
        resp.error = Errc::InvalidRecord; // markers come from the transaction coordinator only
    if (resp.error == Errc::None && m.batch.producerId().value >= 0) [[unlikely]] {
        // Idempotent producer: fenced, out of order, or a retry of a batch
        // already in the log. One hash lookup per batch, nothing per record.
        const SequenceCheck check = r->producers.check(m.batch);
        resp.error = check.error;
        if (check.duplicate) {
            ++m_stats.duplicateBatches;
            resp.baseOffset = check.base;
            resp.logStart = r->log.logStartOffset();
            // Answered like the original: acks=all only once it is committed.
            if (m.acks == Acks::All && check.next > r->hw)
                addWaiting(*r, {from, m.correlation, check.base, check.next, m_loop.now() + m.timeout});
            else if (m.acks != Acks::None)
                m_transport.send(m_self, from, std::move(resp));
            return;
        }
    }
    if (resp.error != Errc::None) {
        ++m_stats.errors;
        if (m.acks != Acks::None)
            m_transport.send(m_self, from, std::move(resp));
        return;
    }
    const Offset base = r->log.logEndOffset();
    LogEntry entry{base, r->state.leaderEpoch, m.batch};
    const Offset next = entry.nextOffset();
    appendLocal(*r, std::move(entry));
    wakeParked(*r, true);
    resp.baseOffset = base;
    resp.logStart = r->log.logStartOffset();
    switch (m.acks) {
    case Acks::None:
        break;
    case Acks::Leader:
        m_transport.send(m_self, from, std::move(resp));
        break;
    case Acks::All:
        r->waiting.push_back({from, m.correlation, base, next, m_loop.now() + m.timeout});
        break;
    }
    maybeAdvanceHighWatermark(*r);
}

void Node::handle(ActorId from, const FetchRequest &m)
{
    ++m_stats.fetchRequests;
    Replica *r = find(m.tp);
    FetchResponse resp;
    resp.correlation = m.correlation;
    resp.tp = m.tp;
    if (!r || !r->isLeader || m_brokerEpoch < 0) {
        resp.error = Errc::NotLeader;
    } else if (m.currentLeaderEpoch != kNoEpoch && m.currentLeaderEpoch < r->state.leaderEpoch) {
        resp.error = Errc::FencedLeaderEpoch;
    } else if (m.currentLeaderEpoch > r->state.leaderEpoch) {
        resp.error = Errc::NotLeader; // this node has not heard of that epoch yet
    } else if (m.replica != kNoNode && !r->state.isReplica(m.replica)) {
        resp.error = Errc::UnknownPartition;
    }
    if (resp.error != Errc::None) {
        m_transport.send(m_self, from, std::move(resp));
        return;
    }
    resp.leaderEpoch = r->state.leaderEpoch;
    resp.logStart = r->log.logStartOffset();
    resp.highWatermark = r->hw;
    resp.lastStable = r->lastStableOffset();
    if (m.replica != kNoNode && m.lastFetchedEpoch != kNoEpoch) {
        EpochEndOffset eo = r->log.endOffsetForEpoch(m.lastFetchedEpoch);
        if (eo.epoch == kNoEpoch) {
            // The follower's epoch is older than every epoch this log still
            // knows (retention removed them). As in Kafka, that epoch ends
            // where the first known one starts: a follower at or below it
            // is not diverging, it is behind the log start, and the range
            // check below sends it there. Answering "diverging at the log
            // start" instead would repeat forever once it truncated there,
            // since its last epoch stays the old one.
            const auto &epochs = r->log.epochs();
            eo = {m.lastFetchedEpoch, epochs.empty() ? r->log.logStartOffset() : epochs.front().startOffset};
        }
        if (eo.epoch != m.lastFetchedEpoch || eo.endOffset < m.fetchOffset) {
            resp.diverging = eo;
            m_transport.send(m_self, from, std::move(resp));
            return;
        }
    }
    if (m.fetchOffset < r->log.logStartOffset() || m.fetchOffset > r->log.logEndOffset()) {
        resp.error = Errc::OffsetOutOfRange;
        m_transport.send(m_self, from, std::move(resp));
        return;
    }
    if (m.replica != kNoNode) {
        updateFollower(*r, m.replica, m.fetchOffset, m.brokerEpoch);
        resp.highWatermark = r->hw;
        resp.lastStable = r->lastStableOffset();
    }
    const Offset limit = m.replica != kNoNode ? r->log.logEndOffset() : consumerLimit(*r, m.readCommitted);
    if (m.fetchOffset >= limit && m.maxWait > 0) {
        r->parked.push_back({from, m, m_loop.now() + m.maxWait});
        return;
    }
    answerFetch(*r, from, m);
}

// Where to start reading: the log start, the end of what consumers may
// read, or the first record at or after a timestamp (never past that end).
void Node::handle(ActorId from, const ListOffsetsRequest &m)
{
    ListOffsetsResponse resp;
    resp.correlation = m.correlation;
    resp.tp = m.tp;
    Replica *r = find(m.tp);
    if (!r || !r->isLeader || m_brokerEpoch < 0) {
        resp.error = m_topics.count(m.tp.topic) || r ? Errc::NotLeader : Errc::UnknownTopic;
        m_transport.send(m_self, from, std::move(resp));
        return;
    }
    // read_uncommitted consumers read up to the high watermark (read_committed
    // ones up to the last stable offset, once the node tracks transactions).
    const Offset limit = r->hw;
    if (m.timestamp == ListOffsetsRequest::kEarliest)
        resp.offset = r->log.logStartOffset();
    else if (m.timestamp == ListOffsetsRequest::kLatest)
        resp.offset = limit;
    else
        resp.offset = std::min(r->log.offsetForTimestamp(m.timestamp), limit);
    m_transport.send(m_self, from, std::move(resp));
}

void Node::answerFetch(Replica &r, ActorId to, const FetchRequest &m)
{
    FetchResponse resp;
    resp.correlation = m.correlation;
    resp.tp = r.tp;
    resp.leaderEpoch = r.state.leaderEpoch;
    resp.logStart = r.log.logStartOffset();
    resp.highWatermark = r.hw;
    resp.lastStable = r.lastStableOffset();
    const Offset limit = m.replica != kNoNode ? r.log.logEndOffset() : consumerLimit(r, m.readCommitted);
    r.log.read(m.fetchOffset, limit, std::min(m.maxBytes, m_config.replicaFetchMaxBytes), resp.entries);
    if (m.readCommitted && !resp.entries.empty())
        r.producers.collectAborted(m.fetchOffset, resp.entries.back().nextOffset(), resp.aborted);
    for (const auto &e : resp.entries)
        m_stats.bytesOut += e.batch.sizeBytes();
    m_transport.send(m_self, to, std::move(resp));
}

void Node::wakeParked(Replica &r, bool followersOnly)
{
    if (r.parked.empty())
        return;
    // Answering can park nothing new (answers are sent, not re-parked), so
    // iterating a moved-out list is safe and keeps the vector's capacity.
    for (std::size_t i = 0; i < r.parked.size();) {
        ParkedFetch &p = r.parked[i];
        const bool follower = p.request.replica != kNoNode;
        const Offset limit = follower ? r.log.logEndOffset() : consumerLimit(r, p.request.readCommitted);
        if ((follower || !followersOnly) && p.request.fetchOffset < limit) {
            answerFetch(r, p.from, p.request);
            r.parked[i] = std::move(r.parked.back());
            r.parked.pop_back();
        } else {
            ++i;
        }
    }
}

void Node::updateFollower(Replica &r, NodeId follower, Offset fetchOffset, std::int64_t brokerEpoch)
{
    auto it = std::find_if(r.followers.begin(), r.followers.end(), [&](const FollowerState &f) { return f.id == follower; });
    if (it == r.followers.end())
        return;
    FollowerState &f = *it;
    const Micros now = m_loop.now();
    const Offset leo = r.log.logEndOffset();
    // Kafka's rule: caught up now if it asked for our LEO; caught up as of
    // its previous fetch if it asked for at least what we had then.
    if (fetchOffset >= leo)
        f.lastCaughtUpTime = std::max(f.lastCaughtUpTime, now);
    else if (fetchOffset >= f.lastFetchLeaderLeo)
        f.lastCaughtUpTime = std::max(f.lastCaughtUpTime, f.lastFetchTime);
    f.leo = fetchOffset;
    f.brokerEpoch = brokerEpoch;
    f.lastFetchLeaderLeo = leo;
    f.lastFetchTime = now;
    maybeExpandIsr(r, f);
    maybeAdvanceHighWatermark(r);
}

void Node::maybeExpandIsr(Replica &r, const FollowerState &f)
{
    if (r.pendingIsr || r.state.inIsr(f.id))
        return;
    if (f.leo >= r.hw && f.leo >= r.leaderEpochStart) {
        auto isr = r.state.isr;
        isr.push_back(f.id);
        std::sort(isr.begin(), isr.end());
        proposeIsr(r, std::move(isr));
    }
}

void Node::maybeShrinkIsr(Replica &r)
{
    if (r.pendingIsr)
        return;
    const Micros now = m_loop.now();
    std::vector<NodeId> isr;
    bool shrink = false;
    for (NodeId n : r.state.isr) {
        auto it = std::find_if(r.followers.begin(), r.followers.end(), [&](const FollowerState &f) { return f.id == n; });
        if (n != m_id && it != r.followers.end() && now - it->lastCaughtUpTime > m_config.replicaLagTimeMax)
            shrink = true;
        else
            isr.push_back(n);
    }
    if (shrink)
        proposeIsr(r, std::move(isr));
}

void Node::proposeIsr(Replica &r, std::vector<NodeId> isr)
{
    AlterPartition m;
    m.leader = m_id;
    m.brokerEpoch = m_brokerEpoch;
    m.tp = r.tp;
    m.leaderEpoch = r.state.leaderEpoch;
    m.partitionEpoch = r.state.partitionEpoch;
    m.newIsr = isr;
    for (NodeId n : isr) {
        std::int64_t epoch = n == m_id ? m_brokerEpoch : -1;
        for (const auto &f : r.followers)
            if (f.id == n)
                epoch = f.brokerEpoch;
        m.newIsrBrokerEpochs.push_back(epoch);
    }
    r.pendingIsr = std::move(isr);
    r.pendingIsrSince = m_loop.now();
    m_transport.send(m_self, kControllerActor, std::move(m));
}

void Node::handle(ActorId from, const AlterPartitionResponse &m)
{
    if (from != kControllerActor)
        return;
    Replica *r = find(m.tp);
    if (!r)
        return;
    if (m.error != Errc::None) {
        r->pendingIsr.reset(); // re-evaluated from fresh state on the next check
        applyState(m.state);
        return;
    }
    applyState(m.state);
}

void Node::maybeAdvanceHighWatermark(Replica &r)
{
    if (!r.isLeader)
        return;
    // The maximal ISR: while a change is pending, count both the old and
    // the proposed members, so a shrink the controller has not accepted
    // cannot commit anything early.
    Offset hw = r.log.logEndOffset();
    auto consider = [&](NodeId n) {
        if (n == m_id)
            return;
        for (const auto &f : r.followers)
            if (f.id == n) {
                hw = std::min(hw, f.leo);
                return;
            }
    };
    for (NodeId n : r.state.isr)
        consider(n);
    if (r.pendingIsr)
        for (NodeId n : *r.pendingIsr)
            consider(n);
    if (hw > r.hw) {
        setHighWatermark(r, hw);
        const bool enough = int(r.state.isr.size()) >= r.config.minInsyncReplicas;
        while (!r.waiting.empty() && r.waiting.front().required <= r.hw) {
            answerWaiting(r, r.waiting.front(), enough ? Errc::None : Errc::NotEnoughReplicasAfterAppend);
            r.waiting.pop_front();
        }
        wakeParked(r, false);
    }
}

void Node::expireWaiting(Replica &r, Micros now)
{
    while (!r.waiting.empty() && r.waiting.front().deadline <= now) {
        answerWaiting(r, r.waiting.front(), Errc::RequestTimedOut);
        r.waiting.pop_front();
    }
    for (std::size_t i = 0; i < r.parked.size();) {
        if (r.parked[i].deadline <= now) {
            answerFetch(r, r.parked[i].from, r.parked[i].request);
            r.parked[i] = std::move(r.parked.back());
            r.parked.pop_back();
        } else {
            ++i;
        }
    }
}

void Node::answerWaiting(Replica &r, const WaitingProduce &w, Errc error)
{
    if (w.marker) {
        WriteTxnMarkersResponse resp;
        resp.correlation = w.correlation;
        resp.results.emplace_back(r.tp, error);
        m_transport.send(m_self, w.client, std::move(resp));
        return;
    }
    ProduceResponse resp;
    resp.correlation = w.correlation;
    resp.tp = r.tp;
    resp.error = error;
    if (error == Errc::None || error == Errc::NotEnoughReplicasAfterAppend) {
        resp.baseOffset = w.base;
        resp.logStart = r.log.logStartOffset();
    }
    m_transport.send(m_self, w.client, std::move(resp));
}

void Node::addWaiting(Replica &r, WaitingProduce w)
{
    // Appends come in offset order; only an answer waiting for an earlier
    // batch (a duplicate) is inserted in the middle, so the queue stays
    // ordered by the high watermark it needs.
    if (r.waiting.empty() || r.waiting.back().required <= w.required) {
        r.waiting.push_back(std::move(w));
        return;
    }
    auto at = std::upper_bound(r.waiting.begin(), r.waiting.end(), w.required,
                               [](Offset required, const WaitingProduce &x) { return required < x.required; });
    r.waiting.insert(at, std::move(w));
}

Offset Node::consumerLimit(const Replica &r, bool readCommitted) const
{
    return readCommitted ? r.lastStableOffset() : r.hw;
}

} // namespace bb
