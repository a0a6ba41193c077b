#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

#include "mainwindow.h"

#include "common/icons.h"

#include "common/folders.h"
#include "common/recentfiles.h"
#include "lab/labview.h"
#include "topology/scenariocost.h"
#include "topology/scenariojson.h"
#include "topology/topologyeditor.h"
#include "views/scenariopanel.h"

namespace bb {
namespace {

QString workbenchFolder() { return startFolder(QStringLiteral("workbenches"), QStandardPaths::DocumentsLocation); }

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

void MainWindow::createFileActions()
{
    m_newAction = new QAction(themedIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon), tr("&New Workbench"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start over on the default scenario"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkbench);

    m_openAction = new QAction(themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton), tr("&Open..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workbench file (.bbench)"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString dir = m_filePath.isEmpty() ? workbenchFolder() : QFileInfo(m_filePath).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Workbench"), dir,
                                                          WorkbenchFile::fileFilter() + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty())
            openWorkbench(path);
    });

    m_saveAction = new QAction(themedIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the scenario, the window layout and the lab results"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(themedIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("Save &As..."), this);
    m_saveAsAction->setShortcuts(QKeySequence::SaveAs);
    if (m_saveAsAction->shortcuts().isEmpty()) // not every platform has one
        m_saveAsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_importAction = new QAction(tr("&Import Scenario File..."), this);
    m_importAction->setStatusTip(tr("Put a scenario from a JSON file into this workbench"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importScenarioFile);

    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);

    m_reportError = [this](const QString &title, const QString &message) { QMessageBox::warning(this, title, message); };
    m_askToSave = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"), question,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("The scenario changed since the workbench was last saved."));
        box.setDefaultButton(QMessageBox::Save);
        return QMessageBox::StandardButton(box.exec());
    };
    m_confirmHeavy = [this](const QString &warning) {
        QMessageBox box(QMessageBox::Warning, tr("Heavy Scenario"),
                        tr("This scenario needs much more memory or time than usual."), QMessageBox::Cancel, this);
        box.setInformativeText(warning);
        QPushButton *open = box.addButton(tr("Open Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel); // the safe answer for a hasty Enter
        box.exec();
        return box.clickedButton() == open;
    };
}

bool MainWindow::confirmCost(const Scenario &scenario)
{
    // The GUI runs the scenario live; its duration is the span the user
    // meant it for, and so the span to estimate.
    QString warning = heavyScenarioWarning(scenario, CostOf::Run, scenario.duration);
    if (warning.isEmpty())
        return true;
    warning[0] = warning[0].toUpper(); // a sentence of its own here, not after "warning: "
    return m_confirmHeavy(warning);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList missing = m_recent->pruneMissing();
    const QStringList files = m_recent->files();
    int number = 0;
    for (const QString &file : files) {
        QString label = displayName(file);
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a = m_recentMenu->addAction(++number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(label) : label);
        a->setData(file);
        a->setToolTip(file);
        a->setStatusTip(file);
        connect(a, &QAction::triggered, this, [this, file] { openWorkbench(file); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent workbenches"))->setEnabled(false);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &file : missing)
            names << displayName(file);
        m_recentMenu->addSeparator();
        QAction *note = m_recentMenu->addAction(tr("Removed, no longer found: %1").arg(names.join(QStringLiteral(", "))));
        note->setObjectName(QStringLiteral("prunedNote"));
        note->setToolTip(missing.join(QLatin1Char('\n')));
        note->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), m_recent, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : displayName(m_filePath);
    switch (m_askToSave(tr("Save the changes to the workbench \"%1\"?").arg(name))) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool MainWindow::newWorkbench()
{
    if (!maybeSave())
        return false;
    if (Error err = openScenario(defaultScenario(), true)) {
        m_reportError(tr("Cannot Start a New Workbench"), err.message);
        return false;
    }
    return true;
}

bool MainWindow::openBundledScenario(const Scenario &scenario)
{
    if (!confirmCost(scenario) || !maybeSave())
        return false;
    if (Error err = openScenario(scenario, true)) {
        m_reportError(tr("Cannot Open Scenario"), err.message);
        return false;
    }
    return true;
}

bool MainWindow::openWorkbench(const QString &path, bool run)
{
    const QString title = tr("Cannot Open Workbench");
    // Read before asking to save: a refused file changes nothing.
    auto wb = WorkbenchFile::read(path);
    if (!wb) {
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        m_reportError(title, wb.error().message);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!confirmCost(wb->scenario) || !maybeSave())
        return false;
    if (absolute == m_filePath) // just saved over it: read what is there now
        wb = WorkbenchFile::read(path);
    if (!wb) {
        m_reportError(title, wb.error().message);
        return false;
    }
    if (Error err = startScenario(wb->scenario, run)) {
        m_reportError(title, tr("The scenario in \"%1\" cannot run: %2").arg(displayName(path), err.message));
        return false;
    }
    if (!wb->windowState.isEmpty())
        restoreState(wb->windowState);
    m_topology->restoreLayoutState(wb->topologyLayout);
    m_labResults = std::move(wb->labResults);
    m_lab->setSavedResults(m_labResults);
    setFilePath(absolute);
    setWindowModified(false);
    m_recent->add(absolute);
    statusBar()->showMessage(tr("Opened %1").arg(displayName(path)), 4000);
    return true;
}

bool MainWindow::saveWorkbench(const QString &path)
{
    const Workbench wb{m_engine->scenario(), saveState(), m_labResults, m_topology->layoutState()};
    if (Error err = WorkbenchFile::write(path, wb)) {
        m_reportError(tr("Cannot Save Workbench"), err.message);
        return false;
    }
    setFilePath(QFileInfo(path).absoluteFilePath());
    setWindowModified(false);
    m_recent->add(m_filePath);
    statusBar()->showMessage(tr("Saved %1").arg(displayName(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveWorkbench(m_filePath);
}

bool MainWindow::saveAs()
{
    const QString suggested = m_filePath.isEmpty()
        ? QStringLiteral("%1/%2.%3").arg(workbenchFolder(), m_engine->scenario().name, WorkbenchFile::suffix())
        : m_filePath;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Workbench As"), suggested, WorkbenchFile::fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + WorkbenchFile::suffix();
    return saveWorkbench(path);
}

void MainWindow::importScenarioFile()
{
    const QString kind = QStringLiteral("scenarios");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Scenario"), startFolder(kind, QStandardPaths::DocumentsLocation),
                                                      tr("Scenario files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto scenario = loadScenario(path);
    if (!scenario) {
        m_reportError(tr("Cannot Import Scenario"), scenario.error().message);
        return;
    }
    rememberFolder(kind, path);
    if (confirmCost(*scenario))
        replaceScenario(*scenario);
}

void MainWindow::setFilePath(const QString &path)
{
    m_filePath = path;
    rememberFolder(QStringLiteral("workbenches"), path);
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString document = m_filePath.isEmpty() ? tr("Untitled") : displayName(m_filePath);
    const Scenario &s = m_engine->scenario();
    setWindowTitle(tr("%1[*] - %2 - Brokerbench").arg(document, s.title.isEmpty() ? s.name : s.title));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace bb
