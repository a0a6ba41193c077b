#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include "consume/consumepanel.h"

#include "common/format.h"
#include "common/statuscolors.h"
#include "models/consumedrecordmodel.h"
#include "models/consumerpartitionmodel.h"

namespace bb {

void ConsumePanel::setEngine(Engine *engine)
{
    m_engine = engine;
    updateEnabled();
}

void ConsumePanel::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    if (snapshot->run != m_run) {
        // The agent and its consumer went with the old cluster.
        if (m_run != 0 && m_running) {
            setRunning(false);
            showMessage(tr("A new run started: the consumer stopped."), false);
        }
        m_run = snapshot->run;
        // A refresh still on its way was meant for the old run: the engine
        // drops it without an answer.
        m_refreshing = false;
    }
    updateTopics(*snapshot);
    if (m_running) {
        const ConsumeSettings &s = m_status.settings;
        std::map<int, Offset> ends;
        for (const PartitionSnapshot &p : snapshot->partitions)
            if (p.topic == s.topic)
                ends[p.tp.partition.value] = s.isolation == Isolation::ReadCommitted ? p.lso : p.hw;
        m_partitions->setLiveEnds(std::move(ends));
    }
}

void ConsumePanel::updateTopics(const ClusterSnapshot &s)
{
    QStringList topics;
    for (const TopicSnapshot &t : s.topics)
        topics << t.name;
    QStringList shown;
    for (int i = 0; i < m_topic->count(); ++i)
        shown << m_topic->itemText(i);
    if (topics == shown)
        return;
    // The text may be a name typed by hand: keep it.
    const QString current = m_topic->currentText();
    const QSignalBlocker block(m_topic);
    m_topic->clear();
    m_topic->addItems(topics);
    if (current.isEmpty() && !topics.isEmpty())
        m_topic->setCurrentIndex(0);
    else
        m_topic->setCurrentText(current);
    updateEnabled();
}

ConsumeSettings ConsumePanel::settings() const
{
    ConsumeSettings s;
    s.topic = m_topic->currentText().trimmed();
    s.groupId = m_group->text().trimmed();
    s.reset = OffsetReset(m_reset->currentData().toInt());
    s.commit = CommitMode(m_commitMode->currentData().toInt());
    s.delivery = DeliveryMode(m_delivery->currentData().toInt());
    s.isolation = Isolation(m_isolation->currentData().toInt());
    return s;
}

void ConsumePanel::updateEnabled()
{
    const bool pull = DeliveryMode(m_delivery->currentData().toInt()) == DeliveryMode::Pull;
    const bool manual = CommitMode(m_commitMode->currentData().toInt()) == CommitMode::Manual;
    const bool group = !m_group->text().trimmed().isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_topic, m_group, m_reset, m_commitMode, m_delivery, m_isolation})
        w->setEnabled(!m_running);
    // Without a group there is nothing to commit to.
    m_commitMode->setEnabled(!m_running && group);
    m_start->setEnabled(m_engine != nullptr);
    m_maxRecords->setEnabled(m_running && pull);
    m_poll->setEnabled(m_running && pull);
    m_commit->setEnabled(m_running && manual && group);
}

void ConsumePanel::setRunning(bool running)
{
    m_running = running;
    m_start->setText(running ? tr("&Stop") : tr("&Start"));
    m_start->setToolTip(running ? tr("Leave the group and stop consuming") : tr("Start a consumer with these settings"));
    if (running) {
        m_refresh->start();
    } else {
        m_refresh->stop();
        m_status = ConsumeStatus{};
        m_partitions->setPartitions({});
    }
    updateEnabled();
    showState();
}

void ConsumePanel::showMessage(const QString &text, bool error)
{
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, toneColor(error ? Tone::Bad : Tone::Muted, palette()));
    m_message->setPalette(pal);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConsumePanel::start()
{
    if (!m_engine)
        return;
    const ConsumeSettings s = settings();
    if (s.topic.isEmpty()) {
        showMessage(tr("Pick a topic to consume from."), true);
        return;
    }
    const std::uint64_t session = ++m_session;
    m_records->clear();
    m_skipped = 0;
    showMessage({}, false);
    setRunning(true);
    m_engine->startConsumer(session, s, {this, [this, session](const Error &err) {
                                if (err && session == m_session) {
                                    setRunning(false);
                                    showMessage(err.message, true);
                                }
                            }});
}

void ConsumePanel::stop()
{
    if (!m_running || !m_engine)
        return;
    // The last records come with the answer; the final commit's (auto
    // mode) a moment later.
    m_engine->stopConsumer(reportTo());
    setRunning(false);
    QTimer::singleShot(5 * kRefreshMs, this, [this] {
        if (!m_running && m_engine)
            m_engine->consumerReport(reportTo());
    });
}

void ConsumePanel::poll()
{
    if (!m_running || !m_engine)
        return;
    m_engine->pollConsumer(m_maxRecords->value(), reportTo());
}

void ConsumePanel::commit()
{
    if (!m_running || !m_engine)
        return;
    m_engine->commitConsumer({this, [this](const Error &err) {
                                  if (err)
                                      showMessage(err.message, true);
                              }});
    showMessage({}, false);
}

void ConsumePanel::refresh()
{
    // A busy engine answers late: one refresh at a time, none piling up.
    if (m_refreshing || !m_engine)
        return;
    m_refreshing = true;
    m_engine->consumerReport(reportTo(true));
}

CommandReply<ConsumeReport> ConsumePanel::reportTo(bool isRefresh)
{
    return {this, [this, isRefresh](const ConsumeReport &report) {
                if (isRefresh)
                    m_refreshing = false;
                apply(report);
            }};
}

void ConsumePanel::apply(const ConsumeReport &report)
{
    if (report.session != m_session)
        return; // another run's agent, or an answer from before a restart
    m_skipped += report.skipped;
    m_records->add(report.records);
    if (m_running) {
        m_status = report.status;
        m_partitions->setPartitions(report.status.partitions);
    } else {
        // Stopped: keep the last commit's answer, the assignment is gone.
        m_status.lastCommit = report.status.lastCommit;
        m_status.lastCommitFailed = report.status.lastCommitFailed;
        m_status.consumed = report.status.consumed;
    }
    showState();
    Q_EMIT reported();
}

void ConsumePanel::showState()
{
    const ConsumeStatus &s = m_status;
    QString line;
    switch (s.state) {
    case ConsumeStatus::State::Stopped:
        line = m_running ? tr("Starting…") : tr("Stopped. Start a consumer to read the topic.");
        break;
    case ConsumeStatus::State::Joining:
        line = tr("Joining group %1…").arg(s.settings.groupId);
        break;
    case ConsumeStatus::State::Stable:
        line = tr("Member %1 of group %2 · generation %3%4")
                   .arg(s.memberId, s.settings.groupId)
                   .arg(s.generation)
                   .arg(s.groupLeader ? tr(" · leader") : QString());
        break;
    case ConsumeStatus::State::Standalone:
        line = tr("No group: reads every partition of %1 on its own").arg(s.settings.topic);
        break;
    }
    QStringList facts;
    if (s.consumed > 0 || s.state != ConsumeStatus::State::Stopped)
        facts << tr("consumed %1").arg(formatCount(s.consumed));
    if (m_skipped > 0)
        facts << tr("%1 not shown (more than %2 between refreshes)").arg(formatCount(m_skipped), formatCount(kConsumeRing));
    if (!s.lastCommit.isEmpty())
        facts << s.lastCommit;
    if (!facts.isEmpty())
        line += QLatin1Char('\n') + facts.join(QStringLiteral(" · "));
    m_state->setText(line);
}

} // namespace bb
