#include "labworker.h"

#include "model/recordtag.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

namespace bb {
namespace {
enum Tag : std::uint64_t { PollTag = 1, ProcessTag = 2, ResolveTag = 3, RecommitTag = 4 };
constexpr Micros kPollInterval = 20 * kMillisecond;
constexpr Micros kCommitRetryBackoff = 100 * kMillisecond;

bool commitFenced(Errc e)
{
    return e == Errc::IllegalGeneration || e == Errc::UnknownMemberId || e == Errc::RebalanceInProgress
        || e == Errc::InvalidConfig;
}
} // namespace

LabWorker::LabWorker(SemanticsLab &lab, Pipeline &pipeline, int slot, QString name)
    : m_lab(lab)
    , m_pipeline(pipeline)
    , m_slot(slot)
    , m_name(std::move(name))
    , m_value(RecordTag::kSize + 8, '\0')
{
}

LabWorker::~LabWorker() = default;

void LabWorker::start(Consumer &consumer, Producer *transactional)
{
    m_consumer = &consumer;
    m_output = transactional;
    if (m_output) {
        // A new instance reuses its slot's transactional id: this fences
        // the one before it and aborts whatever transaction it left open.
        m_state = State::Starting;
        m_output->initTransactions();
        return;
    }
    m_state = State::Idle;
    nextPoll(kPollInterval);
}

void LabWorker::nextPoll(Micros after)
{
    m_state = State::Idle;
    m_lab.cluster().loop().schedule(after, m_self, PollTag);
}

void LabWorker::onTransactionReady()
{
    if (m_state != State::Starting)
        return;
    onTimer(ResolveTag);
}

void LabWorker::onTimer(std::uint64_t tag)
{
    switch (tag) {
    case PollTag:
        if (m_state == State::Idle)
            pollBatch();
        break;
    case ProcessTag:
        if (m_state == State::Processing)
            processNext();
        break;
    case ResolveTag:
        // Processing starts once the output topic is known: a send to a
        // topic the producer has no metadata for would be refused.
        if (m_state != State::Starting)
            break;
        if (auto id = m_output->topicId(m_pipeline.outputTopic)) {
            m_outputTopic = *id;
            nextPoll(0);
        } else {
            m_lab.cluster().loop().schedule(kPollInterval, m_self, ResolveTag);
        }
        break;
    case RecommitTag:
        if (m_state != State::CommittingFirst)
            break;
        if (m_consumer->generation() != m_batchGeneration || m_consumer->memberId() != m_batchMember) {
            // The group moved on while the commit was unanswered: the
            // partitions may have been read again from the old committed
            // offsets, so committing now (under the new generation) and
            // processing would apply the batch twice. Drop it.
            nextPoll(0);
            break;
        }
        m_consumer->commit(m_firstCommit);
        break;
    default:
        break;
    }
}

void LabWorker::pollBatch()
{
    m_batch.clear();
    m_next = 0;
    const bool exactlyOnce = m_pipeline.mode == Guarantee::ExactlyOnce;
    if (exactlyOnce && m_txnOpen && m_consumer->generation() != m_batchGeneration) {
        commitTransaction(); // under the generation its records were read in (fenced if stale)
        return;
    }
    if (m_consumer->poll(m_batch, m_lab.config().maxPollRecords) == 0) {
        if (exactlyOnce && m_txnOpen)
            commitTransaction();
        else
            nextPoll(kPollInterval);
        return;
    }
    if (!(exactlyOnce && m_txnOpen)) {
        // The group metadata the records are read under (KIP-447): if the
        // group rebalances meanwhile, a commit under these is fenced
        // instead of slipping through under the new generation.
        m_batchGeneration = m_consumer->generation();
        m_batchMember = m_consumer->memberId();
    }
    switch (m_pipeline.mode) {
    case Guarantee::AtMostOnce:
        // Commit first and process only what was committed: a crash after
        // the commit loses the rest of the batch, and nothing processed can
        // be read again.
        m_firstCommit = offsetsAfter(0, m_batch.size());
        m_state = State::CommittingFirst;
        m_consumer->commit(m_firstCommit);
        return;
    case Guarantee::ExactlyOnce:
        if (!m_txnOpen && !beginTransaction())
            return;
        break;
    default:
        break;
    }
    m_state = State::Processing;
    m_lab.cluster().loop().schedule(m_lab.config().processingTime, m_self, ProcessTag);
}

bool LabWorker::beginTransaction()
{
    if (Error e = m_output->beginTransaction()) {
        if (e.code == Errc::ProducerFenced)
            fenced();
        else
            rewind(); // not ready for a transaction yet: read the records again later
        return false;
    }
    m_txnOpen = true;
    m_txnStarted = m_lab.cluster().loop().now();
    m_txnFrom.clear();
    m_txnNext.clear();
    return true;
}

void LabWorker::onCommitted(Consumer &, Errc error, const std::vector<PartitionOffset> &offsets)
{
    if (m_state != State::CommittingFirst || offsets != m_firstCommit)
        return;
    if (error == Errc::None) {
        m_state = State::Processing;
        m_lab.cluster().loop().schedule(m_lab.config().processingTime, m_self, ProcessTag);
    } else if (commitFenced(error)) {
        // The partitions moved to another member, which reads from the
        // group's committed offsets: this batch is not processed here.
        nextPoll(0);
    } else {
        // Lost or unanswered: the same offsets again (committing them
        // twice is harmless), until the group answers.
        m_lab.cluster().loop().schedule(kCommitRetryBackoff, m_self, RecommitTag);
    }
}

void LabWorker::processNext()
{
    if (m_crashArmed && m_next >= m_batch.size() / 2) {
        // Halfway: half the batch processed (none of a single record), the
        // rest not, and nothing committed since the poll.
        recordCrash();
        m_lab.crashWorker(m_pipeline, m_slot); // destroys this worker after the current event
        m_state = State::Gone;
        return;
    }
    const ConsumedRecord &r = m_batch[m_next];
    RecordTag tag;
    if (RecordTag::read(r.record.value, tag)) {
        const Micros now = m_lab.cluster().loop().now();
        const auto account = std::uint32_t(tag.sequence % std::uint64_t(std::max(1, m_lab.config().accounts)));
        switch (m_pipeline.mode) {
        case Guarantee::AtMostOnce:
        case Guarantee::AtLeastOnce:
            m_pipeline.ledger.apply(tag.sequence, account, r.record.timestamp, now, m_name, r.tp, r.offset);
            break;
        case Guarantee::IdempotencyKey:
            // The application's own store of processed keys decides; the
            // ledger, the downstream effect, counts every charge apart from
            // it, so a repeat the store misses shows up as a duplicate.
            if (!m_pipeline.processedKeys.insert(tag.sequence).second)
                m_pipeline.ledger.skippedDuplicate(); // already applied: return the stored result
            else
                m_pipeline.ledger.apply(tag.sequence, account, r.record.timestamp, now, m_name, r.tp, r.offset);
            break;
        case Guarantee::ExactlyOnce: {
            // The effect is the output record; it counts once its transaction commits.
            tag.write(m_value.data());
            const Micros created = r.record.timestamp;
            std::memcpy(m_value.data() + RecordTag::kSize, &created, sizeof created);
            if (m_output->send(m_outputTopic, r.record.key, m_value, now)) {
                // Refused (a full buffer, or a failed transaction): this
                // transaction cannot hold the payment, so it must not
                // commit the offsets past it.
                abortTransaction();
                return;
            }
            break;
        }
        }
    }
    if (m_pipeline.mode == Guarantee::ExactlyOnce) {
        m_txnFrom.try_emplace(r.tp, r.offset);
        Offset &next = m_txnNext[r.tp];
        next = std::max(next, r.offset + 1);
    }
    ++m_next;
    if (m_pipeline.mode == Guarantee::ExactlyOnce && m_lab.cluster().loop().now() - m_txnStarted >= kTxnCommitInterval)
        commitTransaction();
    else if (m_next >= m_batch.size())
        finishBatch();
    else
        m_lab.cluster().loop().schedule(m_lab.config().processingTime, m_self, ProcessTag);
}

void LabWorker::finishBatch()
{
    switch (m_pipeline.mode) {
    case Guarantee::AtMostOnce:
        break; // committed before processing
    case Guarantee::AtLeastOnce:
    case Guarantee::IdempotencyKey:
        m_consumer->commit(offsetsAfter(0, m_batch.size()));
        break;
    case Guarantee::ExactlyOnce:
        break; // the transaction gathers the next poll's records too
    }
    nextPoll(0);
}

void LabWorker::commitTransaction()
{
    std::vector<PartitionOffset> offsets;
    // With the leader epoch each was read under, as Kafka Streams commits
    // them, so whoever resumes from these offsets ignores older leaders.
    for (const auto &[tp, o] : m_txnNext)
        offsets.push_back({tp, o, m_consumer->leaderEpoch(tp)});
    Error e = m_output->sendOffsetsToTransaction(m_pipeline.group, m_batchGeneration, m_batchMember, offsets);
    if (!e)
        e = m_output->commitTransaction();
    if (e.code == Errc::ProducerFenced) {
        fenced();
        return;
    }
    if (e) {
        abortTransaction(); // a send of this transaction failed
        return;
    }
    m_state = State::Committing;
}

void LabWorker::abortTransaction()
{
    m_state = State::Aborting;
    if (Error e = m_output->abortTransaction()) {
        if (e.code == Errc::ProducerFenced)
            fenced();
        else
            rewind(); // nothing open to abort
    }
}

void LabWorker::onTransactionCompleted(bool committed, Errc error)
{
    if (m_state != State::Committing && m_state != State::Aborting)
        return;
    if (error == Errc::ProducerFenced) {
        fenced();
        return;
    }
    if (!committed && error != Errc::None) {
        // The transaction failed (a send failed, or its offsets were fenced
        // by a rebalance): abort it; the abort's completion rewinds.
        abortTransaction();
        return;
    }
    if (!committed) {
        rewind();
        return;
    }
    m_txnOpen = false;
    if (m_next < m_batch.size()) {
        // Committed at the interval: the rest of the batch in a new one.
        if (!beginTransaction())
            return;
        m_state = State::Processing;
        m_lab.cluster().loop().schedule(m_lab.config().processingTime, m_self, ProcessTag);
        return;
    }
    nextPoll(0);
}

void LabWorker::rewind()
{
    // The outputs and the offsets were discarded together: read the open
    // transaction's records, and the batch's unprocessed ones, again from
    // the group's committed offsets (not from where this transaction began:
    // if the partition moved meanwhile, another member may have committed
    // past that).
    m_txnOpen = false;
    std::set<TopicPartition> again;
    for (const auto &[tp, o] : m_txnFrom)
        again.insert(tp);
    for (std::size_t i = m_next; i < m_batch.size(); ++i)
        again.insert(m_batch[i].tp);
    for (const TopicPartition &tp : again)
        m_consumer->seekToCommitted(tp);
    m_txnFrom.clear();
    m_txnNext.clear();
    m_batch.clear();
    m_next = 0;
    nextPoll(kPollInterval);
}

void LabWorker::fenced()
{
    // A newer instance owns the transactional id, or the coordinator timed
    // the transaction out and bumped the epoch. Like a Kafka application
    // catching ProducerFencedException: close, leave the group so the
    // partitions move at once, and start a fresh instance.
    m_state = State::Gone;
    m_lab.replaceFencedWorker(m_pipeline, m_slot);
}

void LabWorker::recordCrash()
{
    WorkerCrash crash{m_lab.cluster().loop().now(), m_name, m_next, m_batch.size(), {}};
    for (std::size_t i = m_next; i < m_batch.size(); ++i) {
        const ConsumedRecord &r = m_batch[i];
        auto it = std::find_if(crash.unprocessed.begin(), crash.unprocessed.end(), [&](const auto &range) { return range.tp == r.tp; });
        if (it == crash.unprocessed.end())
            crash.unprocessed.push_back({r.tp, r.offset, r.offset});
        else {
            it->first = std::min(it->first, r.offset);
            it->last = std::max(it->last, r.offset);
        }
    }
    m_pipeline.crashLog.push_back(std::move(crash));
}

std::vector<PartitionOffset> LabWorker::offsetsAfter(std::size_t first, std::size_t end) const
{
    std::map<TopicPartition, Offset> next;
    for (std::size_t i = first; i < end && i < m_batch.size(); ++i) {
        const ConsumedRecord &r = m_batch[i];
        auto [it, fresh] = next.try_emplace(r.tp, r.offset + 1);
        if (!fresh)
            it->second = std::max(it->second, r.offset + 1);
    }
    std::vector<PartitionOffset> out;
    for (const auto &[tp, o] : next)
        out.push_back({tp, o, m_consumer->leaderEpoch(tp)});
    return out;
}

} // namespace bb
