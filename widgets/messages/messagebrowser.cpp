#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "messages/messagebrowser.h"

#include "common/columnfitter.h"
#include "common/format.h"
#include "common/icons.h"
#include "messages/recordtrace.h"
#include "models/messagetablemodel.h"

#include <limits>

namespace bb {

MessageBrowser::MessageBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new MessageTableModel(this))
    , m_table(new QTableView(this))
    , m_trace(new RecordTrace(this))
{
    setObjectName(QStringLiteral("messageBrowser"));
    m_table->setObjectName(QStringLiteral("messageTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    (new ColumnFitter(m_table))->setElasticColumn(MessageTableModel::Value);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const BrowseRecord *r = m_model->recordAt(current.row());
        m_selected = r ? r->offset : Offset(-1);
        // A record picked while following: stop, so it stays in view.
        if (r && !m_restoring)
            m_follow->setChecked(false);
        updateTrace();
    });
    m_trace->setObjectName(QStringLiteral("recordTrace"));
    m_trace->setMinimumWidth(280);

    createControls();
    createShortcuts();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("messageSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_trace);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(new QLabel(tr("Partition"), this));
    top->addWidget(m_partitions);
    top->addWidget(m_filter, 1);
    top->addSpacing(8);
    top->addWidget(new QLabel(tr("Go to"), this));
    top->addWidget(m_goToMode);
    top->addWidget(m_goTo);
    auto *nav = new QHBoxLayout;
    nav->setSpacing(2);
    for (QToolButton *b : {m_first, m_previous, m_next, m_latest})
        nav->addWidget(b);
    nav->addSpacing(8);
    nav->addWidget(m_follow);
    nav->addSpacing(12);
    nav->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(nav);
    layout->addWidget(split, 1);
    updateButtons();
    updateStatus();
}

void MessageBrowser::createControls()
{
    m_partitions = new QComboBox(this);
    m_partitions->setObjectName(QStringLiteral("partitionCombo"));
    m_partitions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_partitions, &QComboBox::activated, this, [this](int index) {
        const quint64 key = m_partitions->itemData(index).toULongLong();
        showPartition({TopicId(std::int32_t(key >> 32)), PartitionId(std::int32_t(key & 0xffffffffu))});
    });

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by key or value text"));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { setFilter(m_filter->text()); });

    m_goToMode = new QComboBox(this);
    m_goToMode->setObjectName(QStringLiteral("goToMode"));
    m_goToMode->addItem(tr("Offset"));
    m_goToMode->addItem(tr("Time (s)"));
    m_goToMode->setToolTip(tr("Jump to an offset, or to the first record at or after a virtual time"));
    m_goTo = new QLineEdit(this);
    m_goTo->setObjectName(QStringLiteral("goToEdit"));
    m_goTo->setPlaceholderText(tr("e.g. 1200"));
    m_goTo->setMaximumWidth(m_goTo->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    connect(m_goTo, &QLineEdit::returnPressed, this, &MessageBrowser::goTo);
    connect(m_goToMode, &QComboBox::currentIndexChanged, this,
            [this](int mode) { m_goTo->setPlaceholderText(mode == 0 ? tr("e.g. 1200") : tr("e.g. 12.5")); });

    auto button = [this](const QString &name, const QString &text, QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setIcon(styleIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        b->setToolTip(tip);
        return b;
    };
    m_first = button(QStringLiteral("firstButton"), tr("First"), QStyle::SP_MediaSkipBackward,
                     tr("The oldest records still in the log (Ctrl+Home)"));
    m_previous = button(QStringLiteral("previousButton"), tr("Previous"), QStyle::SP_MediaSeekBackward,
                        tr("The page before this one (Ctrl+Page Up)"));
    m_next = button(QStringLiteral("nextButton"), tr("Next"), QStyle::SP_MediaSeekForward, tr("The page after this one (Ctrl+Page Down)"));
    m_latest = button(QStringLiteral("latestButton"), tr("Latest"), QStyle::SP_MediaSkipForward,
                      tr("The newest records, up to the log end (Ctrl+End)"));
    connect(m_first, &QToolButton::clicked, this, &MessageBrowser::firstPage);
    connect(m_previous, &QToolButton::clicked, this, &MessageBrowser::previousPage);
    connect(m_next, &QToolButton::clicked, this, &MessageBrowser::nextPage);
    connect(m_latest, &QToolButton::clicked, this, &MessageBrowser::latestPage);

    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setObjectName(QStringLiteral("followBox"));
    m_follow->setToolTip(tr("Keep showing the newest records as they arrive; selecting a record stops following"));
    m_follow->setChecked(true);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            latestPage();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    // Long sentences wrap instead of widening the dock.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void MessageBrowser::createShortcuts()
{
    auto add = [this](QKeySequence key, void (MessageBrowser::*slot)()) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_Home), &MessageBrowser::firstPage);
    add(QKeySequence(Qt::CTRL | Qt::Key_PageUp), &MessageBrowser::previousPage);
    add(QKeySequence(Qt::CTRL | Qt::Key_PageDown), &MessageBrowser::nextPage);
    add(QKeySequence(Qt::CTRL | Qt::Key_End), &MessageBrowser::latestPage);
}

void MessageBrowser::setEngine(Engine *engine)
{
    m_engine = engine;
}

void MessageBrowser::showPartition(TopicPartition tp)
{
    if (tp != m_tp) {
        m_tp = tp;
        m_selected = Offset(-1);
        m_model->clear();
        updateTrace();
    }
    const int index = m_partitions->findData(QVariant::fromValue<quint64>(tp.key()));
    if (index >= 0)
        m_partitions->setCurrentIndex(index);
    latestPage();
}

void MessageBrowser::request(BrowseRequest r, bool latest)
{
    if (!m_engine || m_tp.topic.value < 0)
        return;
    r.tp = m_tp;
    r.count = kPageSize;
    r.filter = m_filter->text();
    const std::uint64_t id = ++m_requestId;
    m_loading = true;
    m_error.clear();
    updateStatus();
    m_engine->browse(r, this, [this, id, latest](BrowsePage page) { onPage(id, latest, std::move(page)); });
}

void MessageBrowser::firstPage()
{
    m_follow->setChecked(false);
    request({}, false);
}

void MessageBrowser::previousPage()
{
    const BrowsePage &page = m_model->page();
    if (page.error || page.scannedFrom <= page.logStart)
        return;
    m_follow->setChecked(false);
    BrowseRequest r;
    r.from = page.scannedFrom;
    r.direction = BrowseRequest::Direction::Backward;
    request(r, false);
}

void MessageBrowser::nextPage()
{
    const BrowsePage &page = m_model->page();
    if (page.error || page.scannedTo >= liveEnd())
        return;
    m_follow->setChecked(false);
    BrowseRequest r;
    r.from = page.scannedTo;
    request(r, false);
}

void MessageBrowser::latestPage()
{
    BrowseRequest r;
    r.from = Offset(std::numeric_limits<std::int64_t>::max());
    r.direction = BrowseRequest::Direction::Backward;
    request(r, true);
}

void MessageBrowser::goToOffset(std::int64_t offset)
{
    m_follow->setChecked(false);
    BrowseRequest r;
    r.from = Offset(offset);
    m_selected = Offset(offset);
    request(r, false);
}

void MessageBrowser::goToTime(Micros time)
{
    m_follow->setChecked(false);
    BrowseRequest r;
    r.timestamp = time;
    request(r, false);
}

void MessageBrowser::setFilter(const QString &text)
{
    m_filterTimer->stop();
    if (m_filter->text() != text) {
        const QSignalBlocker block(m_filter);
        m_filter->setText(text);
    }
    // Keep the place: the newest matches when at the end, else from here on.
    if (m_atLatest || m_model->page().error) {
        latestPage();
        return;
    }
    BrowseRequest r;
    r.from = m_model->page().scannedFrom;
    request(r, false);
}

void MessageBrowser::goTo()
{
    const QString text = m_goTo->text().trimmed();
    bool ok = false;
    if (m_goToMode->currentIndex() == 0) {
        const qlonglong offset = text.toLongLong(&ok);
        if (!ok || offset < 0)
            return setError(tr("Type an offset: a whole number, 0 or more."));
        // Outside the log the read would come back empty: say what there is
        // instead, and keep the page in view.
        const PartitionSnapshot *live = livePartition();
        const Offset start = live && live->logStart.value >= 0 ? live->logStart : m_model->page().logStart;
        const Offset end = liveEnd();
        if (start.value >= 0 && end.value >= 0 && (offset < start.value || offset >= end.value)) {
            const QString name = live ? live->name() : m_model->page().partitionName;
            if (end <= start)
                return setError(tr("%1 holds no records yet, so there is no offset %2 to go to.").arg(name, formatCount(offset)));
            return setError(tr("Offset %1 is outside %2, which holds offsets %3 to %4; type one in that range.")
                                .arg(formatCount(offset), name, formatCount(start.value), formatCount(end.value - 1)));
        }
        goToOffset(offset);
    } else {
        const double seconds = QLocale().toDouble(text, &ok);
        const double fallback = ok ? seconds : text.toDouble(&ok);
        if (!ok || fallback < 0)
            return setError(tr("Type a virtual time in seconds, such as 12.5."));
        goToTime(Micros(fallback * double(kSecond)));
    }
}

} // namespace bb
