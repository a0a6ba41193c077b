#pragma once
// ColumnFitter: sizes a table's columns to what they show and shares the
// spare width among them in proportion, so a header never gets cut off and
// a short table still fills its view. When the columns do not fit, they
// are set closer, then the widest are narrowed (their text elides, with
// the whole text as a tooltip): the view does not scroll sideways. Widths follow the viewport size, the
// row set, and (growing only) contents that outgrow their column, so live
// numbers do not make the columns jitter. Parented to the view it fits; GUI
// thread.

#include <QObject>

#include <vector>

class QHelpEvent;
class QTableView;

namespace bb {

class ColumnFitter : public QObject {
    Q_OBJECT
public:
    explicit ColumnFitter(QTableView *view);

    void fit();
    // `column` takes the width the others leave (its text elides) instead
    // of its content's width: long values never push the table sideways.
    void setElasticColumn(int column);
    // The view is never narrower than its columns need (set close), so a
    // splitter or layout cannot make it scroll sideways or elide.
    void setKeepsColumnsWhole(bool keep);
    // The width the columns need before spare width is shared out (the
    // elastic column counts its header only): a view that should never
    // scroll sideways is at least this wide, plus its frame and scroll bar.
    int neededWidth() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The columns' widths: close-set (`tight`) when roomy ones would not
    // fit the viewport.
    std::vector<int> needs() const;
    std::vector<int> needs(bool tight) const;
    int cellWidth(int row, int column, bool tight) const;
    int headerWidth(int column, bool tight) const;
    void capToWidth(std::vector<int> &need, int available) const;
    // A cell narrowed by capToWidth shows its whole text as a tooltip.
    bool showElidedText(QHelpEvent *event) const;
    void contentsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn);

    QTableView *m_view;
    int m_elastic = -1;
    bool m_fitting = false;
    bool m_keepWhole = false;
    mutable bool m_tight = false; // the last fit set the columns close
};

} // namespace bb
