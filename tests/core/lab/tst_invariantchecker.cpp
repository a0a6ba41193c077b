// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "../checkedcluster.h"
#include "lab/invariantchecker.h"

using namespace bb;
using namespace bb::testing;

namespace {

QStringList named(const InvariantChecker &checker, const QString &invariant)
{
    QStringList out;
    for (const auto &v : checker.violations())
        if (v.invariant == invariant)
            out << v.detail;
    return out;
}

} // namespace

class TestInvariantChecker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void replicasInSync_data();
    void replicasInSync();
    void lostRecordIsNamed();
    void retentionIsNotLoss();
};

void TestInvariantChecker::replicasInSync_data()
{
    QTest::addColumn<bool>("restart");
    QTest::newRow("a node still down") << false;
    QTest::newRow("the node back and caught up") << true;
}

void TestInvariantChecker::replicasInSync()
{
    QFETCH(bool, restart);
    CheckedCluster run;
    QVERIFY(!run.start(smallSpec(3), 2, topicConfig(2, 3, 2), loadOf(QStringLiteral("t"), 300, 3 * kSecond)));
    Cluster &c = run.cluster();
    InvariantChecker &checker = run.checker();
    c.runFor(1 * kSecond);
    QVERIFY(!c.crash(NodeId(2), CrashKind::Process));
    c.runFor(1500 * kMillisecond);
    if (restart)
        QVERIFY(!c.restart(NodeId(2)));
    c.runFor(3 * kSecond);
    checker.finish();
    checker.checkReplicasInSync();
    QVERIFY(checker.ackedRecords() > 500);
    QCOMPARE(checker.lostRecords(), std::int64_t(0));
    const QStringList behind = named(checker, QStringLiteral("replica-out-of-sync-at-end"));
    if (restart) {
        QVERIFY2(checker.violations().empty(), qPrintable(behind.join(u'\n')));
        return;
    }
    QCOMPARE(behind.size(), 2); // one per partition
    for (const QString &d : behind)
        QVERIFY2(d.contains(QStringLiteral("node 2 is not back in the ISR {")), qPrintable(d));
}

void TestInvariantChecker::lostRecordIsNamed()
{
    // Acknowledged by a leader that then loses power with nothing flushed,
    // alone: the records are gone, and the checker names them.
    CheckedCluster run;
    QVERIFY(!run.start(smallSpec(1, flushing(FlushPolicy::Never)), 3, topicConfig(1, 1, 1), loadOf(QStringLiteral("solo"), 100, 2 * kSecond)));
    Cluster &c = run.cluster();
    InvariantChecker &checker = run.checker();
    c.runFor(2500 * kMillisecond);
    const std::int64_t acked = checker.ackedRecords();
    QVERIFY(acked > 100);
    QVERIFY(!c.crash(NodeId(0), CrashKind::PowerLoss));
    QVERIFY(!c.restart(NodeId(0)));
    c.runFor(1 * kSecond);
    checker.finish();
    QCOMPARE(checker.lostRecords(), acked);
    const QStringList lost = named(checker, QStringLiteral("acked-record-lost"));
    QCOMPARE(lost.size(), 1); // one report per partition
    QVERIFY2(lost[0].startsWith(QStringLiteral("solo-0: producer 0's record ")), qPrintable(lost[0]));
}

// Records that retention deleted were not lost: the topic said to drop them.
void TestInvariantChecker::retentionIsNotLoss()
{
    TopicConfig tc = topicConfig(1, 3, 2);
    tc.log.segmentBytes = 4096;
    tc.log.retentionTime = 1 * kSecond;
    CheckedCluster run;
    QVERIFY(!run.start(smallSpec(3), 4, tc, loadOf(QStringLiteral("short"), 500, 5 * kSecond)));
    Cluster &c = run.cluster();
    InvariantChecker &checker = run.checker();
    c.runFor(7 * kSecond);
    const TopicPartition tp = run.tp();
    const Replica *leader = replicaOn(c, stateOf(c, tp).leader, tp);
    QVERIFY2(leader->log.logStartOffset() > Offset(1000), qPrintable(QString::number(leader->log.logStartOffset().value)));
    checker.finish();
    QVERIFY(checker.ackedRecords() > 2000);
    QCOMPARE(checker.lostRecords(), std::int64_t(0));
    QVERIFY2(checker.violations().empty(), qPrintable(named(checker, QStringLiteral("acked-record-lost")).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestInvariantChecker)
#include "tst_invariantchecker.moc"
