#pragma once
// QueueState: the records of one queue and where each of them stands, after
// Kafka share groups (KIP-932) and SQS. A record read from the queue's topic
// is Available; a fetch Acquires it for one member until a lock deadline
// (the visibility timeout) and counts a delivery; the member Accepts it
// (Acknowledged), Releases it (Available again) or Rejects it (dead-lettered).
// A lock that runs out makes the record Available again: that is where
// redeliveries come from. After maxDeliveries deliveries without an Accept
// the record is dead-lettered, then Archived once the dead-letter write is
// acknowledged (or at once when the queue has no dead-letter topic).
//
// FIFO queues deliver only the head of each message group, so a group has at
// most one record in flight and its records go out strictly in log order.
// The deduplication window archives a record whose "message-id" was seen
// within the window (by record timestamp) without delivering it.
//
// Memory stays bounded: a partition keeps state only from its oldest
// unfinished record on (Kafka's share-partition start offset), and at most
// kMaxWindow records past it; the coordinator stops reading ahead when the
// window is full.
// Owned by the QueueCoordinator; single-threaded (its event loop).

#include "model/queuemessages.h"
#include "model/recordbatch.h"

#include <deque>
#include <map>
#include <set>
#include <span>
#include <vector>

namespace bb {

struct QueueConfig {
    QString name;
    QString topic;                        // the records live in this topic's log
    Micros visibilityTimeout = 5 * kSecond;
    int maxDeliveries = 5;
    QString deadLetterTopic;              // empty: a record past maxDeliveries is discarded
    bool fifo = false;                    // message group: header "group", else the key
    Micros deduplicationWindow = 0;       // 0: off; the id is header "message-id"
    bool operator==(const QueueConfig &) const = default;
};

struct QueueStats {
    std::int64_t available = 0;     // depth: ready to deliver, including records not read from the log yet
    std::int64_t inFlight = 0;      // delivered and locked, not acknowledged yet
    std::int64_t acknowledged = 0;
    std::int64_t delivered = 0;     // deliveries, first and repeated
    std::int64_t redelivered = 0;   // deliveries after the first
    std::int64_t released = 0;      // Release acks (nack with requeue)
    std::int64_t rejected = 0;      // Reject acks
    std::int64_t lockExpired = 0;   // visibility timeouts that ran out
    std::int64_t deadLettered = 0;  // written to the dead-letter topic
    std::int64_t discarded = 0;     // past the delivery limit with no dead-letter topic
    std::int64_t deduplicated = 0;  // archived by the deduplication window, never delivered
    std::int64_t redriven = 0;      // moved back from the dead-letter topic
    Micros oldestMessageAge = 0;    // of the oldest record read and not finished
};

// A record on its way to the dead-letter topic.
struct DeadLetter {
    TopicPartition tp;
    Offset offset;
    int deliveryCount = 0;
    QByteArray reason; // RabbitMQ's x-death reasons: "rejected", "delivery_limit"
    bool discarded = false; // no dead-letter topic: already archived, nothing to write
    RecordView record;
    RecordBatch batch; // keeps `record` alive
};

using RecordRef = std::pair<TopicPartition, Offset>;

class QueueState {
public:
    static constexpr std::size_t kMaxWindow = 10000;

    explicit QueueState(QueueConfig config);
    const QueueConfig &config() const { return m_config; }

    // A record read from the log (offset order within a partition).
    void append(TopicPartition tp, Offset offset, const RecordView &record, const RecordBatch &batch);
    // False while the partition's window is full: read no further.
    bool wantsMore(TopicPartition tp) const;

    bool hasReady() const { return !m_ready.empty(); }
    // Locks up to `max` deliverable records to `member` until now + the
    // visibility timeout and appends them to `out`.
    void acquire(const QString &member, int max, Micros now, std::vector<QueueRecord> &out);
    // Applies an ack to the records `member` holds; returns how many it
    // applied to. A record not held by the member (never, or its lock ran
    // out) is left alone and counted in `*invalid`. Records leaving for the
    // dead-letter topic are appended to `deadLetters`.
    int acknowledge(const QString &member, QueueAck kind, std::span<const RecordRef> records,
                    std::vector<DeadLetter> &deadLetters, int *invalid);
    // Locks whose deadline is <= now: the records become Available again,
    // or are dead-lettered once they reached maxDeliveries.
    void expireLocks(Micros now, std::vector<DeadLetter> &deadLetters);
    // The dead-letter write of this record was acknowledged: Archived.
    void deadLettered(TopicPartition tp, Offset offset);
    void countRedriven(std::int64_t n) { m_stats.redriven += n; }

    QueueStats stats(Micros now, std::int64_t unread) const;
    // Records whose state is kept (the windows), for memory checks.
    std::size_t trackedRecords() const;

private:
    enum class State : std::uint8_t { Available, Acquired, Acknowledged, Archived, DeadLettering };
    struct Slot {
        State state = State::Available;
        int deliveries = 0;
        int member = -1; // index into m_members
        Micros lockDeadline = 0;
        std::int64_t seq = 0; // order of arrival: delivery is oldest first
        RecordView record;
        RecordBatch batch;
        QByteArray group;     // FIFO only
        QByteArray messageId; // deduplication only
    };
    struct Lock {
        Micros deadline;
        std::int64_t seq;
        RecordRef ref;
        bool operator<(const Lock &o) const { return deadline != o.deadline ? deadline < o.deadline : seq < o.seq; }
    };
    struct SeenId {
        Micros timestamp;
        RecordRef ref;
    };

    Slot *find(const RecordRef &ref);
    int memberIndex(const QString &member);
    void makeAvailable(const RecordRef &ref, Slot &s);
    void requeueOrDeadLetter(const RecordRef &ref, Slot &s, std::vector<DeadLetter> &out);
    void deadLetter(const RecordRef &ref, Slot &s, const char *reason, std::vector<DeadLetter> &out);
    void finish(const RecordRef &ref);
    bool isDuplicate(const RecordRef &ref, const RecordView &record, QByteArray *id);

    QueueConfig m_config;
    std::map<TopicPartition, std::map<std::int64_t, Slot>> m_windows; // by offset
    std::map<TopicPartition, Offset> m_appendedUpTo; // offsets below were seen already
    std::map<std::int64_t, RecordRef> m_ready;   // deliverable now, by arrival
    std::set<Lock> m_locks;
    std::map<QByteArray, std::deque<RecordRef>> m_groups; // FIFO: each group's unfinished records in order
    std::map<QByteArray, SeenId> m_seen;                  // deduplication ids inside the window
    std::deque<std::pair<Micros, QByteArray>> m_seenOrder;
    Micros m_maxSeenTimestamp = 0;
    std::vector<QString> m_members;
    std::int64_t m_nextSeq = 0;
    std::int64_t m_available = 0;
    std::int64_t m_inFlight = 0;
    QueueStats m_stats;
};

} // namespace bb
