#pragma once
// ConsumePanel: the Consume dock. Pick a topic, a group (or none: read every
// partition without a group), where to start without a committed offset,
// how offsets are committed, how records are delivered and which records
// are visible, then Start. Pull mode delivers on Poll, push mode as records
// arrive; manual commit mode commits on Commit. The consumer lives in the
// engine (a ConsumeAgent in the cluster, reached through the engine's
// consume commands); the panel asks it for what was
// delivered since the last ask, a batch at a time every kRefreshMs, and
// shows the newest records, the member's assignment with positions,
// committed offsets and lag, and its state. Stop leaves the group; a new
// run stops the consumer. GUI thread.

#include "engine/consumetypes.h"
#include "engine/engine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace bb {

class ConsumedRecordModel;
class ConsumerPartitionModel;

class ConsumePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 100;

    explicit ConsumePanel(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    void setSnapshot(const SnapshotPtr &snapshot);
    // The consumer the form describes.
    ConsumeSettings settings() const;

    void start();
    void stop();
    void poll();
    void commit();
    bool isRunning() const { return m_running; }
    const ConsumeStatus &status() const { return m_status; }

    QComboBox *topicCombo() const { return m_topic; }
    QLineEdit *groupEdit() const { return m_group; }
    QComboBox *resetCombo() const { return m_reset; }
    QComboBox *commitCombo() const { return m_commitMode; }
    QComboBox *deliveryCombo() const { return m_delivery; }
    QComboBox *isolationCombo() const { return m_isolation; }
    QPushButton *startButton() const { return m_start; }
    QSpinBox *maxRecordsSpin() const { return m_maxRecords; }
    QPushButton *pollButton() const { return m_poll; }
    QPushButton *commitButton() const { return m_commit; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *messageLabel() const { return m_message; }
    ConsumedRecordModel *records() const { return m_records; }
    ConsumerPartitionModel *partitions() const { return m_partitions; }

Q_SIGNALS:
    // A report from the engine was shown (records, assignment, state).
    void reported();

private:
    QWidget *createForm();
    QWidget *createRecords();
    void updateTopics(const ClusterSnapshot &snapshot);
    void updateEnabled();
    void setRunning(bool running);
    void showMessage(const QString &text, bool error);
    void refresh();
    // Where a report goes: apply(), while this panel lives.
    CommandReply<ConsumeReport> reportTo(bool isRefresh = false);
    void apply(const ConsumeReport &report);
    void showState();

    Engine *m_engine = nullptr;
    std::uint64_t m_run = 0;
    std::uint64_t m_session = 0;
    bool m_running = false;
    bool m_refreshing = false; // a refresh is on its way
    ConsumeStatus m_status;
    std::int64_t m_skipped = 0;

    QComboBox *m_topic = nullptr;
    QLineEdit *m_group = nullptr;
    QComboBox *m_reset = nullptr;
    QComboBox *m_commitMode = nullptr;
    QComboBox *m_delivery = nullptr;
    QComboBox *m_isolation = nullptr;
    QPushButton *m_start = nullptr;
    QSpinBox *m_maxRecords = nullptr;
    QPushButton *m_poll = nullptr;
    QPushButton *m_commit = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    ConsumedRecordModel *m_records;
    ConsumerPartitionModel *m_partitions;
    QTimer *m_refresh;
};

} // namespace bb
