// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/nodetablemodel.h"
#include "common/statuscolors.h"
#include "snapshotfixtures.h"

using namespace bb;
using bbtest::node;
using bbtest::snapshot;

class TestNodeTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsFollowTheNodeSet();
    void onlyChangedCellsAreReported();
    void crashedNodeShowsCrashed();
    void liveClusterSequence();
};

namespace {

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

void TestNodeTableModel::rowsFollowTheNodeSet()
{
    NodeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(NodeTableModel::Count));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setSnapshot(snapshot({node(0), node(1), node(2)}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(text(model, 2, NodeTableModel::Node), QStringLiteral("Node 2"));

    // Same set: no structural change.
    model.setSnapshot(snapshot({node(0), node(1), node(2)}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);

    // Node 1 goes away, node 3 and 4 arrive.
    model.setSnapshot(snapshot({node(0), node(2), node(3), node(4)}));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 3);
    QCOMPARE(text(model, 1, NodeTableModel::Node), QStringLiteral("Node 2"));
    QCOMPARE(text(model, 3, NodeTableModel::Node), QStringLiteral("Node 4"));

    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestNodeTableModel::onlyChangedCellsAreReported()
{
    NodeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot({node(0), node(1), node(2)}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setSnapshot(snapshot({node(0), node(1), node(2)}));
    QCOMPARE(changed.count(), 0);

    auto busier = node(1);
    busier.recordsInRate = 4000;
    model.setSnapshot(snapshot({node(0), busier, node(2)}));
    QCOMPARE(changed.count(), 1);
    const auto tl = changed.last().at(0).value<QModelIndex>();
    const auto br = changed.last().at(1).value<QModelIndex>();
    QCOMPARE(tl.row(), 1);
    QCOMPARE(br.row(), 1);
    QCOMPARE(tl.column(), int(NodeTableModel::RateIn));
    QCOMPARE(br.column(), int(NodeTableModel::RateIn));
    QCOMPARE(text(model, 1, NodeTableModel::RateIn), QStringLiteral("4,000 rec/s"));
}

void TestNodeTableModel::crashedNodeShowsCrashed()
{
    NodeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(snapshot({node(0), node(1), node(2)}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(snapshot({node(0, NodeState::Up, 3), node(1, NodeState::Crashed, 0), node(2, NodeState::Up, 3)}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 1, NodeTableModel::State), QStringLiteral("Crashed"));
    QCOMPARE(text(model, 1, NodeTableModel::Leaders), QStringLiteral("0"));
    QCOMPARE(text(model, 0, NodeTableModel::Leaders), QStringLiteral("3"));
    QCOMPARE(text(model, 1, NodeTableModel::Stored), QStringLiteral("—"));
    QCOMPARE(changed.count(), 3); // one range per row
    const auto stateColor = model.index(1, NodeTableModel::State).data(Qt::ForegroundRole).value<QColor>();
    QCOMPARE(stateColor, toneColor(Tone::Bad, QApplication::palette()));
}

// Real snapshots: a healthy cluster, then the leader of orders-0 crashes and
// the controller moves its leaderships.
void TestNodeTableModel::liveClusterSequence()
{
    NodeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bbtest::LiveCluster live;
    const SnapshotPtr healthy = live.runFor(2 * kSecond);
    model.setSnapshot(healthy);
    QCOMPARE(model.rowCount(), 3);
    const NodeId victim = healthy->partition(QStringLiteral("orders"), 0)->leader;
    for (int r = 0; r < 3; ++r)
        QCOMPARE(text(model, r, NodeTableModel::State), QStringLiteral("Up"));

    live.cluster().crash(victim, CrashKind::Process);
    model.setSnapshot(live.runFor(100 * kMillisecond));
    QCOMPARE(text(model, victim.value, NodeTableModel::State), QStringLiteral("Crashed"));
    model.setSnapshot(live.runFor(2 * kSecond));
    QCOMPARE(text(model, victim.value, NodeTableModel::Leaders), QStringLiteral("0"));
    int leaders = 0;
    for (int r = 0; r < 3; ++r)
        leaders += model.index(r, NodeTableModel::Leaders).data().toInt();
    QCOMPARE(leaders, 6);

    QVERIFY(!live.cluster().restart(victim));
    model.setSnapshot(live.runFor(3 * kSecond));
    QCOMPARE(text(model, victim.value, NodeTableModel::State), QStringLiteral("Up"));
}

QTEST_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
