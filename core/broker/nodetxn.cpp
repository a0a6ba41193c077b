// The transaction side of a Node as partition leader: appending the commit
// and abort markers the transaction coordinator asks for.
#include "node.h"

#include "model/txnmarker.h"

namespace bb {

void Node::handle(ActorId from, const WriteTxnMarkersRequest &m)
{
    if (!m.groupId.isEmpty())
        return; // group markers go to the group coordinator
    // One answer per partition, each when its marker is committed: the
    // coordinator retries a partition until it gets a success, so a marker
    // lost with a failed leader is written again to the next one.
    for (const TopicPartition &tp : m.partitions) {
        Replica *r = find(tp);
        const Errc error = r ? appendTxnMarker(*r, from, m) : (m_topics.count(tp.topic) ? Errc::NotLeader : Errc::UnknownTopic);
        if (error == Errc::None)
            continue; // answered when committed
        ++m_stats.errors;
        WriteTxnMarkersResponse resp;
        resp.correlation = m.correlation;
        resp.results.emplace_back(tp, error);
        m_transport.send(m_self, from, std::move(resp));
    }
}

Errc Node::appendTxnMarker(Replica &r, ActorId from, const WriteTxnMarkersRequest &m)
{
    if (!r.isLeader || m_brokerEpoch < 0)
        return Errc::NotLeader;
    // Kafka writes markers with acks=all.
    if (int(r.state.isr.size()) < r.config.minInsyncReplicas)
        return Errc::NotEnoughReplicas;
    if (const ProducerEntry *p = r.producers.find(m.producerId); p && m.epoch < p->epoch)
        return Errc::ProducerFenced;
    if (const ProducerEntry *p = r.producers.find(m.producerId); p && p->txnFirstOffset.value >= 0) {
        // A late copy of a marker already written here: the open
        // transaction began after the marker's outcome was decided, so it
        // is the producer's next one. Answer success, write nothing.
        const LogEntry *first = r.log.entryContaining(p->txnFirstOffset);
        if (first && first->batch.firstTimestamp() > m.preparedAt) {
            WriteTxnMarkersResponse resp;
            resp.correlation = m.correlation;
            resp.results.emplace_back(r.tp, Errc::None);
            m_transport.send(m_self, from, std::move(resp));
            return Errc::None;
        }
    }
    const Offset base = r.log.logEndOffset();
    LogEntry entry{base, r.state.leaderEpoch, buildTxnMarker(m.producerId, m.epoch, m.commit, m_loop.now())};
    const Offset next = entry.nextOffset();
    appendLocal(r, std::move(entry));
    ++m_stats.txnMarkers;
    wakeParked(r, true);
    addWaiting(r, {from, m.correlation, base, next, m_loop.now() + m_config.fetchTimeout + m_config.replicaLagTimeMax, true});
    maybeAdvanceHighWatermark(r);
    return Errc::None;
}

} // namespace bb
