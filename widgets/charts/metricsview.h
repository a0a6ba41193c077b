#pragma once
// MetricsView: the live charts under the cluster page: records appended per
// topic (records/s) and produce latency per producer (p99 solid, p50
// dashed), from the series each snapshot carries. GUI thread.

#include "engine/snapshot.h"

#include <QWidget>

namespace bb {

class TimeChart;

class MetricsView : public QWidget {
    Q_OBJECT
public:
    explicit MetricsView(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    TimeChart *throughputChart() const { return m_throughput; }
    TimeChart *latencyChart() const { return m_latency; }

private:
    TimeChart *m_throughput;
    TimeChart *m_latency;
    Micros m_shownTime = -1;
    std::uint64_t m_shownRun = 0;
};

} // namespace bb
