#pragma once
// Store: where a node keeps its logs and small state durably. One per node;
// it outlives the node's process (a crashed node is rebuilt from it), which
// is how the simulation keeps "the disk" across crashes.
//
// Writes first go to a pending buffer (what the OS would hold in its page
// cache); flush() makes them durable. A process crash lets the pending writes
// reach the durable image (the OS still writes them out); a power loss drops
// them. So the flush policy of a node decides what a power loss costs, which
// is the fsync trade-off made visible.
//
// Backends implement only the durable side (applyDurable/loadDurable).
// Single-threaded: used from the cluster's event loop.
//
// A partition exists in the image once any op but removePartition names it,
// even if it holds no entries (truncated to nothing, or only a log start).
// The entries of a partition never overlap; an append never lands on an
// offset the log still holds (truncate first).

#include "model/error.h"
#include "model/recordbatch.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace bb {

enum class CrashKind { Process, PowerLoss };

struct PartitionImage {
    TopicPartition tp;
    Offset logStart;
    std::vector<LogEntry> entries; // in offset order
    // Bases of the entries the disk returned a read error for: they come
    // without their bytes (what a failed read gives).
    std::vector<Offset> unreadable;
};

struct StoreImage {
    std::vector<PartitionImage> partitions; // sorted by tp
    QHash<QString, QByteArray> state;
};

class Store {
public:
    virtual ~Store() = default;

    void append(TopicPartition tp, const LogEntry &entry);
    // Removes entries whose last offset is >= offset.
    void truncateTo(TopicPartition tp, Offset offset);
    // Removes entries whose last offset is < logStart and records the new log start.
    void advanceLogStart(TopicPartition tp, Offset logStart);
    // Replaces every stored entry of tp whose base offset is in [from, to)
    // with `entries` (compaction rewrites closed segments).
    void replaceRange(TopicPartition tp, Offset from, Offset to, std::vector<LogEntry> entries);
    void removePartition(TopicPartition tp);
    void putState(const QString &key, const QByteArray &value);

    // Makes all pending writes durable. On failure they stay pending.
    Error flush();
    // Process: pending writes become durable. PowerLoss: pending writes are lost.
    Error crash(CrashKind kind);
    // The durable image: what a node restarting on this store finds.
    Result<StoreImage> load() const;

    // Storage faults: the disk misbehaving. A node finds the damage when it
    // next starts (log recovery checks every batch's CRC-32C).
    // Flips one bit of one durable batch, both picked by `pick`; false when
    // nothing is stored.
    bool damageBatch(std::uint64_t pick) { return damageDurableBatch(pick); }
    // The next power loss cuts the write in progress: the unflushed writes
    // before the last append reach the disk, the last append only in part.
    void tearOnPowerLoss() { m_tearOnPowerLoss = true; }
    // While set, flush() reports success and writes nothing (an fsync that
    // lies): the writes stay in the page cache, and a power loss drops them.
    void setLyingFlush(bool lying) { m_lyingFlush = lying; }
    // Reading one durable batch (picked by `pick`) fails from now on, until
    // it is rewritten, cut or dropped (a write remaps a bad sector); false
    // when nothing is stored.
    bool failReads(std::uint64_t pick);
    bool lyingFlush() const { return m_lyingFlush; }

    std::size_t pendingWrites() const { return m_pending.size(); }
    // Successful flush() calls; a process crash writing the buffer out is not one.
    std::int64_t flushCount() const { return m_flushes; }
    virtual QString describe() const = 0;
    // The store's files were damaged and set aside: it starts empty, and the
    // node on it lost whatever it had stored.
    virtual bool startedEmptyAfterDamage() const { return false; }

protected:
    enum class OpKind { Append, Truncate, LogStart, Replace, Remove, State };
    struct Op {
        OpKind kind;
        TopicPartition tp;
        Offset a;                     // Append: unused; Truncate/LogStart: offset; Replace: from
        Offset b;                     // Replace: to
        std::vector<LogEntry> entries; // Append: one entry; Replace: new entries
        QString key;                  // State
        QByteArray value;             // State
    };
    virtual Error applyDurable(std::span<const Op> ops) = 0;
    virtual Result<StoreImage> loadDurable() const = 0;
    virtual bool damageDurableBatch(std::uint64_t pick) = 0;
    // Where one stored batch is, picked by `pick % count`; nullopt when
    // nothing is stored.
    struct StoredBatch {
        TopicPartition tp;
        Offset base;
        Offset last;
        std::uint64_t count = 0; // stored batches in all
    };
    virtual std::optional<StoredBatch> durableBatch(std::uint64_t pick) const = 0;
    // The bytes of a batch with one bit flipped (the bit picked by `pick`).
    static RecordBatch flipBit(const RecordBatch &batch, std::uint64_t pick);

private:
    template <typename Pred>
    void dropPending(Pred pred);
    static Op makeOp(OpKind kind, TopicPartition tp, Offset a = {}, Offset b = {});
    Error writePending();
    Error applyAndRemap(std::span<const Op> ops);

    std::vector<Op> m_pending;
    // Where each key's pending State op sits in m_pending, so repeated writes
    // of one key coalesce without a scan.
    QHash<QString, std::size_t> m_pendingState;
    std::int64_t m_flushes = 0;
    bool m_tearOnPowerLoss = false;
    bool m_lyingFlush = false;
    std::vector<StoredBatch> m_unreadable;
};

} // namespace bb
