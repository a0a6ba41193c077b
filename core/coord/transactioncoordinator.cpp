#include "transactioncoordinator.h"

#include <QCoreApplication>

#include <algorithm>

namespace bb {
namespace {

constexpr std::uint64_t kTickTag = 1;
constexpr Micros kTick = 100 * kMillisecond;
constexpr Micros kRetryBackoff = 100 * kMillisecond;
// A leader answers a marker when it is committed, or after its own wait
// (3 s with the default node settings); no answer by then means a message
// was lost, and the marker is sent again (a second marker is harmless).
constexpr Micros kMarkerTimeout = 4 * kSecond;
constexpr Micros kMetadataTimeout = 500 * kMillisecond;

QString tr(const char *s) { return QCoreApplication::translate("bb::TransactionCoordinator", s); }

bool leaderMoved(Errc e)
{
    return e == Errc::NotLeader || e == Errc::FencedLeaderEpoch || e == Errc::UnknownTopic
        || e == Errc::UnknownPartition || e == Errc::NodeDown;
}

} // namespace

const char *txnPhaseName(TxnPhase phase)
{
    switch (phase) {
    case TxnPhase::Empty: return "Empty";
    case TxnPhase::Ongoing: return "Ongoing";
    case TxnPhase::PrepareCommit: return "PrepareCommit";
    case TxnPhase::PrepareAbort: return "PrepareAbort";
    case TxnPhase::CompleteCommit: return "CompleteCommit";
    case TxnPhase::CompleteAbort: return "CompleteAbort";
    }
    return "Unknown";
}

TransactionCoordinator::TransactionCoordinator(EventLoop &loop, Transport &transport, std::vector<ActorId> nodes)
    : m_loop(loop)
    , m_transport(transport)
    , m_nodes(std::move(nodes))
{
}

const TransactionState *TransactionCoordinator::transaction(const QString &transactionalId) const
{
    auto it = m_txns.find(transactionalId);
    return it == m_txns.end() ? nullptr : &it->second.state;
}

std::vector<const TransactionState *> TransactionCoordinator::transactions() const
{
    std::vector<const TransactionState *> out;
    out.reserve(m_txns.size());
    for (const auto &[id, t] : m_txns)
        out.push_back(&t.state);
    return out;
}

TransactionCoordinator::Txn *TransactionCoordinator::find(const QString &transactionalId)
{
    auto it = m_txns.find(transactionalId);
    return it == m_txns.end() ? nullptr : &it->second;
}

void TransactionCoordinator::onMessage(ActorId from, Message &message)
{
    std::visit([&](auto &m) {
        if constexpr (requires { this->handle(from, m); })
            handle(from, m);
    }, message);
}

void TransactionCoordinator::onTimer(std::uint64_t tag)
{
    if (tag != kTickTag)
        return;
    m_ticking = false;
    tick();
}

void TransactionCoordinator::handle(ActorId from, const InitProducerIdRequest &m)
{
    InitProducerIdResponse resp;
    resp.correlation = m.correlation;
    if (m.transactionalId.isEmpty()) {
        // Idempotence only: a new id, never reused.
        resp.producerId = ProducerId(m_nextProducerId++);
        resp.epoch = 0;
        ++m_stats.producerIds;
        m_transport.send(kTransactionCoordinatorActor, from, std::move(resp));
        return;
    }
    auto [it, fresh] = m_txns.try_emplace(m.transactionalId);
    Txn &t = it->second;
    t.state.timeout = m.transactionTimeout > 0 ? m.transactionTimeout : 10 * kSecond;
    if (fresh) {
        t.state.transactionalId = m.transactionalId;
        t.state.producerId = ProducerId(m_nextProducerId++);
        t.state.epoch = 0;
        ++m_stats.producerIds;
        resp.producerId = t.state.producerId;
        resp.epoch = t.state.epoch;
        m_transport.send(kTransactionCoordinatorActor, from, std::move(resp));
        return;
    }
    switch (t.state.phase) {
    case TxnPhase::Ongoing:
        // The previous instance left a transaction open: fence it and abort
        // its transaction first; this request is answered when the markers
        // are written.
        fence(t, tr("A new producer with transactional id \"%1\" started; the previous instance is fenced (epoch %2) and its open transaction is aborted.")
                     .arg(t.state.transactionalId).arg(t.state.epoch + 1));
        t.initReply = {from, m.correlation};
        t.initBumped = true;
        endTransaction(t, false);
        return;
    case TxnPhase::PrepareCommit:
    case TxnPhase::PrepareAbort:
        t.initReply = {from, m.correlation}; // answered (with a new epoch) once the markers are written
        return;
    case TxnPhase::Empty:
    case TxnPhase::CompleteCommit:
    case TxnPhase::CompleteAbort:
        break;
    }
    t.initReply = {from, m.correlation};
    t.initBumped = false;
    answerInit(t);
}

void TransactionCoordinator::answerInit(Txn &t)
{
    if (!t.initReply.pending())
        return;
    if (!t.initBumped)
        fence(t, tr("A new producer with transactional id \"%1\" started; any previous instance is fenced (epoch %2).")
                     .arg(t.state.transactionalId).arg(t.state.epoch + 1));
    t.initBumped = false;
    InitProducerIdResponse resp;
    resp.correlation = t.initReply.correlation;
    resp.producerId = t.state.producerId;
    resp.epoch = t.state.epoch;
    m_transport.send(kTransactionCoordinatorActor, t.initReply.to, std::move(resp));
    t.initReply = {};
}

void TransactionCoordinator::fence(Txn &t, const QString &why)
{
    ++t.state.epoch;
    ++m_stats.fenced;
    report(ClusterEventKind::ProducerFenced, why);
}

Errc TransactionCoordinator::validate(const Txn &t, ProducerId producerId, std::int16_t epoch) const
{
    if (producerId != t.state.producerId)
        return Errc::InvalidTxnState;
    if (epoch < t.state.epoch)
        return Errc::ProducerFenced;
    if (epoch > t.state.epoch)
        return Errc::InvalidTxnState;
    return Errc::None;
}

Errc TransactionCoordinator::beginIfNeeded(Txn &t)
{
    switch (t.state.phase) {
    case TxnPhase::PrepareCommit:
    case TxnPhase::PrepareAbort:
        return Errc::ConcurrentTransactions;
    case TxnPhase::Ongoing:
        return Errc::None;
    case TxnPhase::Empty:
    case TxnPhase::CompleteCommit:
    case TxnPhase::CompleteAbort:
        break;
    }
    t.state.phase = TxnPhase::Ongoing;
    t.state.startedAt = m_loop.now();
    t.state.partitions.clear();
    t.state.groups.clear();
    ensureTicking(); // watches the transaction timeout
    return Errc::None;
}

void TransactionCoordinator::handle(ActorId from, const AddPartitionsToTxnRequest &m)
{
    TxnResponse resp;
    resp.correlation = m.correlation;
    Txn *t = find(m.transactionalId);
    resp.error = t ? validate(*t, m.producerId, m.epoch) : Errc::InvalidTxnState;
    if (resp.error == Errc::None)
        resp.error = beginIfNeeded(*t);
    if (resp.error == Errc::None) {
        auto &parts = t->state.partitions;
        for (const TopicPartition &tp : m.partitions)
            if (std::find(parts.begin(), parts.end(), tp) == parts.end())
                parts.push_back(tp);
    }
    m_transport.send(kTransactionCoordinatorActor, from, std::move(resp));
}

void TransactionCoordinator::handle(ActorId from, const AddOffsetsToTxnRequest &m)
{
    TxnResponse resp;
    resp.correlation = m.correlation;
    Txn *t = find(m.transactionalId);
    resp.error = t ? validate(*t, m.producerId, m.epoch) : Errc::InvalidTxnState;
    if (resp.error == Errc::None && m.groupId.isEmpty())
        resp.error = Errc::InvalidConfig;
    if (resp.error == Errc::None)
        resp.error = beginIfNeeded(*t);
    if (resp.error == Errc::None) {
        auto &groups = t->state.groups;
        if (std::find(groups.begin(), groups.end(), m.groupId) == groups.end())
            groups.push_back(m.groupId);
    }
    m_transport.send(kTransactionCoordinatorActor, from, std::move(resp));
}

void TransactionCoordinator::handle(ActorId from, const EndTxnRequest &m)
{
    TxnResponse resp;
    resp.correlation = m.correlation;
    Txn *t = find(m.transactionalId);
    resp.error = t ? validate(*t, m.producerId, m.epoch) : Errc::InvalidTxnState;
    if (resp.error == Errc::None) {
        const TxnPhase phase = t->state.phase;
        if (phase == TxnPhase::Ongoing) {
            t->endReply = {from, m.correlation};
            endTransaction(*t, m.commit);
            return;
        }
        if ((phase == TxnPhase::PrepareCommit && m.commit) || (phase == TxnPhase::PrepareAbort && !m.commit)) {
            t->endReply = {from, m.correlation}; // a retry: answered when the markers are written
            return;
        }
        const bool done = (phase == TxnPhase::CompleteCommit && m.commit) || (phase == TxnPhase::CompleteAbort && !m.commit)
            || (phase == TxnPhase::Empty && !m.commit);
        if (!done)
            resp.error = Errc::InvalidTxnState;
    }
    m_transport.send(kTransactionCoordinatorActor, from, std::move(resp));
}

void TransactionCoordinator::endTransaction(Txn &t, bool commit)
{
    t.state.phase = commit ? TxnPhase::PrepareCommit : TxnPhase::PrepareAbort;
    t.preparedAt = m_loop.now();
    t.markers.clear();
    for (const TopicPartition &tp : t.state.partitions)
        t.markers.push_back({tp, QString()});
    for (const QString &g : t.state.groups)
        t.markers.push_back({{TopicId(-1), PartitionId(-1)}, g});
    if (t.markers.empty()) {
        complete(t);
        return;
    }
    sendMarkers(t);
    ensureTicking();
}

void TransactionCoordinator::sendMarkers(Txn &t)
{
    const Micros now = m_loop.now();
    const bool commit = t.state.phase == TxnPhase::PrepareCommit;
    for (Marker &mk : t.markers) {
        if (mk.done || mk.retryAt > now || (mk.correlation != 0 && now - mk.sentAt < kMarkerTimeout))
            continue;
        if (mk.correlation != 0) {
            // No answer in time: the leader may be gone or cut off; look it up again.
            m_inFlight.erase(mk.correlation);
            if (mk.groupId.isEmpty())
                m_leaders.erase(mk.tp);
        }
        mk.correlation = 0;
        ActorId to = kGroupCoordinatorActor;
        if (mk.groupId.isEmpty()) {
            auto leader = m_leaders.find(mk.tp);
            if (leader == m_leaders.end() || leader->second == kNoNode) {
                requestMetadata();
                mk.retryAt = now + kRetryBackoff;
                continue;
            }
            to = nodeActor(leader->second);
        }
        WriteTxnMarkersRequest req;
        req.correlation = m_nextCorrelation++;
        req.producerId = t.state.producerId;
        req.epoch = t.state.epoch;
        req.commit = commit;
        req.preparedAt = t.preparedAt;
        if (mk.groupId.isEmpty())
            req.partitions.push_back(mk.tp);
        else
            req.groupId = mk.groupId;
        mk.correlation = req.correlation;
        mk.sentAt = now;
        m_inFlight.emplace(req.correlation, t.state.transactionalId);
        ++m_stats.markersSent;
        m_transport.send(kTransactionCoordinatorActor, to, std::move(req));
    }
}

void TransactionCoordinator::handle(ActorId, const WriteTxnMarkersResponse &m)
{
    auto in = m_inFlight.find(m.correlation);
    if (in == m_inFlight.end())
        return; // stale: answered already, or resent since
    Txn *t = find(in->second);
    m_inFlight.erase(in);
    if (!t || (t->state.phase != TxnPhase::PrepareCommit && t->state.phase != TxnPhase::PrepareAbort))
        return;
    const Micros now = m_loop.now();
    auto settle = [&](Marker &mk, Errc error) {
        mk.correlation = 0;
        // A partition that knows a newer epoch of this producer has had
        // any transaction of this epoch ended by that epoch's marker.
        if (error == Errc::None || error == Errc::ProducerFenced) {
            mk.done = true;
            return;
        }
        if (leaderMoved(error)) {
            m_leaders.erase(mk.tp);
            requestMetadata();
        }
        mk.retryAt = now + kRetryBackoff;
    };
    for (Marker &mk : t->markers) {
        if (mk.correlation != m.correlation)
            continue;
        if (!mk.groupId.isEmpty()) {
            if (m.groupId == mk.groupId)
                settle(mk, m.groupError);
            continue;
        }
        for (const auto &[tp, error] : m.results)
            if (tp == mk.tp)
                settle(mk, error);
    }
    if (std::all_of(t->markers.begin(), t->markers.end(), [](const Marker &mk) { return mk.done; }))
        complete(*t);
    else
        sendMarkers(*t);
}

void TransactionCoordinator::forgetTopic(TopicId topic)
{
    std::erase_if(m_leaders, [&](const auto &e) { return e.first.topic == topic; });
    for (auto &[id, t] : m_txns) {
        std::erase_if(t.state.partitions, [&](const TopicPartition &tp) { return tp.topic == topic; });
        bool dropped = false;
        for (Marker &mk : t.markers)
            if (mk.groupId.isEmpty() && mk.tp.topic == topic && !mk.done) {
                if (mk.correlation != 0)
                    m_inFlight.erase(mk.correlation);
                mk.correlation = 0;
                mk.done = dropped = true;
            }
        if (dropped && std::all_of(t.markers.begin(), t.markers.end(), [](const Marker &mk) { return mk.done; }))
            complete(t);
    }
}

void TransactionCoordinator::complete(Txn &t)
{
    const bool commit = t.state.phase == TxnPhase::PrepareCommit;
    for (const Marker &mk : t.markers)
        if (mk.correlation != 0)
            m_inFlight.erase(mk.correlation);
    t.markers.clear();
    t.state.phase = commit ? TxnPhase::CompleteCommit : TxnPhase::CompleteAbort;
    const auto partitions = t.state.partitions.size();
    const auto groups = t.state.groups.size();
    t.state.partitions.clear();
    t.state.groups.clear();
    if (commit) {
        ++t.state.committed;
        ++m_stats.committed;
        report(ClusterEventKind::TransactionCommitted,
               tr("Transaction of \"%1\" committed: markers written to %2 partition(s) and %3 group(s); read_committed consumers now see its records.")
                   .arg(t.state.transactionalId).arg(partitions).arg(groups));
    } else {
        ++t.state.aborted;
        ++m_stats.aborted;
        report(ClusterEventKind::TransactionAborted,
               tr("Transaction of \"%1\" aborted: markers written to %2 partition(s) and %3 group(s); read_committed consumers skip its records.")
                   .arg(t.state.transactionalId).arg(partitions).arg(groups));
    }
    if (t.endReply.pending()) {
        TxnResponse resp;
        resp.correlation = t.endReply.correlation;
        m_transport.send(kTransactionCoordinatorActor, t.endReply.to, std::move(resp));
        t.endReply = {};
    }
    answerInit(t);
}

void TransactionCoordinator::handle(ActorId, const MetadataResponse &m)
{
    if (m.correlation != m_metadataCorrelation)
        return;
    m_metadataSentAt = -1;
    for (const auto &p : m.partitions)
        m_leaders[p.tp] = p.leader;
    for (auto &[id, t] : m_txns)
        if (t.state.phase == TxnPhase::PrepareCommit || t.state.phase == TxnPhase::PrepareAbort) {
            for (Marker &mk : t.markers)
                mk.retryAt = std::min(mk.retryAt, m_loop.now());
            sendMarkers(t);
        }
}

void TransactionCoordinator::requestMetadata()
{
    const Micros now = m_loop.now();
    if (m_nodes.empty() || (m_metadataSentAt >= 0 && now - m_metadataSentAt < kMetadataTimeout))
        return;
    // A different node each time: one cut off from the controller answers
    // with stale leaders.
    m_nodeIndex = (m_nodeIndex + 1) % m_nodes.size();
    m_metadataCorrelation = m_nextCorrelation++;
    m_metadataSentAt = now;
    m_transport.send(kTransactionCoordinatorActor, m_nodes[m_nodeIndex], MetadataRequest{m_metadataCorrelation});
}

void TransactionCoordinator::ensureTicking()
{
    // Only while a transaction is open or completing, so a cluster without
    // transactions has no coordinator events (and the same trace as before).
    if (m_ticking)
        return;
    m_ticking = true;
    m_loop.schedule(kTick, kTransactionCoordinatorActor, kTickTag);
}

void TransactionCoordinator::tick()
{
    const Micros now = m_loop.now();
    bool busy = false;
    for (auto &[id, t] : m_txns) {
        switch (t.state.phase) {
        case TxnPhase::Ongoing:
            busy = true;
            if (now - t.state.startedAt > t.state.timeout) {
                ++m_stats.timedOut;
                // Kafka raises the epoch when it aborts a timed-out
                // transaction, so the stalled producer cannot go on with it.
                fence(t, tr("Transaction of \"%1\" was open longer than its timeout (%2 s); the coordinator aborts it and fences its producer (epoch %3).")
                             .arg(t.state.transactionalId).arg(double(t.state.timeout) / kSecond).arg(t.state.epoch + 1));
                endTransaction(t, false);
            }
            break;
        case TxnPhase::PrepareCommit:
        case TxnPhase::PrepareAbort:
            busy = true;
            sendMarkers(t);
            break;
        case TxnPhase::Empty:
        case TxnPhase::CompleteCommit:
        case TxnPhase::CompleteAbort:
            break;
        }
    }
    if (m_metadataSentAt >= 0 && now - m_metadataSentAt >= kMetadataTimeout)
        requestMetadata();
    if (busy)
        ensureTicking();
}

void TransactionCoordinator::report(ClusterEventKind kind, QString text)
{
    m_loop.trace(0xC0000000ULL | std::uint64_t(kind), std::uint64_t(m_stats.committed + m_stats.aborted));
    if (m_observer)
        m_observer->onEvent({m_loop.now(), kind, kNoNode, {TopicId(-1), PartitionId(-1)}, std::move(text)});
}

} // namespace bb
