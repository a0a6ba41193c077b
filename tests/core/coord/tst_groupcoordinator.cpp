#include <QTest>

#include "../clustertesting.h"
#include "sim/rng.h"

#include <optional>
#include <set>

using namespace bb;

class TestGroupCoordinator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstJoinsFormOneGeneration();
    void commitFencing_data();
    void commitFencing();
    void commitsDuringRebalance();
    void heartbeatErrors();
    void silentMemberExpires();
    void memberThatDoesNotRejoinIsRemoved();
    void leaderThatNeverSyncsIsReplaced();
    void transactionalOffsetsWaitForMarker_data();
    void transactionalOffsetsWaitForMarker();
    void randomMembershipNeverAssignsTwice_data();
    void randomMembershipNeverAssignsTwice();
};

namespace {

const QString kGroup = QStringLiteral("billing");

// Runs the loop until `done` holds or `limit` of virtual time passed,
// looking after every millisecond: the protocol steps are that close.
bool runUntil(Cluster &c, const std::function<bool()> &done, Micros limit = 10 * kSecond)
{
    return testing::stepUntil(c, done, limit, kMillisecond);
}

// A group member driven by hand, message by message: the protocol as the
// coordinator sees it, without a consumer's own timers in the way.
class RawMember final : public Actor {
public:
    RawMember(Cluster &c, ActorId id, QString name)
        : m_cluster(c)
        , m_id(id)
        , m_name(std::move(name))
    {
        c.network().setHost(id, id.value);
        c.loop().attach(id, this);
    }
    ~RawMember() override
    {
        if (m_cluster.loop().actor(m_id) == this)
            m_cluster.loop().attach(m_id, nullptr);
    }

    void onMessage(ActorId, Message &m) override
    {
        std::visit([&](auto &msg) {
            using T = std::decay_t<decltype(msg)>;
            if constexpr (std::is_same_v<T, JoinGroupResponse>) {
                join = msg;
                if (msg.error == Errc::None) {
                    memberId = msg.memberId;
                    generation = msg.generation;
                }
            } else if constexpr (std::is_same_v<T, SyncGroupResponse>) {
                sync = msg;
            } else if constexpr (std::is_same_v<T, HeartbeatResponse>) {
                heartbeat = msg;
            } else if constexpr (std::is_same_v<T, OffsetCommitResponse>) {
                commit = msg;
            } else if constexpr (std::is_same_v<T, WriteTxnMarkersResponse>) {
                markers = msg;
            } else if constexpr (std::is_same_v<T, LeaveGroupResponse>) {
                leave = msg;
            }
        }, m);
    }
    void onTimer(std::uint64_t) override {}

    void send(Message m) { m_cluster.network().send(m_id, kGroupCoordinatorActor, std::move(m)); }
    void sendJoin(std::vector<TopicId> topics = {TopicId(0)}, Micros session = kSecond, Micros rebalance = kSecond)
    {
        join.reset();
        JoinGroupRequest r;
        r.correlation = ++m_correlation;
        r.groupId = kGroup;
        r.memberId = memberId;
        r.clientName = m_name;
        r.assignor = QStringLiteral("range");
        r.sessionTimeout = session;
        r.rebalanceTimeout = rebalance;
        r.topics = std::move(topics);
        send(r);
    }
    void sendSync(std::vector<MemberAssignment> assignments = {})
    {
        sync.reset();
        send(SyncGroupRequest{++m_correlation, kGroup, generation, memberId, std::move(assignments)});
    }
    void sendHeartbeat(std::int32_t gen)
    {
        heartbeat.reset();
        send(HeartbeatRequest{++m_correlation, kGroup, gen, memberId});
    }
    void sendCommit(std::int32_t gen, const QString &member, TopicPartition tp, Offset o)
    {
        commit.reset();
        send(OffsetCommitRequest{++m_correlation, kGroup, gen, member, {{tp, o}}});
    }

    ActorId id() const { return m_id; }
    QString memberId;
    std::int32_t generation = -1;
    std::optional<JoinGroupResponse> join;
    std::optional<SyncGroupResponse> sync;
    std::optional<HeartbeatResponse> heartbeat;
    std::optional<OffsetCommitResponse> commit;
    std::optional<WriteTxnMarkersResponse> markers;
    std::optional<LeaveGroupResponse> leave;

private:
    Cluster &m_cluster;
    ActorId m_id;
    QString m_name;
    std::int64_t m_correlation = 0;
};

const TopicPartition kP0{TopicId(0), PartitionId(0)};
const TopicPartition kP1{TopicId(0), PartitionId(1)};
const TopicPartition kP2{TopicId(0), PartitionId(2)};

struct Fixture {
    std::unique_ptr<Cluster> cluster = testing::makeCluster(testing::smallSpec(1, {}, 500), 1);
    RawMember a{*cluster, ActorId(5000), QStringLiteral("a")};
    RawMember b{*cluster, ActorId(5001), QStringLiteral("b")};

    Fixture()
    {
        TopicConfig t;
        t.partitions = 3;
        if (!cluster->createTopic(QStringLiteral("orders"), t))
            qFatal("topic");
    }
    const GroupState &group() const { return *cluster->groupCoordinator().group(kGroup); }
    Offset committed(TopicPartition tp) const { return cluster->groupCoordinator().committed(kGroup, tp); }

    // a and b form generation `gen` (a leads: it joined first), a assigns.
    bool stableWithBoth()
    {
        a.sendJoin();
        b.sendJoin();
        if (!runUntil(*cluster, [&] { return a.join && b.join; }))
            return false;
        if (a.join->error != Errc::None || b.join->error != Errc::None)
            return false;
        a.sendSync({{a.memberId, {kP0, kP1}, {}}, {b.memberId, {kP2}, {}}});
        b.sendSync();
        return runUntil(*cluster, [&] { return a.sync && b.sync; }) && group().phase == GroupState::Phase::Stable;
    }
};

} // namespace

void TestGroupCoordinator::firstJoinsFormOneGeneration()
{
    Fixture f;
    std::vector<ClusterEvent> events;
    struct Spy : ClusterObserver {
        std::vector<ClusterEvent> *out;
        void onEvent(const ClusterEvent &e) override { out->push_back(e); }
    } spy;
    spy.out = &events;
    f.cluster->addObserver(&spy);

    f.a.sendJoin();
    f.cluster->runFor(100 * kMillisecond); // inside the initial rebalance delay
    QVERIFY(!f.a.join);
    f.b.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.join && f.b.join; }));
    QCOMPARE(f.a.join->error, Errc::None);
    QCOMPARE(f.a.join->generation, 1);
    QCOMPARE(f.b.join->generation, 1);
    QCOMPARE(f.a.memberId, QStringLiteral("a-1"));
    QCOMPARE(f.b.memberId, QStringLiteral("b-2"));
    QCOMPARE(f.a.join->leaderId, f.a.memberId);
    QCOMPARE(f.a.join->members.size(), std::size_t(2)); // the leader sees everyone...
    QVERIFY(f.b.join->members.empty());                 // ...the others nobody
    QCOMPARE(f.group().phase, GroupState::Phase::CompletingRebalance);

    // A follower's sync waits for the leader's assignment.
    f.b.sendSync();
    f.cluster->runFor(50 * kMillisecond);
    QVERIFY(!f.b.sync);
    f.a.sendSync({{f.a.memberId, {kP0, kP1}, {}}, {f.b.memberId, {kP2}, {}}});
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.sync && f.b.sync; }));
    QCOMPARE(f.a.sync->assignment, (std::vector<TopicPartition>{kP0, kP1}));
    QCOMPARE(f.b.sync->assignment, (std::vector<TopicPartition>{kP2}));
    QCOMPARE(f.group().phase, GroupState::Phase::Stable);
    QCOMPARE(f.group().generation, 1);

    auto it = std::find_if(events.begin(), events.end(), [](const ClusterEvent &e) { return e.kind == ClusterEventKind::GroupRebalance; });
    QVERIFY(it != events.end());
    QCOMPARE(it->text, QStringLiteral("group billing: generation 1, members a-1 {orders-0,orders-1}, b-2 {orders-2}"));
    f.cluster->removeObserver(&spy);
}

void TestGroupCoordinator::commitFencing_data()
{
    QTest::addColumn<int>("generationDelta"); // relative to the group's
    QTest::addColumn<QString>("member");      // "a", "unknown" or "" (standalone)
    QTest::addColumn<int>("error");
    QTest::newRow("current generation") << 0 << QStringLiteral("a") << int(Errc::None);
    QTest::newRow("older generation") << -1 << QStringLiteral("a") << int(Errc::IllegalGeneration);
    QTest::newRow("newer generation") << 1 << QStringLiteral("a") << int(Errc::IllegalGeneration);
    QTest::newRow("unknown member") << 0 << QStringLiteral("unknown") << int(Errc::UnknownMemberId);
    QTest::newRow("standalone into a live group") << -100 << QString() << int(Errc::UnknownMemberId);
}

// Generation 2 is stable; a commit then carries a generation and member.
void TestGroupCoordinator::commitFencing()
{
    QFETCH(int, generationDelta);
    QFETCH(QString, member);
    QFETCH(int, error);
    Fixture f;
    QVERIFY(f.stableWithBoth());
    f.a.sendCommit(1, f.a.memberId, kP0, Offset(10));
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.commit.has_value(); }));
    QCOMPARE(f.a.commit->error, Errc::None);
    QCOMPARE(f.committed(kP0), Offset(10));

    // b leaves: generation 2 with a alone.
    f.b.send(LeaveGroupRequest{1, kGroup, f.b.memberId});
    QVERIFY(runUntil(*f.cluster, [&] { return f.b.leave.has_value(); }));
    QCOMPARE(f.b.leave->error, Errc::None);
    f.a.sendHeartbeat(1);
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.heartbeat.has_value(); }));
    QCOMPARE(f.a.heartbeat->error, Errc::RebalanceInProgress);
    f.a.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.join.has_value(); }));
    QCOMPARE(f.a.join->generation, 2);
    f.a.sendSync({{f.a.memberId, {kP0, kP1, kP2}, {}}});
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.sync.has_value(); }));
    QCOMPARE(f.group().phase, GroupState::Phase::Stable);

    const QString memberId = member == QLatin1String("a") ? f.a.memberId : member;
    const std::int32_t gen = generationDelta == -100 ? -1 : 2 + generationDelta;
    f.a.sendCommit(gen, memberId, kP0, Offset(99));
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.commit.has_value(); }));
    QCOMPARE(int(f.a.commit->error), error);
    QCOMPARE(f.committed(kP0), Offset(error == int(Errc::None) ? 99 : 10));
}

// Kafka's rules around a rebalance: while the group prepares, the old
// generation may still commit (its members commit before they rejoin);
// between join and sync nobody may.
void TestGroupCoordinator::commitsDuringRebalance()
{
    Fixture f;
    QVERIFY(f.stableWithBoth());
    RawMember c(*f.cluster, ActorId(5002), QStringLiteral("c"));
    c.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return f.group().phase == GroupState::Phase::PreparingRebalance; }));
    f.a.sendCommit(1, f.a.memberId, kP1, Offset(5));
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.commit.has_value(); }));
    QCOMPARE(f.a.commit->error, Errc::None);
    QCOMPARE(f.committed(kP1), Offset(5));

    f.a.sendJoin();
    f.b.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.join && f.b.join && c.join; }));
    QCOMPARE(c.join->generation, 2);
    QCOMPARE(f.group().phase, GroupState::Phase::CompletingRebalance);
    f.a.sendCommit(2, f.a.memberId, kP1, Offset(6));
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.commit.has_value(); }));
    QCOMPARE(f.a.commit->error, Errc::RebalanceInProgress);
    QCOMPARE(f.committed(kP1), Offset(5));
    // A SyncGroup from the last generation is fenced too.
    f.b.generation = 1;
    f.b.sendSync();
    QVERIFY(runUntil(*f.cluster, [&] { return f.b.sync.has_value(); }));
    QCOMPARE(f.b.sync->error, Errc::IllegalGeneration);
}

void TestGroupCoordinator::heartbeatErrors()
{
    Fixture f;
    QVERIFY(f.stableWithBoth());
    f.a.sendHeartbeat(1);
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.heartbeat.has_value(); }));
    QCOMPARE(f.a.heartbeat->error, Errc::None);
    f.a.sendHeartbeat(7);
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.heartbeat.has_value(); }));
    QCOMPARE(f.a.heartbeat->error, Errc::IllegalGeneration);
    RawMember stranger(*f.cluster, ActorId(5003), QStringLiteral("x"));
    stranger.memberId = QStringLiteral("x-99");
    stranger.sendHeartbeat(1);
    QVERIFY(runUntil(*f.cluster, [&] { return stranger.heartbeat.has_value(); }));
    QCOMPARE(stranger.heartbeat->error, Errc::UnknownMemberId);
    // A rejoin with a member id the group does not know is refused.
    stranger.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return stranger.join.has_value(); }));
    QCOMPARE(stranger.join->error, Errc::UnknownMemberId);
    QCOMPARE(f.group().phase, GroupState::Phase::Stable);
}

void TestGroupCoordinator::silentMemberExpires()
{
    Fixture f;
    QVERIFY(f.stableWithBoth());
    const Micros start = f.cluster->loop().now();
    // a heartbeats, b falls silent (a crash: no LeaveGroup).
    while (!(f.a.heartbeat && f.a.heartbeat->error == Errc::RebalanceInProgress)) {
        QVERIFY(f.cluster->loop().now() - start < 3 * kSecond);
        f.a.sendHeartbeat(1);
        f.cluster->runFor(100 * kMillisecond);
    }
    const Micros detected = f.cluster->loop().now() - start;
    QVERIFY2(detected > kSecond && detected < kSecond + 300 * kMillisecond, qPrintable(QString::number(detected)));
    QVERIFY(!f.group().member(f.b.memberId));
    f.a.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.join.has_value(); }));
    QCOMPARE(f.a.join->generation, 2);
    QCOMPARE(f.a.join->members.size(), std::size_t(1));
    bool reported = false;
    for (const auto &e : f.cluster->events())
        reported |= e.kind == ClusterEventKind::GroupMemberExpired && e.text.contains(f.b.memberId);
    QVERIFY(reported);
}

void TestGroupCoordinator::memberThatDoesNotRejoinIsRemoved()
{
    Fixture f;
    QVERIFY(f.stableWithBoth());
    RawMember c(*f.cluster, ActorId(5002), QStringLiteral("c"));
    c.sendJoin();
    f.cluster->runFor(50 * kMillisecond);
    f.a.sendJoin();
    // b keeps its session alive but never rejoins: after the rebalance
    // timeout (1 s) the generation forms without it.
    const Micros start = f.cluster->loop().now();
    while (!f.a.join) {
        QVERIFY(f.cluster->loop().now() - start < 2 * kSecond);
        f.b.sendHeartbeat(1);
        f.cluster->runFor(100 * kMillisecond);
    }
    QVERIFY(f.cluster->loop().now() - start >= 900 * kMillisecond);
    QCOMPARE(f.a.join->generation, 2);
    QCOMPARE(f.a.join->members.size(), std::size_t(2));
    QVERIFY(!f.group().member(f.b.memberId));
    f.b.sendHeartbeat(1);
    QVERIFY(runUntil(*f.cluster, [&] { return f.b.heartbeat.has_value(); }));
    QCOMPARE(f.b.heartbeat->error, Errc::UnknownMemberId);
}

void TestGroupCoordinator::leaderThatNeverSyncsIsReplaced()
{
    Fixture f;
    f.a.sendJoin();
    f.b.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.join && f.b.join; }));
    QCOMPARE(f.a.join->leaderId, f.a.memberId);
    f.b.sendSync(); // the leader, a, never sends its assignment
    QVERIFY(runUntil(*f.cluster, [&] { return f.b.sync.has_value(); }, 3 * kSecond));
    QCOMPARE(f.b.sync->error, Errc::RebalanceInProgress);
    QVERIFY(!f.group().member(f.a.memberId));
    f.b.sendJoin();
    QVERIFY(runUntil(*f.cluster, [&] { return f.b.join.has_value(); }));
    QCOMPARE(f.b.join->generation, 2);
    QCOMPARE(f.b.join->leaderId, f.b.memberId);
}

void TestGroupCoordinator::transactionalOffsetsWaitForMarker_data()
{
    QTest::addColumn<bool>("commit");
    QTest::newRow("committed transaction") << true;
    QTest::newRow("aborted transaction") << false;
}

void TestGroupCoordinator::transactionalOffsetsWaitForMarker()
{
    QFETCH(bool, commit);
    Fixture f;
    QVERIFY(f.stableWithBoth());
    f.a.sendCommit(1, f.a.memberId, kP0, Offset(3));
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.commit.has_value(); }));

    TxnOffsetCommitRequest t;
    t.correlation = 7;
    t.groupId = kGroup;
    t.transactionalId = QStringLiteral("tx");
    t.producerId = ProducerId(42);
    t.epoch = 0;
    t.generation = 1;
    t.memberId = f.a.memberId;
    t.offsets = {{kP0, Offset(20)}, {kP1, Offset(30)}};
    f.a.commit.reset();
    f.a.send(t);
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.commit.has_value(); }));
    QCOMPARE(f.a.commit->correlation, std::int64_t(7));
    QCOMPARE(f.a.commit->error, Errc::None);
    QCOMPARE(f.committed(kP0), Offset(3)); // invisible until the marker
    QCOMPARE(f.committed(kP1), Offset(-1));
    QCOMPARE(f.group().pendingTxnOffsets.count(ProducerId(42)), std::size_t(1));

    // A marker for another producer changes nothing.
    f.a.send(WriteTxnMarkersRequest{8, ProducerId(41), 0, true, {}, kGroup});
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.markers.has_value(); }));
    QCOMPARE(f.committed(kP0), Offset(3));
    f.a.markers.reset();

    // A late copy of the previous transaction's marker (decided before these
    // offsets arrived) leaves them pending: they are the next transaction's.
    f.a.send(WriteTxnMarkersRequest{10, ProducerId(42), 0, !commit, {}, kGroup, 0});
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.markers.has_value(); }));
    QCOMPARE(f.committed(kP0), Offset(3));
    QCOMPARE(f.group().pendingTxnOffsets.count(ProducerId(42)), std::size_t(1));
    f.a.markers.reset();

    f.a.send(WriteTxnMarkersRequest{9, ProducerId(42), 0, commit, {}, kGroup, f.cluster->loop().now()});
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.markers.has_value(); }));
    QCOMPARE(f.a.markers->correlation, std::int64_t(9));
    QCOMPARE(f.a.markers->groupId, kGroup);
    QCOMPARE(f.a.markers->groupError, Errc::None);
    QCOMPARE(f.committed(kP0), commit ? Offset(20) : Offset(3));
    QCOMPARE(f.committed(kP1), commit ? Offset(30) : Offset(-1));
    QVERIFY(f.group().pendingTxnOffsets.empty());

    // A zombie's transactional commit is fenced like a plain one.
    t.generation = 0;
    f.a.commit.reset();
    f.a.send(t);
    QVERIFY(runUntil(*f.cluster, [&] { return f.a.commit.has_value(); }));
    QCOMPARE(f.a.commit->error, Errc::IllegalGeneration);
}

// ---------------------------------------------------------------------------
// The acceptance test: real consumers join, leave and crash at random while
// a producer loads the topic. After every single event of the simulation:
//   - the coordinator never has a partition in two members' assignments,
//     and within one generation a partition never changes hands;
//   - no two running consumers hold the same partition at the same time.
// And the membership changes really cause rebalances: a crashed member is
// gone once its session timed out, a departed one at once, a new one gets
// an assignment.

namespace {

struct Expectation {
    Micros due = 0;
    enum Kind { Gone, Rebalanced, Assigned } kind = Gone;
    QString memberId;
    Consumer *consumer = nullptr;
    std::int32_t generationBefore = 0;
};

} // namespace

void TestGroupCoordinator::randomMembershipNeverAssignsTwice_data()
{
    QTest::addColumn<QString>("assignor");
    QTest::addColumn<int>("firstSeed");
    QTest::addColumn<int>("seeds");
    for (const char *a : {"range", "roundrobin", "cooperative-sticky"})
        QTest::newRow(a) << QString::fromLatin1(a) << 1 << 20;
}

void TestGroupCoordinator::randomMembershipNeverAssignsTwice()
{
    QFETCH(QString, assignor);
    QFETCH(int, firstSeed);
    QFETCH(int, seeds);
    int rebalancesSeen = 0;
    for (int seed = firstSeed; seed < firstSeed + seeds; ++seed) {
        Rng rng(std::uint64_t(seed) * 7919 + std::uint64_t(qHash(assignor)));
        auto cluster = testing::makeCluster(testing::smallSpec(3, {}, Micros(rng.between(200, 2000))), std::uint64_t(seed));
        TopicConfig t;
        t.partitions = int(rng.between(1, 6));
        t.replicationFactor = 2;
        QVERIFY(cluster->createTopic(QStringLiteral("orders"), t).ok());
        ProducerConfig pc;
        pc.linger = 20 * kMillisecond;
        cluster->addLoad(cluster->addProducer(QStringLiteral("loader"), pc), testing::loadOf(QStringLiteral("orders"), 100));

        ConsumerConfig cc;
        cc.groupId = kGroup;
        cc.assignor = assignor;
        cc.delivery = rng.chance(0.5) ? DeliveryMode::Push : DeliveryMode::Pull;
        cc.sessionTimeout = 600 * kMillisecond;
        cc.heartbeatInterval = 100 * kMillisecond;
        cc.rebalanceTimeout = kSecond;
        std::vector<Consumer *> live;
        int made = 0;
        auto join = [&] {
            Consumer &c = cluster->addConsumer(QStringLiteral("c%1").arg(++made), cc);
            c.subscribe({QStringLiteral("orders")});
            live.push_back(&c);
            return &c;
        };
        const int initial = int(rng.between(1, 3));
        for (int i = 0; i < initial; ++i)
            join();

        std::vector<Expectation> expectations;
        // Per partition: its owner in the current generation, as seen so far.
        std::int32_t ownersGeneration = -1;
        std::vector<QString> owners(std::size_t(t.partitions));
        std::vector<const QString *> current(std::size_t(t.partitions));
        std::vector<Consumer *> held(std::size_t(t.partitions));
        std::vector<ConsumedRecord> scratch;
        const GroupCoordinator &gc = cluster->groupCoordinator();
        const Micros end = 16 * kSecond;
        Micros nextAction = Micros(rng.between(1000, 2000)) * kMillisecond;
        Micros nextPoll = 0;
        auto describe = [&] { return QStringLiteral("seed %1 (%2) at %3 ms: ").arg(seed).arg(assignor).arg(cluster->loop().now() / kMillisecond); };

        while (cluster->loop().now() < end) {
            cluster->loop().runOne();
            const Micros now = cluster->loop().now();
            // Coordinator: one owner per partition per generation.
            if (const GroupState *g = gc.group(kGroup)) {
                if (g->generation != ownersGeneration) {
                    ownersGeneration = g->generation;
                    std::fill(owners.begin(), owners.end(), QString());
                }
                std::fill(current.begin(), current.end(), nullptr);
                for (const auto &m : g->members)
                    for (const auto &tp : m.assignment) {
                        const auto p = std::size_t(tp.partition.value);
                        // (QVERIFY2 would build its message after every event.)
                        if (current[p])
                            QFAIL(qPrintable(describe() + QStringLiteral("partition %1 assigned to %2 and %3").arg(p).arg(*current[p], m.memberId)));
                        current[p] = &m.memberId;
                        if (!owners[p].isNull() && owners[p] != m.memberId)
                            QFAIL(qPrintable(describe() + QStringLiteral("partition %1 moved within generation %2").arg(p).arg(g->generation)));
                        owners[p] = m.memberId;
                    }
            }
            // Consumers: never two holding one partition.
            std::fill(held.begin(), held.end(), nullptr);
            for (Consumer *c : live)
                for (const auto &tp : c->assignment()) {
                    const auto p = std::size_t(tp.partition.value);
                    if (held[p])
                        QFAIL(qPrintable(describe() + QStringLiteral("%1 and %2 both hold partition %3").arg(held[p]->memberId(), c->memberId()).arg(p)));
                    held[p] = c;
                }
            for (auto it = expectations.begin(); it != expectations.end();) {
                if (now < it->due) {
                    ++it;
                    continue;
                }
                const GroupState *g = gc.group(kGroup);
                QVERIFY(g);
                if (it->kind == Expectation::Gone) {
                    QVERIFY2(!g->member(it->memberId), qPrintable(describe() + it->memberId + QStringLiteral(" still in the group")));
                } else if (it->kind == Expectation::Rebalanced) {
                    QVERIFY2(g->generation > it->generationBefore, qPrintable(describe() + QStringLiteral("no rebalance after ") + it->memberId + QStringLiteral(" went")));
                } else {
                    QVERIFY2(it->consumer->stats().rebalances > 0, qPrintable(describe() + QStringLiteral("a new member got no assignment")));
                }
                it = expectations.erase(it);
            }
            if (now >= nextPoll) {
                nextPoll = now + 20 * kMillisecond;
                for (Consumer *c : live)
                    if (c->config().delivery == DeliveryMode::Pull)
                        c->poll(scratch, 200);
            }
            if (now < nextAction || now > end - 5 * kSecond)
                continue;
            nextAction = now + Micros(rng.between(300, 1500)) * kMillisecond;
            const GroupState *g = gc.group(kGroup);
            const std::int32_t generation = g ? g->generation : 0;
            const auto choice = rng.below(3);
            // Worst cases, from the protocol's timeouts: a crashed member
            // holding a pending join is only dropped at the rebalance
            // timeout, and one that became leader only at the sync timeout.
            const Micros worst = 2 * cc.rebalanceTimeout + cc.sessionTimeout + 500 * kMillisecond;
            if ((choice == 0 && live.size() < 5) || live.empty()) {
                Consumer *c = join();
                expectations.push_back({now + worst + cc.rebalanceTimeout, Expectation::Assigned, {}, c, generation});
            } else {
                const std::size_t victim = std::size_t(rng.below(live.size()));
                Consumer *c = live[victim];
                live.erase(live.begin() + std::ptrdiff_t(victim));
                const QString memberId = c->memberId();
                if (choice == 1)
                    c->close(); // LeaveGroup
                // else a crash: the process is gone, nothing tells the group.
                if (!memberId.isEmpty()) {
                    const Micros gone = choice == 1 ? 200 * kMillisecond : worst;
                    expectations.push_back({now + gone, Expectation::Gone, memberId, nullptr, generation});
                    expectations.push_back({now + worst + cc.rebalanceTimeout, Expectation::Rebalanced, memberId, nullptr, generation});
                }
                // A member gone before its deadline can no longer be asked.
                expectations.erase(std::remove_if(expectations.begin(), expectations.end(),
                                                  [&](const Expectation &e) { return e.consumer == c; }),
                                   expectations.end());
                cluster->removeClient(c->address());
            }
        }
        QVERIFY2(expectations.empty(), qPrintable(describe() + QStringLiteral("expectations left unchecked")));
        // Settled: the last generation covers every partition with the live members.
        const GroupState *g = gc.group(kGroup);
        QVERIFY(g);
        QCOMPARE(g->phase, live.empty() ? GroupState::Phase::Empty : GroupState::Phase::Stable);
        QCOMPARE(g->members.size(), live.size());
        std::set<TopicPartition> covered;
        for (Consumer *c : live) {
            QCOMPARE(c->generation(), g->generation);
            for (const auto &tp : c->assignment())
                covered.insert(tp);
        }
        if (!live.empty())
            QVERIFY2(int(covered.size()) == t.partitions, qPrintable(describe() + QStringLiteral("not every partition assigned at the end")));
        rebalancesSeen += g->generation;
    }
    QVERIFY(rebalancesSeen > seeds * 2);
}

QTEST_GUILESS_MAIN(TestGroupCoordinator)
#include "tst_groupcoordinator.moc"
