// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "views/clusterview.h"
#include "engine/engine.h"
#include "models/eventlogmodel.h"
#include "views/eventlogview.h"
#include "views/nodecard.h"
#include "models/partitiontablemodel.h"
#include "common/statuscolors.h"

#include <QApplication>

using namespace bb;

class TestClusterView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crashButtonMovesLeadership();
    void cardsFollowNodeState();
    void clusterAtTimeZeroIsStarting();
};

namespace {

bool logContains(const EventLogModel &log, const QString &needle)
{
    for (int r = 0; r < log.rowCount(); ++r)
        if (log.index(r, EventLogModel::Event).data().toString().contains(needle))
            return true;
    return false;
}

} // namespace

// Drives the real engine: the crash button of orders-0's leader crashes that
// node; the table then shows a new leader and an ISR without it, and the
// event log tells of the election.
void TestClusterView::crashButtonMovesLeadership()
{
    Engine engine;
    ClusterView view;
    EventLogView log;
    view.setEngine(&engine);
    connect(&engine, &Engine::snapshotReady, &log, &EventLogView::setSnapshot);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QVERIFY(!engine.load(defaultScenario()));
    engine.setSpeed(5);
    engine.start();
    PartitionTableModel *model = view.partitionModel();
    QTRY_VERIFY(model->rowOf(QStringLiteral("orders"), 0) >= 0
                && model->partitionAt(model->rowOf(QStringLiteral("orders"), 0))->hw.value > 0);
    const int row = model->rowOf(QStringLiteral("orders"), 0);
    const NodeId victim = model->partitionAt(row)->leader;
    const int epoch = model->partitionAt(row)->leaderEpoch.value;
    NodeCard *card = view.card(victim);
    QVERIFY(card);
    QVERIFY(card->crashButton()->isEnabled());
    QVERIFY(!card->restartButton()->isEnabled());

    QSignalSpy requested(&view, &ClusterView::faultRequested);
    QTest::mouseClick(card->crashButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    const QString victimText = QString::number(victim.value);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(row, PartitionTableModel::Leader).data().toString() != victimText, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model->index(row, PartitionTableModel::Isr).data().toString().contains(victimText), 10000);
    QVERIFY(model->partitionAt(row)->leaderEpoch.value > epoch);
    QCOMPARE(model->index(row, PartitionTableModel::Status).data().toString(), QStringLiteral("Under-replicated"));
    const QString newLeader = model->index(row, PartitionTableModel::Leader).data().toString();
    QTRY_VERIFY(logContains(*log.model(), QStringLiteral("orders-0: node %1 elected leader (epoch %2)").arg(newLeader).arg(epoch + 1)));
    QVERIFY(logContains(*log.model(), QStringLiteral("Node %1's process crashed").arg(victim.value)));
    QTRY_VERIFY(!card->crashButton()->isEnabled() && card->restartButton()->isEnabled());
}

// Restart and isolate through the buttons, seen on the card.
void TestClusterView::cardsFollowNodeState()
{
    Engine engine;
    ClusterView view;
    view.setEngine(&engine);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!engine.load(defaultScenario()));
    engine.setSpeed(5);
    engine.start();
    QTRY_VERIFY(view.card(NodeId(2)));
    NodeCard *card = view.card(NodeId(2));
    auto *state = card->findChild<QLabel *>(QStringLiteral("state"));
    QVERIFY(state);
    QTRY_COMPARE(state->text(), QStringLiteral("Up"));

    QTest::mouseClick(card->isolateButton(), Qt::LeftButton);
    QTRY_COMPARE(state->text(), QStringLiteral("Isolated"));
    QCOMPARE(card->isolateButton()->text(), QStringLiteral("Reconnect"));
    QTest::mouseClick(card->isolateButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Up"), 10000);

    QTest::mouseClick(card->powerLossButton(), Qt::LeftButton);
    QTRY_COMPARE(state->text(), QStringLiteral("Crashed"));
    QTRY_VERIFY(card->restartButton()->isEnabled());
    QTest::mouseClick(card->restartButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("Up"), 10000);
}

// Loaded and paused at time 0 (as after Restart or an edit), nothing has
// registered or been elected yet: the cards and partitions say "Starting"
// in the muted tone, not "Fenced" and a red "Offline". A step later the
// cluster is up and in sync.
void TestClusterView::clusterAtTimeZeroIsStarting()
{
    Engine engine;
    ClusterView view;
    view.setEngine(&engine);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!engine.load(defaultScenario()));
    QTRY_VERIFY(view.card(NodeId(0)) && engine.latest() && engine.latest()->time == 0);
    const QPalette pal = QApplication::palette();
    for (int id = 0; id < 3; ++id) {
        auto *state = view.card(NodeId(id))->findChild<QLabel *>(QStringLiteral("state"));
        QTRY_COMPARE(state->text(), QStringLiteral("Starting"));
        QVERIFY2(state->styleSheet().contains(toneColor(Tone::Muted, pal).name()), qPrintable(state->styleSheet()));
    }
    PartitionTableModel *model = view.partitionModel();
    QTRY_VERIFY(model->rowCount() == 6);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex status = model->index(row, PartitionTableModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Starting"));
        QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(), toneColor(Tone::Muted, pal));
        QVERIFY(!status.data(Qt::BackgroundRole).isValid()); // no red tint
    }
    auto *summary = view.findChild<QLabel *>(QStringLiteral("partitionSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("6 partitions in 1 topic · 6 starting, electing their first leaders"));

    engine.step(kSecond);
    QTRY_COMPARE(view.card(NodeId(0))->findChild<QLabel *>(QStringLiteral("state"))->text(), QStringLiteral("Up"));
    QTRY_COMPARE(model->index(0, PartitionTableModel::Status).data().toString(), QStringLiteral("In sync"));
    QVERIFY(!summary->text().contains(QStringLiteral("starting")));
}

QTEST_MAIN(TestClusterView)
#include "tst_clusterview.moc"
