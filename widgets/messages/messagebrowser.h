#pragma once
// MessageBrowser: the Messages dock: one partition's records a page at a
// time, read from the leader's log through Engine::browse (asynchronous: the
// GUI never waits; a late answer to an older request is dropped). Filter by
// key or value text, page first/previous/next/latest, jump to an offset or a
// virtual time, or follow the log end. Selecting a record shows its trace.
// Snapshots keep the partition list, the committed state of the shown rows
// and the trace current. GUI thread.

#include "engine/engine.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace bb {

class MessageTableModel;
class RecordTrace;

class MessageBrowser : public QWidget {
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit MessageBrowser(QWidget *parent = nullptr);

    void setEngine(Engine *engine);
    void setSnapshot(const SnapshotPtr &snapshot);
    // Switches to `tp` and shows its latest records.
    void showPartition(TopicPartition tp);
    TopicPartition partition() const { return m_tp; }

    void firstPage();
    void previousPage();
    void nextPage();
    void latestPage();
    void goToOffset(std::int64_t offset);
    void goToTime(Micros time);
    void setFilter(const QString &text); // at once; typing waits for a pause
    bool isLoading() const { return m_loading; }

    MessageTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RecordTrace *trace() const { return m_trace; }
    QComboBox *partitionCombo() const { return m_partitions; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *goToMode() const { return m_goToMode; }
    QLineEdit *goToEdit() const { return m_goTo; }
    QCheckBox *followBox() const { return m_follow; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void pageShown(); // a requested page arrived (or failed) and is on screen

private:
    void createControls();
    void createShortcuts();
    void request(BrowseRequest r, bool latest);
    void onPage(std::uint64_t id, bool latest, BrowsePage page);
    void updatePartitions(const ClusterSnapshot &snapshot);
    void updateButtons();
    void updateStatus();
    void updateTrace();
    void goTo();
    void setError(const QString &message);
    const PartitionSnapshot *livePartition() const;
    Offset liveEnd() const; // the log end now, as far as the snapshots tell

    Engine *m_engine = nullptr;
    SnapshotPtr m_snapshot;
    std::uint64_t m_run = 0;
    TopicPartition m_tp{TopicId(-1), PartitionId(-1)};
    std::uint64_t m_requestId = 0;
    bool m_loading = false;
    bool m_atLatest = false;  // the page shown ends at the log end it saw
    Offset m_selected{-1};    // kept across pages
    bool m_restoring = false; // selecting a row for the user, not by the user
    QString m_error;

    MessageTableModel *m_model;
    QTableView *m_table;
    RecordTrace *m_trace;
    QComboBox *m_partitions = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QComboBox *m_goToMode = nullptr;
    QLineEdit *m_goTo = nullptr;
    QToolButton *m_first = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_latest = nullptr;
    QCheckBox *m_follow = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace bb
