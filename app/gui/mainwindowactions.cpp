#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include "mainwindow.h"

#include "charts/metricsview.h"

#include "common/format.h"
#include "common/icons.h"
#include "gallery/scenariogallery.h"
#include "topology/topologyeditor.h"

namespace bb {
namespace {

constexpr double kSpeeds[] = {0.1, 0.5, 1, 2, 10, 100, 1000};

} // namespace

void MainWindow::createActions()
{
    m_quitAction = new QAction(themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_runAction = new QAction(this);
    m_runAction->setShortcut(Qt::Key_Space);
    connect(m_runAction, &QAction::triggered, this, &MainWindow::togglePause);

    m_stepAction = new QAction(themedIcon(QStringLiteral("media-skip-forward"), QStyle::SP_MediaSkipForward), tr("S&tep 100 ms"), this);
    m_stepAction->setShortcut(Qt::Key_F10);
    m_stepAction->setToolTip(tr("Advance virtual time by 100 ms (F10); only while paused"));
    connect(m_stepAction, &QAction::triggered, this, [this] { m_engine->step(kStep); });

    m_restartAction = new QAction(themedIcon(QStringLiteral("view-refresh"), QStyle::SP_BrowserReload), tr("&Restart (Same Seed)"), this);
    m_restartAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_restartAction->setToolTip(tr("Start the scenario over with the same seed: the same events happen again (Ctrl+R)"));
    connect(m_restartAction, &QAction::triggered, this, [this] { m_engine->restart(); });

    m_flatOutAction = new QAction(themedIcon(QStringLiteral("media-seek-forward"), QStyle::SP_MediaSeekForward), tr("&Flat Out"), this);
    m_flatOutAction->setCheckable(true);
    m_flatOutAction->setShortcut(Qt::CTRL | Qt::Key_F);
    m_flatOutAction->setToolTip(tr("Run as fast as the CPU allows, ignoring the speed (Ctrl+F)"));
    connect(m_flatOutAction, &QAction::toggled, this, [this](bool on) {
        m_engine->setFlatOut(on);
        updateRunActions();
    });

    m_speedGroup = new QActionGroup(this);
    for (double s : kSpeeds) {
        QAction *a = m_speedGroup->addAction(formatSpeed(s));
        a->setCheckable(true);
        a->setData(s);
        connect(a, &QAction::triggered, this, [this, s] { setSpeed(s); });
    }
    m_fasterAction = new QAction(tr("F&aster"), this);
    m_fasterAction->setShortcut(Qt::Key_BracketRight);
    m_slowerAction = new QAction(tr("S&lower"), this);
    m_slowerAction->setShortcut(Qt::Key_BracketLeft);
    auto shift = [this](int by) {
        const auto actions = m_speedGroup->actions();
        int current = 0;
        for (int i = 0; i < actions.size(); ++i)
            if (actions[i]->isChecked())
                current = i;
        setSpeed(actions[std::clamp(current + by, 0, int(actions.size()) - 1)]->data().toDouble());
    };
    connect(m_fasterAction, &QAction::triggered, this, [shift] { shift(1); });
    connect(m_slowerAction, &QAction::triggered, this, [shift] { shift(-1); });

    m_galleryAction = new QAction(themedIcon(QStringLiteral("folder-templates"), QStyle::SP_FileDialogContentsView),
                                  tr("Scenario &Gallery..."), this);
    m_galleryAction->setIconText(tr("Gallery"));
    m_galleryAction->setShortcut(Qt::CTRL | Qt::Key_G);
    m_galleryAction->setToolTip(tr("Pick a bundled scenario, each with what it teaches (Ctrl+G)"));
    connect(m_galleryAction, &QAction::triggered, this, &MainWindow::showGallery);

    // Topology edits (the Topology dock's undo stack).
    m_undoAction = m_topology->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_topology->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(QKeySequence::Redo);

    m_aboutAction = new QAction(tr("&About Brokerbench"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_galleryAction);
    file->addAction(m_importAction);
    file->addSeparator();
    // Each chart's exports, as in its context menu.
    QMenu *charts = file->addMenu(tr("&Export Chart"));
    charts->setObjectName(QStringLiteral("exportChartMenu"));
    connect(charts, &QMenu::aboutToShow, this, [this, charts] {
        charts->clear();
        qDeleteAll(charts->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
        for (TimeChart *chart : m_metrics->charts()) {
            QMenu *one = chart->createContextMenu(charts);
            one->setTitle(chart->title());
            charts->addMenu(one);
        }
    });
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *sim = menuBar()->addMenu(tr("&Simulation"));
    sim->addAction(m_runAction);
    sim->addAction(m_stepAction);
    sim->addAction(m_restartAction);
    sim->addSeparator();
    QMenu *speed = sim->addMenu(tr("&Speed"));
    speed->addActions(m_speedGroup->actions());
    speed->addSeparator();
    speed->addAction(m_fasterAction);
    speed->addAction(m_slowerAction);
    sim->addAction(m_flatOutAction);
    sim->addSeparator();
    sim->addAction(m_kafkaAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    menuBar()->addMenu(createSettingsMenu());

    menuBar()->addMenu(createHelpMenu());
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Simulation"));
    bar->setObjectName(QStringLiteral("simulationToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_galleryAction);
    bar->addSeparator();
    bar->addAction(m_runAction);
    bar->addAction(m_stepAction);
    bar->addSeparator();
    auto *speedLabel = new QLabel(tr("Speed"), bar);
    speedLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(speedLabel);
    m_speedCombo = new QComboBox(bar);
    m_speedCombo->setObjectName(QStringLiteral("speedCombo"));
    m_speedCombo->setToolTip(tr("Virtual seconds per wall-clock second ([ and ] change it)"));
    for (double s : kSpeeds)
        m_speedCombo->addItem(formatSpeed(s), s);
    connect(m_speedCombo, &QComboBox::activated, this, [this](int index) { setSpeed(m_speedCombo->itemData(index).toDouble()); });
    bar->addWidget(m_speedCombo);
    bar->addAction(m_flatOutAction);
    bar->addSeparator();
    bar->addAction(m_restartAction);
    setSpeed(m_engine->speed());
}

void MainWindow::setSpeed(double factor)
{
    m_engine->setSpeed(factor);
    const double applied = m_engine->speed();
    for (QAction *a : m_speedGroup->actions())
        a->setChecked(qFuzzyCompare(a->data().toDouble(), applied));
    if (int i = m_speedCombo ? m_speedCombo->findData(applied) : -1; i >= 0)
        m_speedCombo->setCurrentIndex(i);
}

void MainWindow::togglePause()
{
    if (m_engine->isPaused())
        m_engine->resume();
    else
        m_engine->pause();
    updateRunActions();
}

void MainWindow::updateRunActions()
{
    const bool paused = m_engine->isPaused();
    m_runAction->setText(paused ? tr("&Run") : tr("&Pause"));
    m_runAction->setIcon(themedIcon(paused ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause"),
                                    paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_runAction->setToolTip(paused ? tr("Run the simulation (Space)") : tr("Pause the simulation (Space)"));
    m_stepAction->setEnabled(paused);
    if (m_speedCombo)
        m_speedCombo->setEnabled(!m_engine->isFlatOut());
    for (QAction *a : m_speedGroup->actions())
        a->setEnabled(!m_engine->isFlatOut());
}

ScenarioGallery *MainWindow::showGallery()
{
    if (!m_gallery) {
        m_gallery = new ScenarioGallery(this);
        connect(m_gallery, &ScenarioGallery::scenarioChosen, this, &MainWindow::openBundledScenario);
    }
    m_gallery->setCurrent(m_engine->scenario().name);
    m_gallery->open();
    return m_gallery;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Brokerbench"),
                       tr("<h3>Brokerbench %1</h3><p>A desktop workbench with a replicated message broker inside: "
                          "several broker nodes run in-process on a deterministic simulated network, so you can crash "
                          "a node, cut a link, and watch partitions, ISRs and offsets react.</p>"
                          "<p>Kafka's log semantics are the reference; where Brokerbench simplifies (for instance, "
                          "the controller is never faulted), the documentation says so.</p>")
                               .arg(QApplication::applicationVersion())
                           + tr("<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                                "<p>Built with Qt %1, running on Qt %2.</p>")
                                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

} // namespace bb
