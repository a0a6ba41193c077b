// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include "charts/metricsview.h"
#include "charts/timechart.h"
#include "common/statuscolors.h"
#include "snapshotfixtures.h"

using namespace bb;

class TestMetricsView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void producersOnlyHasNoTabs();
    void groupAndQueueCharts();
    void liveGroupLagFollowsTheConsumer();
    void drawsAtMostEveryRefreshInterval();
    void pausedIsDrawnAtOnce();
    void hiddenCatchesUpWhenShown();
    void onlyThePageInViewIsDrawn();
    void timeZeroAsksForARun();
};

namespace {

std::vector<Sample> ramp(int n, double step)
{
    std::vector<Sample> out;
    for (int i = 1; i <= n; ++i)
        out.push_back({i * 250 * kMillisecond, i * step});
    return out;
}

// Charts are drawn only while in view.
void showAndWait(MetricsView &view)
{
    view.resize(1000, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
}

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

void TestMetricsView::producersOnlyHasNoTabs()
{
    MetricsView view;
    showAndWait(view);
    auto s = std::make_shared<ClusterSnapshot>();
    s->time = kSecond;
    s->series.topics.push_back({QStringLiteral("orders"), ramp(4, 500)});
    s->series.producers.push_back({QStringLiteral("checkout"), ramp(4, 2), ramp(4, 9)});
    view.setSnapshot(s);
    QVERIFY(view.isPageShown(MetricsView::ProducersPage));
    // As for groups: one legend entry per producer (p99); the tool tip says
    // the dashed line is p50.
    TimeChart *latency = view.latencyChart();
    QCOMPARE(latency->lineCount(), 2);
    QCOMPARE(latency->line(QStringLiteral("checkout p50"))->pen().style(), Qt::DashLine);
    const auto p50 = latency->chart()->legend()->markers(latency->line(QStringLiteral("checkout p50")));
    QVERIFY(p50.size() == 1 && !p50.front()->isVisible());
    QVERIFY(!view.isPageShown(MetricsView::ConsumersPage));
    QVERIFY(!view.isPageShown(MetricsView::QueuesPage));
    QVERIFY(view.pages()->tabBar()->isHidden());
    QCOMPARE(view.throughputChart()->lineCount(), 1);
}

void TestMetricsView::groupAndQueueCharts()
{
    MetricsView view;
    showAndWait(view);
    auto s = std::make_shared<ClusterSnapshot>();
    s->time = kSecond;
    s->groups = {bbtest::group(QStringLiteral("audit"), {1}), bbtest::group(QStringLiteral("billing"), {1})};
    // The series list billing only: it keeps its colour from the groups.
    s->series.groups.push_back({QStringLiteral("billing"), ramp(4, 100), ramp(4, 1), ramp(4, 2), ramp(4, 2000)});
    s->series.queues.push_back({QStringLiteral("jobs"), ramp(4, 10)});
    view.setSnapshot(s);
    QVERIFY(view.isPageShown(MetricsView::ConsumersPage));
    QVERIFY(view.isPageShown(MetricsView::QueuesPage));
    QVERIFY(!view.pages()->tabBar()->isHidden());
    view.showPage(MetricsView::QueuesPage);
    QCOMPARE(view.queueDepthChart()->lineCount(), 1);
    view.showPage(MetricsView::ConsumersPage);
    QCOMPARE(view.lagChart()->lineCount(), 1);
    QCOMPARE(view.endToEndChart()->lineCount(), 2);
    QCOMPARE(view.throughputOutChart()->lineCount(), 1);
    QLineSeries *lag = view.lagChart()->line(QStringLiteral("billing"));
    QVERIFY(lag);
    QCOMPARE(lag->count(), 4);
    QCOMPARE(lag->at(3).y(), 400.0);
    QCOMPARE(lag->pen().color(), seriesColor(1));
    QVERIFY(view.endToEndChart()->line(QStringLiteral("billing p99")));
    QCOMPARE(view.endToEndChart()->line(QStringLiteral("billing p50"))->pen().style(), Qt::DashLine);
    QVERIFY(view.endToEndChart()->toCsv().contains(QStringLiteral("billing p99")));

    // Hover works on the new charts as on the others.
    // One legend entry per group (p99); the dashed p50 is explained by the tooltip.
    const auto p50Markers = view.endToEndChart()->chart()->legend()->markers(view.endToEndChart()->line(QStringLiteral("billing p50")));
    const auto p99Markers = view.endToEndChart()->chart()->legend()->markers(view.endToEndChart()->line(QStringLiteral("billing p99")));
    QVERIFY(p50Markers.size() == 1 && !p50Markers.front()->isVisible());
    QVERIFY(p99Markers.size() == 1 && p99Markers.front()->isVisible());
    view.lagChart()->showValuesAt(1.0);
    QVERIFY(view.lagChart()->valuesShown());
    QVERIFY2(view.lagChart()->calloutText().contains(QStringLiteral("400")), qPrintable(view.lagChart()->calloutText()));

    // The groups and queues go (a new run): so do their pages.
    auto next = std::make_shared<ClusterSnapshot>();
    next->time = 2 * kSecond;
    next->run = 1;
    view.setSnapshot(next);
    QVERIFY(!view.isPageShown(MetricsView::ConsumersPage));
    QVERIFY(!view.isPageShown(MetricsView::QueuesPage));
    QCOMPARE(view.pages()->currentIndex(), int(MetricsView::ProducersPage));
}

void TestMetricsView::liveGroupLagFollowsTheConsumer()
{
    MetricsView view;
    showAndWait(view);
    bbtest::LiveCluster live;
    Consumer &c = live.addGroupConsumer(QStringLiteral("billing-app"), QStringLiteral("billing"));
    live.runFor(2 * kSecond);
    for (TopicPartition tp : c.assignment())
        c.pause(tp);
    view.setSnapshot(live.runFor(2 * kSecond));
    view.showPage(MetricsView::ConsumersPage);
    QLineSeries *lag = view.lagChart()->line(QStringLiteral("billing"));
    QVERIFY(lag);
    QVERIFY2(lag->at(lag->count() - 1).y() > 3000, qPrintable(QString::number(lag->at(lag->count() - 1).y())));
    QLineSeries *out = view.throughputOutChart()->line(QStringLiteral("billing"));
    QVERIFY(out);
    QCOMPARE(out->at(out->count() - 1).y(), 0.0);
}

void TestMetricsView::drawsAtMostEveryRefreshInterval()
{
    MetricsView view;
    showAndWait(view);
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
    showAndWait(view);
    view.setSnapshot(at(1));
    view.setSnapshot(at(5, true));
    QCOMPARE(points(view), 6);
}

void TestMetricsView::hiddenCatchesUpWhenShown()
{
    MetricsView view;
    view.setSnapshot(at(1));
    view.setSnapshot(at(7, true));
    QCOMPARE(points(view), -1); // never shown: nothing drawn
    showAndWait(view);
    QCOMPARE(points(view), 8);
}

void TestMetricsView::onlyThePageInViewIsDrawn()
{
    MetricsView view;
    showAndWait(view);
    SnapshotPtr s = at(3, true);
    auto withQueue = std::make_shared<ClusterSnapshot>(*s);
    withQueue->series.queues.push_back({QStringLiteral("jobs"), ramp(4, 10)});
    view.setSnapshot(withQueue);
    QCOMPARE(points(view), 4);
    QCOMPARE(view.queueDepthChart()->lineCount(), 0); // behind the Producers tab
    view.showPage(MetricsView::QueuesPage);
    QCOMPARE(view.queueDepthChart()->lineCount(), 1); // caught up when shown
}

// Loaded or restarted, before the first moment: the plots say why they are
// empty; once the run has data, they draw it.
void TestMetricsView::timeZeroAsksForARun()
{
    MetricsView view;
    showAndWait(view);
    auto zero = std::make_shared<ClusterSnapshot>();
    zero->run = 1;
    zero->paused = true;
    view.setSnapshot(zero);
    QCOMPARE(view.throughputChart()->emptyText(), QStringLiteral("No data yet: run the simulation"));
    QCOMPARE(view.latencyChart()->emptyText(), QStringLiteral("No data yet: run the simulation"));
    view.setSnapshot(at(3, true));
    QVERIFY(view.throughputChart()->emptyText().isEmpty());
    QVERIFY(view.latencyChart()->emptyText().isEmpty()); // no producers: nothing to ask for
}

QTEST_MAIN(TestMetricsView)
#include "tst_metricsview.moc"
