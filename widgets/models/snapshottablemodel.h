#pragma once
// SnapshotTableModel: the base of the table models that show one list out of
// each ClusterSnapshot, diffed into narrow changes by RowSyncTableModel.
// Lives on the GUI thread.

#include "engine/snapshot.h"
#include "models/rowsynctablemodel.h"

namespace bb {

class SnapshotTableModel : public RowSyncTableModel {
public:
    using RowSyncTableModel::RowSyncTableModel;

    virtual void setSnapshot(const SnapshotPtr &snapshot) = 0;
};

} // namespace bb
