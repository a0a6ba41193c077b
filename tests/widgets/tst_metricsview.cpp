// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QLineSeries>
#include <QTest>

#include "charts/metricsview.h"
#include "charts/timechart.h"

using namespace bb;

class TestMetricsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void drawsAtMostEveryRefreshInterval();
    void pausedIsDrawnAtOnce();
    void hiddenCatchesUpWhenShown();
};

namespace {

// A snapshot at `seconds` whose topic line has one sample per second.
SnapshotPtr at(int seconds, bool paused = false)
{
    auto s = std::make_shared<ClusterSnapshot>();
    s->run = 1;
    s->time = seconds * kSecond;
    s->paused = paused;
    TopicSeries t;
    t.topic = QStringLiteral("orders");
    for (int i = 0; i <= seconds; ++i)
        t.recordsPerSecond.push_back({i * kSecond, 100.0 * i});
    s->series.topics.push_back(std::move(t));
    return s;
}

int points(const MetricsView &view)
{
    QLineSeries *line = view.throughputChart()->line(QStringLiteral("orders"));
    return line ? int(line->count()) : -1;
}

} // namespace

void TestMetricsView::drawsAtMostEveryRefreshInterval()
{
    MetricsView view;
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(at(1));
    QCOMPARE(points(view), 2); // the first goes at once
    view.setSnapshot(at(2));
    view.setSnapshot(at(3));
    QCOMPARE(points(view), 2); // within the interval: waits
    // Only the newest of the waiting snapshots is drawn.
    QTRY_COMPARE_WITH_TIMEOUT(points(view), 4, 5 * MetricsView::kMinRefreshMs);
}

void TestMetricsView::pausedIsDrawnAtOnce()
{
    MetricsView view;
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(at(1));
    view.setSnapshot(at(5, true));
    QCOMPARE(points(view), 6);
}

void TestMetricsView::hiddenCatchesUpWhenShown()
{
    MetricsView view;
    view.resize(900, 300);
    view.setSnapshot(at(1));
    view.setSnapshot(at(7, true));
    QCOMPARE(points(view), -1); // never shown: nothing drawn
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(points(view), 8);
}

QTEST_MAIN(TestMetricsView)
#include "tst_metricsview.moc"
