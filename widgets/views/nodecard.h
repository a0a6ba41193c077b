#pragma once
// NodeCard: one broker node at a glance: its state, what it leads and
// stores, its flush policy, and the fault buttons (crash, power loss,
// restart, isolate/reconnect). The buttons only ask: the card emits a
// request and the owner turns it into an engine command. GUI thread; owned
// by ClusterView.

#include "engine/snapshot.h"
#include "storage/store.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace bb {

class NodeCard : public QFrame {
    Q_OBJECT
public:
    explicit NodeCard(NodeId id, QWidget *parent = nullptr);

    NodeId nodeId() const { return m_id; }
    void setNode(const NodeSnapshot &node, int totalPartitions);
    // "host:port" of the node's Kafka listener, or empty: shown with the
    // network state from the next setNode() on.
    void setListener(const QString &hostPort) { m_listener = hostPort; }

    QPushButton *crashButton() const { return m_crash; }
    QPushButton *powerLossButton() const { return m_powerLoss; }
    QPushButton *restartButton() const { return m_restart; }
    QPushButton *isolateButton() const { return m_isolate; }

Q_SIGNALS:
    void crashRequested(bb::NodeId node, bb::CrashKind kind);
    void restartRequested(bb::NodeId node);
    void isolationRequested(bb::NodeId node, bool isolated);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addRow(QGridLayout *grid, int row, const QString &key);
    void applyStateStyle();
    void fitButtons();

    NodeId m_id;
    NodeState m_state = NodeState::Up;
    bool m_isolated = false;
    bool m_connected = true; // no cut link
    QString m_listener;
    QFrame *m_accent;
    QLabel *m_title;
    QLabel *m_stateLabel;
    QLabel *m_leaders = nullptr;
    QLabel *m_stored = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_flush = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_network = nullptr;
    QPushButton *m_crash;
    QPushButton *m_powerLoss;
    QPushButton *m_restart;
    QPushButton *m_isolate;
};

} // namespace bb
