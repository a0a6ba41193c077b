#include <QTest>

#include "../clustertesting.h"

#include <set>

using namespace bb;
using namespace bb::testing;

class TestConsumer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupReadsEveryRecordOnce_data();
    void groupReadsEveryRecordOnce();
    void keepsReadingThroughLeaderCrash();
    void commitFromOnRevokedCountsForTheNextOwner();
    void zombieCommitIsFenced();
    void standaloneSeekToTimestamp_data();
    void standaloneSeekToTimestamp();
    void pauseStopsDeliveryResumeContinues();
    void prefetchBoundsTheBuffer_data();
    void prefetchBoundsTheBuffer();
    void isolationFiltersTransactions_data();
    void isolationFiltersTransactions();
    void removedFromItsOwnCallback();
};

namespace {

const QString kTopic = QStringLiteral("orders");

// 3 nodes and the topic kTopic, its partitions on two of them each.
std::unique_ptr<Cluster> ordersCluster(int partitions, std::uint64_t seed = 1)
{
    ClusterSpec spec = smallSpec(3, {}, 500);
    spec.network.jitter = 300;
    auto c = makeCluster(spec, seed);
    createTopic(*c, kTopic, topicConfig(partitions, 2, 1));
    return c;
}

TopicPartition tp(int p) { return {TopicId(0), PartitionId(p)}; }

// A member of `group` that commits only when told, `maxPoll` records a poll at most.
ConsumerConfig manualMember(const QString &group, int maxPoll)
{
    ConsumerConfig cc;
    cc.groupId = group;
    cc.commit = CommitMode::Manual;
    cc.maxPollRecords = maxPoll;
    return cc;
}

// Writes `count` records with timestamps (i + 1) ms into one partition and
// waits until they are acknowledged.
bool produce(Cluster &c, int partition, int count, int first = 0)
{
    ProducerConfig pc;
    pc.batchRecords = 16;
    Producer &p = c.addProducer(QStringLiteral("writer"), pc);
    if (!stepUntil(c, [&] { return p.hasMetadata(); }))
        return false;
    for (int i = first; i < first + count; ++i) {
        const QByteArray value = QByteArray::number(i);
        if (p.send(TopicId(0), "k", value, Micros(i + 1) * kMillisecond, {}, partition))
            return false;
    }
    p.flush();
    const bool ok = stepUntil(c, [&] { return p.stats().recordsAcked == count; });
    c.removeClient(p.address());
    return ok;
}

// Collects what a consumer delivers, per partition, checking order.
struct Recorder : ConsumerListener {
    std::map<TopicPartition, std::vector<std::int64_t>> offsets;
    std::vector<std::pair<Errc, std::vector<PartitionOffset>>> commits;
    std::vector<std::vector<TopicPartition>> assigned, revoked;
    std::function<void(Consumer &, std::span<const ConsumedRecord>)> onBatch;
    std::function<void(Consumer &, const std::vector<TopicPartition> &)> beforeRevoke;
    int largestDelivery = 0;
    bool outOfOrder = false;

    void take(std::span<const ConsumedRecord> records)
    {
        largestDelivery = std::max(largestDelivery, int(records.size()));
        for (const ConsumedRecord &r : records) {
            auto &v = offsets[r.tp];
            if (!v.empty() && r.offset.value <= v.back())
                outOfOrder = true;
            v.push_back(r.offset.value);
        }
    }
    void onRecords(Consumer &c, std::span<const ConsumedRecord> records) override
    {
        take(records);
        if (onBatch)
            onBatch(c, records);
    }
    void onAssigned(Consumer &, const std::vector<TopicPartition> &tps) override { assigned.push_back(tps); }
    void onRevoked(Consumer &c, const std::vector<TopicPartition> &tps) override
    {
        if (beforeRevoke)
            beforeRevoke(c, tps);
        revoked.push_back(tps);
    }
    void onCommitted(Consumer &, Errc e, const std::vector<PartitionOffset> &o) override { commits.emplace_back(e, o); }
    std::size_t count() const
    {
        std::size_t n = 0;
        for (const auto &[tp, v] : offsets)
            n += v.size();
        return n;
    }
};

// A partition leader served by the test itself, so a fetch can carry
// exactly the transactional batches, markers and aborted ranges wanted.
class ScriptedLeader final : public Actor {
public:
    ScriptedLeader(EventLoop &loop, Transport &net)
        : m_net(net)
    {
        Q_UNUSED(loop);
        auto add = [&](int records, std::uint8_t attributes, ProducerId pid) {
            RecordBatchBuilder b;
            if (pid != kNoProducer)
                b.setProducer(pid, 0, 0);
            b.setAttributes(attributes);
            for (int i = 0; i < records; ++i) {
                const QByteArray v = QByteArray::number(m_next.value + i);
                b.append("k", v, 1000 + m_next.value + i);
            }
            LogEntry e{m_next, Epoch(1), b.build()};
            m_next = e.nextOffset();
            m_entries.push_back(e);
        };
        add(3, 0, kNoProducer);                                // 0-2
        add(2, Transactional, ProducerId(7));                  // 3-4, aborted below
        add(2, Transactional, ProducerId(8));                  // 5-6, committed
        add(1, Transactional | Control, ProducerId(7));        // 7: abort marker of 7
        add(1, Transactional | Control, ProducerId(8));        // 8: commit marker of 8
        add(2, Transactional, ProducerId(7));                  // 9-10, 7's next transaction
        add(1, Transactional | Control, ProducerId(7));        // 11: its commit marker
    }
    Offset end() const { return m_next; }
    int fetches = 0;

    void onMessage(ActorId from, Message &m) override
    {
        if (auto *r = std::get_if<MetadataRequest>(&m)) {
            MetadataResponse resp;
            resp.correlation = r->correlation;
            TopicConfig cfg;
            resp.topics.push_back({TopicId(0), kTopic, cfg});
            PartitionState s;
            s.tp = tp(0);
            s.leader = NodeId(0);
            s.leaderEpoch = Epoch(1);
            resp.partitions.push_back(s);
            m_net.send(nodeActor(NodeId(0)), from, std::move(resp));
        } else if (auto *r = std::get_if<ListOffsetsRequest>(&m)) {
            m_net.send(nodeActor(NodeId(0)), from, ListOffsetsResponse{r->correlation, r->tp, Errc::None, Offset(0)});
        } else if (auto *r = std::get_if<FetchRequest>(&m)) {
            if (r->fetchOffset >= m_next)
                return; // nothing new: the long poll never answers
            ++fetches;
            FetchResponse resp;
            resp.correlation = r->correlation;
            resp.tp = r->tp;
            resp.leaderEpoch = Epoch(1);
            resp.highWatermark = resp.lastStable = m_next;
            for (const LogEntry &e : m_entries)
                if (e.nextOffset() > r->fetchOffset)
                    resp.entries.push_back(e);
            if (r->readCommitted && r->fetchOffset <= Offset(7))
                resp.aborted.push_back({ProducerId(7), Offset(3)});
            m_net.send(nodeActor(NodeId(0)), from, std::move(resp));
        }
    }
    void onTimer(std::uint64_t) override {}

private:
    Transport &m_net;
    std::vector<LogEntry> m_entries;
    Offset m_next{0};
};

} // namespace

void TestConsumer::groupReadsEveryRecordOnce_data()
{
    QTest::addColumn<QString>("assignor");
    QTest::addColumn<bool>("push");
    QTest::addColumn<bool>("staggered"); // members join one after another: rebalances while reading
    QTest::newRow("range pull") << QStringLiteral("range") << false << false;
    QTest::newRow("range push staggered") << QStringLiteral("range") << true << true;
    QTest::newRow("roundrobin pull staggered") << QStringLiteral("roundrobin") << false << true;
    QTest::newRow("cooperative push") << QStringLiteral("cooperative-sticky") << true << false;
    QTest::newRow("cooperative pull staggered") << QStringLiteral("cooperative-sticky") << false << true;
}

void TestConsumer::groupReadsEveryRecordOnce()
{
    QFETCH(QString, assignor);
    QFETCH(bool, push);
    QFETCH(bool, staggered);
    auto cluster = ordersCluster(6);
    const LoadConfig lc = loadOf(kTopic, 2000, 2 * kSecond);
    Producer &producer = cluster->addProducer(QStringLiteral("loader"), {});
    LoadGenerator &load = cluster->addLoad(producer, lc);

    ConsumerConfig cc;
    cc.groupId = QStringLiteral("billing");
    cc.assignor = assignor;
    cc.delivery = push ? DeliveryMode::Push : DeliveryMode::Pull;
    cc.autoCommitInterval = 200 * kMillisecond;
    cc.prefetch = 100;
    Recorder rec[3];
    std::vector<Consumer *> consumers;
    std::vector<ConsumedRecord> scratch;
    for (int i = 0; i < 3; ++i) {
        if (staggered && i > 0)
            cluster->runFor(600 * kMillisecond);
        Consumer &c = cluster->addConsumer(QStringLiteral("c%1").arg(i), cc, &rec[i]);
        c.subscribe({kTopic});
        consumers.push_back(&c);
    }
    auto consumed = [&] { return rec[0].count() + rec[1].count() + rec[2].count(); };
    QVERIFY(stepUntil(*cluster, [&] {
        if (!push)
            for (int i = 0; i < 3; ++i)
                if (consumers[std::size_t(i)]->poll(scratch, 64) > 0)
                    rec[i].take(scratch);
        return cluster->loop().now() > lc.stopAt && producer.pendingBatches() == 0
            && std::int64_t(consumed()) >= producer.stats().recordsAcked;
    }, 15 * kSecond));
    cluster->runFor(500 * kMillisecond); // the last auto-commits land

    QCOMPARE(producer.stats().recordsAcked, std::int64_t(load.generated()));
    // Exactly once: every offset of every partition, nobody twice.
    std::map<TopicPartition, std::set<std::int64_t>> seen;
    for (const Recorder &r : rec) {
        QVERIFY(!r.outOfOrder);
        for (const auto &[p, v] : r.offsets)
            for (std::int64_t o : v)
                QVERIFY2(seen[p].insert(o).second, qPrintable(QStringLiteral("offset %1 of partition %2 delivered twice").arg(o).arg(p.partition.value)));
    }
    QCOMPARE(std::int64_t(consumed()), producer.stats().recordsAcked);
    const GroupState *g = cluster->groupCoordinator().group(cc.groupId);
    QVERIFY(g);
    QCOMPARE(g->phase, GroupState::Phase::Stable);
    QCOMPARE(g->members.size(), std::size_t(3));
    for (int p = 0; p < 6; ++p) {
        const auto &s = seen[tp(p)];
        QVERIFY(!s.empty());
        QCOMPARE(*s.begin(), std::int64_t(0));
        QCOMPARE(std::int64_t(s.size()), *s.rbegin() + 1); // no gap
        // The group committed exactly what was read.
        QCOMPARE(cluster->groupCoordinator().committed(cc.groupId, tp(p)), Offset(*s.rbegin() + 1));
    }
    int rebalances = 0;
    for (Consumer *c : consumers) {
        QCOMPARE(c->generation(), g->generation);
        QCOMPARE(c->stats().commitsFenced, std::int64_t(0));
        rebalances += int(c->stats().rebalances);
        for (const auto &t : c->assignment())
            QCOMPARE(c->position(t), c->highWatermark(t));
    }
    QVERIFY(staggered ? g->generation >= 3 : g->generation == 1);
    QVERIFY(rebalances >= 3);
}

// A leader crashes mid-stream: fetches to it fail or time out, the consumers
// find the new leaders through metadata and continue where they were. By
// offset, every record of every partition is read exactly once; every
// acknowledged record is among them.
void TestConsumer::keepsReadingThroughLeaderCrash()
{
    auto cluster = ordersCluster(4);
    const LoadConfig lc = loadOf(kTopic, 1000, 4 * kSecond);
    Producer &producer = cluster->addProducer(QStringLiteral("loader"), {});
    LoadGenerator &load = cluster->addLoad(producer, lc);
    ConsumerConfig cc;
    cc.groupId = QStringLiteral("survivors");
    cc.delivery = DeliveryMode::Push;
    Recorder rec[2];
    std::set<std::uint64_t> read;
    for (auto &r : rec)
        r.onBatch = [&](Consumer &, std::span<const ConsumedRecord> records) {
            for (const ConsumedRecord &c : records) {
                RecordTag tag;
                if (RecordTag::read(c.record.value, tag))
                    read.insert(tag.sequence);
            }
        };
    for (int i = 0; i < 2; ++i)
        cluster->addConsumer(QStringLiteral("s%1").arg(i), cc, &rec[i]).subscribe({kTopic});
    cluster->runFor(kSecond);
    const NodeId victim = cluster->controller().partitions().at(tp(0)).leader;
    QVERIFY(!cluster->crash(victim, CrashKind::Process));
    cluster->runFor(2 * kSecond);
    QVERIFY(cluster->controller().partitions().at(tp(0)).leader != victim);
    QVERIFY(!cluster->restart(victim));
    QVERIFY(stepUntil(*cluster, [&] {
        if (cluster->loop().now() < lc.stopAt || producer.pendingBatches() > 0)
            return false;
        for (int p = 0; p < 4; ++p) {
            const PartitionState &s = cluster->controller().partitions().at(tp(p));
            const Node *n = cluster->node(s.leader);
            if (!n)
                return false;
            const std::size_t hw = std::size_t(n->replica(tp(p))->hw.value);
            if (rec[0].offsets[tp(p)].size() + rec[1].offsets[tp(p)].size() != hw)
                return false;
        }
        return true;
    }, 20 * kSecond));
    std::set<std::uint64_t> inLog;
    for (int p = 0; p < 4; ++p) {
        std::set<std::int64_t> offsets;
        for (auto &r : rec)
            for (std::int64_t o : r.offsets[tp(p)])
                QVERIFY(offsets.insert(o).second);
        QCOMPARE(std::int64_t(offsets.size()), *offsets.rbegin() + 1);
        const PartitionState &s = cluster->controller().partitions().at(tp(p));
        // Everything the leader's log holds up to its high watermark was read.
        std::vector<LogEntry> entries;
        const Replica *r = cluster->node(s.leader)->replica(tp(p));
        r->log.read(Offset(0), r->hw, INT64_MAX, entries);
        for (const LogEntry &e : entries)
            for (const RecordView v : e.batch) {
                RecordTag tag;
                QVERIFY(RecordTag::read(v.value, tag));
                inLog.insert(tag.sequence);
            }
    }
    QCOMPARE(read, inLog);
    // Nothing acknowledged was lost (a retry may have written a record twice).
    QCOMPARE(producer.stats().recordsFailed, std::int64_t(0));
    QCOMPARE(std::uint64_t(inLog.size()), load.generated());
}

// Eager rebalance: onRevoked runs before the partitions go, and a commit
// made from it is accepted, so the next owner starts exactly there.
void TestConsumer::commitFromOnRevokedCountsForTheNextOwner()
{
    auto cluster = ordersCluster(2);
    QVERIFY(produce(*cluster, 0, 40));
    QVERIFY(produce(*cluster, 1, 40));
    const ConsumerConfig cc = manualMember(QStringLiteral("audit"), 10);
    Recorder first, second;
    std::vector<PartitionOffset> atRevocation;
    first.beforeRevoke = [&](Consumer &c, const std::vector<TopicPartition> &tps) {
        QCOMPARE(c.assignment().size(), tps.size()); // still held while the callback runs
        for (const auto &t : tps)
            atRevocation.push_back({t, c.position(t)});
        c.commit(atRevocation);
    };
    Consumer &a = cluster->addConsumer(QStringLiteral("a"), cc, &first);
    a.subscribe({kTopic});
    std::vector<ConsumedRecord> batch;
    QVERIFY(stepUntil(*cluster, [&] { return a.poll(batch, 10) > 0; }));
    first.take(batch);
    QCOMPARE(a.assignment().size(), std::size_t(2));

    Consumer &b = cluster->addConsumer(QStringLiteral("b"), cc, &second);
    b.subscribe({kTopic});
    QVERIFY(stepUntil(*cluster, [&] { return b.isStable() && a.isStable() && b.generation() == 2; }));
    QCOMPARE(atRevocation.size(), std::size_t(2));
    QVERIFY(!first.commits.empty());
    QCOMPARE(first.commits.front().first, Errc::None);
    for (const auto &po : atRevocation)
        QCOMPARE(cluster->groupCoordinator().committed(cc.groupId, po.tp), po.offset);
    // b took one partition over and starts at a's commit.
    QCOMPARE(b.assignment().size(), std::size_t(1));
    const TopicPartition moved = b.assignment().front();
    const auto it = std::find_if(atRevocation.begin(), atRevocation.end(), [&](const PartitionOffset &po) { return po.tp == moved; });
    QVERIFY(it != atRevocation.end());
    QVERIFY(stepUntil(*cluster, [&] { return b.poll(batch, 10) > 0; }));
    QCOMPARE(batch.front().tp, moved);
    QCOMPARE(batch.front().offset, it->offset);
    QCOMPARE(b.committed(moved), it->offset);
}

// A member cut off from the coordinator loses its session; its partitions
// go to the other member. When the link heals, its commit is fenced and the
// group's committed offsets stay as they were.
void TestConsumer::zombieCommitIsFenced()
{
    auto cluster = ordersCluster(2);
    QVERIFY(produce(*cluster, 0, 200));
    QVERIFY(produce(*cluster, 1, 200));
    const ConsumerConfig cc = manualMember(QStringLiteral("ledger"), 5);
    Recorder ra, rb;
    Consumer &a = cluster->addConsumer(QStringLiteral("a"), cc, &ra);
    Consumer &b = cluster->addConsumer(QStringLiteral("b"), cc, &rb);
    a.subscribe({kTopic});
    b.subscribe({kTopic});
    QVERIFY(stepUntil(*cluster, [&] { return a.isStable() && b.isStable() && a.generation() == b.generation(); }));
    QCOMPARE(a.assignment().size(), std::size_t(1));
    const TopicPartition mine = a.assignment().front();
    std::vector<ConsumedRecord> batch;
    QVERIFY(stepUntil(*cluster, [&] { return a.poll(batch, 5) > 0; }));
    a.commitPositions();
    QVERIFY(stepUntil(*cluster, [&] { return !ra.commits.empty(); }));
    QCOMPARE(ra.commits.back().first, Errc::None);
    const Offset before = cluster->groupCoordinator().committed(cc.groupId, mine);
    QCOMPARE(before, Offset(5));

    const std::int32_t host = cluster->network().hostOf(a.address());
    cluster->network().setCut(host, kControllerHost, true);
    cluster->network().setCut(kControllerHost, host, true);
    const QString zombieId = a.memberId();
    // b takes over a's partition; a keeps reading (the nodes still answer it).
    QVERIFY(stepUntil(*cluster, [&] {
        a.poll(batch, 5);
        return b.assignment().size() == 2;
    }));
    QVERIFY(!cluster->groupCoordinator().group(cc.groupId)->member(zombieId));
    QVERIFY(a.position(mine) > before);
    QCOMPARE(a.memberId(), zombieId); // it does not know yet

    cluster->network().healAll();
    a.commitPositions();
    QVERIFY(stepUntil(*cluster, [&] { return a.stats().commitsFenced > 0; }));
    QCOMPARE(ra.commits.back().first, Errc::UnknownMemberId);
    QCOMPARE(cluster->groupCoordinator().committed(cc.groupId, mine), before);
    QCOMPARE(a.committed(mine), before);
    // Fenced, it rejoins as a new member and gets a share again.
    QVERIFY(stepUntil(*cluster, [&] { return a.isStable() && b.isStable() && a.generation() == b.generation() && !a.assignment().empty(); }));
    QVERIFY(a.memberId() != zombieId);
}

void TestConsumer::standaloneSeekToTimestamp_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<qint64>("expected"); // first offset delivered after the seek
    // Record i carries timestamp (i + 1) ms.
    QTest::newRow("before every record") << qint64(0) << qint64(0);
    QTest::newRow("exactly a record's time") << qint64(50 * kMillisecond) << qint64(49);
    QTest::newRow("between two records") << qint64(50 * kMillisecond + 500) << qint64(50);
    QTest::newRow("the last record") << qint64(100 * kMillisecond) << qint64(99);
    QTest::newRow("after every record") << qint64(500 * kMillisecond) << qint64(100);
}

void TestConsumer::standaloneSeekToTimestamp()
{
    QFETCH(qint64, timestamp);
    QFETCH(qint64, expected);
    auto cluster = ordersCluster(1);
    QVERIFY(produce(*cluster, 0, 100));
    ConsumerConfig cc; // no group: nothing committed, nothing to fence
    cc.maxPollRecords = 1000;
    Consumer &c = cluster->addConsumer(QStringLiteral("replayer"), cc);
    c.assign({tp(0)});
    std::vector<ConsumedRecord> batch;
    std::int64_t read = 0;
    QVERIFY(stepUntil(*cluster, [&] { return (read += c.poll(batch, 1000)) == 100; }));
    QCOMPARE(c.position(tp(0)), Offset(100));
    QCOMPARE(c.highWatermark(tp(0)), Offset(100));

    c.seekToTimestamp(tp(0), timestamp);
    QCOMPARE(c.position(tp(0)), Offset(-1)); // being looked up
    QVERIFY(stepUntil(*cluster, [&] { return c.position(tp(0)).value >= 0; }));
    QCOMPARE(c.position(tp(0)), Offset(expected));
    if (expected == 100) {
        cluster->runFor(300 * kMillisecond);
        QCOMPARE(c.poll(batch, 1000), 0);
        return;
    }
    QVERIFY(stepUntil(*cluster, [&] { return c.poll(batch, 1000) > 0; }));
    QCOMPARE(batch.front().offset, Offset(expected));
    QVERIFY(batch.front().record.timestamp >= timestamp);
    QCOMPARE(batch.front().record.value.toByteArray(), QByteArray::number(expected));
    QCOMPARE(std::int64_t(batch.size()), 100 - expected);

    // And a plain seek replays from an offset.
    c.seek(tp(0), Offset(10));
    QVERIFY(stepUntil(*cluster, [&] { return c.poll(batch, 1000) > 0; }));
    QCOMPARE(batch.front().offset, Offset(10));
    QCOMPARE(batch.back().offset, Offset(99));
}

void TestConsumer::pauseStopsDeliveryResumeContinues()
{
    auto cluster = ordersCluster(2);
    ProducerConfig pc;
    Producer &producer = cluster->addProducer(QStringLiteral("steady"), pc);
    QVERIFY(stepUntil(*cluster, [&] { return producer.hasMetadata(); }));
    int sent = 0;
    std::function<void()> tick = [&] {
        if (sent < 1000) {
            producer.send(TopicId(0), "k", QByteArray::number(sent), cluster->loop().now(), {}, sent % 2);
            ++sent;
            cluster->loop().call(2 * kMillisecond, tick);
        }
    };
    tick();
    ConsumerConfig cc;
    cc.delivery = DeliveryMode::Push;
    cc.prefetch = 50;
    Recorder rec;
    Offset pausedAt(-1);
    rec.onBatch = [&](Consumer &c, std::span<const ConsumedRecord>) {
        if (pausedAt.value < 0 && rec.offsets[tp(0)].size() >= 50) {
            c.pause(tp(0));
            pausedAt = c.position(tp(0));
        }
    };
    Consumer &c = cluster->addConsumer(QStringLiteral("viewer"), cc, &rec);
    c.assign({tp(0), tp(1)});
    QVERIFY(stepUntil(*cluster, [&] { return pausedAt.value >= 0; }));
    QVERIFY(c.isPaused(tp(0)));
    const std::size_t p0 = rec.offsets[tp(0)].size(), p1 = rec.offsets[tp(1)].size();
    QCOMPARE(Offset(rec.offsets[tp(0)].back() + 1), pausedAt);

    cluster->runFor(kSecond);
    QCOMPARE(rec.offsets[tp(0)].size(), p0);   // nothing from the paused partition...
    QVERIFY(rec.offsets[tp(1)].size() > p1 + 100); // ...while the other keeps flowing
    QCOMPARE(c.position(tp(0)), pausedAt);
    QVERIFY(c.bufferedRecords() <= cc.prefetch);
    const NodeId leader = cluster->controller().partitions().at(tp(0)).leader;
    QVERIFY(cluster->node(leader)->replica(tp(0))->hw > pausedAt + 100); // the partition did grow meanwhile

    c.resume(tp(0));
    QVERIFY(stepUntil(*cluster, [&] { return sent == 1000 && rec.count() == 1000; }));
    for (int p = 0; p < 2; ++p) {
        const auto &v = rec.offsets[tp(p)];
        QCOMPARE(v.size(), std::size_t(500));
        for (std::size_t i = 0; i < v.size(); ++i)
            QCOMPARE(v[i], std::int64_t(i)); // resumed exactly where it stopped
    }
    QVERIFY(!rec.outOfOrder);
}

void TestConsumer::prefetchBoundsTheBuffer_data()
{
    QTest::addColumn<bool>("push");
    QTest::addColumn<int>("prefetch");
    QTest::addColumn<int>("maxPoll");
    QTest::newRow("pull, one at a time") << false << 1 << 5;
    QTest::newRow("pull, less than a batch") << false << 7 << 5;
    QTest::newRow("pull, more than a batch") << false << 40 << 25;
    QTest::newRow("push, one at a time") << true << 1 << 5;
    QTest::newRow("push, less than a batch") << true << 7 << 5;
    QTest::newRow("push, more than a batch") << true << 40 << 25;
}

// The consumer never holds more than `prefetch` undelivered records, though
// the log hands out whole batches of 16, and never hands over more than
// maxPollRecords at once. Pull: an application that does not poll gets a
// full buffer and no more fetching. Push: a listener that pauses after every
// delivery and resumes a little later.
void TestConsumer::prefetchBoundsTheBuffer()
{
    QFETCH(bool, push);
    QFETCH(int, prefetch);
    QFETCH(int, maxPoll);
    auto cluster = ordersCluster(1);
    QVERIFY(produce(*cluster, 0, 300));
    ConsumerConfig cc;
    cc.delivery = push ? DeliveryMode::Push : DeliveryMode::Pull;
    cc.prefetch = prefetch;
    cc.maxPollRecords = maxPoll;
    Recorder rec;
    int peak = 0;
    if (push)
        rec.onBatch = [&](Consumer &c, std::span<const ConsumedRecord> records) {
            for (const ConsumedRecord &r : records)
                QCOMPARE(r.record.value.toByteArray(), QByteArray::number(r.offset.value));
            // Fetched but not yet processed: this delivery and what waits behind it.
            peak = std::max(peak, c.bufferedRecords() + int(records.size()));
            c.pause(tp(0));
            cluster->loop().call(20 * kMillisecond, [&c] { c.resume(tp(0)); });
        };
    Consumer &c = cluster->addConsumer(QStringLiteral("slow"), cc, &rec);
    c.assign({tp(0)});
    if (!push) {
        cluster->runFor(kSecond);
        QCOMPARE(c.bufferedRecords(), prefetch);
        const std::int64_t fetches = c.stats().fetches;
        cluster->runFor(kSecond);
        QCOMPARE(c.stats().fetches, fetches); // full: it stops asking
        QCOMPARE(c.stats().recordsConsumed, std::int64_t(0));
    }
    std::vector<ConsumedRecord> batch;
    Micros nextPoll = 0;
    const Micros end = cluster->loop().now() + 10 * kSecond;
    while (rec.count() < 300 && cluster->loop().now() < end) {
        cluster->loop().runOne();
        if (!push)
            peak = std::max(peak, c.bufferedRecords());
        if (c.bufferedRecords() > prefetch)
            QFAIL(qPrintable(QStringLiteral("%1 records buffered, prefetch %2").arg(c.bufferedRecords()).arg(prefetch)));
        if (!push && cluster->loop().now() >= nextPoll) {
            nextPoll = cluster->loop().now() + 5 * kMillisecond;
            if (c.poll(batch, 1000) > 0)
                rec.take(batch);
        }
    }
    QCOMPARE(rec.count(), std::size_t(300));
    QVERIFY(rec.largestDelivery <= std::min(prefetch, maxPoll));
    QCOMPARE(peak, prefetch); // never more, but it does fill the room it has
    const auto &v = rec.offsets[tp(0)];
    for (std::size_t i = 0; i < v.size(); ++i)
        QCOMPARE(v[i], std::int64_t(i));
    QCOMPARE(c.stats().recordsConsumed, std::int64_t(300));
    QVERIFY(c.stats().fetches >= 300 / prefetch);
}

void TestConsumer::isolationFiltersTransactions_data()
{
    QTest::addColumn<bool>("readCommitted");
    QTest::addColumn<int>("prefetch");
    QTest::addColumn<QList<qint64>>("expected");
    const QList<qint64> committedOnly{0, 1, 2, 5, 6, 9, 10};
    const QList<qint64> everything{0, 1, 2, 3, 4, 5, 6, 9, 10};
    QTest::newRow("read_committed") << true << 100 << committedOnly;
    QTest::newRow("read_committed, batches cut by prefetch") << true << 2 << committedOnly;
    QTest::newRow("read_uncommitted") << false << 100 << everything;
    QTest::newRow("read_uncommitted, batches cut by prefetch") << false << 1 << everything;
}

void TestConsumer::isolationFiltersTransactions()
{
    QFETCH(bool, readCommitted);
    QFETCH(int, prefetch);
    QFETCH(QList<qint64>, expected);
    EventLoop loop;
    SimNetwork net(loop, 3);
    LinkConfig link;
    link.latency = kMillisecond;
    net.setDefaultLink(link);
    ScriptedLeader leader(loop, net);
    net.setHost(nodeActor(NodeId(0)), 0);
    loop.attach(nodeActor(NodeId(0)), &leader);
    ConsumerConfig cc;
    cc.isolation = readCommitted ? Isolation::ReadCommitted : Isolation::ReadUncommitted;
    cc.prefetch = prefetch;
    Consumer c(ActorId(1000), loop, net, {nodeActor(NodeId(0))}, cc, nullptr);
    net.setHost(ActorId(1000), 1000);
    loop.attach(ActorId(1000), &c);
    c.assign({tp(0)});
    c.start();
    QList<qint64> delivered;
    std::vector<ConsumedRecord> batch;
    for (int i = 0; i < 200 && c.position(tp(0)) != leader.end(); ++i) {
        loop.runUntil(loop.now() + 5 * kMillisecond);
        c.poll(batch, 100);
        for (const ConsumedRecord &r : batch) {
            delivered << r.offset.value;
            QCOMPARE(r.record.value.toByteArray(), QByteArray::number(r.offset.value));
        }
    }
    QCOMPARE(delivered, expected);
    QCOMPARE(c.position(tp(0)), leader.end()); // the markers are stepped over
    QCOMPARE(c.stats().abortedSkipped, std::int64_t(readCommitted ? 2 : 0));
    QCOMPARE(c.stats().recordsConsumed, std::int64_t(expected.size()));
    // A small buffer cuts batches: what did not fit is fetched again.
    QVERIFY(leader.fetches >= (int(expected.size()) + prefetch - 1) / prefetch);
    loop.attach(ActorId(1000), nullptr);
    loop.attach(nodeActor(NodeId(0)), nullptr);
}

// The lab removes clients from their own callbacks; the consumer must
// outlive the callback and receive nothing afterwards.
void TestConsumer::removedFromItsOwnCallback()
{
    auto cluster = ordersCluster(1);
    QVERIFY(produce(*cluster, 0, 50));
    ConsumerConfig cc;
    cc.groupId = QStringLiteral("short-lived");
    cc.delivery = DeliveryMode::Push;
    Recorder rec;
    ActorId self;
    rec.onBatch = [&](Consumer &c, std::span<const ConsumedRecord>) {
        QVERIFY(c.address() == self);
        cluster->removeClient(c.address());
        QCOMPARE(c.address(), self); // still alive until the event is over
    };
    Consumer &c = cluster->addConsumer(QStringLiteral("once"), cc, &rec);
    self = c.address();
    c.subscribe({kTopic});
    QVERIFY(stepUntil(*cluster, [&] { return rec.count() > 0; }));
    const std::size_t got = rec.count();
    QVERIFY(cluster->consumers().empty());
    QVERIFY(!cluster->loop().actor(self));
    // Without a LeaveGroup the group notices only by the session timeout.
    const GroupState *g = cluster->groupCoordinator().group(cc.groupId);
    QCOMPARE(g->members.size(), std::size_t(1));
    QVERIFY(stepUntil(*cluster, [&] { return g->members.empty(); }, 3 * kSecond));
    QCOMPARE(rec.count(), got);
}

QTEST_GUILESS_MAIN(TestConsumer)
#include "tst_consumer.moc"
