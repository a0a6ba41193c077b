// Consumer-group membership, onto the engine's group coordinator.
//   FindCoordinator (10) 0-2: v1 key_type, throttle_time_ms, error_message.
//   JoinGroup (11) 0-5: v1 rebalance_timeout_ms, v2 throttle_time_ms,
//     v3 no change, v4 MEMBER_ID_REQUIRED may be answered (never is here:
//     the coordinator names new members in its first answer),
//     v5 group_instance_id (static membership; accepted, not used).
//   SyncGroup (14) 0-3, Heartbeat (12) 0-3: v1 throttle_time_ms,
//     v3 group_instance_id.  LeaveGroup (13) 0-1: v1 throttle_time_ms.
// The protocol metadata and the assignments pass through the coordinator
// unread; they are decoded only so the group views name what members
// subscribe to and hold.
#include "kafka/consumerprotocol.h"
#include "kafka/kafkagateway.h"

#include <algorithm>

namespace bb::kafka {

namespace {

void throttle(const KafkaGateway::Exchange &ex, Writer &w, int fromVersion)
{
    if (ex.version >= fromVersion)
        w.i32(0);
}

} // namespace

// The coordinators are modelled as always-available services; clients are
// told the lowest live node (in the receiving node's view), whose listener
// forwards to them.
NodeId KafkaGateway::coordinatorNode(const Exchange &ex) const
{
    const Node *n = receivingNode(ex);
    if (!n || n->liveNodes().empty())
        return kNoNode;
    return *std::min_element(n->liveNodes().begin(), n->liveNodes().end());
}

Error KafkaGateway::onFindCoordinator(Exchange &ex, Reader &in)
{
    in.string(false); // the group (or transactional id)
    if (ex.version >= 1)
        in.i8(); // key_type
    const ListenerAddress *l = listener(coordinatorNode(ex));
    ex.encode = [l](Exchange &ex, Writer &w) {
        throttle(ex, w, 1);
        w.errorCode(std::int16_t(l ? KafkaError::None : KafkaError::CoordinatorNotAvailable));
        if (ex.version >= 1)
            w.string(l ? QString() : QStringLiteral("no node is live"), false);
        w.i32(l ? l->node.value : -1);
        w.string(l ? l->host : QString(), false);
        w.i32(l ? l->port : -1);
    };
    return {};
}

Error KafkaGateway::onJoinGroup(Exchange &ex, Reader &in)
{
    JoinGroupRequest req;
    req.groupId = in.string(false);
    req.sessionTimeout = Micros(in.i32()) * kMillisecond;
    req.rebalanceTimeout = ex.version >= 1 ? Micros(in.i32()) * kMillisecond : req.sessionTimeout;
    req.memberId = in.string(false);
    if (ex.version >= 5)
        in.string(false); // group_instance_id
    const QString protocolType = in.string(false);
    const std::int32_t protocols = in.arrayLength(false, 6);
    // The first protocol the member offers (librdkafka: "range,roundrobin").
    for (std::int32_t i = 0; i < protocols && !in.failed(); ++i) {
        const QString name = in.string(false);
        const QByteArrayView metadata = in.bytes(false);
        if (i == 0) {
            req.assignor = name;
            req.protocolMetadata = metadata.toByteArray();
        }
    }
    if (in.failed())
        return {};
    if (protocols <= 0 || req.groupId.isEmpty())
        return Error(Errc::InvalidConfig, QStringLiteral("JoinGroup names no group or no protocol"));
    req.clientName = ex.clientId.isEmpty() ? QStringLiteral("kafka-client") : ex.clientId;
    if (protocolType == QLatin1String("consumer")) {
        const ConsumerSubscription sub = decodeSubscription(req.protocolMetadata);
        for (const QString &t : sub.topics)
            if (auto id = topicId(ex, t))
                req.topics.push_back(*id);
        for (const auto &[t, p] : sub.owned)
            if (auto id = topicId(ex, t))
                req.owned.push_back({*id, PartitionId(p)});
    }
    const Micros wait = std::max(req.rebalanceTimeout, req.sessionTimeout);
    askOne(ex, kGroupCoordinatorActor, std::move(req), wait);
    ex.encode = [](Exchange &ex, Writer &w) {
        const auto &r = std::get<JoinGroupResponse>(ex.answers[0]);
        throttle(ex, w, 2);
        w.errorCode(std::int16_t(toKafkaError(r.error)));
        w.i32(r.generation);
        w.string(r.assignor, false);
        w.string(r.leaderId, false);
        w.string(r.memberId, false);
        w.arrayLength(qsizetype(r.members.size()), false);
        for (const GroupMember &m : r.members) {
            w.string(m.memberId, false);
            if (ex.version >= 5)
                w.string(QString(), false);
            w.bytes(m.protocolMetadata.isNull() ? QByteArrayView("", 0) : QByteArrayView(m.protocolMetadata), false);
        }
    };
    return {};
}

Error KafkaGateway::onSyncGroup(Exchange &ex, Reader &in)
{
    SyncGroupRequest req;
    req.groupId = in.string(false);
    req.generation = in.i32();
    req.memberId = in.string(false);
    if (ex.version >= 3)
        in.string(false); // group_instance_id
    const std::int32_t n = in.arrayLength(false, 6);
    for (std::int32_t i = 0; i < n && !in.failed(); ++i) {
        MemberAssignment a;
        a.memberId = in.string(false);
        a.encoded = in.bytes(false).toByteArray();
        for (const auto &[t, p] : decodeAssignment(a.encoded).partitions)
            if (auto id = topicId(ex, t))
                a.partitions.push_back({*id, PartitionId(p)});
        req.assignments.push_back(std::move(a));
    }
    if (in.failed())
        return {};
    askOne(ex, kGroupCoordinatorActor, std::move(req), 300 * kSecond);
    ex.encode = [](Exchange &ex, Writer &w) {
        const auto &r = std::get<SyncGroupResponse>(ex.answers[0]);
        throttle(ex, w, 1);
        w.errorCode(std::int16_t(toKafkaError(r.error)));
        w.bytes(r.encodedAssignment.isNull() ? QByteArrayView("", 0) : QByteArrayView(r.encodedAssignment), false);
    };
    return {};
}

Error KafkaGateway::onHeartbeat(Exchange &ex, Reader &in)
{
    HeartbeatRequest req;
    req.groupId = in.string(false);
    req.generation = in.i32();
    req.memberId = in.string(false);
    if (ex.version >= 3)
        in.string(false);
    askOne(ex, kGroupCoordinatorActor, std::move(req), 0);
    ex.encode = [](Exchange &ex, Writer &w) {
        throttle(ex, w, 1);
        w.errorCode(std::int16_t(toKafkaError(std::get<HeartbeatResponse>(ex.answers[0]).error)));
    };
    return {};
}

Error KafkaGateway::onLeaveGroup(Exchange &ex, Reader &in)
{
    LeaveGroupRequest req;
    req.groupId = in.string(false);
    req.memberId = in.string(false);
    askOne(ex, kGroupCoordinatorActor, std::move(req), 0);
    ex.encode = [](Exchange &ex, Writer &w) {
        throttle(ex, w, 1);
        w.errorCode(std::int16_t(toKafkaError(std::get<LeaveGroupResponse>(ex.answers[0]).error)));
    };
    return {};
}

} // namespace bb::kafka
