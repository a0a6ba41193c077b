#pragma once
// LabChart: the semantics lab's outcome as grouped bars, one group per
// delivery guarantee: payments applied exactly once, lost (while running:
// not applied yet), duplicated and out of order, each bar labelled with its
// count so a handful of losses next to thousands of good payments still
// reads. GUI thread.

#include "lab/labreport.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace bb {

class LabChart : public QChartView {
    Q_OBJECT
public:
    enum Bar { ExactlyOnce, Lost, Duplicated, OutOfOrder, BarCount };

    explicit LabChart(QWidget *parent = nullptr);

    void setResults(const std::vector<ModeResult> &modes, bool final);
    void clear();
    QBarSet *barSet(Bar bar) const { return m_sets[bar]; }
    QStringList categories() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QBarSeries *m_series;
    QBarSet *m_sets[BarCount];
    QBarCategoryAxis *m_x;
    QValueAxis *m_y;
    double m_ceiling = 0;
};

} // namespace bb
