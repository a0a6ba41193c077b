#include <QJsonDocument>
#include <QTest>

#include "lab/labreport.h"

using namespace bb;

// A lab report survives its JSON (what a workbench keeps), and JSON that is
// not one is refused with a sentence.
class TestLabReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void foreignJsonIsRefused_data();
    void foreignJsonIsRefused();
};

void TestLabReport::roundTrip()
{
    LabReport r;
    r.scenario = QStringLiteral("delivery-semantics");
    r.seed = 11;
    r.traceHash = 0x0123456789abcdefULL;
    r.time = 21 * kSecond;
    ModeResult amo;
    amo.mode = Guarantee::AtMostOnce;
    amo.sent = 3000;
    amo.exactlyOnce = 2950;
    amo.lost = 50;
    amo.outOfOrder = 3;
    amo.throughputPerSecond = 498.5;
    amo.p50LatencyMs = 12.5;
    amo.p99LatencyMs = 80.25;
    amo.lostExamples = {{17, QStringLiteral("payment 17 was never stored")}};
    ModeResult alo;
    alo.mode = Guarantee::AtLeastOnce;
    alo.sent = 3000;
    alo.exactlyOnce = 2990;
    alo.duplicated = 10;
    alo.skippedDuplicates = 0;
    alo.duplicatedExamples = {{5, QStringLiteral("payment 5 was stored 2 times")}};
    r.modes = {amo, alo};

    const QByteArray json = QJsonDocument(toJson(r)).toJson();
    auto back = labReportFromJson(json, QStringLiteral("test"));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->scenario, r.scenario);
    QCOMPARE(back->seed, r.seed);
    QCOMPARE(back->traceHash, r.traceHash);
    QCOMPARE(back->time, r.time);
    QVERIFY(back->modes == r.modes);
}

void TestLabReport::foreignJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("no modes") << QByteArray("{\"scenario\": \"x\"}");
    QTest::newRow("unknown mode") << QByteArray("{\"modes\": [{\"mode\": \"twice-only\"}]}");
}

void TestLabReport::foreignJsonIsRefused()
{
    QFETCH(QByteArray, json);
    auto r = labReportFromJson(json, QStringLiteral("The saved run"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QStringLiteral("The saved run")));
}

QTEST_GUILESS_MAIN(TestLabReport)
#include "tst_labreport.moc"
