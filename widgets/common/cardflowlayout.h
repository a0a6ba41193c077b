#pragma once
// CardFlowLayout: lays out cards (widgets of one kind) in rows of equal
// columns: as many per row as fit at their minimum width, sharing the row's
// width; the rest wrap onto the next rows. With heightForWidth, a scroll
// area or a parent layout knows how tall the rows are at a given width.
// Owned by the widget it lays out; GUI thread.

#include <QLayout>

#include <vector>

namespace bb {

class CardFlowLayout : public QLayout {
public:
    explicit CardFlowLayout(QWidget *parent = nullptr);
    ~CardFlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    QSize sizeHint() const override;
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    Qt::Orientations expandingDirections() const override { return Qt::Horizontal; }
    void setGeometry(const QRect &rect) override;

    // How many cards share a row at `width` (the layout's own width, margins included).
    int columnsFor(int width) const;

private:
    int cardMinimumWidth() const;
    // Lays the cards out in `rect` (when `apply`) and returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    std::vector<QLayoutItem *> m_items;
};

} // namespace bb
