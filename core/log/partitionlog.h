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

#include "model/leaderepoch.h"
#include "model/logconfig.h"
#include "model/recordbatch.h"

#include <cstdint>
#include <vector>

namespace bb {

struct CompactionStats {
    int segmentsCleaned = 0;             // closed segments the cleaner went through
    std::int64_t recordsRemoved = 0;     // every record removed, tombstones included
    std::int64_t tombstonesRemoved = 0;  // the tombstones among them
    std::int64_t bytesBefore = 0;        // size of the cleaned segments before
    std::int64_t bytesAfter = 0;         // and after (0 for a segment left empty)
};

struct Segment {
    Offset baseOffset;
    std::vector<LogEntry> entries;
    std::int64_t bytes = 0;
    Micros maxTimestamp = 0;       // running max over the segment (time index)
    Micros createdAt = 0;          // virtual time the segment was rolled
    Micros lastCompactedAt = -1;   // when first compacted; tombstones expire deleteRetention later
    // timeIndex[i] = max batch timestamp of entries[0..i]. Batch timestamps
    // need not grow with offsets; their running max does, so it can be
    // binary-searched. Segment maxima are not monotonic across segments.
    std::vector<Micros> timeIndex;
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
    // As in a Kafka fetch, only the first entry may take the total past maxBytes.
    void read(Offset from, Offset upTo, std::int64_t maxBytes, std::vector<LogEntry> &out) const;
    // The entry holding `offset`, or nullptr.
    const LogEntry *entryContaining(Offset offset) const;
    // The first offset whose record timestamp is >= ts; logEndOffset() if none.
    // Records below the log start (in a batch it cuts through) are skipped.
    Offset offsetForTimestamp(Micros ts) const;

    // Removes every entry whose last offset is >= offset; the LEO becomes
    // min(offset, base of the first removed entry), never below the log start,
    // and the epoch cache forgets epochs starting at or after the new LEO.
    // offset >= LEO keeps every entry but still drops epochs starting at the
    // LEO (Kafka's UnifiedLog.truncateTo): an epoch this replica began as
    // leader and never wrote in. offset <= logStartOffset() empties the log and
    // restarts it at offset, even below the old log start (Kafka's
    // truncateFullyAndStartAt).
    void truncateTo(Offset offset);
    // Advances the log start (DeleteRecords, retention): drops whole entries
    // whose last offset is < offset. Never moves the log start backwards.
    // The log start may fall inside a batch. Past the LEO, the log is emptied
    // and the LEO moves up with it.
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
    // Does nothing unless config().compact. "Whole log" includes the active
    // segment but stops at `limit`: a value a replica may still lose to
    // truncation must not erase a committed one. Null keys and control
    // batches are kept; a batch left with no record is dropped, leaving a gap.
    CompactionStats compact(Micros now, Offset limit);

    // Leader-epoch cache. assignEpochStart follows Kafka's
    // LeaderEpochFileCache.assign: the same epoch with an earlier start moves
    // that start back; otherwise entries with an epoch >= epoch or a start >=
    // start are removed before {epoch, start} is added.
    void assignEpochStart(Epoch epoch, Offset start);
    Epoch latestEpoch() const;
    // {latest, LEO} for an epoch >= the latest; {e, start of the next entry}
    // for the largest cached e <= requested; {kNoEpoch, Offset(-1)} if none.
    EpochEndOffset endOffsetForEpoch(Epoch requested) const;
    const std::vector<EpochEntry> &epochs() const { return m_epochs; }

    // Rebuilds the log from a store image (node restart). Empty `epochs`
    // rebuilds the cache from the entries' epochs (epochs without records are
    // then unknown). Entries wholly below logStart are skipped.
    void restore(Offset logStart, std::vector<LogEntry> entries, std::vector<EpochEntry> epochs, Micros now);

private:
    struct Position {
        std::size_t segment;
        std::size_t entry;
    };
    // The first entry whose last offset is >= offset ({segmentCount(), 0} if none).
    Position lowerBound(Offset offset) const;
    // Puts an entry at the end, rolling first if it does not fit; no checks.
    void place(LogEntry &&entry, Micros now);
    void roll(Offset base, Micros now);
    void clearSegments();
    static void reindex(Segment &segment);
    void recount();
    void truncateEpochsFromEnd(Offset end);
    void truncateEpochsFromStart(Offset start);

    LogConfig m_config;
    std::vector<Segment> m_segments;
    std::vector<EpochEntry> m_epochs;
    Offset m_logStart;
    Offset m_logEnd;
    std::int64_t m_bytes = 0;
};

} // namespace bb
