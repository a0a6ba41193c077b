#pragma once
// What a scenario says about the applications around the broker: services
// (a consumer group or a queue's consumers, each member processing records
// one at a time and maybe emitting events), queues, exchanges with their
// bindings, publishers that publish through an exchange, request/reply
// pairs, and the faults that hit services. The ServiceRuntime brings them to
// life on a Cluster. Plain values; docs/scenario-format.md describes the
// JSON.
//
// Every record a service handles carries a RecordTag (the LoadGenerator
// writes one; services copy it into what they emit), so an order keeps its
// id along a chain of services and every ledger can tell duplicates, losses
// and reordering apart.

#include "client/consumer.h"
#include "client/producer.h"
#include "coord/queuestate.h"
#include "routing/exchange.h"

#include <QStringList>

#include <vector>

namespace bb {

// For every handled record that came from `from` (any topic when empty),
// emit an event to `to` named `event` (written into the value after the tag).
struct EmitRule {
    QString from;
    QString to;
    QString event;
    bool operator==(const EmitRule &) const = default;
};

struct ScaleStep {
    Micros at = 0;
    int members = 1;
    bool operator==(const ScaleStep &) const = default;
};

struct ServiceSpec {
    QString name;                 // also the consumer group id
    QStringList topics;           // a consumer group over these topics ...
    QString queue;                // ... or the consumers of this queue (exactly one of the two)
    int members = 1;
    Micros startAt = 0;
    std::vector<ScaleStep> scale; // member count changes over time (scaling out or in)

    // Consumer group settings (topics only).
    QString assignor = QStringLiteral("range");
    CommitMode commit = CommitMode::Auto; // manual: commit after each polled batch is handled
    DeliveryMode delivery = DeliveryMode::Pull;
    Isolation isolation = Isolation::ReadUncommitted;
    OffsetReset reset = OffsetReset::Earliest;
    int maxPollRecords = 100;
    int prefetch = 500;           // push: records buffered ahead; queue: unacknowledged records held

    Micros processingTime = 1 * kMillisecond; // per record

    // What handling a record does, besides recording it in the service's ledger.
    bool dedupe = false;          // idempotent consumer: ids already handled are skipped
    bool balance = false;         // event sourcing: add the record's amount to its key's balance
    Micros balanceUntil = -1;     // >= 0: only records stamped at or before this time (a balance "as of")
    int poisonEvery = 0;          // > 0: records whose sequence is a multiple cannot be processed (queue: released)
    std::vector<EmitRule> emits;
    int failEvery = 0;            // > 0: records whose sequence is a multiple fail (a declined payment) ...
    QString failTo;               // ... and emit `failEvent` here instead of the rules' events
    QString failEvent;
    bool outbox = false;          // emits go through an outbox table and a relay, not straight to the producer
    Acks emitAcks = Acks::All;
    bool emitIdempotent = true;
    Micros emitLinger = 5 * kMillisecond;
    QString expectFrom;           // report the ids that service handled but this one never did
    bool operator==(const ServiceSpec &) const = default;
};

struct QueueSpec {
    QueueConfig config;
    bool operator==(const QueueSpec &) const = default;
};

struct ExchangeSpec {
    QString name;
    ExchangeType type = ExchangeType::Topic;
    std::vector<Binding> bindings; // destinations are topics (a queue is bound through its topic)
    bool operator==(const ExchangeSpec &) const = default;
};

// Publishes `rate` messages per second through an exchange, cycling over the
// routing keys. Values carry a RecordTag like the LoadGenerator's.
struct PublisherSpec {
    QString name;
    QString exchange;
    QStringList routingKeys;
    double rate = 100;
    Micros startAt = 0;
    Micros stopAt = -1;
    bool operator==(const PublisherSpec &) const = default;
};

struct RequesterSpec {
    QString name;
    QString requestTopic;
    QString replyTopic;
    double rate = 50;             // requests per second
    Micros timeout = 2 * kSecond;
    Micros startAt = 0;
    Micros stopAt = -1;
    bool operator==(const RequesterSpec &) const = default;
};

struct ResponderSpec {
    QString name;
    QString requestTopic;
    int count = 1;                // responders reading disjoint partitions of the request topic
    bool operator==(const ResponderSpec &) const = default;
};

enum class ServiceFaultKind {
    // A service member's process dies (its consumer, producer and everything
    // in memory, not its database); it comes back as a new member after
    // `restartAfter`.
    Crash,
    // The links between a client (a producer, publisher, requester or every
    // member of a service) and every node drop `loss` of the messages both
    // ways for `duration`: requests and acknowledgements go missing.
    LinkLoss,
};

struct ServiceFault {
    Micros at = 0;
    ServiceFaultKind kind = ServiceFaultKind::Crash;
    QString target;               // the service or client name
    int member = -1;              // crash: -1 for every member
    Micros restartAfter = 2 * kSecond; // crash: < 0 stays down
    double loss = 0.5;            // link loss
    Micros duration = 1 * kSecond; // link loss
    bool operator==(const ServiceFault &) const = default;
};

struct ServicesSpec {
    std::vector<ServiceSpec> services;
    std::vector<QueueSpec> queues;
    std::vector<ExchangeSpec> exchanges;
    std::vector<PublisherSpec> publishers;
    std::vector<RequesterSpec> requesters;
    std::vector<ResponderSpec> responders;
    std::vector<ServiceFault> faults;
    bool operator==(const ServicesSpec &) const = default;
    bool empty() const
    {
        return services.empty() && queues.empty() && exchanges.empty() && publishers.empty() && requesters.empty()
            && responders.empty();
    }
};

// The amount a record stands for in the event-sourcing examples: a fixed
// function of its sequence number (deposits and withdrawals), so a replay
// must arrive at the same balance.
inline std::int64_t amountOf(std::uint64_t sequence) { return std::int64_t((sequence * 7919) % 201) - 100; }

} // namespace bb
