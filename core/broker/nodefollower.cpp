// The follower side of a Node: the fetch loop, appending what the leader
// sends, and truncating where the logs diverge (by leader epoch).
#include "node.h"

#include <algorithm>

namespace bb {

void Node::becomeFollower(Replica &r)
{
    if (r.isLeader)
        stopLeading(r, Errc::NotLeader);
    r.fetchingFrom = r.state.leader;
    r.fetchInFlight = false;
    ++r.fetchCorrelation;
    r.fetchRetryAt = -1;
    if (r.fetchingFrom != kNoNode && r.fetchingFrom != m_id)
        sendFetch(r);
}

void Node::sendFetch(Replica &r)
{
    if (r.fetchingFrom == kNoNode)
        return;
    if (m_brokerEpoch < 0) {
        // Not registered (a restart, or fenced and registering again): try
        // once registered. A state can be applied before that (an
        // AlterPartition answer), and the full update that registration
        // brings then holds nothing newer to start the fetch loop again.
        r.fetchInFlight = false;
        r.fetchRetryAt = m_loop.now() + m_config.fetchBackoff;
        return;
    }
    FetchRequest m;
    m.correlation = ++r.fetchCorrelation;
    m.tp = r.tp;
    m.replica = m_id;
    m.brokerEpoch = m_brokerEpoch;
    m.currentLeaderEpoch = r.state.leaderEpoch;
    m.fetchOffset = r.log.logEndOffset();
    m.lastFetchedEpoch = r.log.latestEpoch();
    m.maxBytes = m_config.replicaFetchMaxBytes;
    m.maxWait = m_config.fetchMaxWait;
    r.fetchInFlight = true;
    r.fetchSentAt = m_loop.now();
    r.fetchRetryAt = -1;
    m_transport.send(m_self, nodeActor(r.fetchingFrom), std::move(m));
}

void Node::checkFetchTimers(Replica &r, Micros now)
{
    if (r.fetchingFrom == kNoNode)
        return;
    if (r.fetchInFlight) {
        // No answer (lost, or the leader is unreachable): ask again.
        if (now - r.fetchSentAt >= m_config.fetchMaxWait + m_config.fetchTimeout)
            sendFetch(r);
    } else if (r.fetchRetryAt >= 0 && now >= r.fetchRetryAt) {
        sendFetch(r);
    }
}

void Node::handle(ActorId from, FetchResponse &m)
{
    Replica *rp = find(m.tp);
    if (!rp || rp->isLeader || !rp->fetchInFlight || m.correlation != rp->fetchCorrelation
        || from != nodeActor(rp->fetchingFrom))
        return; // stale: an answer to a fetch this replica no longer waits for
    Replica &r = *rp;
    r.fetchInFlight = false;
    if (m.error != Errc::None) {
        if (m.error == Errc::OffsetOutOfRange && r.log.logEndOffset() < m.logStart) {
            // The leader no longer has what we need (retention): start over at its log start.
            if (m_observer)
                m_observer->onTruncated(m_id, r.tp, r.log.logEndOffset(), r.hw);
            r.log.resetTo(m.logStart);
            r.producers.clear();
            m_store.truncateTo(r.tp, Offset(0));
            m_store.advanceLogStart(r.tp, m.logStart);
            persistEpochs(r);
            r.hw = std::max(r.hw, m.logStart);
            sendFetch(r);
            return;
        }
        r.fetchRetryAt = m_loop.now() + m_config.fetchBackoff;
        return;
    }
    if (m.diverging) {
        handleDivergence(r, m);
        sendFetch(r);
        return;
    }
    for (auto &e : m.entries) {
        if (e.base != r.log.logEndOffset()) {
            if (e.base < r.log.logEndOffset())
                continue; // already have it
            break;        // a gap: refetch from our end
        }
        appendLocal(r, std::move(e));
    }
    if (m.logStart > r.log.logStartOffset() && m.logStart <= r.log.logEndOffset()) {
        r.log.advanceLogStart(m.logStart);
        m_store.advanceLogStart(r.tp, m.logStart);
    }
    setHighWatermark(r, std::min(m.highWatermark, r.log.logEndOffset()));
    sendFetch(r);
}

void Node::handleDivergence(Replica &r, const FetchResponse &m)
{
    // KIP-279: truncate to the smaller of the leader's end offset for the
    // epoch and our own end offset for the largest epoch we share with it.
    Offset to = m.diverging->endOffset;
    if (m.diverging->epoch != kNoEpoch) {
        const EpochEndOffset mine = r.log.endOffsetForEpoch(m.diverging->epoch);
        if (mine.epoch == kNoEpoch)
            to = r.log.logStartOffset();
        else
            to = std::min(to, mine.endOffset);
    }
    to = std::min(to, r.log.logEndOffset());
    if (to < r.log.logStartOffset()) {
        if (m_observer)
            m_observer->onTruncated(m_id, r.tp, to, r.hw);
        r.log.resetTo(m.logStart);
        r.producers.clear();
        m_store.truncateTo(r.tp, Offset(0));
        m_store.advanceLogStart(r.tp, m.logStart);
        persistEpochs(r);
        return;
    }
    truncate(r, to);
}

} // namespace bb
