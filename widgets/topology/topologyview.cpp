#include <QEvent>
#include <QWheelEvent>

#include "topology/topologyview.h"

#include <algorithm>

namespace bb {

TopologyView::TopologyView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignCenter);
    setContextMenuPolicy(Qt::CustomContextMenu);
    passPalette();
    scene->setFont(font());
}

void TopologyView::passPalette()
{
    // Every role counts as set: the scene would otherwise resolve the
    // inherited ones against the application's palette.
    QPalette p = palette();
    p.setResolveMask(QPalette::ResolveMask(~0ULL));
    scene()->setPalette(p);
}

void TopologyView::fitAll()
{
    m_autoFit = true;
    fit();
}

void TopologyView::sceneChanged()
{
    if (m_autoFit)
        fit();
}

void TopologyView::fit()
{
    const QRectF bounds = scene()->itemsBoundingRect().adjusted(-12, -12, 12, 12);
    setSceneRect(bounds);
    if (bounds.isEmpty())
        return;
    const QRectF view = viewport()->rect();
    // Never so small that the names cannot be read: below that, scroll.
    const qreal scale = std::clamp(std::min(view.width() / bounds.width(), view.height() / bounds.height()), kMinScale, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(bounds.center());
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fit();
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    m_autoFit = false;
    // Let the user see more than the fitted view: widen the scene rect.
    setSceneRect(scene()->itemsBoundingRect().adjusted(-400, -400, 400, 400));
    const qreal factor = std::pow(1.0015, event->angleDelta().y());
    const qreal current = transform().m11();
    const qreal next = std::clamp(current * factor, 0.2, 3.0);
    scale(next / current, next / current);
    event->accept();
}

void TopologyView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        passPalette();
    else if (event->type() == QEvent::FontChange)
        scene()->setFont(font());
}

} // namespace bb
