#include <QTest>

#include "broker/producerstate.h"
#include "log/partitionlog.h"
#include "model/txnmarker.h"

using namespace bb;

namespace {

RecordBatch batch(std::int64_t pid, std::int16_t epoch, std::int32_t seq, int records, std::uint8_t attributes = 0)
{
    RecordBatchBuilder b;
    b.setProducer(ProducerId(pid), epoch, seq);
    b.setAttributes(attributes);
    for (int i = 0; i < records; ++i)
        b.append("k", "v", 1);
    return b.build();
}

// A log and the state kept beside it, the way a replica appends.
struct Replay {
    PartitionLog log;
    ProducerState state;
    Offset append(RecordBatch b, Epoch epoch = Epoch(0))
    {
        LogEntry e{log.logEndOffset(), epoch, std::move(b)};
        const Offset base = e.base;
        state.apply(e);
        log.append(std::move(e), 0);
        return base;
    }
};

} // namespace

class TestProducerState : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retryIsDuplicate_data();
    void retryIsDuplicate();
    void sequenceRules_data();
    void sequenceRules();
    void newerEpochRestartsSequences();
    void transactionHoldsStableOffset();
    void abortedIndexCoversFetchedRange();
    void rebuiltFromLogIsTheSame();
    void rebuildAfterTruncationForgetsRemovedBatches();
};

void TestProducerState::retryIsDuplicate_data()
{
    // Six batches of 3 records (sequences 0-2, 3-5, ... 15-17) are appended;
    // then batch `back` (1 = the last) is sent again.
    QTest::addColumn<int>("back");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("last") << 1 << true;
    QTest::newRow("2nd back") << 2 << true;
    QTest::newRow("3rd back") << 3 << true;
    QTest::newRow("4th back") << 4 << true;
    QTest::newRow("5th back") << 5 << true;
    // Kafka keeps 5 batches per producer: an older retry is not recognised
    // and, not following the last sequence, is refused as out of order
    // (never appended a second time).
    QTest::newRow("6th back") << 6 << false;
}

void TestProducerState::retryIsDuplicate()
{
    QFETCH(int, back);
    QFETCH(bool, duplicate);
    Replay r;
    r.append(batch(99, 0, 0, 7)); // another producer: offsets 0-6
    std::vector<RecordBatch> sent;
    std::vector<Offset> bases;
    for (int i = 0; i < 6; ++i) {
        sent.push_back(batch(7, 0, i * 3, 3));
        QCOMPARE(r.state.check(sent.back()).error, Errc::None);
        bases.push_back(r.append(sent.back()));
    }
    const std::size_t index = std::size_t(6 - back);
    const SequenceCheck c = r.state.check(sent[index]);
    QCOMPARE(c.duplicate, duplicate);
    if (duplicate) {
        QCOMPARE(c.error, Errc::None);
        QCOMPARE(c.base, bases[index]);
        QCOMPARE(c.next, bases[index] + 3);
    } else {
        QCOMPARE(c.error, Errc::OutOfOrderSequence);
    }
    // The next batch in sequence is still accepted.
    QCOMPARE(r.state.check(batch(7, 0, 18, 1)).error, Errc::None);
    QVERIFY(!r.state.check(batch(7, 0, 18, 1)).duplicate);
}

void TestProducerState::sequenceRules_data()
{
    // Producer 5 has appended sequences 0-3 in epoch 2.
    QTest::addColumn<std::int64_t>("pid");
    QTest::addColumn<int>("epoch");
    QTest::addColumn<int>("seq");
    QTest::addColumn<int>("records");
    QTest::addColumn<Errc>("expected");
    QTest::newRow("next in sequence") << std::int64_t(5) << 2 << 4 << 1 << Errc::None;
    QTest::newRow("gap") << std::int64_t(5) << 2 << 5 << 1 << Errc::OutOfOrderSequence;
    QTest::newRow("overlaps the last batch") << std::int64_t(5) << 2 << 3 << 2 << Errc::OutOfOrderSequence;
    QTest::newRow("older epoch") << std::int64_t(5) << 1 << 4 << 1 << Errc::ProducerFenced;
    QTest::newRow("older epoch, a retry") << std::int64_t(5) << 1 << 0 << 4 << Errc::ProducerFenced;
    QTest::newRow("newer epoch from 0") << std::int64_t(5) << 3 << 0 << 1 << Errc::None;
    QTest::newRow("newer epoch not from 0") << std::int64_t(5) << 3 << 4 << 1 << Errc::OutOfOrderSequence;
    QTest::newRow("unknown producer from 0") << std::int64_t(6) << 0 << 0 << 1 << Errc::None;
    QTest::newRow("unknown producer, first batch lost") << std::int64_t(6) << 0 << 10 << 1 << Errc::OutOfOrderSequence;
}

void TestProducerState::sequenceRules()
{
    QFETCH(std::int64_t, pid);
    QFETCH(int, epoch);
    QFETCH(int, seq);
    QFETCH(int, records);
    QFETCH(Errc, expected);
    Replay r;
    r.append(batch(5, 2, 0, 4));
    const SequenceCheck c = r.state.check(batch(pid, std::int16_t(epoch), seq, records));
    QCOMPARE(c.error, expected);
    QVERIFY(!c.duplicate);
}

void TestProducerState::newerEpochRestartsSequences()
{
    Replay r;
    r.append(batch(5, 0, 0, 4));
    // The coordinator's abort marker in epoch 1 fences epoch 0 here even
    // though the producer never wrote in epoch 1.
    r.append(buildTxnMarker(ProducerId(5), 1, false, 2));
    QCOMPARE(r.state.find(ProducerId(5))->epoch, std::int16_t(1));
    QCOMPARE(r.state.check(batch(5, 0, 4, 1)).error, Errc::ProducerFenced);
    QCOMPARE(r.state.check(batch(5, 1, 0, 1)).error, Errc::None);
    // The old epoch's batches are forgotten: its retry is not a duplicate.
    QCOMPARE(r.state.check(batch(5, 1, 0, 4)).duplicate, false);
}

void TestProducerState::transactionHoldsStableOffset()
{
    Replay r;
    r.append(batch(1, 0, 0, 5));                       // 0-4, not transactional
    const Offset first = r.append(batch(2, 0, 0, 3, Transactional)); // 5-7
    r.append(batch(2, 0, 3, 2, Transactional));        // 8-9, same transaction
    r.append(batch(1, 0, 5, 5));                       // 10-14
    r.state.onHighWatermark(Offset(15));
    QCOMPARE(r.state.openTransactions(), std::size_t(1));
    QCOMPARE(r.state.firstUnstableOffset(Offset(15)), first);
    const Offset marker = r.append(buildTxnMarker(ProducerId(2), 0, true, 3)); // 15
    QCOMPARE(r.state.openTransactions(), std::size_t(0));
    // Committed, but the marker is not replicated yet: still unstable.
    r.state.onHighWatermark(marker);
    QCOMPARE(r.state.firstUnstableOffset(Offset(-1)), first);
    r.state.onHighWatermark(marker + 1);
    QCOMPARE(r.state.firstUnstableOffset(Offset(-1)), Offset(-1));
    QVERIFY(r.state.abortedTransactions().empty());
}

void TestProducerState::abortedIndexCoversFetchedRange()
{
    Replay r;
    r.append(batch(1, 0, 0, 2, Transactional));       // 0-1  txn A (pid 1)
    r.append(batch(2, 0, 0, 2, Transactional));       // 2-3  txn B (pid 2)
    r.append(buildTxnMarker(ProducerId(1), 0, false, 1)); // 4 abort A
    r.append(batch(3, 0, 0, 2));                      // 5-6
    r.append(buildTxnMarker(ProducerId(2), 0, true, 1));  // 7 commit B
    r.append(batch(1, 0, 2, 2, Transactional));       // 8-9 txn A2
    r.append(buildTxnMarker(ProducerId(1), 0, false, 1)); // 10 abort A2
    r.state.onHighWatermark(Offset(11));
    QCOMPARE(r.state.abortedTransactions().size(), std::size_t(2));
    QCOMPARE(r.state.abortedTransactions()[0], (AbortedTxn{ProducerId(1), Offset(0), Offset(4)}));
    QCOMPARE(r.state.abortedTransactions()[1], (AbortedTxn{ProducerId(1), Offset(8), Offset(10)}));

    std::vector<AbortedTransaction> out;
    r.state.collectAborted(Offset(0), Offset(11), out);
    QCOMPARE(out.size(), std::size_t(2));
    out.clear();
    r.state.collectAborted(Offset(5), Offset(8), out); // between the two
    QVERIFY(out.empty());
    r.state.collectAborted(Offset(3), Offset(5), out); // the first one's marker
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0].firstOffset, Offset(0));
    out.clear();
    r.state.collectAborted(Offset(9), Offset(11), out);
    QCOMPARE(out.size(), std::size_t(1));
    QCOMPARE(out[0].firstOffset, Offset(8));
}

void TestProducerState::rebuiltFromLogIsTheSame()
{
    Replay r;
    for (int i = 0; i < 9; ++i)
        r.append(batch(1, 0, i * 2, 2));              // more than 5 batches of one producer
    r.append(batch(2, 3, 0, 4, Transactional));
    r.append(batch(3, 0, 0, 1, Transactional));
    r.append(buildTxnMarker(ProducerId(2), 3, false, 5));
    r.append(batch(1, 0, 18, 3), Epoch(1));
    r.append(buildTxnMarker(ProducerId(4), 0, true, 5)); // a marker for a producer with nothing here
    r.state.onHighWatermark(r.log.logEndOffset());

    ProducerState rebuilt;
    rebuilt.rebuild(r.log, r.log.logEndOffset());
    QVERIFY(rebuilt == r.state);
    QCOMPARE(rebuilt.producerCount(), std::size_t(4));
    QCOMPARE(rebuilt.find(ProducerId(1))->batchCount(), ProducerEntry::kCachedBatches);
    QCOMPARE(rebuilt.find(ProducerId(1))->lastSeq(), 20);
    QCOMPARE(rebuilt.openTransactions(), std::size_t(1)); // producer 3's
    QCOMPARE(rebuilt.firstUnstableOffset(Offset(-1)), r.state.firstUnstableOffset(Offset(-1)));
    QCOMPARE(rebuilt.abortedTransactions().size(), std::size_t(1));
    // Deduplication works the same after the rebuild.
    const SequenceCheck live = r.state.check(batch(1, 0, 16, 2));
    const SequenceCheck again = rebuilt.check(batch(1, 0, 16, 2));
    QVERIFY(live.duplicate && again.duplicate);
    QCOMPARE(again.base, live.base);

    // And a state that saw one more batch is not the same.
    r.append(batch(1, 0, 21, 1));
    QVERIFY(!(rebuilt == r.state));
}

void TestProducerState::rebuildAfterTruncationForgetsRemovedBatches()
{
    Replay r;
    r.append(batch(1, 0, 0, 2));
    const Offset cut = r.append(batch(1, 0, 2, 2));
    r.append(batch(2, 0, 0, 2, Transactional));
    r.log.truncateTo(cut);
    ProducerState s;
    s.rebuild(r.log, cut);
    // The removed batch is no longer a duplicate: its retry is appended again.
    const SequenceCheck c = s.check(batch(1, 0, 2, 2));
    QCOMPARE(c.error, Errc::None);
    QVERIFY(!c.duplicate);
    QCOMPARE(s.openTransactions(), std::size_t(0));
    QCOMPARE(s.firstUnstableOffset(Offset(-1)), Offset(-1));
}

QTEST_GUILESS_MAIN(TestProducerState)
#include "tst_producerstate.moc"
