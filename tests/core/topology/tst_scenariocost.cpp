// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "topology/scenariocost.h"
#include "topology/scenariojson.h"

using namespace bb;

// Heavy scenarios warn with their expected cost before they run; ordinary
// ones stay quiet.
class TestScenarioCost : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bundledScenariosAreNotHeavy();
    void twoHundredThousandPartitionsWarn();
    void tenMillionLabPaymentsWarn();
    void costFollowsDurationAndRate();
};

namespace {

Scenario load(const QByteArray &json)
{
    auto s = scenarioFromJson(json, QStringLiteral("cost.json"));
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

} // namespace

void TestScenarioCost::bundledScenariosAreNotHeavy()
{
    for (const QString &name : bundledScenarios()) {
        const Scenario s = *loadScenario(name);
        QVERIFY2(heavyScenarioWarning(s, CostOf::Run, s.duration).isEmpty(), qPrintable(name));
        if (s.lab)
            QVERIFY2(heavyScenarioWarning(s, CostOf::Lab, 0).isEmpty(), qPrintable(name));
    }
}

void TestScenarioCost::twoHundredThousandPartitionsWarn()
{
    // 200 topics of 1024 partitions, RF 3: measured 38 s and 1.4 GB for 2 s.
    QByteArray topics;
    for (int i = 0; i < 200; ++i)
        topics += (i ? "," : "") + QByteArray(R"({"name": "t)") + QByteArray::number(i)
            + R"(", "partitions": 1024, "replication_factor": 3})";
    const Scenario s = load(R"({"name": "wide", "cluster": {"nodes": 3}, "topics": [)" + topics + "]}");
    const ScenarioCost c = estimateCost(s, CostOf::Run, 2 * kSecond);
    QCOMPARE(c.partitionReplicas, std::int64_t(614400));
    QVERIFY2(c.memoryBytes > 0.7e9 && c.memoryBytes < 3e9, qPrintable(QString::number(c.memoryBytes)));
    QVERIFY2(c.wallSeconds > 19 && c.wallSeconds < 80, qPrintable(QString::number(c.wallSeconds)));
    const QString w = heavyScenarioWarning(s, CostOf::Run, 2 * kSecond);
    QVERIFY2(w.contains(QStringLiteral("\"wide\" is heavy (614400 partition replicas)")), qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral(" GB of memory")), qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral("Fewer partitions")), qPrintable(w));
    // One such topic for a second is ordinary.
    const Scenario one = load(R"({"topics": [{"name": "t", "partitions": 1024, "replication_factor": 3}]})");
    QVERIFY(heavyScenarioWarning(one, CostOf::Run, kSecond).isEmpty());
}

void TestScenarioCost::tenMillionLabPaymentsWarn()
{
    const Scenario s = load(R"({"name": "big-lab", "lab": {"payments": 10000000, "rate": 100000}})");
    const QString w = heavyScenarioWarning(s, CostOf::Lab, 0);
    QVERIFY2(w.contains(QStringLiteral("\"big-lab\" is heavy (10000000 payments in 4 modes)")), qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral("GB of memory")), qPrintable(w));
    // `run` on the same file runs no lab: nothing to warn about.
    QVERIFY(heavyScenarioWarning(s, CostOf::Run, s.duration).isEmpty());
    // One mode costs a quarter of four.
    const Scenario one = load(R"({"lab": {"modes": ["exactly-once"], "payments": 10000000, "rate": 100000}})");
    QCOMPARE(estimateCost(one, CostOf::Lab, 0).labPayments * 4, estimateCost(s, CostOf::Lab, 0).labPayments);
}

void TestScenarioCost::costFollowsDurationAndRate()
{
    const Scenario s = *loadScenario(QStringLiteral("default"));
    const ScenarioCost shortRun = estimateCost(s, CostOf::Run, 10 * kSecond);
    const ScenarioCost longRun = estimateCost(s, CostOf::Run, 1000 * kSecond);
    QVERIFY(longRun.memoryBytes > 10 * shortRun.memoryBytes / 2);
    QVERIFY(longRun.wallSeconds > 50 * shortRun.wallSeconds);
    // The default scenario for 1000 virtual seconds stores 6 million record
    // copies (measured: 750 MB for 200 s): heavy.
    QVERIFY(!heavyScenarioWarning(s, CostOf::Run, 1000 * kSecond).isEmpty());
}

QTEST_GUILESS_MAIN(TestScenarioCost)
#include "tst_scenariocost.moc"
