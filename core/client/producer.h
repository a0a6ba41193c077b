#pragma once
// Producer: the client that publishes. Records accumulate per partition in
// a batch builder (linger, batch size), are partitioned by key hash (or
// round-robin for null keys, or explicitly), and are sent to the partition
// leader with acks 0, 1 or all. Failed or timed-out sends are retried with
// backoff; a retry after a lost acknowledgement is how duplicates appear
// under at-least-once. At most maxInFlight requests per partition are
// outstanding (1 keeps order across retries).
//
// Idempotent (KIP-98): the producer gets a producer id from the transaction
// coordinator and numbers its batches per partition; a retry resends the
// same bytes, so the leader recognises one whose acknowledgement was lost,
// and refuses one that arrives after a gap, which keeps order with up to 5
// requests in flight. Transactional (a transactional id): records and
// consumer offsets sent between beginTransaction() and commitTransaction()
// become visible to read_committed readers together, or not at all; a newer
// producer with the same transactional id fences this one.
//
// An Actor on the client's host; the application calls send() directly on
// the loop thread (it is the client library, not another actor).

#include "broker/clusterconfig.h"
#include "metrics/histogram.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <deque>
#include <map>
#include <span>
#include <unordered_map>

namespace bb {

enum class Partitioner { KeyHash, RoundRobin };

struct ProducerConfig {
    Acks acks = Acks::All;
    int retries = 1 << 30;
    Micros retryBackoff = 100 * kMillisecond;
    Micros requestTimeout = 2 * kSecond;
    Micros deliveryTimeout = 30 * kSecond;
    int batchRecords = 100;
    std::int64_t batchBytes = 16 * 1024;
    Micros linger = 5 * kMillisecond;
    int maxInFlight = 1;
    int maxQueuedBatches = 256; // per partition; beyond it send() refuses (buffer.memory)
    Partitioner partitioner = Partitioner::KeyHash;

    // For a broker-side component's own writes (queue dead letters, routed
    // messages): acks=all, in order, retried until they succeed.
    static ProducerConfig internal();
    // Idempotence implies acks=all and at most 5 requests in flight per
    // partition (larger values are lowered to 5), as in Kafka.
    bool idempotent = false;
    QString transactionalId;  // non-empty: transactional (implies idempotent)
    Micros transactionTimeout = 10 * kSecond; // the coordinator aborts a transaction open longer
    bool isIdempotent() const { return idempotent || !transactionalId.isEmpty(); }
};

// Where a transactional producer stands (Kafka's TransactionManager states).
// Failed: a batch or request of the transaction failed; only
// abortTransaction() is possible. Fenced: a newer producer with the same
// transactional id exists (or the transaction timed out); this one must stop.
enum class TxnState { None, Initializing, Ready, InTransaction, Committing, Aborting, Fenced, Failed };
const char *txnStateName(TxnState state);

class ProducerListener {
public:
    virtual ~ProducerListener() = default;
    virtual void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) = 0;
    virtual void onFailed(TopicPartition tp, const RecordBatch &batch, const Error &error) = 0;
    // initTransactions() is done: the producer may begin transactions.
    virtual void onTransactionReady() {}
    // A transaction ended. committed = false with error None: aborted by
    // abortTransaction(). With an error, it could not commit: the producer
    // is Failed (abort it) or Fenced (stop).
    virtual void onTransactionCompleted(bool /*committed*/, Errc /*error*/) {}
};

struct ProducerStats {
    std::int64_t recordsSent = 0;   // accepted by send()
    std::int64_t recordsAcked = 0;
    std::int64_t recordsFailed = 0;
    std::int64_t batchesAcked = 0;
    std::int64_t requests = 0;
    std::int64_t retries = 0;
    std::int64_t refused = 0;       // send() refused: no metadata or queue full
    std::int64_t outOfOrder = 0;    // OutOfOrderSequence answers (an earlier batch was missing)
    std::int64_t txnCommitted = 0;
    std::int64_t txnAborted = 0;
    LatencyHistogram latency;       // batch creation to acknowledgement
};

class Producer final : public Actor {
public:
    Producer(ActorId self, EventLoop &loop, Transport &transport, std::vector<ActorId> bootstrap,
             ProducerConfig config, ProducerListener *listener);

    void start();
    ActorId address() const { return m_self; }
    const ProducerConfig &config() const { return m_config; }
    bool hasMetadata() const { return !m_topics.empty(); }
    int partitionCount(TopicId topic) const;
    Result<TopicId> topicId(const QString &name) const;

    // The partition a keyed record goes to under Partitioner::KeyHash.
    static int partitionForKey(QByteArrayView key, int partitions);

    // partition < 0: chosen by the partitioner.
    // The application is gone: records in flight complete without callbacks.
    void detachListener() { m_listener = nullptr; }
    Error send(TopicId topic, QByteArrayView key, QByteArrayView value, Micros timestamp,
               std::span<const RecordHeader> headers = {}, int partition = -1);
    // Seals every open batch now (linger elapsed for all).
    void flush();
    std::int64_t pendingBatches() const;

    const ProducerStats &stats() const { return m_stats; }

    // Idempotence: kNoProducer / -1 until the coordinator has answered.
    bool isIdempotent() const { return m_idempotent; }
    ProducerId producerId() const { return m_producerId; }
    std::int16_t producerEpoch() const { return m_epoch; }

    // Transactions. Each call returns at once; an error says why it cannot
    // be done now. Completion is reported to the listener.
    using TxnState = bb::TxnState;
    // Gets the producer id and a new epoch for the transactional id (fencing
    // an older instance, whose open transaction is aborted first).
    // onTransactionReady() follows.
    Error initTransactions();
    Error beginTransaction();
    // Commits the consumed offsets with the transaction (consume-transform-
    // produce): the group sees them only if the transaction commits.
    Error sendOffsetsToTransaction(const QString &groupId, std::int32_t generation, const QString &memberId,
                                   const std::vector<PartitionOffset> &offsets);
    // Flushes, waits for every batch to be acknowledged, then has the
    // coordinator write commit markers. onTransactionCompleted() follows.
    Error commitTransaction();
    // Drops batches not yet sent, waits for those in flight, then has the
    // coordinator write abort markers. onTransactionCompleted() follows.
    Error abortTransaction();
    TxnState transactionState() const { return m_txnState; }

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    enum class State { Queued, InFlight };
    struct Pending {
        RecordBatch batch;
        State state = State::Queued;
        std::int64_t correlation = 0;
        Micros createdAt = 0;
        Micros sentAt = 0;
        Micros retryAt = 0;
        int attempts = 0;
        bool stamped = false;     // idempotent: carries producer id, epoch and sequence
        std::int64_t ordinal = 0; // stamped: its place among the partition's stamped batches
    };
    enum class TxnPartition : std::uint8_t { Out, Adding, Added };
    struct PartitionQueue {
        explicit PartitionQueue(qsizetype reserve) : builder(reserve) {}
        RecordBatchBuilder builder;
        Micros openedAt = 0;
        std::deque<Pending> queue;
        int inFlight = 0;
        std::int32_t nextSequence = 0;
        std::int64_t nextOrdinal = 0;
        TxnPartition txn = TxnPartition::Out;
    };

    void handle(ActorId from, const ProduceResponse &m);
    void handle(ActorId from, const MetadataResponse &m);
    void handleError(TopicPartition tp, PartitionQueue &q, std::size_t index, Errc error);

    // producertxn.cpp: idempotence and transactions
    enum class CoordOp : std::uint8_t { None, InitProducerId, AddPartitions, AddOffsets, EndTxn };
    struct TxnOffsets {
        QString groupId;
        std::int32_t generation = -1;
        QString memberId;
        std::vector<PartitionOffset> offsets;
        Micros createdAt = 0;
        bool added = false;           // AddOffsetsToTxn answered
        std::int64_t correlation = 0; // TxnOffsetCommit in flight; 0: none
        Micros sentAt = 0;
    };
    Error admit(PartitionQueue &q, TopicPartition tp);
    bool mayStamp(const PartitionQueue &q) const;
    void stamp(PartitionQueue &q, Pending &p);
    void outOfOrder(TopicPartition tp, PartitionQueue &q, std::size_t index);
    void onBatchFailed(const Pending &p);
    void requestProducerId();
    void pumpCoordinator();
    void sendTxnOffsetCommit(TxnOffsets &o);
    void handle(ActorId from, const InitProducerIdResponse &m);
    void handle(ActorId from, const TxnResponse &m);
    void handle(ActorId from, const OffsetCommitResponse &m);
    void coordinatorFailed(Errc error);
    void scheduleTxnCheck();
    void advanceTransaction();
    bool batchesSettled(bool unsentToo) const;
    void finishTransaction(bool committed, Errc error);
    void failTransaction(Errc error);
    void fence();
    void dropUnsent(const Error &error);
    void closeOpenBatches();
    void txnTick(Micros now);
    PartitionQueue &queueFor(TopicPartition tp);
    void seal(TopicPartition tp, PartitionQueue &q);
    void close(PartitionQueue &q);
    void drain(TopicPartition tp, PartitionQueue &q);
    void requestMetadata();
    void fail(TopicPartition tp, PartitionQueue &q, std::size_t index, const Error &error);
    void tick();

    ActorId m_self;
    EventLoop &m_loop;
    Transport &m_transport;
    std::vector<ActorId> m_bootstrap;
    ProducerConfig m_config;
    ProducerListener *m_listener;

    std::map<TopicId, TopicMeta> m_topics;
    std::unordered_map<TopicPartition, NodeId> m_leaders;
    std::unordered_map<TopicPartition, PartitionQueue> m_queues;
    TopicPartition m_lastTp;
    PartitionQueue *m_lastQueue = nullptr;
    std::int64_t m_nextCorrelation = 1;
    std::int64_t m_metadataCorrelation = 0;
    Micros m_metadataSentAt = -1;
    Micros m_metadataFetchedAt = -1;
    bool m_metadataWanted = false; // asked for within the backoff: the tick sends it
    std::size_t m_bootstrapIndex = 0;
    std::uint32_t m_roundRobin = 0;
    bool m_ticking = false;
    ProducerStats m_stats;

    // Idempotence and transactions.
    bool m_idempotent = false;
    bool m_transactional = false;
    ProducerId m_producerId = kNoProducer;
    std::int16_t m_epoch = -1;
    bool m_needProducerId = false;      // an InitProducerId is due or in flight
    bool m_bumpAfterAbort = false;      // a sent batch failed: sequences restart with a new epoch
    TxnState m_txnState = TxnState::None;
    bool m_txnRegistered = false;       // the coordinator knows the open transaction
    bool m_txnCheckScheduled = false;
    CoordOp m_coordOp = CoordOp::None;
    std::int64_t m_coordCorrelation = 0;
    Micros m_coordSentAt = 0;
    Micros m_coordRetryAt = 0;
    std::vector<TopicPartition> m_partitionsToAdd;
    std::vector<TopicPartition> m_partitionsAdding;
    std::vector<TopicPartition> m_txnPartitions;
    std::deque<TxnOffsets> m_txnOffsets;
};

} // namespace bb
