#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <tuple>

#include "consume/consumepanel.h"

#include "common/columnfitter.h"
#include "models/consumedrecordmodel.h"
#include "models/consumerpartitionmodel.h"

namespace bb {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QComboBox *makeCombo(const QString &objectName, const QString &toolTip, QWidget *parent,
                     std::initializer_list<std::tuple<QString, int, QString>> items)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    for (const auto &[text, value, tip] : items) {
        combo->addItem(text, value);
        combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
    }
    return combo;
}

} // namespace

ConsumePanel::ConsumePanel(QWidget *parent)
    : QWidget(parent)
    , m_records(new ConsumedRecordModel(this))
    , m_partitions(new ConsumerPartitionModel(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("consumePanel"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createForm());
    split->addWidget(createRecords());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(split);

    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &ConsumePanel::refresh);
    setRunning(false);
}

QWidget *ConsumePanel::createForm()
{
    auto *form = new QWidget(this);
    m_topic = new QComboBox(form);
    m_topic->setObjectName(QStringLiteral("topicCombo"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_topic->setMinimumContentsLength(10);
    m_group = new QLineEdit(QStringLiteral("workbench"), form);
    m_group->setObjectName(QStringLiteral("groupEdit"));
    m_group->setPlaceholderText(tr("none: every partition, no group"));
    m_group->setToolTip(tr("The consumer group to join; empty: read every partition alone (assign), without commits"));
    m_group->setClearButtonEnabled(true);
    connect(m_group, &QLineEdit::textChanged, this, &ConsumePanel::updateEnabled);

    m_reset = makeCombo(QStringLiteral("resetCombo"), tr("Where to start in a partition the group has no committed offset for"), form,
                        {{tr("earliest"), int(OffsetReset::Earliest), tr("From the first record still in the log")},
                         {tr("latest"), int(OffsetReset::Latest), tr("Only records written from now on")}});
    m_commitMode = makeCombo(QStringLiteral("commitCombo"), tr("How the consumer's positions become the group's committed offsets"), form,
                             {{tr("manual"), int(CommitMode::Manual), tr("Only when you press Commit")},
                              {tr("auto"), int(CommitMode::Auto), tr("Every second, and on Stop")}});
    m_delivery = makeCombo(QStringLiteral("deliveryCombo"), tr("How records reach the application"), form,
                           {{tr("pull"), int(DeliveryMode::Pull), tr("Records wait in the consumer's buffer until you press Poll")},
                            {tr("push"), int(DeliveryMode::Push), tr("Records are handed over as they arrive")}});
    m_isolation = makeCombo(QStringLiteral("isolationCombo"), tr("Which records of transactions the consumer sees"), form,
                            {{tr("read_uncommitted"), int(Isolation::ReadUncommitted), tr("Every record up to the high watermark")},
                             {tr("read_committed"), int(Isolation::ReadCommitted),
                              tr("Up to the last stable offset, without records of aborted transactions")}});
    connect(m_commitMode, &QComboBox::currentIndexChanged, this, &ConsumePanel::updateEnabled);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, &ConsumePanel::updateEnabled);

    m_start = new QPushButton(tr("&Start"), form);
    m_start->setObjectName(QStringLiteral("startButton"));
    connect(m_start, &QPushButton::clicked, this, [this] { m_running ? stop() : start(); });
    m_maxRecords = new QSpinBox(form);
    m_maxRecords->setObjectName(QStringLiteral("maxRecordsSpin"));
    m_maxRecords->setRange(1, kConsumeMaxPoll);
    m_maxRecords->setValue(100);
    m_maxRecords->setToolTip(tr("The most records one poll returns"));
    m_poll = new QPushButton(tr("&Poll"), form);
    m_poll->setObjectName(QStringLiteral("pollButton"));
    m_poll->setToolTip(tr("Take up to this many records from the consumer's buffer"));
    connect(m_poll, &QPushButton::clicked, this, &ConsumePanel::poll);
    m_commit = new QPushButton(tr("&Commit"), form);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setToolTip(tr("Commit the position of every assigned partition"));
    connect(m_commit, &QPushButton::clicked, this, &ConsumePanel::commit);

    m_state = new QLabel(form);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message = new QLabel(form);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->hide();

    QTableView *assignment = makeTable(m_partitions, QStringLiteral("assignmentTable"), form);
    new ColumnFitter(assignment);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const auto pair = [&](int row, const QString &left, QWidget *a, const QString &right, QWidget *b) {
        grid->addWidget(new QLabel(left, form), row, 0);
        grid->addWidget(a, row, 1);
        grid->addWidget(new QLabel(right, form), row, 2);
        grid->addWidget(b, row, 3);
    };
    pair(0, tr("Topic"), m_topic, tr("Group"), m_group);
    pair(1, tr("Start at"), m_reset, tr("Commit"), m_commitMode);
    pair(2, tr("Delivery"), m_delivery, tr("Isolation"), m_isolation);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_start);
    buttons->addSpacing(12);
    buttons->addWidget(m_maxRecords);
    buttons->addWidget(m_poll);
    buttons->addWidget(m_commit);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(4);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addWidget(assignment, 1);
    return form;
}

QWidget *ConsumePanel::createRecords()
{
    QTableView *table = makeTable(m_records, QStringLiteral("consumedTable"), this);
    (new ColumnFitter(table))->setElasticColumn(ConsumedRecordModel::Value);
    return table;
}

} // namespace bb
