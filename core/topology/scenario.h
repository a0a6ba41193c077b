#pragma once
// Scenario: the declarative description of a simulated world: the cluster
// (nodes, storage, flush policy, network), topics, producers with their
// load, the fault plan, the seed and how long to run. It is what a
// scenario file (JSON, docs/scenario-format.md) and a workbench file hold,
// and what the Engine and the command line build a Cluster from.
// Plain value.

#include "client/loadgenerator.h"
#include "client/producer.h"
#include "cluster/cluster.h"
#include "topology/labconfig.h"
#include "services/servicespec.h"
#include "sim/faultplan.h"

#include <QString>

#include <optional>
#include <vector>

namespace bb {

struct TopicSpec {
    QString name;
    TopicConfig config;
};

struct ProducerSpec {
    QString name;
    ProducerConfig config;
    LoadConfig load;
};

struct Scenario {
    QString name;
    QString title;
    QString description;
    std::uint64_t seed = 1;
    Micros duration = 30 * kSecond;
    ClusterSpec cluster;
    std::vector<TopicSpec> topics;
    std::vector<ProducerSpec> producers;
    ServicesSpec services; // applications: services, queues, exchanges, publishers, request/reply
    FaultPlan faults;
    std::optional<LabConfig> lab; // delivery-semantics lab, when the scenario has one
};

// The default world (resources/scenarios/default.json): 3 nodes, topic
// "orders" with 6 partitions and RF 3, a producer, two consumer groups.
Scenario defaultScenario();

// Refuses a producer that writes to a topic the scenario does not define,
// with a sentence naming both. Whatever builds a scenario asks this first.
Error checkProducerTopics(const Scenario &scenario);

// Builds the cluster, its topics, clients and applications, and schedules
// the fault plan.
// Refuses an impossible topology with a sentence that says what to change.
Result<std::unique_ptr<Cluster>> buildCluster(const Scenario &scenario, std::uint64_t seed);

} // namespace bb
