#pragma once
// PaymentTrace: what the payments producer of one lab pipeline learned
// about each payment it sent: acknowledged (when), or given up (when and
// why). The lab's explanations of a lost payment come from this trace and
// the logs, never from the guarantee's name. A ProducerListener on the loop
// thread; one flag byte and one time per payment.

#include "client/producer.h"

#include <vector>

namespace bb {

class PaymentTrace final : public ProducerListener {
public:
    enum class Outcome : std::uint8_t { Unknown, Acked, Failed };
    struct Entry {
        Outcome outcome = Outcome::Unknown;
        Errc error = Errc::None;
        Micros at = -1;
    };

    void onAcked(TopicPartition, Offset, const RecordBatch &batch, Micros) override;
    void onFailed(TopicPartition, const RecordBatch &batch, const Error &error) override;
    void setClock(const EventLoop *loop) { m_loop = loop; }

    Entry entry(std::uint64_t id) const { return id < m_entries.size() ? m_entries[id] : Entry{}; }

private:
    void mark(const RecordBatch &batch, Outcome outcome, Errc error);
    const EventLoop *m_loop = nullptr;
    std::vector<Entry> m_entries;
};

} // namespace bb
