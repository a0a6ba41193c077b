#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "common/richtextpane.h"
#include "messages/recordtrace.h"

#include "common/format.h"
#include "common/statuscolors.h"
#include "messages/recordtext.h"

#include <algorithm>

namespace bb {

namespace {

constexpr int kValueChars = 4000; // a value longer than this is cut, as text
constexpr int kValueHexBytes = 1024;

} // namespace

RecordTrace::RecordTrace(QWidget *parent)
    : QWidget(parent)
    , m_valueFormat(new QComboBox(this))
    , m_valueLabel(new QLabel(this))
    , m_label(makeRichTextPane(this))
{
    m_label->setObjectName(QStringLiteral("traceText"));
    m_valueFormat->setObjectName(QStringLiteral("valueFormat"));
    for (int i = 0; i < 3; ++i)
        m_valueFormat->addItem(QString());
    connect(m_valueFormat, &QComboBox::currentIndexChanged, this, [this] { render(); });
    auto *row = new QHBoxLayout;
    row->setContentsMargins(8, 4, 8, 0);
    row->addWidget(m_valueLabel);
    row->addWidget(m_valueFormat);
    row->addStretch();
    m_valueLabel->setBuddy(m_valueFormat);
    static_cast<QVBoxLayout *>(layout())->insertLayout(0, row);
    retranslate();
}

void RecordTrace::setValueFormat(ValueFormat format) { m_valueFormat->setCurrentIndex(int(format)); }

void RecordTrace::retranslate()
{
    m_valueLabel->setText(tr("&Value as"));
    m_valueFormat->setItemText(int(ValueFormat::Text), tr("Text"));
    m_valueFormat->setItemText(int(ValueFormat::Json), tr("JSON"));
    m_valueFormat->setItemText(int(ValueFormat::Hex), tr("Hex"));
    render();
}

// The colours are written into the HTML: a new theme needs it written again.
void RecordTrace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RecordTrace::setGroups(const std::vector<GroupSnapshot> &groups)
{
    // Every snapshot, on the GUI thread: compared by id, no name formatted.
    std::vector<GroupPosition> now;
    if (m_record && m_tp)
        for (const GroupSnapshot &g : groups)
            if (const GroupPartitionSnapshot *p = g.partition(*m_tp))
                now.push_back({g.groupId, p->committed});
    std::sort(now.begin(), now.end(), [](const GroupPosition &a, const GroupPosition &b) { return a.group < b.group; });
    if (now == m_groups)
        return;
    m_groups = std::move(now);
    render();
}

// A group has consumed a record once its committed offset (the next offset
// it reads) is past it; until then a crash would have it read the record again.
QString RecordTrace::consumers(const BrowseRecord &r) const
{
    if (m_groups.empty())
        return tr("no consumer group reads this partition").toHtmlEscaped();
    const QPalette &pal = palette();
    QStringList lines;
    for (const GroupPosition &g : m_groups) {
        QString state;
        Tone tone = Tone::Good;
        if (g.committed.value < 0) {
            state = tr("nothing committed yet");
            tone = Tone::Muted;
        } else if (r.offset < g.committed) {
            state = tr("consumed and committed (the group is at offset %1)").arg(formatCount(g.committed.value));
        } else {
            state = tr("not yet (the group is at offset %1)").arg(formatCount(g.committed.value));
            tone = Tone::Warning;
        }
        lines << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2: %3")
                     .arg(toneColor(tone, pal).name(), g.group.toHtmlEscaped(), state.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QString RecordTrace::valueHtml(const BrowseRecord &r) const
{
    if (r.value.isNull())
        return tr("none (a tombstone)").toHtmlEscaped();
    const QString size = formatBytes(r.value.size());
    // Wrapped, never wider than the pane: the pane does not scroll sideways.
    auto pre = [](const QString &text) {
        return QStringLiteral("<div style=\"font-family:monospace; white-space:pre-wrap\">%1</div>").arg(text.toHtmlEscaped());
    };
    switch (ValueFormat(m_valueFormat->currentIndex())) {
    case ValueFormat::Hex:
        return size.toHtmlEscaped() + pre(recordHexDump(r.value, kValueHexBytes));
    case ValueFormat::Json: {
        const QString json = recordJsonText(recordPayload(r.value, r.generatorSequence));
        if (!json.isNull())
            return size.toHtmlEscaped() + pre(json.left(kValueChars));
        return tr("%1, not JSON; as text:").arg(size).toHtmlEscaped() + QStringLiteral("<br>")
            + recordValueText(r.value, r.generatorSequence, kValueChars).toHtmlEscaped();
    }
    case ValueFormat::Text:
        break;
    }
    return size.toHtmlEscaped() + QStringLiteral("<br>") + recordValueText(r.value, r.generatorSequence, kValueChars).toHtmlEscaped();
}

QString RecordTrace::text() const
{
    return m_label->text();
}

void RecordTrace::setRecord(std::optional<BrowseRecord> record, const QString &partitionName,
                            std::vector<BrowseReplica> replicas, Offset hw, Epoch leaderEpoch)
{
    m_record = std::move(record);
    if (partitionName != m_partition)
        m_tp.reset(); // known again from the next setPartition()
    m_partition = partitionName;
    m_replicas = std::move(replicas);
    m_hw = hw;
    m_epoch = leaderEpoch;
    render();
}

void RecordTrace::setPartition(const PartitionSnapshot *p)
{
    if (!p || !m_record || p->name() != m_partition)
        return;
    m_tp = p->tp;
    std::vector<BrowseReplica> now;
    for (const ReplicaSnapshot &r : p->replicaStates)
        now.push_back({r.node, r.up, r.isLeader, r.inIsr, r.logStart, r.hw, r.leo});
    const bool changed = p->hw != m_hw || p->leaderEpoch != m_epoch
        || !std::equal(now.begin(), now.end(), m_replicas.begin(), m_replicas.end(), [](const BrowseReplica &a, const BrowseReplica &b) {
               return a.node == b.node && a.up == b.up && a.leader == b.leader && a.logStart == b.logStart && a.leo == b.leo;
           });
    if (!changed)
        return;
    m_replicas = std::move(now);
    m_hw = p->hw;
    m_epoch = p->leaderEpoch;
    render();
}

QString RecordTrace::holders(const BrowseRecord &r) const
{
    const QPalette &pal = palette();
    QStringList lines;
    for (const BrowseReplica &rep : m_replicas) {
        const QString node = rep.leader ? tr("node %1 (leader)").arg(rep.node.value) : tr("node %1").arg(rep.node.value);
        QString state;
        Tone tone = Tone::Good;
        if (!rep.up || rep.leo.value < 0) {
            state = tr("down: unknown until it restarts");
            tone = Tone::Muted;
        } else if (r.offset < rep.logStart) {
            state = tr("deleted by retention (its log starts at %1)").arg(formatCount(rep.logStart.value));
            tone = Tone::Muted;
        } else if (r.offset >= rep.leo) {
            state = tr("not yet (its log ends at %1)").arg(formatCount(rep.leo.value));
            tone = Tone::Warning;
        } else {
            state = tr("holds it");
        }
        lines << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2: %3")
                     .arg(toneColor(tone, pal).name(), node.toHtmlEscaped(), state.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

void RecordTrace::render()
{
    const QPalette &pal = palette();
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    m_valueLabel->setVisible(m_record.has_value());
    m_valueFormat->setVisible(m_record.has_value());
    if (!m_record) {
        m_label->setText(QStringLiteral("<p style=\"color:%1\">%2</p>")
                             .arg(muted, tr("Select a record to see its trace: whether it is committed, which replicas "
                                            "hold it, who wrote it and which groups consumed it.").toHtmlEscaped()));
        return;
    }
    const BrowseRecord &r = *m_record;
    auto row = [&](const QString &label, const QString &html) {
        return QStringLiteral("<tr><td style=\"color:%1; padding-right:10px\" valign=\"top\">%2</td><td>%3</td></tr>")
            .arg(muted, label.toHtmlEscaped(), html);
    };
    QString committed;
    if (r.offset < m_hw)
        committed = QStringLiteral("<span style=\"color:%1\">%2</span>")
                        .arg(toneColor(Tone::Good, pal).name(), tr("yes: below the high watermark (%1)").arg(formatCount(m_hw.value)).toHtmlEscaped());
    else
        committed = QStringLiteral("<span style=\"color:%1\">%2</span>")
                        .arg(toneColor(Tone::Warning, pal).name(),
                             tr("not yet: the high watermark is %1; consumers cannot read it").arg(formatCount(m_hw.value)).toHtmlEscaped());
    QString epoch = tr("leader epoch %1").arg(r.leaderEpoch.value);
    if (r.leaderEpoch != m_epoch)
        epoch += tr(" (the partition is in epoch %1 now)").arg(m_epoch.value);
    const QString batch = tr("offsets %1 to %2, %3")
                              .arg(formatCount(r.batchBase.value), formatCount(r.batchLast.value), formatRecordCount(r.batchRecords));
    QString producer = r.producer.isEmpty() ? tr("unknown (no load generator tag in the value)")
                                            : tr("%1, record #%2 of its load").arg(r.producer).arg(formatCount(r.generatorSequence));
    QString id = r.producerId == kNoProducer
        ? tr("none: not an idempotent producer")
        : tr("%1, epoch %2, sequence %3").arg(r.producerId.value).arg(r.producerEpoch).arg(r.sequence);
    if (r.transactional)
        id += tr(" · transactional");
    QString html = QStringLiteral("<p style=\"margin-bottom:6px\"><b>%1</b></p><table cellspacing=\"2\">")
                       .arg(tr("%1 · offset %2").arg(m_partition, formatCount(r.offset.value)).toHtmlEscaped());
    html += row(tr("Committed"), committed);
    html += row(tr("Replicas"), holders(r));
    html += row(tr("Written in"), epoch.toHtmlEscaped());
    html += row(tr("Batch"), batch.toHtmlEscaped());
    html += row(tr("Produced by"), producer.toHtmlEscaped());
    html += row(tr("Producer id"), id.toHtmlEscaped());
    html += row(tr("Timestamp"), formatVirtualTime(r.timestamp).toHtmlEscaped());
    html += row(tr("Key"), r.key.isNull() ? tr("null").toHtmlEscaped() : recordBytesText(r.key, 200).toHtmlEscaped());
    html += row(tr("Consumed by"), consumers(r));
    html += row(tr("Value"), valueHtml(r));
    if (r.headers.empty())
        html += row(tr("Headers"), tr("none").toHtmlEscaped());
    for (const BrowseHeader &h : r.headers)
        html += row(tr("Header %1").arg(h.key), recordBytesText(h.value, 200).toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_label->setText(html);
}

} // namespace bb
