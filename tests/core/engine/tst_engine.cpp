// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QSignalSpy>
#include <QTest>

#include "engine/engine.h"
#include "pausedat.h"
#include "engine/snapshotbuilder.h"

#include <QElapsedTimer>
#include <QSemaphore>

#include <atomic>
#include <thread>

using namespace bb;

class TestEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snapshotsAdvanceLive();
    void pauseStopsTime();
    void stepAdvancesExactly();
    void crashCommandMovesLeadership();
    void flatOutOutrunsLive();
    void restartReproducesTrace();
    void loadRefusesBadScenario();
    void refusedLoadKeepsTheRunningCluster();
    void seriesAndEvents();
    void commandsForAReplacedClusterAreDropped();
};

namespace {

SnapshotPtr lastOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? nullptr : spy.last().at(0).value<SnapshotPtr>();
}

} // namespace

void TestEngine::snapshotsAdvanceLive()
{
    Engine engine;
    QSignalSpy spy(&engine, &Engine::snapshotReady);
    QVERIFY(!engine.load(defaultScenario()));
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 5, 5000);
    Micros previous = -1;
    for (const auto &args : spy) {
        const auto s = args.at(0).value<SnapshotPtr>();
        QVERIFY(s);
        QVERIFY(s->time >= previous);
        previous = s->time;
    }
    const SnapshotPtr s = lastOf(spy);
    QVERIFY(s->time > 0);
    QCOMPARE(s->scenarioName, QStringLiteral("default"));
    QCOMPARE(s->nodes.size(), std::size_t(3));
    QCOMPARE(s->partitions.size(), std::size_t(6));
    QCOMPARE(engine.latest()->run, s->run);
    // Live at 1x: virtual time stays near wall time (generous for a busy machine).
    QVERIFY2(s->time < 5 * kSecond, qPrintable(QString::number(s->time)));
}

void TestEngine::pauseStopsTime()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    engine.start();
    QTRY_VERIFY(engine.latest() && engine.latest()->time > 200 * kMillisecond);
    engine.pause();
    QTRY_VERIFY(engine.latest()->paused);
    const Micros frozen = engine.latest()->time;
    // Snapshots published before the pause may still wait in the queue.
    QCoreApplication::sendPostedEvents();
    QSignalSpy spy(&engine, &Engine::snapshotReady);
    QTest::qWait(300);
    QCOMPARE(engine.latest()->time, frozen);
    for (const auto &args : spy)
        QCOMPARE(args.at(0).value<SnapshotPtr>()->time, frozen);
}

void TestEngine::stepAdvancesExactly()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    engine.step(100 * kMillisecond);
    QVERIFY(waitForPausedAt(engine, 100 * kMillisecond));
    engine.step(1234);
    engine.step(2 * kSecond);
    QVERIFY(waitForPausedAt(engine, 2 * kSecond + 100 * kMillisecond + 1234));
    QVERIFY(engine.latest()->events > 0);
}

void TestEngine::crashCommandMovesLeadership()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    engine.step(2 * kSecond);
    QVERIFY(waitForPausedAt(engine, 2 * kSecond));
    const SnapshotPtr before = engine.latest();
    const PartitionSnapshot *p = before->partition(QStringLiteral("orders"), 0);
    QVERIFY(p);
    const NodeId victim = p->leader;
    QVERIFY(victim != kNoNode);
    const int led = before->node(victim)->leaders;
    QVERIFY(led > 0);

    engine.post([victim](Cluster &c) { c.crash(victim, CrashKind::Process); });
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.latest()->node(victim)->state == NodeState::Crashed, 5000);
    // The controller fences it after the session timeout and moves every leadership.
    QTRY_VERIFY_WITH_TIMEOUT(engine.latest()->node(victim)->leaders == 0, 10000);
    const SnapshotPtr s = engine.latest();
    for (const auto &part : s->partitions) {
        QVERIFY(part.leader != victim);
        QVERIFY(!part.offline);
        QVERIFY(std::find(part.isr.begin(), part.isr.end(), victim) == part.isr.end());
        QVERIFY(part.underReplicated);
    }
    QVERIFY(s->partition(QStringLiteral("orders"), 0)->leaderEpoch > p->leaderEpoch);
}

void TestEngine::flatOutOutrunsLive()
{
    Engine live, fast;
    QVERIFY(!live.load(defaultScenario()));
    QVERIFY(!fast.load(defaultScenario()));
    fast.setFlatOut(true);
    live.start();
    fast.start();
    QTest::qWait(1000);
    live.pause();
    fast.pause();
    QTRY_VERIFY(live.latest()->paused && fast.latest()->paused);
    QVERIFY(fast.latest()->flatOut);
    QVERIFY2(fast.latest()->time > 5 * live.latest()->time,
             qPrintable(QStringLiteral("flat out %1 us, live %2 us").arg(fast.latest()->time).arg(live.latest()->time)));
}

void TestEngine::restartReproducesTrace()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    engine.step(3 * kSecond);
    QVERIFY(waitForPausedAt(engine, 3 * kSecond));
    const SnapshotPtr first = engine.latest();
    // Disturb the run, then start over.
    engine.post([](Cluster &c) { c.crash(NodeId(1), CrashKind::PowerLoss); });
    engine.step(500 * kMillisecond);
    QVERIFY(waitForPausedAt(engine, 3500 * kMillisecond));
    QVERIFY(engine.latest()->traceHash != first->traceHash);

    engine.restart();
    engine.step(3 * kSecond);
    QVERIFY(waitForPausedAt(engine, 3 * kSecond));
    const SnapshotPtr second = engine.latest();
    QVERIFY(second->run > first->run);
    QCOMPARE(second->seed, first->seed);
    QCOMPARE(second->events, first->events);
    QCOMPARE(second->traceHash, first->traceHash);
    QCOMPARE(second->eventCount, first->eventCount);
}

void TestEngine::loadRefusesBadScenario()
{
    Engine engine;
    QSignalSpy errors(&engine, &Engine::errorOccurred);
    Scenario bad = defaultScenario();
    bad.producers.front().load.topic = QStringLiteral("nope");
    const Error err = engine.load(bad);
    QCOMPARE(err.code, Errc::UnknownTopic);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!engine.latest());
}

// A scenario that cannot be built changes nothing: the running cluster
// keeps its scenario and keeps running.
void TestEngine::refusedLoadKeepsTheRunningCluster()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    engine.start();
    QTRY_VERIFY(engine.latest() && engine.latest()->time > 100 * kMillisecond);
    Scenario bad = defaultScenario();
    bad.name = QStringLiteral("bad");
    bad.producers.front().load.topic = QStringLiteral("nope");
    QCOMPARE(engine.load(bad).code, Errc::UnknownTopic);
    QCOMPARE(engine.scenario().name, QStringLiteral("default"));
    QVERIFY(!engine.isPaused());
    const Micros before = engine.latest()->time;
    QTRY_VERIFY(engine.latest()->time > before + 200 * kMillisecond);
    QVERIFY(!engine.latest()->paused);
    QCOMPARE(engine.latest()->scenarioName, QStringLiteral("default"));
}

// The metric series are sampled on virtual time, and every cluster event
// reaches exactly one snapshot.
void TestEngine::seriesAndEvents()
{
    Engine engine;
    QSignalSpy spy(&engine, &Engine::snapshotReady);
    QVERIFY(!engine.load(defaultScenario()));
    engine.setFlatOut(true);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.latest() && engine.latest()->time > 5 * kSecond, 10000);
    engine.pause();
    // latest() runs ahead of the queued signals; wait for the signal itself.
    QTRY_VERIFY(lastOf(spy)->paused && lastOf(spy)->time > 5 * kSecond);
    const SnapshotPtr s = lastOf(spy);
    std::int64_t events = 0;
    for (const auto &args : spy)
        events += std::int64_t(args.at(0).value<SnapshotPtr>()->newEvents.size());
    QCOMPARE(events, s->eventCount);
    QCOMPARE(s->series.topics.size(), std::size_t(1));
    const auto &tput = s->series.topics.front().recordsPerSecond;
    QCOMPARE(std::int64_t(tput.size()), s->time / SnapshotBuilder::kSampleInterval);
    QCOMPARE(tput[10].time - tput[9].time, SnapshotBuilder::kSampleInterval);
    // 2,000 records/s offered, all acknowledged in a healthy cluster.
    QVERIFY2(std::abs(tput.back().value - 2000) < 200, qPrintable(QString::number(tput.back().value)));
    QCOMPARE(s->series.producers.size(), std::size_t(1));
    QCOMPARE(s->series.producers.front().producer, QStringLiteral("checkout"));
    QVERIFY(!s->series.producers.front().p99Ms.empty());
    QVERIFY(s->series.producers.front().p99Ms.back().value > 0);
    QCOMPARE(s->producers.front().acks, Acks::All);
    QVERIFY(s->producers.front().acked > 0);
    QVERIFY(s->nodes.front().bytes > 0);
}


void TestEngine::commandsForAReplacedClusterAreDropped()
{
    Engine engine;
    QVERIFY(!engine.load(defaultScenario()));
    QSignalSpy errors(&engine, &Engine::errorOccurred);
    // The worker is held inside a command while a crash and a fault with a
    // reply are posted and then a restart is requested: both were meant for
    // the cluster the restart replaces.
    QSemaphore entered, release;
    engine.post([&](Cluster &) {
        entered.release();
        release.acquire();
    });
    QVERIFY(entered.tryAcquire(1, 5000));
    std::atomic<int> crashed{0}, dropped{0}, anyRun{0};
    engine.post([&](Cluster &c) { crashed += !c.crash(NodeId(0), CrashKind::Process); }, QStringLiteral("crash node 0"),
                [&] { ++dropped; });
    engine.postToAnyRun([&](Cluster &c) { anyRun += c.loop().now() == 0; });
    engine.post([&](Cluster &) { ++crashed; }, QString(), [&] { ++dropped; }); // unnamed: dropped quietly
    std::thread releaser([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        release.release();
    });
    engine.restart(); // waits for the rebuilt cluster
    releaser.join();
    QTRY_COMPARE(dropped.load(), 2);
    QCOMPARE(crashed.load(), 0);
    QTRY_COMPARE(anyRun.load(), 1); // ran, on the new cluster at time 0
    QTRY_COMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("crash node 0")) && message.contains(QStringLiteral("restart")), qPrintable(message));
    engine.step(100 * kMillisecond);
    QVERIFY(waitForPausedAt(engine, 100 * kMillisecond));
    QCOMPARE(engine.latest()->node(NodeId(0))->state, NodeState::Up);

    // Posted after the restart: it runs on the new cluster.
    engine.post([&](Cluster &c) { crashed += !c.crash(NodeId(0), CrashKind::Process); }, QStringLiteral("crash node 0"));
    engine.step(100 * kMillisecond);
    QVERIFY(waitForPausedAt(engine, 200 * kMillisecond));
    QCOMPARE(crashed.load(), 1);
    QCOMPARE(engine.latest()->node(NodeId(0))->state, NodeState::Crashed);
    QCOMPARE(errors.size(), 1);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
