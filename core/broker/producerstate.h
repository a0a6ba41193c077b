#pragma once
// ProducerState: what one partition replica knows about the idempotent and
// transactional producers writing to it (Kafka's ProducerStateManager).
//   - per producer id: its epoch and its last five appended batches
//     (sequence range, offsets), so a retried batch is recognised and
//     answered with its original offset instead of being appended again;
//   - the transactions still open on the partition, which hold back the
//     last stable offset (LSO), and the index of aborted ones that
//     read_committed fetches return so consumers can skip their records.
// Leaders and followers update it in O(1) per appended batch (nothing per
// record); a restarted node, a truncated follower and so a new leader
// rebuild it from their log, which is why deduplication survives failover.
// Simplification: Kafka also snapshots this state so it outlives retention;
// here a producer whose every batch was deleted is unknown after a restart.
// Owned by its Replica; single-threaded (the cluster's event loop).

#include "model/messages.h"

#include <array>
#include <map>
#include <unordered_map>
#include <vector>

namespace bb {

class PartitionLog;

struct BatchMetadata {
    std::int32_t firstSeq = -1;
    std::int32_t lastSeq = -1;
    Offset base;
    std::int32_t lastOffsetDelta = 0;
    Offset nextOffset() const { return base + (lastOffsetDelta + 1); }
    bool operator==(const BatchMetadata &) const = default;
};

struct ProducerEntry {
    static constexpr int kCachedBatches = 5; // Kafka's NumBatchesToRetain

    std::int16_t epoch = -1;
    Offset txnFirstOffset{-1}; // first offset of its open transaction here; -1: none open

    int batchCount() const { return m_count; }
    // i = 0 is the oldest cached batch.
    const BatchMetadata &batch(int i) const { return m_batches[std::size_t((m_next + kCachedBatches - m_count + i) % kCachedBatches)]; }
    std::int32_t lastSeq() const { return m_count ? batch(m_count - 1).lastSeq : -1; }
    const BatchMetadata *findDuplicate(std::int32_t firstSeq, std::int32_t lastSeq) const;
    void push(const BatchMetadata &b);
    void clearBatches() { m_count = 0; }
    bool operator==(const ProducerEntry &o) const;

private:
    std::array<BatchMetadata, kCachedBatches> m_batches{};
    int m_count = 0;
    int m_next = 0; // slot the next batch goes to
};

// An aborted transaction on this partition: its records from firstOffset up
// to its abort marker at lastOffset.
struct AbortedTxn {
    ProducerId producerId;
    Offset firstOffset;
    Offset lastOffset;
    bool operator==(const AbortedTxn &) const = default;
};

// The leader's verdict on a produce batch carrying a producer id.
struct SequenceCheck {
    Errc error = Errc::None;
    bool duplicate = false; // already appended: answer with `base`, append nothing
    Offset base;
    Offset next;
};

class ProducerState {
public:
    // Kafka's rules, in order: an epoch older than the producer's is fenced;
    // a batch whose sequence range equals one of the last five is a
    // duplicate; otherwise its first sequence must follow the last one (0
    // for a producer this replica has not seen, or for a newer epoch), or it
    // is out of order: an earlier batch is missing. A retry older than the
    // last five is therefore out of order, not a duplicate, as in Kafka.
    SequenceCheck check(const RecordBatch &batch) const;

    // Every entry appended to the log, leader or follower, in log order.
    void apply(const LogEntry &entry)
    {
        if (entry.batch.producerId().value >= 0) [[unlikely]]
            applyProducerBatch(entry);
    }
    // A completed transaction stops holding back the LSO once its marker is
    // below the high watermark (replicated), as in Kafka.
    void onHighWatermark(Offset hw)
    {
        m_hw = hw;
        if (!m_unstable.empty())
            pruneCompleted();
    }
    // Forgets everything and replays the log (restart, truncation).
    void rebuild(const PartitionLog &log, Offset hw);
    void clear();

    const ProducerEntry *find(ProducerId id) const;
    std::size_t producerCount() const { return m_producers.size(); }
    std::size_t openTransactions() const;
    // The first offset of the earliest transaction that is open, or whose
    // marker is not replicated yet; `none` when there is none.
    Offset firstUnstableOffset(Offset none) const { return m_unstable.empty() ? none : m_unstable.begin()->first; }
    const std::vector<AbortedTxn> &abortedTransactions() const { return m_aborted; }
    // Appends the aborted transactions overlapping [from, upTo) (a fetched range).
    void collectAborted(Offset from, Offset upTo, std::vector<AbortedTransaction> &out) const;

    // Same producers, open transactions and aborted index (the LSO bookkeeping
    // of completed transactions is compared by its effect).
    bool operator==(const ProducerState &o) const;

private:
    struct Unstable {
        ProducerId producerId;
        Offset marker{-1}; // -1: still open
    };
    void applyProducerBatch(const LogEntry &entry);
    void pruneCompleted();

    std::unordered_map<ProducerId, ProducerEntry> m_producers;
    std::map<Offset, Unstable> m_unstable; // by first offset
    std::vector<AbortedTxn> m_aborted;     // by marker offset (append order)
    Offset m_hw;
};

} // namespace bb
