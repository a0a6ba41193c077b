#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "partitions/partitionlogview.h"

#include "common/statuscolors.h"
#include "partitions/logstripview.h"

namespace bb {

PartitionLogView::PartitionLogView(QWidget *parent)
    : QWidget(parent)
    , m_topic(new QComboBox(this))
    , m_legend(new QLabel(this))
    , m_strips(new LogStripView(this))
{
    m_topic->setObjectName(QStringLiteral("topicFilter"));
    m_topic->setToolTip(tr("Show the partitions of one topic"));
    // Long topic names would make the dock (and the right column) as wide
    // as the longest; the list shows them whole.
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(14);
    m_topic->addItem(tr("All topics"));
    connect(m_topic, &QComboBox::currentIndexChanged, this, &PartitionLogView::refresh);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setToolTip(tr("Each bar is one replica's log, from its log start offset to its log end offset, to scale. "
                            "The dark part is committed (below the high watermark, the tick); the light part is "
                            "written but not yet on every in-sync replica."));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_strips);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Base);
    connect(m_strips, &LogStripView::partitionClicked, this, &PartitionLogView::partitionClicked);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_topic);
    top->addWidget(m_legend, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    updateLegend();
}

void PartitionLogView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (snapshot) {
        // Keep the topic list in step with the snapshot, keeping the choice.
        QStringList topics;
        for (const TopicSnapshot &t : snapshot->topics)
            topics << t.name;
        QStringList shown;
        for (int i = 1; i < m_topic->count(); ++i)
            shown << m_topic->itemText(i);
        if (topics != shown) {
            const QString current = m_topic->currentIndex() > 0 ? m_topic->currentText() : QString();
            const QSignalBlocker block(m_topic);
            while (m_topic->count() > 1)
                m_topic->removeItem(1);
            m_topic->addItems(topics);
            m_topic->setCurrentIndex(std::max(0, int(topics.indexOf(current)) + 1));
        }
        m_topic->setVisible(topics.size() > 1);
        if (m_hasGroups != !snapshot->groups.empty()) {
            m_hasGroups = !snapshot->groups.empty();
            updateLegend();
        }
    }
    refresh();
}

void PartitionLogView::refresh()
{
    std::vector<LogStrip> strips = m_snapshot ? logStripsFrom(*m_snapshot) : std::vector<LogStrip>();
    if (m_topic->currentIndex() > 0) {
        const QString topic = m_topic->currentText();
        std::erase_if(strips, [&](const LogStrip &s) { return s.topic != topic; });
    }
    m_strips->setStrips(std::move(strips));
}

void PartitionLogView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLegend();
}

void PartitionLogView::updateLegend()
{
    const QPalette &pal = palette();
    const QColor committed = toneColor(Tone::Info, pal);
    // Blend the light part onto the window colour: HTML has no alpha here.
    const QColor base = pal.color(QPalette::Window);
    const QColor light = QColor::fromRgbF(float(base.redF() * 0.65 + committed.redF() * 0.35),
                                          float(base.greenF() * 0.65 + committed.greenF() * 0.35),
                                          float(base.blueF() * 0.65 + committed.blueF() * 0.35));
    // A symbol stays with its first word; longer items may break inside, so
    // a long one (in German) does not set the dock's minimum width.
    auto item = [](const QColor &c, const QString &text) {
        QString label = text.toHtmlEscaped();
        if (label.count(QLatin1Char(' ')) <= 2)
            label.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2").arg(c.name(), label);
    };
    QStringList items{item(committed, tr("committed")), item(light, tr("not yet committed")),
                      item(toneColor(Tone::Warning, pal), tr("out of ISR")),
                      item(pal.color(QPalette::Text), tr("high watermark")).replace(QStringLiteral("&#9632;"), QStringLiteral("&#9475;"))};
    if (m_hasGroups)
        items << item(pal.color(QPalette::Text), tr("group's committed offset · lag")).replace(QStringLiteral("&#9632;"), QStringLiteral("&#9650;"));
    m_legend->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                          .arg(pal.color(QPalette::PlaceholderText).name(), items.join(QStringLiteral(" &nbsp; "))));
}

} // namespace bb
