// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "model/recordtag.h"
#include "messages/recordtext.h"
#include "models/messagetablemodel.h"

using namespace bb;

class TestMessageTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pageFillsTheRows();
    void logMovesChangeOnlyTheStateColumn();
    void nullKeysTombstonesAndBinary();
    void recordText_data();
    void recordText();
};

namespace {

BrowsePage page(std::int64_t first, int count, Offset hw, Offset leo)
{
    BrowsePage p;
    p.partitionName = QStringLiteral("orders-0");
    p.hw = hw;
    p.leo = leo;
    p.logStart = Offset(0);
    for (int i = 0; i < count; ++i) {
        BrowseRecord r;
        r.offset = Offset(first + i);
        r.timestamp = (first + i) * kMillisecond;
        r.key = QByteArray("k") + QByteArray::number(i % 4);
        r.value = QByteArray("value-") + QByteArray::number(first + i);
        r.headers = {{QStringLiteral("trace"), QByteArray("abc")}};
        p.records.push_back(r);
    }
    p.scannedFrom = Offset(first);
    p.scannedTo = Offset(first + count);
    return p;
}

} // namespace

void TestMessageTableModel::pageFillsTheRows()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(MessageTableModel::Count));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPage(page(1000, 10, Offset(1005), Offset(1010)));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, MessageTableModel::OffsetColumn).data().toString(), QStringLiteral("1,000"));
    QCOMPARE(model.index(0, MessageTableModel::Time).data().toString(), QStringLiteral("1.000"));
    QCOMPARE(model.index(2, MessageTableModel::Key).data().toString(), QStringLiteral("k2"));
    QCOMPARE(model.index(2, MessageTableModel::Value).data().toString(), QStringLiteral("value-1002"));
    QCOMPARE(model.index(2, MessageTableModel::Headers).data().toString(), QStringLiteral("trace=abc"));
    QCOMPARE(model.index(4, MessageTableModel::State).data().toString(), QStringLiteral("committed"));
    QCOMPARE(model.index(5, MessageTableModel::State).data().toString(), QStringLiteral("not committed"));
    QCOMPARE(model.rowOf(Offset(1007)), 7);
    QCOMPARE(model.rowOf(Offset(999)), -1);
    QCOMPARE(model.recordAt(3)->offset, Offset(1003));
    QVERIFY(!model.recordAt(10));
    QCOMPARE(model.headerData(MessageTableModel::Value, Qt::Horizontal).toString(), QStringLiteral("Value"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// The high watermark passes three rows, then a truncation takes the tail:
// only those State cells change.
void TestMessageTableModel::logMovesChangeOnlyTheStateColumn()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPage(page(0, 10, Offset(5), Offset(10)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLogState(Offset(5), Offset(10));
    QCOMPARE(changed.count(), 0);
    model.setLogState(Offset(8), Offset(12));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), model.index(5, MessageTableModel::State));
    QCOMPARE(changed[0][1].toModelIndex(), model.index(7, MessageTableModel::State));
    QCOMPARE(model.index(7, MessageTableModel::State).data().toString(), QStringLiteral("committed"));
    model.setLogState(Offset(8), Offset(8));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed[1][0].toModelIndex().row(), 8);
    QCOMPARE(changed[1][1].toModelIndex().row(), 9);
    QCOMPARE(model.index(9, MessageTableModel::State).data().toString(), QStringLiteral("gone"));
    QVERIFY(model.index(9, MessageTableModel::State).data(Qt::ToolTipRole).toString().contains(QStringLiteral("truncated")));
}

void TestMessageTableModel::nullKeysTombstonesAndBinary()
{
    MessageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BrowsePage p = page(0, 3, Offset(3), Offset(3));
    p.records[0].key = QByteArray();
    p.records[1].value = QByteArray();
    QByteArray tagged(100, 'v');
    RecordTag{0, 4242}.write(tagged.data());
    p.records[2].value = tagged;
    p.records[2].generatorSequence = 4242;
    p.records[2].key = QByteArray("\x01\x02\xff", 3);
    model.setPage(p);
    QCOMPARE(model.index(0, MessageTableModel::Key).data().toString(), QStringLiteral("null"));
    QVERIFY(model.index(0, MessageTableModel::Key).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(1, MessageTableModel::Value).data().toString(), QStringLiteral("tombstone"));
    const QString value = model.index(2, MessageTableModel::Value).data().toString();
    QVERIFY2(value.startsWith(QStringLiteral("#4242 vvvv")), qPrintable(value));
    QVERIFY(value.size() <= MessageTableModel::kValueChars);
    QVERIFY(value.endsWith(QChar(0x2026)));
    QCOMPARE(model.index(2, MessageTableModel::Key).data().toString(), QStringLiteral("01 02 ff"));
}

void TestMessageTableModel::recordText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << QByteArray("hello") << 0 << QStringLiteral("hello");
    QTest::newRow("utf-8") << QByteArray("grüße ✓") << 0 << QStringLiteral("grüße ✓");
    QTest::newRow("cut") << QByteArray("abcdefghij") << 5 << QStringLiteral("abcd…");
    QTest::newRow("binary as hex") << QByteArray("\x00\x10\x7f", 3) << 0 << QStringLiteral("00 10 7f");
    QTest::newRow("hex cut") << QByteArray(40, '\x01') << 9 << QStringLiteral("01 01 01…");
    QTest::newRow("newline shown") << QByteArray("a\nb") << 0 << QStringLiteral("a↵b");
}

void TestMessageTableModel::recordText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, max);
    QFETCH(QString, text);
    QCOMPARE(recordBytesText(bytes, max), text);
}

QTEST_MAIN(TestMessageTableModel)
#include "tst_messagetablemodel.moc"
