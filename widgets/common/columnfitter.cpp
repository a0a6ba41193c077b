#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolTip>

#include "common/columnfitter.h"

#include <algorithm>
#include <vector>

namespace bb {
namespace {
constexpr int kCellPadding = 18;
constexpr int kHeaderPadding = 20;
constexpr int kTightCellPadding = 10;
constexpr int kTightHeaderPadding = 12;
} // namespace

ColumnFitter::ColumnFitter(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(false);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        contentsChanged(tl.row(), br.row(), tl.column(), br.column());
    });
    fit();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip && showElidedText(static_cast<QHelpEvent *>(event)))
        return true;
    return QObject::eventFilter(watched, event);
}

int ColumnFitter::cellWidth(int row, int column, bool tight) const
{
    const QModelIndex index = m_view->model()->index(row, column);
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = m_view->font();
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        font = f.value<QFont>();
    int width = QFontMetrics(font).horizontalAdvance(text) + (tight ? kTightCellPadding : kCellPadding);
    // An icon beside the text (a warning sign) takes its width and the
    // style's margin on each side of it.
    if (index.data(Qt::DecorationRole).isValid()) {
        const QStyle *style = m_view->style();
        const int icon = m_view->iconSize().isValid() ? m_view->iconSize().width() : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
        width += icon + 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    }
    return width;
}

int ColumnFitter::headerWidth(int column, bool tight) const
{
    const QString text = m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    // size() measures the widest line of a header broken over lines.
    return m_view->horizontalHeader()->fontMetrics().size(0, text).width() + (tight ? kTightHeaderPadding : kHeaderPadding);
}

std::vector<int> ColumnFitter::needs(bool tight) const
{
    const QAbstractItemModel *model = m_view->model();
    const int columns = model->columnCount();
    std::vector<int> need(std::size_t(std::max(columns, 0)));
    for (int c = 0; c < columns; ++c) {
        int w = headerWidth(c, tight);
        for (int r = 0; c != m_elastic && r < model->rowCount(); ++r)
            w = std::max(w, cellWidth(r, c, tight));
        need[std::size_t(c)] = w;
    }
    return need;
}

std::vector<int> ColumnFitter::needs() const
{
    // Roomy columns while they fit; close-set ones (still clear of each
    // other) when that saves the view from scrolling sideways.
    std::vector<int> need = needs(false);
    int total = 0;
    for (int w : need)
        total += w;
    m_tight = total > m_view->viewport()->width();
    if (m_tight)
        need = needs(true);
    return need;
}

int ColumnFitter::neededWidth() const
{
    int total = 0;
    for (int w : needs())
        total += w;
    return total;
}

void ColumnFitter::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    const int columns = m_view->model()->columnCount();
    if (m_keepWhole) {
        int close = 0;
        for (int w : needs(true))
            close += w;
        const int header = m_view->verticalHeader()->isVisible() ? m_view->verticalHeader()->sizeHint().width() : 0;
        m_view->setMinimumWidth(close + header + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth());
    }
    std::vector<int> need = needs();
    const int available = m_view->viewport()->width();
    capToWidth(need, available);
    int total = 0;
    for (int w : need)
        total += w;
    const int spare = std::max(available - total, 0);
    int given = 0;
    for (int c = 0; c < columns; ++c) {
        int extra = total > 0 ? int(qint64(spare) * need[std::size_t(c)] / total) : 0;
        if (m_elastic >= 0)
            extra = c == m_elastic ? spare : 0;
        else if (c == columns - 1)
            extra = spare - given; // rounding leftovers go to the last column
        given += extra;
        m_view->horizontalHeader()->resizeSection(c, need[std::size_t(c)] + extra);
    }
    m_fitting = false;
}

// Columns that still do not fit are narrowed from the widest down (long
// names elide and show whole in a tooltip; headers keep their width), so
// the view never scrolls sideways while its headers fit.
void ColumnFitter::capToWidth(std::vector<int> &need, int available) const
{
    int total = 0;
    for (int w : need)
        total += w;
    if (total <= available || available <= 0)
        return;
    std::vector<int> floor(need.size());
    for (std::size_t c = 0; c < need.size(); ++c)
        floor[c] = std::min(need[c], headerWidth(int(c), true));
    auto width = [&](int cap) {
        int sum = 0;
        for (std::size_t c = 0; c < need.size(); ++c)
            sum += std::max(floor[c], std::min(need[c], cap));
        return sum;
    };
    // The widest cap that fits (binary search: width() grows with the cap).
    int low = 0;
    int high = *std::max_element(need.begin(), need.end());
    while (low < high) {
        const int mid = (low + high + 1) / 2;
        if (width(mid) <= available)
            low = mid;
        else
            high = mid - 1;
    }
    for (std::size_t c = 0; c < need.size(); ++c)
        need[c] = std::max(floor[c], std::min(need[c], low));
}

bool ColumnFitter::showElidedText(QHelpEvent *event) const
{
    const QModelIndex index = m_view->indexAt(event->pos());
    if (!index.isValid() || index.data(Qt::ToolTipRole).isValid())
        return false;
    if (cellWidth(index.row(), index.column(), m_tight) <= m_view->horizontalHeader()->sectionSize(index.column()))
        return false;
    QToolTip::showText(event->globalPos(), index.data(Qt::DisplayRole).toString(), m_view->viewport());
    return true;
}

void ColumnFitter::setKeepsColumnsWhole(bool keep)
{
    m_keepWhole = keep;
    fit();
}

void ColumnFitter::setElasticColumn(int column)
{
    m_elastic = column;
    fit();
}

void ColumnFitter::contentsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn)
{
    for (int c = firstColumn; c <= lastColumn; ++c) {
        if (c == m_elastic)
            continue;
        const int width = m_view->horizontalHeader()->sectionSize(c);
        for (int r = firstRow; r <= lastRow; ++r)
            if (cellWidth(r, c, m_tight) > width) {
                fit();
                return;
            }
    }
}

} // namespace bb
