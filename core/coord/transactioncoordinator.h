#pragma once
// TransactionCoordinator: hands out producer ids and runs transactions the
// KIP-98 way. An idempotent producer gets a fresh id; a transactional one
// gets the id kept for its transactional id with the epoch raised by one,
// which fences the previous instance (its later requests are refused with
// ProducerFenced) and first aborts a transaction it left open. It records
// the partitions and consumer groups a transaction touches and, on
// EndTxn (or when a transaction outlives its timeout: abort, and the epoch
// is raised to fence the stalled producer), has every partition leader
// append a commit or abort marker and the group coordinator apply or drop
// the transaction's offsets, retrying each until it is acknowledged
// (leader changes, lost messages), and answers EndTxn only then.
// Leaders are found with MetadataRequests to the nodes, like a client.
//
// Simplification, stated in the docs: like the controller, the coordinator
// is one always-available actor (a healthy quorum; Kafka keeps this state
// in the replicated __transaction_state topic), not faultable.
// One actor at kTransactionCoordinatorActor on the controller's host.
// Owned by the Cluster; runs on its event loop.

#include "broker/clusterconfig.h"
#include "broker/clusterobserver.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <map>
#include <unordered_map>

namespace bb {

enum class TxnPhase { Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort };
const char *txnPhaseName(TxnPhase phase);

struct TransactionState {
    QString transactionalId;
    ProducerId producerId = kNoProducer;
    std::int16_t epoch = -1;
    Micros timeout = 0;
    TxnPhase phase = TxnPhase::Empty;
    Micros startedAt = 0;                   // when the open transaction added its first partition
    std::vector<TopicPartition> partitions; // of the open or completing transaction
    std::vector<QString> groups;
    std::int64_t committed = 0;
    std::int64_t aborted = 0;
};

struct TransactionCoordinatorStats {
    std::int64_t producerIds = 0;
    std::int64_t committed = 0;
    std::int64_t aborted = 0;
    std::int64_t timedOut = 0;
    std::int64_t fenced = 0;
    std::int64_t markersSent = 0; // including retries
};

class TransactionCoordinator final : public Actor {
public:
    TransactionCoordinator(EventLoop &loop, Transport &transport, std::vector<ActorId> nodes);

    void setObserver(ClusterObserver *observer) { m_observer = observer; }

    const TransactionState *transaction(const QString &transactionalId) const;
    std::vector<const TransactionState *> transactions() const;
    const TransactionCoordinatorStats &stats() const { return m_stats; }
    // A deleted topic: no marker is owed to its partitions any more.
    void forgetTopic(TopicId topic);

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Reply {
        ActorId to{-1};
        std::int64_t correlation = 0;
        bool pending() const { return to.value >= 0; }
    };
    struct Marker {
        TopicPartition tp;
        QString groupId; // non-empty: a group's offsets, not a partition
        bool done = false;
        std::int64_t correlation = 0; // of the attempt in flight; 0: none
        Micros sentAt = 0;
        Micros retryAt = 0;
    };
    struct Txn {
        TransactionState state;
        std::vector<Marker> markers;
        Reply endReply;
        Reply initReply;
        Micros preparedAt = 0;   // when the open transaction's outcome was decided
        bool initBumped = false; // the abort in progress was started by that InitProducerId
    };

    void handle(ActorId from, const InitProducerIdRequest &m);
    void handle(ActorId from, const AddPartitionsToTxnRequest &m);
    void handle(ActorId from, const AddOffsetsToTxnRequest &m);
    void handle(ActorId from, const EndTxnRequest &m);
    void handle(ActorId from, const WriteTxnMarkersResponse &m);
    void handle(ActorId from, const MetadataResponse &m);

    Txn *find(const QString &transactionalId);
    Errc validate(const Txn &t, ProducerId producerId, std::int16_t epoch) const;
    // Empty/complete -> Ongoing; refuses while markers are being written.
    Errc beginIfNeeded(Txn &t);
    void fence(Txn &t, const QString &why);
    void endTransaction(Txn &t, bool commit);
    void sendMarkers(Txn &t);
    void complete(Txn &t);
    void answerInit(Txn &t);
    void requestMetadata();
    void ensureTicking();
    void tick();
    void report(ClusterEventKind kind, QString text);

    EventLoop &m_loop;
    Transport &m_transport;
    std::vector<ActorId> m_nodes;
    ClusterObserver *m_observer = nullptr;
    std::map<QString, Txn> m_txns;
    std::unordered_map<std::int64_t, QString> m_inFlight; // marker correlation -> transactional id
    std::unordered_map<TopicPartition, NodeId> m_leaders;
    std::int64_t m_nextProducerId = 1;
    std::int64_t m_nextCorrelation = 1;
    std::int64_t m_metadataCorrelation = 0;
    Micros m_metadataSentAt = -1;
    std::size_t m_nodeIndex = 0;
    bool m_ticking = false;
    TransactionCoordinatorStats m_stats;
};

} // namespace bb
