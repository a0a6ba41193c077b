#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

#include "mainwindow.h"

#include "kafka/kafkaserver.h"

#include "charts/metricsview.h"
#include "common/columnfitter.h"
#include "common/format.h"
#include "common/recentfiles.h"
#include "common/verticalscrollarea.h"
#include "consume/consumepanel.h"
#include "lab/labview.h"
#include "messages/messagebrowser.h"
#include "models/grouptablemodel.h"
#include "models/nodetablemodel.h"
#include "models/producertablemodel.h"
#include "models/queuetablemodel.h"
#include "partitions/partitionlogview.h"
#include "publish/publishpanel.h"
#include "topology/topologyeditor.h"
#include "views/clientsview.h"
#include "views/clusterview.h"
#include "views/eventlogview.h"
#include "views/groupactions.h"
#include "views/scenariopanel.h"

#include <algorithm>
#include <tuple>

/*
    TRANSLATOR bb::MainWindow

    Error sentences from the engine and from file loading (core), shown in
    message boxes and the status bar, stay in English; so do the names of
    bundled scenarios.
*/

namespace bb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_engine(new Engine(this))
    , m_clusterView(new ClusterView(this))
    , m_clients(new ClientsView(this))
    , m_metrics(new MetricsView(this))
    , m_eventLog(new EventLogView(this))
    , m_scenarioPanel(new ScenarioPanel(this))
    , m_partitionLogs(new PartitionLogView(this))
    , m_messages(new MessageBrowser(this))
    , m_publish(new PublishPanel(this))
    , m_consume(new ConsumePanel(this))
    , m_topology(new TopologyEditor(this))
    , m_nodeModel(new NodeTableModel(this))
    , m_producerModel(new ProducerTableModel(this))
    , m_groupModel(new GroupTableModel(this))
    , m_queueModel(new QueueTableModel(this))
    , m_recent(new RecentFiles(this))
    , m_stateLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_speedLabel(new QLabel(this))
    , m_throughputLabel(new QLabel(this))
    , m_traceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_clusterView);
    connect(m_clusterView, &ClusterView::preferredHeightChanged, this, [this] {
        // Once the node cards are laid out.
        QTimer::singleShot(0, this, &MainWindow::fitDocks);
    });
    m_clusterView->setEngine(m_engine);
    m_messages->setEngine(m_engine);
    m_publish->setEngine(m_engine);
    m_consume->setEngine(m_engine);
    m_topology->setEngine(m_engine);
    connect(m_topology, &TopologyEditor::scenarioEdited, this, [this](const Scenario &scenario, const QString &message) {
        m_scenarioPanel->setScenario(scenario);
        m_lab->setCurrentScenario(scenario);
        setWindowModified(true);
        updateRunActions();
        updateTitle();
        statusBar()->showMessage(message, 8000);
    });
    connect(m_topology, &TopologyEditor::editRefused, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_partitionLogs, &PartitionLogView::partitionClicked, m_messages, &MessageBrowser::showPartition);
    connect(m_engine, &Engine::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_clusterView, &ClusterView::faultRequested, this,
            [this](const QString &what) { statusBar()->showMessage(tr("Injected: %1").arg(what), 4000); });
    connect(m_engine, &Engine::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    createActions();
    createKafkaAction();
    createFileActions();
    createMenus();
    createToolBar();
    resize(kDefaultSize); // before the docks: their sizes are shares of it
    createDocks();
    setWhatsThisTexts();
    createStatusBar();
    updateRunActions();
    // The layout set the window's minimum while the docks still stood side
    // by side; measure again now that they are tabbed.
    layout()->activate();
    resize(kDefaultSize);
}

// The listeners go before the engine their requests are posted to.
MainWindow::~MainWindow() { setKafkaListeners(false); }

Error MainWindow::openScenario(const Scenario &scenario, bool run)
{
    if (Error err = startScenario(scenario, run))
        return err;
    m_labResults.clear();
    m_lab->setSavedResults(m_labResults);
    setFilePath({});
    setWindowModified(false);
    return {};
}

bool MainWindow::replaceScenario(const Scenario &scenario)
{
    if (!maybeSave())
        return false;
    if (Error err = startScenario(scenario, true)) {
        m_reportError(tr("Cannot Open Scenario"), err.message);
        return false;
    }
    setWindowModified(true);
    return true;
}

// Loads into the engine; on failure nothing changes (the engine keeps its
// cluster running).
Error MainWindow::startScenario(const Scenario &scenario, bool run)
{
    if (Error err = m_engine->load(scenario))
        return err;
    m_scenarioPanel->setScenario(scenario);
    m_topology->setScenario(scenario);
    m_lab->setCurrentScenario(scenario);
    refreshKafkaListeners();
    if (run)
        m_engine->start();
    updateRunActions();
    updateTitle();
    return {};
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // A dock shorter than its contents scrolls them, instead of making the
    // window taller than a small screen.
    auto *scroller = new VerticalScrollArea(dock);
    scroller->setContent(widget);
    dock->setWidget(scroller);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    addDockWidget(area, dock);
    m_docks.push_back(dock);
    return dock;
}

QTableView *MainWindow::makeTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    new ColumnFitter(table);
    return table;
}

// The groups table under the buttons that crash, add and stop members.
QWidget *MainWindow::makeGroupsPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    QTableView *table = makeTable(m_groupModel, QStringLiteral("groupTable"));
    auto *actions = new GroupActions(table, m_groupModel, pane);
    actions->setObjectName(QStringLiteral("groupActions"));
    actions->setEngine(m_engine);
    connect(actions, &GroupActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    layout->addWidget(actions);
    layout->addWidget(table);
    return pane;
}

void MainWindow::createDocks()
{
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget *scenario = addDock(tr("Scenario"), QStringLiteral("scenarioDock"), m_scenarioPanel, Qt::RightDockWidgetArea);
    QDockWidget *events = addDock(tr("Event Log"), QStringLiteral("eventLogDock"), m_eventLog, Qt::RightDockWidgetArea);
    QDockWidget *logs = addDock(tr("Partition Logs"), QStringLiteral("partitionLogDock"), m_partitionLogs, Qt::RightDockWidgetArea);
    tabifyDockWidget(events, logs);
    events->raise();
    // The bottom row, tabbed: charts in front, then messages, publish,
    // consume, the tables (Kafka clients after the groups) and the lab
    // (queues last). Added in View menu
    // order (Alt+4 on).
    m_lab = new LabView(this);
    connect(m_lab, &LabView::resultReady, this, [this](const LabResult &result) {
        m_labResults.push_back(result);
        m_lab->setSavedResults(m_labResults);
        setWindowModified(true);
    });
    m_chartsDock = addDock(tr("Charts"), QStringLiteral("chartsDock"), m_metrics, Qt::BottomDockWidgetArea);
    QDockWidget *previous = m_chartsDock;
    for (auto [title, name, widget] : {std::tuple<QString, QString, QWidget *>{tr("Messages"), QStringLiteral("messagesDock"), m_messages},
                                       {tr("Publish"), QStringLiteral("publishDock"), m_publish},
                                       {tr("Consume"), QStringLiteral("consumeDock"), m_consume},
                                       {tr("Producers"), QStringLiteral("producersDock"), makeTable(m_producerModel, QStringLiteral("producerTable"))},
                                       {tr("Groups"), QStringLiteral("groupsDock"), makeGroupsPane()},
                                       {tr("Clients"), QStringLiteral("clientsDock"), m_clients},
                                       {tr("Nodes"), QStringLiteral("nodesDock"), makeTable(m_nodeModel, QStringLiteral("nodeTable"))},
                                       {tr("Lab"), QStringLiteral("labDock"), m_lab},
                                       {tr("Queues"), QStringLiteral("queuesDock"), makeTable(m_queueModel, QStringLiteral("queueTable"))}}) {
        QDockWidget *dock = addDock(title, name, widget, Qt::BottomDockWidgetArea);
        tabifyDockWidget(previous, dock);
        previous = dock;
    }
    // Shown once the cluster has a queue (onSnapshot).
    m_queuesDock = previous;
    QDockWidget *topology = addDock(tr("Topology"), QStringLiteral("topologyDock"), m_topology, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_queuesDock, topology);
    m_queuesDock->hide();
    m_chartsDock->raise();
    resizeDocks({scenario, events}, {260, 560}, Qt::Vertical);
    resizeDocks({m_chartsDock}, {320}, Qt::Vertical);
    // Alt+1, Alt+2, ...: bring a dock to the front (show it, or raise it
    // over the docks it is tabbed with); pressed when it is in front: hide it.
    int number = 0;
    for (QDockWidget *dock : m_docks) {
        auto *action = new QAction(dock->windowTitle(), dock);
        action->setObjectName(dock->objectName() + QStringLiteral("Action"));
        action->setCheckable(true);
        if (++number <= 9)
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(dock, &QDockWidget::visibilityChanged, action, &QAction::setChecked);
        connect(action, &QAction::triggered, dock, [dock](bool checked) {
            if (!checked) {
                dock->hide();
                return;
            }
            dock->show();
            dock->raise();
        });
        m_viewMenu->addAction(action);
    }
}

void MainWindow::createStatusBar()
{
    for (QLabel *label : {m_kafkaLabel, m_stateLabel, m_timeLabel, m_speedLabel, m_throughputLabel, m_traceLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    m_timeLabel->setMinimumWidth(m_timeLabel->fontMetrics().horizontalAdvance(tr("Virtual time 00:00.000")) + 16);
    m_timeLabel->setToolTip(tr("Virtual time since the scenario started"));
    m_throughputLabel->setToolTip(tr("Records appended by the partition leaders, all topics"));
    m_traceLabel->setToolTip(tr("Seed and trace hash: the same scenario, seed and faults give the same trace"));
}

void MainWindow::onSnapshot(const SnapshotPtr &s)
{
    if (!s)
        return;
    m_eventLog->setSnapshot(s);
    m_partitionLogs->setSnapshot(s);
    m_messages->setSnapshot(s);
    m_publish->setSnapshot(s);
    m_consume->setSnapshot(s);
    m_metrics->setSnapshot(s);
    m_nodeModel->setSnapshot(s);
    m_producerModel->setSnapshot(s);
    m_groupModel->setSnapshot(s);
    refreshClients();
    const bool hadQueues = m_queueModel->rowCount() > 0;
    m_queueModel->setSnapshot(s);
    // The queues tab comes and goes with the queues; in between, the user
    // may close it like any other.
    if (hadQueues != (m_queueModel->rowCount() > 0))
        m_queuesDock->setVisible(!hadQueues);

    m_stateLabel->setText(s->paused ? tr("Paused") : s->flatOut ? tr("Flat out") : tr("Running"));
    m_timeLabel->setText(tr("Virtual time %1").arg(formatVirtualTime(s->time)));
    if (s->paused)
        m_speedLabel->setText(tr("Speed %1").arg(s->flatOut ? tr("flat out") : formatSpeed(s->speed)));
    else if (s->flatOut || s->achievedSpeed < s->speed * 0.8)
        m_speedLabel->setText(tr("Speed %1 (%2 achieved)").arg(s->flatOut ? tr("flat out") : formatSpeed(s->speed), formatSpeed(s->achievedSpeed)));
    else
        m_speedLabel->setText(tr("Speed %1").arg(formatSpeed(s->speed)));
    m_throughputLabel->setText(tr("Throughput %1").arg(formatRate(s->totalRecordsInRate())));
    m_traceLabel->setText(tr("Seed %1 · trace %2").arg(s->seed).arg(s->traceHash, 16, 16, QLatin1Char('0')));
}

// The right column takes a share of the width (the event log's sentences
// wrap less on a wide screen); the cluster page shows every partition row
// (up to a dozen) unless the bottom docks would get less than their share
// of the height; the scenario dock is as tall as its text.
void MainWindow::fitDocks()
{
    QDockWidget *events = findChild<QDockWidget *>(QStringLiteral("eventLogDock"));
    if (events && dockWidgetArea(events) == Qt::RightDockWidgetArea && !events->isFloating())
        resizeDocks({events}, {std::clamp(int(width() * kRightShare), 300, 640)}, Qt::Horizontal);

    int partitions = 0;
    for (const auto &t : m_engine->scenario().topics)
        partitions += t.config.partitions;
    const int want = m_clusterView->preferredHeight(partitions);
    // The bottom row's tab in front: resizing a tab behind it does nothing.
    QDockWidget *bottom = m_chartsDock;
    for (QDockWidget *dock : m_docks)
        if (dockWidgetArea(dock) == Qt::BottomDockWidgetArea && !dock->isFloating() && !dock->visibleRegion().isEmpty())
            bottom = dock;
    const int total = m_clusterView->height() + bottom->height();
    resizeDocks({bottom}, {std::max(total - want, int(total * kBottomShare))}, Qt::Vertical);
    QDockWidget *dock = m_docks.front();
    const int chrome = dock->height() - m_scenarioPanel->height();
    resizeDocks({dock}, {std::min(m_scenarioPanel->heightForWidth(m_scenarioPanel->width()) + chrome, height() / 2)}, Qt::Vertical);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Once the docks have their new room.
    QTimer::singleShot(0, this, &MainWindow::fitDocks);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray(); !state.isEmpty())
        restoreState(state);
    const double speed = settings.value(QStringLiteral("simulation/speed"), 1.0).toDouble();
    setSpeed(speed);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("simulation/speed"), m_engine->speed());
}

} // namespace bb
