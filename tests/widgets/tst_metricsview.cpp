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
};

namespace {

std::vector<Sample> ramp(int n, double step)
{
    std::vector<Sample> out;
    for (int i = 1; i <= n; ++i)
        out.push_back({i * 250 * kMillisecond, i * step});
    return out;
}

} // namespace

void TestMetricsView::producersOnlyHasNoTabs()
{
    MetricsView view;
    auto s = std::make_shared<ClusterSnapshot>();
    s->time = kSecond;
    s->series.topics.push_back({QStringLiteral("orders"), ramp(4, 500)});
    view.setSnapshot(s);
    QVERIFY(view.isPageShown(MetricsView::ProducersPage));
    QVERIFY(!view.isPageShown(MetricsView::ConsumersPage));
    QVERIFY(!view.isPageShown(MetricsView::QueuesPage));
    QVERIFY(view.pages()->tabBar()->isHidden());
    QCOMPARE(view.throughputChart()->lineCount(), 1);
}

void TestMetricsView::groupAndQueueCharts()
{
    MetricsView view;
    view.resize(1000, 320);
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
    QCOMPARE(view.lagChart()->lineCount(), 1);
    QCOMPARE(view.endToEndChart()->lineCount(), 2);
    QCOMPARE(view.throughputOutChart()->lineCount(), 1);
    QCOMPARE(view.queueDepthChart()->lineCount(), 1);
    QLineSeries *lag = view.lagChart()->line(QStringLiteral("billing"));
    QVERIFY(lag);
    QCOMPARE(lag->count(), 4);
    QCOMPARE(lag->at(3).y(), 400.0);
    QCOMPARE(lag->pen().color(), seriesColor(1));
    QVERIFY(view.endToEndChart()->line(QStringLiteral("billing p99")));
    QCOMPARE(view.endToEndChart()->line(QStringLiteral("billing p50"))->pen().style(), Qt::DashLine);
    QVERIFY(view.endToEndChart()->toCsv().contains(QStringLiteral("billing p99")));

    // Hover works on the new charts as on the others.
    view.showPage(MetricsView::ConsumersPage);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
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
    QCOMPARE(view.lagChart()->lineCount(), 0);
}

void TestMetricsView::liveGroupLagFollowsTheConsumer()
{
    MetricsView view;
    bbtest::LiveCluster live;
    Consumer &c = live.addGroupConsumer(QStringLiteral("billing-app"), QStringLiteral("billing"));
    live.runFor(2 * kSecond);
    for (TopicPartition tp : c.assignment())
        c.pause(tp);
    view.setSnapshot(live.runFor(2 * kSecond));
    QLineSeries *lag = view.lagChart()->line(QStringLiteral("billing"));
    QVERIFY(lag);
    QVERIFY2(lag->at(lag->count() - 1).y() > 3000, qPrintable(QString::number(lag->at(lag->count() - 1).y())));
    QLineSeries *out = view.throughputOutChart()->line(QStringLiteral("billing"));
    QVERIFY(out);
    QCOMPARE(out->at(out->count() - 1).y(), 0.0);
}

QTEST_MAIN(TestMetricsView)
#include "tst_metricsview.moc"
