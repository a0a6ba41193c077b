#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "lab/labrunner.h"
#include "lab/semanticslab.h"
#include "topology/scenariojson.h"

using namespace bb;

Q_DECLARE_METATYPE(bb::LabProgress)
Q_DECLARE_METATYPE(bb::LabReport)

// The lab run in steps, on a worker thread: what a live view watches must
// be what the lab gives when run in one go.
class TestLabRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stepsDoNotChangeTheOutcome();
    void countersAtTheEndAreTheResults();
    void runnerReportsProgressThenTheResult();
    void cancelStopsBetweenSteps();
    void startingAgainDropsTheOldRun();
    void scenarioWithoutLabFails();

private:
    static Scenario bundled();
    static LabReport runInOneGo(const Scenario &s, std::uint64_t seed);
};

Scenario TestLabRunner::bundled()
{
    auto s = loadScenario(QStringLiteral("delivery-semantics"));
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

LabReport TestLabRunner::runInOneGo(const Scenario &s, std::uint64_t seed)
{
    auto lab = SemanticsLab::create(s, *s.lab, seed);
    if (!lab)
        qFatal("%s", qPrintable(lab.error().message));
    (*lab)->runToEnd();
    return (*lab)->report(s.name, seed);
}

void TestLabRunner::initTestCase()
{
    qRegisterMetaType<LabProgress>();
    qRegisterMetaType<LabReport>();
}

void TestLabRunner::stepsDoNotChangeTheOutcome()
{
    const Scenario s = bundled();
    const LabReport whole = runInOneGo(s, s.seed);
    auto lab = SemanticsLab::create(s, *s.lab, s.seed);
    QVERIFY(lab.ok());
    int steps = 0;
    while (!(*lab)->finished()) {
        (*lab)->advance(137 * kMillisecond); // deliberately not a divisor of anything
        ++steps;
    }
    QCOMPARE((*lab)->now(), (*lab)->endTime());
    QVERIFY(steps > 100);
    const LabReport stepped = (*lab)->report(s.name, s.seed);
    QCOMPARE(stepped.traceHash, whole.traceHash);
    QVERIFY(stepped.modes == whole.modes);
}

void TestLabRunner::countersAtTheEndAreTheResults()
{
    const Scenario s = bundled();
    auto lab = SemanticsLab::create(s, *s.lab, s.seed);
    QVERIFY(lab.ok());
    (*lab)->advance(5 * kSecond);
    // Mid-run, "lost" is what has not been applied yet.
    for (const ModeResult &r : (*lab)->counters()) {
        QVERIFY(r.sent > 0);
        QCOMPARE(r.exactlyOnce + r.duplicated + r.lost, r.sent);
    }
    (*lab)->runToEnd();
    const auto counters = (*lab)->counters();
    const auto results = (*lab)->results();
    QCOMPARE(counters.size(), results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        ModeResult withoutExamples = results[i];
        withoutExamples.lostExamples.clear();
        withoutExamples.duplicatedExamples.clear();
        QVERIFY2(counters[i] == withoutExamples, guaranteeName(results[i].mode));
        QCOMPARE(qsizetype(results[i].lostExamples.size()), qMin<qsizetype>(results[i].lost, 20));
        QCOMPARE(qsizetype(results[i].duplicatedExamples.size()), qMin<qsizetype>(results[i].duplicated, 20));
    }
}

void TestLabRunner::runnerReportsProgressThenTheResult()
{
    const Scenario s = bundled();
    LabRunner runner;
    QSignalSpy started(&runner, &LabRunner::started);
    QSignalSpy progressed(&runner, &LabRunner::progressed);
    QSignalSpy finished(&runner, &LabRunner::finished);
    Micros lastTime = -1;
    bool monotonic = true, onThisThread = true;
    connect(&runner, &LabRunner::progressed, this, [&](const LabProgress &p) {
        monotonic = monotonic && p.time > lastTime && p.time <= p.end;
        lastTime = p.time;
        onThisThread = onThisThread && QThread::currentThread() == thread();
    });
    runner.start(s, s.seed, 20.0); // paced (about a second): steps show even on a busy machine
    QVERIFY(runner.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!runner.isRunning());
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().value<Micros>(), SemanticsLab::duration(*s.lab));
    QVERIFY2(progressed.count() >= 5, qPrintable(QString::number(progressed.count())));
    QVERIFY(monotonic);
    QVERIFY(onThisThread);
    const LabReport report = finished.first().first().value<LabReport>();
    const LabReport whole = runInOneGo(s, s.seed);
    QCOMPARE(report.traceHash, whole.traceHash);
    QCOMPARE(report.time, whole.time);
    QVERIFY(report.modes == whole.modes);
}

void TestLabRunner::cancelStopsBetweenSteps()
{
    const Scenario s = bundled();
    LabRunner runner;
    QSignalSpy progressed(&runner, &LabRunner::progressed);
    QSignalSpy cancelled(&runner, &LabRunner::cancelled);
    QSignalSpy finished(&runner, &LabRunner::finished);
    runner.start(s, s.seed, 1.0); // real time: the run lasts longer than the test waits
    QTRY_VERIFY_WITH_TIMEOUT(progressed.count() >= 1, 20000);
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 5000);
    QVERIFY(!runner.isRunning());
    const Micros at = cancelled.first().first().value<Micros>();
    QVERIFY(at > 0 && at < SemanticsLab::duration(*s.lab));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
}

void TestLabRunner::startingAgainDropsTheOldRun()
{
    const Scenario s = bundled();
    LabRunner runner;
    QSignalSpy finished(&runner, &LabRunner::finished);
    QSignalSpy cancelled(&runner, &LabRunner::cancelled);
    runner.start(s, 1, 1.0);
    QTest::qWait(50);
    runner.start(s, s.seed); // flat out
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelled.count(), 0); // the first run's end is not reported as the second's
    QCOMPARE(finished.first().first().value<LabReport>().seed, s.seed);
}

void TestLabRunner::scenarioWithoutLabFails()
{
    LabRunner runner;
    QSignalSpy failed(&runner, &LabRunner::failed);
    runner.start(defaultScenario(), 1);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("lab section")));
    QVERIFY(!runner.isRunning());
}

QTEST_GUILESS_MAIN(TestLabRunner)
#include "tst_labrunner.moc"
