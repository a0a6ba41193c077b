#pragma once
// InvariantChecker: watches a running cluster and, at the end, its logs, and
// reports every broken replication guarantee:
//   - no acknowledged record lost (acks=all, within the failure budget);
//     one below the partition's log start was deleted by retention, not lost
//   - per-partition order kept (each producer's records in send order)
//   - an idempotent producer's record is stored once, retries or not
//   - replicas identical below the high watermark
//   - at most one leader per leader epoch
//   - the high watermark never goes backwards (sampled from the replicas
//     themselves, and no replica truncates below it)
// It observes the cluster's real state; it never decides outcomes.
// Owned by whoever runs the check; lives on the cluster's loop thread.

#include "client/producer.h"
#include "cluster/cluster.h"

#include <QStringList>

#include <map>
#include <set>
#include <unordered_map>

namespace bb {

struct Violation {
    QString invariant; // short name: "acked-record-lost", ...
    QString detail;    // a sentence with the partition, offsets, nodes
};

class InvariantChecker final : public ClusterObserver, public ProducerListener {
public:
    explicit InvariantChecker(Cluster &cluster);
    ~InvariantChecker() override;

    // Samples every live replica's high watermark every `interval`.
    void startSampling(Micros interval);
    // Reads the final logs and checks what can only be checked at the end.
    void finish();
    // For runs that healed every fault and then settled: every replica must
    // be back in its partition's ISR. A replica that never catches up loses
    // no record by itself, but it leaves the partition one fault away from
    // going offline, so a check that heals everything must see it.
    // Every batch each in-sync replica holds below the high watermark passes
    // its check (bounds, CRC-32C) and has the leader's bytes: no reader can
    // get a record that differs from what its producer sent.
    void checkReplicaContents();
    void checkReplicasInSync();

    const std::vector<Violation> &violations() const { return m_violations; }
    std::int64_t ackedRecords() const { return m_acked; }
    std::int64_t lostRecords() const { return m_lost; }
    std::int64_t ackedRecords(TopicId topic) const;
    std::int64_t lostRecords(TopicId topic) const;

    // ClusterObserver
    void onBecameLeader(NodeId node, std::int64_t incarnation, TopicPartition tp, Epoch epoch) override;
    void onHighWatermark(NodeId node, std::int64_t incarnation, TopicPartition tp, Offset from, Offset to) override;
    void onTruncated(NodeId node, TopicPartition tp, Offset to, Offset hw) override;
    // After every group event: no partition is assigned to two members of
    // one group in one generation.
    void onEvent(const ClusterEvent &event) override;
    // ProducerListener
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) override;
    void onFailed(TopicPartition, const RecordBatch &, const Error &) override {}

private:
    void violate(const char *invariant, QString detail);
    void sample();
    void checkGroups();
    QString name(TopicPartition tp) const;

    Cluster &m_cluster;
    Micros m_interval = 0;
    std::vector<Violation> m_violations;
    std::int64_t m_acked = 0;
    std::int64_t m_lost = 0;
    std::map<std::pair<TopicPartition, std::int32_t>, NodeId> m_leaders; // (tp, epoch) -> node
    // (node, incarnation, tp) -> last high watermark seen
    std::map<std::tuple<std::int32_t, std::int64_t, std::uint64_t>, Offset> m_hw;
    struct AckedAt {
        TopicPartition tp;
        Offset offset{-1}; // -1: unknown (acks=0)
    };
    // generator -> sequence -> where it was acknowledged
    std::unordered_map<std::uint64_t, AckedAt> m_ackedRecords;
    std::set<QString> m_reported; // one report per (invariant, partition)
    std::map<TopicId, std::int64_t> m_ackedByTopic;
    std::map<TopicId, std::int64_t> m_lostByTopic;
};

} // namespace bb
