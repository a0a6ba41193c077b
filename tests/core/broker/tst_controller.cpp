// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "../clustertesting.h"

#include <map>

using namespace bb;
using namespace bb::testing;

namespace {

std::unique_ptr<Cluster> threeNodes(std::uint64_t seed = 1)
{
    auto c = Cluster::create(smallSpec(3), seed);
    return c ? std::move(*c) : nullptr;
}

TopicPartition tpOf(TopicId t, int p) { return {t, PartitionId(p)}; }

} // namespace

class TestController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createTopicRefusesImpossibleTopologies_data();
    void createTopicRefusesImpossibleTopologies();
    void assignmentSpreadsReplicasAndLeaders_data();
    void assignmentSpreadsReplicasAndLeaders();
    void fencingMovesLeadershipsToIsrMembers_data();
    void fencingMovesLeadershipsToIsrMembers();
    void lastIsrMemberDown_data();
    void lastIsrMemberDown();
    void registrationOverASlowLinkSettles();
};

void TestController::createTopicRefusesImpossibleTopologies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("partitions");
    QTest::addColumn<int>("rf");
    QTest::addColumn<int>("minIsr");
    QTest::addColumn<QStringList>("mentions"); // what the sentence must say; empty: accepted

    // The cluster has 3 nodes and already a topic "orders".
    QTest::newRow("valid") << QStringLiteral("payments") << 3 << 3 << 2 << QStringList{};
    QTest::newRow("rf equals nodes, min.insync = rf") << QStringLiteral("p2") << 1 << 3 << 3 << QStringList{};
    QTest::newRow("rf > nodes") << QStringLiteral("big") << 3 << 4 << 1
                                << QStringList{QStringLiteral("\"big\""), QStringLiteral("replication factor 4"),
                                               QStringLiteral("3 node"), QStringLiteral("add nodes or lower the replication factor")};
    QTest::newRow("0 partitions") << QStringLiteral("empty") << 0 << 1 << 1
                                  << QStringList{QStringLiteral("\"empty\""), QStringLiteral("at least one partition")};
    QTest::newRow("negative partitions") << QStringLiteral("neg") << -2 << 1 << 1 << QStringList{QStringLiteral("at least one partition")};
    QTest::newRow("too many partitions") << QStringLiteral("huge") << 5000 << 1 << 1
                                         << QStringList{QStringLiteral("5000 partitions"), QStringLiteral("at most 1024")};
    QTest::newRow("rf 0") << QStringLiteral("norep") << 1 << 0 << 1
                          << QStringList{QStringLiteral("replication factor of at least 1")};
    QTest::newRow("duplicate name") << QStringLiteral("orders") << 1 << 1 << 1
                                    << QStringList{QStringLiteral("\"orders\" already exists"), QStringLiteral("choose another name")};
    QTest::newRow("min.insync > rf") << QStringLiteral("strict") << 1 << 2 << 3
                                     << QStringList{QStringLiteral("min.insync.replicas"), QStringLiteral("between 1 and the replication factor (2)")};
    QTest::newRow("min.insync 0") << QStringLiteral("lax") << 1 << 2 << 0 << QStringList{QStringLiteral("min.insync.replicas")};
    QTest::newRow("empty name") << QString() << 1 << 1 << 1 << QStringList{QStringLiteral("needs a name")};
    QTest::newRow("blank name") << QStringLiteral("   ") << 1 << 1 << 1 << QStringList{QStringLiteral("needs a name")};
}

void TestController::createTopicRefusesImpossibleTopologies()
{
    QFETCH(QString, name);
    QFETCH(int, partitions);
    QFETCH(int, rf);
    QFETCH(int, minIsr);
    QFETCH(QStringList, mentions);
    auto c = threeNodes();
    QVERIFY(c);
    QVERIFY(c->createTopic(QStringLiteral("orders"), topicConfig(2, 3, 2)).ok());
    const std::size_t partitionsBefore = c->controller().partitions().size();
    const std::int64_t versionBefore = c->controller().metadataVersion();

    const Result<TopicId> r = c->createTopic(name, topicConfig(partitions, rf, minIsr));
    if (mentions.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(c->controller().topics().size(), std::size_t(2));
        QCOMPARE(c->controller().partitions().size(), partitionsBefore + std::size_t(partitions));
        QCOMPARE(c->controller().topicId(name).value(), *r);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Errc::InvalidConfig);
    for (const QString &m : mentions)
        QVERIFY2(r.error().message.contains(m), qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(r.error().message, m)));
    QVERIFY2(r.error().message.endsWith(QLatin1Char('.')), qPrintable(r.error().message));
    // Nothing of the refused topic exists, and nobody was told about it.
    QCOMPARE(c->controller().topics().size(), std::size_t(1));
    QCOMPARE(c->controller().partitions().size(), partitionsBefore);
    QCOMPARE(c->controller().metadataVersion(), versionBefore);
}

void TestController::assignmentSpreadsReplicasAndLeaders_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("partitions");
    QTest::addColumn<int>("rf");
    QTest::newRow("3 nodes, 6 partitions, rf 3") << 3 << 6 << 3;
    QTest::newRow("3 nodes, 3 partitions, rf 2") << 3 << 3 << 2;
    QTest::newRow("5 nodes, 10 partitions, rf 3") << 5 << 10 << 3;
    QTest::newRow("4 nodes, 7 partitions, rf 1") << 4 << 7 << 1;
    QTest::newRow("1 node, 4 partitions") << 1 << 4 << 1;
}

void TestController::assignmentSpreadsReplicasAndLeaders()
{
    QFETCH(int, nodes);
    QFETCH(int, partitions);
    QFETCH(int, rf);
    auto built = Cluster::create(smallSpec(nodes), 5);
    QVERIFY(built.ok());
    Cluster &c = **built;
    // Two topics: the second must not pile its leaders onto the same nodes
    // as the first.
    const auto a = c.createTopic(QStringLiteral("a"), topicConfig(partitions, rf, 1));
    const auto b = c.createTopic(QStringLiteral("b"), topicConfig(partitions, rf, 1));
    QVERIFY(a.ok() && b.ok());
    c.runFor(1 * kSecond);

    std::map<NodeId, int> leads, hosts;
    for (const auto &[tp, p] : c.controller().partitions()) {
        QCOMPARE(int(p.replicas.size()), rf);
        std::vector<NodeId> sorted = p.replicas;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY2(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end(), qPrintable(nodeList(p.replicas)));
        QCOMPARE(p.isr.size(), p.replicas.size());
        // Every node is up: the preferred (first) replica leads.
        QCOMPARE(p.leader, p.replicas.front());
        ++leads[p.leader];
        for (NodeId n : p.replicas)
            ++hosts[n];
        // The node agrees it leads.
        const Replica *r = replicaOn(c, p.leader, tp);
        QVERIFY(r && r->isLeader);
        QCOMPARE(r->state.leaderEpoch, p.leaderEpoch);
    }
    // Over both topics, leaderships and replicas differ by at most one between nodes.
    int minLeads = INT_MAX, maxLeads = 0, minHosts = INT_MAX, maxHosts = 0;
    for (NodeId n : c.nodeIds()) {
        minLeads = std::min(minLeads, leads[n]);
        maxLeads = std::max(maxLeads, leads[n]);
        minHosts = std::min(minHosts, hosts[n]);
        maxHosts = std::max(maxHosts, hosts[n]);
    }
    QVERIFY2(maxLeads - minLeads <= 1, qPrintable(QStringLiteral("leaderships per node from %1 to %2").arg(minLeads).arg(maxLeads)));
    QVERIFY2(maxHosts - minHosts <= 1, qPrintable(QStringLiteral("replicas per node from %1 to %2").arg(minHosts).arg(maxHosts)));
}

void TestController::fencingMovesLeadershipsToIsrMembers_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("process crash") << QStringLiteral("crash");
    QTest::newRow("power loss") << QStringLiteral("power");
    QTest::newRow("isolated") << QStringLiteral("isolate");
    QTest::newRow("cut from the controller only") << QStringLiteral("cut");
}

void TestController::fencingMovesLeadershipsToIsrMembers()
{
    QFETCH(QString, fault);
    auto c = threeNodes(9);
    QVERIFY(c);
    const auto topic = c->createTopic(QStringLiteral("t"), topicConfig(6, 3, 2));
    QVERIFY(topic.ok());
    c->runFor(1 * kSecond);
    const auto before = c->controller().partitions();
    const NodeId victim(1);
    int led = 0;
    for (const auto &[tp, p] : before)
        led += p.leader == victim ? 1 : 0;
    QCOMPARE(led, 2);

    const Micros t0 = c->loop().now();
    if (fault == QLatin1String("crash"))
        QVERIFY(!c->crash(victim, CrashKind::Process));
    else if (fault == QLatin1String("power"))
        QVERIFY(!c->crash(victim, CrashKind::PowerLoss));
    else if (fault == QLatin1String("isolate"))
        c->setIsolated(victim, true);
    else
        c->setCut(victim, kPeerController, false, true);

    // Within its session the node keeps everything: a short pause is not a failure.
    const Micros session = ControllerConfig{}.sessionTimeout;
    c->runFor(session - 150 * kMillisecond);
    QVERIFY(c->controller().isAlive(victim));
    for (const auto &[tp, p] : c->controller().partitions()) {
        QCOMPARE(p.leader, before.at(tp).leader);
        QCOMPARE(p.leaderEpoch, before.at(tp).leaderEpoch);
    }

    QVERIFY(runUntil(*c, t0 + session + 200 * kMillisecond, [&] { return !c->controller().isAlive(victim); }));
    for (const auto &[tp, p] : c->controller().partitions()) {
        const PartitionState &old = before.at(tp);
        QVERIFY2(!p.inIsr(victim), qPrintable(nodeList(p.isr)));
        if (old.leader == victim) {
            QVERIFY(p.leader != victim && p.leader != kNoNode);
            QVERIFY2(old.inIsr(p.leader), "the new leader must come from the ISR");
            QCOMPARE(p.leaderEpoch.value, old.leaderEpoch.value + 1);
        } else {
            QCOMPARE(p.leader, old.leader);
            QCOMPARE(p.leaderEpoch, old.leaderEpoch);
        }
        QVERIFY(p.partitionEpoch > old.partitionEpoch);
    }

    // The new leaders learn it and act on it.
    c->runFor(200 * kMillisecond);
    for (const auto &[tp, p] : c->controller().partitions()) {
        const Replica *r = replicaOn(*c, p.leader, tp);
        QVERIFY(r && r->isLeader);
        QCOMPARE(r->state.leaderEpoch, p.leaderEpoch);
    }
}

void TestController::lastIsrMemberDown_data()
{
    QTest::addColumn<bool>("unclean");
    QTest::newRow("unclean election off") << false;
    QTest::newRow("unclean election on") << true;
}

void TestController::lastIsrMemberDown()
{
    QFETCH(bool, unclean);
    auto c = threeNodes(4);
    QVERIFY(c);
    const auto topic = c->createTopic(QStringLiteral("solo"), topicConfig(1, 3, 1, unclean));
    QVERIFY(topic.ok());
    const TopicPartition tp = tpOf(*topic, 0);
    c->runFor(1 * kSecond);
    const NodeId last = stateOf(*c, tp).leader;
    QCOMPARE(last, NodeId(0));

    // The followers go; the ISR shrinks to the leader alone.
    QVERIFY(!c->crash(NodeId(1), CrashKind::Process));
    QVERIFY(!c->crash(NodeId(2), CrashKind::Process));
    QVERIFY(runUntil(*c, c->loop().now() + 2 * kSecond, [&] { return stateOf(*c, tp).isr == std::vector<NodeId>{last}; }));
    const Epoch epochBefore = stateOf(*c, tp).leaderEpoch;

    // Then the leader goes: nobody is left to lead.
    QVERIFY(!c->crash(last, CrashKind::Process));
    QVERIFY(runUntil(*c, c->loop().now() + 2 * kSecond, [&] { return !c->controller().isAlive(last); }));
    QCOMPARE(stateOf(*c, tp).leader, kNoNode);
    QCOMPARE(stateOf(*c, tp).leaderEpoch.value, epochBefore.value + 1);
    QCOMPARE(stateOf(*c, tp).isr, std::vector<NodeId>{last}); // Kafka keeps the last member

    // The out-of-sync replicas come back.
    QVERIFY(!c->restart(NodeId(1)));
    QVERIFY(!c->restart(NodeId(2)));
    c->runFor(2 * kSecond);
    QVERIFY(c->controller().isAlive(NodeId(1)) && c->controller().isAlive(NodeId(2)));
    if (unclean) {
        // Unclean: the first live replica leads, alone in its ISR.
        QCOMPARE(stateOf(*c, tp).leader, NodeId(1));
        QCOMPARE(stateOf(*c, tp).isr.front(), NodeId(1));
        QVERIFY(stateOf(*c, tp).leaderEpoch.value > epochBefore.value + 1);
        return;
    }
    // Clean: still offline, waiting for the last in-sync member.
    QCOMPARE(stateOf(*c, tp).leader, kNoNode);
    QCOMPARE(stateOf(*c, tp).isr, std::vector<NodeId>{last});
    const Epoch offlineEpoch = stateOf(*c, tp).leaderEpoch;

    QVERIFY(!c->restart(last));
    QVERIFY(runUntil(*c, c->loop().now() + 2 * kSecond, [&] { return stateOf(*c, tp).leader == last; }));
    QCOMPARE(stateOf(*c, tp).leaderEpoch.value, offlineEpoch.value + 1);
    // And the others catch up and rejoin the ISR.
    QVERIFY(runUntil(*c, c->loop().now() + 5 * kSecond, [&] { return stateOf(*c, tp).isr.size() == 3; }));
    const Replica *r = replicaOn(*c, last, tp);
    QVERIFY(r && r->isLeader);
}

// A node whose link to the controller is slower than its registration
// retry sends its registration again before the answer arrives. The retry
// comes from the same process: it must not fence it and start over, or the
// node never settles (and keeps losing its leaderships and ISR places).
void TestController::registrationOverASlowLinkSettles()
{
    auto c = threeNodes(6);
    QVERIFY(c);
    QVERIFY(c->createTopic(QStringLiteral("t"), topicConfig(3, 3, 2)).ok());
    c->runFor(1 * kSecond);
    EventLog log(*c);
    const NodeId far(2);
    c->setSlow(far, kPeerController, {250 * kMillisecond, 0, 0, 0});
    QVERIFY(!c->crash(far, CrashKind::Process));
    QVERIFY(!c->restart(far));
    c->runFor(6 * kSecond);
    int fenced = 0, registered = 0;
    for (const auto &e : log.events) {
        fenced += e.kind == ClusterEventKind::NodeFenced && e.node == far ? 1 : 0;
        registered += e.kind == ClusterEventKind::NodeRegistered && e.node == far ? 1 : 0;
    }
    QCOMPARE(fenced, 1);     // its previous incarnation, once
    QCOMPARE(registered, 1); // the new one, once
    QVERIFY(c->controller().isAlive(far));
    QVERIFY(c->node(far)->isRegistered());
    for (const auto &[tp, p] : c->controller().partitions())
        QVERIFY2(p.inIsr(far), qPrintable(nodeList(p.isr)));
}

QTEST_GUILESS_MAIN(TestController)
#include "tst_controller.moc"
