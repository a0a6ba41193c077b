#include "storage/memorystore.h"

namespace bb {

QString MemoryStore::describe() const
{
    return QStringLiteral("memory");
}

// Entries of one partition never overlap (the log invariant), so both the
// bases and the last offsets ascend and every delete below is a range.
Error MemoryStore::applyDurable(std::span<const Op> ops)
{
    for (const Op &op : ops) {
        switch (op.kind) {
        case OpKind::Append: {
            auto &entries = m_parts[op.tp].entries;
            const LogEntry &entry = op.entries.front();
            // Appends come in offset order, so the end is the right hint.
            entries.insert_or_assign(entries.end(), entry.base, entry);
            break;
        }
        case OpKind::Truncate: {
            auto &entries = m_parts[op.tp].entries;
            // Every base at or above the offset goes (by base, not by last
            // offset: a damaged batch's header may lie about its span).
            auto first = entries.lower_bound(op.a);
            while (first != entries.begin() && std::prev(first)->second.lastOffset() >= op.a)
                --first;
            entries.erase(first, entries.end());
            break;
        }
        case OpKind::LogStart: {
            Part &part = m_parts[op.tp];
            auto it = part.entries.begin();
            while (it != part.entries.end() && it->second.lastOffset() < op.a)
                ++it;
            part.entries.erase(part.entries.begin(), it);
            part.logStart = op.a;
            break;
        }
        case OpKind::Replace: {
            auto &entries = m_parts[op.tp].entries;
            entries.erase(entries.lower_bound(op.a), entries.lower_bound(op.b));
            for (const LogEntry &entry : op.entries)
                entries.insert_or_assign(entry.base, entry);
            break;
        }
        case OpKind::Remove:
            m_parts.erase(op.tp);
            break;
        case OpKind::State:
            m_state.insert(op.key, op.value);
            break;
        }
    }
    return {};
}

std::optional<Store::StoredBatch> MemoryStore::durableBatch(std::uint64_t pick) const
{
    std::size_t count = 0;
    for (const auto &[tp, part] : m_parts)
        count += part.entries.size();
    if (count == 0)
        return std::nullopt;
    std::size_t index = pick % count;
    for (const auto &[tp, part] : m_parts) {
        if (index >= part.entries.size()) {
            index -= part.entries.size();
            continue;
        }
        const LogEntry &entry = std::next(part.entries.begin(), std::ptrdiff_t(index))->second;
        return StoredBatch{tp, entry.base, entry.lastOffset(), count};
    }
    return std::nullopt;
}

bool MemoryStore::damageDurableBatch(std::uint64_t pick)
{
    const auto at = durableBatch(pick);
    if (!at)
        return false;
    LogEntry &entry = m_parts[at->tp].entries.at(at->base);
    entry.batch = flipBit(entry.batch, pick / at->count);
    return true;
}

Result<StoreImage> MemoryStore::loadDurable() const
{
    StoreImage image;
    image.partitions.reserve(m_parts.size());
    for (const auto &[tp, part] : m_parts) {
        PartitionImage &p = image.partitions.emplace_back();
        p.tp = tp;
        p.logStart = part.logStart;
        p.entries.reserve(part.entries.size());
        for (const auto &[base, entry] : part.entries)
            p.entries.push_back(entry); // shares the batch buffer
    }
    image.state = m_state;
    return image;
}

} // namespace bb
