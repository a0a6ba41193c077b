#include <QtGlobal>

#include "engine/livechange.h"

#include "services/serviceruntime.h"
#include "topology/scenariojson.h"

namespace bb {
namespace {

// The entries of `after` past the length of `before`; false when `after` is shorter.
template <typename T>
bool tail(const std::vector<T> &before, const std::vector<T> &after, std::vector<T> &added)
{
    if (after.size() < before.size())
        return false;
    added.assign(after.begin() + qsizetype(before.size()), after.end());
    return true;
}

} // namespace

ClusterChange liveChange(const Scenario &before, const Scenario &after)
{
    std::vector<TopicSpec> topics;
    std::vector<ProducerSpec> producers;
    ServicesSpec more;
    const ServicesSpec &a = after.services, &b = before.services;
    if (!tail(before.topics, after.topics, topics) || !tail(before.producers, after.producers, producers)
        || !tail(b.queues, a.queues, more.queues) || !tail(b.exchanges, a.exchanges, more.exchanges)
        || !tail(b.services, a.services, more.services))
        return {};
    if (topics.empty() && producers.empty() && more.empty())
        return {};
    // Everything else must be as it was: compare what the file would say.
    Scenario trimmed = after;
    trimmed.topics.resize(before.topics.size());
    trimmed.producers.resize(before.producers.size());
    trimmed.services.queues.resize(b.queues.size());
    trimmed.services.exchanges.resize(b.exchanges.size());
    trimmed.services.services.resize(b.services.size());
    if (scenarioToJson(trimmed) != scenarioToJson(before))
        return {};
    return [topics, producers, more](Cluster &cluster) -> Error {
        for (const TopicSpec &t : topics)
            if (auto id = cluster.createTopic(t.name, t.config); !id)
                return id.error();
        for (const ProducerSpec &p : producers)
            cluster.addLoad(cluster.addProducer(p.name, p.config), p.load);
        return more.empty() ? Error() : ServiceRuntime::extend(cluster, more);
    };
}

} // namespace bb
