#pragma once
// PartitionLog: the append-only, segmented log of one partition replica, held
// in memory (a Store mirrors it for durability). Owned by the Node that hosts
// the replica; single-threaded (the cluster's event loop).
//
// Offsets: log-start offset (first offset still kept), log end offset (LEO,
// next offset to be written). Segments roll at segmentBytes; each segment keeps
// its batches in offset order, so lookups by offset and by timestamp are
// binary searches (the offset and time indexes). Truncation works on whole
// batches, as Kafka does: truncateTo(o) removes every batch whose last offset
// is >= o, so the LEO can end up below o.
//
// The leader-epoch cache (epoch -> first offset written in it) is what
// followers use to find where their log diverges from the leader's (KIP-101,
// KIP-279).

#include "log/logconfig.h"
#include "model/recordbatch.h"

#include <cstdint>
#include <vector>

namespace bb {

struct EpochEntry {
    Epoch epoch;
    Offset startOffset;
    bool operator==(const EpochEntry &) const = default;
};

struct EpochEndOffset {
    Epoch epoch = kNoEpoch; // the largest epoch <= the requested one, kNoEpoch if none
    Offset endOffset;       // first offset after that epoch (LEO for the latest epoch)
};

struct CompactionStats {
    int segmentsCleaned = 0;
    std::int64_t recordsRemoved = 0;
    std::int64_t tombstonesRemoved = 0;
    std::int64_t bytesBefore = 0;
    std::int64_t bytesAfter = 0;
};

struct Segment {
    Offset baseOffset;
    std::vector<LogEntry> entries;
    std::int64_t bytes = 0;
    Micros maxTimestamp = 0;       // running max over the segment (time index)
    Micros createdAt = 0;          // virtual time the segment was rolled
    Micros lastCompactedAt = -1;   // for tombstone expiry
};

class PartitionLog {
public:
    explicit PartitionLog(LogConfig config = {});

    const LogConfig &config() const { return m_config; }
    void setConfig(const LogConfig &config) { m_config = config; }

    Offset logStartOffset() const { return m_logStart; }
    Offset logEndOffset() const { return m_logEnd; }
    std::int64_t sizeBytes() const { return m_bytes; }
    std::int64_t batchCount() const;
    int segmentCount() const { return int(m_segments.size()); }
    const std::vector<Segment> &segments() const { return m_segments; }

    // Appends an entry whose base offset equals logEndOffset() (the caller,
    // leader or follower, has assigned it). Rolls a segment when full. The
    // entry's epoch enters the epoch cache if it is newer than the latest.
    // `now` is the virtual time, used for segment age.
    void append(LogEntry entry, Micros now);

    // Appends to `out` the entries holding offsets >= from, stopping before
    // the first entry whose last offset is >= upTo (entries are never split),
    // and after maxBytes (always at least one entry if any qualifies).
    void read(Offset from, Offset upTo, std::int64_t maxBytes, std::vector<LogEntry> &out) const;
    // The entry holding `offset`, or nullptr.
    const LogEntry *entryContaining(Offset offset) const;
    // The first offset whose record timestamp is >= ts; logEndOffset() if none.
    Offset offsetForTimestamp(Micros ts) const;

    void truncateTo(Offset offset);
    // Advances the log start (DeleteRecords, retention): drops whole entries
    // whose last offset is < offset. Never moves the log start backwards.
    void advanceLogStart(Offset offset);
    // Empties the log and restarts it at `offset` (a follower whose leader no
    // longer has the records it needs).
    void resetTo(Offset offset);

    // Deletes closed segments past retention time or size; never deletes at
    // or beyond `limit` (the high watermark) or the active segment. Returns
    // the new log-start offset.
    Offset enforceRetention(Micros now, Offset limit);
    // Compacts closed segments that lie wholly below `limit`: keeps the last
    // record per key (over the whole log), drops tombstones older than
    // deleteRetention since they were first cleaned. Offsets are preserved.
    CompactionStats compact(Micros now, Offset limit);

    // Leader-epoch cache.
    void assignEpochStart(Epoch epoch, Offset start);
    Epoch latestEpoch() const;
    EpochEndOffset endOffsetForEpoch(Epoch requested) const;
    const std::vector<EpochEntry> &epochs() const { return m_epochs; }

    // Rebuilds the log from a store image (node restart).
    void restore(Offset logStart, std::vector<LogEntry> entries, std::vector<EpochEntry> epochs, Micros now);

private:
    void roll(Micros now);
    void recount();

    LogConfig m_config;
    std::vector<Segment> m_segments;
    std::vector<EpochEntry> m_epochs;
    Offset m_logStart;
    Offset m_logEnd;
    std::int64_t m_bytes = 0;
};

} // namespace bb
