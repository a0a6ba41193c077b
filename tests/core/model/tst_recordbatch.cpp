#include "model/recordbatch.h"

#include <QTest>

using namespace bb;

class TestRecordBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void nullKeyAndTombstone();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void builderReusesReservation();
    void everyFlippedBitIsCaught();
    void stampingKeepsTheChecksum();
};

void TestRecordBatch::roundTrip()
{
    RecordBatchBuilder b;
    b.setProducer(ProducerId(7), 2, 40);
    const RecordHeader hs[] = {{"trace", "abc"}, {"k2", ""}};
    b.append("k1", "v1", 100, hs);
    b.append("k2", "value-two", 90);
    b.append("k3", "v3", 250);
    RecordBatch batch = b.build();
    QCOMPARE(batch.recordCount(), 3);
    QCOMPARE(batch.lastOffsetDelta(), 2);
    QCOMPARE(batch.firstTimestamp(), Micros(90));
    QCOMPARE(batch.maxTimestamp(), Micros(250));
    QCOMPARE(batch.producerId(), ProducerId(7));
    QCOMPARE(batch.producerEpoch(), 2);
    QCOMPARE(batch.baseSequence(), 40);

    auto parsed = RecordBatch::fromBytes(batch.bytes());
    QVERIFY(parsed.ok());
    int i = 0;
    for (const RecordView r : *parsed) {
        QCOMPARE(r.offsetDelta, i);
        if (i == 0) {
            QCOMPARE(r.key.toByteArray(), QByteArray("k1"));
            QCOMPARE(r.headerCount, 2);
            QCOMPARE(r.header(0).key.toByteArray(), QByteArray("trace"));
            QCOMPARE(r.header(0).value.toByteArray(), QByteArray("abc"));
            QCOMPARE(r.header(1).key.toByteArray(), QByteArray("k2"));
            QVERIFY(r.header(1).value.isEmpty());
        }
        if (i == 1)
            QCOMPARE(r.value.toByteArray(), QByteArray("value-two"));
        ++i;
    }
    QCOMPARE(i, 3);
}

void TestRecordBatch::nullKeyAndTombstone()
{
    RecordBatchBuilder b;
    b.append(QByteArrayView(), "v", 1);
    b.append("k", QByteArrayView(), 2);
    auto batch = RecordBatch::fromBytes(b.build().bytes());
    QVERIFY(batch.ok());
    auto it = batch->begin();
    QVERIFY((*it).key.isNull());
    QVERIFY(!(*it).isTombstone());
    ++it;
    QCOMPARE((*it).key.toByteArray(), QByteArray("k"));
    QVERIFY((*it).isTombstone());
}

void TestRecordBatch::rejectsMalformed_data()
{
    QTest::addColumn<int>("cut");     // bytes removed from the end
    QTest::addColumn<int>("flipAt");  // byte to corrupt, -1 none
    QTest::addColumn<int>("flipTo");
    QTest::newRow("truncated header") << 200 << -1 << 0;
    QTest::newRow("truncated record") << 3 << -1 << 0;
    QTest::newRow("bad magic") << 0 << 0 << 9;
    QTest::newRow("count too large") << 0 << 4 << 50;
    QTest::newRow("record length huge") << 0 << 48 << 0x7f;
    QTest::newRow("key length negative") << 0 << 64 + 3 << 0xf0;
}

void TestRecordBatch::rejectsMalformed()
{
    QFETCH(int, cut);
    QFETCH(int, flipAt);
    QFETCH(int, flipTo);
    RecordBatchBuilder b;
    b.append("key", "value", 5);
    b.append("key2", "value2", 6);
    QByteArray bytes = b.build().bytes();
    bytes.chop(qMin(cut, int(bytes.size())));
    if (flipAt >= 0)
        bytes[flipAt] = char(flipTo);
    auto r = RecordBatch::fromBytes(bytes);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Errc::InvalidRecord);
    QVERIFY(r.error().message.contains(QStringLiteral("Malformed")));
}

void TestRecordBatch::builderReusesReservation()
{
    RecordBatchBuilder b(4096);
    const QByteArray value(100, 'x');
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 20; ++i)
            b.append("k", value, i);
        RecordBatch batch = b.build();
        QCOMPARE(batch.recordCount(), 20);
        QVERIFY(b.count() == 0);
        QCOMPARE(b.sizeBytes(), qsizetype(RecordBatch::kHeaderSize));
    }
}

void TestRecordBatch::everyFlippedBitIsCaught()
{
    RecordBatchBuilder b;
    const RecordHeader hs[] = {{"h", "x"}};
    b.append("key", "value", 5, hs);
    b.append(QByteArrayView(), "v2", 6);
    const QByteArray good = b.build().bytes();
    QVERIFY(RecordBatch::fromBytes(good).ok());
    for (qsizetype bit = 0; bit < good.size() * 8; ++bit) {
        QByteArray bad = good;
        bad[bit / 8] = char(bad[bit / 8] ^ (1 << (bit % 8)));
        auto r = RecordBatch::fromBytes(bad);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("bit %1 flipped went unnoticed").arg(bit)));
        QVERIFY(RecordBatch::unverified(bad).verify());
    }
}

void TestRecordBatch::stampingKeepsTheChecksum()
{
    RecordBatchBuilder b;
    b.append("k", "v", 1);
    RecordBatch batch = b.build();
    const std::uint32_t before = batch.crc();
    QVERIFY(batch.crcMatches());
    batch.stampProducer(ProducerId(42), 3, 7, Transactional);
    QVERIFY(batch.crcMatches());
    QVERIFY(batch.crc() != before);
    QVERIFY(RecordBatch::fromBytes(batch.bytes()).ok());
}

QTEST_GUILESS_MAIN(TestRecordBatch)
#include "tst_recordbatch.moc"
