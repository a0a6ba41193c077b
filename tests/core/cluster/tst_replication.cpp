// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "../checkedcluster.h"

using namespace bb;
using namespace bb::testing;

namespace {

constexpr ActorId kClient{5000};

// 3 nodes, one topic "t" with one partition on every node; node 0 leads.
struct Fixture {
    std::unique_ptr<Cluster> cluster;
    TopicPartition tp;

    bool build(int minIsr, std::uint64_t seed = 1, bool unclean = false)
    {
        auto c = Cluster::create(smallSpec(3), seed);
        if (!c)
            return false;
        cluster = std::move(*c);
        auto t = cluster->createTopic(QStringLiteral("t"), topicConfig(1, 3, minIsr, unclean));
        if (!t)
            return false;
        tp = {*t, PartitionId(0)};
        cluster->runFor(1 * kSecond);
        return stateOf(*cluster, tp).leader == NodeId(0) && stateOf(*cluster, tp).isr.size() == 3;
    }
    Cluster &c() { return *cluster; }
    const Replica &leader() { return *replicaOn(*cluster, stateOf(*cluster, tp).leader, tp); }
};

// Cuts a node off from the controller and the other nodes; clients still reach it.
void cutOff(Cluster &c, NodeId n, bool cut)
{
    c.setCut(n, kPeerController, false, cut);
    for (NodeId m : c.nodeIds())
        if (m != n)
            c.setCut(n, m.value, false, cut);
}

bool sameLog(const Replica &a, const Replica &b, Offset upTo, QString *why)
{
    const auto ea = entriesBelow(a, upTo), eb = entriesBelow(b, upTo);
    if (ea.size() != eb.size()) {
        *why = QStringLiteral("%1 vs %2 batches below %3").arg(ea.size()).arg(eb.size()).arg(upTo.value);
        return false;
    }
    for (std::size_t i = 0; i < ea.size(); ++i)
        if (ea[i].base != eb[i].base || ea[i].epoch != eb[i].epoch || ea[i].batch.bytes() != eb[i].batch.bytes()) {
            *why = QStringLiteral("batch %1 differs (base %2/%3, epoch %4/%5)")
                       .arg(i).arg(ea[i].base.value).arg(eb[i].base.value).arg(ea[i].epoch.value).arg(eb[i].epoch.value);
            return false;
        }
    return true;
}

} // namespace

class TestReplication : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void highWatermarkWaitsForEveryIsrMember();
    void consumersReadOnlyBelowTheHighWatermark();
    void acksAllNeedsMinInsyncReplicas_data();
    void acksAllNeedsMinInsyncReplicas();
    void isrShrinksAfterLagTimeAndExpandsAfterHeal();
    void divergentFollowerTruncatesByLeaderEpoch();
    void zombieLeaderCannotCommit();
    void uncleanElectionLosesAcknowledgedRecords_data();
    void uncleanElectionLosesAcknowledgedRecords();
    void followerAwayLongerThanRetentionCatchesUp();
    void leaderThatNeverWroteRejoinsAsFollower();
    void staleFetchFromAPreviousIncarnationCannotRejoinTheIsr();
};

void TestReplication::highWatermarkWaitsForEveryIsrMember()
{
    Fixture f;
    QVERIFY(f.build(2));
    Cluster &c = f.c();
    RawClient client(c, kClient);
    // Node 2 sits behind a slow link; node 1 is fast.
    const Micros slow = 300 * kMillisecond;
    c.setSlow(NodeId(2), 0, {slow, 0, 0, 0});
    c.runFor(2 * kSecond);

    const Offset start = f.leader().log.logEndOffset();
    const auto id = client.produce(NodeId(0), f.tp, Acks::All, batchOf("x", 5), 5 * kSecond);
    const Offset target = start + 5;
    Micros fastHad = -1, slowHad = -1, committed = -1;
    bool holds = true;
    QString broken;
    QVERIFY(runUntil(c, c.loop().now() + 3 * kSecond, [&] {
        const Replica &l = f.leader();
        // The invariant, after every single event: the leader's high
        // watermark never passes what an ISR member holds.
        for (NodeId n : l.state.isr)
            if (l.hw > leoOn(c, n, f.tp) && holds) {
                holds = false;
                broken = QStringLiteral("hw %1 > LEO %2 of node %3 at %4 us").arg(l.hw.value).arg(leoOn(c, n, f.tp).value).arg(n.value).arg(c.loop().now());
            }
        const Micros now = c.loop().now();
        if (fastHad < 0 && leoOn(c, NodeId(1), f.tp) >= target)
            fastHad = now;
        if (slowHad < 0 && leoOn(c, NodeId(2), f.tp) >= target)
            slowHad = now;
        if (committed < 0 && l.hw >= target)
            committed = now;
        return client.produceAnswer(id) != nullptr;
    }));
    QVERIFY2(holds, qPrintable(broken));
    QCOMPARE(stateOf(c, f.tp).isr.size(), std::size_t(3)); // nobody left the ISR: the slow one had to be waited for
    QVERIFY(fastHad >= 0 && slowHad >= 0 && committed >= 0);
    QVERIFY2(committed >= slowHad, "committed before the slow follower had the records");
    QVERIFY2(committed - fastHad >= slow, qPrintable(QStringLiteral("committed %1 us after the fast follower had it").arg(committed - fastHad)));
    const ProduceResponse *r = client.produceAnswer(id);
    QCOMPARE(r->error, Errc::None);
    QCOMPARE(r->baseOffset, start);
    QVERIFY(client.answerTime(id) >= committed);
    QCOMPARE(f.leader().hw, target);
}

void TestReplication::consumersReadOnlyBelowTheHighWatermark()
{
    Fixture f;
    QVERIFY(f.build(2));
    Cluster &c = f.c();
    RawClient client(c, kClient);
    const auto first = client.produce(NodeId(0), f.tp, Acks::All, batchOf("committed", 3));
    QVERIFY(client.waitForAnswer(first));
    QCOMPARE(client.produceAnswer(first)->error, Errc::None);
    const Offset committedEnd = f.leader().hw;
    QCOMPARE(committedEnd, Offset(3));

    // Hold node 2 back, then write more: the leader has it, the HW does not.
    c.setCut(NodeId(2), 0, false, true);
    const auto second = client.produce(NodeId(0), f.tp, Acks::All, batchOf("pending", 4), 10 * kSecond);
    QVERIFY(runUntil(c, c.loop().now() + 1 * kSecond, [&] { return leoOn(c, NodeId(1), f.tp) == Offset(7); }));
    QCOMPARE(f.leader().log.logEndOffset(), Offset(7));
    QCOMPARE(f.leader().hw, committedEnd);

    const auto fetch = client.fetch(NodeId(0), f.tp, Offset(0));
    QVERIFY(client.waitForAnswer(fetch));
    const FetchResponse *r = client.fetchAnswer(fetch);
    QCOMPARE(r->error, Errc::None);
    QCOMPARE(r->highWatermark, committedEnd);
    QCOMPARE(r->entries.size(), std::size_t(1));
    for (const LogEntry &e : r->entries)
        QVERIFY2(e.lastOffset() < r->highWatermark, qPrintable(QStringLiteral("offset %1 served, HW %2").arg(e.lastOffset().value).arg(r->highWatermark.value)));
    QVERIFY(!client.produceAnswer(second));

    // At the high watermark there is nothing to read yet.
    const auto atHw = client.fetch(NodeId(0), f.tp, committedEnd);
    QVERIFY(client.waitForAnswer(atHw));
    QCOMPARE(client.fetchAnswer(atHw)->error, Errc::None);
    QVERIFY(client.fetchAnswer(atHw)->entries.empty());

    // Once the ISR drops the cut-off follower, the records commit and are served.
    QVERIFY(client.waitForAnswer(second, 5 * kSecond));
    QCOMPARE(client.produceAnswer(second)->error, Errc::None);
    QVERIFY(!stateOf(c, f.tp).inIsr(NodeId(2)));
    const auto again = client.fetch(NodeId(0), f.tp, committedEnd);
    QVERIFY(client.waitForAnswer(again));
    QCOMPARE(client.fetchAnswer(again)->entries.size(), std::size_t(1));
    QCOMPARE(client.fetchAnswer(again)->entries[0].base, committedEnd);
    QCOMPARE(client.fetchAnswer(again)->entries[0].batch.recordCount(), 4);
}

void TestReplication::acksAllNeedsMinInsyncReplicas_data()
{
    QTest::addColumn<int>("crashed");
    QTest::addColumn<int>("acks");
    QTest::addColumn<int>("expected"); // Errc
    QTest::newRow("ISR 2 of min 2, acks=all") << 1 << int(Acks::All) << int(Errc::None);
    QTest::newRow("ISR 1 of min 2, acks=all") << 2 << int(Acks::All) << int(Errc::NotEnoughReplicas);
    QTest::newRow("ISR 1 of min 2, acks=1") << 2 << int(Acks::Leader) << int(Errc::None);
}

void TestReplication::acksAllNeedsMinInsyncReplicas()
{
    QFETCH(int, crashed);
    QFETCH(int, acks);
    QFETCH(int, expected);
    Fixture f;
    QVERIFY(f.build(2));
    Cluster &c = f.c();
    Outcomes outcomes;
    ProducerConfig pc;
    pc.acks = Acks(acks);
    pc.retries = 0;
    Producer &producer = c.addProducer(QStringLiteral("p"), pc, &outcomes);
    for (int i = 1; i <= crashed; ++i)
        QVERIFY(!c.crash(NodeId(i), CrashKind::Process));
    const std::size_t isr = std::size_t(3 - crashed);
    QVERIFY(runUntil(c, c.loop().now() + 2 * kSecond, [&] {
        return stateOf(c, f.tp).isr.size() == isr && f.leader().state.isr.size() == isr && producer.hasMetadata();
    }));
    const Offset leoBefore = f.leader().log.logEndOffset();

    QVERIFY(!producer.send(f.tp.topic, "k", "v", c.loop().now(), {}, 0));
    QVERIFY(runUntil(c, c.loop().now() + 2 * kSecond, [&] { return outcomes.acked.size() + outcomes.failed.size() == 1; }));
    if (Errc(expected) == Errc::None) {
        QCOMPARE(outcomes.acked.size(), std::size_t(1));
        QCOMPARE(outcomes.acked[0].base, leoBefore);
        QCOMPARE(f.leader().log.logEndOffset(), leoBefore + 1);
    } else {
        QCOMPARE(outcomes.failed.size(), std::size_t(1));
        QCOMPARE(outcomes.failed[0].error.code, Errc(expected));
        QVERIFY(!outcomes.failed[0].error.message.isEmpty());
        // Refused before the append: the leader's log did not grow.
        QCOMPARE(f.leader().log.logEndOffset(), leoBefore);
    }
}

void TestReplication::isrShrinksAfterLagTimeAndExpandsAfterHeal()
{
    Fixture f;
    QVERIFY(f.build(2, 3));
    Cluster &c = f.c();
    EventLog log(c);
    ProducerConfig pc;
    pc.acks = Acks::All;
    c.addLoad(c.addProducer(QStringLiteral("p"), pc), loadOf(QStringLiteral("t"), 500));
    c.runFor(1 * kSecond);
    QVERIFY(f.leader().hw > Offset(100));

    const NodeId lagging(2);
    const Micros lagMax = NodeConfig{}.replicaLagTimeMax;
    const Micros cutAt = c.loop().now();
    c.setCut(lagging, 0, false, true);
    Offset frozen;
    Micros shrunkAt = -1;
    QVERIFY(runUntil(c, cutAt + lagMax + 1 * kSecond, [&] {
        if (!stateOf(c, f.tp).inIsr(lagging)) {
            shrunkAt = c.loop().now();
            return true;
        }
        frozen = f.leader().hw; // the HW just before the shrink
        return false;
    }));
    // The follower's last fetch can be up to a fetch wait old when the cut
    // happens; the shrink then comes within a sweep and a round trip.
    const Micros fetchWait = NodeConfig{}.fetchMaxWait;
    QVERIFY2(shrunkAt - cutAt >= lagMax - fetchWait - 10 * kMillisecond, qPrintable(QString::number(shrunkAt - cutAt)));
    QVERIFY2(shrunkAt - cutAt <= lagMax + 100 * kMillisecond, qPrintable(QString::number(shrunkAt - cutAt)));
    // Until then the cut-off member held the high watermark back.
    QVERIFY(frozen <= leoOn(c, lagging, f.tp));
    QVERIFY(c.controller().isAlive(lagging)); // it still talks to the controller: not fenced
    QCOMPARE(log.of(ClusterEventKind::IsrShrunk).size(), std::size_t(1));
    // Without it, writes commit again.
    c.runFor(500 * kMillisecond);
    QVERIFY(f.leader().hw > leoOn(c, lagging, f.tp));

    const Micros healAt = c.loop().now();
    c.setCut(lagging, 0, false, false);
    QVERIFY(runUntil(c, healAt + 4 * kSecond, [&] { return stateOf(c, f.tp).inIsr(lagging); }));
    QCOMPARE(log.of(ClusterEventKind::IsrExpanded).size(), std::size_t(1));
    // It was let back in only once it had caught up to the high watermark.
    QVERIFY(leoOn(c, lagging, f.tp) >= replicaOn(c, lagging, f.tp)->hw);
    c.runFor(500 * kMillisecond);
    QString why;
    const Offset hw = f.leader().hw;
    QVERIFY2(sameLog(f.leader(), *replicaOn(c, lagging, f.tp), std::min(hw, replicaOn(c, lagging, f.tp)->hw), &why), qPrintable(why));
}

void TestReplication::divergentFollowerTruncatesByLeaderEpoch()
{
    Fixture f;
    QVERIFY(f.build(2, 5));
    Cluster &c = f.c();
    EventLog events(c);
    RawClient client(c, kClient);
    const NodeId old(0);
    for (int i = 0; i < 3; ++i) {
        const auto id = client.produce(old, f.tp, Acks::All, batchOf("base" + QByteArray::number(i), 2));
        QVERIFY(client.waitForAnswer(id));
        QCOMPARE(client.produceAnswer(id)->error, Errc::None);
    }
    const Offset committed(6);
    QCOMPARE(f.leader().hw, committed);
    const Epoch oldEpoch = stateOf(c, f.tp).leaderEpoch;

    // The leader is cut off; it still takes acks=1 writes from a client that
    // reaches it, in its old epoch. Nobody else will ever have them.
    cutOff(c, old, true);
    std::vector<std::int64_t> zombieWrites;
    for (int i = 0; i < 2; ++i)
        zombieWrites.push_back(client.produce(old, f.tp, Acks::Leader, batchOf("zombie" + QByteArray::number(i), 2)));
    QVERIFY(client.waitForAnswer(zombieWrites.back()));
    for (auto id : zombieWrites)
        QCOMPARE(client.produceAnswer(id)->error, Errc::None);
    QCOMPARE(leoOn(c, old, f.tp), committed + 4);

    // The controller moves leadership to an ISR member, which takes new
    // writes at the same offsets, in a newer epoch and with other batch sizes.
    QVERIFY(runUntil(c, c.loop().now() + 2 * kSecond, [&] {
        const NodeId l = stateOf(c, f.tp).leader;
        return l != old && l != kNoNode && replicaOn(c, l, f.tp)->isLeader;
    }));
    const NodeId fresh = stateOf(c, f.tp).leader;
    QVERIFY(stateOf(c, f.tp).leaderEpoch > oldEpoch);
    for (int n : {3, 1}) {
        const auto id = client.produce(fresh, f.tp, Acks::All, batchOf("fresh" + QByteArray::number(n), n));
        QVERIFY(client.waitForAnswer(id));
        QCOMPARE(client.produceAnswer(id)->error, Errc::None);
    }
    const Offset end = committed + 4;
    QCOMPARE(leoOn(c, fresh, f.tp), end); // same LEO as the zombie's: only epochs tell them apart

    // The old leader rejoins as a follower and must drop its own tail.
    cutOff(c, old, false);
    QVERIFY(runUntil(c, c.loop().now() + 5 * kSecond, [&] {
        const Replica *r = replicaOn(c, old, f.tp);
        return r && !r->isLeader && stateOf(c, f.tp).inIsr(old) && r->hw == end;
    }));
    bool truncated = false;
    for (const auto &t : events.truncations)
        if (t.node == old && t.tp == f.tp) {
            QCOMPARE(t.to, committed); // exactly where the epochs diverge, not at some HW
            truncated = true;
        }
    QVERIFY2(truncated, "the old leader never truncated");
    for (NodeId n : c.nodeIds()) {
        QString why;
        const Replica *r = replicaOn(c, n, f.tp);
        QVERIFY2(sameLog(*replicaOn(c, fresh, f.tp), *r, end, &why), qPrintable(QStringLiteral("node %1: %2").arg(n.value).arg(why)));
        QCOMPARE(r->log.epochs(), replicaOn(c, fresh, f.tp)->log.epochs());
    }
    QVERIFY(!anyReplicaHolds(c, f.tp, "zombie0#0"));
    QVERIFY(!anyReplicaHolds(c, f.tp, "zombie1#1"));
    QVERIFY(anyReplicaHolds(c, f.tp, "fresh3#2"));
}

void TestReplication::zombieLeaderCannotCommit()
{
    Fixture f;
    QVERIFY(f.build(2, 6));
    Cluster &c = f.c();
    RawClient client(c, kClient);
    const NodeId zombie(0);
    const auto before = client.produce(zombie, f.tp, Acks::All, batchOf("before", 2));
    QVERIFY(client.waitForAnswer(before));
    QCOMPARE(client.produceAnswer(before)->error, Errc::None);
    const Offset hwBefore = replicaOn(c, zombie, f.tp)->hw;

    cutOff(c, zombie, true);
    const Micros cutAt = c.loop().now();
    const Micros timeout = 1 * kSecond;
    const auto all = client.produce(zombie, f.tp, Acks::All, batchOf("all", 2), timeout);
    const auto one = client.produce(zombie, f.tp, Acks::Leader, batchOf("one", 2), timeout);
    // Watch the zombie's high watermark after every event of the cut.
    Offset zombieHw = hwBefore;
    while (c.loop().nextEventTime() <= cutAt + 4 * kSecond) {
        c.loop().runOne();
        zombieHw = std::max(zombieHw, replicaOn(c, zombie, f.tp)->hw);
    }
    // acks=1: acknowledged at once by the node that still thinks it leads.
    QVERIFY(client.produceAnswer(one));
    QCOMPARE(client.produceAnswer(one)->error, Errc::None);
    QVERIFY(client.answerTime(one) - cutAt < 100 * kMillisecond);
    // acks=all: can never commit there, so it times out.
    QVERIFY(client.produceAnswer(all));
    QCOMPARE(client.produceAnswer(all)->error, Errc::RequestTimedOut);
    QVERIFY(client.answerTime(all) - cutAt >= timeout);
    QCOMPARE(zombieHw, hwBefore);
    // Meanwhile the rest of the cluster moved on without it.
    QVERIFY(stateOf(c, f.tp).leader != zombie);

    cutOff(c, zombie, false);
    QVERIFY(runUntil(c, c.loop().now() + 5 * kSecond, [&] {
        const Replica *r = replicaOn(c, zombie, f.tp);
        return !r->isLeader && stateOf(c, f.tp).inIsr(zombie)
            && r->log.logEndOffset() == leoOn(c, stateOf(c, f.tp).leader, f.tp);
    }));
    // The acks=1 write it acknowledged is gone everywhere; what was
    // committed before the cut is not.
    QVERIFY(!anyReplicaHolds(c, f.tp, "one#0"));
    QVERIFY(!anyReplicaHolds(c, f.tp, "all#0"));
    QVERIFY(anyReplicaHolds(c, f.tp, "before#1"));
}

void TestReplication::uncleanElectionLosesAcknowledgedRecords_data()
{
    QTest::addColumn<bool>("unclean");
    QTest::newRow("unclean election on") << true;
    QTest::newRow("unclean election off") << false;
}

void TestReplication::uncleanElectionLosesAcknowledgedRecords()
{
    QFETCH(bool, unclean);
    ProducerConfig pc;
    pc.acks = Acks::All;
    CheckedCluster run;
    QVERIFY(!run.start(smallSpec(2), 8, topicConfig(1, 2, 1, unclean), loadOf(QStringLiteral("t"), 400, 9 * kSecond), pc));
    Cluster &c = run.cluster();
    InvariantChecker &checker = run.checker();
    // The follower goes first, so the leader commits alone (min.insync 1);
    // then the leader goes and the stale follower comes back before it.
    FaultPlan plan;
    plan.faults = {faultAt(2 * kSecond, FaultKind::Crash, 1), faultAt(4 * kSecond, FaultKind::Crash, 0),
                   faultAt(4300 * kMillisecond, FaultKind::Restart, 1), faultAt(7 * kSecond, FaultKind::Restart, 0)};
    c.schedule(plan);
    checker.startSampling(50 * kMillisecond);
    c.runFor(15 * kSecond);
    checker.finish();

    QVERIFY2(checker.ackedRecords() > 1500, qPrintable(QString::number(checker.ackedRecords())));
    const QStringList found = violationLines(checker);
    if (unclean) {
        QVERIFY2(checker.lostRecords() > 0, "an unclean election must lose what only the old leader had");
        // Everything acknowledged between the follower's crash and the leader's.
        QVERIFY2(checker.lostRecords() > 500, qPrintable(QString::number(checker.lostRecords())));
        QVERIFY2(found.filter(QStringLiteral("acked-record-lost")).size() > 0, qPrintable(found.join(u'\n')));
    } else {
        QCOMPARE(checker.lostRecords(), std::int64_t(0));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QCOMPARE(stateOf(c, run.tp()).leader, NodeId(0));
    }
}

// A follower that was down while the leader changed and retention deleted
// every segment of the epochs it knows must still find its way back: its
// last epoch is older than anything the leader has left.
void TestReplication::followerAwayLongerThanRetentionCatchesUp()
{
    auto built = Cluster::create(smallSpec(3), 12);
    QVERIFY(built.ok());
    Cluster &c = **built;
    TopicConfig tc = topicConfig(1, 3, 2);
    tc.log.segmentBytes = 2048;
    tc.log.retentionTime = 1 * kSecond;
    const auto topic = c.createTopic(QStringLiteral("t"), tc);
    QVERIFY(topic.ok());
    const TopicPartition tp{*topic, PartitionId(0)};
    ProducerConfig pc;
    pc.acks = Acks::All;
    c.addLoad(c.addProducer(QStringLiteral("p"), pc), loadOf(QStringLiteral("t"), 500));
    c.runFor(1 * kSecond);
    const NodeId away(2);
    QVERIFY(stateOf(c, tp).leader != away);
    const Epoch awayEpoch = replicaOn(c, away, tp)->log.latestEpoch();
    QVERIFY(!c.crash(away, CrashKind::Process));
    c.runFor(500 * kMillisecond);
    // Leadership moves on (twice: away and back to the preferred replica)...
    const NodeId first = stateOf(c, tp).leader;
    QVERIFY(!c.crash(first, CrashKind::Process));
    c.runFor(1 * kSecond);
    QVERIFY(!c.restart(first));
    QVERIFY(runUntil(c, c.loop().now() + 10 * kSecond, [&] { return stateOf(c, tp).leader == first && stateOf(c, tp).isr.size() == 2; }));
    // ... and retention drops every segment written in the epoch it knew.
    c.runFor(3 * kSecond);
    const Replica &leader = *replicaOn(c, first, tp);
    QVERIFY2(leader.log.epochs().front().epoch > awayEpoch,
             qPrintable(QStringLiteral("leader's oldest epoch %1, the away follower's %2").arg(leader.log.epochs().front().epoch.value).arg(awayEpoch.value)));
    QVERIFY(leader.log.logStartOffset() > leoOn(c, first, tp) - 5000);

    QVERIFY(!c.restart(away));
    QVERIFY2(runUntil(c, c.loop().now() + 5 * kSecond, [&] { return stateOf(c, tp).inIsr(away); }),
             qPrintable(QStringLiteral("follower stuck at LEO %1, leader log %2..%3").arg(leoOn(c, away, tp).value)
                            .arg(leader.log.logStartOffset().value).arg(leader.log.logEndOffset().value)));
    c.runFor(500 * kMillisecond);
    const Replica &back = *replicaOn(c, away, tp);
    const Replica &now = *replicaOn(c, stateOf(c, tp).leader, tp);
    QString why;
    const Offset from = std::max(back.log.logStartOffset(), now.log.logStartOffset());
    std::vector<LogEntry> mine, theirs;
    back.log.read(from, std::min(back.hw, now.hw), INT64_MAX, mine);
    now.log.read(from, std::min(back.hw, now.hw), INT64_MAX, theirs);
    QVERIFY(!mine.empty());
    QCOMPARE(mine.size(), theirs.size());
    for (std::size_t i = 0; i < mine.size(); ++i) {
        QCOMPARE(mine[i].base, theirs[i].base);
        QCOMPARE(mine[i].batch.bytes(), theirs[i].batch.bytes());
    }
}

// A node that leads an epoch without writing anything in it (an idle
// failover) has an epoch in its cache that no other log has. When it
// follows again, that epoch must not keep it diverging forever.
void TestReplication::leaderThatNeverWroteRejoinsAsFollower()
{
    Fixture f;
    QVERIFY(f.build(2, 13));
    Cluster &c = f.c();
    RawClient client(c, kClient);
    const auto first = client.produce(NodeId(0), f.tp, Acks::All, batchOf("before", 4));
    QVERIFY(client.waitForAnswer(first));
    QCOMPARE(client.produceAnswer(first)->error, Errc::None);

    // Node 0 goes; node 1 leads a new epoch and nobody writes.
    QVERIFY(!c.crash(NodeId(0), CrashKind::Process));
    QVERIFY(runUntil(c, c.loop().now() + 2 * kSecond, [&] { return stateOf(c, f.tp).leader == NodeId(1) && replicaOn(c, NodeId(1), f.tp)->isLeader; }));
    const Epoch idleEpoch = stateOf(c, f.tp).leaderEpoch;
    QCOMPARE(replicaOn(c, NodeId(1), f.tp)->log.latestEpoch(), idleEpoch);
    // Node 0 comes back, and the preferred-leader rebalance hands it the partition.
    QVERIFY(!c.restart(NodeId(0)));
    QVERIFY(runUntil(c, c.loop().now() + 8 * kSecond, [&] { return stateOf(c, f.tp).leader == NodeId(0); }));

    const auto after = client.produce(NodeId(0), f.tp, Acks::All, batchOf("after", 3), 5 * kSecond);
    QVERIFY(client.waitForAnswer(after, 5 * kSecond));
    QCOMPARE(client.produceAnswer(after)->error, Errc::None);
    // Every replica follows, holds the new records and stays in the ISR.
    QVERIFY2(runUntil(c, c.loop().now() + 5 * kSecond, [&] {
                 return stateOf(c, f.tp).isr.size() == 3 && leoOn(c, NodeId(1), f.tp) == Offset(7) && leoOn(c, NodeId(2), f.tp) == Offset(7);
             }), qPrintable(QStringLiteral("ISR %1, LEOs %2 %3 %4").arg(nodeList(stateOf(c, f.tp).isr)).arg(leoOn(c, NodeId(0), f.tp).value)
                                .arg(leoOn(c, NodeId(1), f.tp).value).arg(leoOn(c, NodeId(2), f.tp).value)));
    c.runFor(3 * kSecond);
    QCOMPARE(stateOf(c, f.tp).isr.size(), std::size_t(3));
    // The empty epoch is gone from the follower's cache: it matches the leader's.
    QCOMPARE(replicaOn(c, NodeId(1), f.tp)->log.epochs(), replicaOn(c, NodeId(0), f.tp)->log.epochs());
}

// KIP-903: a fetch sent by a node's previous incarnation (still in flight
// when it lost power and restarted) must not put the new incarnation, which
// lost its unflushed log, back into the ISR; otherwise a later clean
// election can pick it and lose committed records.
void TestReplication::staleFetchFromAPreviousIncarnationCannotRejoinTheIsr()
{
    // Kafka's default: never flush, rely on replication.
    auto built = Cluster::create(smallSpec(3, flushing(FlushPolicy::Never)), 14);
    QVERIFY(built.ok());
    Cluster &c = **built;
    EventLog events(c);
    // Partition 1's replicas are {1, 2, 0}: node 1 leads, node 2 is next in line.
    const auto topic = c.createTopic(QStringLiteral("t"), topicConfig(2, 3, 2));
    QVERIFY(topic.ok());
    const TopicPartition tp{*topic, PartitionId(1)};
    c.runFor(1 * kSecond);
    QCOMPARE(stateOf(c, tp).leader, NodeId(1));
    QCOMPARE(stateOf(c, tp).replicas, (std::vector<NodeId>{NodeId(1), NodeId(2), NodeId(0)}));
    RawClient client(c, kClient);
    const auto id = client.produce(NodeId(1), tp, Acks::All, batchOf("committed", 10));
    QVERIFY(client.waitForAnswer(id));
    QCOMPARE(client.produceAnswer(id)->error, Errc::None);

    // Node 2 sits behind a slow link to the leader, so its fetches spend
    // a long time in flight.
    c.setSlow(NodeId(2), 1, {300 * kMillisecond, 0, 0, 0});
    c.runFor(2 * kSecond);
    QVERIFY(stateOf(c, tp).inIsr(NodeId(2)));
    QVERIFY(runUntil(c, c.loop().now() + 2 * kSecond, [&] {
        const Replica *r = replicaOn(c, NodeId(2), tp);
        return r->fetchInFlight && r->fetchSentAt == c.loop().now();
    }));
    // It loses power right after sending one, and restarts at once, empty.
    QVERIFY(!c.crash(NodeId(2), CrashKind::PowerLoss));
    QVERIFY(!c.restart(NodeId(2)));
    QVERIFY(leoOn(c, NodeId(2), tp) <= Offset(0)); // nothing, not even the replica, survived

    // Watch every ISR change until the old fetch has long arrived: nobody
    // may enter the ISR without the committed records.
    const Micros until = c.loop().now() + 1 * kSecond;
    QString bad;
    bool left = false;
    std::vector<NodeId> isr = stateOf(c, tp).isr;
    while (c.loop().nextEventTime() <= until) {
        c.loop().runOne();
        const PartitionState &p = stateOf(c, tp);
        const Replica *leader = replicaOn(c, p.leader, tp);
        if (p.isr == isr || !leader)
            continue;
        left = left || !p.inIsr(NodeId(2));
        for (NodeId n : p.isr)
            if (std::find(isr.begin(), isr.end(), n) == isr.end() && leoOn(c, n, tp) < leader->hw && bad.isEmpty())
                bad = QStringLiteral("node %1 joined the ISR %2 with LEO %3, below the high watermark %4, at %5 us")
                          .arg(n.value).arg(nodeList(p.isr)).arg(leoOn(c, n, tp).value).arg(leader->hw.value).arg(c.loop().now());
        isr = p.isr;
    }
    QVERIFY2(left, "the restarted node's previous incarnation was never fenced out of the ISR");
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    // And it does come back once it really caught up.
    QVERIFY(runUntil(c, c.loop().now() + 5 * kSecond, [&] { return stateOf(c, tp).inIsr(NodeId(2)); }));
    QVERIFY(leoOn(c, NodeId(2), tp) >= Offset(10));
}

QTEST_GUILESS_MAIN(TestReplication)
#include "tst_replication.moc"
