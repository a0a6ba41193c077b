#pragma once
// Service: one application of a scenario (docs/scenario-format.md,
// "services"), its members and what they share: the service's database.
// The database is the ledger of handled records, the balances (event
// sourcing) and the outbox table; it survives a member's crash, as a real
// database would, while each member's memory (its consumer's position, its
// producer's unsent events, records it had not handled yet) does not.
//
// Handling a record: read its tag (the id it carries along the chain), skip
// it if the service deduplicates and has seen it, record it in the ledger,
// add its amount to its key's balance, and emit the events the rules ask
// for, straight to the member's producer or into the outbox table. Plain
// object on the loop thread; the ServiceRuntime owns it.

#include "services/ledger.h"
#include "model/recordbatch.h"
#include "services/servicespec.h"

#include <QByteArray>

#include <deque>
#include <map>
#include <vector>

namespace bb {

class Cluster;
class OutboxRelay;
class ServiceMember;

struct ServiceStats {
    std::int64_t received = 0;   // records handed to the application, redeliveries included
    std::int64_t handled = 0;    // records processed (duplicates skipped by deduplication excluded)
    std::int64_t poisoned = 0;   // records that could not be processed
    std::int64_t failed = 0;     // records whose processing failed by design (a declined payment)
    std::int64_t emitted = 0;    // events handed to a producer or written to the outbox
    std::int64_t emitAcked = 0;  // events the broker acknowledged
    std::int64_t emitsAbandoned = 0; // events a member held unsent or unacknowledged when it crashed or gave up
    std::int64_t crashes = 0;
    std::int64_t members = 0;    // members started, restarts included
    std::int64_t maxBacklog = 0; // records a member had received and not handled yet, at most
    std::map<QString, std::int64_t> handledFrom; // by source topic
    std::map<QString, std::int64_t> emittedTo;   // by destination topic
    std::map<QString, std::int64_t> handledBy;   // by member
};

struct OutboxRow {
    std::uint64_t id = 0;
    QString topic;
    QByteArray key;
    QByteArray value;
    bool dispatched = false; // the relay saw the broker acknowledge it
};

// One record as a member hands it to its service.
struct Delivery {
    TopicPartition tp;
    Offset offset;
    Micros timestamp = 0;
    QByteArrayView key;
    QByteArrayView value;
};

class Service {
public:
    Service(Cluster &cluster, ServiceSpec spec);
    ~Service();
    Service(const Service &) = delete;
    Service &operator=(const Service &) = delete;

    const ServiceSpec &spec() const { return m_spec; }
    const QString &name() const { return m_spec.name; }

    // Members. Start and scale create members up to `count`; scaling in
    // closes the newest members cleanly (they leave the group).
    void scaleTo(int count);
    // Kills member `index` (-1: all, and the outbox relay); returns how many died.
    int crash(int index);
    int liveMembers() const;
    const std::vector<ServiceMember *> &members() const { return m_members; }
    // Client addresses of every live member (consumer and producer) and the relay.
    std::vector<ActorId> clientAddresses() const;

    enum class Outcome { Done, Poison };
    // Handles one record for `member`, which writes the events (outbox mode:
    // they go into the table instead).
    Outcome handle(ServiceMember &member, const Delivery &d);

    const Ledger &ledger() const { return m_ledger; }
    const ServiceStats &stats() const { return m_stats; }
    ServiceStats &stats() { return m_stats; }
    const std::map<QByteArray, std::int64_t> &balances() const { return m_balances; }
    std::deque<OutboxRow> &outbox() { return m_outbox; }
    const std::deque<OutboxRow> &outbox() const { return m_outbox; }
    // Records in the log the members have not received yet (the broker's
    // view of the group's lag, from each member's last fetch).
    std::int64_t lag() const;
    // Records the members received and have not handled yet (their memory).
    std::int64_t backlog() const;
    const QString &topicName(TopicId id) const;

private:
    void startMember();
    void emit(ServiceMember &member, const QString &topic, const QByteArray &event, QByteArrayView key, QByteArrayView tag);

    Cluster &m_cluster;
    ServiceSpec m_spec;
    Ledger m_ledger;
    ServiceStats m_stats;
    std::map<QByteArray, std::int64_t> m_balances;
    std::deque<OutboxRow> m_outbox;
    std::vector<ServiceMember *> m_members; // live ones; the cluster owns them
    OutboxRelay *m_relay = nullptr;
    int m_nextMember = 0;
    QByteArray m_value; // scratch for emitted values
    // The events' names in UTF-8, encoded once: by rule, and the failure's.
    std::vector<QByteArray> m_events;
    QByteArray m_failEvent;
    mutable std::map<TopicId, QString> m_topicNames;
};

} // namespace bb
