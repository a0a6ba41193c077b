// The Producers table: built-in producers first, then the Kafka clients
// that produced through the listeners, marked external, with a dash for
// what is not known of them; a built-in producer added later keeps the
// external rows in place.
// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/producertablemodel.h"

#include <QFont>

using namespace bb;

class TestProducerTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void externalProducersAreMarked();
    void aBuiltInProducerAddedLaterLeavesExternalRowsBe();
};

namespace {

QString text(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

ProducerSnapshot producer(const QString &name, bool external, std::int64_t acked)
{
    ProducerSnapshot p;
    p.name = name;
    p.topic = external ? QStringLiteral("orders, payments") : QStringLiteral("orders");
    p.external = external;
    p.sent = acked + 2;
    p.acked = acked;
    p.failed = 2;
    p.retries = external ? 0 : 4;
    p.p50 = 1500;
    return p;
}

SnapshotPtr withProducers(std::vector<ProducerSnapshot> producers)
{
    auto s = std::make_shared<ClusterSnapshot>();
    s->producers = std::move(producers);
    return s;
}

} // namespace

void TestProducerTableModel::externalProducersAreMarked()
{
    ProducerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(withProducers({producer(QStringLiteral("checkout"), false, 10), producer(QStringLiteral("rdkafka"), true, 7)}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, ProducerTableModel::Producer), QStringLiteral("checkout"));
    QCOMPARE(text(model, 0, ProducerTableModel::Retries), QStringLiteral("4"));
    QCOMPARE(text(model, 0, ProducerTableModel::P50), QStringLiteral("1.5 ms"));
    QVERIFY(!model.index(0, ProducerTableModel::Producer).data(Qt::FontRole).isValid());

    QCOMPARE(text(model, 1, ProducerTableModel::Producer), QStringLiteral("rdkafka (external)"));
    QVERIFY(model.index(1, ProducerTableModel::Producer).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(text(model, 1, ProducerTableModel::Producer, Qt::ToolTipRole).contains(QStringLiteral("client id \"rdkafka\"")));
    QCOMPARE(text(model, 1, ProducerTableModel::Topic), QStringLiteral("orders, payments"));
    QCOMPARE(text(model, 1, ProducerTableModel::Sent), QStringLiteral("9"));
    QCOMPARE(text(model, 1, ProducerTableModel::Acked), QStringLiteral("7"));
    QCOMPARE(text(model, 1, ProducerTableModel::Failed), QStringLiteral("2"));
    // Retries and latency are the client's own business: not shown as zeros.
    QCOMPARE(text(model, 1, ProducerTableModel::Retries), QStringLiteral("—"));
    QCOMPARE(text(model, 1, ProducerTableModel::P50), QStringLiteral("—"));
    QCOMPARE(text(model, 1, ProducerTableModel::P999), QStringLiteral("—"));
    QVERIFY(!text(model, 1, ProducerTableModel::P99, Qt::ToolTipRole).isEmpty());
}

void TestProducerTableModel::aBuiltInProducerAddedLaterLeavesExternalRowsBe()
{
    ProducerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSnapshot(withProducers({producer(QStringLiteral("checkout"), false, 10), producer(QStringLiteral("rdkafka"), true, 7)}));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSnapshot(withProducers({producer(QStringLiteral("checkout"), false, 10), producer(QStringLiteral("audit"), false, 0),
                                     producer(QStringLiteral("rdkafka"), true, 7)}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(text(model, 2, ProducerTableModel::Producer), QStringLiteral("rdkafka (external)"));
}

QTEST_MAIN(TestProducerTableModel)
#include "tst_producertablemodel.moc"
