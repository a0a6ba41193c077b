#pragma once
// TopologyEdgeItem: one edge of the topology diagram: a curve with an
// arrowhead from one box to another and, when the edge has one, a label
// (an emitted event, a binding key). Side edges (dead letters, failures,
// replies) are dashed. The TopologyScene routes it (setEnds); selectable,
// so a binding or an emit rule can be edited or deleted. GUI thread.

#include <QGraphicsPathItem>

#include "topology/topologygraph.h"

namespace bb {

class TopologyEdgeItem final : public QGraphicsPathItem {
public:
    enum { Type = UserType + 2 };

    TopologyEdgeItem(TopologyEdge edge, const QFont &font);

    const TopologyEdge &edge() const { return m_edge; }
    // Routes the curve from `from` to `to`: it leaves its box heading
    // `fromDirection` and arrives heading `toDirection` (+1: rightwards,
    // -1: leftwards).
    void setEnds(QPointF from, int fromDirection, QPointF to, int toDirection);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    TopologyEdge m_edge;
    QFont m_font;
    QPointF m_tip;
    QPointF m_tipDirection; // unit vector the arrow points along
};

} // namespace bb
