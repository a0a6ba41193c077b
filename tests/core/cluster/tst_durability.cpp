// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "../checkedcluster.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace bb;
using namespace bb::testing;

Q_DECLARE_METATYPE(bb::StorageKind)
Q_DECLARE_METATYPE(bb::FlushPolicy)
Q_DECLARE_METATYPE(bb::FaultKind)

namespace {

ClusterSpec specWith(StorageKind storage, FlushPolicy flush, const QString &dir)
{
    NodeConfig nc = flushing(flush);
    nc.flushInterval = 100 * kMillisecond;
    ClusterSpec s = smallSpec(3, nc);
    for (auto &n : s.nodes)
        n.storage = storage;
    s.dataDirectory = dir;
    return s;
}

// The SQLite tests' cluster: files in `dir`, flushed every 100 ms, and the
// topic "t" written at 300 records/s until `stopAt`. Null if it cannot be built.
std::unique_ptr<Cluster> sqliteClusterWriting(const QString &dir, std::uint64_t seed, const TopicConfig &topic, Micros stopAt)
{
    auto built = Cluster::create(specWith(StorageKind::Sqlite, FlushPolicy::Interval, dir), seed);
    if (!built || !(*built)->createTopic(QStringLiteral("t"), topic))
        return nullptr;
    Cluster &c = **built;
    ProducerConfig pc;
    pc.linger = 20 * kMillisecond;
    c.addLoad(c.addProducer(QStringLiteral("p"), pc), loadOf(QStringLiteral("t"), 300, stopAt));
    return std::move(*built);
}

struct Snapshot {
    Offset leo;
    std::vector<LogEntry> entries;
};

std::map<TopicPartition, Snapshot> logsOf(const Cluster &c, NodeId n)
{
    std::map<TopicPartition, Snapshot> out;
    for (const Replica *r : c.node(n)->replicas())
        out[r->tp] = {r->log.logEndOffset(), entriesBelow(*r, r->log.logEndOffset())};
    return out;
}

bool sameLogs(const std::map<TopicPartition, Snapshot> &a, const std::map<TopicPartition, Snapshot> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 vs %2 partitions").arg(a.size()).arg(b.size());
        return false;
    }
    for (const auto &[tp, s] : a) {
        const Snapshot &o = b.at(tp);
        if (s.leo != o.leo || s.entries.size() != o.entries.size()) {
            *why = QStringLiteral("partition %1: LEO %2 vs %3").arg(tp.partition.value).arg(s.leo.value).arg(o.leo.value);
            return false;
        }
        for (std::size_t i = 0; i < s.entries.size(); ++i)
            if (s.entries[i].base != o.entries[i].base || s.entries[i].epoch != o.entries[i].epoch
                || s.entries[i].batch.bytes() != o.entries[i].batch.bytes()) {
                *why = QStringLiteral("partition %1: batch at %2 differs").arg(tp.partition.value).arg(s.entries[i].base.value);
                return false;
            }
    }
    return true;
}

} // namespace

class TestDurability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void powerLossOfEveryNode_data();
    void powerLossOfEveryNode();
    void sqliteNodeRecoversItsLogOnRestart();
    void sqliteLogsOutliveTheCluster();
    void instantPowerCycleOfTheLeader();
    void storageFaultIsCutAndRefetched_data();
    void storageFaultIsCutAndRefetched();
};

void TestDurability::powerLossOfEveryNode_data()
{
    QTest::addColumn<StorageKind>("storage");
    QTest::addColumn<FlushPolicy>("flush");
    QTest::addColumn<bool>("loses");
    QTest::newRow("memory, flush every batch") << StorageKind::Memory << FlushPolicy::EveryBatch << false;
    QTest::newRow("memory, never flush") << StorageKind::Memory << FlushPolicy::Never << true;
    QTest::newRow("sqlite, flush every batch") << StorageKind::Sqlite << FlushPolicy::EveryBatch << false;
    QTest::newRow("sqlite, never flush") << StorageKind::Sqlite << FlushPolicy::Never << true;
}

// The engine's acceptance: "power loss after acks=all with flush-every-batch
// loses nothing acknowledged; with flush=never it can, and the test shows it".
void TestDurability::powerLossOfEveryNode()
{
    QFETCH(StorageKind, storage);
    QFETCH(FlushPolicy, flush);
    QFETCH(bool, loses);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProducerConfig pc;
    pc.acks = Acks::All;
    pc.linger = 100 * kMillisecond; // few batches: SQLite syncs each flush to disk
    CheckedCluster run;
    const Error started = run.start(specWith(storage, flush, dir.path()), 21, topicConfig(2, 3, 2),
                                    loadOf(QStringLiteral("payments"), 400, 3 * kSecond), pc);
    QVERIFY2(!started, qPrintable(started.message));
    Cluster &c = run.cluster();
    InvariantChecker &checker = run.checker();
    // Every node loses power at the same instant, while records are in flight.
    FaultPlan plan;
    for (int n = 0; n < 3; ++n) {
        plan.faults.push_back(faultAt(2500 * kMillisecond, FaultKind::PowerLoss, n));
        plan.faults.push_back(faultAt(3500 * kMillisecond, FaultKind::Restart, n));
    }
    c.schedule(plan);
    checker.startSampling(50 * kMillisecond);
    c.runFor(2500 * kMillisecond - 1);
    const std::int64_t ackedBeforeLoss = checker.ackedRecords();
    QVERIFY2(ackedBeforeLoss > 300, qPrintable(QString::number(ackedBeforeLoss)));
    c.runFor(6 * kSecond);
    for (NodeId n : c.nodeIds())
        QVERIFY2(c.isUp(n), qPrintable(QStringLiteral("node %1 did not come back").arg(n.value)));
    checker.finish();

    const QStringList found = violationLines(checker);
    if (loses) {
        // Nothing was ever flushed: every copy of the acknowledged records
        // sat in a page cache that the power loss emptied.
        QVERIFY2(checker.lostRecords() >= ackedBeforeLoss / 2, qPrintable(QStringLiteral("%1 of %2 lost").arg(checker.lostRecords()).arg(ackedBeforeLoss)));
        QVERIFY2(found.filter(QStringLiteral("acked-record-lost")).size() > 0, qPrintable(found.join(u'\n')));
    } else {
        QCOMPARE(checker.lostRecords(), std::int64_t(0));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        for (NodeId n : c.nodeIds())
            QVERIFY(c.store(n)->flushCount() > 0);
    }
}

void TestDurability::sqliteNodeRecoversItsLogOnRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto cluster = sqliteClusterWriting(dir.path(), 4, topicConfig(2, 3, 2), 1500 * kMillisecond);
    QVERIFY(cluster);
    Cluster &c = *cluster;
    c.runFor(2 * kSecond);

    const NodeId n(1);
    const auto before = logsOf(c, n);
    QCOMPARE(before.size(), std::size_t(2));
    for (const auto &[tp, s] : before)
        QVERIFY2(s.leo > Offset(100), qPrintable(QString::number(s.leo.value)));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("node-1.sqlite"))));

    QVERIFY(!c.crash(n, CrashKind::Process));
    QVERIFY(!c.isUp(n));
    QVERIFY(!c.restart(n));
    // Read back from the file at start, before any fetch could refill it.
    QString why;
    QVERIFY2(sameLogs(before, logsOf(c, n), &why), qPrintable(why));
    // And it goes on as a normal member.
    c.runFor(2 * kSecond);
    for (const auto &[tp, p] : c.controller().partitions())
        QVERIFY(p.inIsr(n));
}

void TestDurability::sqliteLogsOutliveTheCluster()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::map<NodeId, std::map<TopicPartition, Snapshot>> before;
    {
        const auto cluster = sqliteClusterWriting(dir.path(), 5, topicConfig(3, 2, 1), 1 * kSecond);
        QVERIFY(cluster);
        Cluster &c = *cluster;
        c.runFor(1500 * kMillisecond);
        for (NodeId n : c.nodeIds()) {
            before[n] = logsOf(c, n);
            QCOMPARE(before[n].size(), std::size_t(2)); // 3 partitions x RF 2 over 3 nodes
            // A process crash lets the OS write what it buffered: the files hold everything.
            QVERIFY(!c.crash(n, CrashKind::Process));
        }
    }
    // A new world on the same directory: the app restarted.
    auto built = Cluster::create(specWith(StorageKind::Sqlite, FlushPolicy::Interval, dir.path()), 6);
    QVERIFY(built.ok());
    Cluster &c = **built;
    for (NodeId n : c.nodeIds()) {
        QString why;
        QVERIFY2(sameLogs(before[n], logsOf(c, n), &why), qPrintable(QStringLiteral("node %1: %2").arg(n.value).arg(why)));
    }
}

// A power cycle (power loss and restart in the same instant) of a leader
// with flush=never: its log is gone, but every acknowledged record is on
// the other ISR member. Messages sent to the old process must not reach the
// new one: acting on them, it would lead with an empty log and make its
// follower truncate the committed records away.
void TestDurability::instantPowerCycleOfTheLeader()
{
    CheckedCluster run;
    QVERIFY(!run.start(smallSpec(3, flushing(FlushPolicy::Never)), 31, topicConfig(1, 3, 2), loadOf(QStringLiteral("t"), 500, 5 * kSecond)));
    Cluster &c = run.cluster();
    InvariantChecker &checker = run.checker();
    EventLog events(c);
    const TopicPartition tp = run.tp();
    c.runFor(1 * kSecond);
    const NodeId leader = stateOf(c, tp).leader;
    const NodeId follower((leader.value + 2) % 3), other((leader.value + 1) % 3);
    // Slow links to the controller keep its messages in flight for a
    // while, and the surviving follower hears late who leads now.
    c.setSlow(leader, kPeerController, {250 * kMillisecond, 0, 0, 0});
    c.setSlow(other, kPeerController, {500 * kMillisecond, 0, 0, 0});
    c.runFor(1 * kSecond);

    // A follower goes: the controller tells the leader its ISR shrank.
    QVERIFY(!c.crash(follower, CrashKind::Process));
    QVERIFY(runUntil(c, c.loop().now() + 2 * kSecond, [&] { return !c.controller().isAlive(follower); }));
    // While that news travels, the leader is power-cycled, just after the
    // other follower sent it a fetch.
    QVERIFY(runUntil(c, c.loop().now() + 240 * kMillisecond, [&] {
        const Replica *r = replicaOn(c, other, tp);
        return r->fetchInFlight && r->fetchSentAt == c.loop().now();
    }));
    QVERIFY(!c.crash(leader, CrashKind::PowerLoss));
    QVERIFY(!c.restart(leader));
    c.runFor(2 * kSecond);
    QVERIFY(!c.restart(follower));
    c.runFor(6 * kSecond);
    checker.finish();
    checker.checkReplicasInSync();
    QStringList found = violationLines(checker);
    for (const auto &t : events.truncations)
        found << QStringLiteral("node %1 truncated to %2 below its high watermark %3").arg(t.node.value).arg(t.to.value).arg(t.hw.value);
    QVERIFY(checker.ackedRecords() > 1000);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QCOMPARE(checker.lostRecords(), std::int64_t(0));
}

void TestDurability::storageFaultIsCutAndRefetched_data()
{
    QTest::addColumn<StorageKind>("storage");
    QTest::addColumn<FaultKind>("fault");
    for (StorageKind storage : {StorageKind::Memory, StorageKind::Sqlite}) {
        const char *s = storage == StorageKind::Memory ? "memory" : "sqlite";
        QTest::addRow("%s, flipped bit", s) << storage << FaultKind::DamageBatch;
        QTest::addRow("%s, read error", s) << storage << FaultKind::ReadError;
        QTest::addRow("%s, torn write", s) << storage << FaultKind::TornWrite;
        QTest::addRow("%s, lying fsync", s) << storage << FaultKind::LyingFsync;
    }
}

// A node whose disk damaged a batch, tore its last write, or lied about
// flushing: it restarts, finds the damage by CRC-32C (a lie leaves none to
// find, only a shorter log), cuts its log there, fetches the rest from the
// leader, ends with the same bytes as the others, and no acknowledged
// record is lost.
void TestDurability::storageFaultIsCutAndRefetched()
{
    QFETCH(StorageKind, storage);
    QFETCH(FaultKind, fault);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CheckedCluster run;
    QVERIFY(!run.start(specWith(storage, FlushPolicy::Interval, dir.path()), 17, topicConfig(2, 3, 2),
                       loadOf(QStringLiteral("t"), 400, 5 * kSecond)));
    Cluster &c = run.cluster();
    EventLog events(c);
    const NodeId n(1);
    if (fault == FaultKind::LyingFsync)
        QVERIFY(!c.apply(nodeFault(0, FaultKind::LyingFsync, n.value)));
    c.runFor(2 * kSecond);
    if (fault == FaultKind::DamageBatch || fault == FaultKind::ReadError) {
        Fault f = nodeFault(0, fault, n.value);
        f.pick = 977;
        QVERIFY(!c.apply(f));
    } else if (fault == FaultKind::TornWrite) {
        QVERIFY(!c.apply(nodeFault(0, FaultKind::TornWrite, n.value)));
        // Writes in progress: the next flush is up to 100 ms away.
        c.runFor(50 * kMillisecond);
        QVERIFY(c.store(n)->pendingWrites() > 0);
    }
    const auto before = logsOf(c, n);
    const bool onDisk = fault == FaultKind::DamageBatch || fault == FaultKind::ReadError;
    QVERIFY(!c.crash(n, onDisk ? CrashKind::Process : CrashKind::PowerLoss));
    QVERIFY(!c.restart(n));
    const auto after = logsOf(c, n);
    bool shorter = false;
    for (const auto &[tp, s] : before) {
        auto a = after.find(tp);
        shorter = shorter || a == after.end() || a->second.leo < s.leo;
    }
    QVERIFY2(shorter, "the fault cost the node nothing it had");
    c.runFor(200 * kMillisecond);
    const auto found = std::count_if(events.events.begin(), events.events.end(), [&](const ClusterEvent &e) {
        return e.kind == ClusterEventKind::StorageDamaged && e.node == n;
    });
    QCOMPARE(found, fault == FaultKind::LyingFsync ? 0 : 1);
    if (fault == FaultKind::ReadError) {
        // Found as a read error, not only by the missing bytes' checksum.
        const auto damaged = events.of(ClusterEventKind::StorageDamaged);
        QVERIFY2(damaged.front().text.contains(QStringLiteral("read error")), qPrintable(damaged.front().text));
    }

    if (fault == FaultKind::LyingFsync)
        QVERIFY(!c.apply(nodeFault(0, FaultKind::HonestFsync, n.value)));
    c.runFor(6 * kSecond);
    InvariantChecker &checker = run.checker();
    checker.finish();
    checker.checkReplicasInSync();
    QString why;
    QVERIFY2(sameLogs(logsOf(c, NodeId(0)), logsOf(c, n), &why), qPrintable(why));
    for (const auto &[tp, s] : logsOf(c, n))
        for (const LogEntry &e : s.entries)
            QVERIFY(!e.batch.verify());
    const QStringList violations = violationLines(checker);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QVERIFY(checker.ackedRecords() > 1000);
    QCOMPARE(checker.lostRecords(), std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
