#include <QWidget>

#include "common/cardflowlayout.h"

#include <algorithm>

namespace bb {

CardFlowLayout::CardFlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

CardFlowLayout::~CardFlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void CardFlowLayout::addItem(QLayoutItem *item)
{
    m_items.push_back(item);
    invalidate();
}

int CardFlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *CardFlowLayout::itemAt(int index) const
{
    return index >= 0 && index < count() ? m_items[std::size_t(index)] : nullptr;
}

QLayoutItem *CardFlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem *item = m_items[std::size_t(index)];
    m_items.erase(m_items.begin() + index);
    invalidate();
    return item;
}

int CardFlowLayout::cardMinimumWidth() const
{
    int widest = 0;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            widest = std::max(widest, item->minimumSize().width());
    return widest;
}

int CardFlowLayout::columnsFor(int width) const
{
    const QMargins m = contentsMargins();
    const int inner = width - m.left() - m.right();
    const int card = std::max(cardMinimumWidth(), 1);
    const int fit = (inner + spacing()) / (card + spacing());
    return std::clamp(fit, 1, std::max(count(), 1));
}

int CardFlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect inner = rect.marginsRemoved(m);
    const int columns = columnsFor(rect.width());
    const int gap = spacing();
    const int cardWidth = std::max((inner.width() - (columns - 1) * gap) / columns, cardMinimumWidth());
    std::vector<QLayoutItem *> shown;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            shown.push_back(item);
    int y = inner.top();
    for (std::size_t first = 0; first < shown.size(); first += std::size_t(columns)) {
        const std::size_t last = std::min(shown.size(), first + std::size_t(columns));
        int rowHeight = 0;
        for (std::size_t i = first; i < last; ++i) {
            QLayoutItem *item = shown[i];
            const int h = item->hasHeightForWidth() ? item->heightForWidth(cardWidth) : item->sizeHint().height();
            rowHeight = std::max({rowHeight, h, item->minimumSize().height()});
        }
        if (apply)
            for (std::size_t i = first; i < last; ++i)
                shown[i]->setGeometry(QRect(inner.left() + int(i - first) * (cardWidth + gap), y, cardWidth, rowHeight));
        y += rowHeight + gap;
    }
    const int used = shown.empty() ? 0 : y - gap - inner.top();
    return used + m.top() + m.bottom();
}

int CardFlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize CardFlowLayout::minimumSize() const
{
    // One column at its narrowest; the height follows the width (heightForWidth).
    const QMargins m = contentsMargins();
    int height = 0;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            height = std::max(height, item->minimumSize().height());
    return {cardMinimumWidth() + m.left() + m.right(), height + m.top() + m.bottom()};
}

QSize CardFlowLayout::sizeHint() const
{
    // All in one row at their preferred width.
    const QMargins m = contentsMargins();
    int width = 0;
    int height = 0;
    int shown = 0;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty()) {
            const QSize s = item->sizeHint().expandedTo(item->minimumSize());
            width += s.width();
            height = std::max(height, s.height());
            ++shown;
        }
    width += std::max(shown - 1, 0) * spacing();
    return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void CardFlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

} // namespace bb
