#include <QTest>

#include "lab/semanticslab.h"
#include "sim/rng.h"
#include "topology/scenariojson.h"

using namespace bb;

// The delivery-semantics lab: each guarantee holds, or fails the way it
// should, under the same faults, and the outcome comes from the mechanics.
class TestSemanticsLab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bundledScenarioShowsEachGuarantee();
    void guaranteesHoldOverHundredSeeds();
    void explanationsNameTheMechanism();
    void sameSeedSameOutcome();
    void badConfigIsRefused();
};

namespace {

ModeResult modeOf(const std::vector<ModeResult> &results, Guarantee g)
{
    for (const auto &r : results)
        if (r.mode == g)
            return r;
    return {};
}

Scenario bundled()
{
    auto s = loadScenario(QStringLiteral("delivery-semantics"));
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

// A seed's own fault plan: when a consumer crashes, when the producers'
// links go lossy and for how long, and which broker crashes when.
Scenario randomized(std::uint64_t seed)
{
    Scenario s = bundled();
    Rng rng(seed * 7919 + 3);
    LabConfig &lab = *s.lab;
    lab.payments = 1000;
    lab.rate = 400;
    lab.drainTime = 12 * kSecond;
    lab.clientFaults.clear();
    lab.clientFaults.push_back({rng.between(300, 2000) * kMillisecond, LabFaultKind::ConsumerCrash, int(rng.below(2)), 0, 0,
                                rng.between(200, 1500) * kMillisecond});
    lab.clientFaults.push_back({rng.between(200, 2000) * kMillisecond, LabFaultKind::ProducerLinkLoss, 0, 0.1 + rng.real() * 0.3,
                                rng.between(500, 2000) * kMillisecond, 0});
    s.faults.faults.clear();
    Fault crash;
    crash.at = rng.between(500, 2200) * kMillisecond;
    crash.kind = rng.chance(0.5) ? FaultKind::Crash : FaultKind::Isolate;
    crash.node = NodeId(int(rng.below(3)));
    Fault back = crash;
    back.kind = crash.kind == FaultKind::Crash ? FaultKind::Restart : FaultKind::Heal;
    back.at = crash.at + rng.between(500, 2500) * kMillisecond;
    s.faults.faults = {crash, back};
    return s;
}

std::vector<ModeResult> run(const Scenario &s, std::uint64_t seed)
{
    auto lab = SemanticsLab::create(s, *s.lab, seed);
    if (!lab)
        qFatal("%s", qPrintable(lab.error().message));
    (*lab)->runToEnd();
    return (*lab)->results();
}

} // namespace

void TestSemanticsLab::bundledScenarioShowsEachGuarantee()
{
    const Scenario s = bundled();
    auto lab = SemanticsLab::create(s, *s.lab, s.seed);
    QVERIFY2(lab.ok(), qPrintable(lab.ok() ? QString() : lab.error().message));
    (*lab)->runToEnd();
    const auto results = (*lab)->results();
    QCOMPARE(int(results.size()), 4);
    const ModeResult amo = modeOf(results, Guarantee::AtMostOnce);
    const ModeResult alo = modeOf(results, Guarantee::AtLeastOnce);
    const ModeResult eos = modeOf(results, Guarantee::ExactlyOnce);
    const ModeResult key = modeOf(results, Guarantee::IdempotencyKey);
    for (const auto &pipeline : (*lab)->pipelines()) {
        const ModeResult r = modeOf(results, pipeline->mode);
        QCOMPARE(r.sent, std::int64_t(s.lab->payments));
        // Recounted payment by payment from what the ledger recorded, not
        // from the counters the report adds up: every application is of a
        // payment the producer made, and once/lost/duplicated agree.
        const Ledger &ledger = pipeline->ledger;
        std::int64_t once = 0, lost = 0, duplicated = 0, applications = 0;
        for (std::int64_t id = 0; id < std::int64_t(s.lab->payments); ++id) {
            const std::int64_t n = ledger.timesApplied(std::uint64_t(id));
            once += n == 1;
            lost += n == 0;
            duplicated += n > 1;
            applications += n;
        }
        const QByteArray mode = guaranteeName(r.mode);
        QVERIFY2(applications == ledger.applications(), mode + ": the ledger applied payments the producer never made");
        QVERIFY2(once == r.exactlyOnce, mode + ": exactly-once count differs from the ledger's entries");
        QVERIFY2(lost == r.lost + r.pending, mode + ": lost and late counts differ from the ledger's entries");
        QVERIFY2(duplicated == r.duplicated, mode + ": duplicated count differs from the ledger's entries");
    }
    QVERIFY2(amo.lost > 0, "at-most-once should lose payments under these faults");
    QCOMPARE(amo.duplicated, std::int64_t(0));
    QVERIFY2(alo.duplicated > 0, "at-least-once should apply some payments twice");
    QCOMPARE(alo.lost, std::int64_t(0));
    QCOMPARE(eos.lost, std::int64_t(0));
    QCOMPARE(eos.duplicated, std::int64_t(0));
    QCOMPARE(key.lost, std::int64_t(0));
    QCOMPARE(key.duplicated, std::int64_t(0));
    QVERIFY2(key.skippedDuplicates > 0, "the idempotency key should have recognised redeliveries");
    // The cost of the guarantee is measured, not assumed.
    QVERIFY(eos.throughputPerSecond > 0 && eos.p99LatencyMs > 0);
}

void TestSemanticsLab::guaranteesHoldOverHundredSeeds()
{
    std::int64_t amoLost = 0, aloDuplicated = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        const auto results = run(randomized(seed), seed);
        const QByteArray where = "seed " + QByteArray::number(qulonglong(seed));
        for (const auto &r : results) {
            switch (r.mode) {
            case Guarantee::ExactlyOnce:
            case Guarantee::IdempotencyKey:
                QVERIFY2(r.lost == 0 && r.duplicated == 0, where + " " + guaranteeName(r.mode));
                break;
            case Guarantee::AtLeastOnce:
                QVERIFY2(r.lost == 0, where + " at-least-once lost payments");
                aloDuplicated += r.duplicated;
                break;
            case Guarantee::AtMostOnce:
                QVERIFY2(r.duplicated == 0, where + " at-most-once duplicated payments");
                amoLost += r.lost;
                break;
            }
        }
    }
    // Across the seeds the weaker guarantees really did fail their way.
    QVERIFY(amoLost > 0);
    QVERIFY(aloDuplicated > 0);
}

void TestSemanticsLab::explanationsNameTheMechanism()
{
    const Scenario s = bundled();
    const auto results = run(s, s.seed);
    const ModeResult amo = modeOf(results, Guarantee::AtMostOnce);
    const ModeResult alo = modeOf(results, Guarantee::AtLeastOnce);
    QVERIFY(!amo.lostExamples.empty());
    QVERIFY(!alo.duplicatedExamples.empty());
    for (const auto &e : amo.lostExamples)
        QVERIFY2(e.text.contains(QStringLiteral("acks=0")) || e.text.contains(QStringLiteral("committed past it")), qPrintable(e.text));
    for (const auto &e : alo.duplicatedExamples)
        QVERIFY2(e.text.contains(QStringLiteral("retried")) || e.text.contains(QStringLiteral("again")), qPrintable(e.text));
    // Losses and duplicates from the consumer crash name it: who, and when.
    const auto namesTheCrash = [](const std::vector<Explanation> &list) {
        return std::any_of(list.begin(), list.end(), [](const Explanation &e) {
            return e.text.contains(QStringLiteral("crashed at 2.0")) && e.text.contains(QStringLiteral("ledger."));
        });
    };
    QVERIFY(namesTheCrash(amo.lostExamples));
    QVERIFY(namesTheCrash(alo.duplicatedExamples));
}

void TestSemanticsLab::sameSeedSameOutcome()
{
    const Scenario s = randomized(42);
    auto a = SemanticsLab::create(s, *s.lab, 42);
    auto b = SemanticsLab::create(s, *s.lab, 42);
    QVERIFY(a.ok() && b.ok());
    (*a)->runToEnd();
    (*b)->runToEnd();
    QCOMPARE((*a)->cluster().loop().traceHash(), (*b)->cluster().loop().traceHash());
    const auto ra = (*a)->results(), rb = (*b)->results();
    for (std::size_t i = 0; i < ra.size(); ++i) {
        QCOMPARE(ra[i].lost, rb[i].lost);
        QCOMPARE(ra[i].duplicated, rb[i].duplicated);
    }
}

void TestSemanticsLab::badConfigIsRefused()
{
    Scenario s = bundled();
    LabConfig lab = *s.lab;
    lab.modes.clear();
    auto r = SemanticsLab::create(s, lab, 1);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Errc::InvalidConfig);
    QVERIFY(r.error().message.contains(QStringLiteral("mode")));
}

QTEST_GUILESS_MAIN(TestSemanticsLab)
#include "tst_semanticslab.moc"
