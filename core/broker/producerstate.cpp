#include "producerstate.h"

#include "log/partitionlog.h"
#include "model/txnmarker.h"

#include <algorithm>
#include <climits>

namespace bb {
namespace {

std::int32_t nextSequence(std::int32_t last) { return last == INT32_MAX ? 0 : last + 1; }

} // namespace

const BatchMetadata *ProducerEntry::findDuplicate(std::int32_t firstSeq, std::int32_t lastSeq) const
{
    for (int i = 0; i < m_count; ++i) {
        const BatchMetadata &b = batch(i);
        if (b.firstSeq == firstSeq && b.lastSeq == lastSeq)
            return &b;
    }
    return nullptr;
}

void ProducerEntry::push(const BatchMetadata &b)
{
    m_batches[std::size_t(m_next)] = b;
    m_next = (m_next + 1) % kCachedBatches;
    m_count = std::min(m_count + 1, kCachedBatches);
}

bool ProducerEntry::operator==(const ProducerEntry &o) const
{
    if (epoch != o.epoch || txnFirstOffset != o.txnFirstOffset || m_count != o.m_count)
        return false;
    for (int i = 0; i < m_count; ++i)
        if (!(batch(i) == o.batch(i)))
            return false;
    return true;
}

SequenceCheck ProducerState::check(const RecordBatch &batch) const
{
    SequenceCheck c;
    const std::int32_t first = batch.baseSequence();
    auto it = m_producers.find(batch.producerId());
    if (it == m_producers.end()) {
        if (first != 0)
            c.error = Errc::OutOfOrderSequence;
        return c;
    }
    const ProducerEntry &p = it->second;
    const std::int16_t epoch = batch.producerEpoch();
    if (epoch < p.epoch) {
        c.error = Errc::ProducerFenced;
        return c;
    }
    if (epoch > p.epoch) {
        if (first != 0)
            c.error = Errc::OutOfOrderSequence;
        return c;
    }
    if (const BatchMetadata *dup = p.findDuplicate(first, batch.lastSequence())) {
        c.duplicate = true;
        c.base = dup->base;
        c.next = dup->nextOffset();
        return c;
    }
    if (first != nextSequence(p.lastSeq()))
        c.error = Errc::OutOfOrderSequence;
    return c;
}

void ProducerState::applyProducerBatch(const LogEntry &e)
{
    const RecordBatch &b = e.batch;
    const ProducerId pid = b.producerId();
    ProducerEntry &p = m_producers[pid]; // allocates once per producer, not per batch
    if (b.producerEpoch() > p.epoch) {
        // A new incarnation (or a coordinator's fencing marker): its
        // sequences start again at 0.
        p.epoch = b.producerEpoch();
        p.clearBatches();
    }
    if (b.isControl()) {
        const auto commits = txnMarkerCommits(b);
        if (!commits || p.txnFirstOffset.value < 0)
            return; // a marker for a transaction with nothing here (or a retried marker)
        if (!*commits)
            m_aborted.push_back({pid, p.txnFirstOffset, e.base});
        auto u = m_unstable.find(p.txnFirstOffset);
        if (u != m_unstable.end())
            u->second.marker = e.base;
        p.txnFirstOffset = Offset(-1);
        pruneCompleted();
        return;
    }
    p.push({b.baseSequence(), b.lastSequence(), e.base, b.lastOffsetDelta()});
    if (b.isTransactional() && p.txnFirstOffset.value < 0) {
        p.txnFirstOffset = e.base;
        m_unstable.emplace(e.base, Unstable{pid, Offset(-1)});
    }
}

void ProducerState::pruneCompleted()
{
    // Only the earliest entry decides the LSO; a completed one behind an
    // open one goes when it reaches the front.
    while (!m_unstable.empty()) {
        const Unstable &u = m_unstable.begin()->second;
        if (u.marker.value < 0 || u.marker >= m_hw)
            break;
        m_unstable.erase(m_unstable.begin());
    }
}

void ProducerState::rebuild(const PartitionLog &log, Offset hw)
{
    clear();
    m_hw = hw;
    for (const Segment &seg : log.segments())
        for (const LogEntry &e : seg.entries)
            apply(e);
    pruneCompleted();
}

void ProducerState::clear()
{
    m_producers.clear();
    m_unstable.clear();
    m_aborted.clear();
    m_hw = Offset();
}

const ProducerEntry *ProducerState::find(ProducerId id) const
{
    auto it = m_producers.find(id);
    return it == m_producers.end() ? nullptr : &it->second;
}

std::size_t ProducerState::openTransactions() const
{
    return std::size_t(std::count_if(m_producers.begin(), m_producers.end(),
                                     [](const auto &p) { return p.second.txnFirstOffset.value >= 0; }));
}

void ProducerState::collectAborted(Offset from, Offset upTo, std::vector<AbortedTransaction> &out) const
{
    auto it = std::partition_point(m_aborted.begin(), m_aborted.end(), [from](const AbortedTxn &a) { return a.lastOffset < from; });
    for (; it != m_aborted.end(); ++it)
        if (it->firstOffset < upTo)
            out.push_back({it->producerId, it->firstOffset});
}

bool ProducerState::operator==(const ProducerState &o) const
{
    return m_producers == o.m_producers && m_aborted == o.m_aborted
        && firstUnstableOffset(Offset(-1)) == o.firstUnstableOffset(Offset(-1));
}

} // namespace bb
