// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QTest>

#include "metrics/histogram.h"

#include <cmath>
#include <limits>

using namespace bb;

class TestHistogram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketsAreOrderedAndTight();
    void smallValuesAreExact();
    void quantiles_data();
    void quantiles();
    void rankRoundingIsExact();
    void minMaxMean();
    void empty();
    void merge();
    void since();
    void reset();
    void negativeAndHugeValues();
};

namespace {

double relativeError(Micros actual, double expected)
{
    return std::abs(double(actual) - expected) / expected;
}

} // namespace

// Every value falls in a bucket whose upper edge is at or above it and at
// most 1/64 above, and buckets never go backwards.
void TestHistogram::bucketsAreOrderedAndTight()
{
    int previous = 0;
    for (Micros v = 0; v < (Micros(1) << 40); v = v < 4096 ? v + 1 : v + v / 97 + 1) {
        const int b = LatencyHistogram::bucketOf(v);
        QVERIFY(b >= previous);
        QVERIFY(b < LatencyHistogram::kBuckets);
        previous = b;
        const Micros upper = LatencyHistogram::bucketUpper(b);
        QVERIFY2(upper >= v, qPrintable(QStringLiteral("value %1 bucket %2 upper %3").arg(v).arg(b).arg(upper)));
        if (b < LatencyHistogram::kBuckets - 1)
            QVERIFY2(double(upper - v) <= double(v) / LatencyHistogram::kSub,
                     qPrintable(QStringLiteral("value %1 bucket %2 upper %3").arg(v).arg(b).arg(upper)));
    }
    // Upper edges are the last value before the next bucket starts.
    for (int b = 0; b < LatencyHistogram::kBuckets - 1; ++b) {
        QCOMPARE(LatencyHistogram::bucketOf(LatencyHistogram::bucketUpper(b)), b);
        QCOMPARE(LatencyHistogram::bucketOf(LatencyHistogram::bucketUpper(b) + 1), b + 1);
    }
}

void TestHistogram::smallValuesAreExact()
{
    LatencyHistogram h;
    for (Micros v : {3, 7, 7, 100, 127})
        h.record(v);
    QCOMPARE(h.quantile(0.0), Micros(3));
    QCOMPARE(h.quantile(0.4), Micros(7));
    QCOMPARE(h.quantile(0.6), Micros(7)); // rank 3 of 5
    QCOMPARE(h.quantile(0.61), Micros(100));
    QCOMPARE(h.quantile(0.8), Micros(100));
    QCOMPARE(h.quantile(0.81), Micros(127));
    QCOMPARE(h.quantile(1.0), Micros(127));
}

void TestHistogram::quantiles_data()
{
    QTest::addColumn<QString>("distribution");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    for (double q : {0.01, 0.1, 0.5, 0.9, 0.99, 0.999, 1.0})
        QTest::addRow("uniform 1..100000 q%g", q) << QStringLiteral("uniform") << q << std::ceil(q * 100000);
    // value = 100 * 1.0005^i for i < 20000: spread over 4+ powers of two.
    for (double q : {0.25, 0.5, 0.75, 0.99})
        QTest::addRow("geometric q%g", q) << QStringLiteral("geometric") << q
                                          << 100 * std::pow(1.0005, std::ceil(q * 20000) - 1);
    // 99% fast requests and a slow tail.
    QTest::addRow("bimodal p50") << QStringLiteral("bimodal") << 0.5 << 250.0;
    QTest::addRow("bimodal p99") << QStringLiteral("bimodal") << 0.99 << 250.0;
    QTest::addRow("bimodal p995") << QStringLiteral("bimodal") << 0.995 << 2000000.0;
}

void TestHistogram::quantiles()
{
    QFETCH(QString, distribution);
    QFETCH(double, q);
    QFETCH(double, expected);
    LatencyHistogram h;
    if (distribution == QStringLiteral("uniform")) {
        // Recorded out of order: the histogram must not care.
        for (Micros v = 100000; v >= 1; --v)
            h.record(v);
    } else if (distribution == QStringLiteral("geometric")) {
        for (int i = 0; i < 20000; ++i)
            h.record(Micros(100 * std::pow(1.0005, i)));
    } else {
        for (int i = 0; i < 9900; ++i)
            h.record(250);
        for (int i = 0; i < 100; ++i)
            h.record(2000000);
    }
    const Micros actual = h.quantile(q);
    QVERIFY2(relativeError(actual, expected) <= 0.02,
             qPrintable(QStringLiteral("q=%1: got %2, expected about %3").arg(q).arg(actual).arg(expected)));
    // The upper edge of the bucket: never below the true value.
    QVERIFY(double(actual) >= std::floor(expected) - 1);
}

// q * count lands a hair above a whole rank in floating point (0.7 * 10 is
// 7.000000000000001); that must not push the answer to the next value.
void TestHistogram::rankRoundingIsExact()
{
    LatencyHistogram h;
    for (Micros v = 1; v <= 10; ++v)
        h.record(v);
    for (int k = 1; k <= 10; ++k)
        QCOMPARE(h.quantile(k / 10.0), Micros(k));
}

void TestHistogram::minMaxMean()
{
    LatencyHistogram h;
    for (Micros v : {5000, 20, 777777, 300})
        h.record(v);
    QCOMPARE(h.count(), std::int64_t(4));
    QCOMPARE(h.min(), Micros(20));
    QCOMPARE(h.max(), Micros(777777));
    QCOMPARE(h.mean(), (5000.0 + 20 + 777777 + 300) / 4);
    QCOMPARE(h.quantile(1.0), Micros(777777)); // capped at the real maximum
    QCOMPARE(h.quantile(0.0), Micros(20));
}

void TestHistogram::empty()
{
    LatencyHistogram h;
    QCOMPARE(h.count(), std::int64_t(0));
    QCOMPARE(h.min(), Micros(0));
    QCOMPARE(h.max(), Micros(0));
    QCOMPARE(h.mean(), 0.0);
    QCOMPARE(h.quantile(0.5), Micros(0));
}

void TestHistogram::merge()
{
    LatencyHistogram low, high, all;
    for (Micros v = 1; v <= 50000; ++v) {
        low.record(v);
        all.record(v);
    }
    for (Micros v = 50001; v <= 100000; ++v) {
        high.record(v);
        all.record(v);
    }
    LatencyHistogram merged = high;
    merged.merge(low);
    QCOMPARE(merged.count(), std::int64_t(100000));
    QCOMPARE(merged.min(), Micros(1));
    QCOMPARE(merged.max(), Micros(100000));
    QCOMPARE(merged.mean(), all.mean());
    for (double q : {0.001, 0.25, 0.5, 0.75, 0.99, 1.0})
        QCOMPARE(merged.quantile(q), all.quantile(q));

    // Merging into or from an empty histogram.
    LatencyHistogram fromEmpty;
    fromEmpty.merge(low);
    QCOMPARE(fromEmpty.min(), Micros(1));
    QCOMPARE(fromEmpty.quantile(0.5), low.quantile(0.5));
    LatencyHistogram unchanged = high;
    unchanged.merge(LatencyHistogram());
    QCOMPARE(unchanged.min(), Micros(50001));
    QCOMPARE(unchanged.count(), std::int64_t(50000));
}

// A window holds exactly what was recorded after the copy, so its
// quantiles ignore the values before.
void TestHistogram::since()
{
    LatencyHistogram h;
    for (int i = 0; i < 1000; ++i)
        h.record(100);
    const LatencyHistogram before = h;
    for (int i = 0; i < 10; ++i)
        h.record(50000);
    const LatencyHistogram window = h.since(before);
    QCOMPARE(window.count(), 10);
    QVERIFY(relativeError(window.quantile(0.5), 50000) < 1.0 / LatencyHistogram::kSub);
    QVERIFY(window.min() >= 49000);
    QCOMPARE(window.max(), Micros(50000));
    QCOMPARE(window.mean(), 50000.0);
    QCOMPARE(h.since(h).count(), 0);
    QCOMPARE(h.since(h).quantile(0.99), Micros(0));
    QCOMPARE(h.since(LatencyHistogram()).count(), h.count());
}

void TestHistogram::reset()
{
    LatencyHistogram h;
    h.record(1000);
    h.record(90);
    h.reset();
    QCOMPARE(h.count(), std::int64_t(0));
    QCOMPARE(h.max(), Micros(0));
    QCOMPARE(h.quantile(1.0), Micros(0));
    h.record(42);
    QCOMPARE(h.min(), Micros(42));
    QCOMPARE(h.quantile(0.5), Micros(42));
}

void TestHistogram::negativeAndHugeValues()
{
    QCOMPARE(LatencyHistogram::bucketOf(-5), 0);
    QCOMPARE(LatencyHistogram::bucketOf(std::numeric_limits<Micros>::min()), 0);
    QCOMPARE(LatencyHistogram::bucketOf(std::numeric_limits<Micros>::max()), LatencyHistogram::kBuckets - 1);
    QCOMPARE(LatencyHistogram::bucketOf(Micros(1) << 50), LatencyHistogram::kBuckets - 1);

    LatencyHistogram h;
    h.record(-5); // a clock mix-up counts as zero
    QCOMPARE(h.min(), Micros(0));
    QCOMPARE(h.quantile(0.5), Micros(0));
    const Micros huge = Micros(1) << 50;
    h.record(huge);
    h.record(std::numeric_limits<Micros>::max());
    QCOMPARE(h.count(), std::int64_t(3));
    QCOMPARE(h.max(), std::numeric_limits<Micros>::max());
    QCOMPARE(h.quantile(1.0), std::numeric_limits<Micros>::max());
    QVERIFY(h.quantile(0.6) >= Micros(1) << 39); // in the top bucket, not wrapped round
    QVERIFY(h.mean() > 0); // the sum saturates instead of overflowing
}

QTEST_GUILESS_MAIN(TestHistogram)
#include "tst_histogram.moc"
