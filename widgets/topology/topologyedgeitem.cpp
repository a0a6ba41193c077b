#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include "topology/topologyedgeitem.h"

#include "common/statuscolors.h"

#include <cmath>

namespace bb {
namespace {

constexpr qreal kArrow = 8;

bool isSideEdge(EdgeKind kind)
{
    return kind == EdgeKind::DeadLetters || kind == EdgeKind::FailsTo || kind == EdgeKind::Replies;
}

QFont labelFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.8);
    return f;
}

} // namespace

TopologyEdgeItem::TopologyEdgeItem(TopologyEdge edge, const QFont &font)
    : m_edge(std::move(edge))
    , m_font(labelFont(font))
{
    setFlag(ItemIsSelectable);
    setZValue(-1); // under the boxes
    setAcceptHoverEvents(true);
}

void TopologyEdgeItem::setEnds(QPointF from, int fromDirection, QPointF to, int toDirection)
{
    prepareGeometryChange();
    // The arrowhead sits in front of the box; the curve stops at its base.
    const QPointF into(toDirection, 0);
    m_tip = to;
    m_tipDirection = into;
    const QPointF end = to - into * kArrow;
    const qreal reach = std::max<qreal>(40, std::abs(end.x() - from.x()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(fromDirection * reach, 0), end - into * reach, end);
    setPath(path);
}

QRectF TopologyEdgeItem::labelRect() const
{
    if (m_edge.label.isEmpty())
        return {};
    const QFontMetricsF fm(m_font);
    const QSizeF size(fm.horizontalAdvance(m_edge.label) + 8, fm.height() + 2);
    const QPointF mid = path().pointAtPercent(0.5);
    return QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF TopologyEdgeItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(labelRect()).united(QRectF(m_tip, QSizeF(1, 1))).adjusted(-kArrow, -kArrow, kArrow, kArrow);
}

QPainterPath TopologyEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8); // easy to pick
    QPainterPath s = stroker.createStroke(path());
    s.addRect(labelRect());
    return s;
}

void TopologyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    QColor color = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
    if (!selected)
        color.setAlphaF(hovered ? 0.8f : 0.45f);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, selected ? 2.0 : 1.3);
    if (isSideEdge(m_edge.kind))
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());

    const QPointF normal(-m_tipDirection.y(), m_tipDirection.x());
    const QPointF base = m_tip - m_tipDirection * kArrow;
    const QPolygonF head{m_tip, base + normal * (kArrow / 2), base - normal * (kArrow / 2)};
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);

    if (const QRectF r = labelRect(); !r.isEmpty()) {
        painter->setBrush(palette.color(QPalette::Base));
        painter->setPen(QPen(color, 0.8));
        painter->drawRoundedRect(r, 3, 3);
        painter->setFont(m_font);
        painter->setPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text));
        painter->drawText(r, Qt::AlignCenter, m_edge.label);
    }
}

} // namespace bb
