// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "lab/checkrunner.h"
#include "lab/scenariorun.h"
#include "topology/scenariojson.h"

using namespace bb;

namespace {

// Everything a run reports that must repeat exactly.
QString fingerprint(const RunReport &r)
{
    QStringList parts;
    parts << QString::number(r.traceHash, 16) << QString::number(r.events);
    for (const auto &t : r.topics)
        parts << QStringLiteral("%1:%2/%3/%4/%5/%6/%7").arg(t.name).arg(t.recordsSent).arg(t.recordsAcked).arg(t.retries)
                     .arg(t.ackedLost).arg(t.logEndOffsets).arg(t.highWatermarks);
    for (const auto &e : r.clusterEvents)
        parts << QString::number(e.time) + QLatin1Char(' ') + e.text;
    for (const auto &v : r.violations)
        parts << v.invariant + QLatin1Char(' ') + v.detail;
    return parts.join(u'\n');
}

Result<RunReport> run(const QString &name, std::uint64_t seed, Micros duration = -1)
{
    auto s = loadScenario(name);
    if (!s)
        return s.error();
    return runScenario(*s, seed, duration < 0 ? s->duration : duration);
}

} // namespace

class TestDeterminism : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bundledScenario_data();
    void bundledScenario();
    void checkScenario_data();
    void checkScenario();
    void runCheckRepeats();
    void oneChangedFaultChangesTheTrace();
    void slicingAndInterleavingDoNotMatter();
};

void TestDeterminism::bundledScenario_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("leader-failover") << QStringLiteral("leader-failover");
    QTest::newRow("default") << QStringLiteral("default");
    // No jitter, loss or reordering: nothing in this world draws from the
    // seed, so another seed runs the very same trace (the hash names the
    // trace, not the seed).
    QTest::newRow("power-loss") << QStringLiteral("power-loss");
}

// The acceptance: "same seed twice gives the same trace_hash; another seed a different one".
void TestDeterminism::bundledScenario()
{
    QFETCH(QString, name);
    auto scenario = loadScenario(name);
    QVERIFY2(scenario.ok(), qPrintable(scenario.ok() ? QString() : scenario.error().message));
    const std::uint64_t seed = scenario->seed;
    const auto a = run(name, seed), b = run(name, seed), other = run(name, seed + 1);
    QVERIFY(a.ok() && b.ok() && other.ok());
    QVERIFY(a->events > 10000); // it did run
    QCOMPARE(a->traceHash, b->traceHash);
    QCOMPARE(fingerprint(*a), fingerprint(*b));
    const LinkConfig &net = scenario->cluster.network;
    const bool drawsFromTheSeed = net.jitter > 0 || net.loss > 0 || net.reorder > 0;
    QCOMPARE(a->traceHash != other->traceHash, drawsFromTheSeed);
    QCOMPARE(fingerprint(*a) != fingerprint(*other), drawsFromTheSeed);
    // The JSON the command line prints carries it.
    QCOMPARE(toJson(*a).value(QStringLiteral("trace_hash")).toString(), QStringLiteral("%1").arg(a->traceHash, 16, 16, QLatin1Char('0')));
}

void TestDeterminism::checkScenario_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("unclean");
    QTest::newRow("seed 1") << quint64(1) << false;
    QTest::newRow("seed 17") << quint64(17) << false;
    QTest::newRow("seed 5, unclean") << quint64(5) << true;
}

void TestDeterminism::checkScenario()
{
    QFETCH(quint64, seed);
    QFETCH(bool, unclean);
    const CheckMode mode = unclean ? CheckMode::Unclean : CheckMode::Clean;
    // The scenario a seed stands for is itself a function of the seed.
    QCOMPARE(scenarioToJson(bb::checkScenario(seed, mode)), scenarioToJson(bb::checkScenario(seed, mode)));
    QVERIFY(scenarioToJson(bb::checkScenario(seed, mode)) != scenarioToJson(bb::checkScenario(seed + 1, mode)));

    const Scenario s = bb::checkScenario(seed, mode);
    QVERIFY(!s.faults.faults.empty());
    const auto a = runScenario(s, seed, s.duration), b = runScenario(s, seed, s.duration);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->traceHash, b->traceHash);
    QCOMPARE(fingerprint(*a), fingerprint(*b));
    // The same world under another seed (network draws) runs differently.
    const auto other = runScenario(s, seed + 1, s.duration);
    QVERIFY(other.ok());
    QVERIFY(a->traceHash != other->traceHash);
}

void TestDeterminism::runCheckRepeats()
{
    const CheckOutcome a = runCheck(3, CheckMode::Clean), b = runCheck(3, CheckMode::Clean), c = runCheck(4, CheckMode::Clean);
    QVERIFY(a.acked > 0 && a.faults > 0);
    QCOMPARE(a.traceHash, b.traceHash);
    QCOMPARE(a.acked, b.acked);
    QCOMPARE(a.lost, b.lost);
    QVERIFY(a.traceHash != c.traceHash);
}

void TestDeterminism::oneChangedFaultChangesTheTrace()
{
    auto s = loadScenario(QStringLiteral("leader-failover"));
    QVERIFY(s.ok());
    Scenario moved = *s;
    QVERIFY(!moved.faults.faults.empty());
    moved.faults.faults.back().at += 1 * kMillisecond; // one heal a millisecond later
    const auto a = runScenario(*s, s->seed, s->duration), b = runScenario(moved, s->seed, s->duration);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->traceHash != b->traceHash);
}

// The hash belongs to the world, not to how it is driven: running in small
// slices, or next to another world on the same thread, changes nothing.
void TestDeterminism::slicingAndInterleavingDoNotMatter()
{
    auto s = loadScenario(QStringLiteral("leader-failover"));
    QVERIFY(s.ok());
    const Micros duration = 14 * kSecond;
    auto whole = buildCluster(*s, s->seed);
    QVERIFY(whole.ok());
    (*whole)->runFor(duration);

    auto sliced = buildCluster(*s, s->seed);
    auto neighbour = buildCluster(*s, s->seed + 1);
    QVERIFY(sliced.ok() && neighbour.ok());
    for (Micros t = 0; t < duration; t += 7 * kMillisecond) {
        const Micros step = std::min<Micros>(7 * kMillisecond, duration - t);
        (*sliced)->runFor(step);
        (*neighbour)->runFor(step);
    }
    QCOMPARE((*sliced)->loop().now(), (*whole)->loop().now());
    QCOMPARE((*sliced)->loop().traceHash(), (*whole)->loop().traceHash());
    QCOMPARE((*sliced)->loop().eventsProcessed(), (*whole)->loop().eventsProcessed());
    QVERIFY((*neighbour)->loop().traceHash() != (*whole)->loop().traceHash());
}

QTEST_GUILESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
