#pragma once
// ChartCallout: the box a TimeChart shows while the mouse is over its plot:
// a heading (the virtual time) and one line per series (colour mark, name,
// value), in the palette's tooltip colours. A QGraphicsItem in the chart's
// scene, owned by the chart; GUI thread.

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPalette>

#include <vector>

namespace bb {

class ChartCallout : public QGraphicsItem {
public:
    struct Line {
        QColor color;
        QString name;
        QString value;
    };

    explicit ChartCallout(QGraphicsItem *parent = nullptr);

    void setContent(const QString &heading, std::vector<Line> lines);
    void setLook(const QFont &font, const QPalette &palette);
    QString text() const; // heading and lines, for tests and accessibility

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_heading;
    std::vector<Line> m_lines;
    QFont m_font;
    QPalette m_palette;
    QRectF m_rect;
};

} // namespace bb
