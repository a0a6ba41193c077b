// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "../clustertesting.h"
#include "engine/snapshotbuilder.h"
#include "lab/scenariorun.h"
#include "storage/sqlitestore.h"
#include "topology/scenariojson.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>

using namespace bb;
using namespace bb::testing;

Q_DECLARE_METATYPE(bb::FaultKind)

namespace {

// One record as the producer sent it, or as a consumer read it.
struct Sent {
    Offset offset;
    QByteArray key;
    QByteArray value;
    bool operator==(const Sent &) const = default;
};
using Records = std::map<TopicPartition, std::vector<Sent>>;

void addRecords(Records &out, TopicPartition tp, Offset base, const RecordBatch &batch)
{
    for (const RecordView r : batch)
        out[tp].push_back({base + r.offsetDelta, r.key.toByteArray(), r.value.toByteArray()});
}

// What the producer had acknowledged, record by record.
class AckLog final : public ProducerListener {
public:
    Records acked;
    std::int64_t failed = 0;
    void onAcked(TopicPartition tp, Offset base, const RecordBatch &batch, Micros) override { addRecords(acked, tp, base, batch); }
    void onFailed(TopicPartition, const RecordBatch &, const Error &) override { ++failed; }
};

std::size_t count(const Records &r)
{
    std::size_t n = 0;
    for (const auto &[tp, v] : r)
        n += v.size();
    return n;
}

// The first difference between two record lists, or an empty string.
QString firstDifference(const Records &sent, const Records &read)
{
    for (const auto &[tp, records] : sent) {
        auto it = read.find(tp);
        const std::vector<Sent> none;
        const auto &got = it == read.end() ? none : it->second;
        for (std::size_t i = 0; i < std::max(records.size(), got.size()); ++i) {
            if (i >= got.size())
                return QStringLiteral("partition %1: %2 records sent, %3 read").arg(tp.partition.value).arg(records.size()).arg(got.size());
            if (i >= records.size())
                return QStringLiteral("partition %1: read %2 records, only %3 sent").arg(tp.partition.value).arg(got.size()).arg(records.size());
            if (!(records[i] == got[i]))
                return QStringLiteral("partition %1: record %2 differs (offset %3 sent, %4 read)")
                    .arg(tp.partition.value).arg(i).arg(records[i].offset.value).arg(got[i].offset.value);
        }
    }
    if (read.size() > sent.size())
        return QStringLiteral("read partitions nobody wrote to");
    return {};
}

Offset totalLeo(const Cluster &c, NodeId n)
{
    Offset sum(0);
    for (const Replica *r : c.node(n)->replicas())
        sum = sum + r->log.logEndOffset().value;
    return sum;
}

} // namespace

class TestStorageFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void damagedFileIsSetAsideAndRefetched_data();
    void damagedFileIsSetAsideAndRefetched();
    void damagedStoreAtStartIsSetAside();
    void fileFaultNeedsSqlite();
    void loneReplicaSaysItsDataIsLost();
    void damagedDiskScenario();
};

void TestStorageFiles::damagedFileIsSetAsideAndRefetched_data()
{
    QTest::addColumn<FaultKind>("fault");
    QTest::newRow("truncate_db") << FaultKind::TruncateDb;
    QTest::newRow("truncate_wal") << FaultKind::TruncateWal;
    QTest::newRow("corrupt_page") << FaultKind::CorruptPage;
}

// Node 1's files are damaged while it is down. It restarts, says in one
// event what it found in which file, sets a damaged database aside (a cut
// WAL costs only the cut transactions), fetches its partitions again, and
// then, alone with the others down, serves a consumer exactly the records
// the producer had acknowledged.
void TestStorageFiles::damagedFileIsSetAsideAndRefetched()
{
    QFETCH(FaultKind, fault);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    NodeConfig nc = flushing(FlushPolicy::Interval);
    nc.flushInterval = 100 * kMillisecond;
    ClusterSpec spec = smallSpec(3, nc);
    for (auto &n : spec.nodes)
        n.storage = StorageKind::Sqlite;
    spec.dataDirectory = dir.path();
    auto built = Cluster::create(spec, 29);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    Cluster &c = **built;
    EventLog events(c);
    QVERIFY(c.createTopic(QStringLiteral("t"), topicConfig(2, 3, 2)));
    AckLog acks;
    ProducerConfig pc;
    pc.idempotent = true; // no retry is stored twice: what was read is what was sent
    pc.linger = 20 * kMillisecond;
    c.addLoad(c.addProducer(QStringLiteral("p"), pc, &acks), loadOf(QStringLiteral("t"), 400, 5 * kSecond));

    const NodeId n(1);
    const QString db = QDir(dir.path()).filePath(QStringLiteral("node-1.sqlite"));
    c.runFor(2 * kSecond);
    const Offset before = totalLeo(c, n);
    QVERIFY(before.value > 300);
    QVERIFY(!c.crash(n, CrashKind::Process));
    QVERIFY(!c.apply(nodeFault(0, fault, n.value)));
    const qint64 walBefore = QFileInfo(db + QStringLiteral("-wal")).size();
    c.runFor(300 * kMillisecond);
    const Error restarted = c.restart(n);
    QVERIFY2(!restarted, qPrintable(restarted.message));

    const auto found = events.of(ClusterEventKind::StorageDamaged);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().node, n);
    const QString text = found.front().text;
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("node-1.sqlite.damaged-*")});
    if (fault == FaultKind::TruncateWal) {
        QVERIFY2(text.contains(db + QStringLiteral("-wal")) && text.contains(QStringLiteral("cut short")), qPrintable(text));
        QVERIFY(aside.isEmpty());
        QVERIFY2(walBefore > 0, "the WAL held nothing to cut");
        const Offset after = totalLeo(c, n);
        QVERIFY2(after < before, qPrintable(QStringLiteral("LEO %1 before, %2 after").arg(before.value).arg(after.value)));
    } else {
        QVERIFY2(text.contains(db) && text.contains(QStringLiteral("moved the file aside")), qPrintable(text));
        QCOMPARE(aside.size(), 1);
        QVERIFY2(text.contains(aside.front()), qPrintable(text));
        QVERIFY(QFileInfo::exists(db)); // a fresh store took its place
        QCOMPARE(totalLeo(c, n), Offset(0));
        QVERIFY(static_cast<SqliteStore *>(c.store(n))->startedEmptyAfterDamage());
    }

    // Back in sync: the same bytes as node 0.
    c.runFor(6 * kSecond);
    QCOMPARE(acks.failed, std::int64_t(0));
    for (const Replica *r : c.node(NodeId(0))->replicas()) {
        const Replica *mine = c.node(n)->replica(r->tp);
        QVERIFY(mine);
        QCOMPARE(mine->log.logEndOffset(), r->log.logEndOffset());
        const auto theirs = entriesBelow(*r, r->log.logEndOffset());
        const auto ours = entriesBelow(*mine, mine->log.logEndOffset());
        QCOMPARE(ours.size(), theirs.size());
        for (std::size_t i = 0; i < ours.size(); ++i)
            QVERIFY(ours[i].batch.bytes() == theirs[i].batch.bytes());
    }

    // Only node 1 left: a consumer reads exactly what was acknowledged.
    QVERIFY(!c.crash(NodeId(0), CrashKind::Process));
    QVERIFY(!c.crash(NodeId(2), CrashKind::Process));
    const TopicPartition tp0 = c.node(n)->replicas().at(0)->tp;
    const TopicPartition tp1 = c.node(n)->replicas().at(1)->tp;
    QVERIFY(stepUntil(c, [&] { return stateOf(c, tp0).leader == n && stateOf(c, tp1).leader == n; }, 5 * kSecond));
    Consumer &consumer = c.addConsumer(QStringLiteral("reader"), ConsumerConfig{});
    consumer.assign({tp0, tp1});
    Records read;
    std::vector<ConsumedRecord> polled;
    const std::size_t sent = count(acks.acked);
    QVERIFY(sent > 1500);
    QVERIFY(stepUntil(c, [&] {
        polled.clear();
        consumer.poll(polled, 500);
        for (const ConsumedRecord &r : polled)
            read[r.tp].push_back({r.offset, r.record.key.toByteArray(), r.record.value.toByteArray()});
        return count(read) >= sent;
    }));
    c.runFor(500 * kMillisecond);
    polled.clear();
    consumer.poll(polled, 500);
    QVERIFY2(polled.empty(), "the consumer read more than was sent");
    const QString diff = firstDifference(acks.acked, read);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// A store damaged while the app was closed: the next cluster on it sets
// it aside, says so, and starts the node empty rather than refusing.
void TestStorageFiles::damagedStoreAtStartIsSetAside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        SqliteStore store(path);
        QVERIFY(!store.error());
        for (int i = 0; i < 200; ++i)
            store.append({TopicId(0), PartitionId(0)}, LogEntry{Offset(i), Epoch(0), batchOf(QByteArray(2000, char('a' + i % 26)))});
        QVERIFY(!store.flush());
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() / 2));
        f.write(QByteArray(8192, '\x5a'));
    }
    SqliteStore store(path);
    QVERIFY2(!store.error(), qPrintable(store.error().message));
    const auto findings = store.takeFindings();
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings.front().kind, StoreFinding::SetAside);
    QCOMPARE(findings.front().file, path);
    QVERIFY(QFileInfo::exists(findings.front().movedTo));
    QVERIFY(store.startedEmptyAfterDamage());
    auto image = store.load();
    QVERIFY(image);
    QVERIFY(image->partitions.empty());
}

void TestStorageFiles::fileFaultNeedsSqlite()
{
    auto c = makeCluster(3, 5);
    QVERIFY(c);
    const Error refused = c->apply(nodeFault(0, FaultKind::CorruptPage, 1));
    QCOMPARE(refused.code, Errc::InvalidConfig);
    QVERIFY2(refused.message.contains(QStringLiteral("\"storage\": \"sqlite\"")), qPrintable(refused.message));
}

// A partition with one replica: the node holding it comes back from a
// flipped bit with its log cut. Nobody else has the cut records, and the
// partition says so (controller state, event log, snapshot) instead of
// carrying on as if its log were whole. A partition whose other replicas
// hold the records says nothing of the kind.
void TestStorageFiles::loneReplicaSaysItsDataIsLost()
{
    auto built = Cluster::create(smallSpec(3, flushing(FlushPolicy::EveryBatch)), 41);
    QVERIFY(built);
    Cluster &c = **built;
    EventLog events(c);
    const TopicId lone = createTopic(c, QStringLiteral("lone"), topicConfig(1, 1, 1));
    const TopicId three = createTopic(c, QStringLiteral("three"), topicConfig(1, 3, 2));
    const TopicPartition tp{lone, PartitionId(0)}, other{three, PartitionId(0)};
    c.addLoad(c.addProducer(QStringLiteral("p"), ProducerConfig{}), loadOf(QStringLiteral("lone"), 500, 2 * kSecond));
    c.addLoad(c.addProducer(QStringLiteral("q"), ProducerConfig{}), loadOf(QStringLiteral("three"), 500, 2 * kSecond));
    c.runFor(3 * kSecond);
    const NodeId n = stateOf(c, tp).leader;
    QVERIFY(n != kNoNode);
    const Offset leo = leoOn(c, n, tp);
    QVERIFY(leo.value > 500);
    QVERIFY(!stateOf(c, tp).dataLost());

    Fault damage = nodeFault(0, FaultKind::DamageBatch, n.value);
    damage.pick = 3; // the fourth batch the node stores, in partition order
    QVERIFY(!c.apply(damage));
    QVERIFY(!c.crash(n, CrashKind::Process));
    c.runFor(1 * kSecond);
    QVERIFY(!c.restart(n));
    c.runFor(1 * kSecond);

    const PartitionState &s = stateOf(c, tp);
    QVERIFY(s.dataLost());
    QCOMPARE(s.lostOn, n);
    QCOMPARE(s.lostFrom, leoOn(c, n, tp)); // where the node cut its log
    QVERIFY(s.lostFrom < leo);
    QCOMPARE(s.lostTo, leo);
    QCOMPARE(s.leader, n); // it leads again with what is left
    QVERIFY(!stateOf(c, other).dataLost());
    const auto lost = events.of(ClusterEventKind::DataLost);
    QCOMPARE(lost.size(), std::size_t(1));
    QCOMPARE(lost.front().tp, tp);
    QVERIFY2(lost.front().text.contains(QStringLiteral("lone-0 LOST offsets %1 to %2").arg(s.lostFrom.value).arg(leo.value - 1)),
             qPrintable(lost.front().text));

    SnapshotBuilder builder;
    const ClusterSnapshot snap = builder.build(c, {});
    const auto shown = std::find_if(snap.partitions.begin(), snap.partitions.end(), [&](const PartitionSnapshot &p) { return p.tp == tp; });
    QVERIFY(shown != snap.partitions.end());
    QVERIFY(shown->dataLost());
    QCOMPARE(shown->lostFrom, s.lostFrom);
    QCOMPARE(shown->lostTo, leo);
    for (const PartitionSnapshot &p : snap.partitions)
        QCOMPARE(p.dataLost(), p.tp == tp);
}

// The bundled scenario: node 1's database is damaged while it is down. The
// orders (three copies) lose nothing acknowledged; the metrics partition
// whose only copy was on node 1 loses its records and says so. The figures
// are the README's.
void TestStorageFiles::damagedDiskScenario()
{
    auto scenario = loadScenario(QStringLiteral("damaged-disk"));
    QVERIFY2(scenario, qPrintable(scenario ? QString() : scenario.error().message));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    scenario->cluster.dataDirectory = dir.path();
    auto report = runScenario(*scenario, scenario->seed, scenario->duration);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QStringList damaged, lost;
    for (const ClusterEvent &e : report->clusterEvents) {
        if (e.kind == ClusterEventKind::StorageDamaged)
            damaged << e.text;
        if (e.kind == ClusterEventKind::DataLost)
            lost << e.text;
    }
    QCOMPARE(damaged.size(), 1);
    QVERIFY2(damaged.front().startsWith(QStringLiteral("Node 1 could not use its database")), qPrintable(damaged.front()));
    QVERIFY2(damaged.front().contains(QStringLiteral("quick_check")), qPrintable(damaged.front()));
    QCOMPARE(lost.size(), 1);
    QVERIFY2(lost.front().startsWith(QStringLiteral("metrics-0 LOST its records: node 1")), qPrintable(lost.front()));
    std::map<QString, std::int64_t> ackedLost;
    for (const TopicReport &t : report->topics)
        ackedLost[t.name] = t.ackedLost;
    QCOMPARE(ackedLost[QStringLiteral("orders")], std::int64_t(0));
    QCOMPARE(ackedLost[QStringLiteral("metrics")], std::int64_t(663));
}

QTEST_GUILESS_MAIN(TestStorageFiles)
#include "tst_storagefiles.moc"
