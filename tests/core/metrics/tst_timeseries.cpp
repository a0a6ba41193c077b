// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QTest>

#include "metrics/timeseries.h"

using namespace bb;

class TestTimeSeries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fillsInOrder();
    void wrapsAroundKeepingNewest_data();
    void wrapsAroundKeepingNewest();
    void clear();
    void emptyAndOutOfRange();
    void rateMeter();
    void rateMeterCounterReset();
    void rateMeterSameInstant();
};

void TestTimeSeries::fillsInOrder()
{
    TimeSeries s(4);
    QCOMPARE(s.capacity(), 4);
    s.append(10, 1.5);
    s.append(20, 2.5);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).time, Micros(10));
    QCOMPARE(s.at(1).value, 2.5);
    QCOMPARE(s.last().time, Micros(20));
}

void TestTimeSeries::wrapsAroundKeepingNewest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("appended");
    QTest::newRow("exactly full") << 5 << 5;
    QTest::newRow("one over") << 5 << 6;
    QTest::newRow("several laps") << 5 << 23;
    QTest::newRow("capacity one") << 1 << 7;
}

void TestTimeSeries::wrapsAroundKeepingNewest()
{
    QFETCH(int, capacity);
    QFETCH(int, appended);
    TimeSeries s(capacity);
    for (int i = 0; i < appended; ++i)
        s.append(Micros(i) * 1000, i * 0.5);
    QCOMPARE(s.size(), capacity);
    const int oldest = appended - capacity;
    const std::vector<Sample> v = s.toVector();
    QCOMPARE(int(v.size()), capacity);
    for (int i = 0; i < capacity; ++i) {
        QCOMPARE(s.at(i).time, Micros(oldest + i) * 1000);
        QCOMPARE(s.at(i).value, (oldest + i) * 0.5);
        QCOMPARE(v[std::size_t(i)].time, s.at(i).time);
    }
    QCOMPARE(s.last().time, Micros(appended - 1) * 1000);
}

void TestTimeSeries::clear()
{
    TimeSeries s(3);
    for (int i = 0; i < 5; ++i)
        s.append(i, i);
    s.clear();
    QCOMPARE(s.size(), 0);
    QCOMPARE(s.capacity(), 3);
    s.append(100, 7);
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.at(0).time, Micros(100));
    QCOMPARE(s.last().value, 7.0);
}

void TestTimeSeries::emptyAndOutOfRange()
{
    TimeSeries s(3);
    QCOMPARE(s.last().time, Micros(0));
    QVERIFY(s.toVector().empty());
    s.append(5, 9);
    QCOMPARE(s.at(1).time, Micros(0));
    QCOMPARE(s.at(-1).value, 0.0);
    QCOMPARE(TimeSeries(0).capacity(), 1);
}

void TestTimeSeries::rateMeter()
{
    RateMeter m;
    QCOMPARE(m.update(0, 100), 0.0); // first call: nothing to compare with
    QCOMPARE(m.update(kSecond, 600), 500.0);
    QCOMPARE(m.last(), 500.0);
    QCOMPARE(m.update(kSecond + 250 * kMillisecond, 700), 400.0);
    QCOMPARE(m.update(2 * kSecond, 700), 0.0);
}

void TestTimeSeries::rateMeterCounterReset()
{
    RateMeter m;
    m.update(0, 1000);
    // The counter's owner restarted and has counted 300 since.
    QCOMPARE(m.update(kSecond, 300), 300.0);
    QCOMPARE(m.update(2 * kSecond, 500), 200.0);
}

void TestTimeSeries::rateMeterSameInstant()
{
    RateMeter m;
    m.update(0, 0);
    QCOMPARE(m.update(kSecond, 100), 100.0);
    QCOMPARE(m.update(kSecond, 150), 100.0); // no time passed: keep the last rate
    QCOMPARE(m.update(2 * kSecond, 300), 200.0); // measured from the last real interval
    // Time going backwards means a new run: start over.
    QCOMPARE(m.update(0, 5), 0.0);
    QCOMPARE(m.update(kSecond / 2, 55), 100.0);
}

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
