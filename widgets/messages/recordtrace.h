#pragma once
// RecordTrace: the story of one record, beside the message browser: whether
// it is committed, which replicas hold it (from the latest snapshot, so it
// follows followers catching up), the batch and leader epoch it was written
// in, and who produced it (client, producer id, sequence). GUI thread.

#include "engine/browse.h"
#include "engine/snapshot.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace bb {

class RecordTrace : public QWidget {
    Q_OBJECT
public:
    explicit RecordTrace(QWidget *parent = nullptr);

    // nullopt: nothing selected.
    void setRecord(std::optional<BrowseRecord> record, const QString &partitionName, std::vector<BrowseReplica> replicas,
                   Offset hw, Epoch leaderEpoch);
    // The partition as it is now; the trace follows it.
    void setPartition(const PartitionSnapshot *partition);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString holders(const BrowseRecord &r) const;

    QLabel *m_label;
    std::optional<BrowseRecord> m_record;
    QString m_partition;
    std::vector<BrowseReplica> m_replicas;
    Offset m_hw{-1};
    Epoch m_epoch{0};
};

} // namespace bb
