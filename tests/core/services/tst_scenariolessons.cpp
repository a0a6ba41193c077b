// Each bundled concept scenario teaches one thing; these tests hold it to
// that lesson on its own seed and on other seeds, reading what the
// applications saw (ServiceRuntime::report through runScenario).
#include <QTest>

#include "lab/scenariorun.h"
#include "topology/scenariojson.h"

#include <QJsonArray>

using namespace bb;

namespace {

struct Run {
    QJsonObject report;
    QJsonObject service(const QString &name) const
    {
        for (const QJsonValue &v : report.value(QStringLiteral("services")).toArray())
            if (v[QStringLiteral("name")].toString() == name)
                return v.toObject();
        return {};
    }
    QJsonObject first(const char *list) const { return report.value(QLatin1String(list)).toArray().first().toObject(); }
    qint64 get(const QString &service, const char *field) const { return qint64(this->service(service).value(QLatin1String(field)).toDouble(-1)); }
};

Run run(const QString &name, std::uint64_t seedOffset = 0)
{
    auto s = loadScenario(name);
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    auto r = runScenario(*s, s->seed + seedOffset, s->duration);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    if (!r->violations.empty())
        qFatal("%s broke a broker guarantee: %s", qPrintable(name), qPrintable(r->violations.front().detail));
    return {toJson(*r)};
}

} // namespace

class TestScenarioLessons : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seeds_data();
    void orderingHoldsPerKeyOnly();
    void orderingHoldsPerKeyOnly_data() { seeds_data(); }
    void deduplicationSkipsTheResentEmails();
    void deduplicationSkipsTheResentEmails_data() { seeds_data(); }
    void queueSharesTopicBroadcasts();
    void pushBuffersInMemoryPullInTheLog();
    void requestReplyTimesOutDuringFailover();
    void poisonMessagesEndInTheDeadLetterTopic();
    void choreographyLosesNothingThroughACrash();
    void choreographyLosesNothingThroughACrash_data() { seeds_data(); }
    void sagaCompensatesEveryDeclinedPayment();
    void outboxKeepsWhatTheDualWriteLoses();
    void outboxKeepsWhatTheDualWriteLoses_data() { seeds_data(); }
    void replayRebuildsTheSameBalances();
    void lagGrowsThenDrainsAfterScalingOut();
    void theDefaultScenarioHasTwoGroupsKeepingUp();
};

void TestScenarioLessons::seeds_data()
{
    QTest::addColumn<int>("offset");
    for (int i = 0; i < 3; ++i)
        QTest::newRow(qPrintable(QStringLiteral("seed+%1").arg(i))) << i;
}

void TestScenarioLessons::orderingHoldsPerKeyOnly()
{
    QFETCH(int, offset);
    const Run r = run(QStringLiteral("ordering-chat"), std::uint64_t(offset));
    QVERIFY(r.get(QStringLiteral("screen-keyed"), "distinct") > 10000);
    QCOMPARE(r.get(QStringLiteral("screen-keyed"), "out_of_order"), 0);
    QVERIFY(r.get(QStringLiteral("screen-spread"), "out_of_order") > 0);
}

void TestScenarioLessons::deduplicationSkipsTheResentEmails()
{
    QFETCH(int, offset);
    const Run r = run(QStringLiteral("dedup-email"), std::uint64_t(offset));
    const qint64 dup = r.get(QStringLiteral("mailer"), "duplicated");
    QVERIFY2(dup > 0, "the lost acknowledgements must make the producer write some emails twice");
    QCOMPARE(r.get(QStringLiteral("mailer-dedup"), "duplicated"), 0);
    QVERIFY(r.get(QStringLiteral("mailer-dedup"), "skipped_duplicates") >= dup);
    QCOMPARE(r.get(QStringLiteral("mailer-dedup"), "distinct"), r.get(QStringLiteral("mailer"), "distinct"));
}

void TestScenarioLessons::queueSharesTopicBroadcasts()
{
    const Run r = run(QStringLiteral("p2p-vs-pubsub"));
    const QJsonObject publisher = r.first("publishers");
    const qint64 published = qint64(publisher[QStringLiteral("confirmed")].toDouble());
    QVERIFY(published > 1000);
    // Every subscriber group sees every message ...
    QCOMPARE(r.get(QStringLiteral("analytics"), "distinct"), published);
    QCOMPARE(r.get(QStringLiteral("search-indexer"), "distinct"), published);
    // ... while the queue's workers share the order.* messages, each once.
    const QJsonObject workers = r.service(QStringLiteral("workers"));
    QCOMPARE(qint64(workers[QStringLiteral("duplicated")].toDouble()), 0);
    qint64 orders = 0; // the publisher cycles over six routing keys, four of them order.*
    for (qint64 i = 0; i < published; ++i)
        orders += i % 6 < 4;
    QCOMPARE(qint64(workers[QStringLiteral("distinct")].toDouble()), orders);
    const QJsonObject by = workers[QStringLiteral("handled_by")].toObject();
    QCOMPARE(by.size(), 3);
    for (const QJsonValue &n : by)
        QVERIFY(n.toDouble() > published / 6);
}

void TestScenarioLessons::pushBuffersInMemoryPullInTheLog()
{
    const Run r = run(QStringLiteral("push-vs-pull"));
    const QString push = QStringLiteral("dashboard-push"), pull = QStringLiteral("dashboard-pull");
    QVERIFY(r.get(push, "max_backlog") > 10 * r.get(pull, "max_backlog"));
    QVERIFY(r.get(pull, "max_backlog") <= 100);
    QVERIFY(r.get(pull, "lag") > 10 * std::max<qint64>(1, r.get(push, "lag")));
}

void TestScenarioLessons::requestReplyTimesOutDuringFailover()
{
    const Run r = run(QStringLiteral("request-reply"));
    const QJsonObject web = r.first("requesters");
    const double sent = web[QStringLiteral("sent")].toDouble();
    QVERIFY(web[QStringLiteral("answered")].toDouble() > 0.9 * sent);
    QVERIFY(web[QStringLiteral("timed_out")].toDouble() > 0);
    QCOMPARE(web[QStringLiteral("answered")].toDouble() + web[QStringLiteral("timed_out")].toDouble(), sent);
}

void TestScenarioLessons::poisonMessagesEndInTheDeadLetterTopic()
{
    const Run r = run(QStringLiteral("dlq-poison"));
    const QJsonObject queue = r.first("queues");
    const qint64 dead = qint64(queue[QStringLiteral("dead_lettered")].toDouble());
    QVERIFY(dead > 0);
    // Three deliveries each, then the dead-letter topic, where the inspector reads them.
    QCOMPARE(r.get(QStringLiteral("mailer"), "poisoned"), 3 * dead);
    QCOMPARE(r.get(QStringLiteral("dlq-inspector"), "distinct"), dead);
    QCOMPARE(qint64(queue[QStringLiteral("depth")].toDouble()), 0);
}

void TestScenarioLessons::choreographyLosesNothingThroughACrash()
{
    QFETCH(int, offset);
    const Run r = run(QStringLiteral("choreography"), std::uint64_t(offset));
    QVERIFY(r.get(QStringLiteral("inventory"), "crashes") > 0);
    QCOMPARE(r.get(QStringLiteral("shipping"), "missing"), 0);
    QCOMPARE(r.get(QStringLiteral("shipping"), "distinct"), r.get(QStringLiteral("payment"), "distinct"));
}

void TestScenarioLessons::sagaCompensatesEveryDeclinedPayment()
{
    const Run r = run(QStringLiteral("saga"));
    const QJsonObject to = r.service(QStringLiteral("inventory"))[QStringLiteral("emitted_to")].toObject();
    const qint64 reserved = qint64(to[QStringLiteral("stock-reserved")].toDouble());
    const qint64 released = qint64(to[QStringLiteral("stock-released")].toDouble());
    QVERIFY(released > 0);
    QCOMPARE(released, r.get(QStringLiteral("payment"), "failed"));
    QCOMPARE(reserved - released, r.get(QStringLiteral("shipping"), "distinct"));
}

void TestScenarioLessons::outboxKeepsWhatTheDualWriteLoses()
{
    QFETCH(int, offset);
    const Run r = run(QStringLiteral("outbox"), std::uint64_t(offset));
    QVERIFY2(r.get(QStringLiteral("shipping-dual"), "missing") > 0, "the dual write must lose the events its producer held");
    QCOMPARE(r.get(QStringLiteral("shipping-outbox"), "missing"), 0);
    QCOMPARE(r.get(QStringLiteral("checkout-outbox"), "outbox_undispatched"), 0);
}

void TestScenarioLessons::replayRebuildsTheSameBalances()
{
    const Run r = run(QStringLiteral("event-sourcing"));
    const QJsonObject live = r.service(QStringLiteral("balance-live"));
    const QJsonObject replay = r.service(QStringLiteral("balance-replay"));
    const QJsonObject past = r.service(QStringLiteral("balance-as-of-10s"));
    QVERIFY(live[QStringLiteral("distinct")].toDouble() > 1000);
    QCOMPARE(replay[QStringLiteral("balance_digest")].toString(), live[QStringLiteral("balance_digest")].toString());
    QCOMPARE(replay[QStringLiteral("balance_total")].toDouble(), live[QStringLiteral("balance_total")].toDouble());
    QVERIFY(past[QStringLiteral("balance_digest")].toString() != live[QStringLiteral("balance_digest")].toString());
}

void TestScenarioLessons::lagGrowsThenDrainsAfterScalingOut()
{
    const Run r = run(QStringLiteral("slow-consumer"));
    const QJsonArray samples = r.service(QStringLiteral("analytics"))[QStringLiteral("lag_samples")].toArray();
    QVERIFY(samples.size() > 40);
    auto lagAt = [&](double second) {
        for (const QJsonValue &s : samples)
            if (s[0].toDouble() >= second)
                return s[1].toDouble();
        return -1.0;
    };
    QVERIFY(lagAt(10) > 3000);
    QVERIFY(lagAt(19) > lagAt(10));
    QVERIFY(lagAt(45) < 200);
    QCOMPARE(r.get(QStringLiteral("analytics"), "members"), 3);
}

void TestScenarioLessons::theDefaultScenarioHasTwoGroupsKeepingUp()
{
    const Run r = run(QStringLiteral("default"));
    for (const QString &group : {QStringLiteral("billing"), QStringLiteral("analytics")}) {
        QVERIFY(r.get(group, "distinct") > 50000);
        QVERIFY(r.get(group, "lag") < 2000);
    }
}

QTEST_GUILESS_MAIN(TestScenarioLessons)
#include "tst_scenariolessons.moc"
