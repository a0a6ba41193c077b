// Configuration, as the engine has it.
//   DescribeConfigs (32) 0-2: v1 include_synonyms, and config_source in
//     place of is_default; v2 no change.
// Topics answer the settings a topic has here (those CreateTopics takes,
// and delete.retention.ms); brokers, the ones that shape auto-created
// topics. Every entry is read-only: the listener has no AlterConfigs, and a
// client should not be told it could change them. Synonyms are not kept:
// their arrays are empty.
#include "kafka/kafkagateway.h"

namespace bb::kafka {

namespace {

enum ResourceType : std::int8_t { Topic = 2, Broker = 4 };
enum ConfigSource : std::int8_t { DynamicTopic = 1, StaticBroker = 4, Default = 5 };

struct ConfigEntry {
    QString name;
    QString value;
    bool isDefault = false;
};

struct ResourceResult {
    std::int8_t type = 0;
    QString name;
    KafkaError error = KafkaError::None;
    QString message;
    bool broker = false;
    std::vector<ConfigEntry> entries;
};

QString millis(Micros t) { return QString::number(t < 0 ? -1 : t / kMillisecond); }

std::vector<ConfigEntry> topicEntries(const TopicConfig &c)
{
    const TopicConfig d;
    return {
        {QStringLiteral("cleanup.policy"), QLatin1String(c.log.compact ? "compact" : "delete"), c.log.compact == d.log.compact},
        {QStringLiteral("delete.retention.ms"), millis(c.log.deleteRetention), c.log.deleteRetention == d.log.deleteRetention},
        {QStringLiteral("min.insync.replicas"), QString::number(c.minInsyncReplicas), c.minInsyncReplicas == d.minInsyncReplicas},
        {QStringLiteral("retention.bytes"), QString::number(c.log.retentionBytes), c.log.retentionBytes == d.log.retentionBytes},
        {QStringLiteral("retention.ms"), millis(c.log.retentionTime), c.log.retentionTime == d.log.retentionTime},
        {QStringLiteral("segment.bytes"), QString::number(c.log.segmentBytes), c.log.segmentBytes == d.log.segmentBytes},
        {QStringLiteral("unclean.leader.election.enable"), QLatin1String(c.uncleanLeaderElection ? "true" : "false"),
         c.uncleanLeaderElection == d.uncleanLeaderElection},
    };
}

// Only the keys asked for (none listed: all); a key the resource does not
// have is left out, as Kafka does.
void keepAsked(std::vector<ConfigEntry> &entries, const std::optional<std::vector<QString>> &keys)
{
    if (!keys)
        return;
    std::erase_if(entries, [&](const ConfigEntry &e) { return std::find(keys->begin(), keys->end(), e.name) == keys->end(); });
}

} // namespace

Error KafkaGateway::onDescribeConfigs(Exchange &ex, Reader &in)
{
    std::vector<ResourceResult> results;
    const std::int32_t resources = in.arrayLength(false, 7);
    for (std::int32_t r = 0; r < resources && !in.failed(); ++r) {
        ResourceResult result;
        result.type = in.i8();
        result.name = in.string(false);
        std::optional<std::vector<QString>> keys;
        const std::int32_t n = in.arrayLength(false, 2);
        if (n >= 0) {
            keys.emplace();
            for (std::int32_t k = 0; k < n && !in.failed(); ++k)
                keys->push_back(in.string(false));
        }
        if (result.type == Topic) {
            const auto topic = m_cluster.controller().topicId(result.name);
            if (!allowed(ex, Role::Read)) {
                result.error = KafkaError::TopicAuthorizationFailed;
                result.message = QStringLiteral("describing configs takes the read role");
            } else if (!topic) {
                result.error = KafkaError::UnknownTopicOrPartition;
                result.message = QStringLiteral("There is no topic '%1'.").arg(result.name);
            } else {
                result.entries = topicEntries(m_cluster.controller().topics().at(*topic).config);
            }
        } else if (result.type == Broker) {
            result.broker = true;
            bool ok = result.name.isEmpty();
            const int id = ok ? ex.node.value : result.name.toInt(&ok);
            const auto &nodes = m_cluster.nodeIds();
            if (!allowed(ex, Role::Read)) {
                result.error = KafkaError::ClusterAuthorizationFailed;
                result.message = QStringLiteral("describing configs takes the read role");
            } else if (!ok || std::find(nodes.begin(), nodes.end(), NodeId(id)) == nodes.end()) {
                result.error = KafkaError::InvalidRequest;
                result.message = QStringLiteral("There is no broker '%1'.").arg(result.name);
            } else {
                result.entries = {
                    {QStringLiteral("auto.create.topics.enable"), QLatin1String(m_config.autoCreateTopics ? "true" : "false"), false},
                    {QStringLiteral("broker.id"), QString::number(id), false},
                    {QStringLiteral("default.replication.factor"),
                     QString::number(std::min<int>(m_config.autoCreateReplication, int(nodes.size()))), false},
                    {QStringLiteral("num.partitions"), QString::number(m_config.autoCreatePartitions), false},
                };
            }
        } else {
            result.error = KafkaError::InvalidRequest;
            result.message = QStringLiteral("resource type %1 has no configs here; ask for a topic (2) or a broker (4)")
                                 .arg(result.type);
        }
        keepAsked(result.entries, keys);
        results.push_back(std::move(result));
    }
    if (ex.version >= 1)
        in.boolean(); // include_synonyms: there are none
    if (in.failed())
        return {};
    ex.encode = [results = std::move(results)](Exchange &ex, Writer &w) {
        w.i32(0); // throttle_time_ms
        w.arrayLength(qsizetype(results.size()), false);
        for (const ResourceResult &r : results) {
            w.errorCode(std::int16_t(r.error));
            w.string(r.error == KafkaError::None ? QString() : r.message, false);
            w.i8(r.type);
            w.string(r.name, false);
            w.arrayLength(qsizetype(r.entries.size()), false);
            for (const ConfigEntry &e : r.entries) {
                w.string(e.name, false);
                w.string(e.value, false);
                w.boolean(true); // read_only
                if (ex.version == 0)
                    w.boolean(e.isDefault);
                else
                    w.i8(r.broker ? StaticBroker : e.isDefault ? Default : DynamicTopic);
                w.boolean(false); // is_sensitive
                if (ex.version >= 1)
                    w.arrayLength(0, false); // synonyms
            }
        }
    };
    return {};
}

} // namespace bb::kafka
