// A node's state in the snapshot through its life: Starting until this
// incarnation registers (a fresh cluster, a restart), Up, Fenced when the
// controller drops a registered node it can no longer hear, Crashed; and a
// partition that never had a leader is starting, not offline from a
// failure. A cluster stepped by hand through the SnapshotBuilder.
#include <QTest>

#include "engine/snapshotbuilder.h"

using namespace bb;

class TestNodeSnapshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void startingThenUp();
    void fencedIsNotStarting();
    void restartStartsAgain();

private:
    ClusterSnapshot runFor(Micros duration);
    NodeState stateOf(const ClusterSnapshot &s, int node) const { return s.node(NodeId(node))->state; }

    std::unique_ptr<Cluster> m_cluster;
    SnapshotBuilder m_builder;
};

void TestNodeSnapshots::init()
{
    const Scenario s = defaultScenario();
    auto cluster = buildCluster(s, s.seed);
    QVERIFY(cluster);
    m_cluster = std::move(*cluster);
    m_builder.reset(s);
}

ClusterSnapshot TestNodeSnapshots::runFor(Micros duration)
{
    m_cluster->runFor(duration);
    return m_builder.build(*m_cluster, {});
}

void TestNodeSnapshots::startingThenUp()
{
    const ClusterSnapshot zero = runFor(0);
    for (int n = 0; n < 3; ++n)
        QCOMPARE(stateOf(zero, n), NodeState::Starting);
    QCOMPARE(nodeStateName(NodeState::Starting), QStringLiteral("Starting"));
    for (const PartitionSnapshot &p : zero.partitions)
        QVERIFY(p.offline && p.starting());

    const ClusterSnapshot up = runFor(kSecond);
    for (int n = 0; n < 3; ++n)
        QCOMPARE(stateOf(up, n), NodeState::Up);
    for (const PartitionSnapshot &p : up.partitions)
        QVERIFY(!p.offline && !p.starting());
}

void TestNodeSnapshots::fencedIsNotStarting()
{
    runFor(kSecond);
    SimNetwork &net = m_cluster->network();
    net.setCut(1, kControllerHost, true);
    net.setCut(kControllerHost, 1, true);
    const ClusterSnapshot cut = runFor(2 * kSecond);
    QCOMPARE(stateOf(cut, 1), NodeState::Fenced);
    net.setCut(1, kControllerHost, false);
    net.setCut(kControllerHost, 1, false);
    QCOMPARE(stateOf(runFor(2 * kSecond), 1), NodeState::Up);

    // Every replica of a partition down: offline, and not "starting".
    for (NodeId id : m_cluster->nodeIds())
        QVERIFY(!m_cluster->crash(id, CrashKind::Process));
    const ClusterSnapshot down = runFor(2 * kSecond);
    QCOMPARE(stateOf(down, 0), NodeState::Crashed);
    bool offline = false;
    for (const PartitionSnapshot &p : down.partitions) {
        offline = offline || p.offline;
        QVERIFY(!p.starting());
    }
    QVERIFY(offline);
}

void TestNodeSnapshots::restartStartsAgain()
{
    runFor(kSecond);
    QVERIFY(!m_cluster->crash(NodeId(2), CrashKind::Process));
    QCOMPARE(stateOf(runFor(kSecond), 2), NodeState::Crashed);
    QVERIFY(!m_cluster->restart(NodeId(2)));
    QCOMPARE(stateOf(runFor(0), 2), NodeState::Starting);
    QCOMPARE(stateOf(runFor(2 * kSecond), 2), NodeState::Up);
}

QTEST_GUILESS_MAIN(TestNodeSnapshots)
#include "tst_nodesnapshots.moc"
