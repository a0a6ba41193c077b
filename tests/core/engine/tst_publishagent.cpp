// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QTest>

#include "engine/publishagent.h"
#include "engine/browse.h"
#include "topology/scenario.h"

using namespace bb;

class TestPublishAgent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void oneAgentPerCluster();
    void sendAnswersWithTheOffset();
    void partitionChoice_data();
    void partitionChoice();
    void acksZeroHasNoOffset();
    void refusals_data();
    void refusals();
    void numbersRecords();
    void repeatsAtARate();
    void waitsForMetadataThenGivesUp();
    void transactionalRepeatCommitsEverySecond();
    void fencedTransactionalProducerIsReplaced();

private:
    PublishRecord record(const QByteArray &key, const QByteArray &value) const;
    std::unique_ptr<Cluster> m_cluster;
    std::vector<SendResult> m_results;
};

void TestPublishAgent::init()
{
    const Scenario s = defaultScenario();
    auto built = buildCluster(s, s.seed);
    QVERIFY(built.ok());
    m_cluster = std::move(*built);
    m_cluster->runFor(500 * kMillisecond);
    m_results.clear();
    PublishAgent::in(*m_cluster).setReporter([this](const SendResult &r) { m_results.push_back(r); });
}

PublishRecord TestPublishAgent::record(const QByteArray &key, const QByteArray &value) const
{
    PublishRecord r;
    r.topic = QStringLiteral("orders");
    r.key = key;
    r.value = value;
    return r;
}

void TestPublishAgent::oneAgentPerCluster()
{
    PublishAgent &a = PublishAgent::in(*m_cluster);
    QCOMPARE(&PublishAgent::in(*m_cluster), &a);
    QVERIFY(m_cluster->clientAddress(PublishAgent::clientName()).value >= 0);
}

void TestPublishAgent::sendAnswersWithTheOffset()
{
    PublishRecord r = record("hello", "world");
    r.headers = {{"trace", "t-1"}};
    PublishAgent::in(*m_cluster).send(7, r);
    QVERIFY(m_results.empty()); // answered when the leader acknowledges
    m_cluster->runFor(kSecond);
    QCOMPARE(m_results.size(), std::size_t(1));
    const SendResult &res = m_results.front();
    QCOMPARE(res.id, std::uint64_t(7));
    QVERIFY2(!res.error, qPrintable(res.error.message));
    QCOMPARE(res.topic, QStringLiteral("orders"));
    QCOMPARE(res.partition, Producer::partitionForKey("hello", 6));
    QVERIFY(res.offset.value >= 0);
    QVERIFY(res.latency > 0);

    BrowseRequest read;
    read.tp = {TopicId(0), PartitionId(res.partition)};
    read.from = res.offset;
    read.count = 1;
    const BrowsePage page = readBrowsePage(*m_cluster, read);
    QCOMPARE(page.records.size(), std::size_t(1));
    QCOMPARE(page.records.front().key, QByteArray("hello"));
    QCOMPARE(page.records.front().value, QByteArray("world"));
    QCOMPARE(page.records.front().headers.size(), std::size_t(1));
    QCOMPARE(page.records.front().headers.front().value, QByteArray("t-1"));
    // Its producer is the panel's, one per acks setting.
    bool found = false;
    for (const Producer *p : m_cluster->producers())
        found = found || m_cluster->clientName(p->address()) == QStringLiteral("publish panel (acks=all)");
    QVERIFY(found);
}

void TestPublishAgent::partitionChoice_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("partition");
    QTest::addColumn<int>("expected");
    QTest::newRow("explicit") << QByteArray("hello") << 4 << 4;
    QTest::newRow("by key") << QByteArray("k1") << -1 << Producer::partitionForKey("k1", 6);
    QTest::newRow("no key: round robin") << QByteArray() << -1 << 0;
}

void TestPublishAgent::partitionChoice()
{
    QFETCH(QByteArray, key);
    QFETCH(int, partition);
    QFETCH(int, expected);
    PublishRecord r = record(key, "v");
    r.partition = partition;
    PublishAgent::in(*m_cluster).send(1, r);
    PublishAgent::in(*m_cluster).send(2, r);
    m_cluster->runFor(kSecond);
    QCOMPARE(m_results.size(), std::size_t(2));
    // Partitions answer independently: order by request.
    std::sort(m_results.begin(), m_results.end(), [](const SendResult &a, const SendResult &b) { return a.id < b.id; });
    QCOMPARE(m_results[0].partition, expected);
    // Round robin moves on; the others stay.
    QCOMPARE(m_results[1].partition, key.isNull() && partition < 0 ? expected + 1 : expected);
}

void TestPublishAgent::acksZeroHasNoOffset()
{
    PublishRecord r = record("k", "v");
    r.acks = Acks::None;
    PublishAgent::in(*m_cluster).send(3, r);
    r.acks = Acks::Leader;
    PublishAgent::in(*m_cluster).send(4, r);
    m_cluster->runFor(kSecond);
    QCOMPARE(m_results.size(), std::size_t(2));
    std::sort(m_results.begin(), m_results.end(), [](const SendResult &a, const SendResult &b) { return a.id < b.id; });
    QCOMPARE(m_results[0].id, std::uint64_t(3));
    QVERIFY(!m_results[0].error);
    QCOMPARE(m_results[0].offset, Offset(-1));
    QVERIFY(!m_results[1].error);
    QVERIFY(m_results[1].offset.value >= 0);
}

void TestPublishAgent::refusals_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("partition");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown topic") << QStringLiteral("nope") << -1 << QStringLiteral("There is no topic \"nope\"; pick one of the cluster's topics.");
    QTest::newRow("partition out of range") << QStringLiteral("orders") << 6
                                            << QStringLiteral("Topic \"orders\" has partitions 0 to 5; pick one of them, or send by key.");
}

void TestPublishAgent::refusals()
{
    QFETCH(QString, topic);
    QFETCH(int, partition);
    QFETCH(QString, expected);
    PublishRecord r = record("k", "v");
    r.topic = topic;
    r.partition = partition;
    PublishAgent::in(*m_cluster).send(9, r);
    m_cluster->runFor(100 * kMillisecond);
    QCOMPARE(m_results.size(), std::size_t(1));
    QVERIFY(m_results.front().error);
    QCOMPARE(m_results.front().error.message, expected);
}

void TestPublishAgent::numbersRecords()
{
    PublishRecord r = record("key-{n}", "value {n} of many");
    r.partition = 2;
    for (std::uint64_t id = 1; id <= 3; ++id)
        PublishAgent::in(*m_cluster).send(id, r);
    m_cluster->runFor(kSecond);
    QCOMPARE(m_results.size(), std::size_t(3));
    std::sort(m_results.begin(), m_results.end(), [](const SendResult &a, const SendResult &b) { return a.id < b.id; });
    BrowseRequest read;
    read.tp = {TopicId(0), PartitionId(2)};
    read.from = m_results[0].offset;
    read.count = 1;
    QCOMPARE(readBrowsePage(*m_cluster, read).records.front().value, QByteArray("value 1 of many"));
    read.from = m_results[2].offset;
    const BrowseRecord last = readBrowsePage(*m_cluster, read).records.front();
    QCOMPARE(last.key, QByteArray("key-3"));
    QCOMPARE(last.value, QByteArray("value 3 of many"));
}

// A transactional repeat commits a transaction about every second; what it
// sent last stays open until the user ends it.
void TestPublishAgent::transactionalRepeatCommitsEverySecond()
{
    PublishAgent &agent = PublishAgent::in(*m_cluster);
    std::vector<TransactionResult> ended;
    agent.setTransactionReporter([&](const TransactionResult &r) { ended.push_back(r); });
    PublishRecord r = record("k", "v{n}");
    r.mode = PublishMode::Transactional;
    r.acks = Acks::None; // ignored: transactions imply acks=all
    agent.startRepeat(r, 100);
    m_cluster->runFor(3500 * kMillisecond);
    agent.stopRepeat();
    const RepeatStatus s = agent.repeatStatus();
    QCOMPARE(s.failed, std::int64_t(0));
    QVERIFY2(s.committedTransactions >= 2 && s.committedTransactions <= 4, qPrintable(QString::number(s.committedTransactions)));
    QCOMPARE(std::int64_t(ended.size()), s.committedTransactions);
    std::int64_t committedRecords = 0;
    for (const TransactionResult &t : ended) {
        QVERIFY(t.committed && !t.error);
        committedRecords += t.records;
    }
    QVERIFY(agent.openTransactionRecords() >= 0);
    QCOMPARE(committedRecords + agent.openTransactionRecords(), s.sent);
    QVERIFY(!agent.abortTransaction());
    m_cluster->runFor(kSecond);
    QCOMPARE(ended.size(), std::size_t(s.committedTransactions + 1));
    QVERIFY(!ended.back().committed && !ended.back().error);
    QCOMPARE(agent.openTransactionRecords(), std::int64_t(-1));
    QCOMPARE(agent.commitTransaction().code, Errc::InvalidTxnState);
}

// A transaction left open past the timeout is aborted and its producer
// fenced; the next send says so, and the one after that works again with a
// new producer.
void TestPublishAgent::fencedTransactionalProducerIsReplaced()
{
    PublishAgent &agent = PublishAgent::in(*m_cluster);
    PublishRecord r = record("k", "v");
    r.mode = PublishMode::Transactional;
    agent.send(1, r);
    m_cluster->runFor(PublishAgent::kTransactionTimeout + 5 * kSecond);
    QCOMPARE(m_results.size(), std::size_t(1));
    QVERIFY(!m_results.back().error);
    agent.send(2, r);
    m_cluster->runFor(kSecond);
    QCOMPARE(m_results.size(), std::size_t(2));
    QCOMPARE(m_results.back().error.code, Errc::ProducerFenced);
    QVERIFY2(m_results.back().error.message.contains(QStringLiteral("send again")), qPrintable(m_results.back().error.message));
    agent.send(3, r);
    m_cluster->runFor(kSecond);
    QCOMPARE(m_results.size(), std::size_t(3));
    QVERIFY2(!m_results.back().error, qPrintable(m_results.back().error.message));
    QVERIFY(!agent.commitTransaction());
    m_cluster->runFor(kSecond);
}

void TestPublishAgent::repeatsAtARate()
{
    PublishAgent &agent = PublishAgent::in(*m_cluster);
    agent.startRepeat(record("r", "every {n}"), 200);
    m_cluster->runFor(2 * kSecond);
    const RepeatStatus s = agent.repeatStatus();
    QVERIFY(s.running);
    QVERIFY2(s.sent >= 380 && s.sent <= 420, qPrintable(QString::number(s.sent)));
    QVERIFY(s.acked >= s.sent - 50);
    QCOMPARE(s.failed, 0);
    QVERIFY(s.last.offset.value >= 0);
    QVERIFY(m_results.empty()); // repeated records are counted, not reported one by one
    agent.stopRepeat();
    m_cluster->runFor(kSecond);
    const std::int64_t sent = agent.repeatStatus().sent;
    QCOMPARE(agent.repeatStatus().acked, sent);
    m_cluster->runFor(kSecond);
    QCOMPARE(agent.repeatStatus().sent, sent);
    QVERIFY(!agent.repeatStatus().running);
}

void TestPublishAgent::waitsForMetadataThenGivesUp()
{
    // A fresh cluster whose nodes are all down: the panel's producer never
    // gets metadata.
    const Scenario s = defaultScenario();
    auto built = buildCluster(s, s.seed);
    QVERIFY(built.ok());
    Cluster &c = **built;
    for (NodeId id : c.nodeIds())
        QVERIFY(!c.crash(id, CrashKind::Process));
    std::vector<SendResult> results;
    PublishAgent::in(c).setReporter([&](const SendResult &r) { results.push_back(r); });
    PublishAgent::in(c).send(1, record("k", "v"));
    c.runFor(PublishAgent::kMetadataWait - kSecond);
    QVERIFY(results.empty()); // still waiting
    c.runFor(2 * kSecond);
    QCOMPARE(results.size(), std::size_t(1));
    QVERIFY(results.front().error.message.startsWith(QStringLiteral("No node gave the producer the cluster's metadata")));
}

QTEST_GUILESS_MAIN(TestPublishAgent)
#include "tst_publishagent.moc"
