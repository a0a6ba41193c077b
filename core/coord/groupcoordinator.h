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

#include "cluster/clusterobserver.h"
#include "model/messages.h"
#include "sim/actor.h"
#include "sim/eventloop.h"

#include <map>

namespace bb {

struct GroupMemberState {
    QString memberId;
    QString clientName;
    ActorId actor;
    std::vector<TopicPartition> assignment;
    Micros lastHeartbeat = 0;
};

struct GroupState {
    QString groupId;
    enum class Phase { Empty, PreparingRebalance, CompletingRebalance, Stable } phase = Phase::Empty;
    std::int32_t generation = 0;
    QString leaderId;
    QString assignor;
    std::vector<GroupMemberState> members;
    std::map<TopicPartition, Offset> committed;
};

class GroupCoordinator final : public Actor {
public:
    GroupCoordinator(EventLoop &loop, Transport &transport);
    void setObserver(ClusterObserver *observer) { m_observer = observer; }
    void start();

    const std::map<QString, GroupState> &groups() const { return m_groups; }
    Offset committed(const QString &group, TopicPartition tp) const;

    void onMessage(ActorId from, Message &message) override;
    void onTimer(std::uint64_t tag) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    std::map<QString, GroupState> m_groups;
    EventLoop &m_loop;
    Transport &m_transport;
    ClusterObserver *m_observer = nullptr;
    friend struct Impl;
};

} // namespace bb
