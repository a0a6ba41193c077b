#include <QEvent>
#include <QScrollBar>

#include "common/verticalscrollarea.h"

#include <algorithm>

namespace bb {
namespace {
// Short enough for a dock on a 720-pixel screen, tall enough to see that it scrolls.
constexpr int kMinimumHeight = 80;
} // namespace

VerticalScrollArea::VerticalScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void VerticalScrollArea::setContent(QWidget *widget)
{
    if (QWidget *old = this->widget())
        old->removeEventFilter(this);
    setWidget(widget);
    widget->installEventFilter(this);
    // The viewport takes the widget's colour (a table's base, a panel's window).
    viewport()->setBackgroundRole(widget->backgroundRole());
    updateGeometry();
}

int VerticalScrollArea::scrollBarWidth() const
{
    return verticalScrollBar()->sizeHint().width();
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QWidget *w = widget();
    if (!w)
        return QScrollArea::minimumSizeHint();
    const QSize content = w->minimumSizeHint().expandedTo(w->minimumSize());
    const int frame = 2 * frameWidth();
    // The scroll bar's room is kept even when it is hidden: showing it must
    // not push the content under its minimum.
    return {content.width() + scrollBarWidth() + frame, std::min(content.height(), kMinimumHeight) + frame};
}

QSize VerticalScrollArea::sizeHint() const
{
    const QWidget *w = widget();
    if (!w)
        return QScrollArea::sizeHint();
    const QSize content = w->sizeHint().expandedTo(w->minimumSizeHint());
    const int frame = 2 * frameWidth();
    return {content.width() + scrollBarWidth() + frame, content.height() + frame};
}

bool VerticalScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The widget's hints changed (new page, retranslated, more rows): pass
    // them on to the layout that holds this area.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace bb
