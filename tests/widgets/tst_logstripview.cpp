// moc (Qt 6.4) fails to parse <compare> (reached through model/ids.h)
// unless a Qt header comes first.
#include <QSignalSpy>
#include <QTest>

#include "common/format.h"
#include "common/statuscolors.h"
#include "partitions/logstripview.h"
#include "snapshotfixtures.h"

using namespace bb;

class TestLogStripView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scale_data();
    void scale();
    void compactNumbers_data();
    void compactNumbers();
    void stripsFromSnapshot();
    void barsAreToScale();
    void downReplicaHasNoBar();
    void toolTipsGiveExactValues();
    void markersDoNotOverlap();
    void groupMarkersFromSnapshot();
    void groupMarkerDrawnInItsColour();
    void clickReportsThePartition();
    void heightFollowsTheStrips();
};

namespace {

LogStripReplica replica(int node, std::int64_t start, std::int64_t hw, std::int64_t leo, bool leader = false, bool isr = true)
{
    return {NodeId(node), true, isr, leader, Offset(start), Offset(hw), Offset(leo)};
}

LogStrip strip(int partition, std::vector<LogStripReplica> replicas, const QString &topic = QStringLiteral("orders"))
{
    LogStrip s;
    s.tp = {TopicId(topic == QLatin1String("orders") ? 0 : 1), PartitionId(partition)};
    s.topic = topic;
    s.name = QStringLiteral("%1-%2").arg(topic).arg(partition);
    s.replicas = std::move(replicas);
    for (const auto &r : s.replicas)
        if (r.leader) {
            s.leader = r.node;
            s.logStart = r.logStart;
            s.hw = r.hw;
            s.leo = r.leo;
        }
    s.epoch = Epoch(3);
    return s;
}

} // namespace

void TestLogStripView::scale_data()
{
    QTest::addColumn<qint64>("lo");
    QTest::addColumn<qint64>("hi");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("step");
    QTest::newRow("empty log") << qint64(0) << qint64(0) << qint64(0) << qint64(2) << qint64(2);
    QTest::newRow("thousands") << qint64(0) << qint64(4945) << qint64(0) << qint64(6000) << qint64(2000);
    QTest::newRow("exact multiple") << qint64(0) << qint64(4000) << qint64(0) << qint64(4000) << qint64(1000);
    QTest::newRow("millions after retention") << qint64(1'200'000) << qint64(4'800'000) << qint64(1'000'000) << qint64(5'000'000) << qint64(1'000'000);
    QTest::newRow("narrow window high up") << qint64(7'654'321) << qint64(7'654'400) << qint64(7'654'320) << qint64(7'654'400) << qint64(20);
}

void TestLogStripView::scale()
{
    QFETCH(qint64, lo);
    QFETCH(qint64, hi);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, step);
    const LogStrip s = strip(0, {replica(0, lo, hi, hi, true)});
    const LogScale scale = LogScale::covering({&s});
    QVERIFY(scale.known);
    QCOMPARE(qint64(scale.start), start);
    QCOMPARE(qint64(scale.end), end);
    QCOMPARE(qint64(scale.step), step);
    QVERIFY(scale.start <= lo && scale.end >= hi);
    const auto ticks = scale.ticks();
    QCOMPARE(ticks.front(), scale.start);
    QCOMPARE(ticks.back(), scale.end);
    QCOMPARE(scale.fraction(scale.start), 0.0);
    QCOMPARE(scale.fraction(scale.end), 1.0);

    LogStrip down = strip(1, {{NodeId(0), false, false, false, Offset(-1), Offset(-1), Offset(-1)}});
    const LogScale none = LogScale::covering({&down});
    QVERIFY(!none.known);
    QVERIFY(none.ticks().empty());
}

void TestLogStripView::compactNumbers_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("small") << qint64(4945) << QStringLiteral("4,945");
    QTest::newRow("tens of thousands") << qint64(12'345) << QStringLiteral("12.3k");
    QTest::newRow("just under a million") << qint64(999'999) << QStringLiteral("1M");
    QTest::newRow("millions") << qint64(4'560'000) << QStringLiteral("4.56M");
    QTest::newRow("billions") << qint64(1'200'000'000) << QStringLiteral("1.2G");
    QTest::newRow("round") << qint64(2'000'000) << QStringLiteral("2M");
}

void TestLogStripView::compactNumbers()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(formatCompact(value), text);
}

void TestLogStripView::stripsFromSnapshot()
{
    auto p = bbtest::partition(2, 2, {2, 0});
    p.replicaStates[2].up = false; // node 1
    const auto s = bbtest::snapshot({bbtest::node(0), bbtest::node(1, NodeState::Crashed), bbtest::node(2)}, {p});
    const auto strips = logStripsFrom(*s);
    QCOMPARE(strips.size(), std::size_t(1));
    const LogStrip &st = strips.front();
    QCOMPARE(st.name, QStringLiteral("orders-2"));
    QCOMPARE(st.leader, NodeId(2));
    QCOMPARE(st.hw, Offset(100));
    QCOMPARE(st.replicas.size(), std::size_t(3));
    QCOMPARE(st.replicas[0].node, NodeId(2));
    QVERIFY(st.replicas[0].leader);
    QVERIFY(!st.replicas[1].leader && st.replicas[1].inIsr);
    QVERIFY(!st.replicas[2].up && !st.replicas[2].inIsr);
    QCOMPARE(st.replicas[0].leo, Offset(110));
    QVERIFY(st.markers.empty()); // nothing in the snapshot points into the log yet
}

// A replica with twice the records has a bar twice as long, and partitions
// of one topic share the scale.
void TestLogStripView::barsAreToScale()
{
    LogStripView view;
    view.resize(500, 400);
    view.setStrips({strip(0, {replica(0, 0, 4000, 4000, true), replica(1, 0, 2000, 2000)}),
                    strip(1, {replica(1, 0, 1000, 1000, true)})});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect track = view.barRect(0, 0);
    QCOMPARE(view.scaleOf(QStringLiteral("orders")).end, 4000);
    QVERIFY(qAbs(view.fillRect(0, 0).width() - track.width()) <= 1);
    QVERIFY(qAbs(view.fillRect(0, 1).width() * 2 - view.fillRect(0, 0).width()) <= 2);
    QVERIFY(qAbs(view.fillRect(1, 0).width() * 4 - view.fillRect(0, 0).width()) <= 4);
    QCOMPARE(view.barRect(1, 0).left(), track.left());
    QVERIFY(view.stripRect(1).top() >= view.stripRect(0).bottom());

    // Records flow: the same log grows, the bar grows with it.
    const int before = view.fillRect(1, 0).width();
    view.setStrips({strip(0, {replica(0, 0, 4000, 4000, true), replica(1, 0, 2000, 2000)}),
                    strip(1, {replica(1, 0, 3000, 3000, true)})});
    QVERIFY(view.fillRect(1, 0).width() > 2 * before);
}

void TestLogStripView::downReplicaHasNoBar()
{
    LogStripView view;
    view.resize(500, 300);
    view.setStrips({strip(0, {replica(0, 0, 50, 60, true), {NodeId(1), false, false, false, Offset(-1), Offset(-1), Offset(-1)}})});
    QVERIFY(!view.barRect(0, 1).isNull());
    QVERIFY(view.fillRect(0, 1).isNull());
    QVERIFY(view.toolTipAt(view.barRect(0, 1).center()).contains(QStringLiteral("node 1: the node is down")));
}

void TestLogStripView::toolTipsGiveExactValues()
{
    LogStripView view;
    view.resize(500, 300);
    LogStrip s = strip(0, {replica(1, 1'200'000, 4'562'100, 4'800'000, true), replica(0, 1'000'000, 3'100'000, 3'200'000, false, false)}, QStringLiteral("clicks"));
    s.markers.push_back({QStringLiteral("billing"), Offset(4'500'000), 62'100, LogStripMarker::Kind::Group});
    view.setStrips({s});
    const QString leader = view.toolTipAt(view.barRect(0, 0).center());
    QVERIFY2(leader.contains(QStringLiteral("clicks-0 on node 1: leader")), qPrintable(leader));
    QVERIFY(leader.contains(QStringLiteral("Log start offset: 1,200,000")));
    QVERIFY(leader.contains(QStringLiteral("High watermark: 4,562,100")));
    QVERIFY(leader.contains(QStringLiteral("Log end offset: 4,800,000")));
    QVERIFY(leader.contains(QStringLiteral("Not yet committed: 237,900 records")));
    const QString follower = view.toolTipAt(view.barRect(0, 1).center());
    QVERIFY2(follower.contains(QStringLiteral("follower, out of the ISR")), qPrintable(follower));
    QVERIFY(follower.contains(QStringLiteral("Behind the leader: 1,600,000 records")));
    const QString marker = view.toolTipAt(view.markerRect(0, 0).center());
    QCOMPARE(marker, QStringLiteral("Group billing committed offset 4,500,000 on clicks-0\nLag: 62,100 records"));
    const QString title = view.toolTipAt(view.stripRect(0).topLeft() + QPoint(20, 8));
    QVERIFY2(title.contains(QStringLiteral("leader node 1 in leader epoch 3, ISR 1")), qPrintable(title));
}

void TestLogStripView::markersDoNotOverlap()
{
    LogStripView view;
    view.resize(420, 300);
    LogStrip s = strip(0, {replica(0, 0, 10'000, 10'000, true)});
    for (int i = 0; i < 5; ++i) // close together, near the end
        s.markers.push_back({QStringLiteral("group-%1").arg(i), Offset(9'000 + 200 * i), 1000 - 200 * i});
    s.markers.push_back({QStringLiteral("LSO"), Offset(10'000), -1, LogStripMarker::Kind::StableOffset});
    view.setStrips({s});
    int overlaps = 0;
    for (int a = 0; a < int(s.markers.size()); ++a) {
        const QRect ra = view.markerRect(0, a);
        QVERIFY(view.rect().contains(ra));
        QVERIFY(ra.top() > view.barRect(0, 0).bottom());
        QVERIFY(ra.bottom() <= view.stripRect(0).bottom());
        for (int b = a + 1; b < int(s.markers.size()); ++b)
            overlaps += ra.intersects(view.markerRect(0, b));
    }
    QCOMPARE(overlaps, 0);
}

void TestLogStripView::groupMarkersFromSnapshot()
{
    auto s = std::make_shared<ClusterSnapshot>(*bbtest::snapshot({bbtest::node(0), bbtest::node(1), bbtest::node(2)},
                                                                 {bbtest::partition(0, 0, {0, 1, 2}), bbtest::partition(1, 1, {1, 2, 0})}));
    // audit has committed nothing on orders-0: no marker there; billing
    // reads both partitions.
    s->groups = {bbtest::group(QStringLiteral("audit"), {-1}), bbtest::group(QStringLiteral("billing"), {60, 95})};
    const auto strips = logStripsFrom(*s);
    QCOMPARE(strips.size(), std::size_t(2));
    QCOMPARE(strips[0].markers.size(), std::size_t(1));
    const LogStripMarker &m = strips[0].markers.front();
    QCOMPARE(m.name, QStringLiteral("billing"));
    QCOMPARE(m.offset, Offset(60));
    QCOMPARE(m.lag, std::int64_t(40));
    QCOMPARE(m.kind, LogStripMarker::Kind::Group);
    QCOMPARE(m.color, 1); // billing is the second group, in every view
    QCOMPARE(strips[1].markers.size(), std::size_t(1));
    QCOMPARE(strips[1].markers.front().lag, std::int64_t(5));

    LogStripView view;
    view.resize(500, 400);
    view.setStrips(strips);
    const QRect r = view.markerRect(0, 0);
    QVERIFY(!r.isNull());
    QVERIFY(r.top() > view.barRect(0, 2).bottom());
    QVERIFY(view.stripRect(0).contains(r));
    QCOMPARE(view.toolTipAt(r.center()), QStringLiteral("Group billing committed offset 60 on orders-0\nLag: 40 records"));
    // The label fits the name and the lag.
    QVERIFY(r.width() > view.fontMetrics().horizontalAdvance(QStringLiteral("billing")));
}

void TestLogStripView::groupMarkerDrawnInItsColour()
{
    LogStripView view;
    view.resize(500, 300);
    LogStrip s = strip(0, {replica(0, 0, 1000, 1000, true)});
    s.markers.push_back({QStringLiteral("billing"), Offset(400), 600, LogStripMarker::Kind::Group, 3});
    view.setStrips({s});
    const QImage image = view.grab().toImage();
    const QRect r = view.markerRect(0, 0);
    // The pointer's tip is 5 px into the rect, its body just below.
    const QColor drawn = image.pixelColor(QPoint(r.left() + 5, r.top() + 6) * image.devicePixelRatio());
    const QColor want = seriesColor(3);
    QVERIFY2(qAbs(drawn.red() - want.red()) < 30 && qAbs(drawn.green() - want.green()) < 30 && qAbs(drawn.blue() - want.blue()) < 30,
             qPrintable(QStringLiteral("%1 vs %2").arg(drawn.name(), want.name())));
    // At 40 % of the axis.
    const QRect axis = view.barRect(0, 0);
    QVERIFY(qAbs(r.left() + 5 - (axis.left() + axis.width() * 2 / 5)) <= 2);
}

void TestLogStripView::clickReportsThePartition()
{
    LogStripView view;
    view.resize(500, 400);
    view.setStrips({strip(0, {replica(0, 0, 10, 10, true)}), strip(4, {replica(0, 0, 10, 10, true)})});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &LogStripView::partitionClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.barRect(1, 0).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.front().front().value<TopicPartition>().partition, PartitionId(4));
}

void TestLogStripView::heightFollowsTheStrips()
{
    LogStripView view;
    view.resize(500, 100);
    view.setStrips({strip(0, {replica(0, 0, 10, 10, true), replica(1, 0, 10, 10), replica(2, 0, 10, 10)})});
    const int one = view.minimumHeight();
    QVERIFY(one >= 3 * view.fontMetrics().height());
    view.setStrips({strip(0, {replica(0, 0, 10, 10, true), replica(1, 0, 10, 10), replica(2, 0, 10, 10)}),
                    strip(1, {replica(0, 0, 10, 10, true), replica(1, 0, 10, 10), replica(2, 0, 10, 10)})});
    QCOMPARE(view.minimumHeight(), 2 * one);
    QCOMPARE(view.sizeHint().height(), 2 * one);
}

QTEST_MAIN(TestLogStripView)
#include "tst_logstripview.moc"
