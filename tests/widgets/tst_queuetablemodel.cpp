// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/queuetablemodel.h"
#include "snapshotfixtures.h"

using namespace bb;

class TestQueueTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsQueues();
    void depthChangeIsNarrow();
    void liveClusterSequence();
};

namespace {

QString text(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

QueueSnapshot queue(const QString &name, std::int64_t depth, int consumers = 1)
{
    QueueSnapshot q;
    q.name = name;
    q.topic = QStringLiteral("orders");
    q.depth = depth;
    q.inFlight = 10;
    q.consumers = consumers;
    q.delivered = 5000;
    q.redelivered = 12;
    q.acknowledged = 4980;
    q.deadLettered = 3;
    q.deadLetterTopic = QStringLiteral("orders-dlq");
    q.oldestMessageAge = 12'345'000;
    return q;
}

SnapshotPtr withQueues(std::vector<QueueSnapshot> queues)
{
    auto s = std::make_shared<ClusterSnapshot>();
    s->queues = std::move(queues);
    return s;
}

} // namespace

void TestQueueTableModel::showsQueues()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(QueueTableModel::Count));
    QueueSnapshot fifo = queue(QStringLiteral("payments"), 0, 0);
    fifo.fifo = true;
    model.setSnapshot(withQueues({queue(QStringLiteral("jobs"), 1234, 0), fifo}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, QueueTableModel::Queue), QStringLiteral("jobs"));
    QCOMPARE(text(model, 0, QueueTableModel::Depth), QStringLiteral("1,234"));
    QCOMPARE(text(model, 0, QueueTableModel::InFlight), QStringLiteral("10"));
    QCOMPARE(text(model, 0, QueueTableModel::Consumers), QStringLiteral("0"));
    QCOMPARE(text(model, 0, QueueTableModel::Delivered), QStringLiteral("5,000"));
    QCOMPARE(text(model, 0, QueueTableModel::DeadLettered), QStringLiteral("3"));
    QCOMPARE(text(model, 0, QueueTableModel::OldestAge), QStringLiteral("12.3 s"));
    // Waiting messages and nobody fetching: a warning, with the reason.
    QVERIFY(model.index(0, QueueTableModel::Consumers).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, QueueTableModel::Consumers).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(0, QueueTableModel::DeadLettered).data(Qt::ToolTipRole).toString().contains(QStringLiteral("orders-dlq")));
    QCOMPARE(text(model, 1, QueueTableModel::Queue), QStringLiteral("payments (FIFO)"));
    QVERIFY(!model.index(1, QueueTableModel::Consumers).data(Qt::ForegroundRole).isValid()); // empty: nothing waits
}

void TestQueueTableModel::depthChangeIsNarrow()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(withQueues({queue(QStringLiteral("jobs"), 100)}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(withQueues({queue(QStringLiteral("jobs"), 40)}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.front().at(0).toModelIndex().column(), int(QueueTableModel::Depth));
    QCOMPARE(changed.front().at(1).toModelIndex().column(), int(QueueTableModel::Depth));
}

void TestQueueTableModel::liveClusterSequence()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    bbtest::LiveCluster live;
    QueueConfig qc;
    qc.name = QStringLiteral("jobs");
    qc.topic = QStringLiteral("orders");
    QVERIFY(!live.cluster().queueCoordinator().declareQueue(qc));
    std::int64_t previous = 0;
    for (int i = 0; i < 4; ++i) {
        model.setSnapshot(live.runFor(500 * kMillisecond));
        QCOMPARE(model.rowCount(), 1);
        QString digits = text(model, 0, QueueTableModel::Depth);
        digits.removeIf([](QChar c) { return !c.isDigit(); });
        const std::int64_t depth = digits.toLongLong();
        QVERIFY2(depth > previous, qPrintable(text(model, 0, QueueTableModel::Depth)));
        previous = depth;
    }
}

QTEST_MAIN(TestQueueTableModel)
#include "tst_queuetablemodel.moc"
