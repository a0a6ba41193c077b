// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/consumedrecordmodel.h"

using namespace bb;

class TestConsumedRecordModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newestFirst();
    void keepsTheNewestRows();
    void oversizedBatch();
};

namespace {

std::vector<ConsumedRow> rows(int partition, std::int64_t firstOffset, int count)
{
    std::vector<ConsumedRow> out;
    for (int i = 0; i < count; ++i) {
        ConsumedRow r;
        r.partition = partition;
        r.offset = Offset(firstOffset + i);
        r.key = QByteArray("customer-") + QByteArray::number(i);
        r.value = QByteArray("order ") + QByteArray::number(firstOffset + i);
        r.timestamp = 2 * kSecond + i * kMillisecond;
        r.latency = 4500;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

void TestConsumedRecordModel::newestFirst()
{
    ConsumedRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.add(rows(2, 10, 3));
    std::vector<ConsumedRow> more = rows(4, 7, 1);
    more.front().key = QByteArray();   // no key
    more.front().value = QByteArray(); // a tombstone
    model.add(std::move(more));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, ConsumedRecordModel::PartitionColumn).data().toInt(), 4);
    QCOMPARE(model.index(0, ConsumedRecordModel::Key).data().toString(), QStringLiteral("null"));
    QCOMPARE(model.index(0, ConsumedRecordModel::Value).data().toString(), QStringLiteral("tombstone"));
    QVERIFY(model.index(0, ConsumedRecordModel::Value).data(Qt::ForegroundRole).isValid());
    // The batch before it: its newest record on top.
    QCOMPARE(model.index(1, ConsumedRecordModel::OffsetColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(model.index(3, ConsumedRecordModel::OffsetColumn).data().toString(), QStringLiteral("10"));
    QCOMPARE(model.index(3, ConsumedRecordModel::Key).data().toString(), QStringLiteral("customer-0"));
    QCOMPARE(model.index(3, ConsumedRecordModel::Value).data().toString(), QStringLiteral("order 10"));
    QCOMPARE(model.index(3, ConsumedRecordModel::Time).data().toString(), QStringLiteral("2.000"));
    QCOMPARE(model.index(3, ConsumedRecordModel::Latency).data().toString(), QStringLiteral("4.5 ms"));
    QVERIFY(!model.index(3, ConsumedRecordModel::Value).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.recordAt(3)->offset, Offset(10));
    QVERIFY(!model.recordAt(4));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestConsumedRecordModel::keepsTheNewestRows()
{
    ConsumedRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.add(rows(0, 0, ConsumedRecordModel::kMaxRows - 10));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.add(rows(0, ConsumedRecordModel::kMaxRows - 10, 50));
    // One insert at the top, one removal at the bottom: no reset.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.front().at(1).toInt(), ConsumedRecordModel::kMaxRows);
    QCOMPARE(model.rowCount(), ConsumedRecordModel::kMaxRows);
    QCOMPARE(model.recordAt(0)->offset, Offset(ConsumedRecordModel::kMaxRows + 39));
    QCOMPARE(model.recordAt(ConsumedRecordModel::kMaxRows - 1)->offset, Offset(40));
}

void TestConsumedRecordModel::oversizedBatch()
{
    ConsumedRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.add(rows(1, 0, 5));
    model.add(rows(1, 5, ConsumedRecordModel::kMaxRows + 200));
    QCOMPARE(model.rowCount(), ConsumedRecordModel::kMaxRows);
    QCOMPARE(model.recordAt(0)->offset, Offset(ConsumedRecordModel::kMaxRows + 204));
    QCOMPARE(model.recordAt(ConsumedRecordModel::kMaxRows - 1)->offset, Offset(205));
}

QTEST_MAIN(TestConsumedRecordModel)
#include "tst_consumedrecordmodel.moc"
