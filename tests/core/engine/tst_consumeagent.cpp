// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QTest>

#include "engine/consumeagent.h"
#include "topology/scenario.h"

using namespace bb;

class TestConsumeAgent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void oneAgentPerCluster();
    void refusals_data();
    void refusals();
    void pollThenCommit();
    void pushStreamsIntoTheRing();
    void standaloneReadsEveryPartition();
    void latestStartsAtTheEnd();
    void stopLeavesTheGroup();

private:
    ConsumeSettings settings(const QString &group) const;
    std::unique_ptr<Cluster> m_cluster;
};

void TestConsumeAgent::init()
{
    const Scenario s = defaultScenario();
    auto built = buildCluster(s, s.seed);
    QVERIFY(built.ok());
    m_cluster = std::move(*built);
    m_cluster->runFor(kSecond); // records in the log to read
}

ConsumeSettings TestConsumeAgent::settings(const QString &group) const
{
    ConsumeSettings s;
    s.topic = QStringLiteral("orders");
    s.groupId = group;
    return s;
}

void TestConsumeAgent::oneAgentPerCluster()
{
    ConsumeAgent &a = ConsumeAgent::in(*m_cluster);
    QCOMPARE(&ConsumeAgent::in(*m_cluster), &a);
    QVERIFY(!a.isRunning());
    QCOMPARE(a.status().state, ConsumeStatus::State::Stopped);
}

void TestConsumeAgent::refusals_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("no topic") << QString() << QStringLiteral("Pick a topic to consume from.");
    QTest::newRow("unknown topic") << QStringLiteral("payments")
                                   << QStringLiteral("There is no topic \"payments\"; pick one of the cluster's topics.");
}

void TestConsumeAgent::refusals()
{
    QFETCH(QString, topic);
    QFETCH(QString, sentence);
    ConsumeSettings s = settings(QStringLiteral("g"));
    s.topic = topic;
    ConsumeAgent &agent = ConsumeAgent::in(*m_cluster);
    const std::size_t before = m_cluster->consumers().size(); // the scenario's own
    const Error err = agent.start(1, s);
    QVERIFY(err);
    QCOMPARE(err.message, sentence);
    QVERIFY(!agent.isRunning());
    QCOMPARE(m_cluster->consumers().size(), before);
}

void TestConsumeAgent::pollThenCommit()
{
    ConsumeAgent &agent = ConsumeAgent::in(*m_cluster);
    QVERIFY(!agent.start(7, settings(QStringLiteral("g"))));
    m_cluster->runFor(2 * kSecond);
    ConsumeStatus status = agent.status();
    QCOMPARE(status.state, ConsumeStatus::State::Stable);
    QCOMPARE(status.partitions.size(), std::size_t(6));
    QVERIFY(status.memberId.startsWith(ConsumeAgent::clientName()));
    QVERIFY(status.generation >= 1);
    QCOMPARE(agent.take().records.size(), std::size_t(0)); // pull: nothing until polled

    QCOMPARE(agent.poll(100), 100);
    ConsumeReport report = agent.take();
    QCOMPARE(report.session, std::uint64_t(7));
    QCOMPARE(report.records.size(), std::size_t(100));
    QCOMPARE(report.skipped, 0);
    for (const ConsumedRow &r : report.records) {
        QVERIFY(r.offset.value >= 0);
        QVERIFY(!r.key.isNull());
        QVERIFY(r.generatorSequence >= 0); // the checkout load's tag
        QVERIFY(r.latency > 0);
    }
    QCOMPARE(report.status.consumed, 100);
    QVERIFY(agent.take().records.empty()); // taken once

    QVERIFY(!agent.commit());
    m_cluster->runFor(500 * kMillisecond);
    status = agent.status();
    QVERIFY2(status.lastCommit.startsWith(QStringLiteral("last commit accepted")), qPrintable(status.lastCommit));
    QVERIFY(!status.lastCommitFailed);
    std::int64_t committed = 0;
    for (const ConsumePartition &p : status.partitions) {
        QCOMPARE(p.committed, p.position);
        const TopicPartition tp{TopicId(0), PartitionId(p.partition)};
        QCOMPARE(m_cluster->groupCoordinator().committed(QStringLiteral("g"), tp), p.position);
        QVERIFY(p.hw.value >= p.position.value);
        committed += p.committed.value;
    }
    QCOMPARE(committed, 100); // every partition started at 0
}

void TestConsumeAgent::pushStreamsIntoTheRing()
{
    ConsumeAgent &agent = ConsumeAgent::in(*m_cluster);
    ConsumeSettings s = settings(QStringLiteral("g"));
    s.delivery = DeliveryMode::Push;
    s.commit = CommitMode::Auto;
    QVERIFY(!agent.start(1, s));
    QCOMPARE(agent.poll(10), 0); // push mode: nothing to poll
    m_cluster->runFor(3 * kSecond);
    const ConsumeReport report = agent.take();
    // Everything since the start (about 6,000 records): only the newest
    // fit, the rest are counted.
    QVERIFY2(report.status.consumed > ConsumeAgent::kMaxRecords, qPrintable(QString::number(report.status.consumed)));
    QCOMPARE(report.records.size(), std::size_t(ConsumeAgent::kMaxRecords));
    QCOMPARE(std::int64_t(report.records.size()) + report.skipped, report.status.consumed);
    // Auto commit: committed offsets follow the positions within a second.
    for (const ConsumePartition &p : report.status.partitions)
        QVERIFY(p.committed.value > 0);
    m_cluster->runFor(100 * kMillisecond);
    const ConsumeReport next = agent.take();
    QCOMPARE(next.skipped, 0);
    QVERIFY(!next.records.empty());
    QVERIFY(next.records.size() < std::size_t(ConsumeAgent::kMaxRecords));
}

void TestConsumeAgent::standaloneReadsEveryPartition()
{
    ConsumeAgent &agent = ConsumeAgent::in(*m_cluster);
    QVERIFY(!agent.start(1, settings(QString())));
    m_cluster->runFor(500 * kMillisecond);
    const ConsumeStatus status = agent.status();
    QCOMPARE(status.state, ConsumeStatus::State::Standalone);
    QCOMPARE(status.partitions.size(), std::size_t(6));
    QVERIFY(status.memberId.isEmpty());
    QVERIFY(agent.poll(50) > 0);
    const Error err = agent.commit();
    QVERIFY(err);
    QVERIFY(err.message.contains(QStringLiteral("give it a group id")));
}

void TestConsumeAgent::latestStartsAtTheEnd()
{
    ConsumeAgent &agent = ConsumeAgent::in(*m_cluster);
    ConsumeSettings s = settings(QStringLiteral("late"));
    s.reset = OffsetReset::Latest;
    QVERIFY(!agent.start(1, s));
    m_cluster->runFor(2 * kSecond);
    QVERIFY(agent.poll(1000) > 0);
    const ConsumeReport report = agent.take();
    // Records written before the start are never delivered.
    std::map<int, Offset> first;
    for (const ConsumedRow &r : report.records)
        first.try_emplace(r.partition, r.offset);
    QVERIFY(!first.empty());
    for (const auto &[partition, offset] : first)
        QVERIFY2(offset.value > 0, qPrintable(QStringLiteral("partition %1 from %2").arg(partition).arg(offset.value)));
}

void TestConsumeAgent::stopLeavesTheGroup()
{
    ConsumeAgent &agent = ConsumeAgent::in(*m_cluster);
    ConsumeSettings s = settings(QStringLiteral("g"));
    s.commit = CommitMode::Auto;
    const std::size_t before = m_cluster->consumers().size(); // the scenario's own
    QVERIFY(!agent.start(1, s));
    m_cluster->runFor(2 * kSecond);
    QVERIFY(agent.poll(200) > 0);
    const GroupState *group = m_cluster->groupCoordinator().group(QStringLiteral("g"));
    QVERIFY(group);
    QCOMPARE(group->members.size(), std::size_t(1));
    agent.stop();
    QVERIFY(!agent.isRunning());
    m_cluster->runFor(100 * kMillisecond);
    // Left at once (no session timeout), with the positions committed.
    group = m_cluster->groupCoordinator().group(QStringLiteral("g"));
    QVERIFY(group->members.empty());
    std::int64_t committed = 0;
    for (const auto &[tp, c] : group->committed)
        committed += c.offset.value;
    QCOMPARE(committed, 200);
    QVERIFY2(agent.status().lastCommit.startsWith(QStringLiteral("last commit accepted")), qPrintable(agent.status().lastCommit));
    // The closed consumer goes once its last commit is answered.
    QCOMPARE(m_cluster->consumers().size(), before + 1);
    m_cluster->runFor(ConsumeAgent::kRemoveAfter);
    QCOMPARE(m_cluster->consumers().size(), before);
}

QTEST_MAIN(TestConsumeAgent)
#include "tst_consumeagent.moc"
