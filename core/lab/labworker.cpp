#include "labworker.h"

#include "client/loadgenerator.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <map>

namespace bb {
namespace {
enum Tag : std::uint64_t { PollTag = 1, ProcessTag = 2 };
constexpr Micros kPollInterval = 20 * kMillisecond;
} // namespace

LabWorker::LabWorker(ActorId self, SemanticsLab &lab, Pipeline &pipeline, int slot, QString name)
    : m_self(self)
    , m_lab(lab)
    , m_pipeline(pipeline)
    , m_slot(slot)
    , m_name(std::move(name))
    , m_value(RecordTag::kSize + 8, '\0')
{
}

LabWorker::~LabWorker() = default;

void LabWorker::start(Consumer &consumer, Producer *transactional)
{
    m_consumer = &consumer;
    m_output = transactional;
    if (m_output) {
        // A restarted member reuses its transactional id: this fences the
        // crashed instance and aborts whatever transaction it left open.
        m_state = State::Starting;
        m_output->initTransactions();
        return;
    }
    m_state = State::Idle;
    m_lab.cluster().loop().schedule(kPollInterval, m_self, PollTag);
}

void LabWorker::onTransactionReady()
{
    if (m_state != State::Starting)
        return;
    if (auto id = m_output->topicId(m_pipeline.outputTopic))
        m_outputTopic = *id;
    m_state = State::Idle;
    m_lab.cluster().loop().schedule(0, m_self, PollTag);
}

void LabWorker::onTimer(std::uint64_t tag)
{
    if (tag == PollTag && m_state == State::Idle)
        pollBatch();
    else if (tag == ProcessTag && m_state == State::Processing)
        processNext();
}

void LabWorker::pollBatch()
{
    m_batch.clear();
    m_next = 0;
    if (m_consumer->poll(m_batch, m_lab.config().maxPollRecords) == 0) {
        m_lab.cluster().loop().schedule(kPollInterval, m_self, PollTag);
        return;
    }
    // The group metadata the batch was read under (KIP-447): if the group
    // rebalances while the batch is processed, a commit under these is
    // fenced instead of slipping through under the new generation.
    m_batchGeneration = m_consumer->generation();
    m_batchMember = m_consumer->memberId();
    switch (m_pipeline.mode) {
    case Guarantee::AtMostOnce:
        m_consumer->commit(nextOffsets()); // commit first: a crash now loses the rest of the batch
        break;
    case Guarantee::ExactlyOnce:
        if (m_outputTopic.value < 0)
            if (auto id = m_output->topicId(m_pipeline.outputTopic))
                m_outputTopic = *id;
        m_output->beginTransaction();
        break;
    default:
        break;
    }
    m_state = State::Processing;
    m_lab.cluster().loop().schedule(m_lab.config().processingTime, m_self, ProcessTag);
}

void LabWorker::processNext()
{
    const ConsumedRecord &r = m_batch[m_next];
    RecordTag tag;
    if (RecordTag::read(r.record.value, tag)) {
        const Micros now = m_lab.cluster().loop().now();
        const auto account = std::uint32_t(tag.sequence % std::uint64_t(std::max(1, m_lab.config().accounts)));
        switch (m_pipeline.mode) {
        case Guarantee::AtMostOnce:
        case Guarantee::AtLeastOnce:
            m_pipeline.ledger.apply(tag.sequence, account, r.record.timestamp, now, m_name, r.tp, r.offset);
            break;
        case Guarantee::IdempotencyKey:
            if (m_pipeline.ledger.contains(tag.sequence))
                m_pipeline.ledger.skippedDuplicate(); // already applied: return the stored result
            else
                m_pipeline.ledger.apply(tag.sequence, account, r.record.timestamp, now, m_name, r.tp, r.offset);
            break;
        case Guarantee::ExactlyOnce: {
            // The effect is the output record; it counts once its transaction commits.
            tag.write(m_value.data());
            const Micros created = r.record.timestamp;
            std::memcpy(m_value.data() + RecordTag::kSize, &created, sizeof created);
            m_output->send(m_outputTopic, r.record.key, m_value, now);
            break;
        }
        }
    }
    ++m_next;
    if (m_crashArmed && m_next >= std::max<std::size_t>(1, m_batch.size() / 2)) {
        recordCrash();
        m_lab.crashWorker(m_pipeline, m_slot); // destroys this worker after the current event
        m_state = State::Starting;
        return;
    }
    if (m_next < m_batch.size())
        m_lab.cluster().loop().schedule(m_lab.config().processingTime, m_self, ProcessTag);
    else
        finishBatch();
}

void LabWorker::finishBatch()
{
    switch (m_pipeline.mode) {
    case Guarantee::AtMostOnce:
        break; // committed before processing
    case Guarantee::AtLeastOnce:
    case Guarantee::IdempotencyKey:
        m_consumer->commit(nextOffsets());
        break;
    case Guarantee::ExactlyOnce:
        m_output->sendOffsetsToTransaction(m_pipeline.group, m_batchGeneration, m_batchMember, nextOffsets());
        m_output->commitTransaction();
        m_state = State::Committing;
        return;
    }
    m_state = State::Idle;
    m_lab.cluster().loop().schedule(0, m_self, PollTag);
}

void LabWorker::onTransactionCompleted(bool committed, Errc error)
{
    if (m_state != State::Committing)
        return;
    if (error == Errc::ProducerFenced) {
        m_state = State::Starting; // a zombie: a newer instance owns the transactional id
        return;
    }
    if (!committed && error != Errc::None) {
        // The transaction failed (its offsets were fenced by a rebalance):
        // abort it; the abort's completion rewinds and polls again.
        m_output->abortTransaction();
        return;
    }
    if (!committed) {
        // The outputs and the offsets were discarded together: read the
        // batch again from where the group's committed offsets still are.
        std::map<TopicPartition, Offset> first;
        for (const auto &r : m_batch) {
            auto [it, fresh] = first.try_emplace(r.tp, r.offset);
            if (!fresh)
                it->second = std::min(it->second, r.offset);
        }
        for (const auto &[tp, o] : first)
            m_consumer->seek(tp, o);
    }
    m_state = State::Idle;
    m_lab.cluster().loop().schedule(0, m_self, PollTag);
}

void LabWorker::recordCrash()
{
    WorkerCrash crash{m_lab.cluster().loop().now(), m_name, m_next, m_batch.size(), {}};
    for (std::size_t i = m_next; i < m_batch.size(); ++i) {
        const ConsumedRecord &r = m_batch[i];
        auto it = std::find_if(crash.unprocessed.begin(), crash.unprocessed.end(), [&](const auto &range) { return range.tp == r.tp; });
        if (it == crash.unprocessed.end())
            crash.unprocessed.push_back({r.tp, r.offset, r.offset});
        else {
            it->first = std::min(it->first, r.offset);
            it->last = std::max(it->last, r.offset);
        }
    }
    m_pipeline.crashLog.push_back(std::move(crash));
}

std::vector<PartitionOffset> LabWorker::nextOffsets() const
{
    std::map<TopicPartition, Offset> next;
    for (const auto &r : m_batch) {
        auto [it, fresh] = next.try_emplace(r.tp, r.offset + 1);
        if (!fresh)
            it->second = std::max(it->second, r.offset + 1);
    }
    std::vector<PartitionOffset> out;
    for (const auto &[tp, o] : next)
        out.push_back({tp, o});
    return out;
}

} // namespace bb
