#include <QTest>

#include "../clustertesting.h"

#include <algorithm>
#include <map>

using namespace bb;
using namespace bb::testing;

namespace {

std::vector<QByteArray> valuesIn(const Cluster &c, const QString &topic)
{
    std::vector<QByteArray> out;
    for (const LoggedRecord &r : readTopic(c, topic))
        out.push_back(r.value);
    std::sort(out.begin(), out.end());
    return out;
}

std::unique_ptr<Cluster> clusterWith(const QStringList &topics)
{
    auto c = makeCluster();
    for (const QString &t : topics)
        createTopic(*c, t, 2);
    c->runFor(300 * kMillisecond);
    return c;
}

} // namespace

class TestExchangeRouter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishLandsInBoundTopics();
    void declareBindAndPublishErrors();
};

void TestExchangeRouter::publishLandsInBoundTopics()
{
    auto c = clusterWith({QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("errors"), QStringLiteral("all"),
                          QStringLiteral("pdf"), QStringLiteral("pdf-or-report")});
    ExchangeRouter &router = c->exchangeRouter();
    QVERIFY(!router.declareExchange(QStringLiteral("direct"), ExchangeType::Direct));
    QVERIFY(!router.bind(QStringLiteral("direct"), {QStringLiteral("eu"), "eu", {}, true}));
    QVERIFY(!router.bind(QStringLiteral("direct"), {QStringLiteral("us"), "us", {}, true}));
    QVERIFY(!router.declareExchange(QStringLiteral("topic"), ExchangeType::Topic));
    QVERIFY(!router.bind(QStringLiteral("topic"), {QStringLiteral("errors"), "*.error", {}, true}));
    QVERIFY(!router.bind(QStringLiteral("topic"), {QStringLiteral("all"), "#", {}, true}));
    QVERIFY(!router.declareExchange(QStringLiteral("fanout"), ExchangeType::Fanout));
    QVERIFY(!router.bind(QStringLiteral("fanout"), {QStringLiteral("eu"), {}, {}, true}));
    QVERIFY(!router.bind(QStringLiteral("fanout"), {QStringLiteral("us"), {}, {}, true}));
    QVERIFY(!router.declareExchange(QStringLiteral("headers"), ExchangeType::Headers));
    QVERIFY(!router.bind(QStringLiteral("headers"), {QStringLiteral("pdf"), {}, {{"format", "pdf"}, {"type", "report"}}, true}));
    QVERIFY(!router.bind(QStringLiteral("headers"), {QStringLiteral("pdf-or-report"), {}, {{"format", "pdf"}, {"type", "report"}}, false}));

    Publisher &pub = c->addPublisher(QStringLiteral("publisher"));
    std::map<QByteArray, PublishResult> results;
    std::map<std::int64_t, QByteArray> names;
    pub.setOnPublished([&](const PublishResult &r) { results[names[r.id]] = r; });
    const auto publish = [&](const char *exchange, QByteArray key, QByteArray value,
                             std::vector<std::pair<QByteArray, QByteArray>> headers = {}) {
        names[pub.publish(QString::fromLatin1(exchange), key, value, std::move(headers))] = value;
    };
    publish("direct", "eu", "d-eu");
    publish("direct", "us", "d-us");
    publish("direct", "asia", "d-asia");
    publish("topic", "kernel.error", "t-kernel-error");
    publish("topic", "app.info", "t-app-info");
    publish("fanout", "ignored", "f-1");
    publish("headers", {}, "h-both", {{"format", "pdf"}, {"type", "report"}});
    publish("headers", {}, "h-one", {{"format", "pdf"}});
    publish("headers", {}, "h-none", {{"format", "zip"}});
    QVERIFY(stepUntil(*c, [&] { return pub.pending() == 0; }));

    const std::map<QByteArray, int> routedTo{{"d-eu", 1}, {"d-us", 1}, {"d-asia", 0}, {"t-kernel-error", 2}, {"t-app-info", 1},
                                             {"f-1", 2}, {"h-both", 2}, {"h-one", 1}, {"h-none", 0}};
    QCOMPARE(results.size(), routedTo.size());
    for (const auto &[value, n] : routedTo) {
        QCOMPARE(results[value].error, Errc::None);
        QVERIFY2(results[value].routedTo == n, value.constData());
    }

    using V = std::vector<QByteArray>;
    QCOMPARE(valuesIn(*c, QStringLiteral("eu")), (V{"d-eu", "f-1"}));
    QCOMPARE(valuesIn(*c, QStringLiteral("us")), (V{"d-us", "f-1"}));
    QCOMPARE(valuesIn(*c, QStringLiteral("errors")), (V{"t-kernel-error"}));
    QCOMPARE(valuesIn(*c, QStringLiteral("all")), (V{"t-app-info", "t-kernel-error"}));
    QCOMPARE(valuesIn(*c, QStringLiteral("pdf")), (V{"h-both"}));
    QCOMPARE(valuesIn(*c, QStringLiteral("pdf-or-report")), (V{"h-both", "h-one"}));

    // The routing key becomes the record key; headers travel along.
    const auto errors = readTopic(*c, QStringLiteral("errors"));
    QCOMPARE(errors.front().key, QByteArray("kernel.error"));
    const auto pdf = readTopic(*c, QStringLiteral("pdf"));
    QCOMPARE(pdf.front().header("type"), QByteArray("report"));

    QCOMPARE(router.stats().unroutable, std::int64_t(2));
    QCOMPARE(router.stats().writes, std::int64_t(10));
    QCOMPARE(pub.stats().unroutable, std::int64_t(2));
    QCOMPARE(pub.stats().confirmed, std::int64_t(7));
    QCOMPARE(pub.stats().latency.count(), std::int64_t(7));
}

void TestExchangeRouter::declareBindAndPublishErrors()
{
    auto c = clusterWith({QStringLiteral("t")});
    ExchangeRouter &router = c->exchangeRouter();
    QVERIFY(!router.declareExchange(QStringLiteral("x"), ExchangeType::Direct));
    QVERIFY(!router.declareExchange(QStringLiteral("x"), ExchangeType::Direct)); // the same again: fine
    Error e = router.declareExchange(QStringLiteral("x"), ExchangeType::Topic);
    QCOMPARE(e.code, Errc::InvalidConfig);
    QVERIFY(e.message.contains(QStringLiteral("direct")));
    QCOMPARE(router.bind(QStringLiteral("nope"), {QStringLiteral("t"), "k", {}, true}).code, Errc::UnknownExchange);
    e = router.bind(QStringLiteral("x"), {QStringLiteral("missing"), "k", {}, true});
    QCOMPARE(e.code, Errc::UnknownTopic);
    QVERIFY(e.message.contains(QStringLiteral("missing")));

    const Binding b{QStringLiteral("t"), "k", {}, true};
    QVERIFY(!router.bind(QStringLiteral("x"), b));
    Publisher &pub = c->addPublisher(QStringLiteral("publisher"));
    std::vector<PublishResult> results;
    pub.setOnPublished([&](const PublishResult &r) { results.push_back(r); });
    pub.publish(QStringLiteral("x"), "k", "before-unbind");
    QVERIFY(stepUntil(*c, [&] { return results.size() == 1; }));
    QCOMPARE(results[0].routedTo, 1);

    QVERIFY(!router.unbind(QStringLiteral("x"), b));
    QCOMPARE(router.unbind(QStringLiteral("x"), b).code, Errc::InvalidConfig);
    pub.publish(QStringLiteral("x"), "k", "after-unbind");
    pub.publish(QStringLiteral("no-such-exchange"), "k", "lost");
    QVERIFY(stepUntil(*c, [&] { return results.size() == 3; }));
    QCOMPARE(results[1].error, Errc::None);
    QCOMPARE(results[1].routedTo, 0);
    QCOMPARE(results[2].error, Errc::UnknownExchange);
    QCOMPARE(valuesIn(*c, QStringLiteral("t")), std::vector<QByteArray>{"before-unbind"});
}

QTEST_GUILESS_MAIN(TestExchangeRouter)
#include "tst_exchangerouter.moc"
