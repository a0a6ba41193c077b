// The Clients view's model and view: rows from a statistics snapshot of the
// Kafka listeners, closed connections with their reason, sorting by
// numbers, narrow updates, and the notice while the listeners are off.
// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/clienttablemodel.h"
#include "views/clientsview.h"

#include <QDateTime>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace bb;
using kafka::ClientStats;

class TestClientTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsConnections();
    void closedConnectionsSayWhy();
    void aNewCountIsNarrow();
    void theViewSortsByNumbers();
    void offListenersSaySoInsteadOfAnEmptyTable();
};

namespace {

QString text(const QAbstractItemModel &m, int row, int column, int role = Qt::DisplayRole)
{
    return m.index(row, column).data(role).toString();
}

ClientStats connection(std::uint64_t id, const QString &clientId, int node, std::int64_t metadata, std::int64_t produce)
{
    ClientStats c;
    c.connection = id;
    c.node = NodeId(node);
    c.address = QStringLiteral("127.0.0.1:%1").arg(50000 + id);
    c.clientId = clientId;
    c.connectedAtMs = QDateTime(QDate(2026, 12, 6), QTime(14, 2, 11)).toMSecsSinceEpoch();
    if (metadata)
        c.requests.push_back({3, QStringLiteral("Metadata"), metadata});
    if (produce)
        c.requests.push_back({0, QStringLiteral("Produce"), produce});
    c.bytesIn = 1500 * (metadata + produce);
    c.bytesOut = 200 * (metadata + produce);
    return c;
}

kafka::ClientStatsList list(std::vector<ClientStats> stats)
{
    return std::make_shared<const std::vector<ClientStats>>(std::move(stats));
}

} // namespace

void TestClientTableModel::showsConnections()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(ClientTableModel::Count));
    ClientStats secure = connection(2, QString(), 2, 0, 0);
    secure.tls = true;
    secure.principal = QStringLiteral("alice");
    model.setStats(list({connection(1, QStringLiteral("rdkafka"), 1, 2, 1000), secure}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, ClientTableModel::ClientId), QStringLiteral("rdkafka"));
    QCOMPARE(text(model, 0, ClientTableModel::Address), QStringLiteral("127.0.0.1:50001"));
    QCOMPARE(text(model, 0, ClientTableModel::Node), QStringLiteral("1"));
    QCOMPARE(text(model, 0, ClientTableModel::Principal), QStringLiteral("—"));
    QCOMPARE(text(model, 0, ClientTableModel::Connected), QStringLiteral("14:02:11"));
    QCOMPARE(text(model, 0, ClientTableModel::Requests), QStringLiteral("1,002"));
    QCOMPARE(text(model, 0, ClientTableModel::Requests, Qt::ToolTipRole), QStringLiteral("Metadata: 2\nProduce: 1,000"));
    QCOMPARE(text(model, 0, ClientTableModel::Errors), QStringLiteral("0"));
    QCOMPARE(text(model, 0, ClientTableModel::Bytes), QStringLiteral("1.5 MB / 200.4 kB"));
    QCOMPARE(text(model, 0, ClientTableModel::State), QStringLiteral("open"));

    // Nothing read yet, over TLS, authenticated.
    QCOMPARE(text(model, 1, ClientTableModel::ClientId), QStringLiteral("—"));
    QCOMPARE(text(model, 1, ClientTableModel::Address), QStringLiteral("127.0.0.1:50002 (TLS)"));
    QCOMPARE(text(model, 1, ClientTableModel::Principal), QStringLiteral("alice"));
    QCOMPARE(text(model, 1, ClientTableModel::Requests), QStringLiteral("0"));
    QCOMPARE(text(model, 1, ClientTableModel::Requests, Qt::ToolTipRole), QStringLiteral("No request answered yet."));
    QCOMPARE(model.headerData(ClientTableModel::Bytes, Qt::Horizontal).toString(), QStringLiteral("Bytes in / out"));

    // A null list (the listeners went): no rows.
    model.setStats(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestClientTableModel::closedConnectionsSayWhy()
{
    ClientTableModel model;
    ClientStats refused = connection(4, QStringLiteral("probe"), 0, 1, 0);
    refused.open = false;
    refused.closedAtMs = refused.connectedAtMs + 125'000;
    refused.closeReason = QStringLiteral("api 99 is not an API this listener speaks");
    refused.errors = 2;
    refused.lastError = refused.closeReason;
    ClientStats left = connection(5, QStringLiteral("probe"), 0, 1, 0);
    left.open = false;
    left.closedAtMs = left.connectedAtMs + 1000;
    model.setStats(list({refused, left, connection(6, QStringLiteral("live"), 0, 1, 0)}));

    QCOMPARE(text(model, 0, ClientTableModel::State), QStringLiteral("closed: api 99 is not an API this listener speaks"));
    QCOMPARE(text(model, 0, ClientTableModel::Errors), QStringLiteral("2"));
    QCOMPARE(text(model, 0, ClientTableModel::Errors, Qt::ToolTipRole),
             QStringLiteral("Latest: api 99 is not an API this listener speaks"));
    QVERIFY2(text(model, 0, ClientTableModel::Connected, Qt::ToolTipRole).endsWith(QStringLiteral("after 2:05")),
             qPrintable(text(model, 0, ClientTableModel::Connected, Qt::ToolTipRole)));
    QCOMPARE(text(model, 1, ClientTableModel::State), QStringLiteral("closed by the client"));

    // Errors stand out; a closed row steps back; the three states differ.
    const auto colour = [&](int row, int column) { return model.index(row, column).data(Qt::ForegroundRole).value<QColor>(); };
    QVERIFY(colour(0, ClientTableModel::Errors) != colour(2, ClientTableModel::Errors));
    QVERIFY(colour(0, ClientTableModel::ClientId).isValid());
    QVERIFY(!model.index(2, ClientTableModel::ClientId).data(Qt::ForegroundRole).isValid());
    QVERIFY(colour(0, ClientTableModel::State) != colour(1, ClientTableModel::State));
    QVERIFY(colour(1, ClientTableModel::State) != colour(2, ClientTableModel::State));
}

void TestClientTableModel::aNewCountIsNarrow()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStats(list({connection(1, QStringLiteral("a"), 0, 1, 0), connection(2, QStringLiteral("b"), 1, 1, 0)}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ClientStats busier = connection(2, QStringLiteral("b"), 1, 2, 0);
    busier.bytesIn = 1500; // as before: only the request count moves
    busier.bytesOut = 200;
    model.setStats(list({connection(1, QStringLiteral("a"), 0, 1, 0), busier, connection(3, QStringLiteral("c"), 2, 0, 0)}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    const QModelIndex from = changed.first().at(0).value<QModelIndex>();
    const QModelIndex to = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(from.row(), 1);
    QCOMPARE(from.column(), int(ClientTableModel::Requests));
    QCOMPARE(to.column(), int(ClientTableModel::Requests));
}

void TestClientTableModel::theViewSortsByNumbers()
{
    ClientsView view;
    view.setListeners(QStringLiteral("127.0.0.1:19092"));
    ClientStats early = connection(1, QStringLiteral("early"), 0, 9, 0);
    early.connectedAtMs -= 60'000;
    view.setStats(list({early, connection(2, QStringLiteral("late"), 0, 10, 0)}));
    const QAbstractItemModel &sorted = *view.table()->model();
    // Newest first by default.
    QCOMPARE(text(sorted, 0, ClientTableModel::ClientId), QStringLiteral("late"));
    // 10 requests after 9 (not "10" before "9" as text would have it).
    view.table()->sortByColumn(ClientTableModel::Requests, Qt::AscendingOrder);
    QCOMPARE(text(sorted, 0, ClientTableModel::ClientId), QStringLiteral("early"));
    QCOMPARE(text(sorted, 1, ClientTableModel::ClientId), QStringLiteral("late"));
    QCOMPARE(view.summary()->text(), QStringLiteral("Listening on 127.0.0.1:19092. Open: 2; closed: 0 (the latest 100 are kept)."));
}

void TestClientTableModel::offListenersSaySoInsteadOfAnEmptyTable()
{
    ClientsView view;
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.offNotice()->isVisible());
    QVERIFY(!view.table()->isVisible());
    QVERIFY(view.offNotice()->text().contains(QStringLiteral("Simulation > Kafka Listeners")));
    // Statistics that come late (a stop racing a tick) are not shown.
    view.setStats(list({connection(1, QStringLiteral("late"), 0, 1, 0)}));
    QCOMPARE(view.model()->rowCount(), 0);

    view.setListeners(QStringLiteral("127.0.0.1:19092,127.0.0.1:19093"));
    QVERIFY(view.table()->isVisible());
    QVERIFY(!view.offNotice()->isVisible());
    QCOMPARE(view.summary()->text(), QStringLiteral("Listening on 127.0.0.1:19092, 127.0.0.1:19093. No Kafka client has connected "
                                                    "yet: give one bootstrap.servers=127.0.0.1:19092,127.0.0.1:19093."));
    view.setStats(list({connection(1, QStringLiteral("a"), 0, 1, 0)}));
    QCOMPARE(view.model()->rowCount(), 1);

    view.setListeners({});
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.offNotice()->isVisible());
}

QTEST_MAIN(TestClientTableModel)
#include "tst_clienttablemodel.moc"
