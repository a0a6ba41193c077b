#pragma once
// TimeChart: a line chart over virtual time for the metric series of the
// snapshots: the last minute of virtual time, a y axis from zero that
// grows with the data, one line per named series. Colours and fonts follow
// the widget palette. Hovering the plot shows a crosshair and a callout with
// every line's value at that moment, until the mouse leaves or the chart is
// hidden. The legend sits below the plot while the names fit on one line,
// else beside it, so names are never cut. The context menu exports the
// chart as PNG and the whole run's series as CSV: the chart keeps every
// sample it was given since the run began (see record()), while the plot
// shows the last minute. GUI thread.

#include "metrics/timeseries.h"
#include "model/error.h"

#include <QChartView>

#include <map>

class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QMenu;
class QValueAxis;

namespace bb {

class ChartCallout;

class TimeChart : public QChartView {
    Q_OBJECT
public:
    static constexpr Micros kWindow = 60 * kSecond;

    struct Line {
        QString name;
        const std::vector<Sample> *samples = nullptr;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        bool inLegend = true; // false: a companion line (p50 beside p99) the tooltip explains
    };

    TimeChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    // Shows `lines` up to virtual time `now`; lines missing from the list
    // are removed. Also record()s them.
    void setLines(const std::vector<Line> &lines, Micros now);
    // Keeps the samples of `lines` newer than those kept so far, without
    // drawing: called for every snapshot, also while the chart is hidden,
    // so the export has the whole run. A time before the last one recorded
    // is a new run: what was kept goes. Past kHistoryCap samples a line
    // keeps every other one (half the resolution, still the whole run).
    void record(const std::vector<Line> &lines, Micros now);
    static constexpr std::size_t kHistoryCap = 1 << 18; // 18 virtual hours at 4 samples/s
    const std::vector<Sample> &history(const QString &name) const;
    int lineCount() const { return int(m_series.size()); }
    QLineSeries *line(const QString &name) const;
    QString title() const { return m_title; }
    QString unit() const { return m_unit; }

    // Hover: the crosshair and callout at the sample nearest to `seconds`.
    void showValuesAt(double seconds);
    void hideValues();
    bool valuesShown() const;
    QString calloutText() const;
    // Where the legend is: Qt::AlignBottom or, with many or long names,
    // Qt::AlignRight.
    Qt::Alignment legendAlignment() const;
    // Said over the plot while no line has a sample (a cluster that has not
    // run yet); nothing when empty.
    void setEmptyText(const QString &text);
    // What the plot says now: empty while it has data or nothing to say.
    QString emptyText() const;

    // Export: the shown lines' whole history, one row per sample time.
    QString toCsv() const;
    QImage toImage(); // without the hover marks
    Error exportCsv(const QString &path) const;
    Error exportPng(const QString &path);
    // The context menu's actions (export PNG, export CSV), for any caller.
    QMenu *createContextMenu(QWidget *parent);
    // Asks for a file (in the folder last used, else Pictures for PNG and
    // Documents for CSV) and exports there, saying so when it cannot.
    void exportInteractively(bool png);

protected:
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyPalette();
    QString valueText(double value) const;
    void fitLegend();
    // A short chart (a dock on a small screen) drops the time axis' title,
    // puts the legend beside the plot and shows fewer value ticks, so its
    // axis labels keep room instead of shrinking to "...".
    void fitHeight();
    void placeEmptyNote();

    QString m_title;
    QString m_unit;
    QValueAxis *m_x;
    QValueAxis *m_y;
    std::map<QString, QLineSeries *> m_series;
    std::vector<QString> m_order; // lines in the order given (legend, callout, CSV)
    std::map<QString, std::vector<Sample>> m_history; // by line name, oldest first
    Micros m_recordedUntil = -1;
    std::vector<QString> m_legendNames;
    double m_ceiling = 0;
    bool m_compact = false;
    bool m_byMouse = false; // the callout follows the mouse (not showValuesAt from code)
    ChartCallout *m_callout;
    QGraphicsLineItem *m_crosshair;
    QGraphicsSimpleTextItem *m_emptyNote; // over the plot while no line has a sample
    double m_hoverSeconds = -1;
};

} // namespace bb
