#pragma once
// ScenarioCardDelegate: draws a ScenarioListModel row as a card: the title
// in bold, a muted line of facts, and the description wrapped to the view's
// width. Card heights follow the view's width, so a narrow gallery grows
// taller instead of cutting text. Colours come from the view's palette.
// Owned by its view; GUI thread.

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace bb {

class ScenarioCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ScenarioCardDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect title, facts, description;
        int height = 0;
    };
    Layout layout(const QModelIndex &index, int width) const;
    QFont titleFont() const;
    QFont factsFont() const;

    QAbstractItemView *m_view;
};

} // namespace bb
