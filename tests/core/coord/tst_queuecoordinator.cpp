#include <QTest>

#include "../clustertesting.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

using namespace bb;
using namespace bb::testing;

namespace {

const QString kQueue = QStringLiteral("work");
const QString kTopic = QStringLiteral("jobs");
const QString kDlq = QStringLiteral("jobs-dlq");

// Records what a consumer receives and answers each record with `policy`
// (no answer when it returns nothing).
class Recorder : public QueueConsumerListener {
public:
    explicit Recorder(Cluster &c) : m_cluster(c) {}
    struct Delivery {
        Micros at;
        QueueRecord record;
    };
    std::function<std::optional<QueueAck>(const QueueRecord &)> policy = [](const QueueRecord &) { return QueueAck::Accept; };
    std::vector<Delivery> received;

    void onMessages(QueueConsumer &consumer, std::span<const QueueRecord> records) override
    {
        for (const QueueRecord &r : records) {
            received.push_back({m_cluster.loop().now(), r});
            if (auto kind = policy(r))
                consumer.ack(r, *kind);
        }
    }
    int countValue(const QByteArray &value) const
    {
        return int(std::count_if(received.begin(), received.end(), [&](const Delivery &d) { return d.record.value == value; }));
    }

private:
    Cluster &m_cluster;
};

QueueStats statsOf(Cluster &c, const QString &queue = kQueue)
{
    auto s = c.queueCoordinator().stats(queue);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return *s;
}

struct Msg {
    QByteArray key;
    QByteArray value;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    int partition = -1;
    Micros timestamp = -1; // -1: now
};

// Produces `messages` (acks=all) and waits until every one is acknowledged.
void produce(Cluster &c, const QString &topic, const std::vector<Msg> &messages)
{
    Producer &p = c.addProducer(QStringLiteral("producer"), ProducerConfig{});
    QVERIFY(stepUntil(c, [&] { return p.topicId(topic).ok(); }));
    const TopicId t = *p.topicId(topic);
    for (const Msg &m : messages) {
        std::vector<RecordHeader> hs;
        for (const auto &[k, v] : m.headers)
            hs.push_back({k, v});
        const Micros ts = m.timestamp < 0 ? c.loop().now() : m.timestamp;
        QVERIFY(!p.send(t, m.key.isNull() ? QByteArrayView() : QByteArrayView(m.key), m.value, ts, hs, m.partition));
    }
    p.flush();
    QVERIFY(stepUntil(c, [&] { return p.stats().recordsAcked == std::int64_t(messages.size()); }));
}

std::unique_ptr<Cluster> clusterWithTopics(int partitions, double loss = 0)
{
    auto c = makeCluster(3, 7, loss);
    createTopic(*c, kTopic, partitions);
    createTopic(*c, kDlq, 1);
    c->runFor(300 * kMillisecond); // metadata reaches every node
    return c;
}

QueueConfig queueConfig()
{
    QueueConfig q;
    q.name = kQueue;
    q.topic = kTopic;
    return q;
}

QueueConsumerConfig consumerConfig(QueueDelivery delivery, int prefetch = 10)
{
    QueueConsumerConfig cc;
    cc.queue = kQueue;
    cc.delivery = delivery;
    cc.prefetch = prefetch;
    cc.maxRecords = prefetch;
    return cc;
}

} // namespace

class TestQueueCoordinator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void declareRefusesBadQueues();
    void depthAndAgeWithoutConsumers();
    void eachRecordToExactlyOneConsumer();
    void visibilityTimeoutRedelivers();
    void releaseRequeuesAtOnce();
    void deadLettersAfterMaxDeliveries();
    void redriveMovesBack();
    void fifoGroupsInOrderOneInFlight();
    void deduplicationWindowDropsResends();
    void lossyNetworkSettlesEveryRecordOnce();
    void sameSeedSameTrace();
};

void TestQueueCoordinator::declareRefusesBadQueues()
{
    auto c = clusterWithTopics(1);
    QueueCoordinator &qc = c->queueCoordinator();
    QueueConfig q = queueConfig();
    q.topic = QStringLiteral("missing");
    Error e = qc.declareQueue(q);
    QCOMPARE(e.code, Errc::UnknownTopic);
    QVERIFY(e.message.contains(QStringLiteral("missing")));

    q = queueConfig();
    q.deadLetterTopic = kTopic;
    QCOMPARE(qc.declareQueue(q).code, Errc::InvalidConfig);
    q.deadLetterTopic = QStringLiteral("nope");
    QCOMPARE(qc.declareQueue(q).code, Errc::UnknownTopic);

    QVERIFY(!qc.declareQueue(queueConfig()));
    QCOMPARE(qc.declareQueue(queueConfig()).code, Errc::InvalidConfig); // the name is taken
    QCOMPARE(qc.redrive(kQueue).code, Errc::InvalidConfig);           // no dead-letter topic
    QCOMPARE(qc.redrive(QStringLiteral("other")).code, Errc::UnknownQueue);
    QCOMPARE(qc.stats(QStringLiteral("other")).error().code, Errc::UnknownQueue);

    // A consumer of a queue that does not exist is told so.
    QueueConsumerConfig cc = consumerConfig(QueueDelivery::Push);
    cc.queue = QStringLiteral("other");
    QueueConsumer &consumer = c->addQueueConsumer(QStringLiteral("lost"), cc);
    QVERIFY(stepUntil(*c, [&] { return consumer.lastError() == Errc::UnknownQueue; }, 2 * kSecond));
}

void TestQueueCoordinator::depthAndAgeWithoutConsumers()
{
    auto c = clusterWithTopics(2);
    QVERIFY(!c->queueCoordinator().declareQueue(queueConfig()));
    std::vector<Msg> messages;
    for (int i = 0; i < 5; ++i)
        messages.push_back({"k" + QByteArray::number(i), "m", {}, -1, -1});
    const Micros sentAt = c->loop().now();
    produce(*c, kTopic, messages);
    c->runFor(1 * kSecond);
    QueueStats s = statsOf(*c);
    QCOMPARE(s.available, std::int64_t(5));
    QCOMPARE(s.inFlight, std::int64_t(0));
    QVERIFY(s.oldestMessageAge >= 1 * kSecond);
    QVERIFY(s.oldestMessageAge <= c->loop().now() - sentAt);

    Recorder r(*c);
    c->addQueueConsumer(QStringLiteral("late"), consumerConfig(QueueDelivery::Push), &r);
    QVERIFY(stepUntil(*c, [&] { return statsOf(*c).acknowledged == 5; }));
    s = statsOf(*c);
    QCOMPARE(s.available, std::int64_t(0));
    QCOMPARE(s.oldestMessageAge, Micros(0));
}

void TestQueueCoordinator::eachRecordToExactlyOneConsumer()
{
    auto c = clusterWithTopics(3);
    QVERIFY(!c->queueCoordinator().declareQueue(queueConfig()));
    std::vector<std::unique_ptr<Recorder>> recorders;
    for (int i = 0; i < 3; ++i) {
        recorders.push_back(std::make_unique<Recorder>(*c));
        c->addQueueConsumer(QStringLiteral("c%1").arg(i), consumerConfig(QueueDelivery::Push, 4), recorders.back().get());
    }
    std::vector<Msg> messages;
    for (int i = 0; i < 60; ++i)
        messages.push_back({"k" + QByteArray::number(i), "m" + QByteArray::number(i), {}, -1, -1});
    produce(*c, kTopic, messages);
    QVERIFY(stepUntil(*c, [&] { return statsOf(*c).acknowledged == 60; }));
    c->runFor(500 * kMillisecond); // nothing more may arrive

    std::set<std::pair<int, std::int64_t>> seen;
    std::set<QByteArray> values;
    std::size_t total = 0;
    for (const auto &r : recorders) {
        QVERIFY2(!r->received.empty(), "every consumer got a share");
        total += r->received.size();
        for (const auto &d : r->received) {
            QCOMPARE(d.record.deliveryCount, 1);
            seen.insert({d.record.tp.partition.value, d.record.offset.value});
            values.insert(d.record.value);
        }
    }
    QCOMPARE(total, std::size_t(60));
    QCOMPARE(seen.size(), std::size_t(60));
    QCOMPARE(values.size(), std::size_t(60));
    const QueueStats s = statsOf(*c);
    QCOMPARE(s.delivered, std::int64_t(60));
    QCOMPARE(s.redelivered, std::int64_t(0));
    QCOMPARE(s.inFlight, std::int64_t(0));
    QCOMPARE(s.available, std::int64_t(0));
    // Everything acknowledged: no per-record state is kept any more.
    QCOMPARE(c->queueCoordinator().trackedRecords(kQueue), std::size_t(0));
}

void TestQueueCoordinator::visibilityTimeoutRedelivers()
{
    auto c = clusterWithTopics(1);
    QueueConfig q = queueConfig();
    q.visibilityTimeout = 300 * kMillisecond;
    QVERIFY(!c->queueCoordinator().declareQueue(q));
    Recorder forgetful(*c);
    forgetful.policy = [](const QueueRecord &) { return std::nullopt; }; // never acks
    QueueConsumer &a = c->addQueueConsumer(QStringLiteral("a"), consumerConfig(QueueDelivery::Pull, 1), &forgetful);
    produce(*c, kTopic, {{"k", "job-1", {}, -1, -1}});
    QVERIFY(stepUntil(*c, [&] {
        if (!a.fetchOutstanding() && forgetful.received.empty())
            a.fetch(1);
        return !forgetful.received.empty();
    }));
    const QueueRecord first = forgetful.received[0].record;
    QCOMPARE(first.deliveryCount, 1);
    QCOMPARE(statsOf(*c).inFlight, std::int64_t(1));

    Recorder careful(*c);
    c->addQueueConsumer(QStringLiteral("b"), consumerConfig(QueueDelivery::Push, 1), &careful);
    QVERIFY(stepUntil(*c, [&] { return !careful.received.empty(); }, 2 * kSecond));
    const auto &again = careful.received[0];
    QCOMPARE(again.record.value, QByteArray("job-1"));
    QCOMPARE(again.record.offset, first.offset);
    QCOMPARE(again.record.deliveryCount, 2);
    QVERIFY2(again.at >= first.lockedUntil, "not before the visibility timeout ran out");
    QVERIFY(again.at - forgetful.received[0].at >= q.visibilityTimeout);
    QVERIFY(stepUntil(*c, [&] { return statsOf(*c).acknowledged == 1; }));
    QCOMPARE(forgetful.received.size(), std::size_t(1));

    // The first consumer's late ack finds the record settled by another.
    a.ack(first, QueueAck::Accept);
    QVERIFY(stepUntil(*c, [&] { return a.stats().invalidAcks == 1; }, 1 * kSecond));
    const QueueStats s = statsOf(*c);
    QCOMPARE(s.acknowledged, std::int64_t(1));
    QCOMPARE(s.lockExpired, std::int64_t(1));
    QCOMPARE(s.redelivered, std::int64_t(1));
    QCOMPARE(s.delivered, std::int64_t(2));
}

void TestQueueCoordinator::releaseRequeuesAtOnce()
{
    auto c = clusterWithTopics(1);
    QueueConfig q = queueConfig();
    q.visibilityTimeout = 10 * kSecond;
    QVERIFY(!c->queueCoordinator().declareQueue(q));
    Recorder r(*c);
    r.policy = [](const QueueRecord &rec) -> std::optional<QueueAck> {
        if (rec.deliveryCount == 1)
            return QueueAck::Release; // nack with requeue
        return std::nullopt;
    };
    QueueConsumer &consumer = c->addQueueConsumer(QStringLiteral("a"), consumerConfig(QueueDelivery::Pull, 1), &r);
    produce(*c, kTopic, {{"k", "job", {}, -1, -1}});
    QVERIFY(stepUntil(*c, [&] {
        if (!consumer.fetchOutstanding())
            consumer.fetch(1);
        return r.received.size() == 2;
    }, 3 * kSecond));
    QCOMPARE(r.received[1].record.offset, r.received[0].record.offset);
    QCOMPARE(r.received[1].record.deliveryCount, 2);
    QVERIFY2(r.received[1].at - r.received[0].at < 100 * kMillisecond, "released records do not wait for the timeout");
    const QueueStats s = statsOf(*c);
    QCOMPARE(s.released, std::int64_t(1));
    QCOMPARE(s.lockExpired, std::int64_t(0));
    QCOMPARE(s.inFlight, std::int64_t(1));
}

namespace {

struct DlqWorld {
    std::unique_ptr<Cluster> cluster;
    std::unique_ptr<Recorder> recorder;
    bool cured = false; // once true, every record is accepted
};

// A queue whose consumer releases "poison" every time and rejects
// "reject-me" at once, run until both are dead-lettered.
void poisonWorld(DlqWorld &w, bool withReject)
{
    w.cluster = clusterWithTopics(2);
    Cluster &c = *w.cluster;
    QueueConfig q = queueConfig();
    q.maxDeliveries = 3;
    q.deadLetterTopic = kDlq;
    QVERIFY(!c.queueCoordinator().declareQueue(q));
    w.recorder = std::make_unique<Recorder>(c);
    w.recorder->policy = [&w](const QueueRecord &r) -> std::optional<QueueAck> {
        if (w.cured)
            return QueueAck::Accept;
        if (r.value == "poison")
            return QueueAck::Release;
        if (r.value == "reject-me")
            return QueueAck::Reject;
        return QueueAck::Accept;
    };
    c.addQueueConsumer(QStringLiteral("worker"), consumerConfig(QueueDelivery::Push, 5), w.recorder.get());
    std::vector<Msg> messages = {{"a", "ok-1", {}, -1, -1},
                                     {"b", "poison", {{"message-id", "p-1"}, {"trace", "t-9"}}, -1, -1},
                                     {"c", "ok-2", {}, -1, -1}};
    if (withReject)
        messages.push_back({"d", "reject-me", {}, -1, -1});
    produce(c, kTopic, messages);
    const int expected = withReject ? 2 : 1;
    QVERIFY(stepUntil(c, [&] { return statsOf(c).deadLettered == expected; }));
}

} // namespace

void TestQueueCoordinator::deadLettersAfterMaxDeliveries()
{
    DlqWorld w;
    poisonWorld(w, true);
    if (QTest::currentTestFailed())
        return;
    Cluster &c = *w.cluster;
    const Recorder &r = *w.recorder;

    std::vector<int> counts;
    QueueRecord poison;
    for (const auto &d : r.received)
        if (d.record.value == "poison") {
            counts.push_back(d.record.deliveryCount);
            poison = d.record;
        }
    QCOMPARE(counts, (std::vector<int>{1, 2, 3}));
    QCOMPARE(r.countValue("reject-me"), 1);
    const QueueStats s = statsOf(c);
    QCOMPARE(s.acknowledged, std::int64_t(2));
    QCOMPARE(s.released, std::int64_t(3));
    QCOMPARE(s.rejected, std::int64_t(1));
    QCOMPARE(s.inFlight, std::int64_t(0));
    QCOMPARE(s.available, std::int64_t(0));

    const auto dlq = readTopic(c, kDlq);
    QCOMPARE(dlq.size(), std::size_t(2));
    const auto find = [&](const QByteArray &value) {
        return *std::find_if(dlq.begin(), dlq.end(), [&](const LoggedRecord &l) { return l.value == value; });
    };
    const LoggedRecord dead = find("poison");
    QCOMPARE(dead.key, QByteArray("b"));
    QCOMPARE(dead.header("x-death-reason"), QByteArray("delivery_limit"));
    QCOMPARE(dead.header("x-delivery-count"), QByteArray("3"));
    QCOMPARE(dead.header("x-original-topic"), kTopic.toUtf8());
    QCOMPARE(dead.header("x-original-partition"), QByteArray::number(poison.tp.partition.value));
    QCOMPARE(dead.header("x-original-offset"), QByteArray::number(poison.offset.value));
    QCOMPARE(dead.header("message-id"), QByteArray("p-1"));
    QCOMPARE(dead.header("trace"), QByteArray("t-9"));
    const LoggedRecord rejected = find("reject-me");
    QCOMPARE(rejected.header("x-death-reason"), QByteArray("rejected"));
    QCOMPARE(rejected.header("x-delivery-count"), QByteArray("1"));

    int events = 0;
    for (const ClusterEvent &e : c.events())
        if (e.kind == ClusterEventKind::QueueDeadLettered) {
            ++events;
            QVERIFY(e.text.contains(kQueue) && e.text.contains(kDlq));
        }
    QCOMPARE(events, 2);
    // Nothing comes back by itself: the queue is drained.
    c.runFor(1 * kSecond);
    QCOMPARE(r.countValue("poison"), 3);
}

void TestQueueCoordinator::redriveMovesBack()
{
    DlqWorld w;
    poisonWorld(w, false);
    if (QTest::currentTestFailed())
        return;
    Cluster &c = *w.cluster;
    QueueCoordinator &qc = c.queueCoordinator();
    w.cured = true;
    QVERIFY(!qc.redrive(kQueue));
    QCOMPARE(qc.redrive(kQueue).code, Errc::InvalidConfig); // one redrive at a time
    QVERIFY(stepUntil(c, [&] { return !qc.isRedriving(kQueue) && statsOf(c).acknowledged == 3; }));

    // The redriven copy is a new record in the source topic, without the
    // dead-letter headers and with its message id.
    const auto source = readTopic(c, kTopic);
    std::vector<LoggedRecord> poison;
    for (const auto &l : source)
        if (l.value == "poison")
            poison.push_back(l);
    QCOMPARE(poison.size(), std::size_t(2));
    QCOMPARE(poison[1].partition, poison[0].partition); // back where it came from
    QVERIFY(poison[1].offset > poison[0].offset);
    const LoggedRecord &again = poison[1];
    QVERIFY(again.header("x-death-reason").isNull());
    QVERIFY(again.header("x-delivery-count").isNull());
    QVERIFY(again.header("x-original-offset").isNull());
    QCOMPARE(again.header("message-id"), QByteArray("p-1"));
    QCOMPARE(again.header("trace"), QByteArray("t-9"));

    const auto &last = w.recorder->received.back().record;
    QCOMPARE(last.value, QByteArray("poison"));
    QCOMPARE(last.deliveryCount, 1); // a new record, delivered afresh
    QCOMPARE(w.recorder->countValue("poison"), 4);
    QCOMPARE(statsOf(c).redriven, std::int64_t(1));

    QStringList redriveEvents;
    for (const ClusterEvent &e : c.events())
        if (e.kind == ClusterEventKind::QueueRedrive)
            redriveEvents << e.text;
    QCOMPARE(redriveEvents.size(), 2);
    QVERIFY(redriveEvents[1].contains(QStringLiteral("finished: 1 message")));

    // A second redrive starts where the first stopped: nothing to move.
    QVERIFY(!qc.redrive(kQueue));
    QVERIFY(stepUntil(c, [&] { return !qc.isRedriving(kQueue); }));
    QCOMPARE(statsOf(c).redriven, std::int64_t(1));
    QCOMPARE(readTopic(c, kTopic).size(), source.size());
}

void TestQueueCoordinator::fifoGroupsInOrderOneInFlight()
{
    auto c = clusterWithTopics(2);
    QueueConfig q = queueConfig();
    q.fifo = true;
    QVERIFY(!c->queueCoordinator().declareQueue(q));

    // Each consumer holds a record for 30 ms before accepting it.
    struct Slow : QueueConsumerListener {
        Cluster *cluster = nullptr;
        std::map<QByteArray, bool> *inFlight = nullptr;
        std::map<QByteArray, std::vector<int>> *order = nullptr;
        std::set<QString> *consumers = nullptr;
        int *violations = nullptr;
        int *maxParallel = nullptr;
        void onMessages(QueueConsumer &consumer, std::span<const QueueRecord> records) override
        {
            for (const QueueRecord &r : records) {
                const QByteArray group = headerOf(r, "group");
                if ((*inFlight)[group])
                    ++*violations;
                (*inFlight)[group] = true;
                (*order)[group].push_back(r.value.split(':')[1].toInt());
                consumers->insert(consumer.memberId() + QString::fromUtf8(group));
                int parallel = 0;
                for (const auto &[g, busy] : *inFlight)
                    parallel += busy;
                *maxParallel = std::max(*maxParallel, parallel);
                QueueConsumer *cp = &consumer;
                cluster->loop().call(30 * kMillisecond, [this, cp, r, group] {
                    (*inFlight)[group] = false;
                    cp->ack(r, QueueAck::Accept);
                });
            }
        }
    };
    std::map<QByteArray, bool> inFlight;
    std::map<QByteArray, std::vector<int>> order;
    std::set<QString> consumerGroups;
    int violations = 0, maxParallel = 0;
    std::vector<std::unique_ptr<Slow>> listeners;
    for (int i = 0; i < 3; ++i) {
        auto l = std::make_unique<Slow>();
        l->cluster = c.get();
        l->inFlight = &inFlight;
        l->order = &order;
        l->consumers = &consumerGroups;
        l->violations = &violations;
        l->maxParallel = &maxParallel;
        c->addQueueConsumer(QStringLiteral("c%1").arg(i), consumerConfig(QueueDelivery::Push, 3), l.get());
        listeners.push_back(std::move(l));
    }
    // Keys differ per record, so only the "group" header ties a group together.
    std::vector<Msg> messages;
    for (int i = 0; i < 8; ++i)
        for (const char *g : {"A", "B"})
            messages.push_back({QByteArray(g) + "-" + QByteArray::number(i), QByteArray(g) + ":" + QByteArray::number(i),
                                {{"group", g}}, g[0] == 'A' ? 0 : 1, -1});
    produce(*c, kTopic, messages);
    QVERIFY(stepUntil(*c, [&] { return statsOf(*c).acknowledged == 16; }));

    const std::vector<int> inOrder{0, 1, 2, 3, 4, 5, 6, 7};
    QCOMPARE(order["A"], inOrder);
    QCOMPARE(order["B"], inOrder);
    QCOMPARE(violations, 0);          // never two of one group in flight
    QCOMPARE(maxParallel, 2);         // but the two groups did overlap
    QVERIFY(consumerGroups.size() > 2); // and a group's records went to more than one consumer
    QCOMPARE(statsOf(*c).redelivered, std::int64_t(0));
}

void TestQueueCoordinator::deduplicationWindowDropsResends()
{
    auto c = clusterWithTopics(1);
    QueueConfig q = queueConfig();
    q.deduplicationWindow = 10 * kSecond;
    QVERIFY(!c->queueCoordinator().declareQueue(q));
    Recorder r(*c);
    c->addQueueConsumer(QStringLiteral("a"), consumerConfig(QueueDelivery::Push), &r);
    const Micros t0 = c->loop().now();
    produce(*c, kTopic,
            {{"k", "first", {{"message-id", "m1"}}, -1, t0},
             {"k", "second", {{"message-id", "m2"}}, -1, t0},
             {"k", "first-again", {{"message-id", "m1"}}, -1, t0 + 2 * kSecond},   // within the window: dropped
             {"k", "third", {{"message-id", "m3"}}, -1, t0},
             {"k", "third-later", {{"message-id", "m3"}}, -1, t0 + 30 * kSecond}, // outside it: delivered
             {"k", "no-id", {}, -1, t0},
             {"k", "no-id", {}, -1, t0}});
    QVERIFY(stepUntil(*c, [&] { return statsOf(*c).acknowledged == 6; }));
    c->runFor(500 * kMillisecond);
    QCOMPARE(r.received.size(), std::size_t(6));
    QCOMPARE(r.countValue("first"), 1);
    QCOMPARE(r.countValue("first-again"), 0);
    QCOMPARE(r.countValue("third-later"), 1);
    QCOMPARE(r.countValue("no-id"), 2);
    QCOMPARE(statsOf(*c).deduplicated, std::int64_t(1));
}

void TestQueueCoordinator::lossyNetworkSettlesEveryRecordOnce()
{
    // Lost fetch answers leave records locked to a member that never saw
    // them (they come back when the locks run out); lost acks are resent.
    auto c = clusterWithTopics(2, 0.03);
    QueueConfig q = queueConfig();
    q.visibilityTimeout = 1 * kSecond;
    q.maxDeliveries = 100;
    QVERIFY(!c->queueCoordinator().declareQueue(q));
    Recorder a(*c), b(*c);
    c->addQueueConsumer(QStringLiteral("a"), consumerConfig(QueueDelivery::Push, 4), &a);
    c->addQueueConsumer(QStringLiteral("b"), consumerConfig(QueueDelivery::Push, 4), &b);
    std::vector<Msg> messages;
    for (int i = 0; i < 80; ++i)
        messages.push_back({"k" + QByteArray::number(i), "m" + QByteArray::number(i), {}, -1, -1});
    produce(*c, kTopic, messages);
    // The producer may have written some twice (a lost produce answer and a
    // retry): each copy is a record of its own and is settled once.
    QVERIFY(stepUntil(*c, [&] {
        const QueueStats s = statsOf(*c);
        return s.available == 0 && s.inFlight == 0 && s.acknowledged >= 80;
    }, 60 * kSecond));
    const std::int64_t logged = std::int64_t(readTopic(*c, kTopic).size());
    QVERIFY(logged >= 80);
    QCOMPARE(statsOf(*c).acknowledged, logged);
    std::set<QByteArray> values;
    for (const Recorder *r : {&a, &b})
        for (const auto &d : r->received)
            values.insert(d.record.value);
    QCOMPARE(values.size(), std::size_t(80));
    QVERIFY2(statsOf(*c).redelivered > 0, "the loss shows up as redeliveries");
}

void TestQueueCoordinator::sameSeedSameTrace()
{
    std::uint64_t hashes[2];
    for (std::uint64_t &hash : hashes) {
        DlqWorld w;
        poisonWorld(w, true);
        QVERIFY(!w.cluster->queueCoordinator().redrive(kQueue));
        w.cluster->runFor(2 * kSecond);
        hash = w.cluster->loop().traceHash();
    }
    QCOMPARE(hashes[0], hashes[1]);
}

QTEST_GUILESS_MAIN(TestQueueCoordinator)
#include "tst_queuecoordinator.moc"
