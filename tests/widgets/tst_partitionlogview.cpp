// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QComboBox>
#include <QLabel>
#include <QTest>

#include "partitions/logstripview.h"
#include "partitions/partitionlogview.h"
#include "snapshotfixtures.h"
#include "topology/scenariojson.h"

using namespace bb;

class TestPartitionLogView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void followsALiveCluster();
    void topicFilter();
    void legendFollowsThePalette();
};

// Records flow: the leaders' bars grow between snapshots; a crashed node's
// replicas lose their bars and say so.
void TestPartitionLogView::followsALiveCluster()
{
    bbtest::LiveCluster live;
    PartitionLogView view;
    view.resize(460, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(live.runFor(2 * kSecond));
    LogStripView *strips = view.strips();
    QCOMPARE(strips->strips().size(), std::size_t(6));
    QVERIFY(!view.topicFilter()->isVisible()); // one topic: nothing to filter
    const int before = strips->strips()[0].leo.value;
    QVERIFY(before > 0);

    view.setSnapshot(live.runFor(3 * kSecond));
    QVERIFY(strips->strips()[0].leo.value > before);
    const LogStripReplica &leader = strips->strips()[0].replicas[0];
    QVERIFY(leader.leader);
    QVERIFY(strips->fillRect(0, 0).width() > 0);
    QVERIFY(strips->toolTipAt(strips->barRect(0, 0).center()).contains(QStringLiteral("High watermark: ")));

    QVERIFY(!live.cluster().crash(NodeId(1), CrashKind::Process));
    view.setSnapshot(live.runFor(kSecond));
    int down = 0;
    for (int i = 0; i < int(strips->strips().size()); ++i) {
        const auto &replicas = strips->strips()[std::size_t(i)].replicas;
        for (int r = 0; r < int(replicas.size()); ++r)
            if (replicas[std::size_t(r)].node == NodeId(1)) {
                QVERIFY(!replicas[std::size_t(r)].up);
                QVERIFY(strips->fillRect(i, r).isNull());
                ++down;
            }
    }
    QCOMPARE(down, 6);
}

void TestPartitionLogView::topicFilter()
{
    auto scenario = loadScenario(QStringLiteral("leader-failover"));
    QVERIFY(scenario.ok());
    auto cluster = buildCluster(*scenario, scenario->seed);
    QVERIFY(cluster.ok());
    SnapshotBuilder builder;
    builder.reset(*scenario);
    (*cluster)->runFor(kSecond);
    auto snapshot = std::make_shared<const ClusterSnapshot>(builder.build(**cluster, {}));

    PartitionLogView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSnapshot(snapshot);
    QComboBox *filter = view.topicFilter();
    QVERIFY(filter->isVisible());
    QCOMPARE(filter->count(), 1 + int(snapshot->topics.size()));
    const std::size_t all = view.strips()->strips().size();
    QCOMPARE(all, snapshot->partitions.size());
    filter->setCurrentIndex(filter->findText(QStringLiteral("async")));
    QVERIFY(!view.strips()->strips().empty());
    QVERIFY(view.strips()->strips().size() < all);
    for (const LogStrip &s : view.strips()->strips())
        QCOMPARE(s.topic, QStringLiteral("async"));
    // A new snapshot keeps the choice.
    (*cluster)->runFor(kSecond);
    view.setSnapshot(std::make_shared<const ClusterSnapshot>(builder.build(**cluster, {})));
    QCOMPARE(filter->currentText(), QStringLiteral("async"));
    for (const LogStrip &s : view.strips()->strips())
        QCOMPARE(s.topic, QStringLiteral("async"));
}

void TestPartitionLogView::legendFollowsThePalette()
{
    PartitionLogView view;
    auto *legend = view.findChild<QLabel *>(QStringLiteral("legend"));
    QVERIFY(legend);
    QVERIFY(legend->text().contains(QStringLiteral("committed")));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const QString light = legend->text();
    view.setPalette(dark);
    QVERIFY(legend->text() != light);
    QVERIFY(legend->text().contains(QStringLiteral("#eeeeee")));
}

QTEST_MAIN(TestPartitionLogView)
#include "tst_partitionlogview.moc"
