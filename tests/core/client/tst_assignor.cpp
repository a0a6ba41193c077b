#include <QTest>

#include "client/assignor.h"

#include <algorithm>
#include <set>

using namespace bb;

class TestAssignor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void range_data();
    void range();
    void roundRobin_data();
    void roundRobin();
    void everyAssignorCoversAndIsDeterministic_data();
    void everyAssignorCoversAndIsDeterministic();
    void cooperativeSticky_data();
    void cooperativeSticky();
    void cooperativeConvergesFromScratch();
    void unknownNameFallsBackToRange();
};

namespace {

// Members are written "id:topic,topic|owned,owned" with topics as "t<N>"
// and partitions as "t<N>-<P>", e.g. "b:t0,t1|t0-2,t1-0".
TopicPartition parseTp(const QString &s)
{
    const auto parts = s.mid(1).split(QLatin1Char('-'));
    return {TopicId(parts.at(0).toInt()), PartitionId(parts.at(1).toInt())};
}

AssignorInput parseInput(const QStringList &members, const QList<int> &partitionsPerTopic)
{
    AssignorInput in;
    for (int t = 0; t < partitionsPerTopic.size(); ++t)
        in.partitionsPerTopic[TopicId(t)] = partitionsPerTopic.at(t);
    for (const QString &m : members) {
        GroupMember gm;
        const auto idRest = m.split(QLatin1Char(':'));
        gm.memberId = idRest.at(0);
        const auto topicsOwned = idRest.at(1).split(QLatin1Char('|'));
        for (const QString &t : topicsOwned.at(0).split(QLatin1Char(','), Qt::SkipEmptyParts))
            gm.topics.push_back(TopicId(t.mid(1).toInt()));
        if (topicsOwned.size() > 1)
            for (const QString &tp : topicsOwned.at(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                gm.owned.push_back(parseTp(tp));
        in.members.push_back(gm);
    }
    return in;
}

QString render(const std::vector<MemberAssignment> &out)
{
    QStringList parts;
    for (const auto &a : out) {
        QStringList tps;
        for (const auto &tp : a.partitions)
            tps << QStringLiteral("t%1-%2").arg(tp.topic.value).arg(tp.partition.value);
        parts << a.memberId + QLatin1Char('=') + tps.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char(' '));
}

template <typename Input>
auto &memberOf(Input &in, const QString &id)
{
    return *std::find_if(in.members.begin(), in.members.end(), [&](const GroupMember &m) { return m.memberId == id; });
}

bool subscribes(const GroupMember &m, TopicId t) { return std::find(m.topics.begin(), m.topics.end(), t) != m.topics.end(); }

// Every partition of a subscribed topic goes to exactly one member, and only
// to a member subscribed to its topic.
void verifyExactCover(const AssignorInput &in, const std::vector<MemberAssignment> &out, bool allowUnassigned = false)
{
    std::map<TopicPartition, int> seen;
    for (const auto &a : out) {
        const GroupMember &m = memberOf(in, a.memberId);
        for (const auto &tp : a.partitions) {
            QVERIFY2(subscribes(m, tp.topic), qPrintable(render(out)));
            QVERIFY2(++seen[tp] == 1, qPrintable(QStringLiteral("assigned twice: ") + render(out)));
        }
    }
    if (allowUnassigned)
        return;
    for (const auto &[topic, count] : in.partitionsPerTopic) {
        const bool wanted = std::any_of(in.members.begin(), in.members.end(), [&](const GroupMember &m) { return subscribes(m, topic); });
        for (int p = 0; p < count; ++p)
            QVERIFY2(seen.count({topic, PartitionId(p)}) == std::size_t(wanted ? 1 : 0),
                     qPrintable(QStringLiteral("t%1-%2 missing: ").arg(topic.value).arg(p) + render(out)));
    }
}

int spread(const std::vector<MemberAssignment> &out)
{
    std::size_t lo = SIZE_MAX, hi = 0;
    for (const auto &a : out) {
        lo = std::min(lo, a.partitions.size());
        hi = std::max(hi, a.partitions.size());
    }
    return out.empty() ? 0 : int(hi - lo);
}

AssignorInput reversed(AssignorInput in)
{
    std::reverse(in.members.begin(), in.members.end());
    return in;
}

} // namespace

void TestAssignor::range_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QList<int>>("partitions");
    QTest::addColumn<QString>("expected");
    QTest::newRow("3 over 2") << QStringList{QStringLiteral("b:t0"), QStringLiteral("a:t0")} << QList<int>{3}
                              << QStringLiteral("a=t0-0,t0-1 b=t0-2");
    QTest::newRow("per topic ranges") << QStringList{QStringLiteral("a:t0,t1"), QStringLiteral("b:t0,t1")} << QList<int>{3, 3}
                                      << QStringLiteral("a=t0-0,t0-1,t1-0,t1-1 b=t0-2,t1-2");
    QTest::newRow("more members than partitions") << QStringList{QStringLiteral("a:t0"), QStringLiteral("b:t0"), QStringLiteral("c:t0")}
                                                  << QList<int>{2} << QStringLiteral("a=t0-0 b=t0-1 c=");
    QTest::newRow("different subscriptions") << QStringList{QStringLiteral("a:t0"), QStringLiteral("b:t0,t1")} << QList<int>{2, 2}
                                             << QStringLiteral("a=t0-0 b=t0-1,t1-0,t1-1");
}

void TestAssignor::range()
{
    QFETCH(QStringList, members);
    QFETCH(QList<int>, partitions);
    QFETCH(QString, expected);
    const AssignorInput in = parseInput(members, partitions);
    const auto out = assignRange(in);
    QCOMPARE(render(out), expected);
    verifyExactCover(in, out);
    QCOMPARE(render(assignRange(reversed(in))), expected);
}

void TestAssignor::roundRobin_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QList<int>>("partitions");
    QTest::addColumn<QString>("expected");
    // Range would give a: 4 partitions, b: 2 here; round-robin deals them evenly.
    QTest::newRow("two topics of 3") << QStringList{QStringLiteral("a:t0,t1"), QStringLiteral("b:t0,t1")} << QList<int>{3, 3}
                                     << QStringLiteral("a=t0-0,t0-2,t1-1 b=t0-1,t1-0,t1-2");
    QTest::newRow("skips unsubscribed") << QStringList{QStringLiteral("a:t0"), QStringLiteral("b:t0,t1")} << QList<int>{2, 2}
                                        << QStringLiteral("a=t0-0 b=t0-1,t1-0,t1-1");
    QTest::newRow("one member") << QStringList{QStringLiteral("solo:t0")} << QList<int>{3} << QStringLiteral("solo=t0-0,t0-1,t0-2");
}

void TestAssignor::roundRobin()
{
    QFETCH(QStringList, members);
    QFETCH(QList<int>, partitions);
    QFETCH(QString, expected);
    const AssignorInput in = parseInput(members, partitions);
    const auto out = assignRoundRobin(in);
    QCOMPARE(render(out), expected);
    verifyExactCover(in, out);
    QCOMPARE(render(assignRoundRobin(reversed(in))), expected);
}

void TestAssignor::everyAssignorCoversAndIsDeterministic_data()
{
    QTest::addColumn<QString>("assignor");
    QTest::addColumn<int>("members");
    QTest::addColumn<QList<int>>("partitions");
    QTest::addColumn<int>("maxSpread"); // most minus fewest partitions per member
    const QStringList names{QStringLiteral("range"), QStringLiteral("roundrobin"), QStringLiteral("cooperative-sticky")};
    for (const QString &name : names) {
        const bool range = name == QLatin1String("range");
        auto row = [&](const char *shape) -> QTestData & { return QTest::newRow(qPrintable(name + QLatin1Char(' ') + QLatin1String(shape))) << name; };
        row("1x1") << 1 << QList<int>{1} << 0;
        row("3x7") << 3 << QList<int>{7} << 1;
        row("4x12") << 4 << QList<int>{12} << 0;
        row("5x3") << 5 << QList<int>{3} << 1;
        // Range balances per topic, so its remainders pile up on the first members.
        row("3x(4,4,4)") << 3 << QList<int>{4, 4, 4} << (range ? 3 : 1);
        row("7x(5,9)") << 7 << QList<int>{5, 9} << (range ? 2 : 1);
    }
}

void TestAssignor::everyAssignorCoversAndIsDeterministic()
{
    QFETCH(QString, assignor);
    QFETCH(int, members);
    QFETCH(QList<int>, partitions);
    QFETCH(int, maxSpread);
    QStringList ms;
    QStringList topics;
    for (int t = 0; t < partitions.size(); ++t)
        topics << QStringLiteral("t%1").arg(t);
    for (int i = 0; i < members; ++i)
        ms << QStringLiteral("member-%1:").arg(i) + topics.join(QLatin1Char(','));
    const AssignorInput in = parseInput(ms, partitions);
    bool followUp = true;
    const auto out = assign(assignor, in, &followUp);
    QCOMPARE(out.size(), std::size_t(members));
    QVERIFY(!followUp); // nobody owns anything yet: nothing to hold back
    verifyExactCover(in, out);
    QVERIFY2(spread(out) <= maxSpread, qPrintable(render(out)));
    QCOMPARE(render(assign(assignor, reversed(in), nullptr)), render(out));
}

void TestAssignor::cooperativeSticky_data()
{
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QList<int>>("partitions");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("followUp");
    QTest::newRow("stable group keeps everything")
        << QStringList{QStringLiteral("a:t0|t0-0,t0-3"), QStringLiteral("b:t0|t0-1,t0-2")} << QList<int>{4}
        << QStringLiteral("a=t0-0,t0-3 b=t0-1,t0-2") << false;
    QTest::newRow("newcomer waits for revocation")
        << QStringList{QStringLiteral("a:t0|t0-0,t0-1,t0-2,t0-3"), QStringLiteral("b:t0")} << QList<int>{4}
        << QStringLiteral("a=t0-0,t0-1 b=") << true;
    QTest::newRow("departed member's partitions move at once")
        << QStringList{QStringLiteral("a:t0|t0-0,t0-1"), QStringLiteral("c:t0|t0-4,t0-5")} << QList<int>{6}
        << QStringLiteral("a=t0-0,t0-1,t0-2 c=t0-3,t0-4,t0-5") << false;
    QTest::newRow("doubly claimed goes to nobody")
        << QStringList{QStringLiteral("a:t0|t0-0,t0-1"), QStringLiteral("b:t0|t0-1")} << QList<int>{2}
        << QStringLiteral("a=t0-0 b=") << true;
    QTest::newRow("unsubscribed topic is given up first")
        << QStringList{QStringLiteral("a:t0|t0-0,t1-0"), QStringLiteral("b:t0,t1|t0-1")} << QList<int>{2, 1}
        << QStringLiteral("a=t0-0 b=t0-1") << true;
    QTest::newRow("vanished partition is dropped")
        << QStringList{QStringLiteral("a:t0|t0-0,t0-7")} << QList<int>{2} << QStringLiteral("a=t0-0,t0-1") << false;
}

void TestAssignor::cooperativeSticky()
{
    QFETCH(QStringList, members);
    QFETCH(QList<int>, partitions);
    QFETCH(QString, expected);
    QFETCH(bool, followUp);
    const AssignorInput in = parseInput(members, partitions);
    bool needsFollowUp = !followUp;
    const auto out = assignCooperativeSticky(in, &needsFollowUp);
    QCOMPARE(render(out), expected);
    QCOMPARE(needsFollowUp, followUp);
    verifyExactCover(in, out, followUp);
    // KIP-429: nothing goes to a member while another member still owns it.
    for (const auto &a : out)
        for (const auto &tp : a.partitions)
            for (const auto &m : in.members)
                if (m.memberId != a.memberId)
                    QVERIFY2(std::find(m.owned.begin(), m.owned.end(), tp) == m.owned.end(), qPrintable(render(out)));
    QCOMPARE(render(assignCooperativeSticky(reversed(in), nullptr)), expected);
}

// Members arriving one at a time: each round feeds the last assignment back
// as what the members own. Every round must keep the no-double-owner rule,
// owners keep what they may, and the group settles balanced in at most two
// rounds per change.
void TestAssignor::cooperativeConvergesFromScratch()
{
    AssignorInput in;
    in.partitionsPerTopic[TopicId(0)] = 10;
    in.partitionsPerTopic[TopicId(1)] = 3;
    for (int joined = 1; joined <= 5; ++joined) {
        in.members.push_back({QStringLiteral("m%1").arg(joined), QString(), {TopicId(0), TopicId(1)}, {}, {}});
        int rounds = 0;
        bool followUp = true;
        while (followUp) {
            QVERIFY2(++rounds <= 2, qPrintable(QStringLiteral("no convergence with %1 members").arg(joined)));
            const auto out = assignCooperativeSticky(in, &followUp);
            verifyExactCover(in, out, followUp);
            for (const auto &a : out) {
                const GroupMember &m = memberOf(in, a.memberId);
                for (const auto &tp : a.partitions)
                    for (const auto &other : in.members)
                        if (other.memberId != m.memberId)
                            QVERIFY(std::find(other.owned.begin(), other.owned.end(), tp) == other.owned.end());
                // Sticky: what stays with the member is a subset of what it had,
                // plus partitions nobody owned.
                const std::set<TopicPartition> before(m.owned.begin(), m.owned.end());
                int kept = 0;
                for (const auto &tp : a.partitions)
                    kept += int(before.count(tp));
                QVERIFY(kept >= std::min<int>(int(before.size()), 13 / joined));
            }
            for (const auto &a : out)
                memberOf(in, a.memberId).owned = a.partitions;
            if (!followUp)
                QVERIFY2(spread(out) <= 1, qPrintable(render(out)));
        }
    }
}

void TestAssignor::unknownNameFallsBackToRange()
{
    const AssignorInput in = parseInput({QStringLiteral("a:t0"), QStringLiteral("b:t0")}, {3});
    QCOMPARE(render(assign(QStringLiteral("no-such-assignor"), in, nullptr)), render(assignRange(in)));
    // ...and the names select different strategies.
    const AssignorInput two = parseInput({QStringLiteral("a:t0,t1"), QStringLiteral("b:t0,t1")}, {3, 3});
    QCOMPARE(render(assign(QStringLiteral("range"), two, nullptr)), QStringLiteral("a=t0-0,t0-1,t1-0,t1-1 b=t0-2,t1-2"));
    QCOMPARE(render(assign(QStringLiteral("roundrobin"), two, nullptr)), QStringLiteral("a=t0-0,t0-2,t1-1 b=t0-1,t1-0,t1-2"));
}

QTEST_GUILESS_MAIN(TestAssignor)
#include "tst_assignor.moc"
