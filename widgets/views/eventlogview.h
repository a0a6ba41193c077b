#pragma once
// EventLogView: the event log panel: a filter field above the list of
// cluster events (virtual time, a colour dot for the kind, the sentence),
// newest at the bottom. Follows new events while scrolled to the bottom and
// stays put while the user reads further up. GUI thread.

#include "engine/snapshot.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace bb {

class EventLogModel;

class EventLogView : public QWidget {
    Q_OBJECT
public:
    explicit EventLogView(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    EventLogModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QTreeView *view() const { return m_view; }

private:
    void updateCount();

    EventLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QTreeView *m_view;
    QLabel *m_count;
    bool m_follow = true;
};

} // namespace bb
