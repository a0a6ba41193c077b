#pragma once
// MetricsView: the live charts under the cluster page: records appended per
// topic (records/s) and produce latency per producer (p99 solid, p50
// dashed), from the series each snapshot carries. GUI thread.

#include "engine/snapshot.h"

#include <QWidget>

class QTimer;

namespace bb {

class TimeChart;

class MetricsView : public QWidget {
    Q_OBJECT
public:
    explicit MetricsView(QWidget *parent = nullptr);

    // Redrawing a chart costs milliseconds (every line's geometry and the
    // axis labels are rebuilt), so the charts redraw at most every
    // kMinRefreshMs of wall time, with the newest snapshot, and not at all
    // while hidden (a tab behind another dock): they catch up when shown.
    static constexpr int kMinRefreshMs = 200;

    void setSnapshot(const SnapshotPtr &snapshot);
    TimeChart *throughputChart() const { return m_throughput; }
    TimeChart *latencyChart() const { return m_latency; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPending();

    TimeChart *m_throughput;
    TimeChart *m_latency;
    QTimer *m_refresh;
    SnapshotPtr m_pending;
    Micros m_shownTime = -1;
    std::uint64_t m_shownRun = 0;
};

} // namespace bb
