#pragma once
// TopologyItem: one box of the topology diagram (a node, topic, queue,
// exchange, producer, service, ...): the name with a kind tag and a line of
// facts, with a stripe in the kind's colour. Sized to its text; colours come
// from the scene's palette at paint time, so a theme change needs no
// rebuild. Movable and selectable; a move tells the TopologyScene, which
// reroutes the edges. Owned by the scene; GUI thread.

#include <QGraphicsItem>

#include "topology/topologygraph.h"

namespace bb {

class TopologyItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    TopologyItem(ElementRef ref, QString title, QString detail, const QFont &font);

    const ElementRef &ref() const { return m_ref; }
    const QString &title() const { return m_title; }
    const QString &detail() const { return m_detail; }
    QSizeF size() const { return m_size; }
    QRectF sceneBox() const { return QRectF(pos(), m_size); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The colour that tells the kinds apart (stripes, the cluster frame).
    static QColor accent(ElementKind kind);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    ElementRef m_ref;
    QString m_title;
    QString m_detail;
    QFont m_font;
    QSizeF m_size;
};

} // namespace bb
