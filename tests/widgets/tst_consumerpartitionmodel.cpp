// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/consumerpartitionmodel.h"

using namespace bb;

class TestConsumerPartitionModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsOffsetsAndLag();
    void changesAreNarrow();
};

namespace {

ConsumePartition part(int partition, std::int64_t position, std::int64_t committed, std::int64_t hw)
{
    return {partition, Offset(position), Offset(committed), Offset(hw)};
}

} // namespace

void TestConsumerPartitionModel::showsOffsetsAndLag()
{
    ConsumerPartitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPartitions({part(0, 1200, 1000, 4500), part(1, -1, -1, -1)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ConsumerPartitionModel::Position).data().toString(), QStringLiteral("1,200"));
    QCOMPARE(model.index(0, ConsumerPartitionModel::Committed).data().toString(), QStringLiteral("1,000"));
    QCOMPARE(model.index(0, ConsumerPartitionModel::HighWatermark).data().toString(), QStringLiteral("4,500"));
    QCOMPARE(model.index(0, ConsumerPartitionModel::Lag).data().toString(), QStringLiteral("3,300"));
    // Committed behind the position: those records would be read again.
    QVERIFY(model.index(0, ConsumerPartitionModel::Committed).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(1, ConsumerPartitionModel::Position).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(1, ConsumerPartitionModel::Lag).data().toString(), QStringLiteral("—"));
    model.setPartitions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestConsumerPartitionModel::changesAreNarrow()
{
    ConsumerPartitionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPartitions({part(0, 10, 10, 20), part(1, 5, 5, 5), part(2, 7, -1, 9)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPartitions({part(0, 10, 10, 20), part(1, 5, 5, 6), part(2, 7, -1, 9)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex from = changed.front().at(0).toModelIndex();
    const QModelIndex to = changed.front().at(1).toModelIndex();
    QCOMPARE(from.row(), 1);
    QCOMPARE(to.row(), 1);
    QCOMPARE(from.column(), int(ConsumerPartitionModel::HighWatermark));
    QCOMPARE(to.column(), int(ConsumerPartitionModel::Lag));
    // A rebalance took partition 1 away.
    model.setPartitions({part(0, 10, 10, 20), part(2, 7, -1, 9)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.partitions().back().partition, 2);
}

QTEST_MAIN(TestConsumerPartitionModel)
#include "tst_consumerpartitionmodel.moc"
