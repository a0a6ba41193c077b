// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QDockWidget>
#include <QFileInfo>
#include <QListView>
#include <QPushButton>
#include <QToolBar>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include "mainwindow.h"

#include "charts/metricsview.h"
#include "common/recentfiles.h"
#include "lab/labmodemodel.h"
#include "lab/labview.h"
#include "models/scenariolistmodel.h"
#include "gallery/scenariogallery.h"
#include "topology/scenariocost.h"
#include "topology/scenariojson.h"
#include "topology/workbenchfile.h"

#include <sqlite3.h>

using namespace bb;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void refusedFileKeepsTheWorkbench_data();
    void refusedFileKeepsTheWorkbench();
    void saveAndOpenKeepScenarioAndLayout();
    void replacingTheScenarioMarksModified();
    void unsavedChangesAsk();
    void savingFromTheQuestionWritesTheFile();
    void closeCanBeCancelled();
    void recentMenuPrunesMissingFiles();
    void vanishedRecentFileIsReportedAndForgotten();
    void galleryOpensAScenario();
    void galleryAsksBeforeDiscardingChanges();
    void dockActionsBringDocksToFront();
    void labRunIsKeptWithTheWorkbench();
    void groupsAndQueuesAppear();
    void singleKeyShortcutsLeaveTextFieldsAlone();
    void heavyScenarioAsksBeforeOpening();

private:
    // A window on `scenario` whose message boxes are answered by the test.
    std::unique_ptr<MainWindow> makeWindow(const QString &scenario = QStringLiteral("default"));
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static Scenario bundled(const QString &name) { return *loadScenario(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_errors;   // "title: message"
    QStringList m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;
    QStringList m_heavyWarnings;
    bool m_openHeavy = false;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BrokerbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_errors.clear();
    m_questions.clear();
    m_answer = QMessageBox::Cancel;
    m_heavyWarnings.clear();
    m_openHeavy = false;
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(const QString &scenario)
{
    auto w = std::make_unique<MainWindow>();
    w->setErrorReporter([this](const QString &title, const QString &message) { m_errors << title + QStringLiteral(": ") + message; });
    w->setSavePrompt([this](const QString &question) {
        m_questions << question;
        return m_answer;
    });
    w->setHeavyPrompt([this](const QString &warning) {
        m_heavyWarnings << warning;
        return m_openHeavy;
    });
    if (w->openScenario(bundled(scenario), true))
        return nullptr;
    return w;
}

void TestMainWindow::refusedFileKeepsTheWorkbench_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("garbage") << "garbage" << QStringLiteral("\"bad.bbench\" is not a Brokerbench workbench. Choose a .bbench file saved by Brokerbench.");
    QTest::newRow("foreign database") << "foreign" << QStringLiteral("\"bad.bbench\" is a database of another program");
    QTest::newRow("newer format") << "newer" << QStringLiteral("Update Brokerbench to open it.");
}

// The file is refused with a sentence, before any question, and the window
// keeps its (modified) scenario running.
void TestMainWindow::refusedFileKeepsTheWorkbench()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString bad = path(QStringLiteral("bad.bbench"));
    if (kind == QLatin1String("garbage")) {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
    } else {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(bad.toUtf8().constData(), &db), SQLITE_OK);
        const char *sql = kind == QLatin1String("foreign") ? "CREATE TABLE notes(text TEXT);"
                                                            : "PRAGMA application_id=1111643970; PRAGMA user_version=9;";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    auto w = makeWindow();
    QVERIFY(w);
    QVERIFY(w->replaceScenario(bundled(QStringLiteral("power-loss"))));
    QVERIFY(w->isWindowModified());
    const QString title = w->windowTitle();

    QVERIFY(!w->openWorkbench(bad));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.front().startsWith(QStringLiteral("Cannot Open Workbench: ")), qPrintable(m_errors.front()));
    QVERIFY2(m_errors.front().contains(expected), qPrintable(m_errors.front()));
    QVERIFY(m_questions.isEmpty());
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("power-loss"));
    QVERIFY(w->isWindowModified());
    QVERIFY(w->filePath().isEmpty());
    QCOMPARE(w->windowTitle(), title);
    QVERIFY(!w->engine()->isPaused());
    QTRY_VERIFY(w->engine()->latest() && w->engine()->latest()->scenarioName == QLatin1String("power-loss")
                && w->engine()->latest()->time > 50 * kMillisecond);
}

void TestMainWindow::saveAndOpenKeepScenarioAndLayout()
{
    auto w = makeWindow(QStringLiteral("leader-failover"));
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *events = w->findChild<QDockWidget *>(QStringLiteral("eventLogDock"));
    QVERIFY(events);
    events->hide();
    const QString file = path(QStringLiteral("failover.bbench"));
    QVERIFY(w->saveWorkbench(file));
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(w->filePath(), file);
    QVERIFY(!w->isWindowModified());
    QVERIFY2(w->windowTitle().startsWith(QStringLiteral("failover.bbench[*] - ")), qPrintable(w->windowTitle()));
    QCOMPARE(w->recentFiles()->files().front(), file);

    QVERIFY(w->newWorkbench());
    events->show();
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("default"));
    QVERIFY(w->filePath().isEmpty());
    QVERIFY(w->windowTitle().startsWith(QStringLiteral("Untitled[*] - ")));

    QVERIFY(w->openWorkbench(file));
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("leader-failover"));
    QCOMPARE(w->engine()->scenario().faults.faults.size(), bundled(QStringLiteral("leader-failover")).faults.faults.size());
    QCOMPARE(w->filePath(), file);
    QVERIFY(!w->isWindowModified());
    QVERIFY(events->isHidden()); // the layout came from the file
    QTRY_VERIFY(w->engine()->latest() && w->engine()->latest()->scenarioName == QLatin1String("leader-failover"));
}

void TestMainWindow::replacingTheScenarioMarksModified()
{
    auto w = makeWindow();
    QVERIFY(w);
    QVERIFY(!w->isWindowModified());
    QVERIFY(w->replaceScenario(bundled(QStringLiteral("leader-failover"))));
    QVERIFY(w->isWindowModified());
    QVERIFY(m_questions.isEmpty()); // nothing unsaved before
    QVERIFY2(w->windowTitle().contains(bundled(QStringLiteral("leader-failover")).title), qPrintable(w->windowTitle()));
}

void TestMainWindow::unsavedChangesAsk()
{
    auto w = makeWindow();
    QVERIFY(w);
    QVERIFY(w->replaceScenario(bundled(QStringLiteral("leader-failover"))));

    m_answer = QMessageBox::Cancel;
    QVERIFY(!w->newWorkbench());
    QCOMPARE(m_questions.size(), 1);
    QCOMPARE(m_questions.front(), QStringLiteral("Save the changes to the workbench \"Untitled\"?"));
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("leader-failover"));
    QVERIFY(w->isWindowModified());
    QVERIFY(!w->replaceScenario(bundled(QStringLiteral("power-loss"))));
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("leader-failover"));

    m_answer = QMessageBox::Discard;
    QVERIFY(w->newWorkbench());
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("default"));
    QVERIFY(!w->isWindowModified());
    QCOMPARE(m_questions.size(), 3);
}

void TestMainWindow::savingFromTheQuestionWritesTheFile()
{
    auto w = makeWindow();
    QVERIFY(w);
    const QString file = path(QStringLiteral("mine.bbench"));
    QVERIFY(w->saveWorkbench(file));
    QVERIFY(w->replaceScenario(bundled(QStringLiteral("power-loss"))));
    QCOMPARE(w->filePath(), file); // the workbench keeps its file
    m_answer = QMessageBox::Save;
    QVERIFY(w->newWorkbench());
    QCOMPARE(m_questions, QStringList{QStringLiteral("Save the changes to the workbench \"mine.bbench\"?")});
    auto onDisk = WorkbenchFile::read(file);
    QVERIFY(onDisk.ok());
    QCOMPARE(onDisk->scenario.name, QStringLiteral("power-loss"));
}

void TestMainWindow::closeCanBeCancelled()
{
    auto w = makeWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->replaceScenario(bundled(QStringLiteral("power-loss"))));
    m_answer = QMessageBox::Cancel;
    QVERIFY(!w->close());
    QVERIFY(w->isVisible());
    m_answer = QMessageBox::Discard;
    QVERIFY(w->close());
    QCOMPARE(m_questions.size(), 2);
}

void TestMainWindow::recentMenuPrunesMissingFiles()
{
    auto w = makeWindow();
    QVERIFY(w);
    const QString kept = path(QStringLiteral("kept.bbench")), gone = path(QStringLiteral("gone.bbench"));
    QVERIFY(w->saveWorkbench(gone));
    QVERIFY(w->saveWorkbench(kept));
    QVERIFY(QFile::remove(gone));
    Q_EMIT w->recentMenu()->aboutToShow();
    QStringList entries;
    for (QAction *a : w->recentMenu()->actions())
        if (a->data().isValid())
            entries << a->data().toString();
    QCOMPARE(entries, QStringList{kept});
    auto *note = w->recentMenu()->findChild<QAction *>(QStringLiteral("prunedNote"));
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("Removed, no longer found: gone.bbench"));
    QCOMPARE(w->recentFiles()->files(), QStringList{kept});
    // Shown again: nothing more to prune, no note.
    Q_EMIT w->recentMenu()->aboutToShow();
    QVERIFY(!w->recentMenu()->findChild<QAction *>(QStringLiteral("prunedNote")));
}

void TestMainWindow::vanishedRecentFileIsReportedAndForgotten()
{
    auto w = makeWindow();
    QVERIFY(w);
    const QString file = path(QStringLiteral("moved.bbench"));
    QVERIFY(w->saveWorkbench(file));
    QVERIFY(w->newWorkbench());
    QVERIFY(QFile::remove(file));
    QVERIFY(!w->openWorkbench(file));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.front().contains(QStringLiteral("Check that the file exists")), qPrintable(m_errors.front()));
    QVERIFY(w->recentFiles()->files().isEmpty());
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("default"));
}

// The toolbar's Gallery button shows the gallery on the loaded scenario;
// opening another one loads it into the engine as a new, unmodified
// workbench: switching between bundled scenarios asks nothing.
void TestMainWindow::galleryOpensAScenario()
{
    auto w = makeWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *bar = w->findChild<QToolBar *>(QStringLiteral("simulationToolBar"));
    QVERIFY(bar && bar->actions().contains(w->galleryAction()));
    w->galleryAction()->trigger();
    auto *gallery = w->findChild<ScenarioGallery *>();
    QVERIFY(gallery && gallery->isVisible());
    QCOMPARE(gallery->selectedScenario()->name, QStringLiteral("default"));
    QCOMPARE(gallery->model()->rowCount(), bundledScenarios().size());

    gallery->list()->setCurrentIndex(gallery->model()->index(gallery->model()->rowOf(QStringLiteral("leader-failover"))));
    QTest::mouseClick(gallery->openButton(), Qt::LeftButton);
    QVERIFY(!gallery->isVisible());
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("leader-failover"));
    QVERIFY(!w->isWindowModified());
    QVERIFY2(!w->windowHandle()->title().contains(QLatin1Char('*')), qPrintable(w->windowHandle()->title()));
    QTRY_VERIFY(w->engine()->latest() && w->engine()->latest()->scenarioName == QLatin1String("leader-failover"));
    QVERIFY(m_errors.isEmpty());

    QCOMPARE(w->showGallery(), gallery); // one gallery, reused
    QCOMPARE(gallery->selectedScenario()->name, QStringLiteral("leader-failover"));
    gallery->list()->setCurrentIndex(gallery->model()->index(gallery->model()->rowOf(QStringLiteral("power-loss"))));
    QTest::mouseClick(gallery->openButton(), Qt::LeftButton);
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("power-loss"));
    QVERIFY(!w->isWindowModified());
    QVERIFY(m_questions.isEmpty());
}

// A saved workbench with unsaved changes is not thrown away by the gallery:
// it asks, and Cancel keeps everything; Discard starts the new workbench,
// untitled.
void TestMainWindow::galleryAsksBeforeDiscardingChanges()
{
    auto w = makeWindow();
    QVERIFY(w);
    const QString file = path(QStringLiteral("mine.bbench"));
    QVERIFY(w->saveWorkbench(file));
    QVERIFY(w->replaceScenario(bundled(QStringLiteral("power-loss"))));
    ScenarioGallery *gallery = w->showGallery();
    gallery->list()->setCurrentIndex(gallery->model()->index(gallery->model()->rowOf(QStringLiteral("leader-failover"))));

    m_answer = QMessageBox::Cancel;
    QTest::mouseClick(gallery->openButton(), Qt::LeftButton);
    QCOMPARE(m_questions, QStringList{QStringLiteral("Save the changes to the workbench \"mine.bbench\"?")});
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("power-loss"));
    QCOMPARE(w->filePath(), file);
    QVERIFY(w->isWindowModified());

    m_answer = QMessageBox::Discard;
    w->showGallery();
    gallery->list()->setCurrentIndex(gallery->model()->index(gallery->model()->rowOf(QStringLiteral("leader-failover"))));
    QTest::mouseClick(gallery->openButton(), Qt::LeftButton);
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("leader-failover"));
    QVERIFY(w->filePath().isEmpty());
    QVERIFY(!w->isWindowModified());
}

// The partition logs share a tab group with the event log: their View
// action raises them; pressed again while in front, it hides them.
void TestMainWindow::dockActionsBringDocksToFront()
{
    auto w = makeWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *logs = w->findChild<QDockWidget *>(QStringLiteral("partitionLogDock"));
    auto *events = w->findChild<QDockWidget *>(QStringLiteral("eventLogDock"));
    QVERIFY(logs && events);
    QVERIFY(w->tabifiedDockWidgets(events).contains(logs));
    QTRY_VERIFY(logs->visibleRegion().isEmpty()); // behind the event log
    auto *action = logs->findChild<QAction *>(QStringLiteral("partitionLogDockAction"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    QVERIFY(!action->isChecked());
    action->trigger();
    QTRY_VERIFY(!logs->visibleRegion().isEmpty());
    QTRY_VERIFY(action->isChecked());
    QTRY_VERIFY(events->visibleRegion().isEmpty());
    action->trigger();
    QVERIFY(logs->isHidden());
    action->trigger();
    QVERIFY(logs->isVisible());
}

// A finished lab run joins the workbench's lab results, marks it modified,
// is saved with it and shown again when it is opened.
void TestMainWindow::labRunIsKeptWithTheWorkbench()
{
    auto w = makeWindow(QStringLiteral("delivery-semantics"));
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *dock = w->findChild<QDockWidget *>(QStringLiteral("labDock"));
    auto *lab = w->findChild<LabView *>();
    QVERIFY(dock && lab);
    dock->findChild<QAction *>(QStringLiteral("labDockAction"))->trigger();
    QTRY_VERIFY(!dock->visibleRegion().isEmpty());
    // The loaded scenario has a lab: it is offered first, with its seed.
    QCOMPARE(lab->selectedScenario()->name, QStringLiteral("delivery-semantics"));
    QCOMPARE(lab->seedSpin()->value(), 11);
    QVERIFY(!w->isWindowModified());
    lab->speedCombo()->setCurrentIndex(lab->speedCombo()->findData(0.0));
    lab->run();
    QTRY_COMPARE_WITH_TIMEOUT(int(w->labResults().size()), 1, 60000);
    QVERIFY(w->isWindowModified());
    const LabResult kept = w->labResults().front();
    QCOMPARE(kept.scenario, QStringLiteral("delivery-semantics"));
    QCOMPARE(kept.seed, std::uint64_t(11));
    const auto shown = lab->modeModel()->results();
    QVERIFY(shown.front().lost > 0);

    const QString file = path(QStringLiteral("lab.bbench"));
    QVERIFY(w->saveWorkbench(file));
    auto other = makeWindow();
    QVERIFY(other);
    auto *otherLab = other->findChild<LabView *>();
    QVERIFY(!otherLab->modeModel()->isFinal());
    QCOMPARE(otherLab->modeModel()->results().front().sent, std::int64_t(0)); // no run yet
    QVERIFY(other->openWorkbench(file, false));
    QCOMPARE(int(other->labResults().size()), 1);
    QVERIFY(other->labResults().front() == kept);
    QVERIFY(otherLab->modeModel()->isFinal());
    QCOMPARE(otherLab->modeModel()->results().size(), shown.size());
    for (std::size_t i = 0; i < shown.size(); ++i)
        QCOMPARE(otherLab->modeModel()->results()[i].lost, shown[i].lost);
    // A new workbench starts without results.
    m_answer = QMessageBox::Discard;
    QVERIFY(other->newWorkbench());
    QVERIFY(other->labResults().empty());
    QVERIFY(!otherLab->modeModel()->isFinal());
    QCOMPARE(otherLab->modeModel()->results().front().sent, std::int64_t(0));
}

// The default scenario's groups are in the Groups tab; a group and a queue
// added to the running cluster reach it, the (until then hidden) Queues tab
// and the charts' pages.
void TestMainWindow::groupsAndQueuesAppear()
{
    auto w = makeWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    auto *queues = w->findChild<QDockWidget *>(QStringLiteral("queuesDock"));
    auto *groups = w->findChild<QDockWidget *>(QStringLiteral("groupsDock"));
    auto *producers = w->findChild<QDockWidget *>(QStringLiteral("producersDock"));
    QVERIFY(queues && groups && producers);
    QVERIFY(queues->isHidden());
    QVERIFY(w->tabifiedDockWidgets(producers).contains(groups));
    static struct Sink : ConsumerListener {} sink; // outlives the engine's cluster
    w->engine()->post([](Cluster &c) {
        ConsumerConfig cc;
        cc.groupId = QStringLiteral("audit");
        cc.delivery = DeliveryMode::Push;
        c.addConsumer(QStringLiteral("audit-app"), cc, &sink).subscribe({QStringLiteral("orders")});
        QueueConfig qc;
        qc.name = QStringLiteral("jobs");
        qc.topic = QStringLiteral("orders");
        c.queueCoordinator().declareQueue(qc);
    });
    w->engine()->setFlatOut(true);
    auto *groupTable = groups->findChild<QTableView *>(QStringLiteral("groupTable"));
    QVERIFY(groupTable);
    QTRY_COMPARE_WITH_TIMEOUT(groupTable->model()->rowCount(), 3, 10000);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names << groupTable->model()->index(row, 0).data().toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("analytics"), QStringLiteral("audit"), QStringLiteral("billing")}));
    QTRY_VERIFY(queues->isVisible());
    auto *metrics = w->findChild<MetricsView *>();
    QVERIFY(metrics);
    QTRY_VERIFY(metrics->isPageShown(MetricsView::ConsumersPage) && metrics->isPageShown(MetricsView::QueuesPage));
}

// Space runs and pauses, [ and ] change the speed, but not while the user
// types: in a text field (line edit, text box, spin box) the keys type.
// Outside one, Space still pauses.
void TestMainWindow::singleKeyShortcutsLeaveTextFieldsAlone()
{
    auto w = makeWindow();
    QVERIFY(w);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(!w->engine()->isPaused());
    const double speed = w->engine()->speed();
    auto *publish = w->findChild<QDockWidget *>(QStringLiteral("publishDock"));
    publish->raise();
    auto *key = w->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    auto *value = w->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
    auto *rate = w->findChild<QDoubleSpinBox *>(QStringLiteral("rateSpin"));
    QVERIFY(key && value && rate);
    QTRY_VERIFY(key->isVisible());

    key->setFocus();
    QTRY_VERIFY(key->hasFocus());
    QTest::keyClicks(key, QStringLiteral("a b[c]"));
    QCOMPARE(key->text(), QStringLiteral("a b[c]"));
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("x y"));
    QCOMPARE(value->toPlainText(), QStringLiteral("x y"));
    rate->setFocus();
    rate->selectAll();
    QTest::keyClicks(rate, QStringLiteral("25"));
    QTest::keyClick(rate, Qt::Key_Space);
    QVERIFY2(rate->text().startsWith(QStringLiteral("25")), qPrintable(rate->text()));
    QVERIFY(!w->engine()->isPaused());
    QCOMPARE(w->engine()->speed(), speed);

    // Focus outside a text field: Space is the run/pause key again.
    auto *table = w->findChild<QTableView *>(QStringLiteral("partitionTable"));
    QVERIFY(table);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Space);
    QTRY_VERIFY(w->engine()->isPaused());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// A scenario that would take gigabytes or hours says so before anything
// changes: cancelled, the workbench keeps its scenario and its unsaved
// changes (no save question either); accepted, it opens. An ordinary one
// is never asked about.
void TestMainWindow::heavyScenarioAsksBeforeOpening()
{
    Scenario heavy = bundled(QStringLiteral("default"));
    heavy.name = QStringLiteral("day-at-full-rate");
    heavy.duration = 24 * 3600 * kSecond;
    QVERIFY(!heavy.producers.empty());
    for (ProducerSpec &p : heavy.producers) {
        p.load.recordsPerSecond = 100000;
        p.load.stopAt = -1;
        p.load.maxRecords = -1;
    }
    QVERIFY(!heavyScenarioWarning(heavy, CostOf::Run, heavy.duration).isEmpty());
    const QString file = path(QStringLiteral("heavy.bbench"));
    QVERIFY(!WorkbenchFile::write(file, Workbench{heavy, {}, {}, {}}));

    auto w = makeWindow();
    QVERIFY(w);
    QVERIFY(m_heavyWarnings.isEmpty());
    QVERIFY(w->replaceScenario(bundled(QStringLiteral("power-loss"))));
    QVERIFY(m_heavyWarnings.isEmpty());

    QVERIFY(!w->openBundledScenario(heavy));
    QVERIFY(!w->openWorkbench(file));
    QCOMPARE(m_heavyWarnings.size(), 2);
    for (const QString &warning : m_heavyWarnings) {
        QVERIFY2(warning.startsWith(QStringLiteral("Scenario \"day-at-full-rate\" is heavy")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("of memory")) && warning.contains(QStringLiteral("of computing")),
                 qPrintable(warning));
    }
    QVERIFY(m_questions.isEmpty());
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("power-loss"));
    QVERIFY(w->isWindowModified());

    m_openHeavy = true;
    m_answer = QMessageBox::Discard;
    QVERIFY(w->openWorkbench(file));
    QCOMPARE(m_heavyWarnings.size(), 3);
    QCOMPARE(w->engine()->scenario().name, QStringLiteral("day-at-full-rate"));
    QCOMPARE(w->filePath(), QFileInfo(file).absoluteFilePath());
}
