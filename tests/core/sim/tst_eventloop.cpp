// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "sim/eventloop.h"

#include <functional>
#include <vector>

using namespace bb;

namespace {

// Records what it was woken for, with the virtual time.
class Recorder final : public Actor {
public:
    explicit Recorder(EventLoop &loop) : m_loop(loop) {}

    struct Hit {
        Micros at;
        std::uint64_t what; // timer tag, or 1000 + message correlation
        bool operator==(const Hit &) const = default;
    };
    std::vector<Hit> hits;
    std::function<void(std::uint64_t)> onTimerHook;

    void onMessage(ActorId, Message &message) override
    {
        const auto *m = std::get_if<MetadataRequest>(&message);
        hits.push_back({m_loop.now(), 1000 + std::uint64_t(m ? m->correlation : -1)});
    }
    void onTimer(std::uint64_t tag) override
    {
        hits.push_back({m_loop.now(), tag});
        if (onTimerHook)
            onTimerHook(tag);
    }
    QList<qint64> tags() const
    {
        QList<qint64> out;
        for (const Hit &h : hits)
            out << qint64(h.what);
        return out;
    }

private:
    EventLoop &m_loop;
};

constexpr ActorId kA{1};
constexpr ActorId kB{2};

// A small fixed workload: timers, messages and a call, with one knob that
// changes exactly one event.
std::uint64_t workloadHash(std::uint64_t lastTag, Micros lastDelay, std::uint64_t *processed = nullptr)
{
    EventLoop loop;
    Recorder a(loop), b(loop);
    loop.attach(kA, &a);
    loop.attach(kB, &b);
    loop.schedule(10, kA, 1);
    loop.schedule(10, kB, 2);
    loop.deliver(5, kB, kA, MetadataRequest{7});
    loop.call(15, [&loop] { loop.schedule(1, kA, 3); });
    loop.schedule(lastDelay, kB, lastTag);
    loop.runUntil(1000);
    if (processed)
        *processed = loop.eventsProcessed();
    return loop.traceHash();
}

} // namespace

class TestEventLoop : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ordersByTimeThenInsertion_data();
    void ordersByTimeThenInsertion();
    void messagesTimersAndCallsShareOneOrder();
    void pastDeliveryRunsNow();
    void cancel();
    void cancelOfAFiredTimerLeavesItsSlotsNextUserAlone();
    void detachDropsTimers();
    void reattachDropsTheOldInstancesTimers();
    void timerForAnActorNeverAttachedIsDropped();
    void messagesForAPreviousIncarnationAreDropped();
    void runUntil_data();
    void runUntil();
    void runUntilRunsWhatHandlersScheduleInsideTheWindow();
    void runUntilNeverMovesTimeBack();
    void traceHashRepeats();
    void traceHashSeesOneChangedEvent_data();
    void traceHashSeesOneChangedEvent();
    void cancelledAndDroppedEventsDoNotCount();
};

void TestEventLoop::ordersByTimeThenInsertion_data()
{
    QTest::addColumn<QList<qint64>>("delays"); // timer i (tag i) fires after delays[i]
    QTest::addColumn<QList<qint64>>("expected"); // tags in firing order

    QTest::newRow("already sorted") << QList<qint64>{1, 2, 3} << QList<qint64>{0, 1, 2};
    QTest::newRow("reversed") << QList<qint64>{30, 20, 10} << QList<qint64>{2, 1, 0};
    QTest::newRow("ties keep insertion order") << QList<qint64>{5, 5, 5, 5} << QList<qint64>{0, 1, 2, 3};
    QTest::newRow("mixed") << QList<qint64>{30, 10, 20, 10, 0} << QList<qint64>{4, 1, 3, 2, 0};
    QTest::newRow("zero delays") << QList<qint64>{0, 0, 1, 0} << QList<qint64>{0, 1, 3, 2};
    // Enough to make the heap reorder many times.
    QList<qint64> many, manyOrder;
    for (int i = 0; i < 200; ++i)
        many << (i * 37) % 10; // ties in every bucket
    for (int d = 0; d < 10; ++d)
        for (int i = 0; i < 200; ++i)
            if (many[i] == d)
                manyOrder << i;
    QTest::newRow("200 timers in 10 buckets") << many << manyOrder;
}

void TestEventLoop::ordersByTimeThenInsertion()
{
    QFETCH(QList<qint64>, delays);
    QFETCH(QList<qint64>, expected);
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    for (int i = 0; i < delays.size(); ++i)
        loop.schedule(delays[i], kA, std::uint64_t(i));
    loop.runUntil(1000);
    QCOMPARE(r.tags(), expected);
    for (const auto &h : r.hits)
        QCOMPARE(h.at, Micros(delays[qsizetype(h.what)]));
}

void TestEventLoop::messagesTimersAndCallsShareOneOrder()
{
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    QList<qint64> order;
    loop.deliver(10, kB, kA, MetadataRequest{1}); // -> 1001
    loop.schedule(10, kA, 2);
    loop.call(10, [&] { order << -1; r.hits.push_back({loop.now(), 3}); });
    loop.deliver(5, kB, kA, MetadataRequest{4}); // -> 1004, earlier
    loop.runUntil(100);
    QCOMPARE(r.tags(), (QList<qint64>{1004, 1001, 2, 3}));
    QCOMPARE(order, QList<qint64>{-1});
    QCOMPARE(loop.eventsProcessed(), std::uint64_t(4));
}

void TestEventLoop::pastDeliveryRunsNow()
{
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    loop.runUntil(100);
    loop.deliver(50, kB, kA, MetadataRequest{1}); // in the past: runs at the current time
    loop.schedule(0, kA, 9);
    loop.runUntil(100);
    QCOMPARE(r.tags(), (QList<qint64>{1001, 9}));
    QCOMPARE(r.hits[0].at, Micros(100));
}

void TestEventLoop::cancel()
{
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    loop.schedule(10, kA, 1);
    TimerHandle h = loop.schedule(20, kA, 2);
    loop.schedule(30, kA, 3);
    QVERIFY(h.isValid());
    loop.cancel(h);
    QVERIFY(!h.isValid());
    loop.cancel(h); // cancelling an invalid handle is harmless
    loop.runUntil(100);
    QCOMPARE(r.tags(), (QList<qint64>{1, 3}));
    QCOMPARE(loop.eventsProcessed(), std::uint64_t(2));
}

void TestEventLoop::cancelOfAFiredTimerLeavesItsSlotsNextUserAlone()
{
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    TimerHandle first = loop.schedule(10, kA, 1);
    TimerHandle stale = first;
    loop.runUntil(10);
    QCOMPARE(r.tags(), QList<qint64>{1});
    // The freed slot is reused by the next event; the old handle must not reach it.
    TimerHandle second = loop.schedule(10, kA, 2);
    QCOMPARE(second.slot, first.slot);
    loop.cancel(stale);
    loop.runUntil(100);
    QCOMPARE(r.tags(), (QList<qint64>{1, 2}));
}

void TestEventLoop::detachDropsTimers()
{
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    loop.schedule(10, kA, 1);
    loop.deliver(10, kB, kA, MetadataRequest{2});
    loop.attach(kA, nullptr); // a crash
    QCOMPARE(loop.actor(kA), nullptr);
    loop.runUntil(100);
    QVERIFY2(r.hits.empty(), "a crashed actor must not be woken");
}

void TestEventLoop::reattachDropsTheOldInstancesTimers()
{
    EventLoop loop;
    Recorder before(loop), after(loop);
    loop.attach(kA, &before);
    loop.schedule(10, kA, 1); // the old incarnation's timer
    loop.attach(kA, nullptr);
    loop.attach(kA, &after); // a restart: a new instance at the same address
    loop.schedule(20, kA, 2);
    loop.runUntil(100);
    QVERIFY(before.hits.empty());
    QCOMPARE(after.tags(), QList<qint64>{2});

    // Re-attaching the very same object (no detach in between) also starts
    // a new generation: timers from before it are gone.
    loop.schedule(10, kA, 3);
    loop.attach(kA, &after);
    loop.schedule(20, kA, 4);
    loop.runUntil(200);
    QCOMPARE(after.tags(), (QList<qint64>{2, 4}));
}

void TestEventLoop::timerForAnActorNeverAttachedIsDropped()
{
    EventLoop loop;
    Recorder r(loop);
    loop.schedule(10, ActorId(7), 1); // nobody at 7 yet
    loop.attach(ActorId(7), &r);
    loop.schedule(20, ActorId(7), 2);
    loop.runUntil(100);
    QCOMPARE(r.tags(), QList<qint64>{2});
}

// A restarted process never receives what was sent to the one before it,
// nor what was sent while it was down: those connections died.
void TestEventLoop::messagesForAPreviousIncarnationAreDropped()
{
    EventLoop loop;
    Recorder before(loop), after(loop);
    loop.attach(kA, &before);
    loop.deliver(10, kB, kA, MetadataRequest{1}); // in flight when it crashes
    loop.runUntil(5);
    loop.attach(kA, nullptr);
    loop.deliver(15, kB, kA, MetadataRequest{2}); // sent while it is down
    loop.runUntil(8);
    loop.attach(kA, &after);
    loop.deliver(20, kB, kA, MetadataRequest{3}); // sent to the new process
    loop.runUntil(100);
    QVERIFY(before.hits.empty());
    QCOMPARE(after.tags(), QList<qint64>{1003});
}

void TestEventLoop::runUntil_data()
{
    QTest::addColumn<qint64>("until");
    QTest::addColumn<QList<qint64>>("expected");
    // Timers at 10, 20, 20, 30.
    QTest::newRow("before the first") << qint64(9) << QList<qint64>{};
    QTest::newRow("exactly at the first") << qint64(10) << QList<qint64>{1};
    QTest::newRow("between") << qint64(19) << QList<qint64>{1};
    QTest::newRow("at a tie runs both") << qint64(20) << QList<qint64>{1, 2, 3};
    QTest::newRow("past the last") << qint64(1000) << QList<qint64>{1, 2, 3, 4};
}

void TestEventLoop::runUntil()
{
    QFETCH(qint64, until);
    QFETCH(QList<qint64>, expected);
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    loop.schedule(10, kA, 1);
    loop.schedule(20, kA, 2);
    loop.schedule(20, kA, 3);
    loop.schedule(30, kA, 4);
    loop.runUntil(until);
    QCOMPARE(r.tags(), expected);
    QCOMPARE(loop.now(), Micros(until));
    QCOMPARE(loop.hasEvents(), expected.size() < 4);
    if (loop.hasEvents())
        QVERIFY(loop.nextEventTime() > until);
}

void TestEventLoop::runUntilRunsWhatHandlersScheduleInsideTheWindow()
{
    EventLoop loop;
    Recorder r(loop);
    loop.attach(kA, &r);
    // Every timer schedules the next one 10 us later: a chain.
    r.onTimerHook = [&](std::uint64_t tag) { loop.schedule(10, kA, tag + 1); };
    loop.schedule(10, kA, 1);
    loop.runUntil(55);
    QCOMPARE(r.tags(), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(r.hits.back().at, Micros(50));
    QCOMPARE(loop.nextEventTime(), Micros(60));
}

void TestEventLoop::runUntilNeverMovesTimeBack()
{
    EventLoop loop;
    loop.runUntil(100);
    QCOMPARE(loop.now(), Micros(100));
    loop.runUntil(50);
    QCOMPARE(loop.now(), Micros(100));
    QVERIFY(!loop.runOne());
    QCOMPARE(loop.nextEventTime(), Micros(100)); // no events: "now"
}

void TestEventLoop::traceHashRepeats()
{
    std::uint64_t p1 = 0, p2 = 0;
    const auto a = workloadHash(4, 20, &p1);
    const auto b = workloadHash(4, 20, &p2);
    QCOMPARE(a, b);
    QCOMPARE(p1, p2);
    QCOMPARE(p1, std::uint64_t(6));
    QVERIFY(a != EventLoop().traceHash()); // the events did reach the hash
}

void TestEventLoop::traceHashSeesOneChangedEvent_data()
{
    QTest::addColumn<qint64>("tag");
    QTest::addColumn<qint64>("delay");
    QTest::newRow("other tag") << qint64(5) << qint64(20);
    QTest::newRow("1 us later") << qint64(4) << qint64(21);
    QTest::newRow("reordered before a tie") << qint64(4) << qint64(10);
}

void TestEventLoop::traceHashSeesOneChangedEvent()
{
    QFETCH(qint64, tag);
    QFETCH(qint64, delay);
    QVERIFY(workloadHash(std::uint64_t(tag), delay) != workloadHash(4, 20));
}

void TestEventLoop::cancelledAndDroppedEventsDoNotCount()
{
    auto run = [](bool extra) {
        EventLoop loop;
        Recorder r(loop);
        loop.attach(kA, &r);
        loop.schedule(10, kA, 1);
        if (extra) {
            TimerHandle h = loop.schedule(15, kA, 2);
            loop.cancel(h);
            loop.schedule(15, ActorId(9), 3); // nobody there
        }
        loop.runUntil(100);
        return std::make_pair(loop.traceHash(), loop.eventsProcessed());
    };
    const auto plain = run(false), extra = run(true);
    QCOMPARE(plain.second, std::uint64_t(1));
    QCOMPARE(extra.first, plain.first);
}

QTEST_GUILESS_MAIN(TestEventLoop)
#include "tst_eventloop.moc"
