#include "paymenttrace.h"

#include "model/recordtag.h"

namespace bb {

void PaymentTrace::onAcked(TopicPartition, Offset, const RecordBatch &batch, Micros)
{
    mark(batch, Outcome::Acked, Errc::None);
}

void PaymentTrace::onFailed(TopicPartition, const RecordBatch &batch, const Error &error)
{
    mark(batch, Outcome::Failed, error.code);
}

void PaymentTrace::mark(const RecordBatch &batch, Outcome outcome, Errc error)
{
    const Micros now = m_loop ? m_loop->now() : 0;
    for (const RecordView v : batch) {
        RecordTag tag;
        if (!RecordTag::read(v.value, tag))
            continue;
        if (tag.sequence >= m_entries.size())
            m_entries.resize(std::size_t(tag.sequence) + 1);
        Entry &e = m_entries[std::size_t(tag.sequence)];
        if (e.outcome == Outcome::Acked)
            continue; // a later failure of a retried copy does not undo an acknowledgement
        e = {outcome, error, now};
    }
}

} // namespace bb
