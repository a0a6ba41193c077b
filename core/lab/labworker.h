#pragma once
// LabWorker: the application around one consumer-group member of a lab
// pipeline. It polls a batch, processes each payment (taking processing
// time) and applies it to the ledger, and commits the way its guarantee
// says:
// - at-most-once: commits the batch's offsets first and processes only once
//   that commit succeeded (a lost commit is retried; a fenced one drops the
//   batch unprocessed), so nothing it applies can be delivered again;
// - at-least-once and idempotency key: processes, then commits;
// - exactly once: inside a transaction with its outputs. As Kafka Streams
//   under exactly-once, a transaction spans polls and commits every
//   kTxnCommitInterval (at a record boundary, mid-batch if need be), so its
//   cost is paid per interval rather than per poll, and a slow batch cannot
//   outlive the transaction timeout. A refused send
//   or a failed transaction is aborted and the batch read again from the
//   committed offsets; a fenced member (a newer instance, or a transaction
//   the coordinator timed out) leaves the group and a fresh instance joins.
// A crash armed by the lab strikes halfway through a batch, between
// processing and committing. An Actor (timers) on its consumer's host.

#include "client/consumer.h"
#include "client/producer.h"
#include "lab/semanticslab.h"

#include <map>

namespace bb {

class LabWorker final : public Actor, public ConsumerListener, public ProducerListener {
public:
    LabWorker(SemanticsLab &lab, Pipeline &pipeline, int slot, QString name);
    ~LabWorker() override;

    // The address is reserved after the consumer is created (the consumer
    // reports to this worker, so the worker exists first).
    void setAddress(ActorId self) { m_self = self; }
    void start(Consumer &consumer, Producer *transactional);
    void armCrash() { m_crashArmed = true; }
    const QString &name() const { return m_name; }
    ActorId address() const { return m_self; }
    Consumer *consumer() const { return m_consumer; }
    Producer *outputProducer() const { return m_output; }

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;

    // ConsumerListener (this member's consumer)
    void onCommitted(Consumer &, Errc error, const std::vector<PartitionOffset> &offsets) override;

    // ProducerListener (the exactly-once output producer)
    void onAcked(TopicPartition, Offset, const RecordBatch &, Micros) override {}
    void onFailed(TopicPartition, const RecordBatch &, const Error &) override {}
    void onTransactionReady() override;
    void onTransactionCompleted(bool committed, Errc error) override;

    // Exactly once: how long a transaction gathers records before it
    // commits (Kafka Streams' commit.interval.ms under exactly-once), far
    // inside the producer's transaction timeout.
    static constexpr Micros kTxnCommitInterval = 100 * kMillisecond;

private:
    enum class State { Starting, Idle, CommittingFirst, Processing, Committing, Aborting, Gone };
    void pollBatch();
    void processNext();
    void finishBatch();
    bool beginTransaction();
    void commitTransaction(); // exactly once: the records processed since the transaction began
    void abortTransaction();
    void rewind();            // exactly once: read the open transaction's records again
    void fenced();
    void nextPoll(Micros after);
    void recordCrash(); // for the explanations
    std::vector<PartitionOffset> offsetsAfter(std::size_t first, std::size_t end) const;

    ActorId m_self;
    SemanticsLab &m_lab;
    Pipeline &m_pipeline;
    int m_slot;
    QString m_name;
    Consumer *m_consumer = nullptr;
    Producer *m_output = nullptr;
    State m_state = State::Starting;
    std::vector<ConsumedRecord> m_batch;
    std::size_t m_next = 0;
    // Exactly once: the open transaction's records, per partition the first
    // offset (to read again after an abort) and the next one (to commit).
    bool m_txnOpen = false;
    Micros m_txnStarted = 0;
    std::map<TopicPartition, Offset> m_txnFrom;
    std::map<TopicPartition, Offset> m_txnNext;
    std::vector<PartitionOffset> m_firstCommit; // at-most-once: the commit awaited before processing
    std::int32_t m_batchGeneration = -1;
    QString m_batchMember;
    bool m_crashArmed = false;
    TopicId m_outputTopic{-1};
    QByteArray m_value;
};

} // namespace bb
