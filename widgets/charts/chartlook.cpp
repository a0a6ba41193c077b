#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

#include "charts/chartlook.h"

namespace bb {

void applyChartLook(QChartView *view)
{
    const QPalette pal = view->palette();
    QChart *c = view->chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(pal.color(QPalette::Text));
    QFont titleFont = view->font();
    titleFont.setBold(true);
    c->setTitleFont(titleFont);
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    c->legend()->setFont(view->font());
    view->setBackgroundBrush(pal.color(QPalette::Base));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    // Text at a third: Mid is nearly the base colour in dark palettes.
    QColor axisLine = pal.color(QPalette::Text);
    axisLine.setAlphaF(0.35f);
    QFont small = view->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::PlaceholderText));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
}

} // namespace bb
