#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QToolButton>

#include "messages/messagebrowser.h"

#include "common/format.h"
#include "common/statuscolors.h"
#include "messages/recordtrace.h"
#include "models/messagetablemodel.h"

namespace bb {

void MessageBrowser::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    const bool newRun = snapshot->run != m_run;
    m_run = snapshot->run;
    updatePartitions(*snapshot);
    if (m_tp.topic.value < 0)
        return;
    const PartitionSnapshot *p = livePartition();
    if (newRun) {
        // A new run (load or restart): what was read belongs to the old one.
        m_model->clear();
        m_selected = Offset(-1);
        updateTrace();
        latestPage();
    } else if (p) {
        m_model->setLogState(p->hw, p->leo);
        m_trace->setPartition(p);
        m_trace->setGroups(snapshot->groups);
        if (m_follow->isChecked() && !m_loading && p->leo != m_model->page().leo)
            latestPage();
    }
    updateButtons();
}

const PartitionSnapshot *MessageBrowser::livePartition() const
{
    if (!m_snapshot)
        return nullptr;
    for (const PartitionSnapshot &p : m_snapshot->partitions)
        if (p.tp == m_tp)
            return &p;
    return nullptr;
}

Offset MessageBrowser::liveEnd() const
{
    const PartitionSnapshot *p = livePartition();
    return std::max(m_model->page().leo, p ? p->leo : Offset(-1));
}

void MessageBrowser::updatePartitions(const ClusterSnapshot &s)
{
    bool same = m_partitions->count() == int(s.partitions.size());
    for (int i = 0; same && i < m_partitions->count(); ++i)
        same = m_partitions->itemData(i).toULongLong() == s.partitions[std::size_t(i)].tp.key()
            && m_partitions->itemText(i) == s.partitions[std::size_t(i)].name();
    if (same)
        return;
    const QSignalBlocker block(m_partitions);
    m_partitions->clear();
    bool kept = false;
    for (const PartitionSnapshot &p : s.partitions) {
        m_partitions->addItem(p.name(), QVariant::fromValue<quint64>(p.tp.key()));
        kept = kept || p.tp == m_tp;
    }
    if (!kept) {
        m_tp = s.partitions.empty() ? TopicPartition{TopicId(-1), PartitionId(-1)} : s.partitions.front().tp;
        m_model->clear();
        m_selected = Offset(-1);
        updateTrace();
        if (!s.partitions.empty())
            latestPage();
    }
    m_partitions->setCurrentIndex(std::max(0, m_partitions->findData(QVariant::fromValue<quint64>(m_tp.key()))));
}

void MessageBrowser::onPage(std::uint64_t id, bool latest, BrowsePage page)
{
    if (id != m_requestId) // an older request, overtaken
        return;
    m_loading = false;
    m_atLatest = latest && !page.error;
    m_error = page.error ? page.error.message : QString();
    const PartitionSnapshot *p = livePartition();
    m_model->setPage(std::move(page));
    if (p && p->leo.value >= 0)
        m_model->setLogState(p->hw, p->leo);
    if (const int row = m_model->rowOf(m_selected); row >= 0) {
        m_restoring = true;
        m_table->selectRow(row);
        m_restoring = false;
        m_table->scrollTo(m_model->index(row, 0));
    } else {
        if (m_selected.value >= 0) // gone from view: keep its trace, clear the selection
            m_table->clearSelection();
        if (m_atLatest && m_model->rowCount() > 0)
            m_table->scrollToBottom();
    }
    updateTrace();
    updateButtons();
    updateStatus();
    Q_EMIT pageShown();
}

void MessageBrowser::updateButtons()
{
    const BrowsePage &page = m_model->page();
    const bool have = !page.error && page.leo.value >= 0 && m_tp.topic.value >= 0;
    m_first->setEnabled(have && page.scannedFrom > page.logStart);
    m_previous->setEnabled(have && page.scannedFrom > page.logStart);
    m_next->setEnabled(have && page.scannedTo < liveEnd());
    m_latest->setEnabled(m_tp.topic.value >= 0);
}

void MessageBrowser::setError(const QString &message)
{
    m_error = message;
    updateStatus();
}

void MessageBrowser::updateStatus()
{
    const QPalette &pal = palette();
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, pal.color(QPalette::WindowText));
    QString text;
    const BrowsePage &page = m_model->page();
    if (m_loading) {
        text = tr("Reading…");
    } else if (!m_error.isEmpty()) {
        text = m_error;
        p.setColor(QPalette::WindowText, toneColor(Tone::Bad, pal));
    } else if (page.leo.value >= 0) {
        const QString range = page.scannedTo > page.scannedFrom
            ? tr("offsets %1–%2").arg(formatCount(page.scannedFrom.value), formatCount(page.scannedTo.value - 1))
            : tr("no offsets");
        // The log as it is now, not as it was when the page was read.
        const PartitionSnapshot *live = livePartition();
        const Offset start = live && live->logStart.value >= 0 ? live->logStart : page.logStart;
        const QString log = tr("log %1–%2").arg(formatCount(start.value), formatCount(liveEnd().value));
        if (page.request.filter.isEmpty())
            text = tr("%1 · %2 of %3").arg(page.partitionName, range, log);
        else
            text = tr("%1 · %2 matching in %3 of %4")
                       .arg(page.partitionName, formatRecordCount(std::int64_t(page.records.size())), range, log);
        if (page.limited)
            text += tr(" · searched %1 without filling the page: Next searches on")
                        .arg(formatRecordCount(BrowsePage::kMaxScanned));
    } else if (m_tp.topic.value < 0) {
        text = tr("No partitions yet");
    }
    m_status->setPalette(p);
    m_status->setText(text);
    m_status->setToolTip(text);
}

void MessageBrowser::updateTrace()
{
    const BrowsePage &page = m_model->page();
    const int row = m_model->rowOf(m_selected);
    if (const BrowseRecord *r = m_model->recordAt(row))
        m_trace->setRecord(*r, page.partitionName, page.replicas, page.hw, page.leaderEpoch);
    else if (m_selected.value < 0)
        m_trace->setRecord(std::nullopt, {}, {}, Offset(-1), Epoch(0));
    m_trace->setPartition(livePartition());
    if (m_snapshot)
        m_trace->setGroups(m_snapshot->groups);
}

} // namespace bb
