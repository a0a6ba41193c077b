#pragma once
// MainWindow: the workbench's window. Owns the Engine and wires it to the
// views: the cluster page in the centre, the scenario and event log docks on
// the right, node and producer tables below; the toolbar and Simulation menu
// drive the engine (run/pause, step, speed, flat out, restart) and the
// status bar shows virtual time, speed and throughput. GUI thread.

#include "engine/engine.h"

#include <QMainWindow>

class QAbstractItemModel;
class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace bb {

class ClusterView;
class EventLogView;
class MetricsView;
class NodeTableModel;
class ProducerTableModel;
class ScenarioPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr Micros kStep = 100 * kMillisecond;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the scenario into the engine; runs it live when `run` is set.
    Error openScenario(const Scenario &scenario, bool run);
    Engine *engine() const { return m_engine; }
    // Window geometry, dock layout and speed from the last session.
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void updateRunActions();
    void setSpeed(double factor);
    void togglePause();
    void openScenarioFile();
    void openBundledScenario(const QString &name);
    void about();

    // mainwindow.cpp
    void createDocks();
    void createStatusBar();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName);
    void onSnapshot(const SnapshotPtr &snapshot);
    void saveSettings() const;
    void fitCentralSplit();

    Engine *m_engine;
    QSplitter *m_splitter;
    ClusterView *m_clusterView;
    MetricsView *m_metrics;
    EventLogView *m_eventLog;
    ScenarioPanel *m_scenarioPanel;
    NodeTableModel *m_nodeModel;
    ProducerTableModel *m_producerModel;
    std::vector<QDockWidget *> m_docks;
    bool m_userSplit = false; // the user dragged the splitter: stop fitting it

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_flatOutAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_speedGroup = nullptr;
    QMenu *m_bundledMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QComboBox *m_speedCombo = nullptr;

    QLabel *m_stateLabel;
    QLabel *m_timeLabel;
    QLabel *m_speedLabel;
    QLabel *m_throughputLabel;
    QLabel *m_traceLabel;
};

} // namespace bb
