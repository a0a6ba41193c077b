#pragma once
// GroupCoordinator: runs consumer groups (Kafka's classic protocol). Members
// join; after a join window the coordinator starts a new generation, the
// leader member computes the assignment and sends it with SyncGroup; members
// heartbeat, and one that misses its session timeout is removed and the
// group rebalances. Offsets are committed per group; a commit from an older
// generation or an unknown member is fenced. Transactional offset commits
// stay pending until the transaction's marker arrives.
// One actor at kGroupCoordinatorActor (modelled as always available, like
// the controller). Owned by the Cluster; runs on its event loop.

#include "broker/clusterobserver.h"
#include "model/groupphase.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <functional>
#include <map>
#include <memory>

namespace bb {

struct GroupCoordinatorConfig {
    // A join to an empty group waits this long for more members, so
    // consumers started together form one generation instead of several
    // (group.initial.rebalance.delay.ms, scaled down).
    Micros initialRebalanceDelay = 300 * kMillisecond;
    Micros sessionCheckInterval = 20 * kMillisecond;
};

struct GroupMemberState {
    QString memberId;
    QString clientName;
    ActorId actor;
    std::vector<TopicPartition> assignment; // of the current generation; empty until its SyncGroup
    Micros lastHeartbeat = 0;
    Micros sessionTimeout = 0;
    Micros rebalanceTimeout = 0;
    QString assignor;
    std::vector<TopicId> topics;
    std::vector<TopicPartition> owned; // as the member reported in its last join (cooperative)
    QByteArray protocolMetadata;       // see JoinGroupRequest
    QByteArray encodedAssignment;      // see MemberAssignment
};

struct GroupState {
    QString groupId;
    using Phase = GroupPhase;
    Phase phase = Phase::Empty;
    std::int32_t generation = 0;
    QString leaderId;
    QString assignor;
    std::vector<GroupMemberState> members;
    struct CommittedOffset {
        Offset offset;
        Epoch leaderEpoch = kNoEpoch; // see PartitionOffset::leaderEpoch
    };
    std::map<TopicPartition, CommittedOffset> committed;
    // Transactional offset commits waiting for their transaction's marker.
    struct PendingOffset {
        CommittedOffset committed;
        Micros at = 0; // arrival: a marker decided earlier is not this commit's
    };
    std::map<ProducerId, std::map<TopicPartition, PendingOffset>> pendingTxnOffsets;
    // The epoch of the last marker per producer id: a transactional commit
    // of an older epoch comes from a transaction already ended (a zombie's
    // request arriving after its abort) and is fenced, or a later commit
    // marker of the same producer id would make its offsets count.
    std::map<ProducerId, std::int16_t> txnMarkerEpochs;

    const GroupMemberState *member(const QString &memberId) const;
};

class GroupCoordinator final : public Actor {
public:
    GroupCoordinator(EventLoop &loop, Transport &transport, GroupCoordinatorConfig config = {});
    ~GroupCoordinator() override;
    void setObserver(ClusterObserver *observer) { m_observer = observer; }
    // Names topics in the event log ("orders-0"); without it, "topic 3-0".
    void setTopicNamer(std::function<QString(TopicId)> namer) { m_topicName = std::move(namer); }
    void start();

    const GroupCoordinatorConfig &config() const { return m_config; }
    const std::map<QString, GroupState> &groups() const { return m_groups; }
    const GroupState *group(const QString &groupId) const;
    // Offset(-1) when the group has committed nothing for tp.
    Offset committed(const QString &group, TopicPartition tp) const;
    // A deleted topic: its committed and pending offsets go.
    void forgetTopic(TopicId topic);

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    void arm();

    struct Impl;
    std::unique_ptr<Impl> d;
    std::map<QString, GroupState> m_groups;
    EventLoop &m_loop;
    Transport &m_transport;
    GroupCoordinatorConfig m_config;
    ClusterObserver *m_observer = nullptr;
    std::function<QString(TopicId)> m_topicName;
    bool m_started = false;
    bool m_checking = false;
    friend struct Impl;
};

} // namespace bb
