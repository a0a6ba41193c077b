#include "partitionlog.h"

#include <QHash>

#include <algorithm>

namespace bb {

PartitionLog::PartitionLog(LogConfig config)
    : m_config(config)
{
}

std::int64_t PartitionLog::batchCount() const
{
    std::int64_t n = 0;
    for (const Segment &s : m_segments)
        n += std::int64_t(s.entries.size());
    return n;
}

// Segments are never empty, so each has a last offset to search on. Entries
// are searched by their last offset too, which finds the entry holding
// `offset` or, in a gap left by compaction, the first one after it.
PartitionLog::Position PartitionLog::lowerBound(Offset offset) const
{
    const auto seg = std::partition_point(m_segments.begin(), m_segments.end(), [offset](const Segment &s) {
        return s.entries.back().lastOffset() < offset;
    });
    if (seg == m_segments.end())
        return {m_segments.size(), 0};
    const auto entry = std::partition_point(seg->entries.begin(), seg->entries.end(), [offset](const LogEntry &e) {
        return e.lastOffset() < offset;
    });
    return {std::size_t(seg - m_segments.begin()), std::size_t(entry - seg->entries.begin())};
}

void PartitionLog::append(LogEntry entry, Micros now)
{
    Q_ASSERT(entry.base == m_logEnd);
    Q_ASSERT(!entry.batch.isNull() && entry.batch.lastOffsetDelta() >= 0);
    if (entry.epoch > latestEpoch())
        assignEpochStart(entry.epoch, entry.base);
    m_logEnd = entry.nextOffset();
    place(std::move(entry), now);
}

void PartitionLog::place(LogEntry &&entry, Micros now)
{
    const qsizetype size = entry.batch.sizeBytes();
    if (m_segments.empty() || m_segments.back().bytes + size > m_config.segmentBytes)
        roll(entry.base, now);
    Segment &seg = m_segments.back();
    const Micros ts = entry.batch.maxTimestamp();
    seg.maxTimestamp = seg.entries.empty() ? ts : std::max(seg.maxTimestamp, ts);
    seg.timeIndex.push_back(seg.maxTimestamp);
    seg.bytes += size;
    m_bytes += size;
    seg.entries.push_back(std::move(entry));
}

void PartitionLog::roll(Offset base, Micros now)
{
    Segment seg;
    seg.baseOffset = base;
    seg.createdAt = now;
    m_segments.push_back(std::move(seg));
}

void PartitionLog::clearSegments()
{
    m_segments.clear();
    m_bytes = 0;
}

void PartitionLog::reindex(Segment &segment)
{
    segment.bytes = 0;
    segment.timeIndex.clear();
    segment.timeIndex.reserve(segment.entries.size());
    Micros max = 0;
    for (const LogEntry &e : segment.entries) {
        segment.bytes += e.batch.sizeBytes();
        max = segment.timeIndex.empty() ? e.batch.maxTimestamp() : std::max(max, e.batch.maxTimestamp());
        segment.timeIndex.push_back(max);
    }
    segment.maxTimestamp = max;
}

void PartitionLog::recount()
{
    m_bytes = 0;
    for (const Segment &s : m_segments)
        m_bytes += s.bytes;
}

void PartitionLog::read(Offset from, Offset upTo, std::int64_t maxBytes, std::vector<LogEntry> &out) const
{
    std::int64_t bytes = 0;
    bool any = false;
    for (auto [si, ei] = lowerBound(from); si < m_segments.size(); ++si, ei = 0) {
        const std::vector<LogEntry> &entries = m_segments[si].entries;
        for (; ei < entries.size(); ++ei) {
            const LogEntry &e = entries[ei];
            if (e.lastOffset() >= upTo)
                return;
            const qsizetype size = e.batch.sizeBytes();
            if (any && bytes + size > maxBytes)
                return;
            out.push_back(e);
            bytes += size;
            any = true;
        }
    }
}

const LogEntry *PartitionLog::entryContaining(Offset offset) const
{
    if (offset < m_logStart || offset >= m_logEnd)
        return nullptr;
    const Position pos = lowerBound(offset);
    if (pos.segment == m_segments.size())
        return nullptr;
    const LogEntry &e = m_segments[pos.segment].entries[pos.entry];
    return e.base <= offset ? &e : nullptr;
}

// Segments are scanned in order, as Kafka does: their maxima may go down
// from one segment to the next, and there are few of them. Inside a segment
// the time index finds the first batch whose timestamp can qualify; the
// batches after it are checked one by one only when a record below the log
// start was what made it qualify.
Offset PartitionLog::offsetForTimestamp(Micros ts) const
{
    for (const Segment &seg : m_segments) {
        if (seg.maxTimestamp < ts)
            continue;
        const auto first = std::partition_point(seg.timeIndex.begin(), seg.timeIndex.end(),
                                                [ts](Micros max) { return max < ts; });
        for (auto i = std::size_t(first - seg.timeIndex.begin()); i < seg.entries.size(); ++i) {
            const LogEntry &e = seg.entries[i];
            if (e.batch.maxTimestamp() < ts || e.lastOffset() < m_logStart)
                continue;
            for (const RecordView r : e.batch) {
                const Offset offset = e.base + r.offsetDelta;
                if (r.timestamp >= ts && offset >= m_logStart)
                    return offset;
            }
        }
    }
    return m_logEnd;
}

void PartitionLog::truncateTo(Offset offset)
{
    if (offset >= m_logEnd) {
        // No record goes, but an epoch entry at the LEO holds no record
        // either and may conflict with the leader's history.
        truncateEpochsFromEnd(m_logEnd);
        return;
    }
    if (offset <= m_logStart) {
        clearSegments();
        m_logStart = m_logEnd = offset;
        truncateEpochsFromEnd(offset);
        return;
    }
    Offset newEnd = offset; // a gap left by compaction may end the log below the first removed entry
    const Position pos = lowerBound(offset);
    if (pos.segment < m_segments.size()) {
        Segment &seg = m_segments[pos.segment];
        newEnd = std::min(newEnd, seg.entries[pos.entry].base);
        seg.entries.erase(seg.entries.begin() + std::ptrdiff_t(pos.entry), seg.entries.end());
        // The running max of the kept prefix does not depend on what followed it.
        seg.timeIndex.resize(pos.entry);
        std::size_t keep = pos.segment;
        if (!seg.entries.empty()) {
            seg.maxTimestamp = seg.timeIndex.back();
            seg.bytes = 0;
            for (const LogEntry &e : seg.entries)
                seg.bytes += e.batch.sizeBytes();
            ++keep;
        }
        m_segments.erase(m_segments.begin() + std::ptrdiff_t(keep), m_segments.end());
        recount();
    }
    // A batch cut by the log start is removed whole, but offsets below the
    // log start cannot come back.
    m_logEnd = std::max(m_logStart, newEnd);
    truncateEpochsFromEnd(m_logEnd);
}

void PartitionLog::advanceLogStart(Offset offset)
{
    if (offset <= m_logStart)
        return;
    m_logStart = offset;
    if (offset >= m_logEnd) {
        clearSegments();
        m_logEnd = offset;
    } else {
        const Position pos = lowerBound(offset);
        m_segments.erase(m_segments.begin(), m_segments.begin() + std::ptrdiff_t(pos.segment));
        if (!m_segments.empty() && pos.entry > 0) {
            Segment &seg = m_segments.front();
            seg.entries.erase(seg.entries.begin(), seg.entries.begin() + std::ptrdiff_t(pos.entry));
            reindex(seg);
        }
        recount();
    }
    truncateEpochsFromStart(m_logStart);
}

void PartitionLog::resetTo(Offset offset)
{
    clearSegments();
    m_epochs.clear();
    m_logStart = m_logEnd = offset;
}

Offset PartitionLog::enforceRetention(Micros now, Offset limit)
{
    std::size_t expired = 0;
    std::int64_t remaining = m_bytes;
    // Kafka's rules: by time, a segment goes when its newest record is older
    // than the retention; by size, when the log is still at least
    // retentionBytes without it. Either way the oldest go first, and never
    // the active segment or a record the high watermark has not passed.
    while (expired + 1 < m_segments.size()) {
        const Segment &seg = m_segments[expired];
        if (seg.entries.back().lastOffset() >= limit)
            break;
        const bool byTime = m_config.retentionTime >= 0 && seg.maxTimestamp < now - m_config.retentionTime;
        const bool bySize = m_config.retentionBytes >= 0 && remaining - seg.bytes >= m_config.retentionBytes;
        if (!byTime && !bySize)
            break;
        remaining -= seg.bytes;
        ++expired;
    }
    if (expired == 0)
        return m_logStart;
    m_segments.erase(m_segments.begin(), m_segments.begin() + std::ptrdiff_t(expired));
    m_bytes = remaining;
    const Offset first = m_segments.front().entries.front().base;
    if (first > m_logStart) {
        m_logStart = first;
        truncateEpochsFromStart(m_logStart);
    }
    return m_logStart;
}

CompactionStats PartitionLog::compact(Micros now, Offset limit)
{
    CompactionStats stats;
    if (!m_config.compact)
        return stats;
    std::size_t cleanable = 0;
    while (cleanable + 1 < m_segments.size() && m_segments[cleanable].entries.back().lastOffset() < limit)
        ++cleanable;
    if (cleanable == 0)
        return stats;

    // Keys are views into the batches, so the old batches must outlive the
    // map: the rebuilt entries are only swapped in at the end.
    QHash<QByteArrayView, std::int64_t> latest;
    for (const Segment &seg : m_segments) {
        for (const LogEntry &e : seg.entries) {
            if (e.base >= limit)
                break;
            if (e.batch.isControl())
                continue;
            for (const RecordView r : e.batch) {
                const Offset offset = e.base + r.offsetDelta;
                if (offset >= limit)
                    break;
                if (!r.key.isNull())
                    latest.insert(r.key, offset.value);
            }
        }
    }

    std::vector<std::vector<LogEntry>> cleaned(cleanable);
    std::vector<RecordHeader> headers;
    for (std::size_t si = 0; si < cleanable; ++si) {
        const Segment &seg = m_segments[si];
        const bool expireTombstones =
            seg.lastCompactedAt >= 0 && now - seg.lastCompactedAt >= m_config.deleteRetention;
        const auto keep = [&](const LogEntry &e, const RecordView &r) {
            if (r.key.isNull())
                return true;
            if (latest.value(r.key) != (e.base + r.offsetDelta).value)
                return false;
            return !(r.isTombstone() && expireTombstones);
        };
        stats.bytesBefore += seg.bytes;
        std::vector<LogEntry> &out = cleaned[si];
        out.reserve(seg.entries.size());
        for (const LogEntry &e : seg.entries) {
            if (e.batch.isControl()) {
                out.push_back(e);
                continue;
            }
            int kept = 0;
            int removed = 0;
            for (const RecordView r : e.batch) {
                if (keep(e, r)) {
                    ++kept;
                } else {
                    ++removed;
                    stats.tombstonesRemoved += r.isTombstone() ? 1 : 0;
                }
            }
            stats.recordsRemoved += removed;
            if (removed == 0) {
                out.push_back(e); // shares the buffer, as the store does
                continue;
            }
            if (kept == 0)
                continue; // Kafka would keep an empty batch for producer state; a gap is simpler
            RecordBatchBuilder builder(e.batch.sizeBytes());
            builder.setProducer(e.batch.producerId(), e.batch.producerEpoch(), e.batch.baseSequence());
            builder.setAttributes(e.batch.attributes());
            for (const RecordView r : e.batch) {
                if (!keep(e, r))
                    continue;
                headers.clear();
                for (int h = 0; h < r.headerCount; ++h)
                    headers.push_back(r.header(h));
                builder.append(r.key, r.value, r.timestamp, headers, r.offsetDelta);
            }
            builder.setLastOffsetDelta(e.batch.lastOffsetDelta());
            out.push_back(LogEntry{e.base, e.epoch, builder.build()});
        }
    }
    latest.clear();

    for (std::size_t si = 0; si < cleanable; ++si) {
        Segment &seg = m_segments[si];
        seg.entries = std::move(cleaned[si]);
        reindex(seg);
        if (seg.lastCompactedAt < 0)
            seg.lastCompactedAt = now;
        stats.bytesAfter += seg.bytes;
    }
    stats.segmentsCleaned = int(cleanable);
    m_segments.erase(std::remove_if(m_segments.begin(), m_segments.begin() + std::ptrdiff_t(cleanable),
                                    [](const Segment &s) { return s.entries.empty(); }),
                     m_segments.begin() + std::ptrdiff_t(cleanable));
    recount();
    return stats;
}

void PartitionLog::assignEpochStart(Epoch epoch, Offset start)
{
    Q_ASSERT(epoch.value >= 0 && start.value >= 0);
    if (!m_epochs.empty() && m_epochs.back().epoch == epoch && m_epochs.back().startOffset <= start)
        return;
    while (!m_epochs.empty() && (m_epochs.back().epoch >= epoch || m_epochs.back().startOffset >= start))
        m_epochs.pop_back();
    m_epochs.push_back({epoch, start});
}

Epoch PartitionLog::latestEpoch() const
{
    return m_epochs.empty() ? kNoEpoch : m_epochs.back().epoch;
}

EpochEndOffset PartitionLog::endOffsetForEpoch(Epoch requested) const
{
    if (m_epochs.empty() || requested < m_epochs.front().epoch)
        return {kNoEpoch, Offset(-1)};
    if (requested >= m_epochs.back().epoch)
        return {m_epochs.back().epoch, m_logEnd};
    // The first entry with a larger epoch; the one before it is the answer,
    // and its epoch ends where the next one starts.
    const auto next = std::upper_bound(m_epochs.begin(), m_epochs.end(), requested,
                                       [](Epoch e, const EpochEntry &entry) { return e < entry.epoch; });
    return {std::prev(next)->epoch, next->startOffset};
}

void PartitionLog::truncateEpochsFromEnd(Offset end)
{
    while (!m_epochs.empty() && m_epochs.back().startOffset >= end)
        m_epochs.pop_back();
}

// Kafka's truncateFromStart: the latest epoch starting at or before the new
// log start survives, starting at the log start; those before it go.
void PartitionLog::truncateEpochsFromStart(Offset start)
{
    const auto after = std::partition_point(m_epochs.begin(), m_epochs.end(),
                                            [start](const EpochEntry &e) { return e.startOffset <= start; });
    if (after == m_epochs.begin())
        return;
    m_epochs.erase(m_epochs.begin(), std::prev(after));
    m_epochs.front().startOffset = start;
}

void PartitionLog::restore(Offset logStart, std::vector<LogEntry> entries, std::vector<EpochEntry> epochs, Micros now)
{
    clearSegments();
    m_epochs = std::move(epochs);
    const bool rebuildEpochs = m_epochs.empty();
    m_logStart = logStart;
    m_logEnd = logStart;
    for (LogEntry &e : entries) {
        if (e.lastOffset() < logStart)
            continue;
        Q_ASSERT(m_segments.empty() || e.base >= m_logEnd);
        if (rebuildEpochs && e.epoch > latestEpoch())
            assignEpochStart(e.epoch, e.base);
        m_logEnd = std::max(m_logEnd, e.nextOffset());
        place(std::move(e), now);
    }
    if (rebuildEpochs)
        truncateEpochsFromStart(m_logStart);
}

} // namespace bb
