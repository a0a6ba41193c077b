#include "engine/snapshotjson.h"

namespace bb {
namespace {

QJsonArray nodeIds(const std::vector<NodeId> &ids)
{
    QJsonArray a;
    for (NodeId id : ids)
        a.append(id.value);
    return a;
}

QJsonValue offset(Offset o) { return QJsonValue(qint64(o.value)); }

const char *flushId(FlushPolicy p)
{
    switch (p) {
    case FlushPolicy::EveryBatch: return "every_batch";
    case FlushPolicy::Interval: return "interval";
    case FlushPolicy::Never: return "never";
    }
    return "";
}

QJsonObject nodeJson(const NodeSnapshot &n)
{
    return QJsonObject{
        {QStringLiteral("id"), n.id.value},
        {QStringLiteral("state"), QLatin1String(nodeStateId(n.state))},
        {QStringLiteral("registered"), n.registered},
        {QStringLiteral("alive_at_controller"), n.aliveAtController},
        {QStringLiteral("leaders"), n.leaders},
        {QStringLiteral("partitions"), n.partitions},
        {QStringLiteral("bytes"), qint64(n.bytes)},
        {QStringLiteral("storage"), n.storage == StorageKind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("memory")},
        {QStringLiteral("flush"), QLatin1String(flushId(n.flush))},
        {QStringLiteral("flush_interval_us"), qint64(n.flushInterval)},
        {QStringLiteral("pending_writes"), qint64(n.pendingWrites)},
        {QStringLiteral("incarnation"), qint64(n.incarnation)},
        {QStringLiteral("records_in"), qint64(n.recordsIn)},
        {QStringLiteral("records_in_per_s"), n.recordsInRate},
        {QStringLiteral("cut_from_controller"), n.cutFromController},
        {QStringLiteral("cut_from_nodes"), nodeIds(n.cutFromNodes)},
    };
}

QJsonObject replicaJson(const ReplicaSnapshot &r)
{
    return QJsonObject{
        {QStringLiteral("node"), r.node.value},       {QStringLiteral("up"), r.up},
        {QStringLiteral("in_isr"), r.inIsr},          {QStringLiteral("leader"), r.isLeader},
        {QStringLiteral("log_start"), offset(r.logStart)}, {QStringLiteral("hw"), offset(r.hw)},
        {QStringLiteral("lso"), offset(r.lso)},       {QStringLiteral("leo"), offset(r.leo)},
        {QStringLiteral("bytes"), qint64(r.bytes)},
    };
}

QJsonObject partitionJson(const PartitionSnapshot &p)
{
    QJsonArray replicas;
    for (const auto &r : p.replicaStates)
        replicas.append(replicaJson(r));
    QJsonObject o{
        {QStringLiteral("topic"), p.topic},
        {QStringLiteral("partition"), p.tp.partition.value},
        {QStringLiteral("leader"), p.leader.value},
        {QStringLiteral("leader_epoch"), qint64(p.leaderEpoch.value)},
        {QStringLiteral("replicas"), nodeIds(p.replicas)},
        {QStringLiteral("isr"), nodeIds(p.isr)},
        {QStringLiteral("offline"), p.offline && !p.starting()},
        {QStringLiteral("starting"), p.starting()},
        {QStringLiteral("under_replicated"), p.underReplicated},
        {QStringLiteral("log_start"), offset(p.logStart)},
        {QStringLiteral("hw"), offset(p.hw)},
        {QStringLiteral("lso"), offset(p.lso)},
        {QStringLiteral("leo"), offset(p.leo)},
        {QStringLiteral("replica_states"), replicas},
    };
    if (p.dataLost())
        o.insert(QStringLiteral("data_lost"), QJsonObject{{QStringLiteral("node"), p.lostOn.value},
                                                          {QStringLiteral("from"), offset(p.lostFrom)},
                                                          {QStringLiteral("to"), offset(p.lostTo)}});
    return o;
}

QJsonObject topicJson(const TopicSnapshot &t)
{
    return QJsonObject{
        {QStringLiteral("name"), t.name},
        {QStringLiteral("partitions"), t.partitions},
        {QStringLiteral("replication_factor"), t.replicationFactor},
        {QStringLiteral("min_insync_replicas"), t.minInsyncReplicas},
        {QStringLiteral("records_in"), qint64(t.recordsIn)},
        {QStringLiteral("records_in_per_s"), t.recordsInRate},
    };
}

QJsonObject producerJson(const ProducerSnapshot &p)
{
    return QJsonObject{
        {QStringLiteral("name"), p.name},        {QStringLiteral("topic"), p.topic},
        {QStringLiteral("acks"), acksName(p.acks)}, {QStringLiteral("sent"), qint64(p.sent)},
        {QStringLiteral("acked"), qint64(p.acked)}, {QStringLiteral("failed"), qint64(p.failed)},
        {QStringLiteral("retries"), qint64(p.retries)}, {QStringLiteral("acked_per_s"), p.ackedRate},
        {QStringLiteral("p50_us"), qint64(p.p50)}, {QStringLiteral("p99_us"), qint64(p.p99)},
        {QStringLiteral("p999_us"), qint64(p.p999)}, {QStringLiteral("external"), p.external},
    };
}

QString topicName(const ClusterSnapshot &s, TopicId id)
{
    for (const auto &t : s.topics)
        if (t.id == id)
            return t.name;
    return QString();
}

QJsonObject groupJson(const ClusterSnapshot &s, const GroupSnapshot &g)
{
    QJsonArray members;
    for (const auto &m : g.members) {
        QJsonArray assignment;
        for (const auto &tp : m.assignment)
            assignment.append(QJsonObject{{QStringLiteral("topic"), topicName(s, tp.topic)},
                                          {QStringLiteral("partition"), tp.partition.value}});
        members.append(QJsonObject{{QStringLiteral("member_id"), m.memberId},
                                   {QStringLiteral("client_id"), m.clientId},
                                   {QStringLiteral("assignment"), assignment}});
    }
    QJsonArray partitions;
    for (const auto &p : g.partitions)
        partitions.append(QJsonObject{{QStringLiteral("topic"), p.topic},
                                      {QStringLiteral("partition"), p.tp.partition.value},
                                      {QStringLiteral("committed"), offset(p.committed)},
                                      {QStringLiteral("end"), offset(p.end)},
                                      {QStringLiteral("lag"), qint64(p.lag)},
                                      {QStringLiteral("owner"), p.owner}});
    return QJsonObject{
        {QStringLiteral("group_id"), g.groupId},
        {QStringLiteral("state"), QLatin1String(groupPhaseId(g.state))},
        {QStringLiteral("generation"), g.generation},
        {QStringLiteral("protocol"), g.protocol},
        {QStringLiteral("leader_id"), g.leaderId},
        {QStringLiteral("read_committed"), g.readCommitted},
        {QStringLiteral("members"), members},
        {QStringLiteral("partitions"), partitions},
        {QStringLiteral("total_lag"), qint64(g.totalLag)},
        {QStringLiteral("max_lag"), qint64(g.maxLag)},
        {QStringLiteral("consumed"), qint64(g.consumed)},
        {QStringLiteral("consumed_per_s"), g.consumedRate},
        {QStringLiteral("p50_us"), qint64(g.p50)},
        {QStringLiteral("p99_us"), qint64(g.p99)},
        {QStringLiteral("external"), g.external},
    };
}

QJsonObject queueJson(const QueueSnapshot &q)
{
    return QJsonObject{
        {QStringLiteral("name"), q.name},
        {QStringLiteral("topic"), q.topic},
        {QStringLiteral("dead_letter_topic"), q.deadLetterTopic},
        {QStringLiteral("fifo"), q.fifo},
        {QStringLiteral("depth"), qint64(q.depth)},
        {QStringLiteral("in_flight"), qint64(q.inFlight)},
        {QStringLiteral("delivered"), qint64(q.delivered)},
        {QStringLiteral("redelivered"), qint64(q.redelivered)},
        {QStringLiteral("acknowledged"), qint64(q.acknowledged)},
        {QStringLiteral("dead_lettered"), qint64(q.deadLettered)},
        {QStringLiteral("discarded"), qint64(q.discarded)},
        {QStringLiteral("consumers"), q.consumers},
        {QStringLiteral("oldest_message_age_us"), qint64(q.oldestMessageAge)},
    };
}

template <typename T, typename F>
QJsonArray arrayOf(const std::vector<T> &items, F toJson)
{
    QJsonArray a;
    for (const auto &item : items)
        a.append(toJson(item));
    return a;
}

// [[time_us, value], ...]: compact, and what a chart library takes as is.
QJsonArray samples(const std::vector<Sample> &s)
{
    QJsonArray a;
    for (const auto &x : s)
        a.append(QJsonArray{qint64(x.time), x.value});
    return a;
}

} // namespace

const char *nodeStateId(NodeState state)
{
    switch (state) {
    case NodeState::Up: return "up";
    case NodeState::Fenced: return "fenced";
    case NodeState::Isolated: return "isolated";
    case NodeState::Crashed: return "crashed";
    case NodeState::Starting: return "starting";
    }
    return "";
}

const char *groupPhaseId(GroupPhase phase)
{
    switch (phase) {
    case GroupPhase::Empty: return "empty";
    case GroupPhase::PreparingRebalance: return "preparing_rebalance";
    case GroupPhase::CompletingRebalance: return "completing_rebalance";
    case GroupPhase::Stable: return "stable";
    }
    return "";
}

const char *eventKindId(ClusterEventKind kind)
{
    switch (kind) {
    case ClusterEventKind::NodeCrashed: return "node_crashed";
    case ClusterEventKind::NodeRestarted: return "node_restarted";
    case ClusterEventKind::NodeFenced: return "node_fenced";
    case ClusterEventKind::NodeRegistered: return "node_registered";
    case ClusterEventKind::NetworkFault: return "network_fault";
    case ClusterEventKind::NetworkHealed: return "network_healed";
    case ClusterEventKind::LeaderElected: return "leader_elected";
    case ClusterEventKind::UncleanElection: return "unclean_election";
    case ClusterEventKind::PartitionOffline: return "partition_offline";
    case ClusterEventKind::IsrShrunk: return "isr_shrunk";
    case ClusterEventKind::IsrExpanded: return "isr_expanded";
    case ClusterEventKind::Truncated: return "truncated";
    case ClusterEventKind::StorageDamaged: return "storage_damaged";
    case ClusterEventKind::StorageFault: return "storage_fault";
    case ClusterEventKind::DataLost: return "data_lost";
    case ClusterEventKind::TopicCreated: return "topic_created";
    case ClusterEventKind::TopicDeleted: return "topic_deleted";
    case ClusterEventKind::ProducerRetry: return "producer_retry";
    case ClusterEventKind::ProducerFailed: return "producer_failed";
    case ClusterEventKind::ClientCrashed: return "client_crashed";
    case ClusterEventKind::QueueDeadLettered: return "queue_dead_lettered";
    case ClusterEventKind::QueueRedrive: return "queue_redrive";
    case ClusterEventKind::ProducerFenced: return "producer_fenced";
    case ClusterEventKind::TransactionCommitted: return "transaction_committed";
    case ClusterEventKind::TransactionAborted: return "transaction_aborted";
    case ClusterEventKind::GroupMemberJoined: return "group_member_joined";
    case ClusterEventKind::GroupMemberLeft: return "group_member_left";
    case ClusterEventKind::GroupMemberExpired: return "group_member_expired";
    case ClusterEventKind::GroupRebalanceStarted: return "group_rebalance_started";
    case ClusterEventKind::GroupRebalance: return "group_rebalance";
    case ClusterEventKind::ExternalClient: return "external_client";
    }
    return "";
}

QJsonObject eventToJson(const ClusterEvent &e)
{
    QJsonObject o{{QStringLiteral("time_us"), qint64(e.time)},
                  {QStringLiteral("kind"), QLatin1String(eventKindId(e.kind))},
                  {QStringLiteral("text"), e.text}};
    if (e.node != kNoNode)
        o.insert(QStringLiteral("node"), e.node.value);
    if (e.tp.topic.value >= 0) {
        o.insert(QStringLiteral("topic_id"), e.tp.topic.value);
        o.insert(QStringLiteral("partition"), e.tp.partition.value);
    }
    return o;
}

QJsonObject snapshotToJson(const ClusterSnapshot &s)
{
    return QJsonObject{
        {QStringLiteral("time_us"), qint64(s.time)},
        {QStringLiteral("run"), qint64(s.run)},
        {QStringLiteral("scenario"), s.scenarioName},
        {QStringLiteral("title"), s.scenarioTitle},
        {QStringLiteral("seed"), QString::number(s.seed)},
        {QStringLiteral("paused"), s.paused},
        {QStringLiteral("flat_out"), s.flatOut},
        {QStringLiteral("speed"), s.speed},
        {QStringLiteral("achieved_speed"), s.achievedSpeed},
        {QStringLiteral("trace_hash"), QStringLiteral("%1").arg(s.traceHash, 16, 16, QLatin1Char('0'))},
        {QStringLiteral("loop_events"), qint64(s.events)},
        {QStringLiteral("event_count"), qint64(s.eventCount)},
        {QStringLiteral("nodes"), arrayOf(s.nodes, nodeJson)},
        {QStringLiteral("topics"), arrayOf(s.topics, topicJson)},
        {QStringLiteral("partitions"), arrayOf(s.partitions, partitionJson)},
        {QStringLiteral("producers"), arrayOf(s.producers, producerJson)},
        {QStringLiteral("groups"), arrayOf(s.groups, [&s](const GroupSnapshot &g) { return groupJson(s, g); })},
        {QStringLiteral("queues"), arrayOf(s.queues, queueJson)},
    };
}

QJsonObject seriesToJson(const SeriesSnapshot &s)
{
    QJsonArray topics, producers, groups, queues;
    for (const auto &t : s.topics)
        topics.append(QJsonObject{{QStringLiteral("topic"), t.topic},
                                  {QStringLiteral("records_per_s"), samples(t.recordsPerSecond)}});
    for (const auto &p : s.producers)
        producers.append(QJsonObject{{QStringLiteral("producer"), p.producer},
                                     {QStringLiteral("p50_ms"), samples(p.p50Ms)},
                                     {QStringLiteral("p99_ms"), samples(p.p99Ms)}});
    for (const auto &g : s.groups)
        groups.append(QJsonObject{{QStringLiteral("group"), g.group},
                                  {QStringLiteral("lag"), samples(g.lag)},
                                  {QStringLiteral("p50_ms"), samples(g.p50Ms)},
                                  {QStringLiteral("p99_ms"), samples(g.p99Ms)},
                                  {QStringLiteral("records_per_s"), samples(g.recordsPerSecond)}});
    for (const auto &q : s.queues)
        queues.append(QJsonObject{{QStringLiteral("queue"), q.queue}, {QStringLiteral("depth"), samples(q.depth)}});
    return QJsonObject{{QStringLiteral("topics"), topics},
                       {QStringLiteral("producers"), producers},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("queues"), queues}};
}

} // namespace bb
