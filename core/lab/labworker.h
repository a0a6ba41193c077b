#pragma once
// LabWorker: the application around one consumer-group member of a lab
// pipeline. It polls a batch, processes each payment (taking processing
// time) and applies it to the ledger, and commits the way its guarantee
// says: before processing (at-most-once), after (at-least-once and
// idempotency key), or inside a transaction with its outputs (exactly once).
// A crash armed by the lab strikes halfway through a batch, between
// processing and committing. An Actor (timers) on its consumer's host.

#include "client/consumer.h"
#include "client/producer.h"
#include "lab/semanticslab.h"

namespace bb {

class LabWorker final : public Actor, public ConsumerListener, public ProducerListener {
public:
    LabWorker(ActorId self, SemanticsLab &lab, Pipeline &pipeline, int slot, QString name);
    ~LabWorker() override;

    void start(Consumer &consumer, Producer *transactional);
    void armCrash() { m_crashArmed = true; }
    const QString &name() const { return m_name; }
    ActorId address() const { return m_self; }
    Consumer *consumer() const { return m_consumer; }
    Producer *outputProducer() const { return m_output; }

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;

    // ProducerListener (the exactly-once output producer)
    void onAcked(TopicPartition, Offset, const RecordBatch &, Micros) override {}
    void onFailed(TopicPartition, const RecordBatch &, const Error &) override {}
    void onTransactionReady() override;
    void onTransactionCompleted(bool committed, Errc error) override;

private:
    enum class State { Starting, Idle, Processing, Committing };
    void pollBatch();
    void processNext();
    void finishBatch();
    void commitBatch();
    void recordCrash(); // for the explanations
    std::vector<PartitionOffset> nextOffsets() const;

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
    std::int32_t m_batchGeneration = -1;
    QString m_batchMember;
    bool m_crashArmed = false;
    TopicId m_outputTopic{-1};
    QByteArray m_value;
};

} // namespace bb
