#pragma once
// MetricsView: the live charts under the cluster page, from the series each
// snapshot carries, on pages so each chart keeps a readable size in the
// bottom dock:
//   Producers: records appended per topic, produce latency per producer;
//   Consumers: lag per group, end-to-end latency per group, records
//              consumed per group (throughput out);
//   Queues:    depth per queue.
// A page appears once there is something to draw on it; with only the
// producers' page the tab bar is hidden. p99 lines are solid, p50 dashed;
// a group has the same colour in every chart and on the partition logs.
// Redrawing a chart costs milliseconds (every line's geometry and the axis
// labels are rebuilt), so the charts redraw at most every kMinRefreshMs of
// wall time, with the newest snapshot (a paused one at once), and only the
// page in view: hidden pages, and all of them while the view is hidden (a
// tab behind another dock), catch up when shown. GUI thread.

#include "engine/snapshot.h"
#include "charts/timechart.h"

#include <QWidget>

#include <utility>
#include <vector>

class QTabWidget;
class QTimer;

namespace bb {

class MetricsView : public QWidget {
    Q_OBJECT
public:
    enum Page { ProducersPage, ConsumersPage, QueuesPage };

    static constexpr int kMinRefreshMs = 200;

    explicit MetricsView(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    TimeChart *throughputChart() const { return m_throughput; }
    TimeChart *latencyChart() const { return m_latency; }
    TimeChart *lagChart() const { return m_lag; }
    TimeChart *endToEndChart() const { return m_endToEnd; }
    TimeChart *throughputOutChart() const { return m_throughputOut; }
    TimeChart *queueDepthChart() const { return m_queueDepth; }
    QTabWidget *pages() const { return m_pages; }
    std::vector<TimeChart *> charts() const; // in page order
    bool isPageShown(Page page) const;
    void showPage(Page page);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *page(std::initializer_list<TimeChart *> charts);
    void setPageShown(Page page, bool shown);
    void showPending();
    // Draws the pages in view from `s`.
    void draw(const ClusterSnapshot &s);
    struct Lines {
        std::vector<TimeChart::Line> throughput, latency, lag, endToEnd, throughputOut, queueDepth;
    };
    Lines linesOf(const ClusterSnapshot &s) const;
    std::vector<std::pair<TimeChart *, const std::vector<TimeChart::Line> *>> chartLines(const Lines &lines) const;
    int pageOf(const TimeChart *chart) const;

    QTabWidget *m_pages;
    TimeChart *m_throughput;
    TimeChart *m_latency;
    TimeChart *m_lag;
    TimeChart *m_endToEnd;
    TimeChart *m_throughputOut;
    TimeChart *m_queueDepth;
    QTimer *m_refresh;
    SnapshotPtr m_pending; // not drawn yet
    SnapshotPtr m_shown;   // the last drawn
};

} // namespace bb
