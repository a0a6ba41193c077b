#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include "topology/topologyscene.h"

#include "common/statuscolors.h"
#include "topology/topologyedgeitem.h"
#include "topology/topologyitem.h"
#include "topology/topologytext.h"

#include <algorithm>
#include <set>

namespace bb {
namespace {

enum Column { Writers, Exchanges, Topics, Readers, ColumnCount };

Column columnOf(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Producer:
    case ElementKind::Publisher:
    case ElementKind::Requester: return Writers;
    case ElementKind::Exchange: return Exchanges;
    case ElementKind::Node:
    case ElementKind::Topic:
    case ElementKind::Queue: return Topics;
    case ElementKind::Service:
    case ElementKind::Responder: return Readers;
    }
    return Topics;
}

qreal centerY(const TopologyItem *item) { return item->pos().y() + item->size().height() / 2; }

// A box's place in its column: the order key, and the height (of its
// centre) it would like, level with what it is connected to.
struct Wish {
    qreal order;
    qreal centre;
    TopologyItem *item;
};

// Stacks a column's boxes top-down in order, each as close to the height
// it wants as it can get without overlapping the one above. `align`: -1
// left (edges come in from the left), 0 centred, +1 right.
void stack(std::vector<Wish> wishes, qreal x, qreal width, qreal top, int align)
{
    std::stable_sort(wishes.begin(), wishes.end(), [](const Wish &a, const Wish &b) { return a.order < b.order; });
    qreal y = top;
    for (const Wish &w : wishes) {
        const qreal h = w.item->size().height();
        y = std::max(y, w.centre - h / 2);
        w.item->setPos(std::round(x + (width - w.item->size().width()) * (align + 1) / 2), std::round(y));
        y += h + TopologyScene::kRowGap;
    }
}

} // namespace

TopologyScene::TopologyScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

void TopologyScene::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    build();
}

TopologyItem *TopologyScene::item(const ElementRef &ref) const
{
    auto it = m_items.find(ref.key());
    return it == m_items.end() ? nullptr : it->second;
}

TopologyEdgeItem *TopologyScene::edgeItem(const QString &edgeKey) const
{
    for (TopologyEdgeItem *e : m_edges)
        if (e->edge().key() == edgeKey)
            return e;
    return nullptr;
}

std::vector<TopologyItem *> TopologyScene::elementItems() const
{
    std::vector<TopologyItem *> out;
    for (const auto &[key, item] : m_items)
        out.push_back(item);
    return out;
}

QRectF TopologyScene::clusterFrame() const
{
    return m_frame ? m_frame->path().boundingRect() : QRectF();
}

void TopologyScene::setMovedPositions(std::map<QString, QPointF> positions)
{
    m_moved = std::move(positions);
    layout();
}

void TopologyScene::arrange()
{
    m_moved.clear();
    layout();
}

void TopologyScene::build()
{
    QSet<QString> selected;
    for (QGraphicsItem *i : selectedItems()) {
        if (i->type() == TopologyItem::Type)
            selected.insert(static_cast<TopologyItem *>(i)->ref().key());
        else if (i->type() == TopologyEdgeItem::Type)
            selected.insert(static_cast<TopologyEdgeItem *>(i)->edge().key());
    }
    const QSet<QString> before = selected;
    // One selectionChanged at the end, if the selection really changed.
    const bool wasBlocked = blockSignals(true);
    m_building = true;
    m_connectFrom = nullptr;
    m_rubberBand = nullptr;
    clear();
    m_items.clear();
    m_edges.clear();
    m_frame = addPath(QPainterPath());
    m_frame->setZValue(-10);
    m_frameLabel = addSimpleText(QString());
    m_frameLabel->setZValue(-9);
    for (const ElementRef &ref : topologyElements(m_scenario)) {
        // Nodes are alike: their settings go once into the frame's label.
        const QString detail = ref.kind == ElementKind::Node ? QString() : elementDetail(m_scenario, ref);
        auto *item = new TopologyItem(ref, elementTitle(m_scenario, ref), detail, font());
        addItem(item);
        m_items[ref.key()] = item;
        item->setSelected(selected.contains(ref.key()));
    }
    for (const TopologyEdge &edge : topologyEdges(m_scenario)) {
        auto *item = new TopologyEdgeItem(edge, font());
        addItem(item);
        m_edges.push_back(item);
        item->setSelected(selected.contains(edge.key()));
    }
    QSet<QString> after;
    for (QGraphicsItem *i : selectedItems())
        after.insert(i->type() == TopologyItem::Type ? static_cast<TopologyItem *>(i)->ref().key()
                                                     : static_cast<TopologyEdgeItem *>(i)->edge().key());
    layout();
    m_building = false;
    blockSignals(wasBlocked);
    if (after != before)
        Q_EMIT selectionChanged();
}

void TopologyScene::layout()
{
    const bool wasBuilding = std::exchange(m_building, true);
    std::vector<TopologyItem *> columns[ColumnCount];
    std::vector<TopologyItem *> nodes;
    for (const ElementRef &ref : topologyElements(m_scenario)) {
        TopologyItem *it = item(ref);
        if (ref.kind == ElementKind::Node)
            nodes.push_back(it);
        else
            columns[columnOf(ref.kind)].push_back(it);
    }
    // Topics and queues in the order of the scenario's topics.
    auto topicIndex = [this](const TopologyItem *it) {
        const QString topic = backingTopic(m_scenario, it->ref());
        for (std::size_t i = 0; i < m_scenario.topics.size(); ++i)
            if (m_scenario.topics[i].name == topic)
                return int(i);
        return int(m_scenario.topics.size());
    };
    std::stable_sort(columns[Topics].begin(), columns[Topics].end(),
                     [&](const TopologyItem *a, const TopologyItem *b) { return topicIndex(a) < topicIndex(b); });

    qreal width[ColumnCount] = {};
    for (int c = 0; c < ColumnCount; ++c)
        for (const TopologyItem *it : columns[c])
            width[c] = std::max(width[c], it->size().width());
    qreal nodeRow = 0, nodeWidth = 0;
    for (const TopologyItem *n : nodes) {
        nodeWidth += (nodeWidth > 0 ? kRowGap / 2 : 0) + n->size().width();
        nodeRow = std::max(nodeRow, n->size().height());
    }
    // The broker columns (exchanges, topics) share the cluster frame with
    // the row of nodes and its label: when they are wider, the topics
    // column widens.
    nodeWidth = std::max(nodeWidth, QFontMetricsF(frameFont()).horizontalAdvance(frameLabel()) - 2 * kFramePad + 8);
    const qreal gap = width[Exchanges] > 0 ? kColumnGap : 0;
    width[Topics] = std::max(width[Topics], nodeWidth - width[Exchanges] - gap);
    qreal x[ColumnCount] = {};
    qreal next = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        x[c] = next;
        if (width[c] > 0)
            next += width[c] + kColumnGap;
    }
    qreal nodeX = width[Exchanges] > 0 ? x[Exchanges] : x[Topics];
    for (TopologyItem *n : nodes) {
        n->setPos(nodeX, 0);
        nodeX += n->size().width() + kRowGap / 2;
    }
    const qreal top = nodes.empty() ? 0 : nodeRow + 2 * kRowGap;

    auto place = [&](Column c, auto wish) {
        std::vector<Wish> wishes;
        for (std::size_t i = 0; i < columns[c].size(); ++i)
            wishes.push_back(wish(columns[c][i], qreal(i)));
        stack(std::move(wishes), x[c], width[c], top, c == Writers ? 1 : c == Readers ? -1 : 0);
    };
    // Level with the mean height of the boxes at the other end of `kinds`
    // edges; unconnected boxes go last, in list order.
    auto level = [&](bool outgoing, std::set<EdgeKind> kinds) {
        return [&, outgoing, kinds](TopologyItem *it, qreal i) {
            qreal sum = 0;
            int n = 0;
            for (const TopologyEdgeItem *e : m_edges) {
                const TopologyEdge &edge = e->edge();
                if (!kinds.count(edge.kind) || (outgoing ? edge.from : edge.to) != it->ref())
                    continue;
                if (const TopologyItem *other = item(outgoing ? edge.to : edge.from)) {
                    sum += centerY(other);
                    ++n;
                }
            }
            return n > 0 ? Wish{sum / n, sum / n, it} : Wish{1e9 + i, top, it};
        };
    };
    place(Topics, [&](TopologyItem *it, qreal i) { return Wish{i, top, it}; });
    place(Exchanges, level(true, {EdgeKind::Binds}));
    place(Writers, level(true, {EdgeKind::Writes, EdgeKind::Publishes, EdgeKind::Requests}));
    place(Readers, level(false, {EdgeKind::Subscribes, EdgeKind::Serves}));

    for (const auto &[key, pos] : m_moved)
        if (auto it = m_items.find(key); it != m_items.end())
            it->second->setPos(pos);
    m_building = wasBuilding;
    route();
    updateFrame();
}

void TopologyScene::route()
{
    struct End {
        TopologyEdgeItem *edge;
        bool source;
        qreal otherY;
    };
    // Ends by (item, side); the side is +1 (right) or -1 (left).
    std::map<std::pair<const TopologyItem *, int>, std::vector<End>> ends;
    struct Route {
        TopologyItem *from, *to;
        int fromSide, toSide, fromDir, toDir;
        QPointF a, b;
    };
    std::map<TopologyEdgeItem *, Route> routes;
    for (TopologyEdgeItem *e : m_edges) {
        TopologyItem *a = item(e->edge().from), *b = item(e->edge().to);
        e->setVisible(a && b && a != b);
        if (!e->isVisible())
            continue;
        const QRectF ra = a->sceneBox(), rb = b->sceneBox();
        Route r{a, b, 1, -1, 1, 1, {}, {}};
        if (rb.right() <= ra.left() + 1)
            r = {a, b, -1, 1, -1, -1, {}, {}};
        else if (rb.left() < ra.right() - 1) // the same column: out and back in on the right
            r = {a, b, 1, 1, 1, -1, {}, {}};
        routes[e] = r;
        ends[{a, r.fromSide}].push_back({e, true, centerY(b)});
        ends[{b, r.toSide}].push_back({e, false, centerY(a)});
    }
    for (auto &[key, list] : ends) {
        const auto [it, side] = key;
        std::stable_sort(list.begin(), list.end(), [](const End &p, const End &q) { return p.otherY < q.otherY; });
        const QRectF box = it->sceneBox();
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QPointF p(side > 0 ? box.right() : box.left(), box.top() + box.height() * qreal(i + 1) / qreal(list.size() + 1));
            (list[i].source ? routes[list[i].edge].a : routes[list[i].edge].b) = p;
        }
    }
    for (auto &[edge, r] : routes)
        edge->setEnds(r.a, r.fromDir, r.b, r.toDir);
}

void TopologyScene::updateFrame()
{
    if (!m_frame)
        return;
    QRectF box;
    for (const auto &[key, it] : m_items)
        if (it->ref().kind == ElementKind::Node || columnOf(it->ref().kind) == Exchanges || columnOf(it->ref().kind) == Topics)
            box = box.united(it->sceneBox());
    const QPalette pal = palette();
    m_frameLabel->setText(frameLabel());
    m_frameLabel->setFont(frameFont());
    m_frameLabel->setBrush(pal.color(QPalette::PlaceholderText));
    const qreal labelHeight = m_frameLabel->boundingRect().height();
    QRectF frame = box.adjusted(-kFramePad, -kFramePad - labelHeight - 4, kFramePad, kFramePad);
    frame.setWidth(std::max(frame.width(), m_frameLabel->boundingRect().width() + kFramePad + 4));
    QPainterPath path;
    path.addRoundedRect(frame, 10, 10);
    m_frame->setPath(path);
    QColor fill = pal.color(QPalette::AlternateBase);
    m_frame->setBrush(fill);
    m_frame->setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
    m_frameLabel->setPos(frame.left() + kFramePad / 2 + 2, frame.top() + 6);
}

QString TopologyScene::frameLabel() const
{
    const int nodes = int(m_scenario.cluster.nodes.size());
    QString label = nodes == 1 ? tr("Cluster · 1 node") : tr("Cluster · %1 nodes").arg(nodes);
    if (nodes > 0)
        label += QStringLiteral(" · ") + elementDetail(m_scenario, {ElementKind::Node, QStringLiteral("0")});
    return label;
}

QFont TopologyScene::frameFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

void TopologyScene::itemMoved(TopologyItem *item)
{
    if (m_building)
        return;
    if (m_dragging)
        m_moved[item->ref().key()] = item->pos();
    route();
    updateFrame();
}

void TopologyScene::setConnectMode(bool on)
{
    m_connectMode = on;
    for (const auto &[key, it] : m_items)
        it->setFlag(QGraphicsItem::ItemIsMovable, !on);
}

TopologyItem *TopologyScene::itemAt(QPointF scenePos) const
{
    for (QGraphicsItem *i : items(scenePos))
        if (i->type() == TopologyItem::Type)
            return static_cast<TopologyItem *>(i);
    return nullptr;
}

bool TopologyScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateFrame();
    return QGraphicsScene::event(event);
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectMode && event->button() == Qt::LeftButton) {
        if ((m_connectFrom = itemAt(event->scenePos()))) {
            m_rubberBand = addLine(QLineF(event->scenePos(), event->scenePos()), QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            event->accept();
            return;
        }
    }
    m_dragging = event->button() == Qt::LeftButton;
    QGraphicsScene::mousePressEvent(event);
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberBand) {
        m_rubberBand->setLine(QLineF(m_rubberBand->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberBand) {
        delete m_rubberBand;
        m_rubberBand = nullptr;
        TopologyItem *from = std::exchange(m_connectFrom, nullptr);
        if (TopologyItem *to = itemAt(event->scenePos()); to && from && to != from) {
            // Copies: connecting rebuilds the diagram, items and all.
            const ElementRef a = from->ref(), b = to->ref();
            Q_EMIT connectRequested(a, b);
        }
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    m_dragging = false;
}

} // namespace bb
