#include "scenario.h"

#include "services/serviceruntime.h"
#include "topology/scenariojson.h"

#include <QCoreApplication>

namespace bb {

Scenario defaultScenario()
{
    // The bundled file is compiled in and read by the tests: it always loads.
    auto s = loadScenario(QStringLiteral("default"));
    Q_ASSERT(s);
    return *s;
}

Error checkProducerTopics(const Scenario &scenario)
{
    for (const auto &p : scenario.producers) {
        bool known = false;
        for (const auto &t : scenario.topics)
            known = known || t.name == p.load.topic;
        if (!known)
            return Error(Errc::UnknownTopic,
                         QCoreApplication::translate("bb::Scenario", "Producer \"%1\" writes to topic \"%2\", which the scenario does not define; add the topic or fix the name.")
                             .arg(p.name, p.load.topic));
    }
    return {};
}

Result<std::unique_ptr<Cluster>> buildCluster(const Scenario &scenario, std::uint64_t seed)
{
    auto cluster = Cluster::create(scenario.cluster, seed);
    if (!cluster)
        return cluster.error();
    Cluster &c = **cluster;
    for (const auto &t : scenario.topics)
        if (auto id = c.createTopic(t.name, t.config); !id)
            return id.error();
    if (Error e = checkProducerTopics(scenario))
        return e;
    for (const auto &p : scenario.producers) {
        Producer &producer = c.addProducer(p.name, p.config);
        c.addLoad(producer, p.load);
    }
    if (Error e = ServiceRuntime::install(c, scenario.services))
        return e;
    c.schedule(scenario.faults);
    return cluster;
}

} // namespace bb
