// Administration: topics and groups.
//   CreateTopics (19) 0-4: v1 validate_only and error messages, v2
//     throttle_time_ms, v3 no change, v4 -1 partitions or replication
//     factor takes the broker's default (3, and up to 3 replicas).
//     Manual replica assignments are refused; the controller places
//     replicas. Configs: min.insync.replicas, unclean.leader.election.enable,
//     retention.ms, retention.bytes, segment.bytes, cleanup.policy.
//   DeleteTopics (20) 0-1: v1 throttle_time_ms. A topic a queue or an
//     exchange binding uses is refused with POLICY_VIOLATION, and the
//     reason goes to the event log (these versions carry no message).
//   ListGroups (16) 0-2: v1 throttle_time_ms, v2 no change.
//   DescribeGroups (15) 0-4: v1 throttle_time_ms, v2 no change, v3
//     include_authorized_operations (answered -2^31: not computed), v4
//     group_instance_id.
// Topics are created by the controller, and the coordinator's state is read
// where the coordinator keeps it: both are modelled as always-available
// services, as in the rest of the engine.
#include "kafka/kafkagateway.h"

#include <algorithm>
#include <limits>

namespace bb::kafka {

namespace {

struct CreateResult {
    QString name;
    KafkaError error = KafkaError::None;
    QString message;
};

// One config entry onto `config`; an error message for a bad one.
QString applyTopicConfig(TopicConfig &config, const QString &key, const QString &value)
{
    bool ok = true;
    const qint64 number = value.toLongLong(&ok);
    if (key == QLatin1String("min.insync.replicas") && ok && number >= 1)
        config.minInsyncReplicas = int(number);
    else if (key == QLatin1String("unclean.leader.election.enable") && (value == QLatin1String("true") || value == QLatin1String("false")))
        config.uncleanLeaderElection = value == QLatin1String("true");
    else if (key == QLatin1String("retention.ms") && ok && number >= -1)
        config.log.retentionTime = number < 0 ? -1 : number * kMillisecond;
    else if (key == QLatin1String("retention.bytes") && ok && number >= -1)
        config.log.retentionBytes = number;
    else if (key == QLatin1String("segment.bytes") && ok && number >= 1024)
        config.log.segmentBytes = number;
    else if (key == QLatin1String("cleanup.policy") && (value == QLatin1String("delete") || value == QLatin1String("compact")))
        config.log.compact = value == QLatin1String("compact");
    else
        return QStringLiteral("%1=%2 is not a setting this broker takes").arg(key, value);
    return {};
}

} // namespace

Error KafkaGateway::onCreateTopics(Exchange &ex, Reader &in)
{
    struct Request {
        QString name;
        TopicConfig config;
        QString refused;
    };
    std::vector<Request> requests;
    const std::int32_t topics = in.arrayLength(false, 14);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t) {
        Request r;
        r.name = in.string(false);
        const std::int32_t partitions = in.i32();
        const std::int16_t replication = in.i16();
        r.config.partitions = partitions < 0 ? m_config.autoCreatePartitions : partitions;
        r.config.replicationFactor = replication < 0 ? std::min<int>(m_config.autoCreateReplication, int(m_cluster.nodeIds().size()))
                                                     : replication;
        r.config.minInsyncReplicas = 1;
        const std::int32_t assignments = in.arrayLength(false, 8);
        for (std::int32_t a = 0; a < assignments && !in.failed(); ++a) {
            in.i32();
            const std::int32_t brokers = in.arrayLength(false, 4);
            for (std::int32_t b = 0; b < brokers && !in.failed(); ++b)
                in.i32();
        }
        if (assignments > 0)
            r.refused = QStringLiteral("manual replica assignments are not supported; give a partition count and replication factor");
        const std::int32_t configs = in.arrayLength(false, 4);
        for (std::int32_t c = 0; c < configs && !in.failed(); ++c) {
            const QString key = in.string(false);
            const QString value = in.string(false);
            if (r.refused.isEmpty())
                r.refused = applyTopicConfig(r.config, key, value);
        }
        requests.push_back(std::move(r));
    }
    in.i32(); // timeout_ms
    const bool validateOnly = ex.version >= 1 && in.boolean();
    if (in.failed())
        return {};
    std::vector<CreateResult> results;
    for (Request &r : requests) {
        CreateResult result{r.name, KafkaError::None, {}};
        const auto &known = m_cluster.controller().topics();
        if (!allowed(ex, Role::Admin)) {
            result.error = KafkaError::TopicAuthorizationFailed;
            result.message = QStringLiteral("creating topics takes the admin role");
        } else if (std::any_of(known.begin(), known.end(), [&](const auto &t) { return t.second.name == r.name; })) {
            result.error = KafkaError::TopicAlreadyExists;
            result.message = QStringLiteral("Topic '%1' already exists.").arg(r.name);
        } else if (!r.refused.isEmpty()) {
            result.error = KafkaError::InvalidConfig;
            result.message = r.refused;
        } else if (r.config.replicationFactor > int(m_cluster.nodeIds().size())) {
            result.error = KafkaError::InvalidReplicationFactor;
            result.message = QStringLiteral("Replication factor %1 is larger than the %2 nodes.")
                                 .arg(r.config.replicationFactor).arg(m_cluster.nodeIds().size());
        } else if (!validateOnly) {
            if (auto created = m_cluster.createTopic(r.name, r.config); !created) {
                result.error = r.config.partitions < 1 ? KafkaError::InvalidPartitions : KafkaError::InvalidRequest;
                result.message = created.error().message;
            }
        }
        results.push_back(result);
    }
    ex.encode = [results = std::move(results)](Exchange &ex, Writer &w) {
        if (ex.version >= 2)
            w.i32(0);
        w.arrayLength(qsizetype(results.size()), false);
        for (const CreateResult &r : results) {
            w.string(r.name, false);
            w.errorCode(std::int16_t(r.error));
            if (ex.version >= 1)
                w.string(r.error == KafkaError::None ? QString() : r.message, false);
        }
    };
    return {};
}

Error KafkaGateway::onDeleteTopics(Exchange &ex, Reader &in)
{
    std::vector<QString> names;
    const std::int32_t topics = in.arrayLength(false, 2);
    for (std::int32_t t = 0; t < topics && !in.failed(); ++t)
        names.push_back(in.string(false));
    in.i32(); // timeout_ms
    if (in.failed())
        return {};
    std::vector<std::pair<QString, KafkaError>> results;
    for (const QString &name : names) {
        KafkaError error = KafkaError::None;
        if (!allowed(ex, Role::Admin)) {
            error = KafkaError::TopicAuthorizationFailed;
        } else if (!m_cluster.controller().topicId(name)) {
            error = KafkaError::UnknownTopicOrPartition;
        } else if (auto deleted = m_cluster.deleteTopic(name); !deleted) {
            error = KafkaError::PolicyViolation;
            m_cluster.recordEvent(ClusterEventKind::ExternalClient, ex.node,
                                  QStringLiteral("Kafka client \"%1\" asked to delete topic %2, refused: %3")
                                      .arg(ex.clientId, name, deleted.error().message));
        }
        results.emplace_back(name, error);
    }
    ex.encode = [results = std::move(results)](Exchange &ex, Writer &w) {
        if (ex.version >= 1)
            w.i32(0);
        w.arrayLength(qsizetype(results.size()), false);
        for (const auto &[name, error] : results) {
            w.string(name, false);
            w.errorCode(std::int16_t(error));
        }
    };
    return {};
}

Error KafkaGateway::onListGroups(Exchange &ex, Reader &)
{
    // Each broker lists the groups it coordinates (admin clients ask every
    // broker and join the answers): here all of them are with one node.
    std::vector<QString> groups;
    if (ex.node == coordinatorNode(ex))
        for (const auto &[id, g] : m_cluster.groupCoordinator().groups())
            groups.push_back(id);
    ex.encode = [groups = std::move(groups)](Exchange &ex, Writer &w) {
        if (ex.version >= 1)
            w.i32(0);
        w.i16(0);
        w.arrayLength(qsizetype(groups.size()), false);
        for (const QString &g : groups) {
            w.string(g, false);
            w.string(QStringLiteral("consumer"), false);
        }
    };
    return {};
}

Error KafkaGateway::onDescribeGroups(Exchange &ex, Reader &in)
{
    std::vector<QString> wanted;
    const std::int32_t n = in.arrayLength(false, 2);
    for (std::int32_t i = 0; i < n && !in.failed(); ++i)
        wanted.push_back(in.string(false));
    if (ex.version >= 3)
        in.boolean(); // include_authorized_operations
    if (in.failed())
        return {};
    // A copy now: the answer describes the group as it was when asked.
    std::vector<std::pair<QString, std::optional<GroupState>>> described;
    const auto &groups = m_cluster.groupCoordinator().groups();
    for (const QString &id : wanted) {
        auto it = groups.find(id);
        described.emplace_back(id, it == groups.end() ? std::nullopt : std::optional<GroupState>(it->second));
    }
    ex.encode = [described = std::move(described)](Exchange &ex, Writer &w) {
        static const char *const kPhase[] = {"Empty", "PreparingRebalance", "CompletingRebalance", "Stable"};
        if (ex.version >= 1)
            w.i32(0);
        w.arrayLength(qsizetype(described.size()), false);
        for (const auto &[id, g] : described) {
            w.i16(0);
            w.string(id, false);
            w.string(QString::fromLatin1(g ? kPhase[int(g->phase)] : "Dead"), false);
            w.string(QStringLiteral("consumer"), false);
            w.string(g ? g->assignor : QString(), false);
            w.arrayLength(g ? qsizetype(g->members.size()) : 0, false);
            if (g) {
                for (const GroupMemberState &m : g->members) {
                    w.string(m.memberId, false);
                    if (ex.version >= 4)
                        w.string(QString(), false); // group_instance_id
                    w.string(m.clientName, false); // client_id
                    w.string(QStringLiteral("/simulated"), false); // client_host
                    w.bytes(m.protocolMetadata.isNull() ? QByteArrayView("", 0) : QByteArrayView(m.protocolMetadata), false);
                    w.bytes(m.encodedAssignment.isNull() ? QByteArrayView("", 0) : QByteArrayView(m.encodedAssignment), false);
                }
            }
            if (ex.version >= 3)
                w.i32(std::numeric_limits<std::int32_t>::min()); // authorized operations: not computed
        }
    };
    return {};
}

} // namespace bb::kafka
