#include <QPainter>
#include <QPaintEvent>

#include "partitions/logstripview.h"

#include "common/format.h"
#include "common/statuscolors.h"

namespace bb {
namespace {

QColor withAlpha(QColor c, float alpha)
{
    c.setAlphaF(alpha);
    return c;
}

} // namespace

QString LogStripView::replicaStatus(const LogStripReplica &r) const
{
    if (!r.up)
        return tr("down");
    if (r.leader)
        return tr("leader");
    return r.inIsr ? tr("in ISR") : tr("out of ISR");
}

QString LogStripView::markerLabel(const LogStripMarker &m) const
{
    if (m.lag < 0)
        return m.name;
    return tr("%1 · lag %2").arg(m.name, formatCompact(m.lag));
}

void LogStripView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Metrics m = metrics();
    for (std::size_t i = 0; i < m_strips.size() && i < m_geometry.size(); ++i)
        if (m_geometry[i].strip.intersects(event->rect()))
            paintStrip(p, m_strips[i], m_geometry[i], m);
    if (m_strips.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No partitions yet"));
    }
}

void LogStripView::paintStrip(QPainter &p, const LogStrip &s, const Geometry &g, const Metrics &m) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const LogScale &scale = scaleOf(s.topic);

    // Title: name and leader on the left, exact HW and LEO on the right.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const int nameWidth = QFontMetrics(bold).horizontalAdvance(s.name);
    p.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter, s.name);
    p.setFont(font());
    const QString right = s.offline ? QString() : tr("HW %1 · LEO %2").arg(formatCount(s.hw.value), formatCount(s.leo.value));
    const int rightWidth = fontMetrics().horizontalAdvance(right);
    QRect middle = g.title.adjusted(nameWidth + 10, 0, -rightWidth - 10, 0);
    if (s.starting) {
        p.setPen(muted);
        p.drawText(middle, Qt::AlignLeft | Qt::AlignVCenter, tr("starting: no leader elected yet"));
    } else if (s.offline) {
        p.setPen(toneColor(Tone::Bad, pal));
        p.drawText(middle, Qt::AlignLeft | Qt::AlignVCenter, tr("offline: no leader"));
    } else {
        p.setPen(muted);
        const QString leader = tr("leader %1 · epoch %2").arg(s.leader.value).arg(s.epoch.value);
        p.drawText(middle, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(leader, Qt::ElideRight, middle.width()));
        p.drawText(g.title, Qt::AlignRight | Qt::AlignVCenter, right);
    }

    for (std::size_t i = 0; i < s.replicas.size(); ++i)
        paintReplica(p, s.replicas[i], g.rows[i], g.tracks[i], scale, m);

    // Axis: round offsets, abbreviated.
    p.setFont(smallFont());
    const QColor tickColor = withAlpha(text, 0.35f);
    const QFontMetrics sm(smallFont());
    int lastRight = -1 << 20;
    for (std::int64_t t : scale.ticks()) {
        const int x = xOf(g.axis, scale, t);
        p.setPen(tickColor);
        p.drawLine(x, g.axis.top(), x, g.axis.top() + 3);
        const QString label = formatCompact(t);
        const int w = sm.horizontalAdvance(label);
        const QRect r(x - w / 2, g.axis.top() + 4, w, m.small);
        if (r.left() < lastRight + 6) // never print labels over each other
            continue;
        p.setPen(muted);
        p.drawText(r, Qt::AlignCenter, label);
        lastRight = r.right();
    }

    // Markers: a small pointer up to the axis and the label beside it.
    for (std::size_t i = 0; i < s.markers.size() && i < g.markers.size(); ++i) {
        const LogStripMarker &mk = s.markers[i];
        const QRect &r = g.markers[i];
        const int x = xOf(g.axis, scale, mk.offset.value);
        const QColor color = mk.kind == LogStripMarker::Kind::StableOffset ? toneColor(Tone::Warning, pal)
                                                                            : seriesColor(mk.color >= 0 ? mk.color : int(i));
        p.setPen(QPen(withAlpha(color, 0.8f), 1, Qt::DotLine));
        p.drawLine(x, g.tracks.empty() ? g.axis.top() : g.tracks.front().top(), x, r.top());
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const QPointF tip(x, r.top() + 1);
        const QPointF tri[] = {tip, QPointF(x - 4, r.top() + 8), QPointF(x + 4, r.top() + 8)};
        p.drawPolygon(tri, 3);
        p.setPen(text);
        const bool left = r.right() <= x + 5;
        const QRect label = left ? r.adjusted(0, 0, -8, 0) : r.adjusted(8, 0, 0, 0);
        p.drawText(label, (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, markerLabel(mk));
    }
    p.setFont(font());

    // A hairline between partitions.
    p.setPen(withAlpha(text, 0.12f));
    p.drawLine(g.strip.left() + m.pad, g.strip.bottom(), g.strip.right() - m.pad, g.strip.bottom());
}

void LogStripView::paintReplica(QPainter &p, const LogStripReplica &r, const QRect &row, const QRect &track,
                                const LogScale &scale, const Metrics &m) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    // Label: "node N" and a status pill.
    QFont nodeFont = font();
    nodeFont.setBold(r.leader);
    p.setFont(nodeFont);
    p.setPen(r.up ? text : pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(row.left(), row.top(), m.nodeWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("node %1").arg(r.node.value));
    const Tone tone = !r.up ? Tone::Bad : r.leader ? Tone::Info : r.inIsr ? Tone::Good : Tone::Warning;
    const QRect pill(row.left() + m.nodeWidth + 6, track.top(), m.statusWidth, track.height());
    p.setPen(Qt::NoPen);
    p.setBrush(toneTint(tone, pal));
    p.drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    p.setFont(smallFont());
    p.setPen(toneColor(tone, pal));
    p.drawText(pill, Qt::AlignCenter, replicaStatus(r));
    p.setFont(font());

    // Track, then the log from its start to its end.
    const QRectF t = QRectF(track).adjusted(0.5, 0.5, -0.5, -0.5);
    if (!r.up || r.leo.value < 0) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(withAlpha(text, 0.3f), 1, Qt::DashLine));
        p.drawRoundedRect(t, 3, 3);
        return;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(withAlpha(text, 0.06f));
    p.drawRoundedRect(t, 3, 3);
    const QColor fill = toneColor(r.leader || r.inIsr ? Tone::Info : Tone::Warning, pal);
    const int start = xOf(track, scale, r.logStart.value);
    const int hw = xOf(track, scale, std::clamp(r.hw.value, r.logStart.value, r.leo.value));
    // A non-empty tail stays visible however large the log.
    const int end = std::max(xOf(track, scale, r.leo.value), r.leo.value > r.hw.value ? hw + 2 : hw);
    p.setBrush(fill);
    if (hw > start)
        p.drawRoundedRect(QRectF(start, t.top(), hw - start, t.height()), 2, 2);
    if (end > hw) {
        p.setBrush(withAlpha(fill, 0.35f));
        p.drawRect(QRectF(hw, t.top(), end - hw, t.height()));
    }
    // The replica's high watermark.
    p.setPen(QPen(text, 2));
    p.drawLine(QPointF(hw, t.top() - 2), QPointF(hw, t.bottom() + 2));
}

QString LogStripView::replicaToolTip(const LogStrip &s, const LogStripReplica &r) const
{
    if (!r.up)
        return tr("%1 on node %2: the node is down").arg(s.name).arg(r.node.value);
    const QString role = r.leader ? tr("leader") : r.inIsr ? tr("follower, in the ISR") : tr("follower, out of the ISR");
    QString tip = tr("%1 on node %2: %3").arg(s.name).arg(r.node.value).arg(role);
    tip += QLatin1Char('\n') + tr("Log start offset: %1").arg(formatCount(r.logStart.value));
    tip += QLatin1Char('\n') + tr("High watermark: %1").arg(formatCount(r.hw.value));
    tip += QLatin1Char('\n') + tr("Log end offset: %1").arg(formatCount(r.leo.value));
    if (r.leo.value > r.hw.value)
        tip += QLatin1Char('\n') + tr("Not yet committed: %1 records").arg(formatCount(r.leo.value - r.hw.value));
    if (!r.leader && s.leo.value >= 0 && s.leo.value > r.leo.value)
        tip += QLatin1Char('\n') + tr("Behind the leader: %1 records").arg(formatCount(s.leo.value - r.leo.value));
    return tip;
}

QString LogStripView::markerToolTip(const LogStrip &s, const LogStripMarker &m) const
{
    QString tip;
    switch (m.kind) {
    case LogStripMarker::Kind::Group:
        tip = tr("Group %1 committed offset %2 on %3").arg(m.name, formatCount(m.offset.value), s.name);
        break;
    case LogStripMarker::Kind::StableOffset:
        tip = tr("Last stable offset of %1: %2").arg(s.name, formatCount(m.offset.value));
        break;
    case LogStripMarker::Kind::Other:
        tip = tr("%1 of %2: %3").arg(m.name, s.name, formatCount(m.offset.value));
        break;
    }
    if (m.lag >= 0)
        tip += QLatin1Char('\n') + tr("Lag: %1 records").arg(formatCount(m.lag));
    return tip;
}

QString LogStripView::titleToolTip(const LogStrip &s) const
{
    if (s.starting)
        return tr("%1 is starting: the controller elects its first leader once the nodes have registered").arg(s.name);
    if (s.offline)
        return tr("%1 is offline: no replica can lead it").arg(s.name);
    QStringList isr;
    for (const LogStripReplica &r : s.replicas)
        if (r.inIsr)
            isr << QString::number(r.node.value);
    return tr("%1: leader node %2 in leader epoch %3, ISR %4\nLog start %5 · high watermark %6 · log end %7")
        .arg(s.name)
        .arg(s.leader.value)
        .arg(s.epoch.value)
        .arg(isr.isEmpty() ? tr("empty") : isr.join(QStringLiteral(", ")), formatCount(s.logStart.value),
             formatCount(s.hw.value), formatCount(s.leo.value));
}

QString LogStripView::toolTipAt(const QPoint &pos) const
{
    const int i = stripAt(pos);
    if (i < 0)
        return {};
    const LogStrip &s = m_strips[std::size_t(i)];
    const Geometry &g = m_geometry[std::size_t(i)];
    for (std::size_t k = 0; k < g.markers.size() && k < s.markers.size(); ++k)
        if (g.markers[k].contains(pos))
            return markerToolTip(s, s.markers[k]);
    for (std::size_t k = 0; k < g.rows.size(); ++k)
        if (g.rows[k].contains(pos))
            return replicaToolTip(s, s.replicas[k]);
    return titleToolTip(s);
}

} // namespace bb
