// QTest first: moc reads this file with C++17 predefines and fails on
// <compare> (pulled in by model/ids.h) unless a Qt header included it before.
#include <QTest>

#include "log/partitionlog.h"

#include <limits>

using namespace bb;

namespace {

constexpr std::int64_t kUnlimited = std::numeric_limits<std::int64_t>::max();

// n records, all with key "k", value "v" and timestamp ts: batches with the
// same n have the same size, which keeps segment arithmetic readable.
RecordBatch sized(int n, Micros ts = 0)
{
    RecordBatchBuilder b;
    for (int i = 0; i < n; ++i)
        b.append("k", "v", ts);
    return b.build();
}

// One record per timestamp, same key and value as sized().
RecordBatch timed(std::initializer_list<Micros> timestamps)
{
    RecordBatchBuilder b;
    for (Micros ts : timestamps)
        b.append("k", "v", ts);
    return b.build();
}

// "k1=a k2=~ ~=x": one record per pair, '~' for a null key or a tombstone.
RecordBatch kv(const char *spec, Micros ts = 0)
{
    RecordBatchBuilder b;
    for (const QByteArray &pair : QByteArray(spec).split(' ')) {
        const QList<QByteArray> parts = pair.split('=');
        const QByteArrayView key = parts[0] == "~" ? QByteArrayView() : QByteArrayView(parts[0]);
        const QByteArrayView value = parts[1] == "~" ? QByteArrayView() : QByteArrayView(parts[1]);
        b.append(key, value, ts);
    }
    return b.build();
}

void add(PartitionLog &log, RecordBatch batch, int epoch = 0, Micros now = 0)
{
    log.append(LogEntry{log.logEndOffset(), Epoch(epoch), std::move(batch)}, now);
}

LogConfig withSegmentBytes(std::int64_t bytes, bool compact = false)
{
    LogConfig c;
    c.segmentBytes = bytes;
    c.compact = compact;
    return c;
}

std::vector<EpochEntry> parseEpochs(const QString &text)
{
    std::vector<EpochEntry> out;
    for (const QString &part : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList p = part.split(u'@');
        out.push_back({Epoch(p[0].toInt()), Offset(p[1].toLongLong())});
    }
    return out;
}

QString epochsOf(const PartitionLog &log)
{
    QStringList parts;
    for (const EpochEntry &e : log.epochs())
        parts << QStringLiteral("%1@%2").arg(e.epoch.value).arg(e.startOffset.value);
    return parts.join(u' ');
}

QList<qint64> basesOf(const std::vector<LogEntry> &entries)
{
    QList<qint64> out;
    for (const LogEntry &e : entries)
        out << e.base.value;
    return out;
}

std::vector<LogEntry> entriesOf(const PartitionLog &log)
{
    std::vector<LogEntry> out;
    for (const Segment &s : log.segments())
        out.insert(out.end(), s.entries.begin(), s.entries.end());
    return out;
}

// Every record as "offset:key=value", "null" for a null key, "~" for a tombstone.
QString recordsOf(const PartitionLog &log)
{
    QStringList out;
    for (const LogEntry &e : entriesOf(log)) {
        for (const RecordView r : e.batch) {
            out << QStringLiteral("%1:%2=%3")
                       .arg(e.base.value + r.offsetDelta)
                       .arg(r.key.isNull() ? QStringLiteral("null") : QString::fromLatin1(r.key))
                       .arg(r.isTombstone() ? QStringLiteral("~") : QString::fromLatin1(r.value));
        }
    }
    return out.join(u' ');
}

// The structural invariants every operation must keep; empty when they hold.
QString invariants(const PartitionLog &log)
{
    std::int64_t bytes = 0;
    std::int64_t batches = 0;
    Offset next(std::numeric_limits<std::int64_t>::min());
    for (const Segment &s : log.segments()) {
        if (s.entries.empty())
            return QStringLiteral("empty segment at %1").arg(s.baseOffset.value);
        if (s.timeIndex.size() != s.entries.size())
            return QStringLiteral("time index size differs from entry count");
        std::int64_t segBytes = 0;
        Micros max = 0;
        for (std::size_t i = 0; i < s.entries.size(); ++i) {
            const LogEntry &e = s.entries[i];
            if (e.base < next)
                return QStringLiteral("entry %1 overlaps its predecessor").arg(e.base.value);
            next = e.nextOffset();
            segBytes += e.batch.sizeBytes();
            max = i == 0 ? e.batch.maxTimestamp() : std::max(max, e.batch.maxTimestamp());
            if (s.timeIndex[i] != max)
                return QStringLiteral("time index wrong at entry %1").arg(e.base.value);
        }
        if (s.maxTimestamp != max)
            return QStringLiteral("segment max timestamp wrong");
        if (s.bytes != segBytes)
            return QStringLiteral("segment bytes %1, entries sum to %2").arg(s.bytes).arg(segBytes);
        bytes += segBytes;
        batches += std::int64_t(s.entries.size());
    }
    if (bytes != log.sizeBytes())
        return QStringLiteral("sizeBytes %1, segments sum to %2").arg(log.sizeBytes()).arg(bytes);
    if (batches != log.batchCount())
        return QStringLiteral("batchCount wrong");
    if (log.logStartOffset() > log.logEndOffset())
        return QStringLiteral("log start past LEO");
    if (batches > 0 && (next > log.logEndOffset() || log.segments().front().entries.front().lastOffset() < log.logStartOffset()))
        return QStringLiteral("entries outside [log start, LEO)");
    for (std::size_t i = 1; i < log.epochs().size(); ++i) {
        if (log.epochs()[i].epoch <= log.epochs()[i - 1].epoch || log.epochs()[i].startOffset < log.epochs()[i - 1].startOffset)
            return QStringLiteral("epoch cache not monotonic: %1").arg(epochsOf(log));
    }
    return {};
}

// Five 3-record batches (0, 3, 6, 9, 12) in epochs 0, 0, 1, 1, 2, two per segment.
PartitionLog fiveByThree()
{
    PartitionLog log(withSegmentBytes(2 * sized(3).sizeBytes()));
    const int epochs[] = {0, 0, 1, 1, 2};
    for (int epoch : epochs)
        add(log, sized(3), epoch);
    return log;
}

} // namespace

class TestPartitionLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyLog();
    void appendRollsSegments();
    void appendRecordsNewerEpochsOnly();
    void read_data();
    void read();
    void readSharesBuffersAndAppends();
    void entryContaining_data();
    void entryContaining();
    void offsetForTimestamp_data();
    void offsetForTimestamp();
    void truncateTo_data();
    void truncateTo();
    void truncateAtTheEndDropsAnEpochWithoutRecords_data();
    void truncateAtTheEndDropsAnEpochWithoutRecords();
    void truncateNearLogStart_data();
    void truncateNearLogStart();
    void advanceLogStart_data();
    void advanceLogStart();
    void resetTo();
    void retention_data();
    void retention();
    void compactKeepsLatestPerKey();
    void compactLeavesGaps();
    void compactTombstonesExpire();
    void compactStopsAtLimit();
    void compactNeedsCompactPolicy();
    void compactKeepsControlBatches();
    void assignEpochStart_data();
    void assignEpochStart();
    void endOffsetForEpoch_data();
    void endOffsetForEpoch();
    void divergenceResolvesToLeaderLog();
    void restoreRoundTrip();
    void restoreEdges();
};

void TestPartitionLog::emptyLog()
{
    PartitionLog log;
    QCOMPARE(log.logStartOffset().value, 0);
    QCOMPARE(log.logEndOffset().value, 0);
    QCOMPARE(log.sizeBytes(), 0);
    QCOMPARE(log.batchCount(), 0);
    QCOMPARE(log.segmentCount(), 0);
    std::vector<LogEntry> out;
    log.read(Offset(0), Offset(100), kUnlimited, out);
    QVERIFY(out.empty());
    QVERIFY(!log.entryContaining(Offset(0)));
    QCOMPARE(log.offsetForTimestamp(0).value, 0);
    QCOMPARE(log.latestEpoch(), kNoEpoch);
    QCOMPARE(log.endOffsetForEpoch(Epoch(0)).epoch, kNoEpoch);
    QCOMPARE(log.endOffsetForEpoch(Epoch(0)).endOffset.value, -1);
}

void TestPartitionLog::appendRollsSegments()
{
    const qsizetype size = sized(2).sizeBytes();
    PartitionLog log(withSegmentBytes(3 * size));
    for (int i = 0; i < 10; ++i)
        add(log, sized(2), 0, Micros(i) * 10);
    QCOMPARE(log.logEndOffset().value, 20);
    QCOMPARE(log.batchCount(), 10);
    QCOMPARE(log.sizeBytes(), 10 * size);
    QCOMPARE(log.segmentCount(), 4);
    const qint64 bases[] = {0, 6, 12, 18};
    const qint64 created[] = {0, 30, 60, 90};
    const std::int64_t bytes[] = {3 * size, 3 * size, 3 * size, size};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(log.segments()[i].baseOffset.value, bases[i]);
        QCOMPARE(log.segments()[i].createdAt, created[i]);
        QCOMPARE(log.segments()[i].bytes, bytes[i]);
    }

    // A batch larger than a segment is accepted, alone in its own segment.
    add(log, sized(20), 0, 100);
    QCOMPARE(log.segmentCount(), 5);
    QCOMPARE(log.segments().back().entries.size(), std::size_t(1));
    add(log, sized(2), 0, 110);
    QCOMPARE(log.segmentCount(), 6);
    QCOMPARE(log.segments().back().baseOffset.value, 40);
    QCOMPARE(log.logEndOffset().value, 42);
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::appendRecordsNewerEpochsOnly()
{
    PartitionLog log;
    add(log, sized(2), 0);
    add(log, sized(2), 0);
    add(log, sized(2), 2);
    add(log, sized(2), 1); // older than the latest: the cache only moves forward on append
    add(log, sized(2), 2);
    add(log, sized(2), 3);
    QCOMPARE(epochsOf(log), QStringLiteral("0@0 2@4 3@10"));
    QCOMPARE(log.latestEpoch(), Epoch(3));
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::read_data()
{
    // Ten 2-record batches at 0, 2, ..., 18, three per segment.
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("upTo");
    QTest::addColumn<double>("maxBatches"); // maxBytes in batch sizes; < 0 unlimited
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("everything") << 0LL << 20LL << -1.0 << QList<qint64>{0, 2, 4, 6, 8, 10, 12, 14, 16, 18};
    QTest::newRow("from the middle of a batch") << 5LL << 20LL << -1.0 << QList<qint64>{4, 6, 8, 10, 12, 14, 16, 18};
    QTest::newRow("high watermark cuts a batch") << 0LL << 9LL << -1.0 << QList<qint64>{0, 2, 4, 6};
    QTest::newRow("high watermark on a boundary") << 0LL << 10LL << -1.0 << QList<qint64>{0, 2, 4, 6, 8};
    QTest::newRow("across segments") << 5LL << 14LL << -1.0 << QList<qint64>{4, 6, 8, 10, 12};
    QTest::newRow("one byte still gives a batch") << 7LL << 20LL << 0.01 << QList<qint64>{6};
    QTest::newRow("zero bytes still gives a batch") << 0LL << 20LL << 0.0 << QList<qint64>{0};
    QTest::newRow("exactly two batches") << 0LL << 20LL << 2.0 << QList<qint64>{0, 2};
    QTest::newRow("never past maxBytes") << 0LL << 20LL << 2.9 << QList<qint64>{0, 2};
    QTest::newRow("maxBytes across a segment") << 4LL << 20LL << 3.0 << QList<qint64>{4, 6, 8};
    QTest::newRow("HW before maxBytes") << 0LL << 5LL << 10.0 << QList<qint64>{0, 2};
    QTest::newRow("HW inside the first batch") << 4LL << 5LL << -1.0 << QList<qint64>{};
    QTest::newRow("HW just past the first batch") << 4LL << 6LL << -1.0 << QList<qint64>{4};
    QTest::newRow("from the LEO") << 20LL << 30LL << -1.0 << QList<qint64>{};
    QTest::newRow("from past the LEO") << 25LL << 30LL << -1.0 << QList<qint64>{};
    QTest::newRow("last batch") << 19LL << 20LL << -1.0 << QList<qint64>{18};
}

void TestPartitionLog::read()
{
    QFETCH(qint64, from);
    QFETCH(qint64, upTo);
    QFETCH(double, maxBatches);
    QFETCH(QList<qint64>, expected);
    const qsizetype size = sized(2).sizeBytes();
    PartitionLog log(withSegmentBytes(3 * size));
    for (int i = 0; i < 10; ++i)
        add(log, sized(2));
    QCOMPARE(log.segmentCount(), 4);
    const std::int64_t maxBytes = maxBatches < 0 ? kUnlimited : std::int64_t(maxBatches * double(size));
    std::vector<LogEntry> out;
    log.read(Offset(from), Offset(upTo), maxBytes, out);
    QCOMPARE(basesOf(out), expected);
}

void TestPartitionLog::readSharesBuffersAndAppends()
{
    PartitionLog log;
    RecordBatch batch = sized(3);
    const char *data = batch.bytes().constData();
    add(log, batch);
    add(log, sized(1));
    std::vector<LogEntry> out;
    out.push_back(LogEntry{Offset(99), Epoch(0), sized(1)});
    log.read(Offset(0), log.logEndOffset(), kUnlimited, out);
    QCOMPARE(basesOf(out), (QList<qint64>{99, 0, 3}));
    QVERIFY(out[1].batch.bytes().constData() == data); // handed out, not copied
}

void TestPartitionLog::entryContaining_data()
{
    QTest::addColumn<qint64>("logStart");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("expectedBase"); // -1: nullptr

    QTest::newRow("first offset") << 0LL << 0LL << 0LL;
    QTest::newRow("inside a batch") << 0LL << 5LL << 4LL;
    QTest::newRow("first of a segment") << 0LL << 6LL << 6LL;
    QTest::newRow("last of a segment") << 0LL << 5LL << 4LL;
    QTest::newRow("last offset") << 0LL << 19LL << 18LL;
    QTest::newRow("LEO") << 0LL << 20LL << -1LL;
    QTest::newRow("past the LEO") << 0LL << 50LL << -1LL;
    QTest::newRow("negative") << 0LL << -1LL << -1LL;
    QTest::newRow("below a log start inside a batch") << 3LL << 2LL << -1LL;
    QTest::newRow("at a log start inside a batch") << 3LL << 3LL << 2LL;
}

void TestPartitionLog::entryContaining()
{
    QFETCH(qint64, logStart);
    QFETCH(qint64, offset);
    QFETCH(qint64, expectedBase);
    PartitionLog log(withSegmentBytes(3 * sized(2).sizeBytes()));
    for (int i = 0; i < 10; ++i)
        add(log, sized(2));
    log.advanceLogStart(Offset(logStart));
    const LogEntry *e = log.entryContaining(Offset(offset));
    QCOMPARE(e ? e->base.value : -1LL, expectedBase);
    if (e)
        QVERIFY(e->base.value <= offset && e->lastOffset().value >= offset);
}

void TestPartitionLog::offsetForTimestamp_data()
{
    QTest::addColumn<qint64>("logStart");
    QTest::addColumn<qint64>("ts");
    QTest::addColumn<qint64>("expected");

    // Offsets and record timestamps, two batches per segment:
    //   seg 0: [0:120 1:100] [2:300 3:250]     max 300
    //   seg 1: [4:500 5:50]  [6:400 7:450]     max 500
    //   seg 2: [8:200 9:90]  [10:120 11:210]   max 210 (lower than seg 1)
    //   seg 3: [12:600 13:10]                  max 600
    QTest::newRow("before everything") << 0LL << 0LL << 0LL;
    QTest::newRow("exactly the first") << 0LL << 120LL << 0LL;
    QTest::newRow("a later smaller record does not win") << 0LL << 100LL << 0LL;
    QTest::newRow("second batch of a segment") << 0LL << 121LL << 2LL;
    QTest::newRow("out of order inside a batch") << 0LL << 260LL << 2LL;
    QTest::newRow("next segment") << 0LL << 301LL << 4LL;
    QTest::newRow("first record of a batch") << 0LL << 480LL << 4LL;
    QTest::newRow("past a segment with lower max") << 0LL << 550LL << 12LL;
    QTest::newRow("exactly the max") << 0LL << 600LL << 12LL;
    QTest::newRow("after everything") << 0LL << 601LL << 14LL;
    QTest::newRow("skips records below the log start") << 5LL << 100LL << 6LL;
    QTest::newRow("batch qualifies only below the log start") << 5LL << 460LL << 12LL;
    QTest::newRow("trimmed segment") << 3LL << 260LL << 4LL;
    QTest::newRow("trimmed segment, record at log start") << 3LL << 250LL << 3LL;
}

void TestPartitionLog::offsetForTimestamp()
{
    QFETCH(qint64, logStart);
    QFETCH(qint64, ts);
    QFETCH(qint64, expected);
    PartitionLog log(withSegmentBytes(2 * sized(2).sizeBytes()));
    add(log, timed({120, 100}));
    add(log, timed({300, 250}));
    add(log, timed({500, 50}));
    add(log, timed({400, 450}));
    add(log, timed({200, 90}));
    add(log, timed({120, 210}));
    add(log, timed({600, 10}));
    QCOMPARE(log.segmentCount(), 4);
    QCOMPARE(log.segments()[2].maxTimestamp, Micros(210));
    log.advanceLogStart(Offset(logStart));
    QCOMPARE(invariants(log), QString());
    QCOMPARE(log.offsetForTimestamp(ts).value, expected);
}

void TestPartitionLog::truncateTo_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("expectedEnd");
    QTest::addColumn<int>("expectedBatches");
    QTest::addColumn<QString>("expectedEpochs");

    // fiveByThree(): batches at 0, 3, 6, 9, 12 in epochs 0, 0, 1, 1, 2.
    QTest::newRow("at the LEO") << 15LL << 15LL << 5 << QStringLiteral("0@0 1@6 2@12");
    QTest::newRow("past the LEO") << 30LL << 15LL << 5 << QStringLiteral("0@0 1@6 2@12");
    QTest::newRow("inside the last batch") << 13LL << 12LL << 4 << QStringLiteral("0@0 1@6");
    QTest::newRow("last batch's base") << 12LL << 12LL << 4 << QStringLiteral("0@0 1@6");
    QTest::newRow("inside a batch: whole batch goes") << 10LL << 9LL << 3 << QStringLiteral("0@0 1@6");
    QTest::newRow("segment boundary") << 9LL << 9LL << 3 << QStringLiteral("0@0 1@6");
    QTest::newRow("epoch boundary") << 6LL << 6LL << 2 << QStringLiteral("0@0");
    QTest::newRow("inside the epoch's first batch") << 7LL << 6LL << 2 << QStringLiteral("0@0");
    QTest::newRow("inside the first batch") << 1LL << 0LL << 0 << QString();
    QTest::newRow("to the log start") << 0LL << 0LL << 0 << QString();
}

// A replica that led an epoch without writing in it has that epoch start at
// its LEO; a truncation to the LEO or past it (a follower told to truncate
// where it already ends) removes no record but must forget that epoch.
void TestPartitionLog::truncateAtTheEndDropsAnEpochWithoutRecords_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("expectedEnd");
    QTest::addColumn<QString>("expectedEpochs");
    // fiveByThree() (LEO 15, epochs 0@0 1@6 2@12) plus an empty epoch 3@15.
    QTest::newRow("at the LEO") << 15LL << 15LL << QStringLiteral("0@0 1@6 2@12");
    QTest::newRow("past the LEO") << 40LL << 15LL << QStringLiteral("0@0 1@6 2@12");
    QTest::newRow("below the LEO, as before") << 12LL << 12LL << QStringLiteral("0@0 1@6");
}

void TestPartitionLog::truncateAtTheEndDropsAnEpochWithoutRecords()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, expectedEnd);
    QFETCH(QString, expectedEpochs);
    PartitionLog log = fiveByThree();
    log.assignEpochStart(Epoch(3), log.logEndOffset());
    QCOMPARE(epochsOf(log), QStringLiteral("0@0 1@6 2@12 3@15"));
    const std::int64_t batches = log.batchCount();
    log.truncateTo(Offset(offset));
    QCOMPARE(epochsOf(log), expectedEpochs);
    QCOMPARE(log.logEndOffset().value, expectedEnd);
    QCOMPARE(log.batchCount(), expectedEnd == 15 ? batches : batches - 1);
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::truncateTo()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, expectedEnd);
    QFETCH(int, expectedBatches);
    QFETCH(QString, expectedEpochs);
    PartitionLog log = fiveByThree();
    const qsizetype size = sized(3).sizeBytes();
    log.truncateTo(Offset(offset));
    QCOMPARE(log.logEndOffset().value, expectedEnd);
    QCOMPARE(log.logStartOffset().value, 0);
    QCOMPARE(log.batchCount(), expectedBatches);
    QCOMPARE(log.sizeBytes(), expectedBatches * size);
    QCOMPARE(log.segmentCount(), (expectedBatches + 1) / 2);
    QCOMPARE(epochsOf(log), expectedEpochs);
    QCOMPARE(invariants(log), QString());

    // The log goes on from its new end, and a new epoch starts there.
    add(log, sized(3), 7);
    QCOMPARE(log.logEndOffset().value, expectedEnd + 3);
    QCOMPARE(log.endOffsetForEpoch(Epoch(7)).endOffset.value, expectedEnd + 3);
    QCOMPARE(log.epochs().back(), (EpochEntry{Epoch(7), Offset(expectedEnd)}));
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::truncateNearLogStart_data()
{
    QTest::addColumn<qint64>("logStart");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");
    QTest::addColumn<int>("expectedBatches");
    QTest::addColumn<QString>("expectedEpochs");

    // fiveByThree() with its log start moved inside the batch at 3.
    QTest::newRow("keeps the batch cut by the log start") << 4LL << 7LL << 4LL << 6LL << 1 << QStringLiteral("0@4");
    QTest::newRow("LEO never below the log start") << 4LL << 5LL << 4LL << 4LL << 0 << QString();
    QTest::newRow("at the log start: empty") << 4LL << 4LL << 4LL << 4LL << 0 << QString();
    QTest::newRow("below the log start: restarts there") << 4LL << 2LL << 2LL << 2LL << 0 << QString();
    QTest::newRow("below, on a batch boundary") << 6LL << 3LL << 3LL << 3LL << 0 << QString();
}

void TestPartitionLog::truncateNearLogStart()
{
    QFETCH(qint64, logStart);
    QFETCH(qint64, offset);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);
    QFETCH(int, expectedBatches);
    QFETCH(QString, expectedEpochs);
    PartitionLog log = fiveByThree();
    log.advanceLogStart(Offset(logStart));
    log.truncateTo(Offset(offset));
    QCOMPARE(log.logStartOffset().value, expectedStart);
    QCOMPARE(log.logEndOffset().value, expectedEnd);
    QCOMPARE(log.batchCount(), expectedBatches);
    QCOMPARE(epochsOf(log), expectedEpochs);
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::advanceLogStart_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");
    QTest::addColumn<qint64>("expectedFirstBase"); // -1: empty
    QTest::addColumn<int>("expectedBatches");
    QTest::addColumn<int>("expectedSegments");
    QTest::addColumn<QString>("expectedEpochs");

    // fiveByThree(): batches at 0, 3 | 6, 9 | 12 in epochs 0, 0, 1, 1, 2.
    QTest::newRow("backwards is a no-op") << 0LL << 0LL << 15LL << 0LL << 5 << 3 << QStringLiteral("0@0 1@6 2@12");
    QTest::newRow("inside a batch") << 4LL << 4LL << 15LL << 3LL << 4 << 3 << QStringLiteral("0@4 1@6 2@12");
    QTest::newRow("segment and epoch boundary") << 6LL << 6LL << 15LL << 6LL << 3 << 2 << QStringLiteral("1@6 2@12");
    QTest::newRow("inside an epoch") << 7LL << 7LL << 15LL << 6LL << 3 << 2 << QStringLiteral("1@7 2@12");
    QTest::newRow("inside the second segment") << 10LL << 10LL << 15LL << 9LL << 2 << 2 << QStringLiteral("1@10 2@12");
    QTest::newRow("last offset") << 14LL << 14LL << 15LL << 12LL << 1 << 1 << QStringLiteral("2@14");
    QTest::newRow("to the LEO") << 15LL << 15LL << 15LL << -1LL << 0 << 0 << QStringLiteral("2@15");
    QTest::newRow("past the LEO") << 20LL << 20LL << 20LL << -1LL << 0 << 0 << QStringLiteral("2@20");
}

void TestPartitionLog::advanceLogStart()
{
    QFETCH(qint64, offset);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);
    QFETCH(qint64, expectedFirstBase);
    QFETCH(int, expectedBatches);
    QFETCH(int, expectedSegments);
    QFETCH(QString, expectedEpochs);
    PartitionLog log = fiveByThree();
    log.advanceLogStart(Offset(offset));
    QCOMPARE(log.logStartOffset().value, expectedStart);
    QCOMPARE(log.logEndOffset().value, expectedEnd);
    QCOMPARE(log.batchCount(), expectedBatches);
    QCOMPARE(log.segmentCount(), expectedSegments);
    QCOMPARE(log.sizeBytes(), expectedBatches * sized(3).sizeBytes());
    QCOMPARE(epochsOf(log), expectedEpochs);
    QCOMPARE(invariants(log), QString());
    std::vector<LogEntry> out;
    log.read(Offset(0), log.logEndOffset(), kUnlimited, out);
    QCOMPARE(out.empty() ? -1LL : out.front().base.value, expectedFirstBase);
    if (expectedStart > 0)
        QVERIFY(!log.entryContaining(Offset(expectedStart - 1)));

    log.advanceLogStart(Offset(expectedStart - 1)); // never backwards
    QCOMPARE(log.logStartOffset().value, expectedStart);
    add(log, sized(3), 2);
    QCOMPARE(log.logEndOffset().value, expectedEnd + 3);
}

void TestPartitionLog::resetTo()
{
    PartitionLog log = fiveByThree();
    log.resetTo(Offset(100));
    QCOMPARE(log.logStartOffset().value, 100);
    QCOMPARE(log.logEndOffset().value, 100);
    QCOMPARE(log.batchCount(), 0);
    QCOMPARE(log.segmentCount(), 0);
    QCOMPARE(log.sizeBytes(), 0);
    QCOMPARE(epochsOf(log), QString());
    add(log, sized(2), 5);
    QCOMPARE(epochsOf(log), QStringLiteral("5@100"));
    QCOMPARE(log.entryContaining(Offset(101))->base.value, 100);
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::retention_data()
{
    QTest::addColumn<qint64>("retentionTime");    // < 0: none
    QTest::addColumn<int>("retentionBatches");    // retention.bytes in batch sizes, < 0: none
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<QString>("expectedEpochs");

    // Eight 1-record batches, record i stamped 10 * i, two per segment:
    // [0 1] max 10 | [2 3] max 30 | [4 5] max 50 | [6 7] active. Epochs 0@0 1@3 2@6.
    QTest::newRow("nothing configured") << -1LL << -1 << 1000LL << 8LL << 0LL << QStringLiteral("0@0 1@3 2@6");
    QTest::newRow("time: two segments expired") << 100LL << -1 << 145LL << 8LL << 4LL << QStringLiteral("1@4 2@6");
    QTest::newRow("time: max equal to the cutoff stays") << 100LL << -1 << 130LL << 8LL << 2LL << QStringLiteral("0@2 1@3 2@6");
    QTest::newRow("time: never the active segment") << 100LL << -1 << 100000LL << 8LL << 6LL << QStringLiteral("2@6");
    QTest::newRow("time: not up to the HW") << 100LL << -1 << 100000LL << 3LL << 2LL << QStringLiteral("0@2 1@3 2@6");
    QTest::newRow("time: HW just past a segment") << 100LL << -1 << 100000LL << 4LL << 4LL << QStringLiteral("1@4 2@6");
    QTest::newRow("time: HW at zero") << 100LL << -1 << 100000LL << 0LL << 0LL << QStringLiteral("0@0 1@3 2@6");
    QTest::newRow("size: 3 batches") << -1LL << 3 << 0LL << 8LL << 4LL << QStringLiteral("1@4 2@6");
    QTest::newRow("size: 4 batches, left exactly at the limit") << -1LL << 4 << 0LL << 8LL << 4LL << QStringLiteral("1@4 2@6");
    QTest::newRow("size: 5 batches") << -1LL << 5 << 0LL << 8LL << 2LL << QStringLiteral("0@2 1@3 2@6");
    QTest::newRow("size: 7 batches, nothing to gain") << -1LL << 7 << 0LL << 8LL << 0LL << QStringLiteral("0@0 1@3 2@6");
    QTest::newRow("size: zero keeps the active segment") << -1LL << 0 << 0LL << 8LL << 6LL << QStringLiteral("2@6");
    QTest::newRow("size: zero, under the HW") << -1LL << 0 << 0LL << 5LL << 4LL << QStringLiteral("1@4 2@6");
    QTest::newRow("time then size") << 100LL << 3 << 125LL << 8LL << 4LL << QStringLiteral("1@4 2@6");
}

void TestPartitionLog::retention()
{
    QFETCH(qint64, retentionTime);
    QFETCH(int, retentionBatches);
    QFETCH(qint64, now);
    QFETCH(qint64, limit);
    QFETCH(qint64, expectedStart);
    QFETCH(QString, expectedEpochs);
    const qsizetype size = sized(1).sizeBytes();
    LogConfig config = withSegmentBytes(2 * size);
    config.retentionTime = retentionTime;
    config.retentionBytes = retentionBatches < 0 ? -1 : retentionBatches * size;
    PartitionLog log(config);
    const int epochs[] = {0, 0, 0, 1, 1, 1, 2, 2};
    for (int i = 0; i < 8; ++i)
        add(log, sized(1, Micros(i) * 10), epochs[i]);
    QCOMPARE(log.segmentCount(), 4);

    const Offset start = log.enforceRetention(now, Offset(limit));
    QCOMPARE(start.value, expectedStart);
    QCOMPARE(log.logStartOffset().value, expectedStart);
    QCOMPARE(log.segments().front().entries.front().base.value, expectedStart);
    QCOMPARE(log.logEndOffset().value, 8);
    QCOMPARE(log.sizeBytes(), (8 - expectedStart) * size);
    QCOMPARE(epochsOf(log), expectedEpochs);
    QCOMPARE(invariants(log), QString());
    // Applying the same rule again finds nothing more to delete.
    QCOMPARE(log.enforceRetention(now, Offset(limit)).value, expectedStart);
}

void TestPartitionLog::compactKeepsLatestPerKey()
{
    PartitionLog log(withSegmentBytes(1, true)); // one batch per segment
    RecordBatchBuilder b;
    b.setProducer(ProducerId(7), 3, 40);
    b.append("k1", "a", 10);
    b.append("k5", "z", 11);
    b.append("k2", "b", 12);
    add(log, b.build());              // 0..2
    add(log, kv("k1=c k4=d", 20));    // 3..4
    add(log, kv("k2=e ~=x", 30));     // 5..6, a null key is kept
    add(log, kv("k3=f k4=g", 40));    // 7..8, active: supersedes k4 at 4
    const char *untouched = log.segments()[2].entries[0].batch.bytes().constData();
    const std::int64_t before = log.sizeBytes() - log.segments()[3].bytes;

    const CompactionStats stats = log.compact(1000, log.logEndOffset());
    QCOMPARE(stats.segmentsCleaned, 3);
    QCOMPARE(stats.recordsRemoved, 3);
    QCOMPARE(stats.tombstonesRemoved, 0);
    QCOMPARE(stats.bytesBefore, before);
    QCOMPARE(stats.bytesAfter, log.sizeBytes() - log.segments()[3].bytes);
    QVERIFY(stats.bytesAfter < stats.bytesBefore);
    QCOMPARE(recordsOf(log), QStringLiteral("1:k5=z 3:k1=c 5:k2=e 6:null=x 7:k3=f 8:k4=g"));
    QCOMPARE(invariants(log), QString());

    // Batch spans, offsets and producer fields survive the rewrite.
    QCOMPARE(log.logEndOffset().value, 9);
    const std::vector<LogEntry> entries = entriesOf(log);
    QCOMPARE(basesOf(entries), (QList<qint64>{0, 3, 5, 7}));
    QCOMPARE(entries[0].lastOffset().value, 2);
    QCOMPARE(entries[1].lastOffset().value, 4);
    QCOMPARE(entries[0].batch.recordCount(), 1);
    QCOMPARE(entries[0].batch.producerId(), ProducerId(7));
    QCOMPARE(entries[0].batch.producerEpoch(), 3);
    QCOMPARE(entries[0].batch.baseSequence(), 40);
    QVERIFY(RecordBatch::fromBytes(entries[0].batch.bytes()).ok());
    QVERIFY(entries[2].batch.bytes().constData() == untouched); // nothing removed: not rewritten
    QCOMPARE(log.entryContaining(Offset(0))->base.value, 0);
    // The time index follows the records that are left.
    QCOMPARE(log.offsetForTimestamp(10).value, 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(log.segments()[i].lastCompactedAt, Micros(1000));
    QCOMPARE(log.segments()[3].lastCompactedAt, Micros(-1));

    // A second pass has nothing left to do.
    const CompactionStats again = log.compact(2000, log.logEndOffset());
    QCOMPARE(again.recordsRemoved, 0);
    QCOMPARE(again.bytesAfter, again.bytesBefore);
    QCOMPARE(recordsOf(log), QStringLiteral("1:k5=z 3:k1=c 5:k2=e 6:null=x 7:k3=f 8:k4=g"));
    QCOMPARE(log.segments()[0].lastCompactedAt, Micros(1000));
}

void TestPartitionLog::compactLeavesGaps()
{
    PartitionLog log(withSegmentBytes(1, true));
    add(log, kv("k1=a k2=b"));  // 0..1, everything superseded
    add(log, kv("k1=c k2=d"));  // 2..3
    add(log, kv("k3=e"));       // 4, active
    const CompactionStats stats = log.compact(0, log.logEndOffset());
    QCOMPARE(stats.recordsRemoved, 2);
    QCOMPARE(stats.segmentsCleaned, 2);
    QCOMPARE(log.segmentCount(), 2); // the emptied segment is gone
    QCOMPARE(log.logStartOffset().value, 0);
    QVERIFY(!log.entryContaining(Offset(1)));
    QCOMPARE(log.entryContaining(Offset(2))->base.value, 2);
    std::vector<LogEntry> out;
    log.read(Offset(0), log.logEndOffset(), kUnlimited, out);
    QCOMPARE(basesOf(out), (QList<qint64>{2, 4}));
    QCOMPARE(log.offsetForTimestamp(0).value, 2);
    QCOMPARE(invariants(log), QString());

    // Truncating into the gap: the LEO never stays above the requested offset.
    log.truncateTo(Offset(1));
    QCOMPARE(log.logEndOffset().value, 1);
    QCOMPARE(log.batchCount(), 0);
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::compactTombstonesExpire()
{
    LogConfig config = withSegmentBytes(1, true);
    config.deleteRetention = 100;
    PartitionLog log(config);
    add(log, kv("k1=a k9=~"));            // 0..1
    add(log, kv("k1=~ k2=b k9=back"));    // 2..4
    add(log, kv("k3=c"));                 // 5, active

    CompactionStats stats = log.compact(1000, log.logEndOffset());
    QCOMPARE(stats.recordsRemoved, 2);    // k1=a and the superseded tombstone of k9
    QCOMPARE(stats.tombstonesRemoved, 1);
    QCOMPARE(recordsOf(log), QStringLiteral("2:k1=~ 3:k2=b 4:k9=back 5:k3=c"));

    stats = log.compact(1099, log.logEndOffset());
    QCOMPARE(stats.recordsRemoved, 0);
    QCOMPARE(recordsOf(log), QStringLiteral("2:k1=~ 3:k2=b 4:k9=back 5:k3=c"));
    QCOMPARE(log.segments()[0].lastCompactedAt, Micros(1000));

    stats = log.compact(1100, log.logEndOffset());
    QCOMPARE(stats.recordsRemoved, 1);
    QCOMPARE(stats.tombstonesRemoved, 1);
    QCOMPARE(recordsOf(log), QStringLiteral("3:k2=b 4:k9=back 5:k3=c"));
    QCOMPARE(entriesOf(log)[0].base.value, 2);
    QCOMPARE(entriesOf(log)[0].lastOffset().value, 4);
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::compactStopsAtLimit()
{
    PartitionLog log(withSegmentBytes(1, true));
    add(log, kv("k1=a"));         // 0
    add(log, kv("k2=x k1=b"));    // 1..2
    add(log, kv("k2=y"));         // 3
    add(log, kv("k1=c k1=d"));    // 4..5, active

    // Limit 2: only the first segment lies wholly below it. k1=b sits at the
    // limit, inside a batch that starts below it: it supersedes nothing yet.
    CompactionStats stats = log.compact(0, Offset(2));
    QCOMPARE(stats.segmentsCleaned, 1);
    QCOMPARE(stats.recordsRemoved, 0);
    QCOMPARE(recordsOf(log), QStringLiteral("0:k1=a 1:k2=x 2:k1=b 3:k2=y 4:k1=c 5:k1=d"));

    // Limit 4: three closed segments are below it; k1=c and k1=d are still
    // past it, so k1=b stays while k1=a and k2=x go.
    stats = log.compact(0, Offset(4));
    QCOMPARE(stats.segmentsCleaned, 3);
    QCOMPARE(stats.recordsRemoved, 2);
    QCOMPARE(recordsOf(log), QStringLiteral("2:k1=b 3:k2=y 4:k1=c 5:k1=d"));

    // Limit at the LEO: the value in the active segment supersedes k1=b,
    // but the active segment itself is not cleaned (k1=c stays).
    stats = log.compact(0, log.logEndOffset());
    QCOMPARE(stats.recordsRemoved, 1);
    QCOMPARE(recordsOf(log), QStringLiteral("3:k2=y 4:k1=c 5:k1=d"));
    QCOMPARE(log.logEndOffset().value, 6);
    QCOMPARE(invariants(log), QString());
}

void TestPartitionLog::compactNeedsCompactPolicy()
{
    PartitionLog log(withSegmentBytes(1, false));
    add(log, kv("k1=a"));
    add(log, kv("k1=b"));
    add(log, kv("k1=c"));
    const CompactionStats stats = log.compact(0, log.logEndOffset());
    QCOMPARE(stats.segmentsCleaned, 0);
    QCOMPARE(stats.recordsRemoved, 0);
    QCOMPARE(recordsOf(log), QStringLiteral("0:k1=a 1:k1=b 2:k1=c"));
    QCOMPARE(log.segments()[0].lastCompactedAt, Micros(-1));
}

void TestPartitionLog::compactKeepsControlBatches()
{
    PartitionLog log(withSegmentBytes(1, true));
    add(log, kv("k1=a"));                       // 0
    RecordBatchBuilder b;
    b.setAttributes(Transactional | Control);
    b.append("commit", "", 0);
    add(log, b.build());                        // 1: a transaction marker
    add(log, kv("commit=data"));                // 2: a data key equal to the marker's key
    add(log, kv("k1=b"));                       // 3, active
    const CompactionStats stats = log.compact(0, log.logEndOffset());
    QCOMPARE(stats.recordsRemoved, 1);
    QCOMPARE(recordsOf(log), QStringLiteral("1:commit= 2:commit=data 3:k1=b"));
    QVERIFY(entriesOf(log)[0].batch.isControl());
}

void TestPartitionLog::assignEpochStart_data()
{
    QTest::addColumn<QString>("assignments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("monotonic") << QStringLiteral("0@0 1@5 3@8") << QStringLiteral("0@0 1@5 3@8");
    QTest::newRow("same epoch later start: no-op") << QStringLiteral("0@0 0@5") << QStringLiteral("0@0");
    QTest::newRow("same epoch earlier start moves back") << QStringLiteral("0@0 2@5 2@3") << QStringLiteral("0@0 2@3");
    QTest::newRow("newer epoch at the same start replaces") << QStringLiteral("0@0 1@5 2@5") << QStringLiteral("0@0 2@5");
    QTest::newRow("newer epoch at an earlier start") << QStringLiteral("0@0 1@5 2@4") << QStringLiteral("0@0 2@4");
    QTest::newRow("older epoch drops the newer ones") << QStringLiteral("0@0 2@5 1@7") << QStringLiteral("0@0 1@7");
    QTest::newRow("first epoch not at zero") << QStringLiteral("4@10") << QStringLiteral("4@10");
}

void TestPartitionLog::assignEpochStart()
{
    QFETCH(QString, assignments);
    QFETCH(QString, expected);
    PartitionLog log;
    for (const EpochEntry &e : parseEpochs(assignments))
        log.assignEpochStart(e.epoch, e.startOffset);
    QCOMPARE(epochsOf(log), expected);
    QCOMPARE(log.latestEpoch(), log.epochs().back().epoch);
}

void TestPartitionLog::endOffsetForEpoch_data()
{
    QTest::addColumn<QString>("cache");
    QTest::addColumn<qint64>("logEnd");
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expectedEpoch");
    QTest::addColumn<qint64>("expectedOffset");

    const QString cache = QStringLiteral("0@0 1@5 3@8");
    QTest::newRow("latest epoch ends at the LEO") << cache << 12LL << 3 << 3 << 12LL;
    QTest::newRow("first epoch ends where the next starts") << cache << 12LL << 0 << 0 << 5LL;
    QTest::newRow("middle epoch") << cache << 12LL << 1 << 1 << 8LL;
    QTest::newRow("unknown epoch: the one below it (KIP-279)") << cache << 12LL << 2 << 1 << 8LL;
    QTest::newRow("above the latest") << cache << 12LL << 4 << 3 << 12LL;
    QTest::newRow("undefined epoch") << cache << 12LL << -1 << -1 << -1LL;
    QTest::newRow("below the first epoch") << QStringLiteral("2@5") << 8LL << 1 << -1 << -1LL;
    QTest::newRow("empty cache") << QString() << 0LL << 0 << -1 << -1LL;
    QTest::newRow("KIP-279 leader asked by a follower in epoch 1") << QStringLiteral("0@0 2@3") << 6LL << 1 << 0 << 3LL;
    QTest::newRow("KIP-101 leader after a new election") << QStringLiteral("0@0 1@2") << 4LL << 0 << 0 << 2LL;
}

void TestPartitionLog::endOffsetForEpoch()
{
    QFETCH(QString, cache);
    QFETCH(qint64, logEnd);
    QFETCH(int, requested);
    QFETCH(int, expectedEpoch);
    QFETCH(qint64, expectedOffset);
    // One-record batches, each in the epoch the cache gives its offset;
    // offsets before the first epoch carry no epoch.
    const std::vector<EpochEntry> epochs = parseEpochs(cache);
    PartitionLog log;
    for (qint64 o = 0; o < logEnd; ++o) {
        int epoch = kNoEpoch.value;
        for (const EpochEntry &e : epochs) {
            if (e.startOffset.value <= o)
                epoch = e.epoch.value;
        }
        add(log, sized(1), epoch);
    }
    QCOMPARE(epochsOf(log), cache);
    const EpochEndOffset end = log.endOffsetForEpoch(Epoch(requested));
    QCOMPARE(end.epoch.value, expectedEpoch);
    QCOMPARE(end.endOffset.value, expectedOffset);
}

void TestPartitionLog::divergenceResolvesToLeaderLog()
{
    // KIP-279: the leader wrote 0..2 in epoch 0 and 3..5 in epoch 2; the
    // follower has 0..4 in epoch 0 (3 and 4 never committed) and 5..7 in an
    // epoch 1 the leader never saw.
    PartitionLog leader;
    PartitionLog follower;
    for (int o = 0; o < 6; ++o)
        add(leader, kv(QByteArray("k=L" + QByteArray::number(o)).constData()), o < 3 ? 0 : 2);
    for (int o = 0; o < 8; ++o)
        add(follower, kv(QByteArray((o < 3 ? "k=L" : "k=F") + QByteArray::number(o)).constData()), o < 5 ? 0 : 1);

    const EpochEndOffset fromLeader = leader.endOffsetForEpoch(follower.latestEpoch());
    QCOMPARE(fromLeader.epoch, Epoch(0));
    QCOMPARE(fromLeader.endOffset.value, 3);
    // The follower's own end for the epoch the leader answered with bounds the cut.
    const EpochEndOffset own = follower.endOffsetForEpoch(fromLeader.epoch);
    QCOMPARE(own.endOffset.value, 5);
    follower.truncateTo(std::min(fromLeader.endOffset, own.endOffset));
    QCOMPARE(follower.logEndOffset().value, 3);
    QCOMPARE(epochsOf(follower), QStringLiteral("0@0"));

    std::vector<LogEntry> fetched;
    leader.read(follower.logEndOffset(), leader.logEndOffset(), kUnlimited, fetched);
    for (LogEntry &e : fetched)
        follower.append(std::move(e), 0);
    QCOMPARE(recordsOf(follower), recordsOf(leader));
    QCOMPARE(epochsOf(follower), QStringLiteral("0@0 2@3"));
    QCOMPARE(follower.logEndOffset(), leader.logEndOffset());
}

void TestPartitionLog::restoreRoundTrip()
{
    LogConfig config = withSegmentBytes(2 * kv("k1=a k2=b").sizeBytes(), true);
    PartitionLog log(config);
    add(log, kv("k1=a k2=b", 5), 0, 1);     // 0..1
    add(log, kv("k3=c k4=d", 9), 0, 2);     // 2..3
    add(log, kv("k1=e k2=f", 7), 1, 3);     // 4..5
    add(log, kv("k5=g k6=h", 3), 1, 4);     // 6..7
    add(log, kv("k2=i k7=j", 8), 2, 5);     // 8..9
    add(log, kv("k8=k k9=l", 2), 2, 6);     // 10..11, active
    log.compact(10, log.logEndOffset());    // k1=a and k2=b and k2=f go: a gap at 0..1
    log.advanceLogStart(Offset(3));         // inside the batch at 2
    log.assignEpochStart(Epoch(5), log.logEndOffset()); // an epoch with no records yet
    QCOMPARE(epochsOf(log), QStringLiteral("0@3 1@4 2@8 5@12"));

    PartitionLog rebuilt(config);
    rebuilt.restore(log.logStartOffset(), entriesOf(log), {}, 100);
    PartitionLog exact(config);
    exact.restore(log.logStartOffset(), entriesOf(log), log.epochs(), 100);

    for (const PartitionLog *r : {&rebuilt, &exact}) {
        QCOMPARE(r->logStartOffset().value, 3);
        QCOMPARE(r->logEndOffset(), log.logEndOffset());
        QCOMPARE(r->sizeBytes(), log.sizeBytes());
        QCOMPARE(r->batchCount(), log.batchCount());
        QCOMPARE(recordsOf(*r), recordsOf(log));
        QCOMPARE(r->segments().front().createdAt, Micros(100));
        QCOMPARE(invariants(*r), QString());
        for (Micros ts : {0, 3, 5, 8, 9, 10})
            QCOMPARE(r->offsetForTimestamp(ts), log.offsetForTimestamp(ts));
    }
    QCOMPARE(epochsOf(exact), epochsOf(log));
    // Rebuilt from the records: the epoch that wrote nothing is unknown.
    QCOMPARE(epochsOf(rebuilt), QStringLiteral("0@3 1@4 2@8"));

    add(rebuilt, kv("k1=z"), 6);
    QCOMPARE(rebuilt.logEndOffset().value, 13);
    QCOMPARE(epochsOf(rebuilt), QStringLiteral("0@3 1@4 2@8 6@12"));
}

void TestPartitionLog::restoreEdges()
{
    PartitionLog empty;
    empty.restore(Offset(42), {}, {}, 0);
    QCOMPARE(empty.logStartOffset().value, 42);
    QCOMPARE(empty.logEndOffset().value, 42);
    QCOMPARE(empty.segmentCount(), 0);

    // Entries wholly below the log start are not brought back; rolling
    // follows the configured segment size.
    const qsizetype size = sized(2).sizeBytes();
    std::vector<LogEntry> entries;
    for (int i = 0; i < 6; ++i)
        entries.push_back(LogEntry{Offset(2 * i), Epoch(i / 2), sized(2)});
    PartitionLog log(withSegmentBytes(2 * size));
    log.restore(Offset(5), std::move(entries), {}, 0);
    QCOMPARE(log.logStartOffset().value, 5);
    QCOMPARE(log.logEndOffset().value, 12);
    QCOMPARE(log.batchCount(), 4);
    QCOMPARE(log.segmentCount(), 2);
    QCOMPARE(log.segments()[1].baseOffset.value, 8);
    QCOMPARE(epochsOf(log), QStringLiteral("1@5 2@8"));
    QCOMPARE(invariants(log), QString());
}

QTEST_GUILESS_MAIN(TestPartitionLog)
#include "tst_partitionlog.moc"
