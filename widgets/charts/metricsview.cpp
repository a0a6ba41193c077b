#include <QHBoxLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

#include "charts/metricsview.h"

#include "common/statuscolors.h"
#include "charts/timechart.h"

#include <utility>

namespace bb {

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent)
    , m_pages(new QTabWidget(this))
    , m_throughput(new TimeChart(tr("Throughput in per topic"), tr("records/s"), this))
    , m_latency(new TimeChart(tr("Produce latency per producer"), tr("ms"), this))
    , m_lag(new TimeChart(tr("Consumer lag per group"), tr("records"), this))
    , m_endToEnd(new TimeChart(tr("End-to-end latency p50/p99 per group"), tr("ms"), this))
    , m_throughputOut(new TimeChart(tr("Throughput out per group"), tr("records/s"), this))
    , m_queueDepth(new TimeChart(tr("Queue depth"), tr("messages"), this))
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kMinRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &MetricsView::showPending);
    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_lag->setObjectName(QStringLiteral("lagChart"));
    m_endToEnd->setObjectName(QStringLiteral("endToEndChart"));
    m_throughputOut->setObjectName(QStringLiteral("throughputOutChart"));
    m_queueDepth->setObjectName(QStringLiteral("queueDepthChart"));
    m_latency->setToolTip(tr("Batch creation to acknowledgement over each quarter second of virtual time: p99 solid, p50 dashed"));
    m_lag->setToolTip(tr("Records below the high watermark each group has not committed, over all its partitions"));
    m_endToEnd->setToolTip(tr("Record timestamp to delivery to the consumer over each quarter second of virtual time: p99 solid, p50 dashed"));
    m_throughputOut->setToolTip(tr("Records handed to each group's consumers per second"));
    m_queueDepth->setToolTip(tr("Messages ready to deliver, per queue"));

    m_pages->setObjectName(QStringLiteral("chartPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(page({m_throughput, m_latency}), tr("Producers"));
    m_pages->addTab(page({m_lag, m_endToEnd, m_throughputOut}), tr("Consumers"));
    m_pages->addTab(page({m_queueDepth}), tr("Queues"));
    setPageShown(ConsumersPage, false);
    setPageShown(QueuesPage, false);
    // A page comes into view with the last snapshot drawn on the others.
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_shown)
            draw(*m_shown);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

QWidget *MetricsView::page(std::initializer_list<TimeChart *> charts)
{
    auto *w = new QWidget(this);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(10, 0, 10, 6);
    layout->setSpacing(10);
    for (TimeChart *chart : charts)
        layout->addWidget(chart, 1);
    return w;
}

bool MetricsView::isPageShown(Page page) const
{
    return m_pages->isTabVisible(page);
}

void MetricsView::setPageShown(Page page, bool shown)
{
    if (m_pages->isTabVisible(page) == shown)
        return;
    m_pages->setTabVisible(page, shown);
    int visible = 0;
    for (int i = 0; i < m_pages->count(); ++i)
        visible += m_pages->isTabVisible(i) ? 1 : 0;
    // One page needs no tabs.
    m_pages->tabBar()->setVisible(visible > 1);
}

void MetricsView::showPage(Page page)
{
    if (isPageShown(page))
        m_pages->setCurrentIndex(page);
}

void MetricsView::setSnapshot(const SnapshotPtr &s)
{
    if (!s)
        return;
    // Which pages exist follows every snapshot: cheap, and a new page
    // should not wait.
    setPageShown(ConsumersPage, !s->series.groups.empty());
    setPageShown(QueuesPage, !s->series.queues.empty());
    // Every snapshot's samples are kept, drawn or not, so an export holds
    // the whole run even while the charts are hidden.
    const Lines lines = linesOf(*s);
    for (auto [chart, chartLines] : chartLines(lines))
        chart->record(*chartLines, s->time);
    m_pending = s;
    // The first snapshot after a quiet spell is drawn at once; the ones that
    // follow within kMinRefreshMs wait for the timer, and only the newest
    // is drawn. A paused one is the last for a while: drawn at once.
    if (!m_refresh->isActive() || s->paused)
        showPending();
}

void MetricsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showPending();
}

void MetricsView::showPending()
{
    if (!m_pending || !isVisible())
        return;
    SnapshotPtr s = std::exchange(m_pending, nullptr);
    // Paused: the series have not moved since the last one drawn.
    if (m_shown && s->time == m_shown->time && s->run == m_shown->run)
        return;
    m_shown = std::move(s);
    m_refresh->start();
    draw(*m_shown);
}

// Each chart's lines in a snapshot: pointers into its series, no copies.
MetricsView::Lines MetricsView::linesOf(const ClusterSnapshot &s) const
{
    Lines lines;
    int i = 0;
    for (const auto &t : s.series.topics)
        lines.throughput.push_back({t.topic, &t.recordsPerSecond, seriesColor(i++), Qt::SolidLine});
    i = 0;
    for (const auto &p : s.series.producers) {
        const QColor color = seriesColor(i++);
        lines.latency.push_back({tr("%1 p99").arg(p.producer), &p.p99Ms, color, Qt::SolidLine});
        lines.latency.push_back({tr("%1 p50").arg(p.producer), &p.p50Ms, color, Qt::DashLine, false}); // dashed; the tool tip says so
    }
    // A group's colour is its place among the snapshot's groups, as on the
    // partition logs' markers.
    auto groupColor = [&](const QString &group, int fallback) {
        for (std::size_t k = 0; k < s.groups.size(); ++k)
            if (s.groups[k].groupId == group)
                return seriesColor(int(k));
        return seriesColor(fallback);
    };
    i = 0;
    for (const auto &g : s.series.groups) {
        const QColor color = groupColor(g.group, i++);
        lines.lag.push_back({g.group, &g.lag, color, Qt::SolidLine});
        lines.endToEnd.push_back({tr("%1 p99").arg(g.group), &g.p99Ms, color, Qt::SolidLine});
        // One legend entry per group: with two per group the names no longer fit.
        lines.endToEnd.push_back({tr("%1 p50").arg(g.group), &g.p50Ms, color, Qt::DashLine, false});
        lines.throughputOut.push_back({g.group, &g.recordsPerSecond, color, Qt::SolidLine});
    }
    i = 0;
    for (const auto &q : s.series.queues)
        lines.queueDepth.push_back({q.queue, &q.depth, seriesColor(i++), Qt::SolidLine});
    return lines;
}

std::vector<std::pair<TimeChart *, const std::vector<TimeChart::Line> *>> MetricsView::chartLines(const Lines &lines) const
{
    return {{m_throughput, &lines.throughput}, {m_latency, &lines.latency},          {m_lag, &lines.lag},
            {m_endToEnd, &lines.endToEnd},     {m_throughputOut, &lines.throughputOut}, {m_queueDepth, &lines.queueDepth}};
}

void MetricsView::draw(const ClusterSnapshot &s)
{
    // Before the first moment of a run the plots would stand blank.
    const QString empty = s.time == 0 ? tr("No data yet: run the simulation") : QString();
    const Lines lines = linesOf(s);
    for (auto [chart, chartLines] : chartLines(lines)) {
        chart->setEmptyText(empty);
        if (pageOf(chart) == m_pages->currentIndex())
            chart->setLines(*chartLines, s.time);
    }
}

int MetricsView::pageOf(const TimeChart *chart) const
{
    if (chart == m_throughput || chart == m_latency)
        return ProducersPage;
    if (chart == m_queueDepth)
        return QueuesPage;
    return ConsumersPage;
}

std::vector<TimeChart *> MetricsView::charts() const
{
    return {m_throughput, m_latency, m_lag, m_endToEnd, m_throughputOut, m_queueDepth};
}

} // namespace bb
