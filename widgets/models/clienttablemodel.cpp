#include <QApplication>
#include <QDateTime>
#include <QPalette>

#include "models/clienttablemodel.h"

#include "common/format.h"
#include "common/statuscolors.h"

namespace bb {
namespace {

bool rightAligned(int column)
{
    return column == ClientTableModel::Node || column == ClientTableModel::Requests || column == ClientTableModel::Errors
           || column == ClientTableModel::Bytes;
}

QString clockTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

ClientTableModel::ClientTableModel(QObject *parent)
    : RowSyncTableModel(parent)
{
}

void ClientTableModel::setStats(const kafka::ClientStatsList &stats)
{
    // Published in connection order, which syncRows keys on.
    syncRows(m_rows, stats ? *stats : std::vector<kafka::ClientStats>(),
             [](const kafka::ClientStats &c) { return c.connection; },
             [this](const kafka::ClientStats &c, int column, int role) { return cell(c, column, role); });
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

QVariant ClientTableModel::cell(const kafka::ClientStats &c, int column, int role) const
{
    const QString none = QStringLiteral("—");
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case ClientId: return c.clientId.isEmpty() ? none : c.clientId;
        case Address: return c.tls ? tr("%1 (TLS)").arg(c.address) : c.address;
        case Node: return c.node.value;
        case Principal: return c.principal.isEmpty() ? none : c.principal;
        case Connected: return clockTime(c.connectedAtMs);
        case Requests: return formatCount(c.requestCount());
        case Errors: return formatCount(c.errors);
        case Bytes: return tr("%1 / %2").arg(formatBytes(c.bytesIn), formatBytes(c.bytesOut));
        case State:
            if (c.open)
                return tr("open");
            return c.closeReason.isEmpty() ? tr("closed by the client") : tr("closed: %1").arg(c.closeReason);
        case Count: break;
        }
        break;
    case Qt::ForegroundRole: {
        const QPalette palette = QApplication::palette();
        if (column == Errors && c.errors > 0)
            return toneColor(Tone::Bad, palette);
        if (column == State)
            return toneColor(c.open ? Tone::Good : c.closeReason.isEmpty() ? Tone::Muted : Tone::Warning, palette);
        // A closed connection is history: its row steps back.
        if (!c.open)
            return toneColor(Tone::Muted, palette);
        break;
    }
    case Qt::ToolTipRole: return toolTip(c, column);
    case Qt::TextAlignmentRole: return int((rightAligned(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case kSortRole: return sortValue(c, column);
    default: break;
    }
    return {};
}

QVariant ClientTableModel::sortValue(const kafka::ClientStats &c, int column) const
{
    switch (Column(column)) {
    case ClientId: return c.clientId;
    case Address: return c.address;
    case Node: return c.node.value;
    case Principal: return c.principal;
    case Connected: return c.connectedAtMs;
    case Requests: return qint64(c.requestCount());
    case Errors: return qint64(c.errors);
    case Bytes: return qint64(c.bytesIn + c.bytesOut);
    case State: return c.open ? QString() : cell(c, column, Qt::DisplayRole).toString(); // open ones first
    case Count: break;
    }
    return {};
}

QString ClientTableModel::toolTip(const kafka::ClientStats &c, int column) const
{
    switch (Column(column)) {
    case ClientId:
        return c.clientId.isEmpty() ? tr("No client id yet: it comes with the client's requests.")
                                    : tr("The client id of its latest request: %1").arg(c.clientId);
    case Principal:
        return c.principal.isEmpty() ? tr("Not authenticated (the listeners ask for SASL only when given users).")
                                     : tr("Authenticated with SASL as %1").arg(c.principal);
    case Connected: {
        const QString since = QDateTime::fromMSecsSinceEpoch(c.connectedAtMs).toString(Qt::ISODate);
        if (c.open)
            return tr("Connected at %1, open for %2")
                .arg(since, formatDuration((QDateTime::currentMSecsSinceEpoch() - c.connectedAtMs) / 1000));
        return tr("Connected at %1, closed at %2 after %3")
            .arg(since, clockTime(c.closedAtMs), formatDuration((c.closedAtMs - c.connectedAtMs) / 1000));
    }
    case Requests: {
        if (c.requests.empty())
            return tr("No request answered yet.");
        QStringList lines;
        for (const kafka::ApiRequestCount &a : c.requests)
            lines << tr("%1: %2").arg(a.name, formatCount(a.count));
        return lines.join(QLatin1Char('\n'));
    }
    case Errors:
        return c.lastError.isEmpty() ? tr("Answers carrying an error code, and requests refused.")
                                     : tr("Latest: %1").arg(c.lastError);
    case Bytes: return tr("Received %1, sent %2").arg(formatBytes(c.bytesIn), formatBytes(c.bytesOut));
    case State: return cell(c, column, Qt::DisplayRole).toString();
    case Address:
    case Node:
    case Count: break;
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int((rightAligned(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Requests: return tr("Requests answered or refused; hover over a row for them per API.");
        case Errors: return tr("Answers carrying a Kafka error code, and requests refused (the connection then closes).");
        case Bytes: return tr("Bytes received from the client / sent to it.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ClientId: return tr("Client id");
    case Address: return tr("Address");
    case Node: return tr("Node");
    case Principal: return tr("Principal");
    case Connected: return tr("Connected");
    case Requests: return tr("Requests");
    case Errors: return tr("Errors");
    case Bytes: return tr("Bytes in / out");
    case State: return tr("State");
    case Count: break;
    }
    return {};
}

} // namespace bb
