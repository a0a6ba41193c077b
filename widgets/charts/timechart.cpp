#include <QChart>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QValueAxis>

#include "charts/timechart.h"

#include "charts/chartcallout.h"
#include "charts/chartlook.h"

#include <algorithm>
#include <cmath>

namespace bb {

namespace {

// The smallest of 1, 2, 2.5, 5 times a power of ten at or above `value`
// (at least 4): y ranges move in steps, so the chart does not breathe.
double niceCeiling(double value)
{
    double scale = 1;
    while (scale * 10 < value)
        scale *= 10;
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * scale >= value)
            return std::max(step * scale, 4.0);
    return std::max(10 * scale, 4.0);
}

bool isNice(double interval)
{
    const double scale = std::pow(10.0, std::floor(std::log10(interval)));
    const double mantissa = interval / scale;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(mantissa - m) < 1e-9)
            return true;
    return false;
}

// Ticks at round values from 0 to a nice ceiling.
int tickCount(double ceiling)
{
    for (int n : {6, 5, 7, 4})
        if (isNice(ceiling / (n - 1)))
            return n;
    return 5;
}

} // namespace

TimeChart::TimeChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent)
    , m_title(title)
    , m_unit(unit)
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
    , m_callout(new ChartCallout)
    , m_crosshair(new QGraphicsLineItem)
    , m_emptyNote(new QGraphicsSimpleTextItem)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_x->setTitleText(tr("virtual time (s)"));
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setRange(0, 10);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(2);
    m_y->setTitleText(unit);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setRange(0, 1);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    setMouseTracking(true);
    scene()->addItem(m_crosshair);
    scene()->addItem(m_callout);
    m_crosshair->setZValue(19);
    scene()->addItem(m_emptyNote);
    m_emptyNote->hide();
    hideValues();
    applyPalette();
}

QLineSeries *TimeChart::line(const QString &name) const
{
    auto it = m_series.find(name);
    return it == m_series.end() ? nullptr : it->second;
}

void TimeChart::setLines(const std::vector<Line> &lines, Micros now)
{
    record(lines, now);
    QChart *c = chart();
    for (auto it = m_series.begin(); it != m_series.end();) {
        const bool keep = std::any_of(lines.begin(), lines.end(), [&](const Line &l) { return l.name == it->first; });
        if (keep) {
            ++it;
            continue;
        }
        c->removeSeries(it->second);
        delete it->second;
        it = m_series.erase(it);
    }
    const Micros from = std::max<Micros>(0, now - kWindow);
    double top = 0;
    m_order.clear();
    m_legendNames.clear();
    for (const Line &l : lines) {
        m_order.push_back(l.name);
        if (l.inLegend)
            m_legendNames.push_back(l.name);
        QLineSeries *&series = m_series[l.name];
        if (!series) {
            series = new QLineSeries;
            series->setName(l.name);
            c->addSeries(series);
            series->attachAxis(m_x);
            series->attachAxis(m_y);
        }
        QPen pen(l.color, 2, l.style);
        series->setPen(pen);
        for (QLegendMarker *marker : c->legend()->markers(series))
            marker->setVisible(l.inLegend);
        QList<QPointF> points;
        if (l.samples) {
            auto first = std::lower_bound(l.samples->begin(), l.samples->end(), from,
                                          [](const Sample &s, Micros t) { return s.time < t; });
            points.reserve(qsizetype(l.samples->end() - first));
            for (auto it = first; it != l.samples->end(); ++it) {
                points.append(QPointF(double(it->time) / kSecond, it->value));
                top = std::max(top, it->value);
            }
        }
        series->replace(points);
    }
    fitLegend();
    placeEmptyNote();
    const double span = double(std::max<Micros>(now - from, 10 * kSecond)) / kSecond;
    m_x->setRange(double(from) / kSecond, double(from) / kSecond + span);
    m_x->setTickInterval(span <= 12 ? 2 : span <= 30 ? 5 : 10);
    // A y range that only moves in steps, so the chart does not breathe.
    const double ceiling = niceCeiling(top * 1.15);
    if (ceiling != m_ceiling) {
        m_ceiling = ceiling;
        m_y->setRange(0, ceiling);
        m_y->setTickCount(m_compact ? 3 : tickCount(ceiling));
    }
    // The data moved under the mouse; a mouse that left without a Leave
    // event (a window manager grab) takes the callout with it.
    if (valuesShown() && m_byMouse && !viewport()->underMouse())
        hideValues();
    else if (valuesShown())
        showValuesAt(m_hoverSeconds);
}

QString TimeChart::valueText(double value) const
{
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    return tr("%1 %2").arg(locale.toString(value, 'f', decimals), m_unit);
}

void TimeChart::showValuesAt(double seconds)
{
    // Snap to the nearest sample of the first line that has one.
    double at = -1;
    for (const QString &name : m_order) {
        const QList<QPointF> points = m_series.at(name)->points();
        if (points.isEmpty())
            continue;
        auto it = std::lower_bound(points.begin(), points.end(), seconds, [](const QPointF &p, double x) { return p.x() < x; });
        if (it == points.end() || (it != points.begin() && seconds - (it - 1)->x() < it->x() - seconds))
            --it;
        at = it->x();
        break;
    }
    if (at < 0) {
        hideValues();
        return;
    }
    std::vector<ChartCallout::Line> lines;
    for (const QString &name : m_order) {
        const QLineSeries *series = m_series.at(name);
        const QList<QPointF> points = series->points();
        auto it = std::find_if(points.begin(), points.end(), [at](const QPointF &p) { return qAbs(p.x() - at) < 1e-6; });
        if (it != points.end())
            lines.push_back({series->pen().color(), name, valueText(it->y())});
    }
    m_hoverSeconds = seconds;
    m_callout->setContent(tr("%1 s").arg(QLocale().toString(at, 'f', 2)), std::move(lines));
    const QRectF plot = chart()->plotArea();
    const QPointF pos = chart()->mapToPosition(QPointF(at, 0), m_series.at(m_order.front()));
    m_crosshair->setLine(pos.x(), plot.top(), pos.x(), plot.bottom());
    // Beside the crosshair, inside the plot; on the left when the right is short.
    const QRectF box = m_callout->boundingRect();
    qreal x = pos.x() + 10;
    if (x + box.width() > plot.right())
        x = pos.x() - 10 - box.width();
    m_callout->setPos(std::max(x, plot.left()), plot.top() + 4);
    m_crosshair->show();
    m_callout->show();
}

void TimeChart::hideValues()
{
    m_hoverSeconds = -1;
    m_byMouse = false;
    m_callout->hide();
    m_crosshair->hide();
}

bool TimeChart::valuesShown() const
{
    return m_callout->isVisible();
}

QString TimeChart::calloutText() const
{
    return m_callout->text();
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    if (m_order.empty() || !chart()->plotArea().contains(chartPos)) {
        hideValues();
        return;
    }
    showValuesAt(chart()->mapToValue(chartPos, m_series.at(m_order.front())).x());
    m_byMouse = valuesShown();
}

void TimeChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    hideValues();
}

// The mouse moves over the viewport, and QAbstractScrollArea keeps the
// viewport's Leave to itself.
bool TimeChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Leave)
        hideValues();
    return QChartView::viewportEvent(event);
}

void TimeChart::hideEvent(QHideEvent *event)
{
    QChartView::hideEvent(event);
    hideValues(); // a dock tab switched away under the mouse
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitHeight();
    fitLegend();
    placeEmptyNote();
}

void TimeChart::placeEmptyNote()
{
    bool empty = !m_emptyNote->text().isEmpty();
    for (const auto &[name, series] : m_series)
        empty = empty && series->count() == 0;
    m_emptyNote->setVisible(empty);
    if (!empty)
        return;
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    const QRectF box = m_emptyNote->boundingRect();
    m_emptyNote->setPos(plot.center() - box.center());
}

void TimeChart::setEmptyText(const QString &text)
{
    m_emptyNote->setText(text);
    placeEmptyNote();
}

QString TimeChart::emptyText() const
{
    return m_emptyNote->isVisible() ? m_emptyNote->text() : QString();
}

Qt::Alignment TimeChart::legendAlignment() const
{
    return chart()->legend()->alignment();
}

// Below the plot, QLegend elides names ("chec… prod…") once they do not fit
// on one line; beside it, each name has a line of its own.
void TimeChart::fitLegend()
{
    QLegend *legend = chart()->legend();
    const QFontMetrics fm(legend->font());
    int needed = 0;
    for (const QString &name : m_legendNames)
        needed += fm.horizontalAdvance(name) + 3 * fm.height(); // marker, spacing
    const int available = width() - 2 * fm.height();
    const Qt::Alignment want = needed > available || m_compact ? Qt::AlignRight : Qt::AlignBottom;
    if (legend->alignment() != want)
        legend->setAlignment(want);
}

void TimeChart::fitHeight()
{
    const int lines = QFontMetrics(font()).height();
    const bool compact = height() < 16 * lines;
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_x->setTitleVisible(!compact);
    if (m_ceiling > 0)
        m_y->setTickCount(compact ? 3 : tickCount(m_ceiling));
}

void TimeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

void TimeChart::applyPalette()
{
    applyChartLook(this);
    const QPalette pal = palette();
    m_callout->setLook(font(), pal);
    QColor hair = pal.color(QPalette::Text);
    hair.setAlphaF(0.45f);
    m_crosshair->setPen(QPen(hair, 1, Qt::DashLine));
    m_emptyNote->setBrush(pal.color(QPalette::PlaceholderText));
    m_emptyNote->setFont(font());
}

} // namespace bb
