#pragma once
// TopologyScene: the diagram of a scenario. One TopologyItem per element
// and one TopologyEdgeItem per edge (topologygraph.h), laid out in columns:
// writers (producers, publishers, requesters) | exchanges | topics and
// queues | services and responders, with the broker side (nodes,
// exchanges, topics, queues) inside a frame named after the cluster. Boxes
// in the writer and service columns sit level with what they write to or
// read from. Boxes the user moved keep their place across rebuilds (and in
// the workbench file, through movedPositions()); the rest are placed
// automatically. In connect mode a drag from one box to another asks to
// connect them (connectRequested) instead of moving the box.
// Owned by the TopologyEditor; GUI thread.

#include <QGraphicsScene>

#include "topology/topologygraph.h"

#include <map>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace bb {

class TopologyEdgeItem;
class TopologyItem;

class TopologyScene final : public QGraphicsScene {
    Q_OBJECT
public:
    static constexpr qreal kColumnGap = 90;
    static constexpr qreal kRowGap = 16;
    static constexpr qreal kFramePad = 16;

    explicit TopologyScene(QObject *parent = nullptr);

    // Rebuilds the diagram; the selection and moved boxes stay where they can.
    void setScenario(const Scenario &scenario);
    const Scenario &scenario() const { return m_scenario; }

    TopologyItem *item(const ElementRef &ref) const;
    TopologyEdgeItem *edgeItem(const QString &edgeKey) const;
    std::vector<TopologyItem *> elementItems() const;
    const std::vector<TopologyEdgeItem *> &edgeItems() const { return m_edges; }
    // The frame around the broker side (nodes, exchanges, topics, queues).
    QRectF clusterFrame() const;

    // Boxes the user moved, by ElementRef::key(), in scene coordinates.
    const std::map<QString, QPointF> &movedPositions() const { return m_moved; }
    void setMovedPositions(std::map<QString, QPointF> positions);
    // Every box back to its automatic place.
    void arrange();

    void setConnectMode(bool on);
    bool connectMode() const { return m_connectMode; }

    // From TopologyItem::itemChange: reroutes the edges, grows the frame.
    void itemMoved(TopologyItem *item);

Q_SIGNALS:
    void connectRequested(const bb::ElementRef &from, const bb::ElementRef &to);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void build();
    void layout();
    void route();
    void updateFrame();
    TopologyItem *itemAt(QPointF scenePos) const;
    QString frameLabel() const;
    QFont frameFont() const;

    Scenario m_scenario;
    std::map<QString, TopologyItem *> m_items; // by ElementRef::key()
    std::vector<TopologyEdgeItem *> m_edges;
    QGraphicsPathItem *m_frame = nullptr;
    QGraphicsSimpleTextItem *m_frameLabel = nullptr;
    std::map<QString, QPointF> m_moved;
    bool m_building = false;
    bool m_dragging = false;
    bool m_connectMode = false;
    TopologyItem *m_connectFrom = nullptr;
    QGraphicsLineItem *m_rubberBand = nullptr;
};

} // namespace bb
