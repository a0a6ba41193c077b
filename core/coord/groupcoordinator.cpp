#include "groupcoordinator.h"

#include "broker/clusterconfig.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace bb {
namespace {

constexpr std::uint64_t kCheckTag = 1;

QString tr(const char *s) { return QCoreApplication::translate("bb::GroupCoordinator", s); }

using Phase = GroupState::Phase;

} // namespace

const GroupMemberState *GroupState::member(const QString &memberId) const
{
    for (const auto &m : members)
        if (m.memberId == memberId)
            return &m;
    return nullptr;
}

// What the coordinator keeps beside the observable GroupState: the requests
// it has not answered yet and the deadlines of the rebalance under way.
struct GroupCoordinator::Impl {
    struct Waiter {
        ActorId actor;
        std::int64_t correlation = 0;
    };
    struct Runtime {
        std::map<QString, Waiter> joins; // JoinGroups waiting for the generation to form
        std::map<QString, Waiter> syncs; // SyncGroups waiting for the leader's assignment
        Micros joinDeadline = 0;         // members that have not rejoined by then are removed
        Micros initialDelayUntil = -1;   // a first join waits for the others until then
        Micros syncDeadline = 0;         // the leader must have sent its assignment by then
        std::int32_t nextMember = 1;
    };

    explicit Impl(GroupCoordinator &coordinator) : q(coordinator) {}

    GroupCoordinator &q;
    std::map<QString, Runtime> runtime;

    GroupState &group(const QString &id)
    {
        auto it = q.m_groups.find(id);
        if (it == q.m_groups.end()) {
            it = q.m_groups.emplace(id, GroupState{}).first;
            it->second.groupId = id;
        }
        return it->second;
    }
    GroupState *find(const QString &id)
    {
        auto it = q.m_groups.find(id);
        return it == q.m_groups.end() ? nullptr : &it->second;
    }
    static GroupMemberState *member(GroupState &g, const QString &memberId)
    {
        for (auto &m : g.members)
            if (m.memberId == memberId)
                return &m;
        return nullptr;
    }

    template <typename T>
    void send(ActorId to, T message) { q.m_transport.send(kGroupCoordinatorActor, to, Message(std::move(message))); }

    QString partitionName(TopicPartition tp) const
    {
        const QString topic = q.m_topicName ? q.m_topicName(tp.topic) : QString();
        return (topic.isEmpty() ? tr("topic %1").arg(tp.topic.value) : topic) + QLatin1Char('-') + QString::number(tp.partition.value);
    }
    QString describeGeneration(const GroupState &g) const
    {
        if (g.members.empty())
            return tr("group %1: generation %2, no members").arg(g.groupId).arg(g.generation);
        QStringList parts;
        for (const auto &m : g.members) {
            QStringList tps;
            for (const auto &tp : m.assignment)
                tps << partitionName(tp);
            parts << m.memberId + QLatin1String(" {") + tps.join(QLatin1Char(',')) + QLatin1Char('}');
        }
        return tr("group %1: generation %2, members %3").arg(g.groupId).arg(g.generation).arg(parts.join(QLatin1String(", ")));
    }
    void report(ClusterEventKind kind, const GroupState &g, QString text)
    {
        q.m_loop.trace(0xE0000000ULL | std::uint64_t(kind), (std::uint64_t(std::uint32_t(g.generation)) << 32) | std::uint32_t(g.members.size()));
        if (q.m_observer)
            q.m_observer->onEvent({q.m_loop.now(), kind, kNoNode, {TopicId(-1), PartitionId(-1)}, std::move(text)});
    }

    // Stable or CompletingRebalance -> PreparingRebalance: every member must
    // rejoin. A SyncGroup still waiting belongs to a generation that will
    // never be assigned, so it is told to rejoin too.
    void prepareRebalance(GroupState &g, const QString &reason)
    {
        Runtime &rt = runtime[g.groupId];
        const bool fromEmpty = g.phase == Phase::Empty;
        for (const auto &[memberId, w] : rt.syncs)
            send(w.actor, SyncGroupResponse{w.correlation, Errc::RebalanceInProgress, g.generation, {}, {}});
        rt.syncs.clear();
        g.phase = Phase::PreparingRebalance;
        Micros timeout = 0;
        for (const auto &m : g.members)
            timeout = std::max(timeout, m.rebalanceTimeout);
        rt.joinDeadline = q.m_loop.now() + timeout;
        rt.initialDelayUntil = fromEmpty ? q.m_loop.now() + q.m_config.initialRebalanceDelay : -1;
        report(ClusterEventKind::GroupRebalanceStarted, g,
               tr("group %1 is rebalancing (generation %2 ends): %3.").arg(g.groupId).arg(g.generation).arg(reason));
    }

    void maybeCompleteJoin(GroupState &g)
    {
        if (g.phase != Phase::PreparingRebalance)
            return;
        Runtime &rt = runtime[g.groupId];
        if (q.m_loop.now() < rt.initialDelayUntil)
            return;
        for (const auto &m : g.members)
            if (!rt.joins.count(m.memberId))
                return;
        completeJoin(g);
    }

    // Every member has rejoined (or the rest were removed): the next
    // generation starts and the leader is handed the member list.
    void completeJoin(GroupState &g)
    {
        Runtime &rt = runtime[g.groupId];
        ++g.generation;
        for (auto &m : g.members) {
            m.assignment.clear();
            m.encodedAssignment.clear();
        }
        if (g.members.empty()) {
            g.phase = Phase::Empty;
            g.leaderId.clear();
            rt.joins.clear();
            report(ClusterEventKind::GroupRebalance, g, describeGeneration(g));
            return;
        }
        if (!member(g, g.leaderId))
            g.leaderId = g.members.front().memberId;
        const GroupMemberState *leader = member(g, g.leaderId);
        g.assignor = leader->assignor;
        g.phase = Phase::CompletingRebalance;
        const Micros now = q.m_loop.now();
        rt.syncDeadline = now + leader->rebalanceTimeout;
        std::vector<GroupMember> list;
        list.reserve(g.members.size());
        for (const auto &m : g.members)
            list.push_back({m.memberId, m.clientName, m.topics, m.owned, m.protocolMetadata});
        for (auto &m : g.members) {
            m.lastHeartbeat = now; // the session restarts with the generation
            const Waiter w = rt.joins[m.memberId];
            JoinGroupResponse r;
            r.correlation = w.correlation;
            r.generation = g.generation;
            r.memberId = m.memberId;
            r.leaderId = g.leaderId;
            r.assignor = g.assignor;
            if (m.memberId == g.leaderId)
                r.members = list;
            send(w.actor, std::move(r));
        }
        rt.joins.clear();
    }

    void removeMember(GroupState &g, const QString &memberId, ClusterEventKind why, const QString &sentence)
    {
        Runtime &rt = runtime[g.groupId];
        auto it = std::find_if(g.members.begin(), g.members.end(), [&](const GroupMemberState &m) { return m.memberId == memberId; });
        if (it == g.members.end())
            return;
        g.members.erase(it);
        if (auto j = rt.joins.find(memberId); j != rt.joins.end()) {
            send(j->second.actor, JoinGroupResponse{j->second.correlation, Errc::UnknownMemberId, -1, memberId, {}, {}, {}});
            rt.joins.erase(j);
        }
        if (auto s = rt.syncs.find(memberId); s != rt.syncs.end()) {
            send(s->second.actor, SyncGroupResponse{s->second.correlation, Errc::UnknownMemberId, -1, {}, {}});
            rt.syncs.erase(s);
        }
        if (g.leaderId == memberId)
            g.leaderId.clear();
        report(why, g, sentence);
        if (g.phase == Phase::Stable || g.phase == Phase::CompletingRebalance)
            prepareRebalance(g, sentence);
        else
            maybeCompleteJoin(g);
    }

    void handle(ActorId from, const JoinGroupRequest &m)
    {
        JoinGroupResponse err;
        err.correlation = m.correlation;
        err.memberId = m.memberId;
        if (m.groupId.isEmpty() || m.sessionTimeout <= 0) {
            err.error = Errc::InvalidConfig;
            send(from, std::move(err));
            return;
        }
        GroupState &g = group(m.groupId);
        Runtime &rt = runtime[g.groupId];
        GroupMemberState *mem = nullptr;
        QString reason;
        if (m.memberId.isEmpty()) {
            GroupMemberState fresh;
            const QString base = m.clientName.isEmpty() ? QStringLiteral("consumer") : m.clientName;
            do
                fresh.memberId = base + QLatin1Char('-') + QString::number(rt.nextMember++);
            while (member(g, fresh.memberId));
            fresh.clientName = m.clientName;
            g.members.push_back(std::move(fresh));
            mem = &g.members.back();
            reason = tr("%1 joined").arg(mem->memberId);
            report(ClusterEventKind::GroupMemberJoined, g, tr("%1 joined group %2.").arg(mem->memberId, g.groupId));
        } else {
            mem = member(g, m.memberId);
            if (!mem) {
                err.error = Errc::UnknownMemberId;
                send(from, std::move(err));
                return;
            }
            reason = tr("%1 rejoined").arg(mem->memberId);
        }
        mem->actor = from;
        mem->sessionTimeout = m.sessionTimeout;
        mem->rebalanceTimeout = m.rebalanceTimeout > 0 ? m.rebalanceTimeout : m.sessionTimeout;
        mem->assignor = m.assignor;
        mem->topics = m.topics;
        mem->owned = m.owned;
        mem->protocolMetadata = m.protocolMetadata;
        mem->lastHeartbeat = q.m_loop.now();
        q.arm();
        const QString memberId = mem->memberId;
        rt.joins[memberId] = {from, m.correlation};
        if (g.phase != Phase::PreparingRebalance)
            prepareRebalance(g, reason);
        maybeCompleteJoin(g);
    }

    void handle(ActorId from, const SyncGroupRequest &m)
    {
        SyncGroupResponse r;
        r.correlation = m.correlation;
        r.generation = m.generation;
        GroupState *g = find(m.groupId);
        GroupMemberState *mem = g ? member(*g, m.memberId) : nullptr;
        if (!mem) {
            r.error = Errc::UnknownMemberId;
        } else if (m.generation != g->generation) {
            r.error = Errc::IllegalGeneration;
        } else if (g->phase == Phase::PreparingRebalance || g->phase == Phase::Empty) {
            r.error = Errc::RebalanceInProgress;
        } else if (g->phase == Phase::Stable) {
            r.assignment = mem->assignment; // a repeated SyncGroup: same answer
            r.encodedAssignment = mem->encodedAssignment;
        } else {
            mem->lastHeartbeat = q.m_loop.now();
            Runtime &rt = runtime[g->groupId];
            rt.syncs[m.memberId] = {from, m.correlation};
            if (m.memberId == g->leaderId)
                completeSync(*g, m.assignments);
            return;
        }
        send(from, std::move(r));
    }

    void completeSync(GroupState &g, const std::vector<MemberAssignment> &assignments)
    {
        Runtime &rt = runtime[g.groupId];
        for (const auto &a : assignments)
            if (GroupMemberState *mem = member(g, a.memberId)) {
                mem->assignment = a.partitions;
                mem->encodedAssignment = a.encoded;
                std::sort(mem->assignment.begin(), mem->assignment.end());
            }
        g.phase = Phase::Stable;
        for (const auto &[memberId, w] : rt.syncs) {
            const GroupMemberState *mem = member(g, memberId);
            send(w.actor, SyncGroupResponse{w.correlation, Errc::None, g.generation,
                                            mem ? mem->assignment : std::vector<TopicPartition>{},
                                            mem ? mem->encodedAssignment : QByteArray()});
        }
        rt.syncs.clear();
        report(ClusterEventKind::GroupRebalance, g, describeGeneration(g));
    }

    void handle(ActorId from, const HeartbeatRequest &m)
    {
        HeartbeatResponse r;
        r.correlation = m.correlation;
        GroupState *g = find(m.groupId);
        GroupMemberState *mem = g ? member(*g, m.memberId) : nullptr;
        if (!mem)
            r.error = Errc::UnknownMemberId;
        else if (m.generation != g->generation)
            r.error = Errc::IllegalGeneration;
        else if (g->phase == Phase::PreparingRebalance)
            r.error = Errc::RebalanceInProgress;
        if (mem)
            mem->lastHeartbeat = q.m_loop.now();
        send(from, r);
    }

    void handle(ActorId from, const LeaveGroupRequest &m)
    {
        LeaveGroupResponse r;
        r.correlation = m.correlation;
        GroupState *g = find(m.groupId);
        if (!g || !member(*g, m.memberId))
            r.error = Errc::UnknownMemberId;
        else
            removeMember(*g, m.memberId, ClusterEventKind::GroupMemberLeft, tr("%1 left the group").arg(m.memberId));
        send(from, r);
    }

    // Kafka's order of checks for a commit: a standalone commit (no
    // generation) is only taken while nobody is in the group; during the
    // sync no one can commit; otherwise member and generation must match.
    Errc commitCheck(GroupState &g, std::int32_t generation, const QString &memberId)
    {
        if (generation < 0 && memberId.isEmpty() && g.phase == Phase::Empty)
            return Errc::None;
        if (g.phase == Phase::CompletingRebalance)
            return Errc::RebalanceInProgress;
        GroupMemberState *mem = member(g, memberId);
        if (!mem)
            return Errc::UnknownMemberId;
        if (generation != g.generation)
            return Errc::IllegalGeneration;
        mem->lastHeartbeat = q.m_loop.now();
        return Errc::None;
    }

    void handle(ActorId from, const OffsetCommitRequest &m)
    {
        OffsetCommitResponse r;
        r.correlation = m.correlation;
        if (m.groupId.isEmpty()) {
            r.error = Errc::InvalidConfig;
        } else {
            GroupState &g = group(m.groupId);
            r.error = commitCheck(g, m.generation, m.memberId);
            if (r.error == Errc::None)
                for (const auto &po : m.offsets)
                    g.committed[po.tp] = {po.offset, po.leaderEpoch};
        }
        send(from, r);
    }

    void handle(ActorId from, const OffsetFetchRequest &m)
    {
        OffsetFetchResponse r;
        r.correlation = m.correlation;
        const GroupState *g = find(m.groupId);
        if (m.requireStable && g)
            for (const auto &[pid, pending] : g->pendingTxnOffsets)
                for (const auto &tp : m.partitions)
                    if (pending.count(tp)) {
                        r.error = Errc::UnstableOffsetCommit;
                        send(from, std::move(r));
                        return;
                    }
        if (m.partitions.empty() && g) {
            for (const auto &[tp, c] : g->committed)
                r.offsets.push_back({tp, c.offset, c.leaderEpoch});
        }
        for (const auto &tp : m.partitions) {
            PartitionOffset po{tp, Offset(-1)};
            if (g)
                if (auto it = g->committed.find(tp); it != g->committed.end())
                    po = {tp, it->second.offset, it->second.leaderEpoch};
            r.offsets.push_back(po);
        }
        send(from, std::move(r));
    }

    void handle(ActorId from, const TxnOffsetCommitRequest &m)
    {
        // Answered like a plain commit (Kafka's TxnOffsetCommitResponse has
        // the same shape): the producer tells it from its coordinator's replies.
        OffsetCommitResponse r;
        r.correlation = m.correlation;
        if (m.groupId.isEmpty() || m.producerId == kNoProducer) {
            r.error = Errc::InvalidConfig;
        } else {
            // KIP-447: a transactional commit that names a member is fenced
            // like a plain one, so a zombie cannot commit through a transaction.
            GroupState &g = group(m.groupId);
            if (!m.memberId.isEmpty() && !member(g, m.memberId))
                r.error = Errc::UnknownMemberId;
            else if (m.generation >= 0 && m.generation != g.generation)
                r.error = Errc::IllegalGeneration;
            else if (auto e = g.txnMarkerEpochs.find(m.producerId); e != g.txnMarkerEpochs.end() && m.epoch < e->second)
                r.error = Errc::ProducerFenced;
            if (r.error == Errc::None) {
                auto &pending = g.pendingTxnOffsets[m.producerId];
                for (const auto &po : m.offsets)
                    pending[po.tp] = {{po.offset, po.leaderEpoch}, q.m_loop.now()};
            }
        }
        send(from, r);
    }

    void handle(ActorId from, const WriteTxnMarkersRequest &m)
    {
        WriteTxnMarkersResponse r;
        r.correlation = m.correlation;
        r.groupId = m.groupId;
        if (GroupState *g = find(m.groupId)) {
            auto [e, fresh] = g->txnMarkerEpochs.try_emplace(m.producerId, m.epoch);
            if (!fresh)
                e->second = std::max(e->second, m.epoch);
            auto it = g->pendingTxnOffsets.find(m.producerId);
            if (it != g->pendingTxnOffsets.end()) {
                // Offsets that arrived after the outcome was decided belong
                // to the producer's next transaction (this is a late copy).
                auto &pending = it->second;
                for (auto p = pending.begin(); p != pending.end();) {
                    if (p->second.at > m.preparedAt) {
                        ++p;
                        continue;
                    }
                    if (m.commit)
                        g->committed[p->first] = p->second.committed;
                    p = pending.erase(p);
                }
                if (pending.empty())
                    g->pendingTxnOffsets.erase(it);
            }
        }
        send(from, std::move(r));
    }

    void check()
    {
        const Micros now = q.m_loop.now();
        // Collect first: removing a member can answer requests and report
        // events, which must not disturb the iteration.
        std::vector<std::pair<QString, QString>> expired;
        std::vector<QString> joinDue, syncDue, delayDue;
        for (auto &[id, g] : q.m_groups) {
            Runtime &rt = runtime[id];
            for (const auto &m : g.members) {
                const bool waiting = rt.joins.count(m.memberId) || rt.syncs.count(m.memberId);
                if (!waiting && now - m.lastHeartbeat > m.sessionTimeout)
                    expired.emplace_back(id, m.memberId);
            }
            if (g.phase == Phase::PreparingRebalance) {
                if (now >= rt.joinDeadline)
                    joinDue.push_back(id);
                else if (rt.initialDelayUntil >= 0 && now >= rt.initialDelayUntil)
                    delayDue.push_back(id);
            } else if (g.phase == Phase::CompletingRebalance && now >= rt.syncDeadline) {
                syncDue.push_back(id);
            }
        }
        for (const auto &[id, memberId] : expired) {
            GroupState &g = group(id);
            const GroupMemberState *m = g.member(memberId);
            if (!m)
                continue;
            const Micros timeout = m->sessionTimeout;
            removeMember(g, memberId, ClusterEventKind::GroupMemberExpired,
                         tr("%1 sent no heartbeat within its session timeout (%2 ms) and was removed")
                             .arg(memberId).arg(timeout / kMillisecond));
        }
        for (const QString &id : joinDue) {
            GroupState &g = group(id);
            if (g.phase != Phase::PreparingRebalance)
                continue;
            Runtime &rt = runtime[id];
            std::vector<QString> late;
            for (const auto &m : g.members)
                if (!rt.joins.count(m.memberId))
                    late.push_back(m.memberId);
            for (const QString &memberId : late) {
                auto it = std::find_if(g.members.begin(), g.members.end(), [&](const GroupMemberState &m) { return m.memberId == memberId; });
                g.members.erase(it);
                if (g.leaderId == memberId)
                    g.leaderId.clear();
                report(ClusterEventKind::GroupMemberExpired, g,
                       tr("%1 did not rejoin group %2 within the rebalance timeout and was removed.").arg(memberId, id));
            }
            completeJoin(g);
        }
        for (const QString &id : delayDue)
            maybeCompleteJoin(group(id));
        for (const QString &id : syncDue) {
            GroupState &g = group(id);
            if (g.phase != Phase::CompletingRebalance)
                continue;
            // The leader never sent the assignment (it crashed between join
            // and sync): drop it and rebalance without it.
            const QString leader = g.leaderId;
            removeMember(g, leader, ClusterEventKind::GroupMemberExpired,
                         tr("leader %1 sent no assignment within the rebalance timeout and was removed").arg(leader));
        }
    }
};

GroupCoordinator::GroupCoordinator(EventLoop &loop, Transport &transport, GroupCoordinatorConfig config)
    : d(std::make_unique<Impl>(*this))
    , m_loop(loop)
    , m_transport(transport)
    , m_config(config)
{
}

GroupCoordinator::~GroupCoordinator() = default;

void GroupCoordinator::start() { m_started = true; }

void GroupCoordinator::arm()
{
    // The session check runs only while some group has members: a cluster
    // without consumers sees no coordinator events at all.
    if (m_started && !m_checking) {
        m_checking = true;
        m_loop.schedule(m_config.sessionCheckInterval, kGroupCoordinatorActor, kCheckTag);
    }
}

const GroupState *GroupCoordinator::group(const QString &groupId) const
{
    auto it = m_groups.find(groupId);
    return it == m_groups.end() ? nullptr : &it->second;
}

void GroupCoordinator::forgetTopic(TopicId topic)
{
    auto ofTopic = [&](const auto &e) { return e.first.topic == topic; };
    for (auto &[id, g] : m_groups) {
        std::erase_if(g.committed, ofTopic);
        for (auto &[pid, pending] : g.pendingTxnOffsets)
            std::erase_if(pending, ofTopic);
    }
}

Offset GroupCoordinator::committed(const QString &group, TopicPartition tp) const
{
    const GroupState *g = this->group(group);
    if (!g)
        return Offset(-1);
    auto it = g->committed.find(tp);
    return it == g->committed.end() ? Offset(-1) : it->second.offset;
}

void GroupCoordinator::onMessage(ActorId from, Message &message)
{
    std::visit([&](auto &m) {
        if constexpr (requires { d->handle(from, m); })
            d->handle(from, m);
    }, message);
}

void GroupCoordinator::onTimer(std::uint64_t tag)
{
    if (tag != kCheckTag)
        return;
    m_checking = false;
    d->check();
    for (const auto &[id, g] : m_groups)
        if (g.phase != GroupState::Phase::Empty) {
            arm();
            break;
        }
}

} // namespace bb
