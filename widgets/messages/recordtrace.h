#pragma once
// RecordTrace: the story of one record, beside the message browser: whether
// it is committed, which replicas hold it (from the latest snapshot, so it
// follows followers catching up), the batch and leader epoch it was written
// in, who produced it (client, producer id, sequence), which consumer groups
// have committed past it, and its key, value and headers, the value as
// text, indented JSON or a hex dump. GUI thread.

#include "engine/browse.h"
#include "engine/snapshot.h"

#include <QWidget>

#include <optional>

class QComboBox;
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
    // The groups as they are now: where each stands on the record's partition.
    void setGroups(const std::vector<GroupSnapshot> &groups);
    QString text() const;

    enum class ValueFormat { Text, Json, Hex };
    void setValueFormat(ValueFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString holders(const BrowseRecord &r) const;
    QString consumers(const BrowseRecord &r) const;
    QString valueHtml(const BrowseRecord &r) const;
    void retranslate();

    struct GroupPosition {
        QString group;
        Offset committed{-1};
        bool operator==(const GroupPosition &) const = default;
    };

    QComboBox *m_valueFormat;
    QLabel *m_valueLabel;
    QLabel *m_label;
    std::vector<GroupPosition> m_groups; // groups reading the record's partition, by name
    std::optional<TopicPartition> m_tp;  // the record's partition, once a snapshot has named it
    std::optional<BrowseRecord> m_record;
    QString m_partition;
    std::vector<BrowseReplica> m_replicas;
    Offset m_hw{-1};
    Epoch m_epoch{0};
};

} // namespace bb
