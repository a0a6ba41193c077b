#pragma once
// A cluster under an InvariantChecker, for the tests that ask what becomes
// of acknowledged records through crashes, cuts and retention.

#include "clustertesting.h"
#include "lab/invariantchecker.h"

namespace bb::testing {

// Every violation the checker found, one "invariant: detail" line each.
inline QStringList violationLines(const InvariantChecker &checker)
{
    QStringList out;
    for (const Violation &v : checker.violations())
        out << v.invariant + QStringLiteral(": ") + v.detail;
    return out;
}

// A cluster that an InvariantChecker watches from its first event, with one
// topic that one producer writes a steady load to, the checker hearing its
// acknowledgements: the setup of every test that asks what becomes of
// acknowledged records through what happens next.
class CheckedCluster {
public:
    // Builds it all; the topic is the one `load` names.
    Error start(const ClusterSpec &spec, std::uint64_t seed, const TopicConfig &topic, const LoadConfig &load,
                const ProducerConfig &producer = {})
    {
        auto built = Cluster::create(spec, seed);
        if (!built)
            return built.error();
        m_cluster = std::move(*built);
        m_checker = std::make_unique<InvariantChecker>(*m_cluster);
        auto id = m_cluster->createTopic(load.topic, topic);
        if (!id)
            return id.error();
        m_topic = *id;
        m_cluster->addLoad(m_cluster->addProducer(QStringLiteral("p"), producer, m_checker.get()), load);
        return {};
    }

    Cluster &cluster() { return *m_cluster; }
    InvariantChecker &checker() { return *m_checker; }
    TopicPartition tp(int partition = 0) const { return {m_topic, PartitionId(partition)}; }

private:
    std::unique_ptr<Cluster> m_cluster;
    std::unique_ptr<InvariantChecker> m_checker; // after the cluster: it goes first
    TopicId m_topic{-1};
};


} // namespace bb::testing
