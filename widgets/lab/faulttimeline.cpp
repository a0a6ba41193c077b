#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include "lab/faulttimeline.h"

#include "common/format.h"

#include <algorithm>
#include <cmath>

namespace bb {
namespace {

constexpr int kMargin = 8;
constexpr double kDiamond = 5; // half the diamond's width
constexpr double kGap = 10;    // between labels sharing a lane

// A tick interval in whole seconds giving at most `maxTicks` ticks.
int tickSeconds(double seconds, int maxTicks)
{
    for (int step : {1, 2, 5, 10, 15, 30, 60, 120, 300, 600})
        if (seconds / step <= maxTicks)
            return step;
    return 1200;
}

} // namespace

FaultTimeline::FaultTimeline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void FaultTimeline::setMarks(std::vector<TimelineMark> marks, Micros end)
{
    m_marks = std::move(marks);
    m_end = std::max<Micros>(end, 1 * kSecond);
    layoutMarks();
    update();
}

void FaultTimeline::setTime(Micros time)
{
    if (time == m_time)
        return;
    m_time = time;
    update();
}

int FaultTimeline::laneHeight() const { return fontMetrics().height() + 6; }
int FaultTimeline::axisHeight() const { return fontMetrics().height() + 10; }

QRectF FaultTimeline::plotRect() const
{
    // Room on the right for the last tick's label.
    const int right = fontMetrics().horizontalAdvance(QStringLiteral("00 s")) / 2 + kMargin;
    return QRectF(kMargin, 4, std::max(10, width() - kMargin - right), m_lanes * laneHeight());
}

double FaultTimeline::xOf(Micros t) const
{
    const QRectF r = plotRect();
    return r.left() + r.width() * double(std::clamp<Micros>(t, 0, m_end)) / double(m_end);
}

void FaultTimeline::layoutMarks()
{
    const QFontMetricsF fm(font());
    const int lanesBefore = m_lanes;
    m_placed.assign(m_marks.size(), {});
    std::vector<double> laneEnd; // rightmost x taken in each lane
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        const TimelineMark &m = m_marks[i];
        const double x0 = xOf(m.at);
        const double x1 = m.isSpan() ? std::max(xOf(m.end), x0 + 3) : x0;
        const double textWidth = fm.horizontalAdvance(m.label);
        // Inside a bar it fits in, else after the bar or the diamond.
        double textLeft = m.isSpan() ? (x1 - x0 >= textWidth + 8 ? x0 + 4 : x1 + 4) : x0 + kDiamond + 3;
        // Near the right edge the label goes on the mark's left.
        if (textLeft + textWidth > width() - 2)
            textLeft = std::max(2.0, x0 - (m.isSpan() ? 4 : kDiamond + 3) - textWidth);
        const double extent = std::max(x1, textLeft + textWidth);
        const double start = std::min(m.isSpan() ? x0 : x0 - kDiamond, textLeft);
        std::size_t lane = 0;
        while (lane < laneEnd.size() && laneEnd[lane] + kGap > start)
            ++lane;
        if (lane == laneEnd.size())
            laneEnd.push_back(extent);
        else
            laneEnd[lane] = extent;
        m_placed[i].lane = int(lane);
        m_placed[i].shape = m.isSpan() ? QRectF(x0, 0, x1 - x0, 0) : QRectF(x0 - kDiamond, 0, 2 * kDiamond, 0);
        m_placed[i].text = QRectF(textLeft, 0, textWidth, 0);
    }
    m_lanes = std::max<int>(1, int(laneEnd.size()));
    const double lh = laneHeight();
    for (Placed &p : m_placed) {
        const double top = 4 + p.lane * lh;
        p.shape.setTop(top + 2);
        p.shape.setHeight(lh - 4);
        p.text.setTop(top);
        p.text.setHeight(lh);
    }
    if (m_lanes != lanesBefore)
        updateGeometry();
}

QSize FaultTimeline::sizeHint() const
{
    return QSize(480, 4 + m_lanes * laneHeight() + axisHeight());
}

QSize FaultTimeline::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void FaultTimeline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutMarks();
}

QRectF FaultTimeline::labelRect(int i) const
{
    return i >= 0 && i < int(m_placed.size()) ? m_placed[std::size_t(i)].text : QRectF();
}

int FaultTimeline::markAt(QPoint pos) const
{
    for (std::size_t i = 0; i < m_placed.size(); ++i)
        if (m_placed[i].shape.adjusted(-2, -2, 2, 2).contains(pos) || m_placed[i].text.contains(pos))
            return int(i);
    return -1;
}

bool FaultTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = markAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), m_marks[std::size_t(i)].detail, this);
        else if (m_marks.empty())
            QToolTip::showText(help->globalPos(), tr("This scenario schedules no faults."), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FontChange)
        layoutMarks();
    return QWidget::event(event);
}

void FaultTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF plot = plotRect();
    p.fillRect(rect(), pal.color(QPalette::Base));

    // The past of the current run, shaded.
    if (m_time >= 0) {
        QColor past = pal.color(QPalette::Highlight);
        past.setAlphaF(0.10f);
        p.fillRect(QRectF(plot.left(), plot.top(), xOf(m_time) - plot.left(), plot.height()), past);
    }

    // The axis: a line, and whole-second ticks with labels.
    const double axisY = plot.bottom() + 2;
    QColor axis = pal.color(QPalette::Text);
    axis.setAlphaF(0.45f);
    p.setPen(QPen(axis, 1));
    p.drawLine(QPointF(plot.left(), axisY), QPointF(plot.right(), axisY));
    const double seconds = double(m_end) / kSecond;
    const QFontMetrics fm = fontMetrics();
    const int maxTicks = std::max(2, int(plot.width() / (fm.horizontalAdvance(QStringLiteral("00 s")) * 2.2)));
    const int step = tickSeconds(seconds, maxTicks);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.10f);
    for (int s = 0; s <= int(seconds); s += step) {
        const double x = xOf(Micros(s) * kSecond);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, axisY));
        p.setPen(QPen(axis, 1));
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 3));
        const QString label = tr("%1 s").arg(s);
        const double w = fm.horizontalAdvance(label);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(x - w / 2, axisY + 4, w, fm.height()), Qt::AlignCenter, label);
    }

    // The marks.
    for (std::size_t i = 0; i < m_marks.size(); ++i) {
        const TimelineMark &m = m_marks[i];
        const Placed &pl = m_placed[i];
        const QColor tone = toneColor(m.tone, pal);
        if (m.isSpan()) {
            QColor fill = tone;
            fill.setAlphaF(0.25f);
            p.setPen(QPen(tone, 1));
            p.setBrush(fill);
            p.drawRoundedRect(pl.shape, 2, 2);
        } else {
            const QPointF c = pl.shape.center();
            QPainterPath diamond;
            diamond.moveTo(c.x(), pl.shape.top());
            diamond.lineTo(pl.shape.right(), c.y());
            diamond.lineTo(c.x(), pl.shape.bottom());
            diamond.lineTo(pl.shape.left(), c.y());
            diamond.closeSubpath();
            p.setPen(Qt::NoPen);
            p.setBrush(tone);
            p.drawPath(diamond);
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(pl.text, Qt::AlignLeft | Qt::AlignVCenter, m.label);
    }
    if (m_marks.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No faults scheduled"));
    }

    // Where the run is now.
    if (m_time >= 0) {
        const double x = xOf(m_time);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, axisY + 3));
    }
}

} // namespace bb
