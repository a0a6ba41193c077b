// Consumer groups and queues in the snapshot: a group's state, members,
// committed offsets and lag (rising while its consumer is paused, falling
// once it catches up), its end-to-end latency and throughput series, and a
// queue's depth and consumers. A cluster stepped by hand through the
// SnapshotBuilder, as the engine does.
#include <QTest>

#include "engine/snapshotbuilder.h"

using namespace bb;

class TestConsumerSnapshots : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void groupInSnapshot();
    void lagRisesWhilePausedAndFallsOnCatchUp();
    void readCommittedMeasuresToStableOffset();
    void queueDepthAndConsumers();
    void removedConsumerKeepsGroupTotals();

private:
    SnapshotPtr runFor(Micros duration);
    Consumer &addGroupConsumer(const QString &name, const QString &group, Isolation isolation = Isolation::ReadUncommitted);

    std::unique_ptr<Cluster> m_cluster;
    SnapshotBuilder m_builder;
};

namespace {

// Push mode needs a listener; the records themselves are not needed.
class Sink : public ConsumerListener {};
Sink sink;

class Acker : public QueueConsumerListener {
public:
    void onMessages(QueueConsumer &consumer, std::span<const QueueRecord> records) override
    {
        consumer.ack(records, QueueAck::Accept);
    }
};
Acker acker;

const QString kGroup = QStringLiteral("billing");
const QString kTopic = QStringLiteral("orders");

} // namespace

void TestConsumerSnapshots::init()
{
    Scenario s = defaultScenario(); // 2000 records/s into orders (6 partitions)
    s.services = {};                // only the groups each test adds
    auto cluster = buildCluster(s, s.seed);
    QVERIFY(cluster);
    m_cluster = std::move(*cluster);
    m_builder.reset(s);
}

SnapshotPtr TestConsumerSnapshots::runFor(Micros duration)
{
    const Micros end = m_cluster->loop().now() + duration;
    while (m_cluster->loop().now() < end) {
        m_cluster->runFor(std::min(SnapshotBuilder::kSampleInterval, end - m_cluster->loop().now()));
        m_builder.sample(*m_cluster);
    }
    return std::make_shared<const ClusterSnapshot>(m_builder.build(*m_cluster, {}));
}

Consumer &TestConsumerSnapshots::addGroupConsumer(const QString &name, const QString &group, Isolation isolation)
{
    ConsumerConfig cc;
    cc.groupId = group;
    cc.delivery = DeliveryMode::Push;
    cc.isolation = isolation;
    cc.autoCommitInterval = 200 * kMillisecond;
    Consumer &c = m_cluster->addConsumer(name, cc, &sink);
    c.subscribe({kTopic});
    return c;
}

void TestConsumerSnapshots::groupInSnapshot()
{
    addGroupConsumer(QStringLiteral("billing-app"), kGroup);
    const SnapshotPtr s = runFor(5 * kSecond);

    QCOMPARE(s->groups.size(), std::size_t(1));
    const GroupSnapshot &g = s->groups.front();
    QCOMPARE(g.groupId, kGroup);
    QCOMPARE(g.state, GroupPhase::Stable);
    QVERIFY(g.generation >= 1);
    QCOMPARE(g.protocol, QStringLiteral("range"));
    QVERIFY(!g.readCommitted);
    QCOMPARE(g.members.size(), std::size_t(1));
    QCOMPARE(g.members.front().clientId, QStringLiteral("billing-app"));
    QCOMPARE(g.members.front().assignment.size(), std::size_t(6));
    QCOMPARE(g.partitions.size(), std::size_t(6));
    std::int64_t sum = 0;
    for (const GroupPartitionSnapshot &p : g.partitions) {
        QCOMPARE(p.topic, kTopic);
        QCOMPARE(p.owner, g.members.front().memberId);
        QVERIFY(p.committed.value > 0);
        const PartitionSnapshot *part = s->partition(kTopic, p.tp.partition.value);
        QVERIFY(part);
        QCOMPARE(p.end, part->hw);
        QCOMPARE(p.lag, p.end - p.committed);
        sum += p.lag;
    }
    QCOMPARE(g.totalLag, sum);
    // Caught up: behind by no more than about one commit interval of traffic.
    QVERIFY2(g.totalLag < 1000, qPrintable(QString::number(g.totalLag)));
    QVERIFY(g.consumed > 5000);
    QVERIFY2(g.consumedRate > 1500 && g.consumedRate < 2500, qPrintable(QString::number(g.consumedRate)));
    // Produced and consumed within a few simulated milliseconds, never minutes.
    QVERIFY(g.latencyCount == g.consumed);
    QVERIFY(g.p50 > 0 && g.p50 <= g.p99);
    QVERIFY2(g.p99 < 500 * kMillisecond, qPrintable(QString::number(g.p99)));

    QCOMPARE(s->series.groups.size(), std::size_t(1));
    const GroupSeries &series = s->series.groups.front();
    QCOMPARE(series.group, kGroup);
    QCOMPARE(series.lag.size(), std::size_t(20)); // every quarter second
    QCOMPARE(series.recordsPerSecond.size(), std::size_t(20));
    QVERIFY(!series.p99Ms.empty() && series.p99Ms.size() == series.p50Ms.size());
    QVERIFY(series.recordsPerSecond.back().value > 1500);
    QVERIFY(s->group(kGroup) == &g);
    QVERIFY(s->group(QStringLiteral("nobody")) == nullptr);
}

void TestConsumerSnapshots::lagRisesWhilePausedAndFallsOnCatchUp()
{
    Consumer &c = addGroupConsumer(QStringLiteral("billing-app"), kGroup);
    const std::int64_t caughtUp = runFor(3 * kSecond)->group(kGroup)->totalLag;

    for (TopicPartition tp : c.assignment())
        c.pause(tp);
    const SnapshotPtr paused = runFor(3 * kSecond);
    const GroupSnapshot *g = paused->group(kGroup);
    // About 3 s of 2000 records/s piled up, on every partition.
    QVERIFY2(g->totalLag > 4500, qPrintable(QString::number(g->totalLag)));
    QVERIFY(g->totalLag > caughtUp + 4000);
    for (const GroupPartitionSnapshot &p : g->partitions)
        QVERIFY(p.lag > 300);
    QVERIFY(g->maxLag >= g->totalLag / 6);
    const auto &lag = paused->series.groups.front().lag;
    QVERIFY(lag.back().value > lag[lag.size() - 8].value); // still rising
    QCOMPARE(paused->series.groups.front().recordsPerSecond.back().value, 0.0);

    for (TopicPartition tp : c.assignment())
        c.resume(tp);
    const SnapshotPtr resumed = runFor(3 * kSecond);
    QVERIFY2(resumed->group(kGroup)->totalLag < 1000, qPrintable(QString::number(resumed->group(kGroup)->totalLag)));
    // The backlog was read at once: its records waited seconds, so the
    // interval's p99 jumped past the caught-up latency.
    double worst = 0;
    for (const Sample &p : resumed->series.groups.front().p99Ms)
        worst = std::max(worst, p.value);
    QVERIFY2(worst > 1000, qPrintable(QString::number(worst)));
    QVERIFY(resumed->group(kGroup)->p99 > 1 * kSecond);
}

void TestConsumerSnapshots::readCommittedMeasuresToStableOffset()
{
    addGroupConsumer(QStringLiteral("audit-app"), QStringLiteral("audit"), Isolation::ReadCommitted);
    const SnapshotPtr s = runFor(3 * kSecond);
    const GroupSnapshot *g = s->group(QStringLiteral("audit"));
    QVERIFY(g);
    QVERIFY(g->readCommitted);
    for (const GroupPartitionSnapshot &p : g->partitions)
        QCOMPARE(p.end, s->partition(kTopic, p.tp.partition.value)->lso);
}

void TestConsumerSnapshots::queueDepthAndConsumers()
{
    QueueConfig qc;
    qc.name = QStringLiteral("jobs");
    qc.topic = kTopic;
    QVERIFY(!m_cluster->queueCoordinator().declareQueue(qc));
    const SnapshotPtr idle = runFor(2 * kSecond);
    QCOMPARE(idle->queues.size(), std::size_t(1));
    const QueueSnapshot &q = idle->queues.front();
    QCOMPARE(q.name, QStringLiteral("jobs"));
    QCOMPARE(q.topic, kTopic);
    QCOMPARE(q.consumers, 0);
    QVERIFY2(q.depth > 3000, qPrintable(QString::number(q.depth)));
    QCOMPARE(q.delivered, std::int64_t(0));
    QCOMPARE(idle->series.queues.size(), std::size_t(1));
    const auto &depth = idle->series.queues.front().depth;
    QVERIFY(depth.back().value > depth.front().value);

    QueueConsumerConfig cc;
    cc.queue = qc.name;
    cc.prefetch = 500;
    cc.maxRecords = 500;
    m_cluster->addQueueConsumer(QStringLiteral("worker"), cc, &acker);
    const SnapshotPtr busy = runFor(4 * kSecond);
    const QueueSnapshot &b = busy->queues.front();
    QCOMPARE(b.consumers, 1);
    QVERIFY(b.delivered > 3000);
    QVERIFY(b.acknowledged > 3000);
    QVERIFY2(b.depth < q.depth, qPrintable(QStringLiteral("%1 then %2").arg(q.depth).arg(b.depth)));
}

void TestConsumerSnapshots::removedConsumerKeepsGroupTotals()
{
    Consumer &c = addGroupConsumer(QStringLiteral("billing-app"), kGroup);
    const std::int64_t consumed = runFor(2 * kSecond)->group(kGroup)->consumed;
    QVERIFY(consumed > 0);
    c.close();
    m_cluster->removeClient(c.address());
    const SnapshotPtr s = runFor(2 * kSecond);
    const GroupSnapshot *g = s->group(kGroup);
    QVERIFY(g);
    QVERIFY(g->consumed >= consumed);
    QCOMPARE(g->state, GroupPhase::Empty);
    QVERIFY(g->members.empty());
    // Nobody reads: the lag grows on the committed offsets left behind.
    QVERIFY2(g->totalLag > 3000, qPrintable(QString::number(g->totalLag)));
    QCOMPARE(s->series.groups.front().recordsPerSecond.back().value, 0.0);
}

QTEST_GUILESS_MAIN(TestConsumerSnapshots)
#include "tst_consumersnapshots.moc"
