#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

#include "views/clientsview.h"

#include "common/columnfitter.h"
#include "models/clienttablemodel.h"

namespace bb {

ClientsView::ClientsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClientTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_off(new QLabel(this))
    , m_pages(new QStackedLayout)
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ClientTableModel::kSortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Re-sorted as the numbers move.
    m_sorted->setDynamicSortFilter(true);

    m_table->setObjectName(QStringLiteral("clientTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    // Newest connection on top until the user picks another order.
    m_table->sortByColumn(ClientTableModel::Connected, Qt::DescendingOrder);
    // The close reasons are sentences: that column takes what the others leave.
    (new ColumnFitter(m_table))->setElasticColumn(ClientTableModel::State);

    m_summary->setObjectName(QStringLiteral("clientSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_off->setObjectName(QStringLiteral("clientsOffNotice"));
    m_off->setWordWrap(true);
    m_off->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_off->setContentsMargins(8, 8, 8, 8);
    m_off->setText(tr("The Kafka listeners are off, so no real Kafka client can connect. Turn them on with "
                      "Simulation > Kafka Listeners: each node then listens on its own port, and the clients "
                      "that connect (kcat, librdkafka, kafka-python, Java) show here with their client id, "
                      "requests and errors."));

    auto *table = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(4, 4, 4, 4);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_table, 1);
    m_pages->addWidget(m_off);
    m_pages->addWidget(table);
    setLayout(m_pages);
    setListeners({});
}

void ClientsView::setListeners(const QString &bootstrapServers)
{
    m_bootstrap = bootstrapServers;
    // New listeners number their connections afresh.
    setStats(nullptr);
    m_pages->setCurrentIndex(listening() ? 1 : 0);
}

void ClientsView::setStats(const kafka::ClientStatsList &stats)
{
    m_model->setStats(listening() ? stats : nullptr);
    m_open = m_closed = 0;
    if (listening() && stats)
        for (const kafka::ClientStats &c : *stats)
            ++(c.open ? m_open : m_closed);
    updateSummary();
}

void ClientsView::updateSummary()
{
    // With spaces, so that the addresses of many nodes can wrap.
    const QString addresses = QString(m_bootstrap).replace(QLatin1Char(','), QStringLiteral(", "));
    if (m_open + m_closed == 0)
        m_summary->setText(tr("Listening on %1. No Kafka client has connected yet: give one bootstrap.servers=%2.")
                               .arg(addresses, m_bootstrap));
    else
        m_summary->setText(tr("Listening on %1. Open: %2; closed: %3 (the latest %4 are kept).")
                               .arg(addresses).arg(m_open).arg(m_closed).arg(kafka::kClosedConnectionsKept));
}

} // namespace bb
