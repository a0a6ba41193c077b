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
}

PublishRecord PublishPanel::record() const
{
    PublishRecord r;
    r.topic = m_topic->currentText();
    r.partition = m_partition->currentData().isValid() ? m_partition->currentData().toInt() : -1;
    r.acks = Acks(m_acks->currentData().toInt());
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
    const std::uint64_t id = ++m_nextId;
    Engine::GuiPost toGui = m_engine->guiPoster(this);
    m_engine->post([id, record = record(), toGui, self = this](Cluster &cluster) {
        PublishAgent &agent = PublishAgent::in(cluster);
        // `self` is only touched on the GUI thread, and only while it lives.
        agent.setReporter([toGui, self](const SendResult &r) { toGui([self, r] { self->showResult(r); }); });
        agent.send(id, record);
    });
}

void PublishPanel::showResult(const SendResult &result)
{
    m_log->add(result);
    Q_EMIT answered();
}

void PublishPanel::startRepeat()
{
    if (!m_engine || m_topic->count() == 0) {
        m_repeat->setChecked(false);
        return;
    }
    m_engine->post([record = record(), rate = m_rate->value()](Cluster &cluster) { PublishAgent::in(cluster).startRepeat(record, rate); });
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
        m_engine->post([](Cluster &cluster) { PublishAgent::in(cluster).stopRepeat(); });
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
    Engine::GuiPost toGui = m_engine->guiPoster(this);
    m_engine->post([toGui, self = this](Cluster &cluster) {
        const RepeatStatus status = PublishAgent::in(cluster).repeatStatus();
        toGui([self, status] { self->showRepeat(status); });
    });
}

void PublishPanel::showRepeat(const RepeatStatus &s)
{
    if (!s.running && m_repeating)
        return; // an answer from before the start
    QString text = tr("Sent %1 · acknowledged %2 · failed %3")
                       .arg(formatCount(s.sent), formatCount(s.acked), formatCount(s.failed));
    if (s.sent + s.failed > 0)
        text += QLatin1Char('\n') + tr("Last: %1").arg(PublishLogModel::describe(s.last));
    m_repeatStatus->setForegroundRole(QPalette::WindowText);
    m_repeatStatus->setText(text);
}

} // namespace bb
