// The Groups dock's actions in the main window: crashing a member of a
// service makes its group rebalance once the session times out; starting
// and stopping members changes the group; groups the workbench does not
// run cannot be touched.
#include <QTest>

#include "engine/engine.h"
#include "mainwindow.h"
#include "models/grouptablemodel.h"
#include "topology/scenariojson.h"
#include "views/groupactions.h"

#include <QAction>
#include <QStandardPaths>
#include <QTableView>
#include <QPushButton>

using namespace bb;

namespace {

const GroupSnapshot *groupIn(const Engine &engine, const QString &id)
{
    const SnapshotPtr s = engine.latest();
    if (!s)
        return nullptr;
    for (const GroupSnapshot &g : s->groups)
        if (g.groupId == id)
            return &g;
    return nullptr;
}

// -1: no such group in the latest snapshot.
int membersOf(const Engine &engine, const QString &id, bool stable = false)
{
    const GroupSnapshot *g = groupIn(engine, id);
    return !g || (stable && g->state != GroupPhase::Stable) ? -1 : int(g->members.size());
}

// Advances the paused engine by exactly `d` and waits for that snapshot.
bool stepBy(Engine &engine, Micros d)
{
    const Micros target = engine.latest()->time + d;
    engine.step(d);
    return QTest::qWaitFor([&] { return engine.latest()->paused && engine.latest()->time == target; }, 20000);
}

bool selectGroup(QTableView *table, GroupTableModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->groupAt(row) == id) {
            table->setCurrentIndex(model->index(row, 0));
            return true;
        }
    return false;
}

} // namespace

class TestGroupActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void crashAddAndStopMembers()
    {
        MainWindow w;
        QVERIFY(!w.openScenario(*loadScenario(QStringLiteral("default")), true));
        auto *actions = w.findChild<GroupActions *>();
        auto *table = w.findChild<QTableView *>(QStringLiteral("groupTable"));
        auto *model = w.findChild<GroupTableModel *>();
        QVERIFY(actions && table && model);
        Engine *engine = w.engine();
        QStringList crashes;
        connect(engine, &Engine::snapshotReady, this, [&](const SnapshotPtr &s) {
            for (const ClusterEvent &e : s->newEvents)
                if (e.kind == ClusterEventKind::ClientCrashed)
                    crashes << e.text;
        });
        engine->setFlatOut(true);
        engine->resume();
        // Both members of billing in a stable group.
        QTRY_COMPARE_WITH_TIMEOUT(membersOf(*engine, QStringLiteral("billing"), true), 2, 20000);
        engine->pause();
        QTRY_VERIFY(engine->latest()->paused);

        QVERIFY(!actions->crashButton()->isEnabled()); // nothing selected
        QVERIFY(actions->crashButton()->toolTip().contains(QStringLiteral("Select a group")));
        QVERIFY(selectGroup(table, model, QStringLiteral("billing")));
        QVERIFY(actions->crashButton()->isEnabled());
        QVERIFY(actions->addAction()->isEnabled());
        QVERIFY(actions->removeAction()->isEnabled());

        const GroupSnapshot before = *groupIn(*engine, QStringLiteral("billing"));
        const QString victim = before.members.front().clientId;
        actions->crashMember(victim);
        // The dead member sent no goodbye: 300 ms later the group still
        // counts it; after its session times out it rebalances onto the other.
        QVERIFY(stepBy(*engine, 300 * kMillisecond));
        QCOMPARE(membersOf(*engine, QStringLiteral("billing")), 2);
        QCOMPARE(crashes.size(), 1);
        QVERIFY2(crashes.front().contains(victim), qPrintable(crashes.front()));
        QVERIFY(stepBy(*engine, 5 * kSecond));
        QCOMPARE(membersOf(*engine, QStringLiteral("billing"), true), 1);
        const GroupSnapshot *g = groupIn(*engine, QStringLiteral("billing"));
        QVERIFY(g->generation > before.generation);
        QVERIFY(g->members.front().clientId != victim);
        QCOMPARE(g->members.front().assignment.size(), std::size_t(6));

        // Another member joins; stopping one leaves at once (no session timeout).
        actions->addAction()->trigger();
        QVERIFY(stepBy(*engine, 2 * kSecond));
        QCOMPARE(membersOf(*engine, QStringLiteral("billing"), true), 2);
        actions->removeAction()->trigger();
        QVERIFY(stepBy(*engine, 300 * kMillisecond));
        QCOMPARE(membersOf(*engine, QStringLiteral("billing"), true), 1);
        QTRY_VERIFY(actions->removeAction()->isEnabled());
        actions->removeAction()->trigger();
        QVERIFY(stepBy(*engine, 300 * kMillisecond));
        QCOMPARE(membersOf(*engine, QStringLiteral("billing")), 0);
        // The buttons follow once the window has the snapshot.
        QTRY_VERIFY(!actions->crashButton()->isEnabled());
        QVERIFY(!actions->removeAction()->isEnabled());
        QVERIFY(actions->addAction()->isEnabled());
    }
};

QTEST_MAIN(TestGroupActions)
#include "tst_groupactions.moc"
