// The Kafka gateway inside a simulated cluster, without sockets: requests
// as Kafka clients encode them go in, engine messages cross the simulated
// network, and the answers are what a Kafka client must see, faults included.
#include <QTest>

#include "../clustertesting.h"
#include "engine/snapshotbuilder.h"
#include "kafka/kafkagateway.h"
#include "scramclient.h"

#include <map>

using namespace bb;
using namespace bb::kafka;
using namespace bb::testing;

namespace {

class RecordingSink final : public KafkaSink {
public:
    std::map<std::uint64_t, QByteArray> responses; // by seq
    std::map<std::uint64_t, QString> closed;        // seq -> why
    std::vector<NodeId> nodesClosed;
    std::vector<NodeId> nodesUp;
    std::map<std::uint64_t, RequestNote> notes;     // seq -> what the gateway said of the request
    void respond(std::uint64_t, std::uint64_t seq, QByteArray frame, RequestNote note) override
    {
        responses[seq] = std::move(frame);
        notes[seq] = std::move(note);
    }
    void close(std::uint64_t, std::uint64_t seq, QString why, RequestNote note) override
    {
        closed[seq] = std::move(why);
        notes[seq] = std::move(note);
    }
    void closeNode(NodeId node, QString) override { nodesClosed.push_back(node); }
    void nodeUp(NodeId node) override { nodesUp.push_back(node); }
};

} // namespace

class TestKafkaGateway : public QObject {
    Q_OBJECT

    std::unique_ptr<Cluster> m_cluster;
    std::shared_ptr<RecordingSink> m_sink;
    KafkaGateway *m_gateway = nullptr;
    std::uint64_t m_seq = 0;
    std::uint64_t m_connection = 1; // the connection call() sends on
    const ClockAnchor m_clock{0};

    // Sends one request to `node`'s listener and runs the world until it is
    // answered or its connection closed; the answer's body, or a null array.
    QByteArray call(NodeId node, std::int16_t api, std::int16_t version, const QByteArray &body, bool flexible = false)
    {
        Writer w;
        w.i16(api);
        w.i16(version);
        w.i32(std::int32_t(1000 + m_seq));
        w.string(QStringLiteral("tst"), false);
        if (flexible)
            w.emptyTaggedFields();
        w.raw(body);
        const std::uint64_t seq = m_seq++;
        m_gateway->submit({m_connection, seq, node, QStringLiteral("test"), w.take()});
        for (int i = 0; i < 600 && !m_sink->responses.count(seq) && !m_sink->closed.count(seq); ++i)
            m_cluster->runFor(100 * kMillisecond);
        if (!m_sink->responses.count(seq))
            return {};
        const QByteArray frame = m_sink->responses[seq];
        Reader r(frame);
        if (r.i32() != frame.size() - 4 || r.i32() != std::int32_t(1000 + seq))
            return QByteArray("bad header");
        return frame.mid(8 + (flexible && api != 18 ? 1 : 0));
    }

    // A bare frame after SaslHandshake v0 (no request header); the answer
    // without its size prefix, or a null array if the connection closed.
    QByteArray bareToken(const QByteArray &token)
    {
        const std::uint64_t seq = m_seq++;
        m_gateway->submit({m_connection, seq, NodeId(0), QStringLiteral("test"), token});
        if (!m_sink->responses.count(seq))
            return {};
        const QByteArray frame = m_sink->responses[seq];
        Reader r(frame);
        return r.i32() == frame.size() - 4 ? frame.mid(4) : QByteArray("bad size");
    }

    // SaslAuthenticate v1 with `token`: the error code, its message and the
    // server's token.
    std::tuple<std::int16_t, QString, QByteArray> saslAuthenticate(const QByteArray &token)
    {
        Writer w;
        w.bytes(token, false);
        const QByteArray body = call(NodeId(0), 36, 1, w.take());
        Reader r(body);
        const std::int16_t error = r.i16();
        const QString message = r.string(false);
        const QByteArray answer = r.bytes(false).toByteArray();
        r.i64(); // session_lifetime_ms
        return {r.failed() || !r.atEnd() ? std::int16_t(-99) : error, message, answer};
    }

    NodeId leaderOf(int partition)
    {
        for (const auto &[tp, s] : m_cluster->node(NodeId(0))->partitionStates())
            if (tp.partition.value == partition)
                return s.leader;
        return kNoNode;
    }

    static QByteArray produceBody(const QString &topic, int partition, const RecordBatch &batch, std::int16_t acks = -1)
    {
        QByteArray records;
        appendBatch(records, Offset(0), Epoch(0), batch, ClockAnchor{0});
        Writer w;
        w.string(QString(), false); // transactional id
        w.i16(acks);
        w.i32(5000);
        w.arrayLength(1, false);
        w.string(topic, false);
        w.arrayLength(1, false);
        w.i32(partition);
        w.bytes(records, false);
        return w.take();
    }

    static RecordBatch records(int n)
    {
        RecordBatchBuilder b;
        for (int i = 0; i < n; ++i)
            b.append(QByteArray("k") + QByteArray::number(i), QByteArray("value-") + QByteArray::number(i), 1 * kSecond);
        return b.build();
    }

private Q_SLOTS:
    void init()
    {
        m_cluster = makeCluster(3, 5);
        QVERIFY(m_cluster->createTopic(QStringLiteral("t"), topicConfig(3, 3, 2)).ok());
        m_cluster->runFor(3 * kSecond);
        m_sink = std::make_shared<RecordingSink>();
        GatewayConfig config;
        for (int n = 0; n < 3; ++n)
            config.listeners.push_back({NodeId(n), QStringLiteral("127.0.0.1"), 19092 + n});
        m_gateway = KafkaGateway::of(*m_cluster, m_sink, config, 1);
        QVERIFY(m_gateway);
        m_seq = 0;
    }

    void cleanup()
    {
        m_gateway = nullptr;
        m_cluster.reset();
    }

    void unknownApiVersionGetsTheRanges()
    {
        const QByteArray body = call(NodeId(0), 18, 9, QByteArray("\x00\x01\x02", 3));
        Reader r(body);
        QCOMPARE(r.i16(), std::int16_t(KafkaError::UnsupportedVersion));
        const std::int32_t n = r.arrayLength(false, 6);
        bool sawProduce = false;
        for (std::int32_t i = 0; i < n; ++i) {
            const std::int16_t key = r.i16(), min = r.i16(), max = r.i16();
            if (key == 0) {
                sawProduce = true;
                QCOMPARE(min, 3);
                QCOMPARE(max, 7);
            }
        }
        QVERIFY(sawProduce);
        QVERIFY(r.atEnd());
        QVERIFY(!r.failed());
    }

    void apiVersionsV3IsFlexible()
    {
        Writer w;
        w.string(QStringLiteral("kcat"), true);
        w.string(QStringLiteral("1.7"), true);
        w.emptyTaggedFields();
        const QByteArray body = call(NodeId(1), 18, 3, w.take(), true);
        Reader r(body);
        QCOMPARE(r.i16(), 0);
        const std::int32_t n = r.arrayLength(true, 7);
        QVERIFY(n >= 5);
        for (std::int32_t i = 0; i < n; ++i) {
            r.i16();
            r.i16();
            r.i16();
            r.skipTaggedFields();
        }
        QCOMPARE(r.i32(), 0); // throttle
        r.skipTaggedFields();
        QVERIFY(r.atEnd());
        QVERIFY(!r.failed());
    }

    void metadataListsBrokersAndLeaders()
    {
        Writer w;
        w.arrayLength(-1, false); // v1+: null = every topic
        const QByteArray body = call(NodeId(2), 3, 1, w.take());
        Reader r(body);
        QCOMPARE(r.arrayLength(false, 10), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.i32(), i);
            QCOMPARE(r.string(false), QStringLiteral("127.0.0.1"));
            QCOMPARE(r.i32(), 19092 + i);
            r.string(false);
        }
        QCOMPARE(r.i32(), 0); // controller
        QCOMPARE(r.arrayLength(false, 4), 1);
        QCOMPARE(r.i16(), 0);
        QCOMPARE(r.string(false), QStringLiteral("t"));
        r.boolean();
        QCOMPARE(r.arrayLength(false, 4), 3);
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(r.i16(), 0);
            const std::int32_t partition = r.i32();
            QCOMPARE(r.i32(), leaderOf(partition).value);
            QCOMPARE(r.arrayLength(false, 4), 3);
            r.i32(); r.i32(); r.i32();
            QCOMPARE(r.arrayLength(false, 4), 3);
            r.i32(); r.i32(); r.i32();
        }
        QVERIFY(r.atEnd());
        QVERIFY(!r.failed());
    }

    void producedRecordsComeBackByFetch()
    {
        const NodeId leader = leaderOf(1);
        const RecordBatch sent = records(5);
        Reader pr(call(leader, 0, 7, produceBody(QStringLiteral("t"), 1, sent)));
        QCOMPARE(pr.arrayLength(false), 1);
        QCOMPARE(pr.string(false), QStringLiteral("t"));
        QCOMPARE(pr.arrayLength(false), 1);
        QCOMPARE(pr.i32(), 1);
        QCOMPARE(pr.i16(), 0);
        QCOMPARE(pr.i64(), 0); // base offset
        pr.i64();
        pr.i64();
        QCOMPARE(pr.i32(), 0);
        QVERIFY(pr.atEnd() && !pr.failed());

        Writer f;
        f.i32(-1);
        f.i32(500);
        f.i32(1);
        f.i32(1 << 20);
        f.i8(1); // read_committed
        f.i32(0);
        f.i32(-1);
        f.arrayLength(1, false);
        f.string(QStringLiteral("t"), false);
        f.arrayLength(1, false);
        f.i32(1);
        f.i32(-1); // current leader epoch
        f.i64(0);
        f.i64(-1);
        f.i32(1 << 20);
        f.arrayLength(0, false); // forgotten
        f.string(QString(), false); // rack
        Reader fr(call(leader, 1, 11, f.take()));
        fr.i32();
        QCOMPARE(fr.i16(), 0);
        QCOMPARE(fr.i32(), 0); // no session
        QCOMPARE(fr.arrayLength(false), 1);
        QCOMPARE(fr.string(false), QStringLiteral("t"));
        QCOMPARE(fr.arrayLength(false), 1);
        QCOMPARE(fr.i32(), 1);
        QCOMPARE(fr.i16(), 0);
        QCOMPARE(fr.i64(), 5); // high watermark
        QCOMPARE(fr.i64(), 5); // last stable
        QCOMPARE(fr.i64(), 0); // log start
        QCOMPARE(fr.arrayLength(false), -1);
        QCOMPARE(fr.i32(), -1);
        const QByteArrayView batches = fr.bytes(false);
        QVERIFY(fr.atEnd() && !fr.failed());
        const DecodedBatches got = decodeBatches(batches, m_clock);
        QVERIFY2(!got.error, qPrintable(got.error.message));
        QCOMPARE(got.batches.size(), 1u);
        QCOMPARE(got.batches[0].recordCount(), 5);
        auto s = sent.begin();
        for (const RecordView r : got.batches[0]) {
            QCOMPARE(r.key.toByteArray(), (*s).key.toByteArray());
            QCOMPARE(r.value.toByteArray(), (*s).value.toByteArray());
            ++s;
        }
    }

    void aFollowerSaysItIsNotTheLeader()
    {
        const NodeId leader = leaderOf(0);
        const NodeId other((leader.value + 1) % 3);
        Reader pr(call(other, 0, 5, produceBody(QStringLiteral("t"), 0, records(1))));
        pr.arrayLength(false);
        pr.string(false);
        pr.arrayLength(false);
        QCOMPARE(pr.i32(), 0);
        QCOMPARE(pr.i16(), std::int16_t(KafkaError::NotLeaderOrFollower));
    }

    void anUnknownTopicIsNamedAsSuch()
    {
        Reader pr(call(NodeId(0), 0, 3, produceBody(QStringLiteral("nope"), 0, records(1))));
        pr.arrayLength(false);
        QCOMPARE(pr.string(false), QStringLiteral("nope"));
        pr.arrayLength(false);
        QCOMPARE(pr.i32(), 0);
        QCOMPARE(pr.i16(), std::int16_t(KafkaError::UnknownTopicOrPartition));
    }

    void anIsolatedNodesRequestsTimeOut()
    {
        m_cluster->setIsolated(NodeId(1), true);
        Writer w;
        w.arrayLength(-1, false);
        QVERIFY(call(NodeId(1), 3, 1, w.take()).isNull());
        QVERIFY(m_sink->closed.count(0));
        QVERIFY2(m_sink->closed[0].contains(QStringLiteral("no answer")), qPrintable(m_sink->closed[0]));
        // The other nodes still answer.
        Writer again;
        again.arrayLength(-1, false);
        QVERIFY(!call(NodeId(0), 3, 1, again.take()).isNull());
    }

    void aCrashClosesTheNodesConnections()
    {
        QVERIFY(!m_cluster->crash(NodeId(2), CrashKind::Process));
        QCOMPARE(m_sink->nodesClosed, std::vector<NodeId>{NodeId(2)});
        Writer w;
        w.arrayLength(-1, false);
        QVERIFY(call(NodeId(2), 3, 1, w.take()).isNull());
        QVERIFY(m_sink->closed[0].contains(QStringLiteral("down")));
        QVERIFY(m_sink->nodesUp.empty());
        QVERIFY(!m_cluster->restart(NodeId(2)));
        QCOMPARE(m_sink->nodesUp, std::vector<NodeId>{NodeId(2)});
    }

    void newerListenersTakeTheGatewayOver()
    {
        auto newer = std::make_shared<RecordingSink>();
        KafkaGateway *g = KafkaGateway::of(*m_cluster, newer, GatewayConfig{}, 2);
        QCOMPARE(g, m_gateway); // one gateway per cluster
        QCOMPARE(g->serial(), 2u);
        // Work posted by the listeners stopped before finds no gateway.
        QVERIFY(!KafkaGateway::of(*m_cluster, m_sink, GatewayConfig{}, 1));
        Writer w;
        w.arrayLength(-1, false);
        Writer frame;
        frame.i16(3);
        frame.i16(1);
        frame.i32(5);
        frame.string(QStringLiteral("tst"), false);
        frame.raw(w.buffer());
        g->submit({9, 0, NodeId(0), QStringLiteral("test"), frame.take()});
        m_cluster->runFor(1 * kSecond);
        QCOMPARE(newer->responses.size(), 1u); // answered to the newer listeners
        QVERIFY(m_sink->responses.empty());
    }

    // With principals, the handshake offers PLAIN and both SCRAMs; a SCRAM
    // exchange travels in SaslAuthenticate requests (v1) or bare frames (v0,
    // kafka-python's way), and only a finished one lets requests through.
    void scramAuthenticatesInRequestsAndInBareFrames()
    {
        GatewayConfig config = {};
        config.listeners.push_back({NodeId(0), QStringLiteral("127.0.0.1"), 19092});
        config.principals.push_back({QStringLiteral("ann"), QStringLiteral("secret"), Role::Read});
        m_gateway = KafkaGateway::of(*m_cluster, m_sink, config, 2);
        auto handshake = [&](std::int16_t version, const QString &mechanism) {
            Writer w;
            w.string(mechanism, false);
            const QByteArray body = call(NodeId(0), 17, version, w.take());
            Reader r(body);
            const std::int16_t error = r.i16();
            QStringList names;
            for (std::int32_t i = r.arrayLength(false); i > 0; --i)
                names << r.string(false);
            return std::pair{error, names};
        };
        const auto metadataAnswered = [&] { return !call(NodeId(0), 3, 1, QByteArray("\xff\xff\xff\xff", 4)).isNull(); };
        const QStringList all{QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512")};

        // In SaslAuthenticate requests, SCRAM-SHA-512.
        QCOMPARE(handshake(1, QStringLiteral("SCRAM-SHA-512")), std::pair(std::int16_t(0), all));
        ScramTestClient client(ScramMechanism::Sha512, "ann", "secret");
        const auto [error1, message1, serverFirst] = saslAuthenticate(client.clientFirst());
        QCOMPARE(error1, std::int16_t(0));
        QVERIFY(serverFirst.startsWith("r=" + client.clientFirst().split(',').last().mid(2)));
        const auto [error2, message2, serverFinal] = saslAuthenticate(client.clientFinal(serverFirst));
        QCOMPARE(error2, std::int16_t(0));
        QCOMPARE(serverFinal, client.expectedServerFinal());
        QVERIFY(metadataAnswered());
        QVERIFY(m_sink->closed.empty());

        // In bare frames, SCRAM-SHA-256; a request in the middle of the
        // exchange would be read as its next token, so none is sent.
        m_connection = 2;
        QCOMPARE(handshake(0, QStringLiteral("SCRAM-SHA-256")).first, std::int16_t(0));
        ScramTestClient bare(ScramMechanism::Sha256, "ann", "secret");
        const QByteArray bareFirst = bareToken(bare.clientFirst());
        QVERIFY(bareFirst.contains(",i=4096"));
        const QByteArray bareFinal = bareToken(bare.clientFinal(bareFirst));
        QCOMPARE(bareFinal, bare.expectedServerFinal());
        QVERIFY(metadataAnswered());
        QVERIFY(m_sink->closed.empty());

        // A wrong password: SASL_AUTHENTICATION_FAILED with the reason, and
        // the connection closes after the answer.
        m_connection = 3;
        QCOMPARE(handshake(1, QStringLiteral("SCRAM-SHA-256")).first, std::int16_t(0));
        ScramTestClient wrong(ScramMechanism::Sha256, "ann", "guess");
        const auto [error3, message3, wrongFirst] = saslAuthenticate(wrong.clientFirst());
        const auto [error4, message4, nothing] = saslAuthenticate(wrong.clientFinal(wrongFirst));
        QCOMPARE(error4, std::int16_t(KafkaError::SaslAuthenticationFailed));
        QCOMPARE(message4, QStringLiteral("Authentication failed: SCRAM-SHA-256 authentication failed for \"ann\": "
                                          "wrong user name or password"));
        QVERIFY(nothing.isEmpty());
        QCOMPARE(m_sink->closed.size(), 1u);
        QCOMPARE(m_sink->closed.begin()->first, m_seq); // after the answer
        // The same in bare frames closes at once.
        m_connection = 4;
        QCOMPARE(handshake(0, QStringLiteral("SCRAM-SHA-256")).first, std::int16_t(0));
        const QByteArray guessFirst = bareToken(wrong.clientFirst());
        QVERIFY(bareToken(wrong.clientFinal(guessFirst)).isNull());
        QVERIFY(m_sink->closed[m_seq - 1].contains(QStringLiteral("wrong user name or password")));
        // A mechanism not offered.
        QCOMPARE(handshake(1, QStringLiteral("SCRAM-SHA-1")), std::pair(std::int16_t(KafkaError::UnsupportedSaslMechanism), all));
    }

    void badRequestsCloseOnlyTheirConnection()
    {
        QVERIFY(call(NodeId(0), 99, 0, QByteArray()).isNull());
        QVERIFY(m_sink->closed[0].contains(QStringLiteral("api 99")));
        QVERIFY(call(NodeId(0), 0, 2, QByteArray()).isNull()); // Produce v2 is too old
        QVERIFY(m_sink->closed[1].contains(QStringLiteral("version 2")));
        const QByteArray good = produceBody(QStringLiteral("t"), 0, records(3));
        QVERIFY(call(NodeId(0), 0, 7, good.left(good.size() - 9)).isNull()); // truncated
        QVERIFY(m_sink->closed.count(2));
        QByteArray corrupt = good;
        corrupt[corrupt.size() - 3] = char(corrupt[corrupt.size() - 3] ^ 0x10);
        QVERIFY(call(NodeId(0), 0, 7, corrupt).isNull());
        QVERIFY2(m_sink->closed[3].contains(QStringLiteral("CRC")), qPrintable(m_sink->closed[3]));
        // Nothing of the refused requests reached a log.
        for (const Replica *r : m_cluster->node(NodeId(0))->replicas())
            QCOMPARE(r->log.logEndOffset(), Offset(0));
    }

    // A request refused for its last part (a corrupt batch) closes the
    // connection having written nothing, not the parts before it: a client
    // retries the whole request, which would write those twice.
    void aRefusedProduceWritesNoPartOfIt()
    {
        const NodeId leader = leaderOf(0);
        QByteArray good, corrupt;
        appendBatch(good, Offset(0), Epoch(0), records(3), m_clock);
        appendBatch(corrupt, Offset(0), Epoch(0), records(2), m_clock);
        corrupt[corrupt.size() - 3] = char(corrupt[corrupt.size() - 3] ^ 0x10);
        Writer w;
        w.string(QString(), false);
        w.i16(-1);
        w.i32(5000);
        w.arrayLength(1, false);
        w.string(QStringLiteral("t"), false);
        w.arrayLength(2, false);
        w.i32(0);
        w.bytes(good, false);
        w.i32(1);
        w.bytes(corrupt, false);
        QVERIFY(call(leader, 0, 7, w.take()).isNull());
        QVERIFY2(m_sink->closed[0].contains(QStringLiteral("CRC")), qPrintable(m_sink->closed[0]));
        m_cluster->runFor(1 * kSecond);
        for (int n = 0; n < 3; ++n)
            for (const Replica *r : m_cluster->node(NodeId(n))->replicas())
                QCOMPARE(r->log.logEndOffset(), Offset(0));
    }

    // Each answer and refusal carries what the listener counts per
    // connection: the API, the client id, and the first error code.
    void answersTellTheListenerWhatTheyWere()
    {
        QVERIFY(!call(NodeId(0), 18, 0, QByteArray()).isNull());
        QCOMPARE(m_sink->notes[0].api, std::int16_t(18));
        QCOMPARE(m_sink->notes[0].clientId, QStringLiteral("tst"));
        QCOMPARE(m_sink->notes[0].error, std::int16_t(0));
        QVERIFY(m_sink->notes[0].principal.isEmpty());

        Writer w;
        w.arrayLength(2, false);
        w.string(QStringLiteral("t"), false);
        w.string(QStringLiteral("nope"), false); // no auto-creation here
        QVERIFY(!call(NodeId(0), 3, 1, w.take()).isNull());
        QCOMPARE(m_sink->notes[1].api, std::int16_t(3));
        QCOMPARE(m_sink->notes[1].error, std::int16_t(KafkaError::UnknownTopicOrPartition));
        QCOMPARE(kafkaErrorName(m_sink->notes[1].error), QStringLiteral("UNKNOWN_TOPIC_OR_PARTITION"));

        QVERIFY(call(NodeId(0), 99, 0, QByteArray()).isNull());
        QCOMPARE(m_sink->notes[2].api, std::int16_t(99));
        QCOMPARE(m_sink->notes[2].clientId, QStringLiteral("tst"));
    }

    // Once a connection has authenticated, its answers name its principal.
    void answersNameTheAuthenticatedPrincipal()
    {
        GatewayConfig config = {};
        config.listeners.push_back({NodeId(0), QStringLiteral("127.0.0.1"), 19092});
        config.principals.push_back({QStringLiteral("ann"), QStringLiteral("secret"), Role::Read});
        m_gateway = KafkaGateway::of(*m_cluster, m_sink, config, 2);
        QVERIFY(!call(NodeId(0), 18, 0, QByteArray()).isNull());
        QVERIFY(m_sink->notes[0].principal.isEmpty());
        Writer handshake;
        handshake.string(QStringLiteral("PLAIN"), false);
        QVERIFY(!call(NodeId(0), 17, 1, handshake.take()).isNull());
        Writer authenticate;
        authenticate.bytes(QByteArrayView("\0ann\0secret", 11), false);
        QVERIFY(!call(NodeId(0), 36, 0, authenticate.take()).isNull());
        QVERIFY(m_sink->closed.empty());
        QVERIFY(!call(NodeId(0), 3, 1, QByteArray("\xff\xff\xff\xff", 4)).isNull());
        QCOMPARE(m_sink->notes[3].api, std::int16_t(3));
        QCOMPARE(m_sink->notes[3].principal, QStringLiteral("ann"));
    }

    // Records of Kafka clients are tallied by client id and reach the
    // snapshot as external producers, after the built-in ones.
    void externalProducersReachTheSnapshot()
    {
        const NodeId leader = leaderOf(1);
        const NodeId other((leader.value + 1) % 3);
        QVERIFY(!call(leader, 0, 7, produceBody(QStringLiteral("t"), 1, records(5))).isNull());
        QVERIFY(!call(other, 0, 7, produceBody(QStringLiteral("t"), 1, records(1))).isNull()); // not the leader
        QVERIFY(!call(leader, 0, 7, produceBody(QStringLiteral("nope"), 0, records(2))).isNull());
        QCOMPARE(m_sink->notes[1].error, std::int16_t(KafkaError::NotLeaderOrFollower));

        const auto &tallies = m_cluster->externalProducers().all();
        QCOMPARE(tallies.size(), 1u);
        QCOMPARE(tallies[0].clientId, QStringLiteral("tst"));
        QCOMPARE(tallies[0].sent, std::int64_t(8));
        QCOMPARE(tallies[0].acked, std::int64_t(5));
        QCOMPARE(tallies[0].failed, std::int64_t(3));
        QCOMPARE(tallies[0].topics, std::vector<QString>{QStringLiteral("t")}); // not the unknown one

        SnapshotBuilder builder;
        const ClusterSnapshot s = builder.build(*m_cluster, {});
        QCOMPARE(s.producers.size(), 1u);
        QVERIFY(s.producers[0].external);
        QCOMPARE(s.producers[0].name, QStringLiteral("tst"));
        QCOMPARE(s.producers[0].topic, QStringLiteral("t"));
        QCOMPARE(s.producers[0].acks, Acks::All);
        QCOMPARE(s.producers[0].acked, std::int64_t(5));
        QCOMPARE(s.producers[0].failed, std::int64_t(3));
    }

    // A group a Kafka client joins is the group coordinator's, so the
    // snapshot (and the Groups view) has it with the client's id.
    void externalGroupsReachTheSnapshot()
    {
        Writer subscription;
        subscription.i16(0);
        subscription.arrayLength(1, false);
        subscription.string(QStringLiteral("t"), false);
        subscription.bytes(QByteArrayView(), false);
        Writer w;
        w.string(QStringLiteral("kcat-group"), false);
        w.i32(10000);
        w.string(QString(), false); // a new member
        w.string(QStringLiteral("consumer"), false);
        w.arrayLength(1, false);
        w.string(QStringLiteral("range"), false);
        w.bytes(subscription.buffer(), false);
        Reader r(call(NodeId(0), 11, 0, w.take()));
        QCOMPARE(r.i16(), 0);
        QVERIFY(!r.failed());

        SnapshotBuilder builder;
        builder.sample(*m_cluster);
        const ClusterSnapshot s = builder.build(*m_cluster, {});
        const auto group = std::find_if(s.groups.begin(), s.groups.end(),
                                        [](const GroupSnapshot &g) { return g.groupId == QStringLiteral("kcat-group"); });
        QVERIFY(group != s.groups.end());
        QCOMPARE(group->members.size(), 1u);
        QCOMPARE(group->members[0].clientId, QStringLiteral("tst"));
        QCOMPARE(group->protocol, QStringLiteral("range"));
        QVERIFY(group->external); // no built-in consumer in it: its consumption is not known
    }
};

QTEST_GUILESS_MAIN(TestKafkaGateway)
#include "tst_kafkagateway.moc"
