#include <QAbstractItemView>
#include <QPainter>

#include "gallery/scenariocarddelegate.h"

#include "common/statuscolors.h"
#include "models/scenariolistmodel.h"

namespace bb {
namespace {

constexpr int kMargin = 6;   // around a card
constexpr int kPadding = 12; // inside it
constexpr int kGap = 4;      // between its lines

} // namespace

ScenarioCardDelegate::ScenarioCardDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

QFont ScenarioCardDelegate::titleFont() const
{
    QFont f = m_view->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    return f;
}

QFont ScenarioCardDelegate::factsFont() const
{
    QFont f = m_view->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

ScenarioCardDelegate::Layout ScenarioCardDelegate::layout(const QModelIndex &index, int width) const
{
    Layout l;
    const int text = std::max(width - 2 * (kMargin + kPadding), 120);
    auto measure = [text](const QFont &font, const QString &s) {
        return QFontMetrics(font).boundingRect(QRect(0, 0, text, 1 << 20), Qt::TextWordWrap, s).height();
    };
    int y = kMargin + kPadding;
    l.title = QRect(kMargin + kPadding, y, text, measure(titleFont(), index.data().toString()));
    y = l.title.bottom() + 1 + kGap;
    const QString facts = index.data(ScenarioListModel::FactsRole).toString();
    if (!facts.isEmpty()) {
        l.facts = QRect(kMargin + kPadding, y, text, measure(factsFont(), facts));
        y = l.facts.bottom() + 1 + 2 * kGap;
    }
    l.description = QRect(kMargin + kPadding, y, text,
                          measure(m_view->font(), index.data(ScenarioListModel::DescriptionRole).toString()));
    l.height = l.description.bottom() + 1 + kPadding + kMargin;
    return l;
}

QSize ScenarioCardDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int width = m_view->viewport()->width();
    return QSize(width, layout(index, width).height);
}

void ScenarioCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool enabled = option.state & QStyle::State_Enabled;
    const Layout l = layout(index, option.rect.width());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(kMargin + 0.5, kMargin + 0.5, -kMargin - 0.5, -kMargin - 0.5);
    QColor border = pal.color(QPalette::Text);
    border.setAlphaF(0.18f);
    QColor fill = pal.color(QPalette::Base);
    if (selected) {
        border = pal.color(QPalette::Highlight);
        fill = toneTint(Tone::Info, pal);
    } else if (option.state & QStyle::State_MouseOver) {
        fill = pal.color(QPalette::AlternateBase);
    }
    painter->setPen(QPen(border, selected ? 2 : 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(card, 6, 6);

    const QPoint at = option.rect.topLeft();
    const QColor text = pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    painter->setPen(text);
    painter->setFont(titleFont());
    painter->drawText(l.title.translated(at), Qt::TextWordWrap, index.data().toString());
    if (!l.facts.isEmpty()) {
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->setFont(factsFont());
        painter->drawText(l.facts.translated(at), Qt::TextWordWrap, index.data(ScenarioListModel::FactsRole).toString());
    }
    painter->setPen(enabled ? text : toneColor(Tone::Bad, pal));
    painter->setFont(m_view->font());
    painter->drawText(l.description.translated(at), Qt::TextWordWrap,
                      index.data(ScenarioListModel::DescriptionRole).toString());
    painter->restore();
}

} // namespace bb
