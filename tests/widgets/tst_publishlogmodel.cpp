// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QTest>

#include "models/publishlogmodel.h"

using namespace bb;

class TestPublishLogModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newestFirst();
    void boundedRows();
};

namespace {

SendResult result(int partition, std::int64_t offset, Micros at)
{
    SendResult r;
    r.topic = QStringLiteral("orders");
    r.partition = partition;
    r.offset = Offset(offset);
    r.latency = 3200;
    r.at = at;
    return r;
}

} // namespace

void TestPublishLogModel::newestFirst()
{
    PublishLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.add(result(3, 4512, 2 * kSecond));
    SendResult failed = result(-1, -1, 3 * kSecond);
    failed.error = Error(Errc::UnknownTopic, QStringLiteral("There is no topic \"x\"; pick one of the cluster's topics."));
    model.add(failed);
    model.add(result(1, -1, 4 * kSecond)); // acks=0
    model.addNote(QStringLiteral("A new run started: the repeat stopped."), 5 * kSecond);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(3, PublishLogModel::Result).data().toString(), QStringLiteral("orders-3 at offset 4,512"));
    QCOMPARE(model.index(3, PublishLogModel::Time).data().toString(), QStringLiteral("2.000"));
    QCOMPARE(model.index(3, PublishLogModel::Latency).data().toString(), QStringLiteral("3.2 ms"));
    QVERIFY(model.isError(2));
    QCOMPARE(model.resultText(2), failed.error.message);
    QVERIFY(model.index(2, PublishLogModel::Result).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(2, PublishLogModel::Latency).data().toString(), QString());
    QCOMPARE(model.index(1, PublishLogModel::Result).data().toString(), QStringLiteral("orders-1: sent (acks=0: no offset)"));
    QCOMPARE(model.index(1, PublishLogModel::Latency).data().toString(), QString());
    QCOMPARE(model.resultText(0), QStringLiteral("A new run started: the repeat stopped."));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestPublishLogModel::boundedRows()
{
    PublishLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int i = 0; i < PublishLogModel::kMaxRows + 20; ++i)
        model.add(result(0, i, i));
    QCOMPARE(model.rowCount(), PublishLogModel::kMaxRows);
    QCOMPARE(model.resultText(0), QStringLiteral("orders-0 at offset %1").arg(PublishLogModel::kMaxRows + 19));
}

QTEST_MAIN(TestPublishLogModel)
#include "tst_publishlogmodel.moc"
