// QTest first: moc needs Qt's predefines before <compare> (model/ids.h).
#include <QTest>

#include "sim/simnetwork.h"

#include <algorithm>
#include <map>
#include <vector>

using namespace bb;

namespace {

// Receives MetadataRequests whose correlation says which message it was.
class Sink final : public Actor {
public:
    explicit Sink(EventLoop &loop) : m_loop(loop) {}
    struct Arrival {
        ActorId from;
        std::int64_t id;
        Micros at;
    };
    std::vector<Arrival> arrivals;
    void onMessage(ActorId from, Message &message) override
    {
        arrivals.push_back({from, std::get<MetadataRequest>(message).correlation, m_loop.now()});
    }
    void onTimer(std::uint64_t) override {}
    std::vector<std::int64_t> ids(ActorId from) const
    {
        std::vector<std::int64_t> out;
        for (const auto &a : arrivals)
            if (a.from == from)
                out.push_back(a.id);
        return out;
    }

private:
    EventLoop &m_loop;
};

// Two senders on hosts 1 and 2, a receiver on host 3; a second actor on
// host 1 shares its machine with the first sender.
struct World {
    explicit World(std::uint64_t seed = 1) : net(loop, seed), a(loop), b(loop), c(loop), a2(loop)
    {
        attach(kA, 1, &a);
        attach(kB, 2, &b);
        attach(kC, 3, &c);
        attach(kA2, 1, &a2);
    }
    void attach(ActorId id, HostId host, Actor *actor)
    {
        net.setHost(id, host);
        loop.attach(id, actor);
    }
    // `count` messages from -> to, one every `spacing` us starting now;
    // message i carries id i and is sent at start + i * spacing.
    void sendSpaced(ActorId from, ActorId to, int count, Micros spacing, std::int64_t firstId = 0)
    {
        for (int i = 0; i < count; ++i)
            loop.call(Micros(i) * spacing, [this, from, to, id = firstId + i] { net.send(from, to, MetadataRequest{id}); });
    }
    static constexpr ActorId kA{1}, kB{2}, kC{3}, kA2{4};
    EventLoop loop;
    SimNetwork net;
    Sink a, b, c, a2;
};

} // namespace

class TestSimNetwork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void latencyAndJitterBounds_data();
    void latencyAndJitterBounds();
    void perLinkConfigOverridesTheDefault();
    void fifoPerLink();
    void reorderingLetsMessagesOvertake();
    void lossRate_data();
    void lossRate();
    void sameSeedSameDeliveries();
    void oneWayCut();
    void isolation();
    void sameHostIsNeverLostNorDelayed();
    void healAllClearsEverything();
};

void TestSimNetwork::latencyAndJitterBounds_data()
{
    QTest::addColumn<qint64>("latency");
    QTest::addColumn<qint64>("jitter");
    QTest::addColumn<qint64>("spacing");
    QTest::newRow("no delay") << qint64(0) << qint64(0) << qint64(10);
    QTest::newRow("fixed 1 ms") << qint64(1000) << qint64(0) << qint64(10);
    QTest::newRow("1 ms + 500 us jitter, spaced") << qint64(1000) << qint64(500) << qint64(1000);
    // Sent faster than the jitter: FIFO may hold a message back, but never
    // past the latest delivery any message of the link could have had.
    QTest::newRow("2 ms + 2 ms jitter, bursty") << qint64(2000) << qint64(2000) << qint64(5);
    QTest::newRow("jitter only") << qint64(0) << qint64(300) << qint64(400);
}

void TestSimNetwork::latencyAndJitterBounds()
{
    QFETCH(qint64, latency);
    QFETCH(qint64, jitter);
    QFETCH(qint64, spacing);
    World w(7);
    w.net.setDefaultLink({latency, jitter, 0, 0});
    const int n = 2000;
    w.sendSpaced(World::kA, World::kC, n, spacing);
    w.loop.runUntil(Micros(n) * spacing + latency + jitter + 1);
    QCOMPARE(int(w.c.arrivals.size()), n);
    Micros minDelay = INT64_MAX, maxDelay = 0;
    for (const auto &a : w.c.arrivals) {
        const Micros delay = a.at - a.id * spacing;
        QVERIFY2(delay >= latency && delay <= latency + jitter,
                 qPrintable(QStringLiteral("message %1 took %2 us").arg(a.id).arg(delay)));
        minDelay = std::min(minDelay, delay);
        maxDelay = std::max(maxDelay, delay);
    }
    if (jitter == 0) {
        QCOMPARE(minDelay, Micros(latency));
        QCOMPARE(maxDelay, Micros(latency));
    } else if (spacing > jitter) {
        // The jitter is really drawn: the delays spread over most of the range.
        // (Sent faster than the jitter, FIFO pulls every delay up towards
        // the maximum, so the spread says nothing there.)
        QVERIFY2(maxDelay - minDelay > jitter * 3 / 4, qPrintable(QStringLiteral("spread %1").arg(maxDelay - minDelay)));
    }
}

void TestSimNetwork::perLinkConfigOverridesTheDefault()
{
    World w;
    w.net.setDefaultLink({100, 0, 0, 0});
    w.net.setLink(1, 3, {5000, 0, 0, 0}); // one direction only
    QCOMPARE(w.net.link(1, 3).latency, Micros(5000));
    QCOMPARE(w.net.link(3, 1).latency, Micros(100));
    w.net.send(World::kA, World::kC, MetadataRequest{1});
    w.net.send(World::kB, World::kC, MetadataRequest{2});
    w.net.send(World::kC, World::kA, MetadataRequest{3});
    w.loop.runUntil(10000);
    QCOMPARE(w.c.arrivals.size(), std::size_t(2));
    QCOMPARE(w.c.arrivals[0].id, std::int64_t(2));
    QCOMPARE(w.c.arrivals[0].at, Micros(100));
    QCOMPARE(w.c.arrivals[1].at, Micros(5000));
    QCOMPARE(w.a.arrivals.at(0).at, Micros(100));
    w.net.clearLink(1, 3);
    QCOMPARE(w.net.link(1, 3).latency, Micros(100));
}

void TestSimNetwork::fifoPerLink()
{
    World w(3);
    // Jitter far above the spacing: without FIFO most messages would overtake.
    w.net.setDefaultLink({1000, 5000, 0, 0});
    w.sendSpaced(World::kA, World::kC, 500, 10, 0);
    w.sendSpaced(World::kB, World::kC, 500, 10, 10000);
    w.loop.runUntil(100000);
    QCOMPARE(w.c.arrivals.size(), std::size_t(1000));
    const auto fromA = w.c.ids(World::kA), fromB = w.c.ids(World::kB);
    QCOMPARE(fromA.size(), std::size_t(500));
    QCOMPARE(fromB.size(), std::size_t(500));
    QVERIFY(std::is_sorted(fromA.begin(), fromA.end()));
    QVERIFY(std::is_sorted(fromB.begin(), fromB.end()));
    // The two links are independent: their messages interleave at the receiver.
    int switches = 0;
    for (std::size_t i = 1; i < w.c.arrivals.size(); ++i)
        switches += w.c.arrivals[i].from != w.c.arrivals[i - 1].from ? 1 : 0;
    QVERIFY2(switches > 10, qPrintable(QString::number(switches)));
}

// The FIFO check above can fail: with reordering on, the same traffic
// arrives out of order.
void TestSimNetwork::reorderingLetsMessagesOvertake()
{
    World w(3);
    w.net.setDefaultLink({1000, 5000, 0, 0.5});
    w.sendSpaced(World::kA, World::kC, 500, 10);
    w.loop.runUntil(100000);
    const auto ids = w.c.ids(World::kA);
    QCOMPARE(ids.size(), std::size_t(500));
    QVERIFY(!std::is_sorted(ids.begin(), ids.end()));
}

void TestSimNetwork::lossRate_data()
{
    QTest::addColumn<double>("loss");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("none") << 0.0 << quint64(1);
    QTest::newRow("1%") << 0.01 << quint64(2);
    QTest::newRow("10%") << 0.1 << quint64(3);
    QTest::newRow("30%") << 0.3 << quint64(4);
    QTest::newRow("50%, another seed") << 0.5 << quint64(99);
    QTest::newRow("all") << 1.0 << quint64(5);
}

void TestSimNetwork::lossRate()
{
    QFETCH(double, loss);
    QFETCH(quint64, seed);
    World w(seed);
    w.net.setDefaultLink({100, 0, loss, 0});
    const int n = 20000;
    for (int i = 0; i < n; ++i)
        w.net.send(World::kA, World::kC, MetadataRequest{i});
    w.loop.runUntil(1000);
    const auto &s = w.net.stats();
    QCOMPARE(s.sent, std::int64_t(n));
    QCOMPARE(s.delivered + s.droppedLoss, s.sent);
    QCOMPARE(s.droppedCut, std::int64_t(0));
    QCOMPARE(std::int64_t(w.c.arrivals.size()), s.delivered);
    // The loss is a Bernoulli draw per message: with n = 20000 its standard
    // deviation is at most 0.0036; 0.02 is more than five of them. The run is
    // deterministic, so this bound cannot flake, and a broken draw (no loss,
    // or loss applied twice) is far outside it.
    const double observed = double(s.droppedLoss) / n;
    QVERIFY2(std::abs(observed - loss) <= 0.02, qPrintable(QStringLiteral("observed loss %1").arg(observed)));
    if (loss == 0)
        QCOMPARE(s.droppedLoss, std::int64_t(0));
    if (loss == 1)
        QCOMPARE(s.delivered, std::int64_t(0));
}

void TestSimNetwork::sameSeedSameDeliveries()
{
    auto run = [](std::uint64_t seed) {
        World w(seed);
        w.net.setDefaultLink({1000, 800, 0.2, 0.1});
        w.sendSpaced(World::kA, World::kC, 300, 50);
        w.loop.runUntil(100000);
        std::vector<std::pair<std::int64_t, Micros>> out;
        for (const auto &a : w.c.arrivals)
            out.emplace_back(a.id, a.at);
        return out;
    };
    const auto first = run(11);
    QVERIFY(!first.empty());
    QVERIFY(first == run(11));
    QVERIFY(first != run(12));
}

void TestSimNetwork::oneWayCut()
{
    World w;
    w.net.setCut(1, 3, true);
    QVERIFY(w.net.isCut(1, 3));
    QVERIFY(!w.net.isCut(3, 1));
    w.net.send(World::kA, World::kC, MetadataRequest{1}); // dropped
    w.net.send(World::kC, World::kA, MetadataRequest{2}); // the other way works
    w.net.send(World::kB, World::kC, MetadataRequest{3}); // other links untouched
    w.net.send(World::kA, World::kB, MetadataRequest{4});
    w.loop.runUntil(1000);
    QCOMPARE(w.c.ids(World::kA), std::vector<std::int64_t>{});
    QCOMPARE(w.c.ids(World::kB), std::vector<std::int64_t>{3});
    QCOMPARE(w.a.ids(World::kC), std::vector<std::int64_t>{2});
    QCOMPARE(w.b.ids(World::kA), std::vector<std::int64_t>{4});
    QCOMPARE(w.net.stats().droppedCut, std::int64_t(1));

    w.net.setCut(1, 3, false);
    w.net.send(World::kA, World::kC, MetadataRequest{5});
    w.loop.runUntil(2000);
    QCOMPARE(w.c.ids(World::kA), std::vector<std::int64_t>{5});
}

void TestSimNetwork::isolation()
{
    World w;
    w.net.setIsolated(1, true);
    QVERIFY(w.net.isIsolated(1));
    QVERIFY(w.net.isCut(1, 3) && w.net.isCut(3, 1) && w.net.isCut(2, 1));
    QVERIFY(!w.net.isCut(2, 3));
    w.net.send(World::kA, World::kC, MetadataRequest{1});
    w.net.send(World::kC, World::kA, MetadataRequest{2});
    w.net.send(World::kB, World::kA, MetadataRequest{3});
    w.net.send(World::kB, World::kC, MetadataRequest{4});
    w.loop.runUntil(1000);
    QVERIFY(w.a.arrivals.empty());
    QCOMPARE(w.c.ids(World::kA), std::vector<std::int64_t>{});
    QCOMPARE(w.c.ids(World::kB), std::vector<std::int64_t>{4});
    QCOMPARE(w.net.stats().droppedCut, std::int64_t(3));

    w.net.setIsolated(1, false);
    QVERIFY(!w.net.isIsolated(1));
    w.net.send(World::kA, World::kC, MetadataRequest{5});
    w.net.send(World::kC, World::kA, MetadataRequest{6});
    w.loop.runUntil(2000);
    QCOMPARE(w.c.ids(World::kA), std::vector<std::int64_t>{5});
    QCOMPARE(w.a.ids(World::kC), std::vector<std::int64_t>{6});
}

void TestSimNetwork::sameHostIsNeverLostNorDelayed()
{
    World w;
    // Everything that could drop or delay a message between hosts at once.
    w.net.setDefaultLink({5000, 5000, 1.0, 0});
    w.net.setLink(1, 1, {5000, 5000, 1.0, 0});
    w.net.setCut(1, 1, true);
    w.net.setIsolated(1, true);
    w.loop.runUntil(100);
    for (int i = 0; i < 100; ++i)
        w.net.send(World::kA, World::kA2, MetadataRequest{i});
    w.net.send(World::kA, World::kC, MetadataRequest{1000}); // leaves the host: dropped
    w.loop.runUntil(100);
    QCOMPARE(w.a2.arrivals.size(), std::size_t(100));
    for (std::size_t i = 0; i < w.a2.arrivals.size(); ++i) {
        QCOMPARE(w.a2.arrivals[i].id, std::int64_t(i));
        QCOMPARE(w.a2.arrivals[i].at, Micros(100));
    }
    QVERIFY(w.c.arrivals.empty());
}

void TestSimNetwork::healAllClearsEverything()
{
    World w;
    w.net.setDefaultLink({100, 0, 0, 0});
    w.net.setCut(1, 3, true);
    w.net.setIsolated(2, true);
    w.net.setLink(3, 1, {1, 0, 1.0, 0});
    w.net.healAll();
    QVERIFY(!w.net.isCut(1, 3));
    QVERIFY(!w.net.isIsolated(2));
    QCOMPARE(w.net.link(3, 1), w.net.defaultLink());
    w.net.send(World::kA, World::kC, MetadataRequest{1});
    w.net.send(World::kB, World::kC, MetadataRequest{2});
    w.net.send(World::kC, World::kA, MetadataRequest{3});
    w.loop.runUntil(1000);
    QCOMPARE(w.c.arrivals.size(), std::size_t(2));
    QCOMPARE(w.a.arrivals.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestSimNetwork)
#include "tst_simnetwork.moc"
