// Simulation > Kafka Listeners: the running cluster's nodes accept real
// Kafka clients (kcat, librdkafka, kafka-python, ...) as `brokerbench-cli
// serve` does, each node on port 19092 + its id, or on free ports when those
// are taken. The status bar shows where; the event log shows the clients,
// and the Clients dock what each connection did.
#include "mainwindow.h"

#include "kafka/kafkaserver.h"
#include "views/clientsview.h"
#include "views/clusterview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QStatusBar>

namespace bb {

void MainWindow::createKafkaAction()
{
    m_kafkaAction = new QAction(tr("&Kafka Listeners"), this);
    m_kafkaAction->setCheckable(true);
    m_kafkaAction->setToolTip(tr("Let real Kafka clients (kcat, librdkafka, kafka-python) connect to the cluster's nodes; "
                                 "their requests cross the simulated network and suffer its faults. Run at 1\u00d7 speed: "
                                 "clients count their timeouts in real time."));
    connect(m_kafkaAction, &QAction::toggled, this, [this](bool on) { setKafkaListeners(on); });
    m_kafkaLabel = new QLabel(this);
    m_kafkaLabel->setContentsMargins(8, 0, 8, 0);
    m_kafkaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kafkaLabel->hide();
}

void MainWindow::setKafkaListeners(bool on)
{
    if (m_kafka) {
        m_kafka->stop();
        delete m_kafka;
        m_kafka = nullptr;
    }
    m_kafkaLabel->hide();
    m_clusterView->setKafkaListeners({});
    m_clients->setListeners({});
    if (!on)
        return;
    std::vector<NodeId> nodes;
    for (const NodeSpec &n : m_engine->scenario().cluster.nodes)
        nodes.push_back(n.id);
    kafka::ListenerSettings settings;
    settings.autoCreateTopics = true;
    m_kafka = new kafka::KafkaServer(*m_engine, settings, this);
    Error error = m_kafka->start(nodes);
    bool freePorts = false;
    if (error) {
        // 19092 and up are taken (another Brokerbench, a Kafka): any free port will do.
        settings.portBase = 0;
        delete m_kafka;
        m_kafka = new kafka::KafkaServer(*m_engine, settings, this);
        error = m_kafka->start(nodes);
        freePorts = true;
    }
    if (error) {
        delete m_kafka;
        m_kafka = nullptr;
        const QSignalBlocker block(m_kafkaAction);
        m_kafkaAction->setChecked(false);
        m_reportError(tr("Kafka Listeners"), tr("The nodes cannot listen for Kafka clients: %1").arg(error.message));
        return;
    }
    const QString bootstrap = m_kafka->bootstrapServers();
    m_clients->setListeners(bootstrap);
    // Besides the snapshot tick: while paused, the engine sends none.
    connect(m_kafka, &kafka::KafkaServer::connectionsChanged, this, &MainWindow::refreshClients);
    refreshClients();
    std::map<NodeId, QString> addresses;
    for (const kafka::ListenerAddress &l : m_kafka->listeners())
        addresses[l.node] = l.host + QLatin1Char(':') + QString::number(l.port);
    m_clusterView->setKafkaListeners(addresses);
    m_kafkaLabel->setText(tr("Kafka: %1").arg(m_kafka->listeners().front().host + QLatin1Char(':')
                                              + QString::number(m_kafka->listeners().front().port)));
    m_kafkaLabel->setToolTip(tr("bootstrap.servers=%1 (copied to the clipboard)").arg(bootstrap));
    m_kafkaLabel->show();
    QApplication::clipboard()->setText(bootstrap);
    statusBar()->showMessage(freePorts ? tr("Ports 19092 and up are taken: Kafka listeners on free ports (addresses copied).")
                                       : tr("Kafka listeners on (addresses copied)."),
                             10000);
}

// A scenario with other nodes needs other listeners.
void MainWindow::refreshKafkaListeners()
{
    if (m_kafka && m_kafka->listeners().size() != m_engine->scenario().cluster.nodes.size())
        setKafkaListeners(true);
}

void MainWindow::refreshClients()
{
    if (m_kafka)
        m_clients->setStats(m_kafka->connections());
}

QString MainWindow::kafkaBootstrapServers() const { return m_kafka ? m_kafka->bootstrapServers() : QString(); }

} // namespace bb
