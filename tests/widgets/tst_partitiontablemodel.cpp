// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include "models/partitiontablemodel.h"
#include "snapshotfixtures.h"
#include "common/statuscolors.h"

using namespace bb;
using bbtest::node;
using bbtest::partition;
using bbtest::snapshot;

class TestPartitionTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsPartitions();
    void leaderChangeIsNarrow();
    void underReplicatedAndOffline();
    void dataLostOnDamagedStorage();
    void topicsComeAndGo();
    void leaderDownBeforeTheControllerNotices();
    void lagIsTheLargestOverGroups();
    void liveClusterSequence();
};

namespace {

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

std::vector<NodeSnapshot> threeNodes() { return {node(0), node(1), node(2)}; }

std::vector<PartitionSnapshot> healthy()
{
    return {partition(0, 0, {0, 1, 2}), partition(1, 1, {1, 2, 0}), partition(2, 2, {2, 0, 1})};
}

} // namespace

void TestPartitionTableModel::showsPartitions()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot(threeNodes(), healthy()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(PartitionTableModel::Count));
    QCOMPARE(text(model, 1, PartitionTableModel::Partition), QStringLiteral("orders-1"));
    QCOMPARE(text(model, 1, PartitionTableModel::Leader), QStringLiteral("1"));
    QCOMPARE(text(model, 1, PartitionTableModel::Replicas), QStringLiteral("1, 2, 0"));
    QCOMPARE(text(model, 1, PartitionTableModel::Isr), QStringLiteral("1, 2, 0"));
    QCOMPARE(text(model, 1, PartitionTableModel::HighWatermark), QStringLiteral("100"));
    QCOMPARE(text(model, 1, PartitionTableModel::LogEnd), QStringLiteral("110"));
    QCOMPARE(text(model, 1, PartitionTableModel::Status), QStringLiteral("In sync"));
    QVERIFY(!model.index(1, PartitionTableModel::Leader).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(1, PartitionTableModel::LogEnd).data(Qt::ToolTipRole).toString().contains(QStringLiteral("node 2")));
    QCOMPARE(model.rowOf(QStringLiteral("orders"), 2), 2);
}

void TestPartitionTableModel::leaderChangeIsNarrow()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot(threeNodes(), healthy()));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    // Partition 1's leadership moves to node 2 in epoch 2; the ISR is unchanged.
    auto parts = healthy();
    parts[1] = partition(1, 2, {1, 2, 0}, 2);
    model.setSnapshot(snapshot(threeNodes(), parts));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto tl = changed.last().at(0).value<QModelIndex>();
    const auto br = changed.last().at(1).value<QModelIndex>();
    QCOMPARE(tl.row(), 1);
    QCOMPARE(br.row(), 1);
    QCOMPARE(tl.column(), int(PartitionTableModel::Leader));
    QCOMPARE(br.column(), int(PartitionTableModel::Epoch));
    QCOMPARE(text(model, 1, PartitionTableModel::Leader), QStringLiteral("2"));
    QCOMPARE(text(model, 1, PartitionTableModel::Epoch), QStringLiteral("2"));
}

void TestPartitionTableModel::underReplicatedAndOffline()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot(threeNodes(), healthy()));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Node 0 crashed: partition 0 lost its leader to node 1, everyone's ISR shrank.
    auto parts = std::vector<PartitionSnapshot>{partition(0, 1, {1, 2}, 2), partition(1, 1, {1, 2}), partition(2, 2, {2, 1})};
    model.setSnapshot(snapshot({node(0, NodeState::Crashed, 0), node(1), node(2)}, parts));
    QCOMPARE(changed.count(), 3);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(text(model, r, PartitionTableModel::Status), QStringLiteral("Under-replicated"));
        QCOMPARE(model.index(r, PartitionTableModel::Partition).data(Qt::BackgroundRole).value<QColor>(),
                 toneTint(Tone::Warning, QApplication::palette()));
        QVERIFY(!text(model, r, PartitionTableModel::Isr).contains(QLatin1Char('0')));
    }

    // Then partition 2 has no live replica left.
    parts[2] = partition(2, -1, {2});
    model.setSnapshot(snapshot({node(0, NodeState::Crashed, 0), node(1), node(2, NodeState::Crashed, 0)}, parts));
    QCOMPARE(text(model, 2, PartitionTableModel::Status), QStringLiteral("Offline"));
    QCOMPARE(text(model, 2, PartitionTableModel::Leader), QStringLiteral("none"));
    QCOMPARE(text(model, 2, PartitionTableModel::HighWatermark), QStringLiteral("—"));
    QCOMPARE(model.index(2, PartitionTableModel::Status).data(Qt::ForegroundRole).value<QColor>(),
             toneColor(Tone::Bad, QApplication::palette()));
    QCOMPARE(model.index(2, PartitionTableModel::Epoch).data(Qt::BackgroundRole).value<QColor>(),
             toneTint(Tone::Bad, QApplication::palette()));
}

// A partition whose only in-sync replica came back from damaged storage
// without records: marked in red with a warning sign, and the status
// tooltip says which node lost which offsets. Only that row changes.
void TestPartitionTableModel::dataLostOnDamagedStorage()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot(threeNodes(), healthy()));
    QVERIFY(!model.index(1, PartitionTableModel::Status).data(Qt::DecorationRole).isValid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    auto parts = healthy();
    parts[1].lostOn = NodeId(1);
    parts[1].lostFrom = Offset(1200);
    parts[1].lostTo = Offset(2500);
    model.setSnapshot(snapshot(threeNodes(), parts));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(model, 1, PartitionTableModel::Status), QStringLiteral("Data lost"));
    QCOMPARE(text(model, 0, PartitionTableModel::Status), QStringLiteral("In sync"));
    const QModelIndex status = model.index(1, PartitionTableModel::Status);
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(), toneColor(Tone::Bad, QApplication::palette()));
    QCOMPARE(model.index(1, PartitionTableModel::Leader).data(Qt::BackgroundRole).value<QColor>(), toneTint(Tone::Bad, QApplication::palette()));
    const QString tip = status.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("node 1")) && tip.contains(QStringLiteral("1,200 to 2,499")), qPrintable(tip));

    // Its whole store set aside: the offsets are not known.
    parts[1].lostFrom = Offset(0);
    parts[1].lostTo = Offset(-1);
    model.setSnapshot(snapshot(threeNodes(), parts));
    const QString aside = model.index(1, PartitionTableModel::Status).data(Qt::ToolTipRole).toString();
    QVERIFY2(aside.contains(QStringLiteral("empty log")) && !aside.contains(QStringLiteral("offsets")), qPrintable(aside));
}

void TestPartitionTableModel::topicsComeAndGo()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot(threeNodes(), healthy()));
    auto more = healthy();
    auto other = partition(0, 1, {1, 2, 0});
    other.tp.topic = TopicId(1);
    other.topic = QStringLiteral("payments");
    more.push_back(other);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSnapshot(snapshot(threeNodes(), more));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(text(model, 3, PartitionTableModel::Partition), QStringLiteral("payments-0"));
    model.setSnapshot(snapshot(threeNodes(), {other}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, PartitionTableModel::Partition), QStringLiteral("payments-0"));
    model.setSnapshot(snapshot(threeNodes(), {}));
    QCOMPARE(model.rowCount(), 0);
}

// A crashed leader the controller has not fenced yet shows as such, not as
// "In sync".
void TestPartitionTableModel::leaderDownBeforeTheControllerNotices()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto parts = healthy();
    for (auto &r : parts[0].replicaStates)
        if (r.isLeader)
            r.up = false;
    model.setSnapshot(snapshot({node(0, NodeState::Crashed), node(1), node(2)}, parts));
    QCOMPARE(text(model, 0, PartitionTableModel::Status), QStringLiteral("Leader down"));
    QCOMPARE(text(model, 1, PartitionTableModel::Status), QStringLiteral("In sync"));
    QCOMPARE(model.index(0, PartitionTableModel::Leader).data(Qt::ForegroundRole).value<QColor>(),
             toneColor(Tone::Bad, QApplication::palette()));
}

// Real snapshots: the leader of orders-0 crashes; the next leader is elected
// from the ISR in a new epoch and the crashed node leaves every ISR.
void TestPartitionTableModel::liveClusterSequence()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bbtest::LiveCluster live;
    const SnapshotPtr before = live.runFor(2 * kSecond);
    model.setSnapshot(before);
    QCOMPARE(model.rowCount(), 6);
    const int row = model.rowOf(QStringLiteral("orders"), 0);
    const QString victim = text(model, row, PartitionTableModel::Leader);
    const QString epoch = text(model, row, PartitionTableModel::Epoch);
    const qint64 hw = before->partition(QStringLiteral("orders"), 0)->hw.value;
    QVERIFY(hw > 0);

    live.cluster().crash(before->partition(QStringLiteral("orders"), 0)->leader, CrashKind::Process);
    model.setSnapshot(live.runFor(2 * kSecond));
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(text(model, row, PartitionTableModel::Leader) != victim);
    QVERIFY(text(model, row, PartitionTableModel::Epoch) != epoch);
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(!text(model, r, PartitionTableModel::Isr).contains(victim));
        QCOMPARE(text(model, r, PartitionTableModel::Status), QStringLiteral("Under-replicated"));
    }
    // Writes resume on the new leader once the producer's request timed out.
    model.setSnapshot(live.runFor(3 * kSecond));
    QVERIFY(model.partitionAt(row)->hw.value > hw);
}

void TestPartitionTableModel::lagIsTheLargestOverGroups()
{
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto s = std::make_shared<ClusterSnapshot>(*snapshot(threeNodes(), healthy()));
    model.setSnapshot(s);
    QCOMPARE(text(model, 0, PartitionTableModel::Lag), QStringLiteral("—"));
    QVERIFY(model.index(0, PartitionTableModel::Lag).data(Qt::ToolTipRole).toString().contains(QStringLiteral("No consumer group")));

    // billing reads orders-0 and -1, audit only orders-0, further behind.
    s = std::make_shared<ClusterSnapshot>(*s);
    s->groups = {bbtest::group(QStringLiteral("audit"), {25}), bbtest::group(QStringLiteral("billing"), {90, 40})};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(s);
    QCOMPARE(text(model, 0, PartitionTableModel::Lag), QStringLiteral("75"));
    QCOMPARE(text(model, 1, PartitionTableModel::Lag), QStringLiteral("60"));
    QCOMPARE(text(model, 2, PartitionTableModel::Lag), QStringLiteral("—"));
    const QString tip = model.index(0, PartitionTableModel::Lag).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("audit")) && tip.contains(QStringLiteral("75")), qPrintable(tip));
    QCOMPARE(changed.count(), 2); // rows 0 and 1, the lag column only
    for (const auto &args : changed) {
        QCOMPARE(args.at(0).toModelIndex().column(), int(PartitionTableModel::Lag));
        QCOMPARE(args.at(1).toModelIndex().column(), int(PartitionTableModel::Lag));
    }
}

QTEST_MAIN(TestPartitionTableModel)
#include "tst_partitiontablemodel.moc"
