#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "views/clusterview.h"

#include "common/cardflowlayout.h"
#include "common/columnfitter.h"
#include "common/verticalscrollarea.h"
#include "engine/engine.h"
#include "views/nodecard.h"
#include "models/partitiontablemodel.h"

namespace bb {
namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

} // namespace

ClusterView::ClusterView(QWidget *parent)
    : QWidget(parent)
    , m_cardStrip(new QWidget)
    , m_cardLayout(new CardFlowLayout(m_cardStrip))
    , m_cardScroll(new VerticalScrollArea(this))
    , m_nodeSummary(new QLabel(this))
    , m_partitionSummary(new QLabel(this))
    , m_partitions(new PartitionTableModel(this))
    , m_table(new QTableView(this))
{
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);
    // The cards wrap onto more rows when the page is narrow; rows beyond
    // what fitCardArea shows scroll, so the partitions keep their room.
    m_cardScroll->setContent(m_cardStrip);
    m_cardScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_cardScroll->viewport()->installEventFilter(this);
    m_nodeSummary->setForegroundRole(QPalette::PlaceholderText);
    m_partitionSummary->setForegroundRole(QPalette::PlaceholderText);

    setObjectName(QStringLiteral("clusterView"));
    m_cardScroll->setObjectName(QStringLiteral("nodeCards"));
    m_table->setObjectName(QStringLiteral("partitionTable"));
    m_partitionSummary->setObjectName(QStringLiteral("partitionSummary"));
    m_table->setModel(m_partitions);
    m_table->setAlternatingRowColors(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    new ColumnFitter(m_table);

    auto *nodesHeader = new QHBoxLayout;
    nodesHeader->addWidget(sectionTitle(tr("Nodes"), this));
    nodesHeader->addSpacing(8);
    nodesHeader->addWidget(m_nodeSummary);
    nodesHeader->addStretch(1);
    auto *partitionsHeader = new QHBoxLayout;
    partitionsHeader->addWidget(sectionTitle(tr("Partitions"), this));
    partitionsHeader->addSpacing(8);
    partitionsHeader->addWidget(m_partitionSummary);
    partitionsHeader->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addLayout(nodesHeader);
    layout->addWidget(m_cardScroll);
    layout->addSpacing(6);
    layout->addLayout(partitionsHeader);
    layout->addWidget(m_table, 1);
}

bool ClusterView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cardScroll->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ClusterView::fitCardArea); // not while the layout is busy
    return QWidget::eventFilter(watched, event);
}

void ClusterView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The window's height (and with it the rows shown) may have changed.
    QTimer::singleShot(0, this, &ClusterView::fitCardArea);
}

// As tall as the rows of cards at this width, up to kCardShare percent of
// the window's height.
void ClusterView::fitCardArea()
{
    int cardHeight = 0;
    for (auto &[id, card] : m_cards) {
        card->ensurePolished(); // new cards are shown (and polished) only later
        cardHeight = std::max(cardHeight, card->sizeHint().height());
    }
    const int cards = int(m_cards.size());
    auto rowsAt = [this, cards](int width) {
        const int columns = m_cardLayout->columnsFor(width);
        return (cards + columns - 1) / columns;
    };
    // At most about a third of the window's height, so the partitions and
    // the docks below keep theirs on a small screen; at least one row.
    const int spacing = m_cardLayout->spacing();
    const int fit = std::max(cardHeight > 0 ? (window()->height() * kCardShare / 100 + spacing) / (cardHeight + spacing) : 1, 1);
    int rows = rowsAt(m_cardScroll->width());
    if (rows > fit) // the scroll bar shows, and takes its width from the cards
        rows = rowsAt(m_cardScroll->width() - m_cardScroll->verticalScrollBar()->sizeHint().width());
    const int shown = std::min(rows, fit);
    const int height = shown * cardHeight + std::max(shown - 1, 0) * spacing;
    if (m_cardScroll->maximumHeight() != height) {
        m_cardScroll->setFixedHeight(height);
        Q_EMIT preferredHeightChanged();
    }
}

void ClusterView::setEngine(Engine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine) {
        connect(engine, &Engine::snapshotReady, this, &ClusterView::setSnapshot);
        setSnapshot(engine->latest());
    }
}

NodeCard *ClusterView::card(NodeId id) const
{
    auto it = m_cards.find(id);
    return it == m_cards.end() ? nullptr : it->second;
}

int ClusterView::preferredHeight(int partitions) const
{
    const int rows = std::clamp(partitions, 4, 12);
    const int rowHeight = m_partitions->rowCount() > 0 ? m_table->rowHeight(0) : m_table->verticalHeader()->defaultSectionSize();
    const int header = std::max(m_table->horizontalHeader()->height(), m_table->horizontalHeader()->sizeHint().height());
    const int table = header + rows * rowHeight + 2 * m_table->frameWidth() + 4;
    // From the layout's minimum (the cards' area has a fixed height), not
    // from the current heights: those may not be laid out yet.
    return layout()->minimumSize().height() - m_table->minimumSizeHint().height() + table;
}

void ClusterView::injectFault(FaultKind kind, NodeId id, const QString &description)
{
    if (m_engine)
        m_engine->apply(nodeFault(0, kind, id.value), description);
    Q_EMIT faultRequested(description);
}

void ClusterView::rebuildCards(const ClusterSnapshot &snapshot)
{
    for (auto &[id, card] : m_cards)
        delete card;
    m_cards.clear();
    while (QLayoutItem *item = m_cardLayout->takeAt(0))
        delete item;
    for (const auto &n : snapshot.nodes) {
        auto *card = new NodeCard(n.id, m_cardStrip);
        connect(card, &NodeCard::crashRequested, this, [this](NodeId id, CrashKind kind) {
            const bool power = kind == CrashKind::PowerLoss;
            injectFault(power ? FaultKind::PowerLoss : FaultKind::Crash, id,
                        power ? tr("power loss on node %1").arg(id.value) : tr("crash node %1").arg(id.value));
        });
        connect(card, &NodeCard::restartRequested, this, [this](NodeId id) {
            injectFault(FaultKind::Restart, id, tr("restart node %1").arg(id.value));
        });
        connect(card, &NodeCard::isolationRequested, this, [this](NodeId id, bool isolated) {
            injectFault(isolated ? FaultKind::Isolate : FaultKind::Heal, id,
                        isolated ? tr("isolate node %1").arg(id.value) : tr("reconnect node %1").arg(id.value));
        });
        m_cardLayout->addWidget(card);
        m_cards[n.id] = card;
        if (auto l = m_listeners.find(n.id); l != m_listeners.end())
            card->setListener(l->second);
    }
}

void ClusterView::setKafkaListeners(std::map<NodeId, QString> addresses)
{
    m_listeners = std::move(addresses);
    for (auto &[id, card] : m_cards) {
        auto l = m_listeners.find(id);
        card->setListener(l == m_listeners.end() ? QString() : l->second);
    }
}

void ClusterView::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    bool sameNodes = snapshot->nodes.size() == m_cards.size();
    for (const auto &n : snapshot->nodes)
        sameNodes = sameNodes && m_cards.count(n.id);
    if (!sameNodes)
        rebuildCards(*snapshot);
    int up = 0;
    for (const auto &n : snapshot->nodes) {
        m_cards[n.id]->setNode(n, int(snapshot->partitions.size()));
        up += n.state == NodeState::Up ? 1 : 0;
    }
    if (!sameNodes)
        Q_EMIT preferredHeightChanged();
    fitCardArea();
    m_nodeSummary->setText(tr("%1 of %2 up").arg(up).arg(snapshot->nodes.size()));
    // A column of dashes says nothing: the lag shows once a group reads.
    if (m_table->isColumnHidden(PartitionTableModel::Lag) != snapshot->groups.empty())
        m_table->setColumnHidden(PartitionTableModel::Lag, snapshot->groups.empty());

    m_partitions->setSnapshot(snapshot);
    int under = 0, offline = 0, starting = 0, lost = 0;
    for (const auto &p : snapshot->partitions) {
        lost += p.dataLost() ? 1 : 0;
        starting += p.starting() ? 1 : 0;
        offline += p.offline && !p.starting() ? 1 : 0;
        under += !p.offline && p.underReplicated ? 1 : 0;
    }
    const QString topics = snapshot->topics.size() == 1 ? tr("1 topic") : tr("%1 topics").arg(snapshot->topics.size());
    const QString partitions = snapshot->partitions.size() == 1 ? tr("1 partition") : tr("%1 partitions").arg(snapshot->partitions.size());
    if (starting > 0)
        m_partitionSummary->setText(tr("%1 in %2 · %3 starting, electing their first leaders").arg(partitions, topics).arg(starting));
    else
        m_partitionSummary->setText(tr("%1 in %2 · %3 under-replicated · %4 offline").arg(partitions, topics).arg(under).arg(offline));
    // Said only when it happened: it is rare and it is for good.
    if (starting == 0 && lost > 0)
        m_partitionSummary->setText(m_partitionSummary->text() + tr(" · %1 lost data on damaged storage").arg(lost));
}

} // namespace bb
