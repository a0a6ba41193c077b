#include <QTest>

#include "../clustertesting.h"

#include <map>

using namespace bb;

namespace {

struct AckLog final : ProducerListener {
    std::vector<Offset> bases;
    std::int64_t failed = 0;
    void onAcked(TopicPartition, Offset base, const RecordBatch &, Micros) override { bases.push_back(base); }
    void onFailed(TopicPartition, const RecordBatch &, const Error &) override { ++failed; }
};

// What a partition's log holds, by RecordTag: how often each record is in
// it and the order of first appearances.
struct LogCount {
    std::map<std::uint64_t, int> copies;
    std::vector<std::uint64_t> order;
    int duplicates() const
    {
        int n = 0;
        for (const auto &[seq, c] : copies)
            n += c - 1;
        return n;
    }
};

LogCount countLog(const Replica &r)
{
    LogCount out;
    std::vector<LogEntry> entries;
    r.log.read(r.log.logStartOffset(), r.hw, INT64_MAX, entries);
    for (const LogEntry &e : entries)
        for (const RecordView v : e.batch) {
            RecordTag tag;
            if (!RecordTag::read(v.value, tag))
                continue;
            if (out.copies[tag.sequence]++ == 0)
                out.order.push_back(tag.sequence);
        }
    return out;
}

// 3 nodes and the topic "t" with one partition on all of them.
std::unique_ptr<Cluster> makeCluster(std::uint64_t seed, TopicId *topic)
{
    auto c = Cluster::create(testing::smallSpec(3, {}, 500), seed);
    if (!c)
        return nullptr;
    auto t = (*c)->createTopic(QStringLiteral("t"), testing::topicConfig(1, 3, 2));
    if (!t)
        return nullptr;
    *topic = *t;
    return std::move(*c);
}

const TopicPartition kTp0(TopicId t) { return {t, PartitionId(0)}; }

} // namespace

class TestIdempotence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lossyLinkToLeader_data();
    void lossyLinkToLeader();
    void dedupSurvivesLeaderFailover_data();
    void dedupSurvivesLeaderFailover();
    void retryRenumberedAfterItsPredecessorFailed();
};

void TestIdempotence::lossyLinkToLeader_data()
{
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<int>("maxInFlight");
    QTest::newRow("at-least-once, 1 in flight") << false << 1;
    QTest::newRow("idempotent, 1 in flight") << true << 1;
    QTest::newRow("idempotent, 5 in flight") << true << 5;
}

void TestIdempotence::lossyLinkToLeader()
{
    QFETCH(bool, idempotent);
    QFETCH(int, maxInFlight);
    TopicId topic;
    auto c = makeCluster(7, &topic);
    QVERIFY(c);
    ProducerConfig pc;
    pc.acks = bb::Acks::All;
    pc.idempotent = idempotent;
    pc.maxInFlight = maxInFlight;
    pc.requestTimeout = 100 * kMillisecond;
    pc.retryBackoff = 20 * kMillisecond;
    pc.deliveryTimeout = 120 * kSecond; // the lossy link slows it down; nothing may be given up
    pc.linger = 2 * kMillisecond;
    pc.batchRecords = 20;
    AckLog acks;
    Producer &p = c->addProducer(QStringLiteral("p"), pc, &acks);
    LoadConfig lc = testing::loadOf(QStringLiteral("t"), 4000, 31 * kSecond);
    lc.keys = 0;
    LoadGenerator &load = c->addLoad(p, lc);
    c->runFor(1 * kSecond);
    // Requests and answers between the producer and every node are lost
    // one time in four: answers lost after the append make the producer
    // retry what the leader already has; requests lost while later ones
    // arrive leave gaps.
    const HostId producerHost = c->network().hostOf(p.address());
    for (NodeId n : c->nodeIds()) {
        c->network().setLink(n.value, producerHost, {500, 0, 0.25, 0});
        c->network().setLink(producerHost, n.value, {500, 0, 0.25, 0});
    }
    c->runFor(30 * kSecond);
    c->network().healAll();
    c->runFor(8 * kSecond);

    const NodeId leader = c->controller().partitions().at(kTp0(topic)).leader;
    const Replica *r = c->node(leader)->replica(kTp0(topic));
    QVERIFY(r);
    QCOMPARE(p.pendingBatches(), std::int64_t(0));
    QCOMPARE(acks.failed, std::int64_t(0));
    const LogCount log = countLog(*r);
    std::int64_t recognised = 0;
    for (NodeId n : c->nodeIds())
        recognised += c->node(n)->stats().duplicateBatches;
    QVERIFY(load.generated() > 10000);
    QCOMPARE(std::uint64_t(log.copies.size()), load.generated()); // nothing lost
    QVERIFY(p.stats().retries > 30);
    if (!idempotent) {
        // At-least-once: every lost answer became a second copy.
        QVERIFY2(log.duplicates() > 20, qPrintable(QString::number(log.duplicates())));
        QCOMPARE(recognised, std::int64_t(0));
        return;
    }
    QCOMPARE(log.duplicates(), 0);
    QVERIFY(recognised > 5);
    // In send order, also with 5 requests in flight.
    QVERIFY(std::is_sorted(log.order.begin(), log.order.end()));
    if (maxInFlight > 1)
        QVERIFY(p.stats().outOfOrder > 0); // gaps really happened and were refused
}

void TestIdempotence::dedupSurvivesLeaderFailover_data()
{
    QTest::addColumn<bool>("idempotent");
    QTest::newRow("at-least-once") << false;
    QTest::newRow("idempotent") << true;
}

void TestIdempotence::dedupSurvivesLeaderFailover()
{
    QFETCH(bool, idempotent);
    TopicId topic;
    auto c = makeCluster(11, &topic);
    QVERIFY(c);
    ProducerConfig pc;
    pc.idempotent = idempotent;
    AckLog acks;
    Producer &p = c->addProducer(QStringLiteral("p"), pc, &acks);
    c->runFor(1 * kSecond);
    QVERIFY(p.hasMetadata());
    QCOMPARE(p.producerId().value >= 0, idempotent);
    const TopicPartition tp = kTp0(topic);
    const NodeId leader = c->controller().partitions().at(tp).leader;
    const HostId producerHost = c->network().hostOf(p.address());

    // The batch is written and replicated, but its acknowledgement is lost.
    c->network().setCut(leader.value, producerHost, true);
    QByteArray value(RecordTag::kSize, 'v');
    for (std::uint64_t seq = 0; seq < 5; ++seq) {
        RecordTag{0, seq}.write(value.data());
        QVERIFY(!p.send(topic, "k", value, c->loop().now()));
    }
    p.flush();
    c->runFor(300 * kMillisecond);
    QCOMPARE(c->node(leader)->replica(tp)->hw, Offset(5));
    QVERIFY(acks.bases.empty());

    // The leader dies before the producer retries; the retry reaches the
    // new leader, which rebuilt nothing (it followed) yet knows the batch.
    QVERIFY(!c->crash(leader, CrashKind::Process));
    c->runFor(5 * kSecond);
    const NodeId next = c->controller().partitions().at(tp).leader;
    QVERIFY(next != leader && next != kNoNode);
    QVERIFY(!c->restart(leader));
    c->network().healAll();
    c->runFor(3 * kSecond);

    QCOMPARE(acks.bases.size(), std::size_t(1));
    const LogCount log = countLog(*c->node(next)->replica(tp));
    QCOMPARE(log.copies.size(), std::size_t(5));
    if (idempotent) {
        QCOMPARE(log.duplicates(), 0);
        QCOMPARE(acks.bases[0], Offset(0)); // answered with the original offset
        QCOMPARE(c->node(next)->stats().duplicateBatches, std::int64_t(1));
        // The restarted node rebuilt its producer state from its log too.
        const ProducerEntry *entry = c->node(leader)->replica(tp)->producers.find(p.producerId());
        QVERIFY(entry);
        QCOMPARE(entry->lastSeq(), 4);
    } else {
        QCOMPARE(log.duplicates(), 5);
        QCOMPARE(acks.bases[0], Offset(5));
    }
}

void TestIdempotence::retryRenumberedAfterItsPredecessorFailed()
{
    // A batch is given up (delivery timeout) after it was sent: the leader
    // would refuse every later sequence. The producer continues under a new
    // producer id instead of failing everything after the gap.
    TopicId topic;
    auto c = makeCluster(3, &topic);
    QVERIFY(c);
    ProducerConfig pc;
    pc.idempotent = true;
    pc.requestTimeout = 300 * kMillisecond;
    pc.deliveryTimeout = 1 * kSecond;
    AckLog acks;
    Producer &p = c->addProducer(QStringLiteral("p"), pc, &acks);
    c->runFor(1 * kSecond);
    const ProducerId first = p.producerId();
    QVERIFY(first.value >= 0);
    const TopicPartition tp = kTp0(topic);
    const NodeId leader = c->controller().partitions().at(tp).leader;
    const HostId producerHost = c->network().hostOf(p.address());
    QByteArray value(RecordTag::kSize, 'v');
    auto sendOne = [&](std::uint64_t seq) {
        RecordTag{0, seq}.write(value.data());
        QVERIFY(!p.send(topic, "k", value, c->loop().now()));
        p.flush();
    };
    sendOne(0);
    c->runFor(200 * kMillisecond);
    QCOMPARE(acks.bases.size(), std::size_t(1));
    // The next batch never reaches the leader and is given up.
    for (NodeId n : c->nodeIds())
        c->network().setCut(producerHost, n.value, true);
    sendOne(1);
    c->runFor(1500 * kMillisecond);
    QCOMPARE(acks.failed, std::int64_t(1));
    c->network().healAll();
    sendOne(2);
    sendOne(3);
    c->runFor(2 * kSecond);
    QCOMPARE(acks.bases.size(), std::size_t(3));
    QVERIFY(p.producerId() != first);
    const LogCount log = countLog(*c->node(leader)->replica(tp));
    QCOMPARE(log.order, (std::vector<std::uint64_t>{0, 2, 3}));
    QCOMPARE(log.duplicates(), 0);
}

QTEST_GUILESS_MAIN(TestIdempotence)
#include "tst_idempotence.moc"
