#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include "common/columnfitter.h"

#include <algorithm>
#include <vector>

namespace bb {
namespace {
constexpr int kCellPadding = 18;
constexpr int kHeaderPadding = 20;
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
    return QObject::eventFilter(watched, event);
}

int ColumnFitter::cellWidth(int row, int column) const
{
    const QModelIndex index = m_view->model()->index(row, column);
    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = m_view->font();
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        font = f.value<QFont>();
    return QFontMetrics(font).horizontalAdvance(text) + kCellPadding;
}

int ColumnFitter::headerWidth(int column) const
{
    const QString text = m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    // size() measures the widest line of a header broken over lines.
    return m_view->horizontalHeader()->fontMetrics().size(0, text).width() + kHeaderPadding;
}

std::vector<int> ColumnFitter::needs() const
{
    const QAbstractItemModel *model = m_view->model();
    const int columns = model->columnCount();
    std::vector<int> need(std::size_t(std::max(columns, 0)));
    for (int c = 0; c < columns; ++c) {
        int w = headerWidth(c);
        for (int r = 0; c != m_elastic && r < model->rowCount(); ++r)
            w = std::max(w, cellWidth(r, c));
        need[std::size_t(c)] = w;
    }
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
    const std::vector<int> need = needs();
    int total = 0;
    for (int w : need)
        total += w;
    const int available = m_view->viewport()->width();
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
            if (cellWidth(r, c) > width) {
                fit();
                return;
            }
    }
}

} // namespace bb
