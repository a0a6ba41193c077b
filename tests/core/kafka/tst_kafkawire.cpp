// The Kafka wire primitives and the batch conversion at the listener's edge:
// values survive a round trip, and damaged input is refused, never trusted.
#include <QTest>

#include "kafka/kafkarecords.h"
#include "kafka/kafkawire.h"
#include "model/crc32c.h"
#include "sim/rng.h"

#include <QtEndian>

#include <cstring>

using namespace bb;
using namespace bb::kafka;

class TestKafkaWire : public QObject {
    Q_OBJECT

    static RecordBatch sampleBatch()
    {
        RecordBatchBuilder b;
        b.setProducer(ProducerId(77), 3, 1000);
        const RecordHeader headers[] = {{QByteArrayView("trace"), QByteArrayView("abc")}, {QByteArrayView("h2"), QByteArrayView("")}};
        b.append(QByteArrayView("key-1"), QByteArrayView("value-1"), 5 * kSecond, headers);
        b.append(QByteArrayView(), QByteArrayView("no key"), 5 * kSecond + 3 * kMillisecond);
        b.append(QByteArrayView("gone"), QByteArrayView(), 6 * kSecond); // tombstone
        return b.build();
    }

private Q_SLOTS:
    void varintsRoundTrip()
    {
        Rng rng(11);
        Writer w;
        std::vector<std::int64_t> longs;
        std::vector<std::int32_t> ints;
        for (std::int64_t v : std::initializer_list<std::int64_t>{0, 1, -1, 63, -64, 64, INT64_MAX, INT64_MIN}) {
            longs.push_back(v);
            w.varlong(v);
        }
        for (int i = 0; i < 2000; ++i) {
            const auto v = std::int32_t(rng.next());
            ints.push_back(v);
            w.varint(v);
        }
        Reader r(w.buffer());
        for (std::int64_t v : longs)
            QCOMPARE(r.varlong(), v);
        for (std::int32_t v : ints)
            QCOMPARE(r.varint(), v);
        QVERIFY(r.atEnd());
        QVERIFY(!r.failed());
        QCOMPARE(QByteArray::fromHex("01"), QByteArray("\x01")); // zigzag(-1) = 1
        Writer z;
        z.varint(-1);
        QCOMPARE(z.buffer(), QByteArray("\x01"));
    }

    void stringsAndArraysNullAndCompact()
    {
        Writer w;
        w.string(QString(), false);
        w.string(QStringLiteral("grüße"), true);
        w.bytes(QByteArrayView(), true);
        w.arrayLength(-1, false);
        w.arrayLength(2, true);
        Reader r(w.buffer());
        QVERIFY(r.string(false).isNull());
        QCOMPARE(r.string(true), QStringLiteral("grüße"));
        QVERIFY(r.bytes(true).isNull());
        QCOMPARE(r.arrayLength(false), -1);
        QCOMPARE(r.arrayLength(true, 0), 2);
        QVERIFY(!r.failed());
    }

    void truncatedInputFailsWithoutReadingPast()
    {
        Writer w;
        w.string(QStringLiteral("topic"), false);
        const QByteArray whole = w.take();
        for (qsizetype n = 0; n < whole.size(); ++n) {
            Reader r(QByteArrayView(whole.constData(), n));
            r.string(false);
            QVERIFY2(r.failed(), qPrintable(QString::number(n)));
        }
        // An array count the rest of the buffer cannot hold.
        Writer a;
        a.i32(1'000'000'000);
        Reader r(a.buffer());
        r.arrayLength(false, 4);
        QVERIFY(r.failed());
    }

    void batchSurvivesKafkaRoundTrip()
    {
        const ClockAnchor clock{1'700'000'000'000};
        const RecordBatch original = sampleBatch();
        QByteArray kafka;
        appendBatch(kafka, Offset(40), Epoch(2), original, clock);
        // Kafka's layout: base offset, then the length of the rest.
        QCOMPARE(qFromBigEndian<std::int64_t>(kafka.constData()), 40);
        QCOMPARE(qFromBigEndian<std::int32_t>(kafka.constData() + 8), kafka.size() - 12);
        const DecodedBatches decoded = decodeBatches(kafka, clock);
        QVERIFY2(!decoded.error, qPrintable(decoded.error.message));
        QCOMPARE(decoded.batches.size(), 1u);
        const RecordBatch &back = decoded.batches.front();
        QCOMPARE(back.recordCount(), 3);
        QCOMPARE(back.producerId(), ProducerId(77));
        QCOMPARE(back.producerEpoch(), 3);
        QCOMPARE(back.baseSequence(), 1000);
        QVERIFY(!back.verify());
        auto a = original.begin();
        for (const RecordView r : back) {
            const RecordView o = *a;
            QCOMPARE(r.key.isNull(), o.key.isNull());
            QCOMPARE(r.key.toByteArray(), o.key.toByteArray());
            QCOMPARE(r.value.isNull(), o.value.isNull());
            QCOMPARE(r.value.toByteArray(), o.value.toByteArray());
            QCOMPARE(r.timestamp, o.timestamp);
            QCOMPARE(r.offsetDelta, o.offsetDelta);
            QCOMPARE(r.headerCount, o.headerCount);
            for (int h = 0; h < r.headerCount; ++h) {
                QCOMPARE(r.header(h).key.toByteArray(), o.header(h).key.toByteArray());
                QCOMPARE(r.header(h).value.toByteArray(), o.header(h).value.toByteArray());
            }
            ++a;
        }
    }

    void everyFlippedBitIsRefused()
    {
        const ClockAnchor clock{0};
        QByteArray kafka;
        appendBatch(kafka, Offset(0), Epoch(0), sampleBatch(), clock);
        // From the magic byte on, every bit is covered by the length, the
        // magic check or the CRC-32C.
        for (qsizetype i = 16; i < kafka.size(); ++i) {
            for (int bit = 0; bit < 8; bit += 3) {
                QByteArray bad = kafka;
                bad[i] = char(bad[i] ^ (1 << bit));
                QVERIFY2(decodeBatches(bad, clock).error, qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
            }
        }
        for (qsizetype n = 0; n < kafka.size(); n += 7)
            QVERIFY(decodeBatches(QByteArrayView(kafka.constData(), n), clock).error);
    }

    void damagedOrUnknownCompressionIsRefused()
    {
        const ClockAnchor clock{0};
        QByteArray plain;
        appendBatch(plain, Offset(0), Epoch(0), sampleBatch(), clock);
        // Marks the batch compressed with `codec` (its records stay plain, so
        // they are garbage to the codec) and recomputes the checksum, so only
        // the compression is wrong.
        auto withCodec = [&](int codec) {
            QByteArray kafka = plain;
            kafka[22] = char((kafka[22] & ~7) | codec); // attributes, low byte
            Writer fix;
            fix.u32(bb::crc32c(kafka.constData() + 21, std::size_t(kafka.size() - 21)));
            std::memcpy(kafka.data() + 17, fix.buffer().constData(), 4);
            return decodeBatches(kafka, clock);
        };
        const char *names[] = {"", "gzip", "snappy", "lz4", "zstd"};
        for (int codec = 1; codec <= 4; ++codec) {
            const DecodedBatches d = withCodec(codec);
            QVERIFY(d.error);
            QVERIFY(!d.unsupportedCompression);
            QVERIFY2(d.error.message.startsWith(QLatin1String(names[codec])), qPrintable(d.error.message));
        }
        for (int codec = 5; codec <= 7; ++codec) {
            const DecodedBatches d = withCodec(codec);
            QVERIFY(d.error);
            QVERIFY(d.unsupportedCompression);
        }
    }
};

QTEST_APPLESS_MAIN(TestKafkaWire)
#include "tst_kafkawire.moc"
