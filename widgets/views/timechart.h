#pragma once
// TimeChart: a line chart over virtual time for the metric series of the
// snapshots: the last minute of virtual time, a y axis from zero that
// grows with the data, one line per named series. Colours and fonts follow
// the widget palette. GUI thread.

#include "metrics/timeseries.h"

#include <QChartView>

#include <map>

class QLineSeries;
class QValueAxis;

namespace bb {

class TimeChart : public QChartView {
    Q_OBJECT
public:
    static constexpr Micros kWindow = 60 * kSecond;

    struct Line {
        QString name;
        const std::vector<Sample> *samples = nullptr;
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
    };

    TimeChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    // Shows `lines` up to virtual time `now`; lines missing from the list
    // are removed.
    void setLines(const std::vector<Line> &lines, Micros now);
    int lineCount() const { return int(m_series.size()); }
    QLineSeries *line(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QValueAxis *m_x;
    QValueAxis *m_y;
    std::map<QString, QLineSeries *> m_series;
    double m_ceiling = 0;
};

} // namespace bb
