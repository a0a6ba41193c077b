#pragma once
// ServiceMember: one running instance of a service, the application around
// its consumer (a group member, pull or push) or its queue consumer. It
// handles one record at a time, each taking the service's processing time,
// commits the way the service says (manual: after each handled batch), and
// writes emitted events through its own producer, retrying ones the producer
// could not take yet. Everything here is process memory: a crash loses it.
// An Actor (timers) on its consumer's host; the cluster owns it.

#include "client/consumer.h"
#include "client/producer.h"
#include "client/queueconsumer.h"
#include "sim/actor.h"

#include <deque>
#include <map>

namespace bb {

class Service;

class ServiceMember final : public Actor, public ConsumerListener, public QueueConsumerListener, public ProducerListener {
public:
    ServiceMember(ActorId self, EventLoop &loop, Service &service, QString name);
    ~ServiceMember() override;

    void start(Consumer *consumer, QueueConsumer *queueConsumer, Producer *producer);
    // A clean stop: commits what it handled and leaves the group.
    void close();
    const QString &name() const { return m_name; }
    ActorId address() const { return m_self; }
    Consumer *consumer() const { return m_consumer; }
    QueueConsumer *queueConsumer() const { return m_queue; }
    Producer *producer() const { return m_producer; }
    // Received, not handled yet.
    std::int64_t backlog() const;
    // Events held in memory, not acknowledged yet.
    std::int64_t unacknowledgedEmits() const { return std::int64_t(m_unsent.size()) + m_inFlightEmits; }

    // Writes one event (called by the service while handling a record).
    void emit(const QString &topic, QByteArrayView key, QByteArrayView value);

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;
    // ConsumerListener (push delivery)
    void onRecords(Consumer &, std::span<const ConsumedRecord> records) override;
    // QueueConsumerListener
    void onMessages(QueueConsumer &, std::span<const QueueRecord> records) override;
    // ProducerListener
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) override;
    void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) override;

private:
    enum Timer : std::uint64_t { Poll = 1, Process = 2, Resend = 3 };
    void pollBatch();
    void processNext();
    void handleOne();
    void finishBatch();
    void scheduleResend();
    std::vector<PartitionOffset> handledOffsets() const;

    struct Unsent {
        QString topic;
        QByteArray key;
        QByteArray value;
    };

    ActorId m_self;
    EventLoop &m_loop;
    Service &m_service;
    QString m_name;
    Consumer *m_consumer = nullptr;
    QueueConsumer *m_queue = nullptr;
    Producer *m_producer = nullptr;
    bool m_busy = false;
    bool m_closed = false;
    std::vector<ConsumedRecord> m_batch;   // pull: the polled batch
    std::size_t m_next = 0;
    std::deque<ConsumedRecord> m_pushed;   // push: delivered, not handled yet
    std::deque<QueueRecord> m_queued;      // queue: held, not handled yet
    std::map<TopicPartition, Offset> m_handledUpTo; // manual commit: next offset per partition
    std::deque<Unsent> m_unsent;
    std::int64_t m_inFlightEmits = 0;
    bool m_resendArmed = false;
};

} // namespace bb
