#include <QTest>

#include "../clustertesting.h"
#include "model/txnmarker.h"

#include <set>

using namespace bb;
using namespace bb::testing;

namespace {

constexpr ActorId kReader{5000};
constexpr ActorId kCheckerGroupCoordinator = kGroupCoordinatorActor;

// A bare client that sends raw FetchRequests, as a consumer would.
class Reader final : public Actor {
public:
    std::optional<FetchResponse> last;
    void onMessage(ActorId, Message &m) override
    {
        if (auto *r = std::get_if<FetchResponse>(&m))
            last = std::move(*r);
    }
    void onTimer(std::uint64_t) override {}
};

// Stands in for the group coordinator: keeps transactional offsets pending
// until the transaction coordinator's marker says commit or abort.
class FakeGroupCoordinator final : public Actor {
public:
    explicit FakeGroupCoordinator(Transport &t) : m_transport(t) {}
    std::vector<PartitionOffset> pending;
    std::vector<PartitionOffset> committed;
    std::vector<bool> markers; // commit flags, in arrival order
    void onMessage(ActorId from, Message &m) override
    {
        if (auto *r = std::get_if<TxnOffsetCommitRequest>(&m)) {
            pending.insert(pending.end(), r->offsets.begin(), r->offsets.end());
            m_transport.send(kCheckerGroupCoordinator, from, OffsetCommitResponse{r->correlation, Errc::None});
        } else if (auto *w = std::get_if<WriteTxnMarkersRequest>(&m)) {
            markers.push_back(w->commit);
            if (w->commit)
                committed.insert(committed.end(), pending.begin(), pending.end());
            pending.clear();
            WriteTxnMarkersResponse resp;
            resp.correlation = w->correlation;
            resp.groupId = w->groupId;
            m_transport.send(kCheckerGroupCoordinator, from, std::move(resp));
        }
    }
    void onTimer(std::uint64_t) override {}

private:
    Transport &m_transport;
};

struct Listener final : ProducerListener {
    int acked = 0;
    int failed = 0;
    Errc lastFailure = Errc::None;
    bool ready = false;
    std::vector<std::pair<bool, Errc>> completed;
    void onAcked(TopicPartition, Offset, const RecordBatch &b, Micros) override { acked += b.recordCount(); }
    void onFailed(TopicPartition, const RecordBatch &b, const Error &e) override
    {
        failed += b.recordCount();
        lastFailure = e.code;
    }
    void onTransactionReady() override { ready = true; }
    void onTransactionCompleted(bool committed, Errc error) override { completed.emplace_back(committed, error); }
};

class World {
public:
    World()
    {
        auto created = Cluster::create(smallSpec(3, {}, 300), 5);
        if (!created)
            return;
        c = std::move(*created);
        topic = *c->createTopic(QStringLiteral("t"), topicConfig(2, 3, 2));
        c->loop().attach(kReader, &reader);
        c->network().setHost(kReader, kReader.value);
        c->runFor(500 * kMillisecond);
    }
    ~World()
    {
        if (c)
            c->loop().attach(kReader, nullptr);
    }

    Producer &producer(const QString &txnId, Listener *l, Micros timeout = 10 * kSecond)
    {
        ProducerConfig pc;
        pc.transactionalId = txnId;
        pc.transactionTimeout = timeout;
        pc.linger = 1 * kMillisecond;
        return c->addProducer(txnId.isEmpty() ? QStringLiteral("plain") : txnId, pc, l);
    }

    bool runUntil(const std::function<bool()> &done, Micros limit = 5 * kSecond) { return stepUntil(*c, done, limit); }

    // Registers p's transactional id; true once p may begin a transaction.
    bool init(Producer &p, const Listener &l)
    {
        if (const Error e = p.initTransactions()) {
            qWarning("initTransactions: %s", qPrintable(e.message));
            return false;
        }
        return runUntil([&] { return l.ready; });
    }

    // Begins a transaction and sends records 0..count-1 of `generator` in
    // it; true once they are all acknowledged.
    bool sendInTransaction(Producer &p, const Listener &l, std::uint32_t generator, int count)
    {
        if (const Error e = p.beginTransaction()) {
            qWarning("beginTransaction: %s", qPrintable(e.message));
            return false;
        }
        const int acked = l.acked;
        for (int i = 0; i < count; ++i)
            send(p, generator, std::uint64_t(i));
        return runUntil([&] { return l.acked == acked + count; });
    }

    TopicPartition tp(int p = 0) const { return {topic, PartitionId(p)}; }
    const Replica &leader(int p = 0) const
    {
        const NodeId n = c->controller().partitions().at(tp(p)).leader;
        return *c->node(n)->replica(tp(p));
    }

    FetchResponse fetch(bool readCommitted, int p = 0, Offset from = Offset(0))
    {
        FetchRequest req;
        req.correlation = ++m_correlation;
        req.tp = tp(p);
        req.fetchOffset = from;
        req.readCommitted = readCommitted;
        reader.last.reset();
        const NodeId n = c->controller().partitions().at(tp(p)).leader;
        c->network().send(kReader, nodeActor(n), std::move(req));
        runUntil([&] { return reader.last.has_value(); }, 1 * kSecond);
        return reader.last.value_or(FetchResponse{});
    }

    void send(Producer &p, std::uint32_t generator, std::uint64_t seq, int partition = 0)
    {
        QByteArray value(RecordTag::kSize, 'v');
        RecordTag{generator, seq}.write(value.data());
        const Error e = p.send(topic, "k", value, c->loop().now(), {}, partition);
        QVERIFY2(!e, qPrintable(e.message));
    }

    std::unique_ptr<Cluster> c;
    TopicId topic{-1};
    Reader reader;

private:
    std::int64_t m_correlation = 0;
};

// What a read_committed consumer hands to its application: records in
// order, skipping control batches and, using the fetch's aborted list,
// the records of aborted transactions (Kafka's consumer algorithm).
std::vector<RecordTag> visible(const FetchResponse &r, bool applyAborted)
{
    std::vector<RecordTag> out;
    std::vector<AbortedTransaction> aborted = r.aborted;
    std::sort(aborted.begin(), aborted.end(), [](const auto &a, const auto &b) { return a.firstOffset < b.firstOffset; });
    std::set<std::int64_t> skipping;
    std::size_t next = 0;
    for (const LogEntry &e : r.entries) {
        while (applyAborted && next < aborted.size() && aborted[next].firstOffset <= e.lastOffset())
            skipping.insert(aborted[next++].producerId.value);
        if (e.batch.isControl()) {
            if (txnMarkerCommits(e.batch) == false)
                skipping.erase(e.batch.producerId().value);
            continue;
        }
        if (e.batch.isTransactional() && skipping.count(e.batch.producerId().value))
            continue;
        for (const RecordView v : e.batch) {
            RecordTag t;
            if (RecordTag::read(v.value, t))
                out.push_back(t);
        }
    }
    return out;
}

std::set<std::uint32_t> generators(const std::vector<RecordTag> &tags)
{
    std::set<std::uint32_t> g;
    for (const auto &t : tags)
        g.insert(t.generator);
    return g;
}

int countEvents(const Cluster &c, ClusterEventKind kind)
{
    return int(std::count_if(c.events().begin(), c.events().end(), [kind](const ClusterEvent &e) { return e.kind == kind; }));
}

} // namespace

class TestTransactions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void abortedInvisibleToReadCommitted();
    void stableOffsetWaitsForOpenTransaction();
    void zombieIsFenced_data();
    void zombieIsFenced();
    void timeoutAbortsAbandonedTransaction();
    void offsetsCommitWithTheTransaction_data();
    void offsetsCommitWithTheTransaction();
    void markersReachANewLeader();
    void callsOutOfOrderAreRefused();
    void deletingATopicEndsTheMarkersOwedToIt();
};

void TestTransactions::abortedInvisibleToReadCommitted()
{
    World w;
    QVERIFY(w.c);
    Listener l;
    Producer &p = w.producer(QStringLiteral("tx"), &l);
    QVERIFY(w.init(p, l));
    QCOMPARE(p.transactionState(), TxnState::Ready);

    // Generator 1: aborted. Generator 2: committed.
    QVERIFY(w.sendInTransaction(p, l, 1, 10));
    QVERIFY(!p.abortTransaction());
    QVERIFY(w.runUntil([&] { return l.completed.size() == 1; }));
    QCOMPARE(l.completed[0], std::make_pair(false, Errc::None));
    QVERIFY(!p.beginTransaction());
    for (int i = 0; i < 10; ++i)
        w.send(p, 2, std::uint64_t(i));
    QVERIFY(!p.commitTransaction());
    QVERIFY(w.runUntil([&] { return l.completed.size() == 2; }));
    QCOMPARE(l.completed[1], std::make_pair(true, Errc::None));
    QCOMPARE(p.transactionState(), TxnState::Ready);
    QCOMPARE(countEvents(*w.c, ClusterEventKind::TransactionAborted), 1);
    QCOMPARE(countEvents(*w.c, ClusterEventKind::TransactionCommitted), 1);
    w.runUntil([&] { return w.leader().lastStableOffset() == w.leader().log.logEndOffset(); });

    const FetchResponse committed = w.fetch(true);
    QCOMPARE(committed.error, Errc::None);
    QCOMPARE(committed.aborted.size(), std::size_t(1));
    QCOMPARE(committed.aborted[0].producerId, p.producerId());
    QCOMPARE(committed.aborted[0].firstOffset, Offset(0));
    const auto seen = visible(committed, true);
    QCOMPARE(seen.size(), std::size_t(10));
    QCOMPARE(generators(seen), std::set<std::uint32_t>{2});

    const FetchResponse uncommitted = w.fetch(false);
    QVERIFY(uncommitted.aborted.empty());
    const auto all = visible(uncommitted, false);
    QCOMPARE(all.size(), std::size_t(20));
    QCOMPARE(generators(all), (std::set<std::uint32_t>{1, 2}));
    // Two markers, one abort and one commit.
    int markers = 0;
    for (const LogEntry &e : uncommitted.entries)
        markers += e.batch.isControl() ? 1 : 0;
    QCOMPARE(markers, 2);
}

void TestTransactions::stableOffsetWaitsForOpenTransaction()
{
    World w;
    QVERIFY(w.c);
    Listener tl, pl;
    Producer &plain = w.producer(QString(), &pl);
    Producer &txn = w.producer(QStringLiteral("tx"), &tl);
    QVERIFY(w.init(txn, tl));
    QVERIFY(w.runUntil([&] { return plain.hasMetadata(); }));
    for (int i = 0; i < 5; ++i)
        w.send(plain, 1, std::uint64_t(i));
    QVERIFY(w.runUntil([&] { return pl.acked == 5; }));
    QVERIFY(w.sendInTransaction(txn, tl, 2, 5));
    for (int i = 5; i < 10; ++i)
        w.send(plain, 1, std::uint64_t(i));
    QVERIFY(w.runUntil([&] { return pl.acked == 10; }));
    w.c->runFor(50 * kMillisecond);

    // The open transaction starts at offset 5: the LSO stays there while the
    // high watermark moves past it with the plain producer's records.
    QCOMPARE(w.leader().hw, Offset(15));
    QCOMPARE(w.leader().lastStableOffset(), Offset(5));
    FetchResponse r = w.fetch(true);
    QCOMPARE(r.lastStable, Offset(5));
    QCOMPARE(r.highWatermark, Offset(15));
    QVERIFY(!r.entries.empty());
    QCOMPARE(r.entries.back().nextOffset(), Offset(5));
    QCOMPARE(visible(r, true).size(), std::size_t(5));
    // A read_uncommitted reader sees everything up to the high watermark.
    QCOMPARE(visible(w.fetch(false), false).size(), std::size_t(15));
    // Another partition is not held back.
    QCOMPARE(w.leader(1).lastStableOffset(), w.leader(1).hw);

    QVERIFY(!txn.commitTransaction());
    QVERIFY(w.runUntil([&] { return !tl.completed.empty(); }));
    QVERIFY(w.runUntil([&] { return w.leader().lastStableOffset() == w.leader().hw && w.leader().hw == Offset(16); }));
    r = w.fetch(true);
    QCOMPARE(r.lastStable, Offset(16));
    QVERIFY(r.aborted.empty());
    const auto seen = visible(r, true);
    QCOMPARE(seen.size(), std::size_t(15));
    QCOMPARE(generators(seen), (std::set<std::uint32_t>{1, 2}));
}

void TestTransactions::zombieIsFenced_data()
{
    QTest::addColumn<bool>("sendsFirst"); // the zombie sends again before it commits
    QTest::newRow("zombie sends") << true;
    QTest::newRow("zombie commits") << false;
}

void TestTransactions::zombieIsFenced()
{
    QFETCH(bool, sendsFirst);
    World w;
    QVERIFY(w.c);
    Listener zl, nl;
    Producer &zombie = w.producer(QStringLiteral("app"), &zl);
    QVERIFY(w.init(zombie, zl));
    QVERIFY(w.sendInTransaction(zombie, zl, 1, 5));
    const std::int16_t zombieEpoch = zombie.producerEpoch();

    // A second instance with the same transactional id takes over: the
    // coordinator aborts the first one's transaction and bumps the epoch.
    Producer &next = w.producer(QStringLiteral("app"), &nl);
    QVERIFY(w.init(next, nl));
    QCOMPARE(next.producerId(), zombie.producerId());
    QCOMPARE(next.producerEpoch(), std::int16_t(zombieEpoch + 1));
    QCOMPARE(countEvents(*w.c, ClusterEventKind::ProducerFenced), 1);
    QCOMPARE(countEvents(*w.c, ClusterEventKind::TransactionAborted), 1);
    QCOMPARE(zombie.transactionState(), TxnState::InTransaction); // it does not know yet

    if (sendsFirst) {
        for (int i = 5; i < 10; ++i)
            w.send(zombie, 1, std::uint64_t(i));
        QVERIFY(w.runUntil([&] { return zombie.transactionState() == TxnState::Fenced; }));
        QCOMPARE(zl.lastFailure, Errc::ProducerFenced);
        QCOMPARE(zl.failed, 5);
        QCOMPARE(zombie.commitTransaction().code, Errc::ProducerFenced);
    } else {
        QVERIFY(!zombie.commitTransaction());
        QVERIFY(w.runUntil([&] { return zombie.transactionState() == TxnState::Fenced; }));
    }
    QCOMPARE(zl.completed.size(), std::size_t(1));
    QCOMPARE(zl.completed[0], std::make_pair(false, Errc::ProducerFenced));
    QCOMPARE(zombie.send(w.topic, "k", "late", w.c->loop().now()).code, Errc::ProducerFenced);

    QVERIFY(!next.beginTransaction());
    for (int i = 0; i < 5; ++i)
        w.send(next, 2, std::uint64_t(i));
    QVERIFY(!next.commitTransaction());
    QVERIFY(w.runUntil([&] { return nl.completed.size() == 1; }));
    QCOMPARE(nl.completed[0], std::make_pair(true, Errc::None));
    QVERIFY(w.runUntil([&] { return w.leader().lastStableOffset() == w.leader().log.logEndOffset(); }));

    const auto seen = visible(w.fetch(true), true);
    QCOMPARE(seen.size(), std::size_t(5));
    QCOMPARE(generators(seen), std::set<std::uint32_t>{2});
    // Nothing of the zombie's second round reached the log at all.
    for (const RecordTag &t : visible(w.fetch(false), false))
        QVERIFY(t.generator != 1 || t.sequence < 5);
}

void TestTransactions::timeoutAbortsAbandonedTransaction()
{
    World w;
    QVERIFY(w.c);
    Listener l;
    Producer &p = w.producer(QStringLiteral("slow"), &l, 1 * kSecond);
    QVERIFY(w.init(p, l));
    QVERIFY(w.sendInTransaction(p, l, 1, 5));
    QCOMPARE(w.leader().lastStableOffset(), Offset(0));
    const Micros began = w.c->loop().now();

    // The application stalls; the coordinator aborts after the timeout.
    QVERIFY(w.runUntil([&] { return countEvents(*w.c, ClusterEventKind::TransactionAborted) == 1; }, 3 * kSecond));
    QVERIFY(w.c->loop().now() - began >= 900 * kMillisecond);
    QCOMPARE(countEvents(*w.c, ClusterEventKind::ProducerFenced), 1);
    QVERIFY(w.runUntil([&] { return w.leader().lastStableOffset() == w.leader().hw; }));
    QCOMPARE(w.leader().hw, Offset(6)); // five records and the abort marker
    QVERIFY(visible(w.fetch(true), true).empty());
    const TransactionState *s = w.c->transactionCoordinator().transaction(QStringLiteral("slow"));
    QVERIFY(s);
    QCOMPARE(s->phase, TxnPhase::CompleteAbort);
    QCOMPARE(w.c->transactionCoordinator().stats().timedOut, std::int64_t(1));

    // The producer wakes up and tries to commit: it was fenced.
    QVERIFY(!p.commitTransaction());
    QVERIFY(w.runUntil([&] { return p.transactionState() == TxnState::Fenced; }));
    QCOMPARE(l.completed.back(), std::make_pair(false, Errc::ProducerFenced));
    QVERIFY(visible(w.fetch(true), true).empty());
}

void TestTransactions::offsetsCommitWithTheTransaction_data()
{
    QTest::addColumn<bool>("commit");
    QTest::newRow("commit") << true;
    QTest::newRow("abort") << false;
}

void TestTransactions::offsetsCommitWithTheTransaction()
{
    QFETCH(bool, commit);
    World w;
    QVERIFY(w.c);
    FakeGroupCoordinator group(w.c->network());
    w.c->loop().attach(kGroupCoordinatorActor, &group);
    w.c->network().setHost(kGroupCoordinatorActor, kControllerHost);
    Listener l;
    Producer &p = w.producer(QStringLiteral("ctp"), &l);
    QVERIFY(w.init(p, l));
    QVERIFY(!p.beginTransaction());
    w.send(p, 1, 0);
    const std::vector<PartitionOffset> consumed{{{w.topic, PartitionId(1)}, Offset(42)}};
    QVERIFY(!p.sendOffsetsToTransaction(QStringLiteral("g"), 3, QStringLiteral("m-1"), consumed));
    QVERIFY(w.runUntil([&] { return group.pending.size() == 1; }));
    QVERIFY(group.committed.empty());
    QVERIFY(!(commit ? p.commitTransaction() : p.abortTransaction()));
    QVERIFY(w.runUntil([&] { return l.completed.size() == 1; }));
    QCOMPARE(l.completed[0], std::make_pair(commit, Errc::None));
    // The group got its marker before the transaction was reported done.
    QCOMPARE(group.markers, std::vector<bool>{commit});
    QCOMPARE(group.committed.size(), std::size_t(commit ? 1 : 0));
    if (commit)
        QCOMPARE(group.committed[0].offset, Offset(42));
    w.c->loop().attach(kGroupCoordinatorActor, nullptr);
}

void TestTransactions::markersReachANewLeader()
{
    // The leader of the transaction's partition is cut off from the
    // controller (and the coordinator on its host) just before the commit:
    // the controller moves leadership and the coordinator writes the
    // marker to the new leader.
    World w;
    QVERIFY(w.c);
    Listener l;
    Producer &p = w.producer(QStringLiteral("tx"), &l);
    QVERIFY(w.init(p, l));
    QVERIFY(w.sendInTransaction(p, l, 1, 5));
    const NodeId old = w.c->controller().partitions().at(w.tp()).leader;
    w.c->setCut(old, kPeerController, false, true);
    QVERIFY(!p.commitTransaction());
    QVERIFY(w.runUntil([&] { return l.completed.size() == 1; }, 10 * kSecond));
    QCOMPARE(l.completed[0], std::make_pair(true, Errc::None));
    const NodeId now = w.c->controller().partitions().at(w.tp()).leader;
    QVERIFY(now != old);
    w.c->setCut(old, kPeerController, false, false);
    QVERIFY(w.runUntil([&] { return w.leader().lastStableOffset() == w.leader().log.logEndOffset(); }));
    const auto seen = visible(w.fetch(true), true);
    QCOMPARE(seen.size(), std::size_t(5));
}

void TestTransactions::callsOutOfOrderAreRefused()
{
    World w;
    QVERIFY(w.c);
    Listener l, pl;
    Producer &p = w.producer(QStringLiteral("tx"), &l);
    QCOMPARE(p.beginTransaction().code, Errc::InvalidTxnState);
    QCOMPARE(p.commitTransaction().code, Errc::InvalidTxnState);
    QVERIFY(!p.initTransactions());
    QCOMPARE(p.initTransactions().code, Errc::InvalidTxnState);
    QVERIFY(w.runUntil([&] { return l.ready && p.hasMetadata(); }));
    QCOMPARE(p.send(w.topic, "k", "v", 0).code, Errc::InvalidTxnState); // outside a transaction
    QCOMPARE(p.abortTransaction().code, Errc::InvalidTxnState);
    QVERIFY(!p.beginTransaction());
    QCOMPARE(p.beginTransaction().code, Errc::InvalidTxnState);
    // An empty transaction commits without the coordinator.
    QVERIFY(!p.commitTransaction());
    QVERIFY(w.runUntil([&] { return l.completed.size() == 1; }));
    QCOMPARE(countEvents(*w.c, ClusterEventKind::TransactionCommitted), 0);
    Producer &plain = w.producer(QString(), &pl);
    QCOMPARE(plain.initTransactions().code, Errc::InvalidConfig);
    QCOMPARE(plain.transactionState(), TxnState::None);
}

void TestTransactions::deletingATopicEndsTheMarkersOwedToIt()
{
    // The topic goes while its commit markers are being written: no marker
    // is owed to a partition that no longer exists, so the commit completes
    // instead of retrying forever against "unknown topic".
    World w;
    QVERIFY(w.c);
    Listener l;
    Producer &p = w.producer(QStringLiteral("tx"), &l);
    QVERIFY(w.init(p, l));
    QVERIFY(w.sendInTransaction(p, l, 1, 5));
    QVERIFY(!p.commitTransaction());
    const auto phase = [&] { return w.c->transactionCoordinator().transaction(QStringLiteral("tx"))->phase; };
    // Event by event, so the markers are still on their way.
    QVERIFY(runUntil(*w.c, w.c->loop().now() + 5 * kSecond, [&] { return phase() == TxnPhase::PrepareCommit; }));
    QVERIFY(w.c->deleteTopic(QStringLiteral("t")).ok());
    QCOMPARE(phase(), TxnPhase::CompleteCommit);
    QVERIFY(w.runUntil([&] { return l.completed.size() == 1; }));
    QCOMPARE(l.completed[0], std::make_pair(true, Errc::None));
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
