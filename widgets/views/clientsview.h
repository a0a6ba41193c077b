#pragma once
// ClientsView: the Kafka clients connected to the cluster's listeners, one
// row per connection (open ones and the latest closed ones), sortable by
// any column, under a line saying where the listeners are and how many
// connections are open. While the listeners are off it says so instead,
// and how to turn them on. Fed by the main window from the listeners'
// latest statistics; never waits for them. GUI thread.

#include "kafka/clientstats.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QStackedLayout;
class QTableView;

namespace bb {

class ClientTableModel;

class ClientsView : public QWidget {
    Q_OBJECT
public:
    explicit ClientsView(QWidget *parent = nullptr);

    // Empty: the listeners are off (a null list of statistics then).
    void setListeners(const QString &bootstrapServers);
    void setStats(const kafka::ClientStatsList &stats);

    bool listening() const { return !m_bootstrap.isEmpty(); }
    ClientTableModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sorted; }
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QLabel *offNotice() const { return m_off; }

private:
    void updateSummary();

    QString m_bootstrap;
    int m_open = 0;
    int m_closed = 0;
    ClientTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_off;
    QStackedLayout *m_pages;
};

} // namespace bb
