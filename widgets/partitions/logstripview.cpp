#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>

#include "partitions/logstripview.h"

#include <algorithm>
#include <numeric>

namespace bb {
namespace {

// Beyond this many crowded markers, labels may overlap.
constexpr int kMarkerLanes = 8;

} // namespace

LogStripView::LogStripView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logStripView"));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::NoFocus);
}

QFont LogStripView::smallFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

void LogStripView::setStrips(std::vector<LogStrip> strips)
{
    const bool sameShape = strips.size() == m_strips.size()
        && std::equal(strips.begin(), strips.end(), m_strips.begin(), [](const LogStrip &a, const LogStrip &b) {
               return a.tp == b.tp && a.replicas.size() == b.replicas.size() && a.markers.size() == b.markers.size();
           });
    m_strips = std::move(strips);
    std::map<QString, std::vector<const LogStrip *>> byTopic;
    for (const LogStrip &s : m_strips)
        byTopic[s.topic].push_back(&s);
    m_scales.clear();
    for (const auto &[topic, list] : byTopic)
        m_scales[topic] = LogScale::covering(list);
    if (!sameShape) {
        relayout();
        updateGeometry();
    } else {
        relayout(); // marker labels move with their offsets
    }
    update();
}

const LogScale &LogStripView::scaleOf(const QString &topic) const
{
    static const LogScale none;
    auto it = m_scales.find(topic);
    return it == m_scales.end() ? none : it->second;
}

LogStripView::Metrics LogStripView::metrics() const
{
    const QFontMetrics fm(font());
    const QFontMetrics sm(smallFont());
    Metrics m;
    m.pad = 8;
    m.line = fm.height();
    m.small = sm.height();
    m.row = fm.height() + 4;
    // Leaders' labels are bold: measure in bold.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    m.nodeWidth = 0;
    for (const LogStrip &s : m_strips)
        for (const LogStripReplica &r : s.replicas)
            m.nodeWidth = std::max(m.nodeWidth, bm.horizontalAdvance(tr("node %1").arg(r.node.value)));
    m.statusWidth = 0;
    for (const QString &status : {tr("leader"), tr("in ISR"), tr("out of ISR"), tr("down")})
        m.statusWidth = std::max(m.statusWidth, sm.horizontalAdvance(status) + 12);
    m.trackLeft = m.pad + m.nodeWidth + 6 + m.statusWidth + 8;
    // Half the widest tick label hangs past the track's right end.
    const int tickHalf = sm.horizontalAdvance(QStringLiteral("888.8M")) / 2;
    m.trackRight = std::max(width() - m.pad - tickHalf, m.trackLeft + 40);
    return m;
}

int LogStripView::xOf(const QRect &track, const LogScale &scale, std::int64_t offset) const
{
    return track.left() + int(std::lround(scale.fraction(offset) * track.width()));
}

void LogStripView::relayout()
{
    const Metrics m = metrics();
    const QFontMetrics sm(smallFont());
    m_geometry.clear();
    int y = 0;
    for (const LogStrip &s : m_strips) {
        Geometry g;
        const int top = y;
        y += m.pad / 2;
        g.title = QRect(m.pad, y, width() - 2 * m.pad, m.line + 4);
        y += g.title.height() + 2;
        for (std::size_t i = 0; i < s.replicas.size(); ++i) {
            g.rows.push_back(QRect(m.pad, y, width() - 2 * m.pad, m.row));
            g.tracks.push_back(QRect(m.trackLeft, y + 3, m.trackRight - m.trackLeft, m.row - 6));
            y += m.row;
        }
        g.axis = QRect(m.trackLeft, y, m.trackRight - m.trackLeft, m.small + 5);
        y += g.axis.height();
        // Markers: a pointer at the offset and a label beside it, in the
        // first lane where the label does not overlap another.
        const LogScale &scale = scaleOf(s.topic);
        for (const LogStripMarker &marker : s.markers) {
            const int x = xOf(g.axis, scale, marker.offset.value);
            QRect r(x - 5, 0, sm.horizontalAdvance(markerLabel(marker)) + 12, m.small + 3);
            if (r.right() > width() - m.pad) // no room on the right: label to the left
                r.moveRight(x + 5);
            g.markers.push_back(r);
        }
        // Lanes from left to right, so labels only meet their neighbours.
        std::vector<std::size_t> order(g.markers.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return g.markers[a].left() < g.markers[b].left(); });
        std::vector<int> laneEnds(kMarkerLanes, -1 << 20);
        int lanesUsed = 0;
        for (std::size_t i : order) {
            QRect &r = g.markers[i];
            int lane = 0;
            while (lane < kMarkerLanes - 1 && laneEnds[std::size_t(lane)] > r.left() - 6)
                ++lane;
            laneEnds[std::size_t(lane)] = std::max(laneEnds[std::size_t(lane)], r.right());
            lanesUsed = std::max(lanesUsed, lane + 1);
            r.moveTop(y + lane * (m.small + 4));
        }
        y += lanesUsed * (m.small + 4);
        y += m.pad;
        g.strip = QRect(0, top, width(), y - top);
        m_geometry.push_back(std::move(g));
    }
    m_height = y;
    setMinimumHeight(m_height);
}

QSize LogStripView::sizeHint() const
{
    return QSize(460, std::max(m_height, 60));
}

QSize LogStripView::minimumSizeHint() const
{
    const Metrics m = metrics();
    return QSize(m.trackLeft + 120, std::max(m_height, 60));
}

QRect LogStripView::stripRect(int strip) const
{
    return strip >= 0 && strip < int(m_geometry.size()) ? m_geometry[std::size_t(strip)].strip : QRect();
}

QRect LogStripView::barRect(int strip, int replica) const
{
    if (strip < 0 || strip >= int(m_geometry.size()))
        return {};
    const auto &tracks = m_geometry[std::size_t(strip)].tracks;
    return replica >= 0 && replica < int(tracks.size()) ? tracks[std::size_t(replica)] : QRect();
}

QRect LogStripView::fillRect(int strip, int replica) const
{
    const QRect track = barRect(strip, replica);
    if (track.isNull())
        return {};
    const LogStrip &s = m_strips[std::size_t(strip)];
    const LogStripReplica &r = s.replicas[std::size_t(replica)];
    if (!r.up || r.leo.value < 0)
        return {};
    const LogScale &scale = scaleOf(s.topic);
    const int left = xOf(track, scale, r.logStart.value);
    const int right = xOf(track, scale, r.leo.value);
    return QRect(QPoint(left, track.top()), QPoint(std::max(right - 1, left), track.bottom()));
}

QRect LogStripView::markerRect(int strip, int marker) const
{
    if (strip < 0 || strip >= int(m_geometry.size()))
        return {};
    const auto &markers = m_geometry[std::size_t(strip)].markers;
    return marker >= 0 && marker < int(markers.size()) ? markers[std::size_t(marker)] : QRect();
}

int LogStripView::stripAt(const QPoint &pos) const
{
    for (std::size_t i = 0; i < m_geometry.size(); ++i)
        if (m_geometry[i].strip.contains(pos))
            return int(i);
    return -1;
}

void LogStripView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void LogStripView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        relayout();
        updateGeometry();
    }
}

bool LogStripView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void LogStripView::mousePressEvent(QMouseEvent *event)
{
    const int strip = stripAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && strip >= 0)
        Q_EMIT partitionClicked(m_strips[std::size_t(strip)].tp);
    QWidget::mousePressEvent(event);
}

} // namespace bb
