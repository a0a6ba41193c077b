// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/grouptablemodel.h"

#include <QFont>
#include "snapshotfixtures.h"

using namespace bb;
using bbtest::group;

class TestGroupTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsGroups();
    void lagChangeIsNarrow();
    void groupsComeAndGo();
    void liveClusterSequence();
    void externalGroupsAreMarked();
};

namespace {

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

SnapshotPtr withGroups(std::vector<GroupSnapshot> groups)
{
    auto s = std::make_shared<ClusterSnapshot>();
    s->groups = std::move(groups);
    return s;
}

} // namespace

void TestGroupTableModel::showsGroups()
{
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(GroupTableModel::Count));
    GroupSnapshot billing = group(QStringLiteral("billing"), {90, 60, -1});
    billing.consumedRate = 1999.6;
    billing.latencyCount = 10;
    billing.p50 = 1500;
    billing.p99 = 4200;
    model.setSnapshot(withGroups({billing, group(QStringLiteral("audit"), {}, GroupPhase::PreparingRebalance, 7)}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, GroupTableModel::Group), QStringLiteral("billing"));
    QCOMPARE(text(model, 0, GroupTableModel::State), QStringLiteral("Stable"));
    QCOMPARE(text(model, 0, GroupTableModel::Generation), QStringLiteral("3"));
    QCOMPARE(text(model, 0, GroupTableModel::Members), QStringLiteral("1"));
    QCOMPARE(text(model, 0, GroupTableModel::Assignor), QStringLiteral("range"));
    QCOMPARE(text(model, 0, GroupTableModel::Lag), QStringLiteral("150")); // 10 + 40 + 100
    QCOMPARE(text(model, 0, GroupTableModel::Rate), QStringLiteral("2,000 rec/s"));
    QCOMPARE(text(model, 0, GroupTableModel::P50), QStringLiteral("1.5 ms"));
    QCOMPARE(text(model, 0, GroupTableModel::P99), QStringLiteral("4.2 ms"));
    const QString lagTip = model.index(0, GroupTableModel::Lag).data(Qt::ToolTipRole).toString();
    QVERIFY2(lagTip.contains(QStringLiteral("orders-1: 40 (committed 60)")), qPrintable(lagTip));
    QVERIFY(lagTip.contains(QStringLiteral("orders-2: 100 (nothing committed: from the log start)")));
    const QString members = model.index(0, GroupTableModel::Members).data(Qt::ToolTipRole).toString();
    QCOMPARE(members, QStringLiteral("billing-app-1 (leader): orders-0, orders-1, orders-2"));

    QCOMPARE(text(model, 1, GroupTableModel::State), QStringLiteral("Preparing rebalance"));
    QCOMPARE(text(model, 1, GroupTableModel::P99), QStringLiteral("—")); // nothing consumed yet
    QVERIFY(model.index(1, GroupTableModel::State).data(Qt::ForegroundRole).value<QColor>()
            != model.index(0, GroupTableModel::State).data(Qt::ForegroundRole).value<QColor>());
    QCOMPARE(model.headerData(GroupTableModel::P99, Qt::Horizontal).toString(), QStringLiteral("End-to-end p99"));
}

void TestGroupTableModel::lagChangeIsNarrow()
{
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(withGroups({group(QStringLiteral("billing"), {90, 60})}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSnapshot(withGroups({group(QStringLiteral("billing"), {90, 20})}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().at(0).toModelIndex().column(), int(GroupTableModel::Lag));
    QCOMPARE(changed.front().at(1).toModelIndex().column(), int(GroupTableModel::Lag));
    QCOMPARE(text(model, 0, GroupTableModel::Lag), QStringLiteral("90"));
}

void TestGroupTableModel::groupsComeAndGo()
{
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setSnapshot(withGroups({group(QStringLiteral("audit"), {1}), group(QStringLiteral("billing"), {1})}));
    model.setSnapshot(withGroups({group(QStringLiteral("billing"), {1}), group(QStringLiteral("search"), {1})}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(text(model, 1, GroupTableModel::Group), QStringLiteral("search"));
    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestGroupTableModel::liveClusterSequence()
{
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bbtest::LiveCluster live;
    model.setSnapshot(live.runFor(kSecond));
    QCOMPARE(model.rowCount(), 0);
    live.addGroupConsumer(QStringLiteral("billing-app"), QStringLiteral("billing"));
    for (int i = 0; i < 12; ++i)
        model.setSnapshot(live.runFor(250 * kMillisecond));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, GroupTableModel::State), QStringLiteral("Stable"));
    QCOMPARE(text(model, 0, GroupTableModel::Members), QStringLiteral("1"));
    QVERIFY(text(model, 0, GroupTableModel::P99).endsWith(QStringLiteral("ms")));
}

void TestGroupTableModel::externalGroupsAreMarked()
{
    GroupTableModel model;
    GroupSnapshot kcat = group(QStringLiteral("kcat-readers"), {90, 60});
    kcat.external = true;
    model.setSnapshot(withGroups({group(QStringLiteral("billing"), {90, 60}), kcat}));
    QCOMPARE(text(model, 0, GroupTableModel::Group), QStringLiteral("billing"));
    QCOMPARE(text(model, 0, GroupTableModel::Rate), QStringLiteral("0 rec/s"));
    QCOMPARE(text(model, 1, GroupTableModel::Group), QStringLiteral("kcat-readers (external)"));
    QVERIFY(model.index(1, GroupTableModel::Group).data(Qt::FontRole).value<QFont>().italic());
    // The lag is known from the commits; what the clients consume is not.
    QCOMPARE(text(model, 1, GroupTableModel::Lag), text(model, 0, GroupTableModel::Lag));
    QCOMPARE(text(model, 1, GroupTableModel::Rate), QStringLiteral("—"));
    QCOMPARE(text(model, 1, GroupTableModel::P50), QStringLiteral("—"));
    QVERIFY(!model.index(1, GroupTableModel::Rate).data(Qt::ToolTipRole).toString().isEmpty());
}

QTEST_MAIN(TestGroupTableModel)
#include "tst_grouptablemodel.moc"
