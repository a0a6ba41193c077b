#pragma once
// InvariantChecker: watches a running cluster and, at the end, its logs, and
// reports every broken replication guarantee:
//   - no acknowledged record lost (acks=all, within the failure budget)
//   - per-partition order kept (each producer's records in send order)
//   - an idempotent producer's record is stored once, retries or not
//   - replicas identical below the high watermark
//   - at most one leader per leader epoch
//   - the high watermark never goes backwards (sampled from the replicas
//     themselves, and no replica truncates below it)
//   - recovery: once every fault is healed and the cluster settled, every
//     partition has a leader and its full ISR again
// finish() is meant for the end of such a settled run.
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

    const std::vector<Violation> &violations() const { return m_violations; }
    std::int64_t ackedRecords() const { return m_acked; }
    std::int64_t lostRecords() const { return m_lost; }
    std::int64_t ackedRecords(TopicId topic) const;
    std::int64_t lostRecords(TopicId topic) const;

    // ClusterObserver
    void onBecameLeader(NodeId node, std::int64_t incarnation, TopicPartition tp, Epoch epoch) override;
    void onHighWatermark(NodeId node, std::int64_t incarnation, TopicPartition tp, Offset from, Offset to) override;
    void onTruncated(NodeId node, TopicPartition tp, Offset to, Offset hw) override;
    // ProducerListener
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros createdAt) override;
    void onFailed(TopicPartition, const RecordBatch &, const Error &) override {}

private:
    void violate(const char *invariant, QString detail);
    void sample();
    QString name(TopicPartition tp) const;

    Cluster &m_cluster;
    Micros m_interval = 0;
    std::vector<Violation> m_violations;
    std::int64_t m_acked = 0;
    std::int64_t m_lost = 0;
    std::map<std::pair<TopicPartition, std::int32_t>, NodeId> m_leaders; // (tp, epoch) -> node
    // (node, incarnation, tp) -> last high watermark seen
    std::map<std::tuple<std::int32_t, std::int64_t, std::uint64_t>, Offset> m_hw;
    // generator -> sequence -> partition it was acknowledged on
    std::unordered_map<std::uint64_t, TopicPartition> m_ackedRecords;
    std::set<QString> m_reported; // one report per (invariant, partition)
    std::map<TopicId, std::int64_t> m_ackedByTopic;
    std::map<TopicId, std::int64_t> m_lostByTopic;
};

} // namespace bb
