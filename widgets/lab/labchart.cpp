#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QValueAxis>

#include "lab/labchart.h"

#include "charts/chartlook.h"
#include "common/statuscolors.h"
#include "lab/labtext.h"

#include <algorithm>

namespace bb {

LabChart::LabChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QBarSeries(this))
    , m_x(new QBarCategoryAxis(this))
    , m_y(new QValueAxis(this))
{
    auto *chart = new QChart;
    chart->setTitle(tr("Payments by outcome"));
    chart->setMargins(QMargins(0, 2, 4, 0));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (int b = 0; b < BarCount; ++b) {
        m_sets[b] = new QBarSet(QString(), m_series);
        m_series->append(m_sets[b]);
    }
    m_sets[ExactlyOnce]->setLabel(tr("Exactly once"));
    m_sets[Duplicated]->setLabel(tr("Duplicated"));
    m_sets[OutOfOrder]->setLabel(tr("Out of order"));
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(9); // counts in full, never 3e+03
    chart->addSeries(m_series);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setRange(0, 1);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 200);
    clear();
    applyPalette();
}

void LabChart::clear()
{
    setResults({}, false);
}

QStringList LabChart::categories() const { return m_x->categories(); }

void LabChart::setResults(const std::vector<ModeResult> &modes, bool final)
{
    m_sets[Lost]->setLabel(final ? tr("Lost") : tr("Not applied"));
    QStringList categories;
    for (const ModeResult &r : modes)
        categories << guaranteeTitle(r.mode, QStringLiteral("<br>")); // axis labels are rich text
    if (categories != m_x->categories()) {
        m_x->clear();
        m_x->append(categories);
        for (QBarSet *set : m_sets)
            set->remove(0, set->count());
    }
    double top = 0;
    for (std::size_t i = 0; i < modes.size(); ++i) {
        const ModeResult &r = modes[i];
        const double values[BarCount] = {double(r.exactlyOnce), double(r.lost), double(r.duplicated), double(r.outOfOrder)};
        for (int b = 0; b < BarCount; ++b) {
            if (std::size_t(m_sets[b]->count()) <= i)
                m_sets[b]->append(values[b]);
            else if (m_sets[b]->at(qsizetype(i)) != values[b])
                m_sets[b]->replace(qsizetype(i), values[b]);
            top = std::max(top, values[b]);
        }
    }
    // The axis only grows during a run (and room stays above the tallest
    // bar for its label), so the bars do not jump at every step.
    if (top > m_ceiling * 0.9 || modes.empty()) {
        m_ceiling = std::max(4.0, top * 1.15);
        m_y->setRange(0, m_ceiling);
        m_y->applyNiceNumbers();
        m_ceiling = m_y->max();
    }
}

void LabChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void LabChart::applyPalette()
{
    applyChartLook(this);
    // Four groups share the width; the longest title ("Idempotency") must
    // still fit under its group in a narrow dock.
    QFont categoryFont = font();
    categoryFont.setPointSizeF(categoryFont.pointSizeF() * 0.8);
    m_x->setLabelsFont(categoryFont);
    const QPalette pal = palette();
    const QColor colors[BarCount] = {toneColor(Tone::Good, pal), toneColor(Tone::Bad, pal), toneColor(Tone::Warning, pal),
                                     seriesColor(4)};
    for (int b = 0; b < BarCount; ++b) {
        m_sets[b]->setColor(colors[b]);
        m_sets[b]->setBorderColor(colors[b]);
        m_sets[b]->setLabelColor(pal.color(QPalette::Text));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        m_sets[b]->setLabelFont(small);
    }
}

} // namespace bb
