#pragma once
// PartitionLogView: the Partitions dock: every partition's log strip (see
// LogStripView), following the engine's snapshots, with a topic filter and
// a legend of what the colours mean. Clicking a strip reports the
// partition (the message browser follows it). GUI thread.

#include "engine/snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace bb {

class LogStripView;

class PartitionLogView : public QWidget {
    Q_OBJECT
public:
    explicit PartitionLogView(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    LogStripView *strips() const { return m_strips; }
    QComboBox *topicFilter() const { return m_topic; }

Q_SIGNALS:
    void partitionClicked(bb::TopicPartition tp);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void updateLegend();

    QComboBox *m_topic;
    QLabel *m_legend;
    LogStripView *m_strips;
    SnapshotPtr m_snapshot;
    bool m_hasGroups = false; // the legend explains the group markers
};

} // namespace bb
