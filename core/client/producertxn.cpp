// The idempotent and transactional side of the Producer: producer ids and
// sequence numbers, the requests to the transaction coordinator (one at a
// time, as Kafka's TransactionManager sends them) and the group
// coordinator, and the transaction state machine.
#include "producer.h"

#include "broker/producerstate.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace bb {
namespace {

QString tr(const char *s) { return QCoreApplication::translate("bb::Producer", s); }

bool coordinatorRetriable(Errc e)
{
    return e == Errc::ConcurrentTransactions || e == Errc::RequestTimedOut || e == Errc::NotLeader || e == Errc::NodeDown;
}

std::int32_t advanceSequence(std::int32_t seq, std::int32_t count)
{
    const std::int64_t next = std::int64_t(seq) + count;
    return std::int32_t(next > INT32_MAX ? next - INT32_MAX - 1 : next);
}

} // namespace

const char *txnStateName(TxnState state)
{
    switch (state) {
    case TxnState::None: return "None";
    case TxnState::Initializing: return "Initializing";
    case TxnState::Ready: return "Ready";
    case TxnState::InTransaction: return "InTransaction";
    case TxnState::Committing: return "Committing";
    case TxnState::Aborting: return "Aborting";
    case TxnState::Fenced: return "Fenced";
    case TxnState::Failed: return "Failed";
    }
    return "Unknown";
}

// --- Sequence numbers -------------------------------------------------------

Error Producer::admit(PartitionQueue &q, TopicPartition tp)
{
    if (m_txnState == TxnState::Fenced)
        return Error(Errc::ProducerFenced);
    if (!m_transactional)
        return {}; // records wait in the queue until the producer id arrives
    if (m_txnState != TxnState::InTransaction)
        return Error(Errc::InvalidTxnState, m_txnState == TxnState::Failed
                         ? tr("A send in this transaction failed; abort the transaction before sending more.")
                         : tr("A transactional producer sends only inside a transaction; call beginTransaction() first."));
    if (q.txn == TxnPartition::Out) {
        // The partition joins the transaction before its first batch is sent.
        q.txn = TxnPartition::Adding;
        m_partitionsToAdd.push_back(tp);
        m_txnPartitions.push_back(tp);
        pumpCoordinator();
    }
    return {};
}

bool Producer::mayStamp(const PartitionQueue &q) const
{
    if (m_producerId.value < 0 || m_needProducerId)
        return false;
    if (m_transactional && (q.txn != TxnPartition::Added || m_txnState == TxnState::Aborting))
        return false;
    const Pending &front = q.queue.front();
    if (!front.stamped)
        return true;
    // Batches of an earlier producer id or epoch settle first.
    if (front.batch.producerId() != m_producerId || front.batch.producerEpoch() != m_epoch)
        return false;
    // The broker remembers a producer's last 5 batches. Nothing is sent 5 or
    // more batches past the oldest unacknowledged one, so that one, if its
    // answer is lost, is still recognised when it is retried.
    return q.nextOrdinal - front.ordinal < ProducerEntry::kCachedBatches;
}

void Producer::stamp(PartitionQueue &q, Pending &p)
{
    p.batch.stampProducer(m_producerId, m_epoch, q.nextSequence, m_transactional ? Transactional : 0);
    p.stamped = true;
    p.ordinal = q.nextOrdinal++;
    q.nextSequence = advanceSequence(q.nextSequence, p.batch.lastOffsetDelta() + 1);
}

void Producer::outOfOrder(TopicPartition tp, PartitionQueue &q, std::size_t i)
{
    ++m_stats.outOfOrder;
    Pending &p = q.queue[i];
    const Micros now = m_loop.now();
    if (now - p.createdAt >= m_config.deliveryTimeout) {
        fail(tp, q, i, Error(Errc::RequestTimedOut));
        return;
    }
    if (i > 0) {
        // An earlier batch has not reached the leader (lost, or refused
        // too): it is retried first, then this one, in order.
        p.state = State::Queued;
        p.retryAt = now + m_config.retryBackoff;
        ++m_stats.retries;
        return;
    }
    // Everything before it was acknowledged, yet the leader knows no such
    // predecessor: a batch before it failed for good, or the leader lost the
    // producer's state. The batch was not written, so it can safely be
    // renumbered under a new producer id. In a transaction the gap cannot be
    // repaired: the transaction must abort.
    if (m_transactional) {
        fail(tp, q, i, Error(Errc::OutOfOrderSequence));
        return;
    }
    if (p.batch.producerId() == m_producerId && p.batch.producerEpoch() == m_epoch && !m_needProducerId)
        requestProducerId();
    // The batches behind it under the same id could not be written either
    // (the leader has the same gap before them): renumber them too, in queue
    // order, or a later batch stamped under the new id first would be stored
    // ahead of them. Their attempts in flight are abandoned (answers ignored).
    for (std::size_t j = i + 1; j < q.queue.size(); ++j) {
        Pending &later = q.queue[j];
        if (!later.stamped || later.batch.producerId() != p.batch.producerId() || later.batch.producerEpoch() != p.batch.producerEpoch())
            continue;
        if (later.state == State::InFlight)
            --q.inFlight;
        later.stamped = false;
        later.state = State::Queued;
        later.retryAt = now;
    }
    p.stamped = false;
    p.state = State::Queued;
    p.retryAt = now;
}

void Producer::onBatchFailed(const Pending &p)
{
    if (!p.stamped)
        return; // never sent under a sequence number: no gap
    if (m_transactional) {
        m_bumpAfterAbort = true;
        return;
    }
    // A sent batch given up leaves a gap in the sequence the broker would
    // refuse every later batch for: continue under a new producer id.
    if (p.batch.producerId() == m_producerId && p.batch.producerEpoch() == m_epoch && !m_needProducerId)
        requestProducerId();
}

// --- Coordinator requests ---------------------------------------------------

void Producer::requestProducerId()
{
    m_needProducerId = true;
    pumpCoordinator();
}

void Producer::pumpCoordinator()
{
    const Micros now = m_loop.now();
    if (!m_idempotent || m_coordOp != CoordOp::None || m_txnState == TxnState::Fenced || now < m_coordRetryAt)
        return;
    const std::int64_t correlation = m_nextCorrelation++;
    if (m_needProducerId) {
        m_coordOp = CoordOp::InitProducerId;
        m_coordCorrelation = correlation;
        m_coordSentAt = now;
        m_transport.send(m_self, kTransactionCoordinatorActor,
                         InitProducerIdRequest{correlation, m_config.transactionalId, m_config.transactionTimeout});
        return;
    }
    if (!m_transactional || (m_txnState != TxnState::InTransaction && m_txnState != TxnState::Committing))
        return;
    if (!m_partitionsToAdd.empty()) {
        m_partitionsAdding = std::move(m_partitionsToAdd);
        m_partitionsToAdd.clear();
        m_coordOp = CoordOp::AddPartitions;
        m_coordCorrelation = correlation;
        m_coordSentAt = now;
        m_transport.send(m_self, kTransactionCoordinatorActor,
                         AddPartitionsToTxnRequest{correlation, m_config.transactionalId, m_producerId, m_epoch, m_partitionsAdding});
        return;
    }
    if (!m_txnOffsets.empty() && !m_txnOffsets.front().added) {
        m_coordOp = CoordOp::AddOffsets;
        m_coordCorrelation = correlation;
        m_coordSentAt = now;
        m_transport.send(m_self, kTransactionCoordinatorActor,
                         AddOffsetsToTxnRequest{correlation, m_config.transactionalId, m_producerId, m_epoch, m_txnOffsets.front().groupId});
    }
}

void Producer::sendTxnOffsetCommit(TxnOffsets &o)
{
    TxnOffsetCommitRequest req;
    req.correlation = m_nextCorrelation++;
    req.groupId = o.groupId;
    req.transactionalId = m_config.transactionalId;
    req.producerId = m_producerId;
    req.epoch = m_epoch;
    req.generation = o.generation;
    req.memberId = o.memberId;
    req.offsets = o.offsets;
    o.correlation = req.correlation;
    o.sentAt = m_loop.now();
    m_transport.send(m_self, kGroupCoordinatorActor, std::move(req));
}

void Producer::handle(ActorId, const InitProducerIdResponse &m)
{
    if (m_coordOp != CoordOp::InitProducerId || m.correlation != m_coordCorrelation)
        return;
    m_coordOp = CoordOp::None;
    if (m.error != Errc::None) {
        m_coordRetryAt = m_loop.now() + m_config.retryBackoff;
        return; // retried from the tick
    }
    m_producerId = m.producerId;
    m_epoch = m.epoch;
    m_needProducerId = false;
    // A new id or epoch: the broker expects every partition's sequence to
    // start again at 0.
    for (auto &[tp, q] : m_queues)
        q.nextSequence = 0;
    if (m_txnState == TxnState::Initializing) {
        m_txnState = TxnState::Ready;
        if (m_listener)
            m_listener->onTransactionReady();
    } else if (m_txnState == TxnState::Aborting) {
        advanceTransaction();
    }
    for (auto &[tp, q] : m_queues)
        drain(tp, q);
}

void Producer::handle(ActorId, const TxnResponse &m)
{
    if (m_coordOp == CoordOp::None || m_coordOp == CoordOp::InitProducerId || m.correlation != m_coordCorrelation)
        return;
    const CoordOp op = m_coordOp;
    m_coordOp = CoordOp::None;
    switch (op) {
    case CoordOp::AddPartitions:
        if (m.error == Errc::None) {
            m_txnRegistered = true;
            for (const TopicPartition &tp : m_partitionsAdding)
                if (auto it = m_queues.find(tp); it != m_queues.end() && it->second.txn == TxnPartition::Adding)
                    it->second.txn = TxnPartition::Added;
            const auto added = std::move(m_partitionsAdding);
            m_partitionsAdding.clear();
            for (const TopicPartition &tp : added)
                if (auto it = m_queues.find(tp); it != m_queues.end())
                    drain(tp, it->second);
        } else {
            m_partitionsToAdd.insert(m_partitionsToAdd.begin(), m_partitionsAdding.begin(), m_partitionsAdding.end());
            m_partitionsAdding.clear();
            coordinatorFailed(m.error);
        }
        break;
    case CoordOp::AddOffsets:
        if (m.error == Errc::None && !m_txnOffsets.empty()) {
            m_txnRegistered = true;
            if (m_txnState == TxnState::Aborting) {
                m_txnOffsets.pop_front(); // the group would drop them on the abort marker anyway
            } else {
                m_txnOffsets.front().added = true;
                sendTxnOffsetCommit(m_txnOffsets.front());
            }
        } else if (m.error != Errc::None) {
            coordinatorFailed(m.error);
        }
        break;
    case CoordOp::EndTxn:
        if (m.error == Errc::None) {
            m_txnRegistered = false;
            if (m_txnState == TxnState::Committing) {
                finishTransaction(true, Errc::None);
            } else if (m_bumpAfterAbort) {
                // A sent batch of the aborted transaction failed: its sequence
                // gap is closed by a new epoch, with sequences from 0.
                m_bumpAfterAbort = false;
                requestProducerId();
            } else {
                finishTransaction(false, Errc::None);
            }
        } else {
            coordinatorFailed(m.error);
        }
        break;
    case CoordOp::None:
    case CoordOp::InitProducerId:
        break;
    }
    pumpCoordinator();
}

void Producer::handle(ActorId from, const OffsetCommitResponse &m)
{
    if (from != kGroupCoordinatorActor || m_txnOffsets.empty() || m_txnOffsets.front().correlation != m.correlation)
        return;
    TxnOffsets &o = m_txnOffsets.front();
    o.correlation = 0;
    if (m.error == Errc::None) {
        m_txnOffsets.pop_front();
        pumpCoordinator(); // the next group's AddOffsetsToTxn
        advanceTransaction();
        return;
    }
    if (m.error == Errc::ProducerFenced) {
        fence();
    } else if (coordinatorRetriable(m.error)) {
        // Resent by the tick after a backoff; -1: nothing in flight.
        o.sentAt = m_loop.now() - m_config.requestTimeout + m_config.retryBackoff;
        o.correlation = -1;
    } else {
        // UnknownMemberId, IllegalGeneration...: the consumer lost its
        // partitions; its offsets must not commit. The transaction aborts.
        m_txnOffsets.pop_front();
        failTransaction(m.error);
    }
}

void Producer::coordinatorFailed(Errc error)
{
    if (error == Errc::ProducerFenced) {
        fence();
        return;
    }
    if (coordinatorRetriable(error)) {
        m_coordRetryAt = m_loop.now() + m_config.retryBackoff;
        return;
    }
    if (m_txnState == TxnState::Aborting) {
        m_txnState = TxnState::Failed;
        finishTransaction(false, error);
        return;
    }
    failTransaction(error);
}

// --- The transaction state machine ------------------------------------------

Error Producer::initTransactions()
{
    if (!m_transactional)
        return Error(Errc::InvalidConfig, tr("This producer has no transactional id; set one in its configuration to use transactions."));
    if (m_txnState == TxnState::Fenced)
        return Error(Errc::ProducerFenced);
    if (m_txnState != TxnState::None)
        return Error(Errc::InvalidTxnState, tr("initTransactions() was already called for this producer."));
    m_txnState = TxnState::Initializing;
    requestProducerId();
    return {};
}

Error Producer::beginTransaction()
{
    if (!m_transactional)
        return Error(Errc::InvalidConfig, tr("This producer has no transactional id; set one in its configuration to use transactions."));
    switch (m_txnState) {
    case TxnState::Ready:
        m_txnState = TxnState::InTransaction;
        return {};
    case TxnState::Fenced:
        return Error(Errc::ProducerFenced);
    case TxnState::None:
    case TxnState::Initializing:
        return Error(Errc::InvalidTxnState, tr("Call initTransactions() and wait until it is done before beginning a transaction."));
    case TxnState::InTransaction:
        return Error(Errc::InvalidTxnState, tr("A transaction is already open; commit or abort it first."));
    case TxnState::Committing:
    case TxnState::Aborting:
        return Error(Errc::ConcurrentTransactions);
    case TxnState::Failed:
        return Error(Errc::InvalidTxnState, tr("The open transaction failed; abort it first."));
    }
    return {};
}

Error Producer::sendOffsetsToTransaction(const QString &groupId, std::int32_t generation, const QString &memberId,
                                         const std::vector<PartitionOffset> &offsets)
{
    if (m_txnState == TxnState::Fenced)
        return Error(Errc::ProducerFenced);
    if (!m_transactional || m_txnState != TxnState::InTransaction)
        return Error(Errc::InvalidTxnState, tr("Offsets join a transaction only while one is open; call beginTransaction() first."));
    if (groupId.isEmpty())
        return Error(Errc::InvalidConfig, tr("Name the consumer group whose offsets the transaction commits."));
    TxnOffsets o;
    o.groupId = groupId;
    o.generation = generation;
    o.memberId = memberId;
    o.offsets = offsets;
    o.createdAt = m_loop.now();
    m_txnOffsets.push_back(std::move(o));
    pumpCoordinator();
    return {};
}

Error Producer::commitTransaction()
{
    if (m_txnState == TxnState::Fenced)
        return Error(Errc::ProducerFenced);
    if (m_txnState == TxnState::Failed)
        return Error(Errc::InvalidTxnState, tr("A send in this transaction failed, so it cannot commit; abort it."));
    if (!m_transactional || m_txnState != TxnState::InTransaction)
        return Error(Errc::InvalidTxnState, tr("There is no open transaction to commit."));
    m_txnState = TxnState::Committing;
    flush();
    scheduleTxnCheck();
    return {};
}

Error Producer::abortTransaction()
{
    if (m_txnState == TxnState::Fenced)
        return Error(Errc::ProducerFenced);
    if (!m_transactional || (m_txnState != TxnState::InTransaction && m_txnState != TxnState::Failed))
        return Error(Errc::InvalidTxnState, tr("There is no open transaction to abort."));
    // What was not sent yet is dropped when the loop next runs (not inside
    // this call, which a listener may make while the producer iterates).
    m_txnState = TxnState::Aborting;
    m_partitionsToAdd.clear();
    closeOpenBatches();
    scheduleTxnCheck();
    return {};
}

void Producer::dropUnsent(const Error &error)
{
    for (auto &[tp, q] : m_queues) {
        close(q);
        for (std::size_t i = 0; i < q.queue.size();) {
            if (!q.queue[i].stamped && q.queue[i].state == State::Queued)
                fail(tp, q, i, error);
            else
                ++i;
        }
    }
}

bool Producer::batchesSettled(bool unsentToo) const
{
    for (const auto &[tp, q] : m_queues)
        if (!q.queue.empty() || (unsentToo && q.builder.count() > 0))
            return false;
    return true;
}

void Producer::advanceTransaction()
{
    if (m_txnState != TxnState::Committing && m_txnState != TxnState::Aborting)
        return;
    if (m_txnState == TxnState::Aborting) {
        dropUnsent(Error(Errc::InvalidTxnState, tr("The transaction was aborted before this batch was sent.")));
        // Offsets not yet with the group are dropped; one in flight is awaited
        // (arriving after the abort marker, it would stay pending there).
        while (!m_txnOffsets.empty() && m_txnOffsets.back().correlation <= 0
               && !(m_coordOp == CoordOp::AddOffsets && m_txnOffsets.size() == 1))
            m_txnOffsets.pop_back();
    }
    if (m_coordOp != CoordOp::None || m_needProducerId)
        return;
    // Every batch acknowledged (or, aborting, settled), every partition and
    // group added: only then the coordinator may write the markers.
    if (!batchesSettled(true) || !m_partitionsToAdd.empty() || !m_txnOffsets.empty())
        return;
    if (!m_txnRegistered) {
        if (m_txnState == TxnState::Aborting && m_bumpAfterAbort) {
            m_bumpAfterAbort = false;
            requestProducerId();
            return;
        }
        finishTransaction(m_txnState == TxnState::Committing, Errc::None);
        return;
    }
    const std::int64_t correlation = m_nextCorrelation++;
    m_coordOp = CoordOp::EndTxn;
    m_coordCorrelation = correlation;
    m_coordSentAt = m_loop.now();
    m_transport.send(m_self, kTransactionCoordinatorActor,
                     EndTxnRequest{correlation, m_config.transactionalId, m_producerId, m_epoch, m_txnState == TxnState::Committing});
}

void Producer::finishTransaction(bool committed, Errc error)
{
    for (const TopicPartition &tp : m_txnPartitions)
        if (auto it = m_queues.find(tp); it != m_queues.end())
            it->second.txn = TxnPartition::Out;
    m_txnPartitions.clear();
    m_partitionsToAdd.clear();
    m_partitionsAdding.clear();
    m_txnOffsets.clear();
    m_txnRegistered = false;
    if (error == Errc::None) {
        m_txnState = TxnState::Ready;
        if (committed)
            ++m_stats.txnCommitted;
        else
            ++m_stats.txnAborted;
    }
    if (m_listener)
        m_listener->onTransactionCompleted(committed, error);
}

void Producer::failTransaction(Errc error)
{
    if (m_txnState != TxnState::InTransaction && m_txnState != TxnState::Committing)
        return;
    const bool committing = m_txnState == TxnState::Committing;
    m_txnState = TxnState::Failed;
    closeOpenBatches(); // later records must reach admit() and be refused
    if (committing && m_listener)
        m_listener->onTransactionCompleted(false, error);
}

void Producer::closeOpenBatches()
{
    // Queues are appended to, never reordered: safe while a caller up the
    // stack holds an index into one.
    for (auto &[tp, q] : m_queues)
        close(q);
}

void Producer::fence()
{
    if (m_txnState == TxnState::Fenced)
        return;
    const bool inTxn = m_txnState == TxnState::InTransaction || m_txnState == TxnState::Committing
        || m_txnState == TxnState::Aborting || m_txnState == TxnState::Failed;
    m_txnState = TxnState::Fenced;
    m_coordOp = CoordOp::None;
    m_needProducerId = false;
    // Nothing this zombie holds may be written any more.
    const Error fenced(Errc::ProducerFenced);
    for (auto &[tp, q] : m_queues) {
        close(q);
        while (!q.queue.empty())
            fail(tp, q, 0, fenced);
        q.inFlight = 0;
        q.txn = TxnPartition::Out;
    }
    m_txnPartitions.clear();
    m_partitionsToAdd.clear();
    m_partitionsAdding.clear();
    m_txnOffsets.clear();
    m_txnRegistered = false;
    if (inTxn && m_listener)
        m_listener->onTransactionCompleted(false, Errc::ProducerFenced);
}

void Producer::txnTick(Micros now)
{
    if (m_txnState == TxnState::Fenced)
        return;
    if (m_coordOp != CoordOp::None && now - m_coordSentAt >= m_config.requestTimeout) {
        // No answer: ask again (the coordinator's handling is idempotent).
        if (m_coordOp == CoordOp::AddPartitions) {
            m_partitionsToAdd.insert(m_partitionsToAdd.begin(), m_partitionsAdding.begin(), m_partitionsAdding.end());
            m_partitionsAdding.clear();
        }
        m_coordOp = CoordOp::None;
    }
    if (!m_txnOffsets.empty()) {
        TxnOffsets &o = m_txnOffsets.front();
        if (o.added && now - o.createdAt >= m_config.deliveryTimeout) {
            m_txnOffsets.pop_front();
            failTransaction(Errc::RequestTimedOut);
        } else if (o.added && o.correlation != 0 && now - o.sentAt >= m_config.requestTimeout) {
            if (m_txnState == TxnState::Aborting)
                m_txnOffsets.pop_front(); // no answer; the abort does not wait for it any longer
            else
                sendTxnOffsetCommit(o);
        }
    }
    pumpCoordinator();
    advanceTransaction();
}

} // namespace bb
