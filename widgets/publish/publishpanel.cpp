#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "publish/publishpanel.h"

#include "common/columnfitter.h"
#include "common/format.h"
#include "models/headertablemodel.h"
#include "models/publishlogmodel.h"

namespace bb {

PublishPanel::PublishPanel(QWidget *parent)
    : QWidget(parent)
    , m_headers(new HeaderTableModel(this))
    , m_log(new PublishLogModel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("publishPanel"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createForm());
    split->addWidget(createLog());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(split);

    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &PublishPanel::pollRepeat);
    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendKey, &QShortcut::activated, this, &PublishPanel::send);
    updateEnabled();
}

QWidget *PublishPanel::createForm()
{
    auto *form = new QWidget(this);
    m_topic = new QComboBox(form);
    m_topic->setObjectName(QStringLiteral("topicCombo"));
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &PublishPanel::updatePartitions);
    m_partition = new QComboBox(form);
    m_partition->setObjectName(QStringLiteral("partitionCombo"));
    // Its items arrive with the first snapshot, after the first show.
    m_partition->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partition->setToolTip(tr("By key: the key's hash picks the partition (records without a key take turns)"));
    m_acks = new QComboBox(form);
    m_acks->setObjectName(QStringLiteral("acksCombo"));
    m_acks->addItem(tr("all"), int(Acks::All));
    m_acks->addItem(tr("1"), int(Acks::Leader));
    m_acks->addItem(tr("0"), int(Acks::None));
    m_acks->setItemData(0, tr("The leader answers once every in-sync replica has the record"), Qt::ToolTipRole);
    m_acks->setItemData(1, tr("The leader answers once it has the record itself"), Qt::ToolTipRole);
    m_acks->setItemData(2, tr("No answer: the producer counts the record as sent"), Qt::ToolTipRole);
    m_acks->setToolTip(tr("When the leader answers the producer: all (every in-sync replica), 1 (the leader alone) or 0 (never)"));
    m_idempotent = new QCheckBox(tr("Idempotent"), form);
    m_idempotent->setObjectName(QStringLiteral("idempotentBox"));
    m_idempotent->setToolTip(tr("enable.idempotence: the producer numbers its batches, so the leader drops a retry "
                                "whose acknowledgement was lost instead of writing it twice. Implies acks=all."));
    m_transactional = new QCheckBox(tr("Transactional"), form);
    m_transactional->setObjectName(QStringLiteral("transactionalBox"));
    m_transactional->setToolTip(tr("transactional.id: records go into a transaction that read_committed consumers "
                                   "see only once you commit it, and never if you abort it. Implies idempotence."));
    connect(m_idempotent, &QCheckBox::toggled, this, [this](bool on) {
        // Kafka refuses idempotence with acks other than all.
        if (on) {
            m_plainAcks = m_acks->currentIndex();
            m_acks->setCurrentIndex(m_acks->findData(int(Acks::All)));
        } else {
            m_acks->setCurrentIndex(m_plainAcks);
        }
        updateEnabled();
    });
    connect(m_transactional, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_idempotent->setChecked(true);
        updateEnabled();
    });
    m_commit = new QPushButton(tr("&Commit"), form);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setToolTip(tr("Commit the open transaction: its records become visible to read_committed consumers"));
    connect(m_commit, &QPushButton::clicked, this, &PublishPanel::commitTransaction);
    m_abort = new QPushButton(tr("A&bort"), form);
    m_abort->setObjectName(QStringLiteral("abortButton"));
    m_abort->setToolTip(tr("Abort the open transaction: its records stay in the log, but read_committed consumers skip them"));
    connect(m_abort, &QPushButton::clicked, this, &PublishPanel::abortTransaction);
    m_txnStatus = new QLabel(form);
    m_txnStatus->setObjectName(QStringLiteral("transactionStatus"));
    m_txnStatus->setForegroundRole(QPalette::PlaceholderText);
    // Its text changes with every send; it must not resize the form.
    m_txnStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_key = new QLineEdit(form);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("e.g. customer-42"));
    m_noKey = new QCheckBox(tr("No key"), form);
    m_noKey->setObjectName(QStringLiteral("noKeyBox"));
    connect(m_noKey, &QCheckBox::toggled, this, &PublishPanel::updateEnabled);
    m_value = new QPlainTextEdit(form);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setPlaceholderText(tr("The record's value; {n} becomes the record's number"));
    m_value->setTabChangesFocus(true);
    m_value->setFixedHeight(m_value->fontMetrics().lineSpacing() * 3 + 12);
    m_tombstone = new QCheckBox(tr("Tombstone (no value)"), form);
    m_tombstone->setObjectName(QStringLiteral("tombstoneBox"));
    connect(m_tombstone, &QCheckBox::toggled, this, &PublishPanel::updateEnabled);

    m_headerView = new QTableView(form);
    m_headerView->setObjectName(QStringLiteral("headerTable"));
    m_headerView->setModel(m_headers);
    m_headerView->verticalHeader()->hide();
    m_headerView->verticalHeader()->setDefaultSectionSize(m_headerView->fontMetrics().height() + 6);
    m_headerView->horizontalHeader()->setStretchLastSection(true);
    m_headerView->horizontalHeader()->setSectionResizeMode(HeaderTableModel::Name, QHeaderView::Stretch);
    m_headerView->setFixedHeight(m_headerView->horizontalHeader()->sizeHint().height() + 2 * m_headerView->verticalHeader()->defaultSectionSize() + 4);
    auto *addHeader = new QToolButton(form);
    addHeader->setText(tr("+"));
    addHeader->setToolTip(tr("Add a header"));
    connect(addHeader, &QToolButton::clicked, this, [this] {
        const int row = m_headers->addRow();
        m_headerView->setCurrentIndex(m_headers->index(row, HeaderTableModel::Name));
        m_headerView->edit(m_headers->index(row, HeaderTableModel::Name));
    });
    auto *removeHeader = new QToolButton(form);
    removeHeader->setText(tr("−"));
    removeHeader->setToolTip(tr("Remove the selected header"));
    connect(removeHeader, &QToolButton::clicked, this, [this] { m_headers->removeRow(m_headerView->currentIndex().row()); });

    m_send = new QPushButton(tr("&Send"), form);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the record once (Ctrl+Return)"));
    connect(m_send, &QPushButton::clicked, this, &PublishPanel::send);

    auto *grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 6, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    int row = 0;
    auto *where = new QHBoxLayout;
    where->setSpacing(6);
    where->addWidget(m_topic);
    where->addSpacing(6);
    where->addWidget(new QLabel(tr("Partition"), form));
    where->addWidget(m_partition);
    where->addSpacing(6);
    where->addWidget(new QLabel(tr("Acks"), form));
    where->addWidget(m_acks);
    where->addStretch();
    grid->addWidget(new QLabel(tr("Topic"), form), row, 0);
    grid->addLayout(where, row++, 1);
    auto *delivery = new QHBoxLayout;
    delivery->addWidget(m_idempotent);
    delivery->addWidget(m_transactional);
    delivery->addSpacing(6);
    delivery->addWidget(m_commit);
    delivery->addWidget(m_abort);
    delivery->addWidget(m_txnStatus, 1);
    delivery->addStretch(); // the boxes keep their size while the status is hidden
    grid->addWidget(new QLabel(tr("Producer"), form), row, 0);
    grid->addLayout(delivery, row++, 1);
    auto *key = new QHBoxLayout;
    key->addWidget(m_key, 1);
    key->addWidget(m_noKey);
    grid->addWidget(new QLabel(tr("Key"), form), row, 0);
    grid->addLayout(key, row++, 1);
    grid->addWidget(new QLabel(tr("Value"), form), row, 0, Qt::AlignTop);
    grid->addWidget(m_value, row++, 1);
    grid->addWidget(m_tombstone, row++, 1);
    auto *headers = new QHBoxLayout;
    headers->addWidget(m_headerView, 1);
    auto *headerButtons = new QVBoxLayout;
    headerButtons->addWidget(addHeader);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch();
    headers->addLayout(headerButtons);
    grid->addWidget(new QLabel(tr("Headers"), form), row, 0, Qt::AlignTop);
    grid->addLayout(headers, row++, 1);
    grid->addWidget(m_send, row++, 1, Qt::AlignLeft);
    grid->setRowStretch(row, 1);
    grid->setColumnStretch(1, 1);
    return form;
}

QWidget *PublishPanel::createLog()
{
    auto *box = new QWidget(this);
    m_rate = new QDoubleSpinBox(box);
    m_rate->setObjectName(QStringLiteral("rateSpin"));
    m_rate->setRange(0.1, 100000);
    m_rate->setDecimals(1);
    m_rate->setValue(100);
    m_rate->setSuffix(tr(" records/s"));
    m_rate->setToolTip(tr("Records per second of virtual time"));
    m_repeat = new QPushButton(tr("Start &Repeating"), box);
    m_repeat->setObjectName(QStringLiteral("repeatButton"));
    m_repeat->setCheckable(true);
    connect(m_repeat, &QPushButton::clicked, this, [this](bool on) { on ? startRepeat() : stopRepeat(); });
    m_repeatStatus = new QLabel(box);
    m_repeatStatus->setObjectName(QStringLiteral("repeatStatus"));
    m_repeatStatus->setWordWrap(true);
    m_repeatStatus->setText(tr("Repeating sends the record at this rate until you stop it."));
    m_repeatStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_repeatStatus->setForegroundRole(QPalette::PlaceholderText);

    auto *table = new QTableView(box);
    table->setObjectName(QStringLiteral("publishLog"));
    table->setModel(m_log);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setHighlightSections(false);
    (new ColumnFitter(table))->setElasticColumn(PublishLogModel::Result);

    auto *repeat = new QHBoxLayout;
    repeat->addWidget(m_rate);
    repeat->addWidget(m_repeat);
    repeat->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(repeat);
    layout->addWidget(m_repeatStatus);
    layout->addWidget(table, 1);
    return box;
}

} // namespace bb
