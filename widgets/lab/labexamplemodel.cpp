#include <QApplication>
#include <QPalette>

#include "lab/labexamplemodel.h"

#include "common/statuscolors.h"

namespace bb {

LabExampleModel::LabExampleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LabExampleModel::clear() { setResults({}); }

void LabExampleModel::setResults(const std::vector<ModeResult> &modes)
{
    std::vector<Row> rows;
    m_total = 0;
    for (const ModeResult &r : modes) {
        m_total += r.lost + r.duplicated;
        for (const Explanation &e : r.lostExamples)
            rows.push_back({r.mode, PaymentOutcome::Lost, e});
        for (const Explanation &e : r.duplicatedExamples)
            rows.push_back({r.mode, PaymentOutcome::Duplicated, e});
    }
    if (rows.empty() && m_rows.empty())
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int LabExampleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LabExampleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant LabExampleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Payment: return QString::number(r.explanation.id);
        case Mode: return guaranteeTitle(r.mode);
        case Outcome: return outcomeName(r.outcome);
        case Count: break;
        }
        break;
    case Qt::ToolTipRole:
        return tr("Click to read why.");
    case Qt::ForegroundRole:
        if (index.column() == Outcome)
            return toneColor(Tone::Bad, QApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        return int((index.column() == Payment ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default: break;
    }
    return {};
}

QVariant LabExampleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((section == Payment ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Payment: return tr("Payment");
    case Mode: return tr("Mode");
    case Outcome: return tr("Outcome");
    case Count: break;
    }
    return {};
}

} // namespace bb
