#pragma once
// PublishAgent: the application behind the GUI's publish panel. It lives in
// the cluster as an adopted client (so it goes with the cluster on a load
// or restart), owns one Producer per acks setting (created on first use),
// sends single records and answers each with its offset or an error, and
// repeats a record at a rate on its own timer. Records wait briefly for
// the producer's first metadata instead of failing at once. "{n}" in a key,
// value or header value becomes the record's number (1, 2, ...).
// Engine thread (the cluster's loop); reached through Engine::post.

#include "client/producer.h"

#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace bb {

class Cluster;

struct PublishRecord {
    QString topic;
    QByteArray key;                 // isNull(): no key
    QByteArray value;               // isNull(): a tombstone
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    int partition = -1;             // < 0: by key hash (round robin without a key)
    Acks acks = Acks::All;
    // Idempotence and transactions are producer settings; they join acks
    // here when the producer supports them.
};

struct SendResult {
    std::uint64_t id = 0;           // the request's
    QString topic;
    int partition = -1;
    Offset offset{-1};              // -1 under acks=0: no one answers with one
    Error error;
    Micros latency = 0;             // send to answer, virtual
    Micros at = 0;                  // virtual time of the answer
};

struct RepeatStatus {
    bool running = false;
    double rate = 0;                // records per virtual second
    std::int64_t sent = 0;          // accepted by the producer
    std::int64_t acked = 0;
    std::int64_t failed = 0;        // refused at once or failed later
    SendResult last;             // the latest answer
};

class PublishAgent final : public Actor {
public:
    static constexpr Micros kMetadataWait = 5 * kSecond;
    static constexpr Micros kTick = 10 * kMillisecond;
    using Reporter = std::function<void(const SendResult &)>;

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
    Producer &producerFor(Acks acks);
    // False: no metadata yet (try again later). Otherwise sent or answered.
    bool trySend(std::uint64_t id, const PublishRecord &record);
    void answer(std::uint64_t id, SendResult result);
    void completed(Acks acks, TopicPartition tp, Offset base, const RecordBatch &batch, const Error *error);
    void tick();
    void ensureTicking();

    ActorId m_self;
    Cluster &m_cluster;
    Reporter m_reporter;
    std::map<Acks, Producer *> m_producers;
    std::map<Acks, std::unique_ptr<Listener>> m_listeners;
    std::map<std::pair<Acks, TopicPartition>, std::deque<InFlight>> m_inFlight;
    std::deque<Waiting> m_waiting;
    std::uint32_t m_roundRobin = 0;
    bool m_ticking = false;

    std::optional<PublishRecord> m_repeatRecord;
    RepeatStatus m_repeat;
    double m_credit = 0;
    std::int64_t m_number = 0; // for "{n}"
};

} // namespace bb
