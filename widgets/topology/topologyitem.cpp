#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "topology/topologyitem.h"

#include "common/statuscolors.h"
#include "topology/topologyscene.h"

namespace bb {
namespace {

constexpr qreal kPad = 8;
constexpr qreal kStripe = 5;
constexpr qreal kRadius = 6;
constexpr qreal kMinWidth = 110;

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QColor blend(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + over.redF() * amount),
                            float(base.greenF() * (1 - amount) + over.greenF() * amount),
                            float(base.blueF() * (1 - amount) + over.blueF() * amount));
}

} // namespace

TopologyItem::TopologyItem(ElementRef ref, QString title, QString detail, const QFont &font)
    : m_ref(std::move(ref))
    , m_title(std::move(title))
    , m_detail(std::move(detail))
    , m_font(font)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setToolTip(m_detail.isEmpty() ? m_title : m_title + QLatin1Char('\n') + m_detail);
    const QFontMetricsF small(smallFont(m_font)), bold(boldFont(m_font));
    // Two lines: the name with the kind tag at its right, then the facts.
    // Node chips go without the tag ("Node 0" says it) and may be narrow.
    const qreal tag = m_ref.kind == ElementKind::Node ? 0 : kPad + small.horizontalAdvance(elementKindName(m_ref.kind));
    const qreal width = std::max({m_ref.kind == ElementKind::Node ? 0 : kMinWidth, bold.horizontalAdvance(m_title) + tag,
                                  small.horizontalAdvance(m_detail)});
    const qreal height = bold.height() + (m_detail.isEmpty() ? 0 : small.height()) + 2 * kPad - 4;
    m_size = QSizeF(std::ceil(width + 2 * kPad + kStripe), std::ceil(height));
}

QColor TopologyItem::accent(ElementKind kind)
{
    switch (kind) {
    case ElementKind::Node: return seriesColor(9);
    case ElementKind::Topic: return seriesColor(0);
    case ElementKind::Queue: return seriesColor(4);
    case ElementKind::Exchange: return seriesColor(6);
    case ElementKind::Producer:
    case ElementKind::Publisher:
    case ElementKind::Requester: return seriesColor(1);
    case ElementKind::Service:
    case ElementKind::Responder: return seriesColor(2);
    }
    return seriesColor(9);
}

QRectF TopologyItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2);
}

void TopologyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor accentColor = accent(m_ref.kind);
    const bool dark = isDarkPalette(palette);
    const QRectF box(QPointF(0, 0), m_size);
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    const QColor base = palette.color(QPalette::Base);
    painter->fillPath(outline, blend(base, accentColor, dark ? 0.16 : (hovered ? 0.14 : 0.08)));
    // The stripe: the kind's colour down the left edge, clipped to the box.
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(0, 0, kStripe, m_size.height()), accentColor);
    painter->restore();
    const QColor border = selected ? palette.color(QPalette::Highlight) : blend(palette.color(QPalette::Mid), accentColor, 0.45);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);

    const QFont small = smallFont(m_font), bold = boldFont(m_font);
    const qreal left = kStripe + kPad;
    const qreal width = m_size.width() - left - kPad;
    const qreal boldHeight = QFontMetricsF(bold).height();
    const qreal smallHeight = QFontMetricsF(small).height();
    const qreal y = kPad - 2;
    painter->setFont(small);
    painter->setPen(blend(palette.color(QPalette::Text), accentColor, dark ? 0.35 : 0.55));
    if (m_ref.kind != ElementKind::Node)
        painter->drawText(QRectF(left, y, width, boldHeight), Qt::AlignRight | Qt::AlignVCenter, elementKindName(m_ref.kind));
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(left, y, width, boldHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (!m_detail.isEmpty()) {
        painter->setFont(small);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRectF(left, y + boldHeight, width, smallHeight), Qt::AlignLeft | Qt::AlignVCenter, m_detail);
    }
}

QVariant TopologyItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) { // whole pixels: crisp lines, exact saved places
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x()), std::round(p.y()));
    }
    if (change == ItemPositionHasChanged)
        if (auto *s = qobject_cast<TopologyScene *>(scene()))
            s->itemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

} // namespace bb
