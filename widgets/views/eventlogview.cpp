#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include "views/eventlogview.h"

#include "models/eventlogmodel.h"
#include "common/format.h"

/*
    TRANSLATOR bb::EventLogView

    The event sentences in the log come from the engine (core) and stay in
    English: they are the same words the command line prints and the docs
    quote. Only the view around them (filter, counts, columns) is translated.
*/

namespace bb {
namespace {

// Sizes rows for wrapped text: QTreeView asks the delegate without telling
// it the column's width, so the delegate looks it up.
class WrappingDelegate : public QStyledItemDelegate {
public:
    WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != EventLogModel::Event)
            return size;
        const int width = m_view->header()->sectionSize(index.column()) - 12;
        if (width <= 0)
            return size;
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                          index.data(Qt::DisplayRole).toString());
        size.setHeight(std::max(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView *m_view;
};

} // namespace

EventLogView::EventLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventLogModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filterEdit->setPlaceholderText(tr("Filter events (node, partition, word)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setObjectName(QStringLiteral("eventFilter"));
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        updateCount();
        m_view->scrollToBottom();
    });

    m_view->setModel(m_filter);
    m_view->setItemDelegate(new WrappingDelegate(m_view));
    m_view->setObjectName(QStringLiteral("eventList"));
    m_view->setRootIsDecorated(false);
    // Events are sentences: wrap them rather than cut them off.
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(EventLogModel::Time, QHeaderView::Fixed);
    m_view->header()->resizeSection(EventLogModel::Time,
                                    m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000.000")) + 44);
    // Wrapped rows change height with the column's width.
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == EventLogModel::Event)
            m_view->doItemsLayout();
    });

    m_count->setForegroundRole(QPalette::PlaceholderText);

    // Follow the newest event while scrolled to the bottom, also when the
    // panel is resized or rows are re-wrapped; stay put while reading above.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_follow = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    updateCount();
}

void EventLogView::setSnapshot(const SnapshotPtr &snapshot)
{
    const bool follow = m_follow;
    const int before = m_model->rowCount();
    m_model->setSnapshot(snapshot);
    if (m_model->rowCount() == before && !(snapshot && !snapshot->newEvents.empty()))
        return;
    updateCount();
    if (follow)
        m_view->scrollToBottom();
}

void EventLogView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (shown != total)
        m_count->setText(tr("%1 of %2").arg(formatCount(shown), formatCount(total)));
    else
        m_count->setText(total == 1 ? tr("1 event") : tr("%1 events").arg(formatCount(total)));
}

} // namespace bb
