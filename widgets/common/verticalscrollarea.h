#pragma once
// VerticalScrollArea: a frameless scroll area that scrolls its widget up and
// down but never sideways. It is as narrow as its widget can be (plus the
// scroll bar), so a splitter or dock cannot squeeze the widget under its
// minimum width and cut off its right edge; it can be as short as a few
// lines, since the rest scrolls. Docks and side panels wrap their contents
// in one so a small screen stacks and scrolls them instead of growing the
// window past the screen. GUI thread; owned by whatever holds it.

#include <QScrollArea>

namespace bb {

class VerticalScrollArea : public QScrollArea {
    Q_OBJECT
public:
    explicit VerticalScrollArea(QWidget *parent = nullptr);

    // Takes `widget` (as QScrollArea::setWidget) and follows its size hints.
    void setContent(QWidget *widget);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int scrollBarWidth() const;
};

} // namespace bb
