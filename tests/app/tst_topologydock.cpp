// The Topology dock in the window: its edits reach the engine, mark the
// workbench modified and undo from the Edit menu; moved boxes are saved
// with the workbench.
#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"

#include "topology/topologyeditor.h"
#include "topology/topologyitem.h"
#include "topology/topologyscene.h"

using namespace bb;

class TestTopologyDock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editsMarkModifiedAndUndoFromTheEditMenu();
    void movedBoxesAreSavedWithTheWorkbench();
    void openingAScenarioStartsAFreshHistory();

private:
    std::unique_ptr<MainWindow> makeWindow();
    static QAction *editAction(MainWindow &w, const QString &text);
};

void TestTopologyDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BrokerbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_topologydock"));
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestTopologyDock::makeWindow()
{
    auto w = std::make_unique<MainWindow>();
    w->setErrorReporter([](const QString &title, const QString &message) { QFAIL(qPrintable(title + QLatin1Char(' ') + message)); });
    w->setSavePrompt([](const QString &) { return QMessageBox::Discard; });
    if (w->openScenario(defaultScenario(), true))
        return nullptr;
    return w;
}

QAction *TestTopologyDock::editAction(MainWindow &w, const QString &text)
{
    for (QAction *menu : w.menuBar()->actions())
        if (menu->text() == QLatin1String("&Edit"))
            for (QAction *a : menu->menu()->actions())
                if (a->text().startsWith(text))
                    return a;
    return nullptr;
}

void TestTopologyDock::editsMarkModifiedAndUndoFromTheEditMenu()
{
    auto w = makeWindow();
    QVERIFY(w);
    QVERIFY(w->findChild<QDockWidget *>(QStringLiteral("topologyDock")));
    QAction *undo = editAction(*w, QStringLiteral("&Undo"));
    QVERIFY(undo);
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(!undo->isEnabled());
    QVERIFY(!w->isWindowModified());

    QVERIFY(!w->topologyEditor()->addElement(ElementKind::Topic));
    QVERIFY(w->isWindowModified());
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->text().contains(QStringLiteral("Topic topic-1")));
    QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("running cluster")), qPrintable(w->statusBar()->currentMessage()));
    QVERIFY(findTopic(w->engine()->scenario(), QStringLiteral("topic-1")));

    undo->trigger();
    QVERIFY(!findTopic(w->engine()->scenario(), QStringLiteral("topic-1")));
    QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("restarted")));
    QVERIFY(editAction(*w, QStringLiteral("&Redo"))->isEnabled());
}

void TestTopologyDock::movedBoxesAreSavedWithTheWorkbench()
{
    QTemporaryDir dir;
    auto w = makeWindow();
    QVERIFY(w);
    TopologyScene *scene = w->topologyEditor()->scene();
    const QString key = QStringLiteral("service:billing");
    scene->setMovedPositions({{key, QPointF(900, 40)}});
    const QString file = dir.filePath(QStringLiteral("moved.bbench"));
    QVERIFY(w->saveWorkbench(file));

    auto other = makeWindow();
    QVERIFY(other);
    QVERIFY(other->openWorkbench(file, false));
    TopologyItem *billing = other->topologyEditor()->scene()->item(ElementRef::fromKey(key));
    QVERIFY(billing);
    QCOMPARE(billing->pos(), QPointF(900, 40));
}

void TestTopologyDock::openingAScenarioStartsAFreshHistory()
{
    auto w = makeWindow();
    QVERIFY(w);
    QVERIFY(!w->topologyEditor()->addElement(ElementKind::Topic));
    QVERIFY(w->newWorkbench()); // discards
    QVERIFY(!editAction(*w, QStringLiteral("&Undo"))->isEnabled());
    QVERIFY(!findTopic(w->topologyEditor()->scenario(), QStringLiteral("topic-1")));
}

QTEST_MAIN(TestTopologyDock)
#include "tst_topologydock.moc"
