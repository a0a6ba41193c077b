#pragma once
// PublishAgent: the application behind the GUI's publish panel. It lives in
// the cluster as an adopted client (so it goes with the cluster on a load
// or restart), owns one Producer per acks setting (created on first use),
// sends single records and answers each with its offset or an error, and
// repeats a record at a rate on its own timer. Besides the plain producers
// (one per acks setting) it has an idempotent one and a transactional one:
// records sent transactionally go into a transaction the agent begins on
// the first such record and the user commits or aborts; a repeat commits
// its open transaction every kRepeatTransaction of virtual time. Records wait briefly for
// the producer's first metadata instead of failing at once. "{n}" in a key,
// value or header value becomes the record's number (1, 2, ...).
// Engine thread (the cluster's loop); reached through the engine's commands (engine/commands.h).

#include "client/producer.h"
#include "engine/publishtypes.h"

#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace bb {

class Cluster;

class PublishAgent final : public Actor {
public:
    static constexpr Micros kMetadataWait = 5 * kSecond;
    static constexpr Micros kTick = 10 * kMillisecond;
    static constexpr Micros kRepeatTransaction = kSecond;
    // Kafka's default transaction.timeout.ms: a transaction left open longer
    // is aborted by the coordinator, which fences the producer.
    static constexpr Micros kTransactionTimeout = 60 * kSecond;
    using Reporter = std::function<void(const SendResult &)>;
    using TransactionReporter = std::function<void(const TransactionResult &)>;

    static QString clientName();
    // The cluster's agent, adopted on first use.
    static PublishAgent &in(Cluster &cluster);

    PublishAgent(ActorId self, Cluster &cluster);
    ~PublishAgent() override;

    // Single sends are answered through the reporter.
    void setReporter(Reporter reporter) { m_reporter = std::move(reporter); }
    void send(std::uint64_t id, PublishRecord record);
    void startRepeat(PublishRecord record, double perSecond);
    void stopRepeat();
    const RepeatStatus &repeatStatus() const { return m_repeat; }

    // Transactions of the transactional producer. Each returns at once; an
    // error says why it cannot be done now; the outcome goes to the
    // transaction reporter.
    void setTransactionReporter(TransactionReporter reporter) { m_txnReporter = std::move(reporter); }
    Error commitTransaction();
    Error abortTransaction();
    // Records sent in the open transaction; -1: none is open.
    std::int64_t openTransactionRecords() const { return m_txnOpen ? m_txnRecords : -1; }

    void onMessage(ActorId, Message &) override {}
    void onTimer(std::uint64_t tag) override;

private:
    class Listener;
    struct Waiting {
        std::uint64_t id;
        PublishRecord record;
        Micros since;
    };
    struct InFlight {
        std::uint64_t id;     // 0: a repeated record
        Micros sentAt;
        QString topic;
    };
    // Plain producers are told apart by acks; the others always use all.
    using Kind = std::pair<Acks, PublishMode>;
    static constexpr Kind kTransactional{Acks::All, PublishMode::Transactional};
    static Kind kindOf(const PublishRecord &r);
    Error fencedError() const;
    void retireTransactional();
    Producer &producerFor(Kind kind);
    // Transactional mode: begins a transaction when none is open. False:
    // the producer is not ready yet (try again later); `error` set: refused.
    bool readyForTransaction(Producer &producer, Error &error);
    void transactionEnded(bool committed, Errc error);
    Error endTransaction(bool commit);
    // False: no metadata yet (try again later). Otherwise sent or answered.
    bool trySend(std::uint64_t id, const PublishRecord &record);
    void answer(std::uint64_t id, SendResult result);
    void completed(Kind kind, TopicPartition tp, Offset base, const RecordBatch &batch, const Error *error);
    void tick();
    void ensureTicking();

    ActorId m_self;
    Cluster &m_cluster;
    Reporter m_reporter;
    TransactionReporter m_txnReporter;
    std::map<Kind, Producer *> m_producers;
    std::map<Kind, std::unique_ptr<Listener>> m_listeners;
    std::vector<std::unique_ptr<Listener>> m_retired; // of fenced producers, which may still call back
    std::map<std::pair<Kind, TopicPartition>, std::deque<InFlight>> m_inFlight;
    bool m_txnOpen = false;
    std::int64_t m_txnRecords = 0;
    Micros m_txnBegan = 0;
    bool m_txnAuto = false; // the open transaction's commit was the repeat's
    std::deque<Waiting> m_waiting;
    std::uint32_t m_roundRobin = 0;
    bool m_ticking = false;

    std::optional<PublishRecord> m_repeatRecord;
    RepeatStatus m_repeat;
    double m_credit = 0;
    std::int64_t m_number = 0; // for "{n}"
};

} // namespace bb
