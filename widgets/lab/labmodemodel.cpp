#include <QApplication>
#include <QPalette>

#include "lab/labmodemodel.h"

#include "common/format.h"
#include "common/statuscolors.h"
#include "lab/labtext.h"

#include <cmath>

namespace bb {

LabModeModel::LabModeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LabModeModel::clear() { setResults({}, false); }

void LabModeModel::setResults(const std::vector<ModeResult> &modes, bool final)
{
    const bool sameModes = modes.size() == m_modes.size()
        && std::equal(modes.begin(), modes.end(), m_modes.begin(), [](const ModeResult &a, const ModeResult &b) { return a.mode == b.mode; });
    const bool finalChanged = final != m_final;
    if (!sameModes) {
        beginResetModel();
        m_modes = modes;
        m_final = final;
        endResetModel();
        return;
    }
    m_final = final;
    for (std::size_t c = 0; c < modes.size(); ++c) {
        int first = -1, last = -1;
        for (int m = 0; m < Count; ++m) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ForegroundRole)})
                if (finalChanged || cell(m_modes[c], m, role) != cell(modes[c], m, role)) {
                    if (first < 0)
                        first = m;
                    last = m;
                    break;
                }
        }
        m_modes[c] = modes[c];
        if (first >= 0)
            Q_EMIT dataChanged(index(first, int(c)), index(last, int(c)));
    }
    if (finalChanged)
        Q_EMIT headerDataChanged(Qt::Vertical, Lost, Lost);
}

int LabModeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_modes.empty() ? 0 : Count;
}

int LabModeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modes.size());
}

QVariant LabModeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_modes[std::size_t(index.column())], index.row(), role);
}

QVariant LabModeModel::cell(const ModeResult &r, int measure, int role) const
{
    const bool applied = r.exactlyOnce + r.duplicated > 0;
    switch (role) {
    case Qt::DisplayRole:
        if (r.sent == 0)
            return QStringLiteral("—"); // nothing run yet
        switch (Measure(measure)) {
        case Sent: return formatCount(r.sent);
        case ExactlyOnce: return formatCount(r.exactlyOnce);
        case Lost: return formatCount(r.lost);
        case Late: return m_final ? formatCount(r.pending) : QStringLiteral("—"); // told apart at the end
        case Duplicated: return formatCount(r.duplicated);
        case OutOfOrder: return formatCount(r.outOfOrder);
        // Payments per second: "411/s" keeps the four columns narrow in any language.
        case Throughput: return applied ? tr("%1/s").arg(formatCount(std::llround(r.throughputPerSecond))) : QStringLiteral("—");
        case P50: return applied ? formatLatency(Micros(r.p50LatencyMs * double(kMillisecond))) : QStringLiteral("—");
        case P99: return applied ? formatLatency(Micros(r.p99LatencyMs * double(kMillisecond))) : QStringLiteral("—");
        case Count: break;
        }
        break;
    case Qt::ForegroundRole: {
        const QPalette pal = QApplication::palette();
        // Payments not applied yet are only lost once the run is over.
        if (measure == Lost && r.lost > 0)
            return toneColor(m_final ? Tone::Bad : Tone::Muted, pal);
        if (measure == Duplicated && r.duplicated > 0)
            return toneColor(Tone::Bad, pal);
        if ((measure == OutOfOrder && r.outOfOrder > 0) || (measure == Late && r.pending > 0))
            return toneColor(Tone::Warning, pal);
        if (m_final && (measure == Lost || measure == Duplicated) && r.sent > 0)
            return toneColor(Tone::Good, pal);
        break;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default: break;
    }
    return {};
}

QVariant LabModeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= int(m_modes.size()))
            return {};
        const Guarantee g = m_modes[std::size_t(section)].mode;
        switch (role) {
        case Qt::DisplayRole: return guaranteeTitle(g, QStringLiteral("\n")); // narrow columns: four fit beside the chart
        case Qt::ToolTipRole: return guaranteeMechanics(g);
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Measure(section)) {
        case Sent: return tr("Payments the producer sent.");
        case ExactlyOnce: return tr("Payments the ledger applied exactly once.");
        case Lost: return m_final ? tr("Payments sent and never applied.")
                                  : tr("Payments sent and not applied yet: in flight, or lost. Decided when the run ends.");
        case Late: return tr("Payments still on their way when the run ended (stored but not processed yet, or written by a transaction not yet readable): late, not lost. A longer drain applies them.");
        case Duplicated: return tr("Payments the ledger applied more than once.");
        case OutOfOrder: return tr("Payments applied after a later payment of the same account.");
        case Throughput: return tr("Payments applied per second of virtual time, first to last.");
        case P50:
        case P99: return tr("From the payment's creation to its application in the ledger.");
        case Count: break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Measure(section)) {
    case Sent: return tr("Sent");
    case ExactlyOnce: return tr("Exactly once");
    case Lost: return m_final ? tr("Lost") : tr("Not applied");
    case Late: return tr("Late");
    case Duplicated: return tr("Duplicated");
    case OutOfOrder: return tr("Out of order");
    case Throughput: return tr("Throughput");
    case P50: return tr("Latency p50");
    case P99: return tr("Latency p99");
    case Count: break;
    }
    return {};
}

} // namespace bb
