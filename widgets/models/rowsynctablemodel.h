#pragma once
// RowSyncTableModel: the base of table models that replace their whole row
// list at once (from a snapshot, from an engine report). syncRows() diffs
// the new list against the rows shown: rows whose key disappeared are
// removed, new keys inserted, and kept rows emit dataChanged only for the
// columns whose shown values changed, so views keep their selection and
// scroll position and repaint only what moved. Lives on the GUI thread.

#include <QAbstractTableModel>

#include <set>
#include <vector>

namespace bb {

class RowSyncTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // The roles compared to decide whether a cell changed. Tooltips are
    // left out: views ask for them on hover and never cache them.
    static constexpr int kDiffRoles[] = {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::FontRole,
                                         Qt::DecorationRole};

    // key(row) -> an ordered key; cell(row, column, role) -> QVariant, the
    // same function data() answers from.
    template <typename Row, typename KeyFn, typename CellFn>
    void syncRows(std::vector<Row> &rows, std::vector<Row> next, KeyFn key, CellFn cell);
};

template <typename Row, typename KeyFn, typename CellFn>
void RowSyncTableModel::syncRows(std::vector<Row> &rows, std::vector<Row> next, KeyFn key, CellFn cell)
{
    using Key = decltype(key(next.front()));
    std::set<Key> nextKeys;
    for (const Row &r : next)
        nextKeys.insert(key(r));

    // Remove vanished rows, one contiguous run at a time, from the bottom.
    for (int i = int(rows.size()) - 1; i >= 0;) {
        if (nextKeys.count(key(rows[std::size_t(i)]))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !nextKeys.count(key(rows[std::size_t(first - 1)])))
            --first;
        beginRemoveRows({}, first, i);
        rows.erase(rows.begin() + first, rows.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }

    // Insert new rows where they belong. The remaining rows must keep their
    // relative order; if they do not, start over (never expected for lists
    // ordered by id).
    std::set<Key> kept;
    for (const Row &r : rows)
        kept.insert(key(r));
    for (std::size_t j = 0; j < next.size();) {
        if (j < rows.size() && key(rows[j]) == key(next[j])) {
            ++j;
            continue;
        }
        if (kept.count(key(next[j]))) {
            beginResetModel();
            rows = std::move(next);
            endResetModel();
            return;
        }
        std::size_t last = j;
        while (last + 1 < next.size() && !kept.count(key(next[last + 1])))
            ++last;
        beginInsertRows({}, int(j), int(last));
        rows.insert(rows.begin() + std::ptrdiff_t(j), next.begin() + std::ptrdiff_t(j), next.begin() + std::ptrdiff_t(last + 1));
        endInsertRows();
        j = last + 1;
    }

    // Same keys in the same order now: report changed cells, narrowly.
    const int columns = columnCount({});
    for (std::size_t i = 0; i < rows.size(); ++i) {
        int firstChanged = -1, lastChanged = -1;
        for (int c = 0; c < columns; ++c) {
            bool changed = false;
            for (int role : kDiffRoles)
                if (cell(rows[i], c, role) != cell(next[i], c, role)) {
                    changed = true;
                    break;
                }
            if (!changed)
                continue;
            if (firstChanged < 0)
                firstChanged = c;
            lastChanged = c;
        }
        rows[i] = std::move(next[i]);
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(int(i), firstChanged), index(int(i), lastChanged));
    }
}

} // namespace bb
