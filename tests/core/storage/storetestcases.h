#pragma once
// The behaviour every Store backend must show, written once against Store&
// and run by each backend's test class (tst_memorystore, tst_sqlitestore)
// through the table at the bottom. Each case uses a fresh store.
//
// Images are compared as text ("1/0@0: 0-2/e1:a 3-5/e1:a | k=v"), one
// partition as topic/partition@logStart followed by its entries as
// base-last/epoch:tag, where the tag is the prefix of the first record's
// value, naming which write an entry came from. A mismatch then reads as a
// diff of two short strings.

#include "storage/store.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <array>

namespace bb::storecases {

inline TopicPartition tp(int topic, int partition)
{
    return TopicPartition{TopicId(topic), PartitionId(partition)};
}

// `count` records at offsets base..base+count-1, values "<tag>#<offset>".
inline LogEntry entry(qint64 base, int count, int epoch = 1, const char *tag = "a")
{
    RecordBatchBuilder b(256);
    for (int i = 0; i < count; ++i) {
        const QByteArray offset = QByteArray::number(base + i);
        b.append(QByteArrayLiteral("k") + offset, QByteArray(tag) + '#' + offset, 1000 + base + i);
    }
    return LogEntry{Offset(base), Epoch(epoch), b.build()};
}

// What compaction leaves of a batch: the records at `keep`, with the
// original offset span.
inline LogEntry compacted(qint64 base, int span, std::initializer_list<int> keep, const char *tag)
{
    RecordBatchBuilder b(256);
    for (int delta : keep) {
        const QByteArray offset = QByteArray::number(base + delta);
        b.append(QByteArrayLiteral("k") + offset, QByteArray(tag) + '#' + offset, 1000 + base + delta, {}, delta);
    }
    b.setLastOffsetDelta(span - 1);
    return LogEntry{Offset(base), Epoch(1), b.build()};
}

inline QString tagOf(const RecordBatch &batch)
{
    if (batch.recordCount() == 0)
        return QStringLiteral("empty");
    const RecordView first = *batch.begin();
    if (first.value.isNull())
        return QStringLiteral("~");
    const QByteArray value = first.value.toByteArray();
    return QString::fromUtf8(value.left(value.indexOf('#')));
}

inline QString describe(const StoreImage &image)
{
    QStringList parts;
    for (const PartitionImage &p : image.partitions) {
        QString text = QStringLiteral("%1/%2@%3:").arg(p.tp.topic.value).arg(p.tp.partition.value).arg(p.logStart.value);
        for (const LogEntry &e : p.entries)
            text += QStringLiteral(" %1-%2/e%3:%4").arg(e.base.value).arg(e.lastOffset().value).arg(e.epoch.value).arg(tagOf(e.batch));
        parts << text;
    }
    QString text = parts.join(QStringLiteral("; "));
    QStringList keys = image.state.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys)
        text += QStringLiteral(" | %1=%2").arg(key, QString::fromUtf8(image.state.value(key)));
    return text;
}

// The durable image as text, or the load error (which then fails the comparison).
inline QString durable(const Store &store)
{
    const Result<StoreImage> image = store.load();
    if (!image)
        return QStringLiteral("load failed: ") + image.error().message;
    return describe(*image);
}

// The error text of a failed result, for QVERIFY2 (which evaluates its
// message even when the check passes).
template <typename T>
QByteArray whyNot(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

#define BB_VERIFY_OK(expr)                                                                                           \
    do {                                                                                                             \
        const ::bb::Error bbError_ = (expr);                                                                         \
        QVERIFY2(!bbError_, qPrintable(bbError_.message));                                                           \
    } while (false)

// Same partitions, offsets, epochs and state, and byte-identical batches.
inline void compareImages(const StoreImage &actual, const StoreImage &expected)
{
    QCOMPARE(describe(actual), describe(expected));
    for (std::size_t p = 0; p < expected.partitions.size(); ++p) {
        const auto &a = actual.partitions[p].entries;
        const auto &e = expected.partitions[p].entries;
        for (std::size_t i = 0; i < e.size(); ++i)
            QCOMPARE(a[i].batch.bytes(), e[i].batch.bytes());
    }
    QCOMPARE(actual.state, expected.state);
}

// --- the cases ---------------------------------------------------------------

inline void roundTrip(Store &s)
{
    RecordBatchBuilder b;
    b.setProducer(ProducerId(42), 3, 17);
    b.setAttributes(Transactional);
    const RecordHeader headers[] = {{"trace", "t-1"}, {"empty", ""}};
    b.append("key", "value", 10, headers);
    b.append(QByteArrayView(), "no key", 11);
    b.append("gone", QByteArrayView(), 12);
    const LogEntry rich{Offset(100), Epoch(7), b.build()};
    const LogEntry plain0 = entry(0, 3, 1, "p");
    const LogEntry plain1 = entry(3, 1, 2, "q");
    const QByteArray binary("\x00\x01\xff state", 10);

    // Written out of partition order: the image must still come back sorted.
    s.append(tp(2, 1), rich);
    s.append(tp(1, 0), plain0);
    s.append(tp(1, 0), plain1);
    s.putState(QStringLiteral("hw"), binary);
    BB_VERIFY_OK(s.flush());

    const Result<StoreImage> image = s.load();
    QVERIFY2(image.ok(), whyNot(image).constData());
    QCOMPARE(image->partitions.size(), std::size_t(2));
    const PartitionImage &first = image->partitions[0];
    const PartitionImage &second = image->partitions[1];
    QVERIFY(first.tp == tp(1, 0));
    QVERIFY(second.tp == tp(2, 1));
    QCOMPARE(first.logStart, Offset(0));
    QCOMPARE(first.entries.size(), std::size_t(2));
    QCOMPARE(first.entries[0].base, Offset(0));
    QCOMPARE(first.entries[0].epoch, Epoch(1));
    QCOMPARE(first.entries[0].batch.bytes(), plain0.batch.bytes());
    QCOMPARE(first.entries[1].base, Offset(3));
    QCOMPARE(first.entries[1].epoch, Epoch(2));
    QCOMPARE(first.entries[1].batch.bytes(), plain1.batch.bytes());
    QCOMPARE(second.entries.size(), std::size_t(1));
    QCOMPARE(second.entries[0].base, Offset(100));
    QCOMPARE(second.entries[0].epoch, Epoch(7));
    QCOMPARE(second.entries[0].batch.bytes(), rich.batch.bytes());
    QCOMPARE(second.entries[0].lastOffset(), Offset(102));
    QVERIFY(second.entries[0].batch.isTransactional());
    QCOMPARE(second.entries[0].batch.producerId(), ProducerId(42));
    QCOMPARE(image->state.size(), 1);
    QCOMPARE(image->state.value(QStringLiteral("hw")), binary);
}

inline void pendingInvisibleUntilFlush(Store &s)
{
    s.append(tp(1, 0), entry(0, 3));
    s.putState(QStringLiteral("k"), "v");
    QCOMPARE(s.pendingWrites(), std::size_t(2));
    QCOMPARE(durable(s), QString()); // a restarted node would find nothing yet
    QCOMPARE(s.flushCount(), std::int64_t(0));

    BB_VERIFY_OK(s.flush());
    QCOMPARE(s.pendingWrites(), std::size_t(0));
    QCOMPARE(s.flushCount(), std::int64_t(1));
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a | k=v"));

    s.append(tp(1, 0), entry(3, 2, 1, "b"));
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a | k=v"));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a 3-4/e1:b | k=v"));
    BB_VERIFY_OK(s.flush()); // nothing pending: still fine, image unchanged
    QCOMPARE(s.flushCount(), std::int64_t(3));
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a 3-4/e1:b | k=v"));
}

inline void processCrashWritesPending(Store &s)
{
    s.append(tp(1, 0), entry(0, 3));
    BB_VERIFY_OK(s.flush());
    s.append(tp(1, 0), entry(3, 3, 1, "b"));
    s.putState(QStringLiteral("k"), "v");
    BB_VERIFY_OK(s.crash(CrashKind::Process));
    QCOMPARE(s.pendingWrites(), std::size_t(0));
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a 3-5/e1:b | k=v"));
}

inline void powerLossLosesUnflushed(Store &s)
{
    s.append(tp(1, 0), entry(0, 3));
    s.append(tp(1, 1), entry(0, 1));
    s.putState(QStringLiteral("k"), "v1");
    BB_VERIFY_OK(s.flush());
    s.append(tp(1, 0), entry(3, 3, 1, "b"));
    s.truncateTo(tp(1, 1), Offset(0));
    s.append(tp(2, 0), entry(0, 1));
    s.putState(QStringLiteral("k"), "v2");
    BB_VERIFY_OK(s.crash(CrashKind::PowerLoss));
    QCOMPARE(s.pendingWrites(), std::size_t(0));
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a; 1/1@0: 0-0/e1:a | k=v1"));

    // The node comes back and goes on writing where the disk left it.
    s.append(tp(1, 0), entry(3, 2, 2, "c"));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a 3-4/e2:c; 1/1@0: 0-0/e1:a | k=v1"));
}

// Appends 0-2, 3-5, 6-8 (tag a) to p; with flushFirst they are durable
// before the caller's op, otherwise still pending with it.
inline void threeBatches(Store &s, TopicPartition p, bool flushFirst)
{
    s.append(p, entry(0, 3));
    s.append(p, entry(3, 3));
    s.append(p, entry(6, 3));
    if (flushFirst)
        BB_VERIFY_OK(s.flush());
}

inline void truncate(Store &s)
{
    threeBatches(s, tp(1, 1), true);
    s.truncateTo(tp(1, 1), Offset(4));
    QCOMPARE(durable(s), QStringLiteral("1/1@0: 0-2/e1:a 3-5/e1:a 6-8/e1:a")); // not durable yet

    threeBatches(s, tp(1, 0), false);
    s.truncateTo(tp(1, 0), Offset(4));
    // The two pending appends it removes are gone from the buffer.
    QCOMPARE(s.pendingWrites(), std::size_t(3));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a; 1/1@0: 0-2/e1:a"));

    // A batch ending just below the offset stays; truncating to 0 empties
    // the log but keeps the partition.
    s.truncateTo(tp(1, 0), Offset(3));
    s.truncateTo(tp(1, 1), Offset(0));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a; 1/1@0:"));

    // A batch whose last offset is the offset goes.
    threeBatches(s, tp(1, 2), true);
    s.truncateTo(tp(1, 2), Offset(5));
    threeBatches(s, tp(1, 3), false);
    s.truncateTo(tp(1, 3), Offset(5));
    QCOMPARE(s.pendingWrites(), std::size_t(3));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a; 1/1@0:; 1/2@0: 0-2/e1:a; 1/3@0: 0-2/e1:a"));
}

// A follower whose log diverged: truncate, then write the leader's batches
// at the same offsets, all in one flush.
inline void truncateThenRewrite(Store &s)
{
    threeBatches(s, tp(1, 1), true);
    s.truncateTo(tp(1, 1), Offset(3));
    s.append(tp(1, 1), entry(3, 2, 2, "b"));

    threeBatches(s, tp(1, 0), false);
    s.truncateTo(tp(1, 0), Offset(3));
    s.append(tp(1, 0), entry(3, 2, 2, "b"));
    s.truncateTo(tp(1, 0), Offset(4)); // takes the rewritten batch back off
    s.append(tp(1, 0), entry(4, 1, 3, "c"));

    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a 4-4/e3:c; 1/1@0: 0-2/e1:a 3-4/e2:b"));
}

inline void advanceLogStart(Store &s)
{
    threeBatches(s, tp(1, 1), true);
    s.advanceLogStart(tp(1, 1), Offset(4));

    threeBatches(s, tp(1, 0), false);
    s.advanceLogStart(tp(1, 0), Offset(4));
    QCOMPARE(s.pendingWrites(), std::size_t(4)); // 1/1's op, two appends, 1/0's op

    s.advanceLogStart(tp(2, 0), Offset(100)); // a partition with nothing written yet
    BB_VERIFY_OK(s.flush());
    // 3-5 stays: only batches wholly below the log start go.
    QCOMPARE(durable(s), QStringLiteral("1/0@4: 3-5/e1:a 6-8/e1:a; 1/1@4: 3-5/e1:a 6-8/e1:a; 2/0@100:"));

    s.advanceLogStart(tp(1, 0), Offset(6));
    s.advanceLogStart(tp(1, 1), Offset(50));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@6: 6-8/e1:a; 1/1@50:; 2/0@100:"));
}

inline void replaceRange(Store &s)
{
    for (const bool flushFirst : {true, false}) {
        const TopicPartition p = tp(1, flushFirst ? 1 : 0);
        threeBatches(s, p, false);
        s.append(p, entry(9, 1));
        if (flushFirst)
            BB_VERIFY_OK(s.flush());
        std::vector<LogEntry> cleaned{compacted(0, 3, {1, 2}, "c"), compacted(6, 3, {2}, "c")};
        s.replaceRange(p, Offset(0), Offset(9), std::move(cleaned));
    }
    BB_VERIFY_OK(s.flush());
    // The batch at `to` is outside the range and stays.
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:c 6-8/e1:c 9-9/e1:a; 1/1@0: 0-2/e1:c 6-8/e1:c 9-9/e1:a"));

    const Result<StoreImage> image = s.load();
    QVERIFY(image.ok());
    const RecordBatch &kept = image->partitions[0].entries[1].batch;
    QCOMPARE(kept.recordCount(), 1);
    QCOMPARE((*kept.begin()).offsetDelta, 2);
    QCOMPARE((*kept.begin()).value.toByteArray(), QByteArrayLiteral("c#8"));
}

inline void removePartition(Store &s)
{
    threeBatches(s, tp(1, 1), true);
    s.append(tp(1, 2), entry(0, 1));
    s.advanceLogStart(tp(1, 2), Offset(0));
    s.putState(QStringLiteral("k"), "v");
    BB_VERIFY_OK(s.flush());
    s.removePartition(tp(1, 1));

    threeBatches(s, tp(1, 0), false);
    s.advanceLogStart(tp(1, 0), Offset(3));
    s.removePartition(tp(1, 0));
    QCOMPARE(s.pendingWrites(), std::size_t(2)); // only the two removals are left to write

    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/2@0: 0-0/e1:a | k=v"));

    // A removed partition can be created again, from scratch.
    s.append(tp(1, 1), entry(0, 1, 1, "b"));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/1@0: 0-0/e1:b; 1/2@0: 0-0/e1:a | k=v"));
}

inline void putState(Store &s)
{
    s.putState(QStringLiteral("k1"), "v1");
    s.putState(QStringLiteral("k2"), "v2");
    s.putState(QStringLiteral("k1"), "v3");
    QCOMPARE(s.pendingWrites(), std::size_t(2)); // the two writes of k1 coalesced
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral(" | k1=v3 | k2=v2"));

    s.putState(QStringLiteral("k2"), "v4");
    s.putState(QStringLiteral("k3"), QByteArray());
    // Dropping pending appends must not lose track of pending state.
    s.append(tp(1, 0), entry(0, 3));
    s.truncateTo(tp(1, 0), Offset(0));
    s.putState(QStringLiteral("k2"), "v5");
    s.putState(QStringLiteral("k3"), "v6");
    QCOMPARE(s.pendingWrites(), std::size_t(3));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: | k1=v3 | k2=v5 | k3=v6"));

    s.putState(QStringLiteral("k3"), QByteArray());
    BB_VERIFY_OK(s.flush());
    const Result<StoreImage> image = s.load();
    QVERIFY(image.ok());
    QVERIFY(image->state.contains(QStringLiteral("k3")));
    QVERIFY(image->state.value(QStringLiteral("k3")).isEmpty());
}

// Which stored batches fail their check (bounds and CRC-32C), as
// "topic/partition:base" in image order.
inline QStringList damagedEntries(const Store &s)
{
    auto image = s.load();
    if (!image.ok())
        return {QStringLiteral("load failed: ") + image.error().message};
    QStringList out;
    for (const PartitionImage &p : image->partitions)
        for (const LogEntry &e : p.entries)
            if (e.batch.verify())
                out << QStringLiteral("%1/%2:%3").arg(p.tp.topic.value).arg(p.tp.partition.value).arg(e.base.value);
    return out;
}

// A flipped bit lands in exactly one stored batch, whatever the pick, and
// the batch's checksum tells; the node's own copy is untouched.
inline void damagedBatchIsDetected(Store &s)
{
    QVERIFY(!s.damageBatch(1)); // nothing stored yet
    const LogEntry kept = entry(3, 3);
    s.append(tp(1, 0), entry(0, 3));
    s.append(tp(1, 0), kept);
    s.append(tp(2, 0), entry(0, 2));
    BB_VERIFY_OK(s.flush());
    QVERIFY(damagedEntries(s).isEmpty());
    for (std::uint64_t pick : {0ULL, 1ULL, 2ULL, 12345ULL, 0xFFFFFFFFFFULL}) {
        BB_VERIFY_OK(s.flush());
        QVERIFY(s.damageBatch(pick));
        QCOMPARE(damagedEntries(s).size(), 1);
        // Rewrite every batch whole again for the next pick.
        s.truncateTo(tp(1, 0), Offset(0));
        s.truncateTo(tp(2, 0), Offset(0));
        s.append(tp(1, 0), entry(0, 3));
        s.append(tp(1, 0), kept);
        s.append(tp(2, 0), entry(0, 2));
        BB_VERIFY_OK(s.flush());
        QVERIFY(damagedEntries(s).isEmpty());
    }
    QVERIFY(!kept.batch.verify());
}

// The bases of the entries a load could not read, "topic/partition:base".
inline QStringList unreadableEntries(const Store &s)
{
    QStringList out;
    auto image = s.load();
    if (!image.ok())
        return {QStringLiteral("load failed")};
    for (const PartitionImage &p : image->partitions)
        for (Offset base : p.unreadable) {
            out << QStringLiteral("%1/%2:%3").arg(p.tp.topic.value).arg(p.tp.partition.value).arg(base.value);
            for (const LogEntry &e : p.entries)
                if (e.base == base && e.batch.sizeBytes() != 0)
                    out << QStringLiteral("bytes came back");
        }
    return out;
}

// A read error hits one stored batch and stays until that batch is
// written again (cut, rewritten or dropped); its bytes never come back.
inline void readErrorUntilRewritten(Store &s)
{
    QVERIFY(!s.failReads(1)); // nothing stored yet
    s.append(tp(1, 0), entry(0, 3));
    s.append(tp(1, 0), entry(3, 3));
    s.append(tp(2, 0), entry(0, 2));
    BB_VERIFY_OK(s.flush());
    QVERIFY(s.failReads(1)); // the second batch in store order
    QCOMPARE(unreadableEntries(s), QStringList{QStringLiteral("1/0:3")});
    // Unrelated writes leave it unreadable; the load after them still fails it.
    s.append(tp(2, 0), entry(2, 2));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(unreadableEntries(s), QStringList{QStringLiteral("1/0:3")});
    // Cut and written again, it reads.
    s.truncateTo(tp(1, 0), Offset(3));
    s.append(tp(1, 0), entry(3, 3, 1, "b"));
    BB_VERIFY_OK(s.flush());
    QVERIFY(unreadableEntries(s).isEmpty());
    QVERIFY(s.failReads(2));
    QCOMPARE(unreadableEntries(s), QStringList{QStringLiteral("2/0:0")});
    s.removePartition(tp(2, 0));
    BB_VERIFY_OK(s.flush());
    QVERIFY(unreadableEntries(s).isEmpty());
}

// A torn write: what was written before the last unflushed append reaches
// the disk whole, the last append only in part, and its check fails.
inline void tornWriteAtPowerLoss(Store &s)
{
    s.append(tp(1, 0), entry(0, 3));
    BB_VERIFY_OK(s.flush());
    s.append(tp(1, 0), entry(3, 3, 1, "b"));
    s.append(tp(1, 0), entry(6, 3, 1, "c"));
    s.tearOnPowerLoss();
    BB_VERIFY_OK(s.crash(CrashKind::PowerLoss));
    QCOMPARE(damagedEntries(s), QStringList{QStringLiteral("1/0:6")});
    auto image = s.load();
    QVERIFY(image.ok());
    QCOMPARE(image->partitions.size(), std::size_t(1));
    QCOMPARE(image->partitions[0].entries.size(), std::size_t(3));
    // A second power loss tears nothing: the fault was for one write.
    s.truncateTo(tp(1, 0), Offset(6));
    s.append(tp(1, 0), entry(6, 1, 1, "d"));
    BB_VERIFY_OK(s.flush());
    s.append(tp(1, 0), entry(7, 1, 1, "e"));
    BB_VERIFY_OK(s.crash(CrashKind::PowerLoss));
    QVERIFY(damagedEntries(s).isEmpty());
}

// An fsync that lies: flush() succeeds and nothing becomes durable, so a
// power loss takes what the node was told is safe.
inline void lyingFlushLosesAtPowerLoss(Store &s)
{
    s.append(tp(1, 0), entry(0, 3));
    BB_VERIFY_OK(s.flush());
    s.setLyingFlush(true);
    s.append(tp(1, 0), entry(3, 3, 1, "b"));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(s.pendingWrites(), std::size_t(1));
    BB_VERIFY_OK(s.crash(CrashKind::PowerLoss));
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a"));
    s.setLyingFlush(false);
    s.append(tp(1, 0), entry(3, 1, 1, "c"));
    BB_VERIFY_OK(s.flush());
    QCOMPARE(durable(s), QStringLiteral("1/0@0: 0-2/e1:a 3-3/e1:c"));
}

struct NamedCase {
    const char *name;
    void (*run)(Store &);
};

inline constexpr std::array kCases{
    NamedCase{"round trip", roundTrip},
    NamedCase{"pending invisible until flush", pendingInvisibleUntilFlush},
    NamedCase{"process crash writes pending", processCrashWritesPending},
    NamedCase{"power loss loses unflushed", powerLossLosesUnflushed},
    NamedCase{"truncate", truncate},
    NamedCase{"truncate then rewrite", truncateThenRewrite},
    NamedCase{"advance log start", advanceLogStart},
    NamedCase{"replace range", replaceRange},
    NamedCase{"remove partition", removePartition},
    NamedCase{"put state", putState},
    NamedCase{"damaged batch is detected", damagedBatchIsDetected},
    NamedCase{"read error until rewritten", readErrorUntilRewritten},
    NamedCase{"torn write at power loss", tornWriteAtPowerLoss},
    NamedCase{"lying flush loses at power loss", lyingFlushLosesAtPowerLoss},
};

// Fills a test's _data() table: one row per case, the column "index" picks from kCases.
inline void addCaseRows()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(kCases.size()); ++i)
        QTest::newRow(kCases[std::size_t(i)].name) << i;
}

} // namespace bb::storecases
