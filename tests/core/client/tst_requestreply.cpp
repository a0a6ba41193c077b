#include <QTest>

#include "../clustertesting.h"

#include <map>

using namespace bb;
using namespace bb::testing;

namespace {

const QString kRequests = QStringLiteral("rpc");
const QString kReplies = QStringLiteral("rpc-replies");

std::unique_ptr<Cluster> rpcCluster()
{
    auto c = makeCluster();
    createTopic(*c, kRequests, 2);
    createTopic(*c, kReplies, 1);
    c->runFor(300 * kMillisecond);
    return c;
}

RequesterConfig requesterConfig(Micros timeout)
{
    RequesterConfig rc;
    rc.requestTopic = kRequests;
    rc.replyTopic = kReplies;
    rc.timeout = timeout;
    return rc;
}

Responder &addEcho(Cluster &c)
{
    ResponderConfig sc;
    sc.requestTopic = kRequests;
    return c.addResponder(QStringLiteral("echo"), sc, [](const RecordView &request) {
        return "echo:" + request.value.toByteArray();
    });
}

} // namespace

class TestRequestReply : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answersEveryRequest();
    void timesOutWhileResponderIsDown();
};

void TestRequestReply::answersEveryRequest()
{
    auto c = rpcCluster();
    Responder &responder = addEcho(*c);
    Requester &requester = c->addRequester(QStringLiteral("client"), requesterConfig(3 * kSecond));
    std::map<QByteArray, QByteArray> asked;
    std::vector<Reply> replies;
    requester.setOnReply([&](const Reply &r) { replies.push_back(r); });
    for (int i = 0; i < 20; ++i) {
        const QByteArray value = "q" + QByteArray::number(i);
        const QByteArray id = requester.request(value, "key" + QByteArray::number(i));
        QVERIFY(!asked.count(id)); // unique
        asked[id] = value;
    }
    QVERIFY(stepUntil(*c, [&] { return replies.size() == 20; }));
    for (const Reply &r : replies) {
        QCOMPARE(r.error, Errc::None);
        QVERIFY(asked.count(r.correlationId));
        QCOMPARE(r.value, "echo:" + asked[r.correlationId]);
        QVERIFY(r.latency > 0);
    }
    QCOMPARE(requester.stats().answered, std::int64_t(20));
    QCOMPARE(requester.stats().timedOut, std::int64_t(0));
    QCOMPARE(requester.stats().latency.count(), std::int64_t(20));
    QVERIFY(requester.stats().latency.quantile(0.5) >= 4 * kMillisecond); // four network hops at least
    QCOMPARE(responder.stats().replied, std::int64_t(20));
    QCOMPARE(requester.pending(), 0);

    // On the wire: requests name the reply topic, replies carry the id back.
    for (const LoggedRecord &r : readTopic(*c, kRequests))
        QCOMPARE(r.header("reply-to"), kReplies.toUtf8());
    const auto logged = readTopic(*c, kReplies);
    QCOMPARE(logged.size(), std::size_t(20));
    for (const LoggedRecord &r : logged)
        QCOMPARE(r.value, "echo:" + asked[r.header("correlation-id")]);
}

void TestRequestReply::timesOutWhileResponderIsDown()
{
    auto c = rpcCluster();
    Responder &responder = addEcho(*c);
    Requester &requester = c->addRequester(QStringLiteral("client"), requesterConfig(1 * kSecond));
    std::vector<Reply> replies;
    requester.setOnReply([&](const Reply &r) { replies.push_back(r); });
    const HostId host = c->network().hostOf(responder.address());
    c->network().setIsolated(host, true);

    const QByteArray id = requester.request("anyone?");
    QVERIFY(stepUntil(*c, [&] { return !replies.empty(); }, 3 * kSecond));
    QCOMPARE(replies[0].correlationId, id);
    QCOMPARE(replies[0].error, Errc::RequestTimedOut);
    QVERIFY(replies[0].latency >= 1 * kSecond);
    QCOMPARE(requester.stats().timedOut, std::int64_t(1));
    QCOMPARE(requester.pending(), 0);

    // Back on the network, the responder answers, too late to count.
    c->network().setIsolated(host, false);
    QVERIFY(stepUntil(*c, [&] { return requester.stats().late == 1; }, 5 * kSecond));
    QCOMPARE(responder.stats().replied, std::int64_t(1));
    QCOMPARE(requester.stats().answered, std::int64_t(0));
    QCOMPARE(replies.size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestRequestReply)
#include "tst_requestreply.moc"
