// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "lab/checkrunner.h"
#include "lab/seedpool.h"

#include <set>

using namespace bb;
using namespace std::chrono_literals;

namespace {

struct Taken {
    std::vector<std::uint64_t> seeds;
    std::set<std::thread::id> threads;
    std::uint64_t lastTick = 0;
    int ticks = 0;
};

// Later seeds finish first: seed s sleeps (from + count - s) ms, so a pool
// that handed outcomes back as they finish would hand them back reversed.
Taken runReversed(std::uint64_t from, std::uint64_t count, int threads)
{
    std::atomic<bool> stop{false};
    std::mutex threadsMutex;
    Taken t;
    const std::uint64_t ran = runSeeds<std::uint64_t>(
        from, count, threads, stop,
        [&](std::uint64_t seed) {
            {
                std::lock_guard lock(threadsMutex);
                t.threads.insert(std::this_thread::get_id());
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(from + count - seed));
            return seed * 3;
        },
        [&](std::uint64_t &&outcome) { t.seeds.push_back(outcome / 3); },
        [&](std::uint64_t done) {
            t.lastTick = done;
            ++t.ticks;
        },
        5ms);
    if (ran != t.seeds.size())
        t.seeds.clear();
    return t;
}

std::vector<std::uint64_t> range(std::uint64_t from, std::uint64_t count)
{
    std::vector<std::uint64_t> out;
    for (std::uint64_t s = from; s < from + count; ++s)
        out.push_back(s);
    return out;
}

} // namespace

class TestSeedPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void outcomesComeInSeedOrder_data();
    void outcomesComeInSeedOrder();
    void stopLeavesAPrefixOfTheRange();
    void stopBeforeTheStartRunsNothing();
    void checkOutcomesDoNotDependOnTheThreads();
};

void TestSeedPool::outcomesComeInSeedOrder_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("count");
    QTest::addRow("1 thread") << 1 << 12;
    QTest::addRow("2 threads") << 2 << 12;
    QTest::addRow("4 threads") << 4 << 13;
    QTest::addRow("more threads than seeds") << 16 << 5;
    QTest::addRow("one seed") << 3 << 1;
}

void TestSeedPool::outcomesComeInSeedOrder()
{
    QFETCH(int, threads);
    QFETCH(int, count);
    const Taken t = runReversed(100, std::uint64_t(count), threads);
    QCOMPARE(t.seeds, range(100, std::uint64_t(count)));
    QCOMPARE(t.lastTick, std::uint64_t(count)); // the last tick counts every seed
    QVERIFY(t.ticks >= 1);
    QVERIFY(int(t.threads.size()) <= std::min(threads, count));
}

// Ctrl-C: no seed is handed out after the stop, the ones in progress finish,
// so the seeds that ran are from .. from + ran - 1 with none missing.
void TestSeedPool::stopLeavesAPrefixOfTheRange()
{
    for (int threads : {1, 2, 3}) {
        std::atomic<bool> stop{false};
        std::vector<std::uint64_t> taken;
        const std::uint64_t ran = runSeeds<std::uint64_t>(
            50, 1000, threads, stop,
            [&](std::uint64_t seed) {
                if (seed == 60)
                    stop.store(true);
                // Seeds after 60 end only once the stop is seen, so a pool
                // thread can have at most one of them in hand.
                while (seed > 60 && !stop.load())
                    std::this_thread::yield();
                std::this_thread::sleep_for(std::chrono::milliseconds(seed % 3));
                return seed;
            },
            [&](std::uint64_t &&seed) { taken.push_back(seed); }, [](std::uint64_t) {}, 5ms);
        QCOMPARE(ran, std::uint64_t(taken.size()));
        QVERIFY2(ran >= 11 && ran < 11 + std::uint64_t(threads), qPrintable(QString::number(ran)));
        QCOMPARE(taken, range(50, ran));
    }
}

void TestSeedPool::stopBeforeTheStartRunsNothing()
{
    std::atomic<bool> stop{true};
    int jobs = 0, takes = 0;
    const std::uint64_t ran = runSeeds<int>(
        1, 10, 2, stop, [&](std::uint64_t) { return ++jobs; }, [&](int &&) { ++takes; }, [](std::uint64_t) {}, 5ms);
    QCOMPARE(ran, std::uint64_t(0));
    QCOMPARE(jobs, 0);
    QCOMPARE(takes, 0);
}

// The real check, several clusters at once: each seed's run is the same on
// a pool thread as alone (no state shared between clusters).
void TestSeedPool::checkOutcomesDoNotDependOnTheThreads()
{
    std::vector<std::uint64_t> alone;
    for (std::uint64_t seed = 1; seed <= 6; ++seed)
        alone.push_back(runCheck(seed, CheckMode::Unclean).traceHash);
    std::atomic<bool> stop{false};
    std::vector<std::uint64_t> pooled;
    runSeeds<CheckOutcome>(
        1, 6, 3, stop, [](std::uint64_t seed) { return runCheck(seed, CheckMode::Unclean); },
        [&](CheckOutcome &&o) { pooled.push_back(o.traceHash); }, [](std::uint64_t) {});
    QCOMPARE(pooled, alone);
}

QTEST_GUILESS_MAIN(TestSeedPool)
#include "tst_seedpool.moc"
