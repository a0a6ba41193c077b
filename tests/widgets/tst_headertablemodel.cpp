// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/headertablemodel.h"

using namespace bb;

class TestHeaderTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addEditRemove();
    void rowsWithoutANameAreNotSent();
};

void TestHeaderTableModel::addEditRemove()
{
    HeaderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.columnCount(), int(HeaderTableModel::Count));
    QCOMPARE(model.addRow(QStringLiteral("trace"), QStringLiteral("t-1")), 0);
    QCOMPARE(model.addRow(), 1);
    QVERIFY(model.flags(model.index(1, HeaderTableModel::Value)) & Qt::ItemIsEditable);
    QCOMPARE(model.index(1, HeaderTableModel::Name).data().toString(), QStringLiteral("(name)"));
    QCOMPARE(model.index(1, HeaderTableModel::Name).data(Qt::EditRole).toString(), QString());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1, HeaderTableModel::Name), QStringLiteral("tenant")));
    QVERIFY(model.setData(model.index(1, HeaderTableModel::Value), QStringLiteral("acme")));
    QCOMPARE(changed.count(), 2);
    QVERIFY(model.setData(model.index(1, HeaderTableModel::Value), QStringLiteral("acme"))); // unchanged: no signal
    QCOMPARE(changed.count(), 2);
    QVERIFY(!model.setData(model.index(1, HeaderTableModel::Value), QStringLiteral("x"), Qt::DisplayRole));
    const auto headers = model.headers();
    QCOMPARE(headers.size(), std::size_t(2));
    QCOMPARE(headers[1].first, QByteArray("tenant"));
    QCOMPARE(headers[1].second, QByteArray("acme"));
    model.removeRow(0);
    QCOMPARE(model.rowCount(), 1);
    model.removeRow(5); // nothing there
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.headerData(HeaderTableModel::Name, Qt::Horizontal).toString(), QStringLiteral("Header"));
}

void TestHeaderTableModel::rowsWithoutANameAreNotSent()
{
    HeaderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addRow(QString(), QStringLiteral("orphan value"));
    model.addRow(QStringLiteral("  spaced  "), QStringLiteral("ü"));
    const auto headers = model.headers();
    QCOMPARE(headers.size(), std::size_t(1));
    QCOMPARE(headers.front().first, QByteArray("spaced"));
    QCOMPARE(headers.front().second, QStringLiteral("ü").toUtf8());
}

QTEST_MAIN(TestHeaderTableModel)
#include "tst_headertablemodel.moc"
