// The Kafka listeners over real sockets, with the engine running live: bad
// input (garbage, an oversized frame, an unknown API, a batch failing its
// CRC) closes that connection with a line saying why, and the node goes on
// serving its other clients. connections() tells what each client did:
// its client id, node, requests per API, errors and why it was closed.
#include <QTest>

#include "engine/engine.h"
#include "kafka/kafkarecords.h"
#include "kafka/kafkaserver.h"
#include "topology/scenariojson.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QtEndian>

#include <functional>
#include <optional>

using namespace bb;
using namespace bb::kafka;

class TestKafkaServer : public QObject {
    Q_OBJECT

    Engine *m_engine = nullptr;
    KafkaServer *m_server = nullptr;
    QStringList m_lines;

    std::unique_ptr<QTcpSocket> connectTo(int node)
    {
        auto s = std::make_unique<QTcpSocket>();
        const ListenerAddress &l = m_server->listeners().at(std::size_t(node));
        s->connectToHost(l.host, quint16(l.port));
        if (!s->waitForConnected(5000))
            qFatal("cannot connect to node %d: %s", node, qPrintable(s->errorString()));
        return s;
    }

    static QByteArray frame(std::int16_t api, std::int16_t version, const QByteArray &body,
                            const QString &clientId = QStringLiteral("tst"))
    {
        Writer w;
        w.i32(0);
        w.i16(api);
        w.i16(version);
        w.i32(7);
        w.string(clientId, false);
        w.raw(body);
        w.patchI32(0, std::int32_t(w.size() - 4));
        return w.take();
    }

    static bool closedSoon(QTcpSocket &s)
    {
        return s.state() == QAbstractSocket::UnconnectedState || s.waitForDisconnected(10000);
    }

    bool lineSaying(const QString &text)
    {
        const bool seen = QTest::qWaitFor([&] { return m_lines.join(u'\n').contains(text); }, 10000);
        if (!seen)
            qWarning("no line says \"%s\"; the lines: %s", qPrintable(text), qPrintable(m_lines.join(u'\n')));
        return seen;
    }

    // The statistics of the connection from `address` (the client's end),
    // once connections() has them as `until` wants; nullopt after 10 s.
    std::optional<ClientStats> statsOf(const QString &address, const std::function<bool(const ClientStats &)> &until)
    {
        std::optional<ClientStats> found;
        const bool seen = QTest::qWaitFor([&] {
            for (const ClientStats &c : *m_server->connections())
                if (c.address == address && until(c)) {
                    found = c;
                    return true;
                }
            return false;
        }, 10000);
        if (!seen)
            qWarning("no statistics of %s as awaited", qPrintable(address));
        return found;
    }

    static std::int64_t requestsOf(const ClientStats &c, const QString &api)
    {
        for (const ApiRequestCount &a : c.requests)
            if (a.name == api)
                return a.count;
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto scenario = loadScenario(QStringLiteral("default"));
        QVERIFY(scenario.ok());
        m_engine = new Engine(this);
        QVERIFY(!m_engine->load(*scenario));
        ListenerSettings settings;
        settings.portBase = 0;
        settings.maxFrameBytes = 1 << 20;
        m_server = new KafkaServer(*m_engine, settings, this);
        connect(m_server, &KafkaServer::clientLine, this, [this](const QString &l) { m_lines << l; });
        QVERIFY(!m_server->start({NodeId(0), NodeId(1), NodeId(2)}));
        m_engine->start();
        // Past the nodes' registration, so they know the scenario's topics.
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->latest() && m_engine->latest()->time > 1 * kSecond, 20000);
    }

    void badInputClosesOnlyItsConnection()
    {
        auto good = connectTo(0);
        auto garbage = connectTo(0);
        garbage->write(QByteArray("\x00\x00\x00\x09garbage!!", 13));
        QVERIFY(closedSoon(*garbage));
        // Nine bytes: API key, version and correlation id, then half a client id.
        QVERIFY(lineSaying(QStringLiteral("the request header is truncated")));

        auto huge = connectTo(0);
        huge->write(QByteArray("\x7f\x00\x00\x00", 4));
        QVERIFY(closedSoon(*huge));
        QVERIFY(lineSaying(QStringLiteral("over the limit of 1048576 bytes")));

        auto unknown = connectTo(0);
        unknown->write(frame(99, 0, {}));
        QVERIFY(closedSoon(*unknown));
        QVERIFY(lineSaying(QStringLiteral("api 99 is not an API this listener speaks")));

        RecordBatchBuilder b;
        b.append(QByteArrayView("k"), QByteArrayView("v"), 0);
        QByteArray records;
        appendBatch(records, Offset(0), Epoch(0), b.build(), ClockAnchor{0});
        records[records.size() - 1] = char(records[records.size() - 1] ^ 1);
        Writer body;
        body.string(QString(), false);
        body.i16(-1);
        body.i32(1000);
        body.arrayLength(1, false);
        body.string(QStringLiteral("orders"), false);
        body.arrayLength(1, false);
        body.i32(0);
        body.bytes(records, false);
        auto corrupt = connectTo(0);
        corrupt->write(frame(0, 7, body.take()));
        QVERIFY2(closedSoon(*corrupt), corrupt->readAll().toHex().constData()); // an answer instead?
        QVERIFY(lineSaying(QStringLiteral("CRC-32C")));

        // The first connection was never disturbed: ApiVersions v0 answers.
        good->write(frame(18, 0, {}));
        QTRY_VERIFY_WITH_TIMEOUT(good->bytesAvailable() >= 10, 10000);
        const QByteArray answer = good->readAll();
        QCOMPARE(qFromBigEndian<std::int32_t>(answer.constData() + 4), 7); // correlation id
        QCOMPARE(qFromBigEndian<std::int16_t>(answer.constData() + 8), 0); // no error
        QCOMPARE(good->state(), QAbstractSocket::ConnectedState);
    }

    void connectionStatisticsFollowTheClient()
    {
        int published = 0;
        connect(m_server, &KafkaServer::connectionsChanged, this, [&] { ++published; });
        auto probe = connectTo(1);
        QByteArray sent = frame(18, 0, {}, QStringLiteral("stats-probe"));
        Writer topics;
        topics.arrayLength(2, false);
        topics.string(QStringLiteral("orders"), false);
        topics.string(QStringLiteral("nope"), false); // no auto-creation: an error code in the answer
        sent += frame(3, 1, topics.take(), QStringLiteral("stats-probe"));
        probe->write(sent);
        const QString from = QStringLiteral("127.0.0.1:%1").arg(probe->localPort());
        std::optional<ClientStats> c = statsOf(from, [](const ClientStats &c) { return c.requestCount() == 2; });
        QVERIFY(c);
        QCOMPARE(c->clientId, QStringLiteral("stats-probe"));
        QCOMPARE(c->node, NodeId(1));
        QVERIFY(c->open);
        QVERIFY(!c->tls);
        QVERIFY(c->principal.isEmpty());
        QCOMPARE(requestsOf(*c, QStringLiteral("ApiVersions")), std::int64_t(1));
        QCOMPARE(requestsOf(*c, QStringLiteral("Metadata")), std::int64_t(1));
        QCOMPARE(c->errors, std::int64_t(1));
        QCOMPARE(c->lastError, QStringLiteral("Metadata answered UNKNOWN_TOPIC_OR_PARTITION"));
        QCOMPARE(c->bytesIn, std::int64_t(sent.size()));
        // Every answer byte the client received, counted.
        c = statsOf(from, [&](const ClientStats &c) { return c.bytesOut > 0 && c.bytesOut == probe->bytesAvailable(); });
        QVERIFY(c);
        QVERIFY(published > 0);

        // A malformed Metadata request: refused, an error, and the reason stays.
        probe->write(frame(3, 1, QByteArray("\x00", 1), QStringLiteral("stats-probe")));
        QVERIFY(closedSoon(*probe));
        c = statsOf(from, [](const ClientStats &c) { return !c.open; });
        QVERIFY(c);
        QCOMPARE(c->errors, std::int64_t(2));
        QCOMPARE(requestsOf(*c, QStringLiteral("Metadata")), std::int64_t(2));
        QVERIFY2(c->closeReason.contains(QStringLiteral("the Metadata request is truncated or malformed")), qPrintable(c->closeReason));
        QCOMPARE(c->lastError, c->closeReason);
        QVERIFY(c->closedAtMs >= c->connectedAtMs);

        // A client that leaves: closed with no reason, no error.
        auto leaving = connectTo(0);
        leaving->write(frame(18, 0, {}, QStringLiteral("leaving")));
        const QString leaver = QStringLiteral("127.0.0.1:%1").arg(leaving->localPort());
        QVERIFY(statsOf(leaver, [](const ClientStats &c) { return c.requestCount() == 1; }));
        leaving->disconnectFromHost();
        c = statsOf(leaver, [](const ClientStats &c) { return !c.open; });
        QVERIFY(c);
        QVERIFY(c->closeReason.isEmpty());
        QCOMPARE(c->errors, std::int64_t(0));
        QCOMPARE(c->clientId, QStringLiteral("leaving"));
    }

    void cleanupTestCase()
    {
        m_server->stop();
        m_engine->pause();
    }
};

QTEST_GUILESS_MAIN(TestKafkaServer)
#include "tst_kafkaserver.moc"
