#pragma once
// MainWindow: the workbench's window. Owns the Engine and wires it to the
// views: the cluster page in the centre; the scenario, event log and
// partition logs docks on the right; charts, messages, publish, consume,
// producers, consumer groups, Kafka clients, nodes, the semantics lab and
// (once there are any) queues tabbed below; the toolbar and Simulation menu drive the engine
// (run/pause, step, speed, flat out, restart) and the
// status bar shows virtual time, speed and throughput. The Topology dock
// edits the scenario; its undo stack backs the Edit menu. Docks scroll
// their contents up and down rather than make the window taller than a
// small screen; fitDocks shares the room out again when the window resizes.
//
// It is also the workbench document: the scenario, the dock layout and the
// saved lab results, kept in a .bbench file (File menu). Importing a
// scenario marks the workbench modified; opening one from the gallery starts
// a new workbench; closing, opening or starting a new one first asks to save. Errors and questions go through replaceable
// functions (message boxes by default) so tests can answer them. GUI thread.

#include "engine/engine.h"
#include "topology/workbenchfile.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAbstractItemModel;
class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;

namespace bb {
namespace kafka {
class KafkaServer;
}

class ClientsView;
class ClusterView;
class ConsumePanel;
class EventLogView;
class LabView;
class MessageBrowser;
class MetricsView;
class NodeTableModel;
class PartitionLogView;
class PublishPanel;
class ProducerTableModel;
class GroupTableModel;
class HelpBrowser;
class QueueTableModel;
class RecentFiles;
class ScenarioGallery;
class ScenarioPanel;
class TopologyEditor;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr Micros kStep = 100 * kMillisecond;
    static constexpr QSize kDefaultSize{1400, 900};

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // (title, message): tells the user why something did not happen.
    using ErrorReporter = std::function<void(const QString &, const QString &)>;
    // (question) -> Save, Discard or Cancel.
    using SavePrompt = std::function<QMessageBox::StandardButton(const QString &)>;
    // (what makes a scenario heavy, with its expected memory and time) ->
    // open it anyway?
    using HeavyPrompt = std::function<bool(const QString &)>;

    // Starts an untitled, unmodified workbench on `scenario`; runs it live
    // when `run` is set.
    Error openScenario(const Scenario &scenario, bool run);
    // Puts `scenario` into the current workbench (its file and lab results
    // stay) and marks it modified. Asks first if there are unsaved changes.
    bool replaceScenario(const Scenario &scenario);
    // The gallery's Open: a bundled scenario is a starting point, not an
    // edit, so it starts a new untitled, unmodified workbench on it (asking
    // first if there are unsaved changes) and runs it.
    bool openBundledScenario(const Scenario &scenario);
    Engine *engine() const { return m_engine; }
    TopologyEditor *topologyEditor() const { return m_topology; }
    // Window geometry, dock layout and speed from the last session.
    void restoreSettings();

    // The workbench file (mainwindowfile.cpp). Each returns false when it
    // did not happen (refused file, cancelled question); the user was told
    // why, and the current workbench is as it was.
    bool newWorkbench();
    bool openWorkbench(const QString &path, bool run = true);
    bool saveWorkbench(const QString &path);
    bool save();   // asks for a file name when untitled
    bool saveAs();
    QString filePath() const { return m_filePath; }
    const std::vector<LabResult> &labResults() const { return m_labResults; }
    RecentFiles *recentFiles() const { return m_recent; }
    QMenu *recentMenu() const { return m_recentMenu; }
    // Shows the gallery of bundled scenarios (created on first use).
    ScenarioGallery *showGallery();
    QAction *galleryAction() const { return m_galleryAction; }
    // Settings > Preferences: language and theme (mainwindowpreferences.cpp).
    QAction *preferencesAction() const { return m_preferencesAction; }
    void showPreferences();
    // Simulation > Kafka Listeners (mainwindowkafka.cpp).
    QAction *kafkaAction() const { return m_kafkaAction; }
    QString kafkaBootstrapServers() const; // empty while off
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setSavePrompt(SavePrompt prompt) { m_askToSave = std::move(prompt); }
    void setHeavyPrompt(HeavyPrompt prompt) { m_confirmHeavy = std::move(prompt); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // mainwindowfile.cpp
    void createFileActions();
    void fillRecentMenu();
    bool maybeSave();
    // True for an ordinary scenario, and for a heavy one (minutes or
    // gigabytes, bb::heavyScenarioWarning) the user chose to open anyway.
    // Asked before anything changes, so a cancel keeps the workbench.
    bool confirmCost(const Scenario &scenario);
    void setFilePath(const QString &path);
    void updateTitle();
    void importScenarioFile();

    // mainwindowactions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void updateRunActions();
    void setSpeed(double factor);
    void togglePause();
    void about();

    // mainwindowhelp.cpp
    QMenu *createHelpMenu();
    void showHelp(const QUrl &page = {});
    void showShortcuts();
    void setWhatsThisTexts();

    // mainwindowpreferences.cpp
    QMenu *createSettingsMenu();

    // mainwindowkafka.cpp
    void createKafkaAction();
    void setKafkaListeners(bool on);
    void refreshKafkaListeners();
    void refreshClients();

    // mainwindow.cpp
    Error startScenario(const Scenario &scenario, bool run);
    void createDocks();
    void createStatusBar();
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *widget, Qt::DockWidgetArea area);
    QWidget *makeGroupsPane();
    QTableView *makeTable(QAbstractItemModel *model, const QString &objectName);
    void onSnapshot(const SnapshotPtr &snapshot);
    void saveSettings() const;
    void fitDocks();
    // Shares of the window the docks get when it is laid out (fitDocks).
    static constexpr double kRightShare = 0.28;
    static constexpr double kBottomShare = 0.4;

    Engine *m_engine;
    kafka::KafkaServer *m_kafka = nullptr;
    QAction *m_kafkaAction = nullptr;
    QLabel *m_kafkaLabel = nullptr;
    ClusterView *m_clusterView;
    ClientsView *m_clients;
    MetricsView *m_metrics;
    EventLogView *m_eventLog;
    ScenarioPanel *m_scenarioPanel;
    PartitionLogView *m_partitionLogs;
    MessageBrowser *m_messages;
    PublishPanel *m_publish;
    ConsumePanel *m_consume;
    TopologyEditor *m_topology;
    NodeTableModel *m_nodeModel;
    ProducerTableModel *m_producerModel;
    GroupTableModel *m_groupModel;
    QueueTableModel *m_queueModel;
    QDockWidget *m_queuesDock = nullptr;
    LabView *m_lab = nullptr;
    std::vector<QDockWidget *> m_docks;
    QDockWidget *m_chartsDock = nullptr;

    QString m_filePath;
    std::vector<LabResult> m_labResults;
    RecentFiles *m_recent;
    ErrorReporter m_reportError;
    SavePrompt m_askToSave;
    HeavyPrompt m_confirmHeavy;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stepAction = nullptr;
    QAction *m_restartAction = nullptr;
    QAction *m_flatOutAction = nullptr;
    QAction *m_fasterAction = nullptr;
    QAction *m_slowerAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_speedGroup = nullptr;
    QAction *m_galleryAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    ScenarioGallery *m_gallery = nullptr;
    QPointer<HelpBrowser> m_help;
    QMenu *m_viewMenu = nullptr;
    QComboBox *m_speedCombo = nullptr;

    QLabel *m_stateLabel;
    QLabel *m_timeLabel;
    QLabel *m_speedLabel;
    QLabel *m_throughputLabel;
    QLabel *m_traceLabel;
};

} // namespace bb
