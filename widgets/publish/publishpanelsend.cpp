#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

#include "publish/publishpanel.h"

#include "common/format.h"
#include "models/headertablemodel.h"
#include "models/publishlogmodel.h"

namespace bb {

void PublishPanel::setEngine(Engine *engine)
{
    m_engine = engine;
    updateEnabled();
}

void PublishPanel::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    if (snapshot->run != m_run) {
        // The agent and its repeat went with the old cluster.
        if (m_run != 0 && m_repeating) {
            m_log->addNote(tr("A new run started: the repeat stopped."), snapshot->time);
            m_repeating = false;
            m_poll->stop();
            m_repeat->setChecked(false);
            m_repeat->setText(tr("Start &Repeating"));
        }
        m_run = snapshot->run;
        m_txnRecords = -1; // the transaction went with the old cluster
    }
    updateTopics(*snapshot);
    updateEnabled();
}

void PublishPanel::updateTopics(const ClusterSnapshot &s)
{
    QStringList topics;
    for (const TopicSnapshot &t : s.topics)
        topics << t.name;
    QStringList shown;
    for (int i = 0; i < m_topic->count(); ++i)
        shown << m_topic->itemText(i);
    if (topics == shown) {
        updatePartitions();
        return;
    }
    const QString current = m_topic->currentText();
    const QSignalBlocker block(m_topic);
    m_topic->clear();
    m_topic->addItems(topics);
    m_topic->setCurrentIndex(std::max(0, int(topics.indexOf(current))));
    updatePartitions();
}

void PublishPanel::updatePartitions()
{
    int partitions = 0;
    if (m_snapshot)
        for (const TopicSnapshot &t : m_snapshot->topics)
            if (t.name == m_topic->currentText())
                partitions = t.partitions;
    if (m_partition->count() == partitions + 1)
        return;
    const int current = m_partition->currentData().isValid() ? m_partition->currentData().toInt() : -1;
    const QSignalBlocker block(m_partition);
    m_partition->clear();
    m_partition->addItem(tr("By key"), -1);
    for (int p = 0; p < partitions; ++p)
        m_partition->addItem(QString::number(p), p);
    m_partition->setCurrentIndex(std::max(0, m_partition->findData(current)));
}

void PublishPanel::updateEnabled()
{
    m_key->setEnabled(!m_noKey->isChecked());
    m_value->setEnabled(!m_tombstone->isChecked());
    const bool ready = m_engine && m_topic->count() > 0;
    m_send->setEnabled(ready);
    m_repeat->setEnabled(ready || m_repeating);
    // Transactional implies idempotent, idempotent implies acks=all.
    m_idempotent->setEnabled(!m_transactional->isChecked());
    m_acks->setEnabled(!m_idempotent->isChecked());
    m_acks->setToolTip(m_idempotent->isChecked()
                           ? tr("An idempotent producer always uses acks=all")
                           : tr("When the leader answers the producer: all (every in-sync replica), 1 (the leader alone) or 0 (never)"));
    const bool open = m_txnRecords >= 0;
    m_commit->setVisible(m_transactional->isChecked() || open);
    m_abort->setVisible(m_transactional->isChecked() || open);
    m_commit->setEnabled(open);
    m_abort->setEnabled(open);
    m_txnStatus->setVisible(m_transactional->isChecked() || open);
    m_txnStatus->setText(open ? tr("Open: %1").arg(formatRecordCount(m_txnRecords)) : tr("None open"));
    m_txnStatus->setToolTip(open ? tr("The open transaction holds %1; read_committed consumers see them once you commit.").arg(formatRecordCount(m_txnRecords))
                                 : tr("No transaction is open: the next send begins one."));
}

PublishRecord PublishPanel::record() const
{
    PublishRecord r;
    r.topic = m_topic->currentText();
    r.partition = m_partition->currentData().isValid() ? m_partition->currentData().toInt() : -1;
    r.acks = Acks(m_acks->currentData().toInt());
    r.mode = m_transactional->isChecked() ? PublishMode::Transactional
           : m_idempotent->isChecked()  ? PublishMode::Idempotent
                                         : PublishMode::Plain;
    // An empty key is still a key (""); "No key" sends none.
    r.key = m_noKey->isChecked() ? QByteArray() : m_key->text().toUtf8();
    if (!m_noKey->isChecked() && r.key.isNull())
        r.key = QByteArray("");
    r.value = m_tombstone->isChecked() ? QByteArray() : m_value->toPlainText().toUtf8();
    if (!m_tombstone->isChecked() && r.value.isNull())
        r.value = QByteArray("");
    r.headers = m_headers->headers();
    return r;
}

void PublishPanel::send()
{
    if (!m_engine || m_topic->count() == 0)
        return;
    m_engine->publish(record(), replies());
}

PublishReplies PublishPanel::replies()
{
    PublishReplies r;
    r.context = this;
    r.sent = [this](const SendResult &result) { showResult(result); };
    r.transactionEnded = [this](const TransactionResult &result) { showTransactionResult(result); };
    r.refused = [this](const Error &err, Micros at) { m_log->addError(err.message, at); };
    return r;
}

void PublishPanel::showResult(const SendResult &result)
{
    m_log->add(result);
    refreshTransaction();
    Q_EMIT answered();
}

void PublishPanel::commitTransaction()
{
    endTransaction(true);
}

void PublishPanel::abortTransaction()
{
    endTransaction(false);
}

void PublishPanel::endTransaction(bool commit)
{
    if (!m_engine)
        return;
    if (commit)
        m_engine->commitTransaction(replies());
    else
        m_engine->abortTransaction(replies());
}

void PublishPanel::showTransactionResult(const TransactionResult &result)
{
    m_log->addTransaction(result);
    showTransaction(-1);
    Q_EMIT transactionEnded();
}

// Asks the agent how many records the open transaction holds.
void PublishPanel::refreshTransaction()
{
    if (!m_engine || (!m_transactional->isChecked() && m_txnRecords < 0))
        return;
    m_engine->publishStatus({this, [this](const PublishStatus &status) { showTransaction(status.openTransactionRecords); }});
}

void PublishPanel::showTransaction(std::int64_t records)
{
    m_txnRecords = records;
    updateEnabled();
}

void PublishPanel::startRepeat()
{
    if (!m_engine || m_topic->count() == 0) {
        m_repeat->setChecked(false);
        return;
    }
    m_engine->startRepeat(record(), m_rate->value(), replies());
    m_repeating = true;
    m_repeat->setChecked(true);
    m_repeat->setText(tr("Stop &Repeating"));
    m_repeatStatus->setText(tr("Starting…"));
    m_poll->start();
    updateEnabled();
}

void PublishPanel::stopRepeat()
{
    if (m_engine)
        m_engine->stopRepeat();
    m_repeating = false;
    m_repeat->setChecked(false);
    m_repeat->setText(tr("Start &Repeating"));
    pollRepeat(); // the final counts
    m_poll->stop();
    updateEnabled();
}

void PublishPanel::pollRepeat()
{
    if (!m_engine)
        return;
    m_engine->publishStatus({this, [this](const PublishStatus &status) {
                                 showRepeat(status.repeat);
                                 showTransaction(status.openTransactionRecords);
                             }});
}

void PublishPanel::showRepeat(const RepeatStatus &s)
{
    if (!s.running && m_repeating)
        return; // an answer from before the start
    QString text = tr("Sent %1 · acknowledged %2 · failed %3")
                       .arg(formatCount(s.sent), formatCount(s.acked), formatCount(s.failed));
    if (s.committedTransactions > 0)
        text += tr(" · %1 transactions committed").arg(formatCount(s.committedTransactions));
    if (s.sent + s.failed > 0)
        text += QLatin1Char('\n') + tr("Last: %1").arg(PublishLogModel::describe(s.last));
    m_repeatStatus->setForegroundRole(QPalette::WindowText);
    m_repeatStatus->setText(text);
}

} // namespace bb
