#include <QTest>

#include "routing/exchange.h"

using namespace bb;

class TestExchange : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void topicPattern_data();
    void topicPattern();
    void directRoutesOnExactKey();
    void topicRoutesEachDestinationOnce();
    void fanoutIgnoresKey();
    void headersMatchAll();
    void headersMatchAny();
    void bindIsIdempotentAndUnbindRemoves();
};

void TestExchange::topicPattern_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("matches");
    QTest::newRow("literal equal") << QByteArray("a.b.c") << QByteArray("a.b.c") << true;
    QTest::newRow("literal shorter key") << QByteArray("a.b.c") << QByteArray("a.b") << false;
    QTest::newRow("literal longer key") << QByteArray("a.b") << QByteArray("a.b.c") << false;
    QTest::newRow("case sensitive") << QByteArray("A") << QByteArray("a") << false;
    QTest::newRow("star one word") << QByteArray("a.*.c") << QByteArray("a.b.c") << true;
    QTest::newRow("star not zero words") << QByteArray("a.*.c") << QByteArray("a.c") << false;
    QTest::newRow("star not two words") << QByteArray("a.*.c") << QByteArray("a.b.b.c") << false;
    QTest::newRow("hash matches empty key") << QByteArray("#") << QByteArray("") << true;
    QTest::newRow("hash matches one word") << QByteArray("#") << QByteArray("a") << true;
    QTest::newRow("hash matches many words") << QByteArray("#") << QByteArray("a.b.c") << true;
    QTest::newRow("trailing hash zero words") << QByteArray("a.#") << QByteArray("a") << true;
    QTest::newRow("trailing hash many words") << QByteArray("a.#") << QByteArray("a.b.c") << true;
    QTest::newRow("trailing hash wrong head") << QByteArray("a.#") << QByteArray("b.a") << false;
    QTest::newRow("leading hash zero words") << QByteArray("#.a") << QByteArray("a") << true;
    QTest::newRow("leading hash many words") << QByteArray("#.a") << QByteArray("b.c.a") << true;
    QTest::newRow("leading hash wrong tail") << QByteArray("#.a") << QByteArray("a.b") << false;
    QTest::newRow("middle hash zero words") << QByteArray("a.#.b") << QByteArray("a.b") << true;
    QTest::newRow("middle hash two words") << QByteArray("a.#.b") << QByteArray("a.x.y.b") << true;
    QTest::newRow("hash hash empty") << QByteArray("#.#") << QByteArray("") << true;
    QTest::newRow("star hash needs a word") << QByteArray("*.#") << QByteArray("") << false;
    QTest::newRow("star hash one word") << QByteArray("*.#") << QByteArray("a") << true;
    QTest::newRow("hash star two words") << QByteArray("#.*") << QByteArray("a.b") << true;
    QTest::newRow("star not empty key") << QByteArray("*") << QByteArray("") << false;
    QTest::newRow("star single word") << QByteArray("*") << QByteArray("a") << true;
    QTest::newRow("star not two words alone") << QByteArray("*") << QByteArray("a.b") << false;
    QTest::newRow("empty words are words") << QByteArray("*.*") << QByteArray(".") << true;
    QTest::newRow("star matches empty last word") << QByteArray("a.*") << QByteArray("a.") << true;
    QTest::newRow("star needs the word") << QByteArray("a.*") << QByteArray("a") << false;
    QTest::newRow("empty pattern empty key") << QByteArray("") << QByteArray("") << true;
    QTest::newRow("empty pattern word key") << QByteArray("") << QByteArray("a") << false;
    QTest::newRow("empty middle word literal") << QByteArray("a..b") << QByteArray("a..b") << true;
    QTest::newRow("empty middle word missing") << QByteArray("a..b") << QByteArray("a.b") << false;
    QTest::newRow("wildcard only as whole word") << QByteArray("a*") << QByteArray("ab") << false;
    QTest::newRow("star inside word is literal") << QByteArray("a*") << QByteArray("a*") << true;
    QTest::newRow("hash around word") << QByteArray("#.b.#") << QByteArray("a.b.c") << true;
    QTest::newRow("hash around missing word") << QByteArray("#.b.#") << QByteArray("a.c") << false;
    QTest::newRow("star around needs words") << QByteArray("*.b.*") << QByteArray("b") << false;
    QTest::newRow("rabbitmq tutorial") << QByteArray("*.orange.*") << QByteArray("quick.orange.rabbit") << true;
    QTest::newRow("rabbitmq tutorial lazy") << QByteArray("lazy.#") << QByteArray("lazy.orange.male.rabbit") << true;
    QTest::newRow("rabbitmq tutorial four words") << QByteArray("*.*.rabbit") << QByteArray("quick.orange.male.rabbit") << false;
    QTest::newRow("many hashes no blow-up") << QByteArray("#.#.#.#.#.#.#.#.z") << QByteArray("a.b.c.d.e.f.g.h.i.j.k.l") << false;
}

void TestExchange::topicPattern()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, key);
    QFETCH(bool, matches);
    QCOMPARE(topicPatternMatches(pattern, key), matches);
}

void TestExchange::directRoutesOnExactKey()
{
    Exchange e(QStringLiteral("orders"), ExchangeType::Direct);
    e.bind({QStringLiteral("eu"), "eu", {}, true});
    e.bind({QStringLiteral("us"), "us", {}, true});
    e.bind({QStringLiteral("audit"), "eu", {}, true});
    QCOMPARE(e.route("eu"), (std::vector<QString>{QStringLiteral("eu"), QStringLiteral("audit")}));
    QCOMPARE(e.route("us"), std::vector<QString>{QStringLiteral("us")});
    QVERIFY(e.route("eu.west").empty());
    QVERIFY(e.route("").empty());
}

void TestExchange::topicRoutesEachDestinationOnce()
{
    Exchange e(QStringLiteral("logs"), ExchangeType::Topic);
    e.bind({QStringLiteral("errors"), "*.error", {}, true});
    e.bind({QStringLiteral("errors"), "kernel.#", {}, true});
    e.bind({QStringLiteral("all"), "#", {}, true});
    // kernel.error matches both bindings of "errors": written there once.
    QCOMPARE(e.route("kernel.error"), (std::vector<QString>{QStringLiteral("errors"), QStringLiteral("all")}));
    QCOMPARE(e.route("app.info"), std::vector<QString>{QStringLiteral("all")});
}

void TestExchange::fanoutIgnoresKey()
{
    Exchange e(QStringLiteral("news"), ExchangeType::Fanout);
    QVERIFY(e.route("anything").empty()); // no bindings: unroutable
    e.bind({QStringLiteral("a"), "ignored", {}, true});
    e.bind({QStringLiteral("b"), {}, {}, true});
    QCOMPARE(e.route("whatever"), (std::vector<QString>{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(e.route(""), (std::vector<QString>{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestExchange::headersMatchAll()
{
    Exchange e(QStringLiteral("h"), ExchangeType::Headers);
    e.bind({QStringLiteral("pdf-reports"), {}, {{"format", "pdf"}, {"type", "report"}, {"x-match", "all"}}, true});
    e.bind({QStringLiteral("everything"), {}, {}, true}); // all of nothing: matches every message
    const MessageHeaders both = {{"type", "report"}, {"format", "pdf"}, {"extra", "1"}};
    const MessageHeaders one = {{"format", "pdf"}};
    const MessageHeaders wrongValue = {{"format", "pdf"}, {"type", "invoice"}};
    QCOMPARE(e.route("key-is-ignored", both), (std::vector<QString>{QStringLiteral("pdf-reports"), QStringLiteral("everything")}));
    QCOMPARE(e.route({}, one), std::vector<QString>{QStringLiteral("everything")});
    QCOMPARE(e.route({}, wrongValue), std::vector<QString>{QStringLiteral("everything")});
}

void TestExchange::headersMatchAny()
{
    Exchange e(QStringLiteral("h"), ExchangeType::Headers);
    e.bind({QStringLiteral("pdf-or-report"), {}, {{"format", "pdf"}, {"type", "report"}}, false});
    e.bind({QStringLiteral("nothing"), {}, {}, false}); // any of nothing: matches no message
    QCOMPARE(e.route({}, MessageHeaders{{"format", "pdf"}}), std::vector<QString>{QStringLiteral("pdf-or-report")});
    QCOMPARE(e.route({}, MessageHeaders{{"type", "report"}, {"format", "zip"}}), std::vector<QString>{QStringLiteral("pdf-or-report")});
    QVERIFY(e.route({}, MessageHeaders{{"format", "zip"}}).empty());
    QVERIFY(e.route({}, MessageHeaders{}).empty());
    // Binding arguments (x-...) are not matched against the message.
    Binding args{QStringLiteral("d"), {}, {{"x-match", "any"}}, false};
    QVERIFY(!headersMatch(args, MessageHeaders{{"x-match", "any"}}));
}

void TestExchange::bindIsIdempotentAndUnbindRemoves()
{
    Exchange e(QStringLiteral("d"), ExchangeType::Direct);
    const Binding b{QStringLiteral("t"), "k", {}, true};
    QVERIFY(e.bind(b));
    QVERIFY(!e.bind(b));
    QCOMPARE(e.bindings().size(), std::size_t(1));
    QVERIFY(e.unbind(b));
    QVERIFY(!e.unbind(b));
    QVERIFY(e.route("k").empty());
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
