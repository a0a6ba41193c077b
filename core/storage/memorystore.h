#pragma once
// MemoryStore: the default store; its "disk" is memory that survives the
// node's crash (not the app's exit). Batches are shared, not copied.

#include "storage/store.h"

#include <map>

namespace bb {

class MemoryStore final : public Store {
public:
    QString describe() const override;

protected:
    Error applyDurable(std::span<const Op> ops) override;
    Result<StoreImage> loadDurable() const override;
    bool damageDurableBatch(std::uint64_t pick) override;
    std::optional<StoredBatch> durableBatch(std::uint64_t pick) const override;

private:
    struct Part {
        Offset logStart;
        std::map<Offset, LogEntry> entries; // by base offset
    };
    std::map<TopicPartition, Part> m_parts;
    QHash<QString, QByteArray> m_state;
};

} // namespace bb
