#pragma once
// ClientTableModel: one row per Kafka client connection of the listeners'
// latest statistics (kafka/clientstats.h): its client id, address, node,
// principal, when it connected, its requests (the tooltip has them per
// API), errors (the tooltip has the latest), bytes in and out, and whether
// it is open or why it closed. kSortRole gives each column a value to sort
// by (numbers as numbers). Owned by its view; GUI thread.

#include "kafka/clientstats.h"
#include "models/rowsynctablemodel.h"

namespace bb {

class ClientTableModel : public RowSyncTableModel {
    Q_OBJECT
public:
    enum Column { ClientId, Address, Node, Principal, Connected, Requests, Errors, Bytes, State, Count };
    static constexpr int kSortRole = Qt::UserRole;

    explicit ClientTableModel(QObject *parent = nullptr);

    // A null list: no listeners, no rows.
    void setStats(const kafka::ClientStatsList &stats);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cell(const kafka::ClientStats &c, int column, int role) const;
    QVariant sortValue(const kafka::ClientStats &c, int column) const;
    QString toolTip(const kafka::ClientStats &c, int column) const;

    std::vector<kafka::ClientStats> m_rows;
};

} // namespace bb
