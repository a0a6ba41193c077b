#pragma once
// ColumnFitter: sizes a table's columns to what they show and shares the
// spare width among them in proportion, so a header never gets cut off and
// a short table still fills its view. Widths follow the viewport size, the
// row set, and (growing only) contents that outgrow their column, so live
// numbers do not make the columns jitter. Parented to the view it fits; GUI
// thread.

#include <QObject>

class QTableView;

namespace bb {

class ColumnFitter : public QObject {
    Q_OBJECT
public:
    explicit ColumnFitter(QTableView *view);

    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int cellWidth(int row, int column) const;
    int headerWidth(int column) const;
    void contentsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn);

    QTableView *m_view;
    bool m_fitting = false;
};

} // namespace bb
