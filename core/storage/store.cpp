#include "storage/store.h"

#include <algorithm>

namespace bb {

// Dropping an unflushed op is only done when a later op of the same partition
// makes it irrelevant, so the durable result is the same as applying both.
// For appends this relies on the log invariant that an append never lands on
// an offset the log still holds (a follower truncates before it rewrites).
// Every op other than Remove leaves its partition existing, so dropping an
// append never changes whether the partition exists.
template <typename Pred>
void Store::dropPending(Pred pred)
{
    const auto removed = std::erase_if(m_pending, pred);
    if (removed == 0)
        return;
    m_pendingState.clear();
    for (std::size_t i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].kind == OpKind::State)
            m_pendingState.insert(m_pending[i].key, i);
    }
}

Store::Op Store::makeOp(OpKind kind, TopicPartition tp, Offset a, Offset b)
{
    Op op{};
    op.kind = kind;
    op.tp = tp;
    op.a = a;
    op.b = b;
    return op;
}

void Store::append(TopicPartition tp, const LogEntry &entry)
{
    Op &op = m_pending.emplace_back(makeOp(OpKind::Append, tp));
    op.entries.push_back(entry);
}

void Store::truncateTo(TopicPartition tp, Offset offset)
{
    dropPending([&](const Op &op) {
        return op.kind == OpKind::Append && op.tp == tp && op.entries.front().lastOffset() >= offset;
    });
    m_pending.push_back(makeOp(OpKind::Truncate, tp, offset));
}

void Store::advanceLogStart(TopicPartition tp, Offset logStart)
{
    dropPending([&](const Op &op) {
        return op.kind == OpKind::Append && op.tp == tp && op.entries.front().lastOffset() < logStart;
    });
    m_pending.push_back(makeOp(OpKind::LogStart, tp, logStart));
}

void Store::replaceRange(TopicPartition tp, Offset from, Offset to, std::vector<LogEntry> entries)
{
    Op &op = m_pending.emplace_back(makeOp(OpKind::Replace, tp, from, to));
    op.entries = std::move(entries);
}

void Store::removePartition(TopicPartition tp)
{
    // Every partition op touches only its own partition, and removing it
    // undoes all of them.
    dropPending([&](const Op &op) { return op.kind != OpKind::State && op.tp == tp; });
    m_pending.push_back(makeOp(OpKind::Remove, tp));
}

void Store::putState(const QString &key, const QByteArray &value)
{
    // State ops are independent of log ops and of other keys, so updating an
    // earlier pending write in place gives the same durable result.
    if (const auto it = m_pendingState.constFind(key); it != m_pendingState.cend()) {
        m_pending[*it].value = value;
        return;
    }
    m_pendingState.insert(key, m_pending.size());
    Op &op = m_pending.emplace_back(makeOp(OpKind::State, {}));
    op.key = key;
    op.value = value;
}

// A write to a bad sector remaps it: a batch rewritten, cut or dropped
// reads again. The list is empty unless a read_error fault is pending.
Error Store::applyAndRemap(std::span<const Op> ops)
{
    if (Error error = applyDurable(ops))
        return error;
    for (const Op &op : ops) {
        if (m_unreadable.empty())
            break;
        std::erase_if(m_unreadable, [&](const StoredBatch &b) {
            if (op.kind == OpKind::State || b.tp != op.tp)
                return false;
            switch (op.kind) {
            case OpKind::Append: return op.entries.front().base == b.base;
            case OpKind::Truncate: return b.base >= op.a || b.last >= op.a;
            case OpKind::LogStart: return b.last < op.a;
            case OpKind::Replace: return b.base >= op.a && b.base < op.b;
            case OpKind::Remove: return true;
            case OpKind::State: break;
            }
            return false;
        });
    }
    return {};
}

bool Store::failReads(std::uint64_t pick)
{
    const auto batch = durableBatch(pick);
    if (!batch)
        return false;
    m_unreadable.push_back(*batch);
    return true;
}

Error Store::writePending()
{
    if (!m_pending.empty()) {
        if (Error error = applyAndRemap(m_pending))
            return error; // keep the writes: a later flush may succeed
    }
    m_pending.clear();
    m_pendingState.clear();
    return {};
}

Error Store::flush()
{
    if (m_lyingFlush) {
        ++m_flushes; // the node believes it
        return {};
    }
    Error error = writePending();
    if (!error)
        ++m_flushes;
    return error;
}

Error Store::crash(CrashKind kind)
{
    switch (kind) {
    case CrashKind::Process:
        // The OS still writes out what it buffered; this is not a flush the
        // node asked for, so flushCount() does not move.
        return writePending();
    case CrashKind::PowerLoss: {
        Error error;
        if (m_tearOnPowerLoss) {
            m_tearOnPowerLoss = false;
            auto last = std::find_if(m_pending.rbegin(), m_pending.rend(), [](const Op &op) { return op.kind == OpKind::Append; });
            if (last != m_pending.rend()) {
                // Writes reach the disk in order; the power goes during the
                // last append: its header made it, part of its records not.
                m_pending.erase(last.base(), m_pending.end());
                LogEntry &torn = m_pending.back().entries.front();
                const QByteArray &bytes = torn.batch.bytes();
                const qsizetype keep = RecordBatch::kHeaderSize + (bytes.size() - RecordBatch::kHeaderSize) / 2;
                torn.batch = RecordBatch::unverified(bytes.left(keep));
                error = applyAndRemap(m_pending);
            }
        }
        m_pending.clear();
        m_pendingState.clear();
        return error;
    }
    }
    return {};
}

RecordBatch Store::flipBit(const RecordBatch &batch, std::uint64_t pick)
{
    QByteArray bytes = batch.bytes();
    bytes.detach(); // the node's own copy (its page cache) stays good
    const std::uint64_t bit = pick % std::uint64_t(bytes.size() * 8);
    bytes.data()[bit / 8] = char(bytes[qsizetype(bit / 8)] ^ char(1u << (bit % 8)));
    return RecordBatch::unverified(std::move(bytes));
}

Result<StoreImage> Store::load() const
{
    auto image = loadDurable();
    if (!image)
        return image;
    for (const StoredBatch &b : m_unreadable) {
        auto p = std::find_if(image->partitions.begin(), image->partitions.end(), [&](const PartitionImage &pi) { return pi.tp == b.tp; });
        if (p == image->partitions.end())
            continue;
        for (LogEntry &e : p->entries)
            if (e.base == b.base) {
                e.batch = RecordBatch::unverified(QByteArray());
                p->unreadable.push_back(b.base);
            }
    }
    return image;
}

} // namespace bb
