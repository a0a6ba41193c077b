// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "lab/runslices.h"
#include "lab/scenariorun.h"
#include "lab/semanticslab.h"
#include "sim/eventloop.h"
#include "topology/scenariojson.h"

using namespace bb;

// Running in slices for the command line's progress line and Ctrl-C: a stop
// is seen at the next slice, and a run that is not stopped is the very run
// it would have been without slices.
class TestRunSlices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stopIsSeenAtTheNextSlice();
    void slicedRunIsTheSameRun();
    void stoppedScenarioReportsTheTimeRun();
    void stoppedLabGoesOnWhereItStopped();
};

void TestRunSlices::stopIsSeenAtTheNextSlice()
{
    EventLoop loop;
    std::atomic<bool> stop{false};
    bool lateRan = false;
    loop.call(2 * kSecond, [&] { stop = true; });
    loop.call(50 * kSecond, [&] { lateRan = true; });
    RunProgress last;
    int reports = 0;
    RunControl control;
    control.stop = &stop;
    control.progress = [&](const RunProgress &p) {
        last = p;
        ++reports;
    };
    QVERIFY(!runInSlices(loop, 0, 100 * kSecond, control));
    // Slices are at most a virtual second long.
    QVERIFY2(loop.now() >= 2 * kSecond && loop.now() <= 3 * kSecond, qPrintable(QString::number(loop.now())));
    QVERIFY(!lateRan);
    // The last report says where it stopped.
    QVERIFY(reports >= 1);
    QCOMPARE(last.done, loop.now());
    QCOMPARE(last.total, 100 * kSecond);
    QCOMPARE(last.events, loop.eventsProcessed());
}

void TestRunSlices::slicedRunIsTheSameRun()
{
    auto s = loadScenario(QStringLiteral("leader-failover"));
    QVERIFY(s.ok());
    auto whole = runScenario(*s, s->seed, s->duration);
    std::atomic<bool> stop{false};
    RunProgress last;
    RunControl control;
    control.stop = &stop;
    control.progress = [&](const RunProgress &p) { last = p; };
    auto sliced = runScenario(*s, s->seed, s->duration, control);
    QVERIFY(whole.ok() && sliced.ok());
    QCOMPARE(sliced->duration, s->duration);
    QCOMPARE(sliced->traceHash, whole->traceHash);
    QCOMPARE(sliced->events, whole->events);
    QCOMPARE(sliced->clusterEvents.size(), whole->clusterEvents.size());
    QCOMPARE(last.done, s->duration);
    QCOMPARE(last.total, s->duration);
}

void TestRunSlices::stoppedScenarioReportsTheTimeRun()
{
    auto s = loadScenario(QStringLiteral("default"));
    QVERIFY(s.ok());
    std::atomic<bool> stop{true};
    RunControl control;
    control.stop = &stop;
    auto r = runScenario(*s, s->seed, 60 * kSecond, control);
    QVERIFY(r.ok());
    QCOMPARE(r->duration, Micros(0));
    for (const auto &t : r->topics)
        QCOMPARE(t.recordsAcked, std::int64_t(0));
}

void TestRunSlices::stoppedLabGoesOnWhereItStopped()
{
    auto s = loadScenario(QStringLiteral("delivery-semantics"));
    QVERIFY(s.ok() && s->lab);
    auto lab = SemanticsLab::create(*s, *s->lab, s->seed);
    QVERIFY(lab.ok());
    std::atomic<bool> stop{false};
    const Micros stopAt = (*lab)->endTime() / 3;
    (*lab)->cluster().loop().call(stopAt, [&] { stop = true; });
    RunControl control;
    control.stop = &stop;
    QVERIFY(!(*lab)->runToEnd(control));
    QVERIFY((*lab)->now() >= stopAt && (*lab)->now() <= stopAt + kSecond);
    QVERIFY(!(*lab)->finished());
    const LabReport partial = (*lab)->report(s->name, s->seed);
    QCOMPARE(partial.time, (*lab)->now());
    QVERIFY(!partial.modes.empty() && partial.modes.front().sent > 0);
    QVERIFY((*lab)->runToEnd());
    QVERIFY((*lab)->finished());
    QCOMPARE((*lab)->report(s->name, s->seed).time, (*lab)->endTime());
}

QTEST_GUILESS_MAIN(TestRunSlices)
#include "tst_runslices.moc"
