#include <QHBoxLayout>
#include <QTimer>

#include "charts/metricsview.h"

#include "common/statuscolors.h"
#include "charts/timechart.h"

#include <utility>

namespace bb {

MetricsView::MetricsView(QWidget *parent)
    : QWidget(parent)
    , m_throughput(new TimeChart(tr("Throughput per topic"), tr("records/s"), this))
    , m_latency(new TimeChart(tr("Produce latency per producer"), tr("ms"), this))
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kMinRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &MetricsView::showPending);
    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_latency->setToolTip(tr("Batch creation to acknowledgement over each quarter second of virtual time: p99 solid, p50 dashed"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 0, 10, 6);
    layout->setSpacing(10);
    layout->addWidget(m_throughput, 1);
    layout->addWidget(m_latency, 1);
}

void MetricsView::setSnapshot(const SnapshotPtr &s)
{
    if (!s)
        return;
    m_pending = s;
    // The first snapshot after a quiet spell goes at once; the ones that
    // follow within kMinRefreshMs wait for the timer, and only the newest
    // is drawn. A paused one is the last for a while: drawn at once.
    if (isVisible() && (!m_refresh->isActive() || s->paused))
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
    const SnapshotPtr s = std::exchange(m_pending, nullptr);
    // Paused: the series have not moved since the last one shown.
    if (s->time == m_shownTime && s->run == m_shownRun)
        return;
    m_shownTime = s->time;
    m_shownRun = s->run;
    m_refresh->start();

    std::vector<TimeChart::Line> tput;
    int i = 0;
    for (const auto &t : s->series.topics)
        tput.push_back({t.topic, &t.recordsPerSecond, seriesColor(i++), Qt::SolidLine});
    m_throughput->setLines(tput, s->time);

    std::vector<TimeChart::Line> latency;
    i = 0;
    for (const auto &p : s->series.producers) {
        const QColor color = seriesColor(i++);
        latency.push_back({tr("%1 p99").arg(p.producer), &p.p99Ms, color, Qt::SolidLine});
        latency.push_back({tr("%1 p50").arg(p.producer), &p.p50Ms, color, Qt::DashLine});
    }
    m_latency->setLines(latency, s->time);
}

} // namespace bb
