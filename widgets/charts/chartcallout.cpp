#include <QFontMetricsF>
#include <QPainter>

#include "charts/chartcallout.h"

#include <algorithm>

namespace bb {
namespace {

constexpr qreal kPadding = 6;
constexpr qreal kMark = 8;

} // namespace

ChartCallout::ChartCallout(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setZValue(20);
}

void ChartCallout::setLook(const QFont &font, const QPalette &palette)
{
    prepareGeometryChange();
    m_font = font;
    m_palette = palette;
    setContent(m_heading, m_lines);
}

void ChartCallout::setContent(const QString &heading, std::vector<Line> lines)
{
    prepareGeometryChange();
    m_heading = heading;
    m_lines = std::move(lines);
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    qreal nameWidth = 0, valueWidth = 0;
    for (const Line &l : m_lines) {
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(l.name));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(l.value));
    }
    const qreal width = std::max(QFontMetricsF(bold).horizontalAdvance(m_heading), kMark + 6 + nameWidth + 12 + valueWidth);
    m_rect = QRectF(0, 0, width + 2 * kPadding, fm.height() * qreal(m_lines.size() + 1) + 2 * kPadding);
    update();
}

QString ChartCallout::text() const
{
    QStringList lines{m_heading};
    for (const Line &l : m_lines)
        lines << QStringLiteral("%1: %2").arg(l.name, l.value);
    return lines.join(QLatin1Char('\n'));
}

QRectF ChartCallout::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void ChartCallout::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border = m_palette.color(QPalette::ToolTipText);
    border.setAlphaF(0.3f);
    painter->setPen(QPen(border, 1));
    painter->setBrush(m_palette.color(QPalette::ToolTipBase));
    painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(m_palette.color(QPalette::ToolTipText));
    QRectF line(kPadding, kPadding, m_rect.width() - 2 * kPadding, fm.height());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_heading);
    painter->setFont(m_font);
    for (const Line &l : m_lines) {
        line.translate(0, fm.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(l.color);
        painter->drawRoundedRect(QRectF(line.left(), line.center().y() - kMark / 2, kMark, kMark), 2, 2);
        painter->setPen(m_palette.color(QPalette::ToolTipText));
        painter->drawText(line.adjusted(kMark + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, l.name);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, l.value);
    }
    painter->restore();
}

} // namespace bb
