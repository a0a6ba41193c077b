#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "views/nodecard.h"

#include "common/format.h"
#include "common/statuscolors.h"

#include <algorithm>

namespace bb {

namespace {

// "cut from controller, nodes 1, 2": short enough for the card.
QString cutText(const NodeSnapshot &n)
{
    QStringList parts;
    if (n.cutFromController)
        parts << NodeCard::tr("controller");
    if (n.cutFromNodes.size() == 1)
        parts << NodeCard::tr("node %1").arg(n.cutFromNodes.front().value);
    else if (!n.cutFromNodes.empty())
        parts << NodeCard::tr("nodes %1").arg(formatNodeList(n.cutFromNodes));
    return NodeCard::tr("cut from %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

NodeCard::NodeCard(NodeId id, QWidget *parent)
    : QFrame(parent)
    , m_id(id)
    , m_accent(new QFrame(this))
    , m_title(new QLabel(tr("Node %1").arg(id.value), this))
    , m_stateLabel(new QLabel(this))
    , m_crash(new QPushButton(tr("Crash"), this))
    , m_powerLoss(new QPushButton(tr("Power loss"), this))
    , m_restart(new QPushButton(tr("Restart"), this))
    , m_isolate(new QPushButton(tr("Isolate"), this))
{
    setObjectName(QStringLiteral("nodeCard%1").arg(id.value));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_accent->setFixedHeight(4);
    m_accent->setAutoFillBackground(true);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_stateLabel->setObjectName(QStringLiteral("state"));
    m_stateLabel->setAlignment(Qt::AlignCenter);
    // As wide as the longest state in this language, so the pill keeps its size.
    int widest = 0;
    for (NodeState state : {NodeState::Up, NodeState::Starting, NodeState::Fenced, NodeState::Isolated, NodeState::Crashed})
        widest = std::max(widest, m_stateLabel->fontMetrics().horizontalAdvance(nodeStateName(state)));
    m_stateLabel->setMinimumWidth(widest + 20);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_stateLabel);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    grid->setColumnStretch(1, 1);
    m_leaders = addRow(grid, 0, tr("Leads"));
    m_stored = addRow(grid, 1, tr("Stored"));
    m_pending = addRow(grid, 2, tr("Unflushed"));
    m_flush = addRow(grid, 3, tr("Flush"));
    m_rate = addRow(grid, 4, tr("Records in"));
    m_network = addRow(grid, 5, tr("Network"));

    m_crash->setObjectName(QStringLiteral("crashButton"));
    m_crash->setToolTip(tr("Kill the broker process. Writes it handed to the OS survive; the controller fences it after the session timeout."));
    m_powerLoss->setObjectName(QStringLiteral("powerLossButton"));
    m_powerLoss->setToolTip(tr("Cut the machine's power. Writes not yet flushed to disk are lost."));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Start the broker again: it recovers its logs from storage and catches up from the leaders."));
    m_isolate->setObjectName(QStringLiteral("isolateButton"));
    m_isolate->setToolTip(tr("Cut the node off the network (controller, other nodes and clients), or reconnect it."));
    for (QPushButton *b : {m_crash, m_powerLoss, m_restart, m_isolate})
        b->setAutoDefault(false);
    fitButtons();
    connect(m_crash, &QPushButton::clicked, this, [this] { Q_EMIT crashRequested(m_id, CrashKind::Process); });
    connect(m_powerLoss, &QPushButton::clicked, this, [this] { Q_EMIT crashRequested(m_id, CrashKind::PowerLoss); });
    connect(m_restart, &QPushButton::clicked, this, [this] { Q_EMIT restartRequested(m_id); });
    connect(m_isolate, &QPushButton::clicked, this, [this] { Q_EMIT isolationRequested(m_id, !m_isolated); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_crash);
    buttons->addWidget(m_powerLoss);
    buttons->addWidget(m_restart);
    buttons->addWidget(m_isolate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_accent);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(8, 8, 8, 10);
    body->setSpacing(8);
    body->addLayout(header);
    body->addLayout(grid);
    body->addStretch(1);
    body->addLayout(buttons);
    layout->addLayout(body);
    applyStateStyle();
}

// Styles pad text buttons to a standard width (80 px in Fusion); four of
// those make a card too wide for three to share a laptop screen. A button
// needs its text, its frame and a little air (one button margin in all),
// and Isolate the wider of its two words.
void NodeCard::fitButtons()
{
    const QStyle *st = style();
    const int frame = st->pixelMetric(QStyle::PM_ButtonMargin, nullptr, m_crash) + 2 * st->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_crash);
    const QFontMetrics fm = m_crash->fontMetrics();
    for (QPushButton *b : {m_crash, m_powerLoss, m_restart})
        b->setMinimumWidth(fm.horizontalAdvance(b->text()) + frame);
    m_isolate->setMinimumWidth(std::max(fm.horizontalAdvance(tr("Isolate")), fm.horizontalAdvance(tr("Reconnect"))) + frame);
}

QLabel *NodeCard::addRow(QGridLayout *grid, int row, const QString &key)
{
    auto *k = new QLabel(key, this);
    k->setForegroundRole(QPalette::PlaceholderText);
    auto *v = new QLabel(this);
    v->setTextFormat(Qt::PlainText);
    grid->addWidget(k, row, 0);
    grid->addWidget(v, row, 1);
    return v;
}

void NodeCard::setNode(const NodeSnapshot &n, int totalPartitions)
{
    const bool up = n.state != NodeState::Crashed;
    m_state = n.state;
    m_isolated = n.state == NodeState::Isolated;
    m_leaders->setText(tr("%1 of %2 partitions · hosts %3").arg(n.leaders).arg(totalPartitions).arg(n.partitions));
    m_stored->setText(up ? formatBytes(n.bytes) : tr("— (down)"));
    m_pending->setText(n.pendingWrites == 1 ? tr("1 write") : tr("%1 writes").arg(formatCount(n.pendingWrites)));
    m_flush->setText(tr("%1 · %2").arg(flushPolicyName(n.flush, n.flushInterval),
                                       n.storage == StorageKind::Sqlite ? tr("SQLite") : tr("memory")));
    m_rate->setText(up ? formatRate(n.recordsInRate) : tr("—"));
    m_connected = !m_isolated && !n.cutFromController && n.cutFromNodes.empty();
    const QString network = m_isolated ? tr("isolated") : m_connected ? tr("connected") : cutText(n);
    if (m_listener.isEmpty()) {
        m_network->setText(network);
        m_network->setToolTip(network);
    } else {
        const QString port = m_listener.mid(m_listener.lastIndexOf(QLatin1Char(':')) + 1);
        m_network->setText(tr("%1 · Kafka :%2").arg(network, port));
        m_network->setToolTip(tr("%1. Kafka clients connect to %2.").arg(network, m_listener));
    }

    m_crash->setEnabled(up);
    m_powerLoss->setEnabled(up);
    m_restart->setEnabled(!up);
    m_isolate->setEnabled(up);
    m_isolate->setText(m_isolated ? tr("Reconnect") : tr("Isolate"));
    m_stateLabel->setText(nodeStateName(n.state));
    applyStateStyle();
}

void NodeCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Palette changes also arrive while the constructor is still building the card.
    if (event->type() == QEvent::PaletteChange && m_network)
        applyStateStyle();
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) && m_network)
        fitButtons();
}

void NodeCard::applyStateStyle()
{
    const QPalette pal = palette();
    const Tone tone = nodeStateTone(m_state);
    const QColor text = toneColor(tone, pal);
    QPalette accent = m_accent->palette();
    accent.setColor(QPalette::Window, text);
    m_accent->setPalette(accent);
    const QString sheet = QStringLiteral("QLabel { color: %1; background: %2; border-radius: 9px; padding: 2px 10px; font-weight: 600; }")
                              .arg(text.name(), toneTint(tone, pal).name());
    // Setting a style sheet re-polishes the label even when nothing changed;
    // this runs on every snapshot.
    if (sheet != m_stateLabel->styleSheet())
        m_stateLabel->setStyleSheet(sheet);
    QPalette net = m_network->palette();
    net.setColor(QPalette::WindowText, m_connected ? pal.color(QPalette::WindowText) : toneColor(Tone::Warning, pal));
    m_network->setPalette(net);
}

} // namespace bb
