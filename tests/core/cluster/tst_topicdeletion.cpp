// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "../clustertesting.h"

using namespace bb;
using namespace bb::testing;

namespace {

bool storeHolds(Cluster &c, NodeId n, TopicId topic)
{
    Store *store = c.store(n);
    store->flush();
    auto image = store->load();
    if (!image)
        return true; // cannot tell: count it against the test
    return std::any_of(image->partitions.begin(), image->partitions.end(),
                       [&](const PartitionImage &p) { return p.tp.topic == topic; });
}

bool anyNodeKnows(const Cluster &c, TopicId topic)
{
    for (NodeId n : c.nodeIds())
        if (const Node *node = c.node(n)) {
            if (node->topics().count(topic))
                return true;
            for (const Replica *r : node->replicas())
                if (r->tp.topic == topic)
                    return true;
            for (const auto &[tp, s] : node->partitionStates())
                if (tp.topic == topic)
                    return true;
        }
    return false;
}

// Three acknowledged records in every partition of `topic`.
void fill(Cluster &c, RawClient &client, TopicId topic, int partitions)
{
    for (int p = 0; p < partitions; ++p) {
        const TopicPartition tp{topic, PartitionId(p)};
        const auto id = client.produce(stateOf(c, tp).leader, tp, Acks::All, batchOf("kept", 3));
        QVERIFY(client.waitForAnswer(id));
        QCOMPARE(client.produceAnswer(id)->error, Errc::None);
    }
}

} // namespace

class TestTopicDeletion : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyNodeDropsReplicasAndLogs();
    void aNodeDownDuringTheDeletionDropsItsCopyOnRestart();
    void waitingProducersLearnTheTopicIsGone();
    void aTopicRecreatedUnderTheSameNameStartsEmpty();
    void unknownTopicsAndQueueTopicsAreRefused();
};

void TestTopicDeletion::everyNodeDropsReplicasAndLogs()
{
    auto c = makeCluster(3, 11);
    const TopicId t = createTopic(*c, QStringLiteral("orders"), 4);
    const TopicId other = createTopic(*c, QStringLiteral("payments"), 2);
    c->runFor(1 * kSecond);
    RawClient client(*c, c->reserveClientAddress());
    fill(*c, client, t, 4);
    fill(*c, client, other, 2);
    c->runFor(500 * kMillisecond);
    for (NodeId n : c->nodeIds())
        QVERIFY(storeHolds(*c, n, t));

    auto deleted = c->deleteTopic(QStringLiteral("orders"));
    QVERIFY(deleted.ok());
    QCOMPARE(*deleted, t);
    QVERIFY(!c->controller().topicId(QStringLiteral("orders")).ok());
    c->runFor(500 * kMillisecond);

    QVERIFY(!anyNodeKnows(*c, t));
    for (NodeId n : c->nodeIds()) {
        QVERIFY2(!storeHolds(*c, n, t), qPrintable(QStringLiteral("node %1 still stores the topic").arg(n.value)));
        QVERIFY(storeHolds(*c, n, other));
    }
    // The other topic is untouched: still 3 records per partition, still writable.
    for (int p = 0; p < 2; ++p)
        QCOMPARE(leoOn(*c, stateOf(*c, {other, PartitionId(p)}).leader, {other, PartitionId(p)}), Offset(3));
    fill(*c, client, other, 2);

    // A produce to the deleted partition is answered "unknown topic".
    const auto late = client.produce(NodeId(0), {t, PartitionId(0)}, Acks::All, batchOf("late"));
    QVERIFY(client.waitForAnswer(late));
    QCOMPARE(client.produceAnswer(late)->error, Errc::UnknownTopic);
}

void TestTopicDeletion::aNodeDownDuringTheDeletionDropsItsCopyOnRestart()
{
    auto c = makeCluster(3, 12);
    const TopicId t = createTopic(*c, QStringLiteral("orders"), 3);
    c->runFor(1 * kSecond);
    RawClient client(*c, c->reserveClientAddress());
    fill(*c, client, t, 3);
    c->runFor(500 * kMillisecond);
    QVERIFY(!c->crash(NodeId(2), CrashKind::Process));
    QVERIFY(c->deleteTopic(QStringLiteral("orders")).ok());
    c->runFor(2 * kSecond);
    QVERIFY(storeHolds(*c, NodeId(2), t)); // it was down: nothing told it yet

    QVERIFY(!c->restart(NodeId(2)));
    QVERIFY(stepUntil(*c, [&] { return !storeHolds(*c, NodeId(2), t); }, 10 * kSecond, 100 * kMillisecond));
    QVERIFY(!anyNodeKnows(*c, t));
}

void TestTopicDeletion::waitingProducersLearnTheTopicIsGone()
{
    auto c = makeCluster(3, 13);
    const TopicId t = createTopic(*c, QStringLiteral("orders"), 1);
    c->runFor(1 * kSecond);
    const TopicPartition tp{t, PartitionId(0)};
    const NodeId leader = stateOf(*c, tp).leader;
    // With both followers cut off, an acks=all write waits for them...
    for (NodeId n : c->nodeIds())
        if (n != leader)
            c->setCut(leader, n.value, false, true);
    RawClient client(*c, c->reserveClientAddress());
    const auto id = client.produce(leader, tp, Acks::All, batchOf("waiting"), 5 * kSecond);
    c->runFor(100 * kMillisecond);
    QVERIFY(!client.answered(id));
    // ...until the topic is deleted under it.
    QVERIFY(c->deleteTopic(QStringLiteral("orders")).ok());
    QVERIFY(client.waitForAnswer(id, 1 * kSecond));
    QCOMPARE(client.produceAnswer(id)->error, Errc::UnknownTopic);
}

void TestTopicDeletion::aTopicRecreatedUnderTheSameNameStartsEmpty()
{
    auto c = makeCluster(3, 14);
    const TopicId first = createTopic(*c, QStringLiteral("orders"), 2);
    c->runFor(1 * kSecond);
    RawClient client(*c, c->reserveClientAddress());
    fill(*c, client, first, 2);
    QVERIFY(c->deleteTopic(QStringLiteral("orders")).ok());
    const TopicId second = createTopic(*c, QStringLiteral("orders"), 2);
    QVERIFY(second != first);
    c->runFor(1 * kSecond);
    for (int p = 0; p < 2; ++p) {
        const TopicPartition tp{second, PartitionId(p)};
        for (NodeId n : stateOf(*c, tp).replicas)
            QCOMPARE(leoOn(*c, n, tp), Offset(0));
    }
    QVERIFY(!anyNodeKnows(*c, first));
    fill(*c, client, second, 2);
}

void TestTopicDeletion::unknownTopicsAndQueueTopicsAreRefused()
{
    auto c = makeCluster(3, 15);
    createTopic(*c, QStringLiteral("jobs"), 2);
    createTopic(*c, QStringLiteral("jobs-dlq"), 1);
    c->runFor(1 * kSecond);
    QueueConfig q;
    q.name = QStringLiteral("work");
    q.topic = QStringLiteral("jobs");
    q.deadLetterTopic = QStringLiteral("jobs-dlq");
    QVERIFY(!c->queueCoordinator().declareQueue(q));

    auto missing = c->deleteTopic(QStringLiteral("nope"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Errc::UnknownTopic);
    for (const char *name : {"jobs", "jobs-dlq"}) {
        auto refused = c->deleteTopic(QString::fromLatin1(name));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("queue \"work\"")), qPrintable(refused.error().message));
        QVERIFY(c->controller().topicId(QString::fromLatin1(name)).ok());
    }
}

QTEST_GUILESS_MAIN(TestTopicDeletion)
#include "tst_topicdeletion.moc"
