#pragma once
// PublishPanel: the Publish dock. Compose a record (topic, partition or by
// key, key, value, headers, acks, idempotent or transactional producer) and
// send it once (Ctrl+Return) or repeat it at a rate; transactional records
// wait in an open transaction until Commit or Abort; the panel's own producers live in the engine (a
// PublishAgent in the cluster) and every answer, an offset or an error
// sentence, lands in the panel's log. Topics and partitions follow the
// snapshots; a new run stops a repeat. GUI thread.

#include "engine/publishtypes.h"
#include "engine/engine.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace bb {

class HeaderTableModel;
class PublishLogModel;

class PublishPanel : public QWidget {
    Q_OBJECT
public:
    explicit PublishPanel(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    void setSnapshot(const SnapshotPtr &snapshot);
    // The record the form describes.
    PublishRecord record() const;

    void send();
    // The open transaction (transactional mode); the outcome lands in the log.
    void commitTransaction();
    void abortTransaction();
    void startRepeat();
    void stopRepeat();
    bool isRepeating() const { return m_repeating; }

    QComboBox *topicCombo() const { return m_topic; }
    QComboBox *partitionCombo() const { return m_partition; }
    QComboBox *acksCombo() const { return m_acks; }
    QCheckBox *idempotentBox() const { return m_idempotent; }
    QCheckBox *transactionalBox() const { return m_transactional; }
    QPushButton *commitButton() const { return m_commit; }
    QPushButton *abortButton() const { return m_abort; }
    QLabel *transactionLabel() const { return m_txnStatus; }
    QLineEdit *keyEdit() const { return m_key; }
    QCheckBox *noKeyBox() const { return m_noKey; }
    QPlainTextEdit *valueEdit() const { return m_value; }
    QCheckBox *tombstoneBox() const { return m_tombstone; }
    HeaderTableModel *headerModel() const { return m_headers; }
    QPushButton *sendButton() const { return m_send; }
    QDoubleSpinBox *rateSpin() const { return m_rate; }
    QPushButton *repeatButton() const { return m_repeat; }
    QLabel *repeatLabel() const { return m_repeatStatus; }
    PublishLogModel *log() const { return m_log; }

Q_SIGNALS:
    void answered(); // a single send's answer is in the log
    void transactionEnded(); // its outcome is in the log

private:
    QWidget *createForm();
    QWidget *createLog();
    void updateTopics(const ClusterSnapshot &snapshot);
    void updatePartitions();
    void updateEnabled();
    void showResult(const SendResult &result);
    void showRepeat(const RepeatStatus &status);
    void pollRepeat();
    void endTransaction(bool commit);
    void refreshTransaction();
    void showTransaction(std::int64_t records);
    void showTransactionResult(const TransactionResult &result);
    // Answers and transaction outcomes come back to `self` on the GUI thread.
    // Where the publishing client answers: this panel's log, while it lives.
    PublishReplies replies();

    Engine *m_engine = nullptr;
    SnapshotPtr m_snapshot;
    std::uint64_t m_run = 0;
    bool m_repeating = false;

    QComboBox *m_topic = nullptr;
    QComboBox *m_partition = nullptr;
    QComboBox *m_acks = nullptr;
    QCheckBox *m_idempotent = nullptr;
    QCheckBox *m_transactional = nullptr;
    QPushButton *m_commit = nullptr;
    QPushButton *m_abort = nullptr;
    QLabel *m_txnStatus = nullptr;
    int m_plainAcks = 0; // the acks chosen before idempotence forced "all"
    std::int64_t m_txnRecords = -1; // in the open transaction; -1: none
    QLineEdit *m_key = nullptr;
    QCheckBox *m_noKey = nullptr;
    QPlainTextEdit *m_value = nullptr;
    QCheckBox *m_tombstone = nullptr;
    HeaderTableModel *m_headers;
    QTableView *m_headerView = nullptr;
    QPushButton *m_send = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QPushButton *m_repeat = nullptr;
    QLabel *m_repeatStatus = nullptr;
    PublishLogModel *m_log;
    QTimer *m_poll;
};

} // namespace bb
