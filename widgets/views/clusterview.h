#pragma once
// ClusterView: the running cluster on one page: a card per broker node (with
// its fault buttons) above the table of partitions. With an Engine set, it
// follows the engine's snapshots and turns the cards' buttons into engine
// commands; without one, setSnapshot() feeds it. GUI thread.

#include "engine/snapshot.h"
#include "sim/faultplan.h"

#include <QWidget>

#include <map>

class QLabel;
class QTableView;

namespace bb {

class CardFlowLayout;
class Engine;
class NodeCard;
class VerticalScrollArea;
class PartitionTableModel;

class ClusterView : public QWidget {
    Q_OBJECT
public:
    explicit ClusterView(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    void setSnapshot(const SnapshotPtr &snapshot);
    // The nodes' Kafka listener addresses ("host:port"), shown on their
    // cards; empty when the listeners are off.
    void setKafkaListeners(std::map<NodeId, QString> addresses);

    NodeCard *card(NodeId id) const;
    // The height that shows `partitions` table rows (between 4 and 12)
    // without scrolling.
    int preferredHeight(int partitions) const;
    PartitionTableModel *partitionModel() const { return m_partitions; }
    QTableView *partitionTable() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // A card asked for a fault; with an engine set it is already posted.
    void faultRequested(const QString &description);
    // The node cards changed height (or number): preferredHeight() moved.
    void preferredHeightChanged();

private:
    static constexpr int kCardShare = 36; // percent of the window's height

    void rebuildCards(const ClusterSnapshot &snapshot);
    void fitCardArea();
    // Applies `kind` to node `id` through the engine, named by `description`.
    void injectFault(FaultKind kind, NodeId id, const QString &description);

    Engine *m_engine = nullptr;
    std::map<NodeId, NodeCard *> m_cards;
    std::map<NodeId, QString> m_listeners;
    QWidget *m_cardStrip;
    CardFlowLayout *m_cardLayout;
    VerticalScrollArea *m_cardScroll;
    QLabel *m_nodeSummary;
    QLabel *m_partitionSummary;
    PartitionTableModel *m_partitions;
    QTableView *m_table;
};

} // namespace bb
