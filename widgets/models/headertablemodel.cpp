#include <QApplication>
#include <QPalette>

#include "models/headertablemodel.h"

namespace bb {

HeaderTableModel::HeaderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int HeaderTableModel::addRow(const QString &name, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.emplace_back(name, value);
    endInsertRows();
    return row;
}

void HeaderTableModel::removeRow(int row)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

std::vector<std::pair<QByteArray, QByteArray>> HeaderTableModel::headers() const
{
    std::vector<std::pair<QByteArray, QByteArray>> out;
    for (const auto &[name, value] : m_rows)
        if (!name.trimmed().isEmpty())
            out.emplace_back(name.trimmed().toUtf8(), value.toUtf8());
    return out;
}

int HeaderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[name, value] = m_rows[std::size_t(index.row())];
    const QString &text = index.column() == Name ? name : value;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name && text.isEmpty())
            return tr("(name)");
        return text;
    case Qt::EditRole: return text;
    case Qt::ForegroundRole:
        if (index.column() == Name && text.isEmpty())
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::ToolTipRole:
        return index.column() == Name ? tr("Header name; a row without one is not sent") : tr("Header value; {n} becomes the record's number");
    default: return {};
    }
}

bool HeaderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto &row = m_rows[std::size_t(index.row())];
    QString &cell = index.column() == Name ? row.first : row.second;
    if (cell == value.toString())
        return true;
    cell = value.toString();
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags HeaderTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Header") : tr("Value");
}

} // namespace bb
