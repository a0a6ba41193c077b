// The server side of SCRAM-SHA-256/512: RFC 7677's exchange byte for byte,
// and every way a client can get it wrong ending the exchange with a reason.
#include <QTest>

#include "kafka/principals.h"
#include "kafka/scram.h"
#include "scramclient.h"

using namespace bb;
using namespace bb::kafka;
using namespace bb::testing;

namespace {

// RFC 7677 section 3.
const QByteArray kRfcClientNonce = QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO");
const QByteArray kRfcServerNonce = QByteArrayLiteral("%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
const QByteArray kRfcSalt = QByteArrayLiteral("W22ZaJ0SNY7soEsUEjb6gQ==");
const QByteArray kRfcServerFirst = "r=" + kRfcClientNonce + kRfcServerNonce + ",s=" + kRfcSalt + ",i=4096";
const QByteArray kRfcClientFinal = "c=biws,r=" + kRfcClientNonce + kRfcServerNonce
                                   + ",p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
const QByteArray kRfcServerFinal = QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");

// A lookup that knows one user.
ScramServer::Lookup knowing(const QString &user, const ScramCredential &credential)
{
    return [user, credential](const QString &name) { return name == user ? &credential : nullptr; };
}

} // namespace

class TestScram : public QObject {
    Q_OBJECT

    const ScramCredential m_rfcCredential =
        makeScramCredential(ScramMechanism::Sha256, QStringLiteral("pencil"), QByteArray::fromBase64(kRfcSalt), 4096);
    const ScramCredential m_sha512 = makeScramCredential(ScramMechanism::Sha512, QStringLiteral("pencil"));

    // A server that has answered `client`'s client-first for the RFC user
    // with `serverFirst` (empty if it refused).
    ScramServer startedExchange(const ScramTestClient &client, QByteArray *serverFirst)
    {
        ScramServer server(ScramMechanism::Sha256);
        *serverFirst = server.step(client.clientFirst(), knowing(QStringLiteral("user"), m_rfcCredential)).message;
        return server;
    }

private Q_SLOTS:
    void rfc7677Vector()
    {
        ScramServer server(ScramMechanism::Sha256, kRfcServerNonce);
        const auto lookup = knowing(QStringLiteral("user"), m_rfcCredential);
        const ScramReply first = server.step("n,,n=user,r=" + kRfcClientNonce, lookup);
        QCOMPARE(first.error, QString());
        QCOMPARE(first.message, kRfcServerFirst);
        QVERIFY(!server.succeeded());
        const ScramReply final = server.step(kRfcClientFinal, lookup);
        QCOMPARE(final.error, QString());
        QCOMPARE(final.message, kRfcServerFinal);
        QVERIFY(server.succeeded());
        QCOMPARE(server.user(), QStringLiteral("user"));
        // The tests' client computes the RFC's proof and signature too.
        ScramTestClient client(ScramMechanism::Sha256, "user", "pencil", kRfcClientNonce);
        QCOMPARE(client.clientFinal(kRfcServerFirst), kRfcClientFinal);
        QCOMPARE(client.expectedServerFinal(), kRfcServerFinal);
    }

    void sha512RoundTrip()
    {
        ScramServer server(ScramMechanism::Sha512);
        ScramTestClient client(ScramMechanism::Sha512, "user", "pencil");
        const auto lookup = knowing(QStringLiteral("user"), m_sha512);
        const ScramReply first = server.step(client.clientFirst(), lookup);
        QCOMPARE(first.error, QString());
        QVERIFY(first.message.contains(",i=4096"));
        const ScramReply final = server.step(client.clientFinal(first.message), lookup);
        QCOMPARE(final.error, QString());
        QCOMPARE(final.message, client.expectedServerFinal());
        QCOMPARE(final.message.size(), 2 + 88); // "v=" and 64 bytes in base64
        QVERIFY(server.succeeded());
    }

    void wrongPassword()
    {
        ScramTestClient client(ScramMechanism::Sha256, "user", "pencils");
        QByteArray serverFirst;
        ScramServer server = startedExchange(client, &serverFirst);
        QVERIFY(serverFirst.startsWith("r="));
        const ScramReply final = server.step(client.clientFinal(serverFirst), {});
        QVERIFY(final.message.isEmpty());
        QCOMPARE(final.error, QStringLiteral("SCRAM-SHA-256 authentication failed for \"user\": wrong user name or password"));
        QVERIFY(!server.succeeded());
        // The exchange is over: the right proof now changes nothing.
        ScramTestClient right(ScramMechanism::Sha256, "user", "pencil");
        QVERIFY(server.step(right.clientFinal(serverFirst), {}).error.contains(QStringLiteral("already over")));
        QVERIFY(!server.succeeded());
    }

    void tamperedNonce_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::newRow("the server's part dropped") << 0;
        QTest::newRow("one character changed") << 1;
        QTest::newRow("something appended") << 2;
        QTest::newRow("librdkafka's doubled client nonce, server's part changed") << 3;
    }

    // A client-final whose nonce is not the exchange's is refused even with
    // a proof computed over what it sent: a replayed exchange must not pass.
    void tamperedNonce()
    {
        QFETCH(int, tamper);
        ScramTestClient client(ScramMechanism::Sha256, "user", "pencil");
        QByteArray serverFirst;
        ScramServer server = startedExchange(client, &serverFirst);
        QVERIFY(serverFirst.startsWith("r="));
        QByteArray nonce = serverFirst.split(',')[0].mid(2);
        if (tamper == 0)
            nonce = client.clientFirst().split(',').last().mid(2);
        else if (tamper == 1)
            nonce[nonce.size() - 1] = char(nonce[nonce.size() - 1] == 'A' ? 'B' : 'A');
        else if (tamper == 2)
            nonce += "x";
        else
            nonce = nonce.left(24) + nonce.left(nonce.size() - 1) + "#";
        const ScramReply final = server.step(client.clientFinal(serverFirst, nonce), {});
        QCOMPARE(final.error, QStringLiteral("the SCRAM client-final message's nonce (r=) is not the one of this exchange"));
        QVERIFY(!server.succeeded());
    }

    // librdkafka before 2.6.1 puts its own nonce once more in front of the
    // combined one, and computes its proof over that: taken, as Kafka takes it.
    void librdkafkasDoubledClientNonce()
    {
        ScramTestClient client(ScramMechanism::Sha256, "user", "pencil");
        QByteArray serverFirst;
        ScramServer server = startedExchange(client, &serverFirst);
        QVERIFY(serverFirst.startsWith("r="));
        const QByteArray combined = serverFirst.split(',')[0].mid(2);
        const ScramReply final = server.step(client.clientFinal(serverFirst, combined.left(24) + combined), {});
        QCOMPARE(final.error, QString());
        QCOMPARE(final.message, client.expectedServerFinal());
        QVERIFY(server.succeeded());
    }

    // A user not known gets a server-first like anyone's, with the same salt
    // every time, and fails where a wrong password fails.
    void unknownUserLooksLikeAWrongPassword()
    {
        QByteArray salts[2];
        for (QByteArray &salt : salts) {
            ScramServer server(ScramMechanism::Sha256);
            ScramTestClient client(ScramMechanism::Sha256, "mallory", "pencil");
            const ScramReply first = server.step(client.clientFirst(), knowing(QStringLiteral("user"), m_rfcCredential));
            QCOMPARE(first.error, QString());
            QVERIFY(first.message.endsWith(",i=4096"));
            salt = first.message.split(',')[1];
            const ScramReply final = server.step(client.clientFinal(first.message), {});
            QCOMPARE(final.error,
                     QStringLiteral("SCRAM-SHA-256 authentication failed for \"mallory\": wrong user name or password"));
        }
        QCOMPARE(salts[0], salts[1]);
        QCOMPARE(QByteArray::fromBase64(salts[0].mid(2)).size(), 16);
    }

    void malformedClientFirst_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("error");
        const QString malformed = QStringLiteral("the SCRAM client-first message is malformed: ");
        QTest::newRow("empty") << QByteArray() << malformed + QStringLiteral("it does not start with a gs2 header");
        QTest::newRow("no gs2 header") << QByteArray("n=user,r=abc") << malformed + QStringLiteral("it does not start with a gs2 header");
        QTest::newRow("bad cbind flag") << QByteArray("x,,n=user,r=abc") << malformed + QStringLiteral("its gs2 header");
        QTest::newRow("channel binding") << QByteArray("p=tls-unique,,n=user,r=abc")
                                         << QStringLiteral("SCRAM channel binding is not supported here");
        QTest::newRow("authzid without a=") << QByteArray("n,user,n=user,r=abc") << malformed + QStringLiteral("its authorization id must be a=NAME");
        QTest::newRow("another authzid") << QByteArray("n,a=root,n=user,r=abc")
                                         << QStringLiteral("the SCRAM authorization id root is not the user name \"user\"");
        QTest::newRow("mandatory extension") << QByteArray("n,,m=x,n=user,r=abc")
                                             << QStringLiteral("SCRAM mandatory extensions (m=) are not supported");
        QTest::newRow("no user") << QByteArray("n,,r=abc") << malformed + QStringLiteral("it names no user");
        QTest::newRow("empty user") << QByteArray("n,,n=,r=abc") << malformed + QStringLiteral("it names no user");
        QTest::newRow("bad escape") << QByteArray("n,,n=us=2Ber,r=abc") << malformed + QStringLiteral("it names no user");
        QTest::newRow("not UTF-8") << QByteArray("n,,n=\xff\xfe,r=abc") << malformed + QStringLiteral("it names no user");
        QTest::newRow("no nonce") << QByteArray("n,,n=user") << malformed + QStringLiteral("it has no nonce");
        QTest::newRow("empty nonce") << QByteArray("n,,n=user,r=") << malformed + QStringLiteral("it has no nonce");
        QTest::newRow("nonce not printable") << QByteArray("n,,n=user,r=a b") << malformed + QStringLiteral("it has no nonce");
    }

    void malformedClientFirst()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, error);
        ScramServer server(ScramMechanism::Sha256);
        const ScramReply reply = server.step(message, knowing(QStringLiteral("user"), m_rfcCredential));
        QVERIFY2(reply.error.startsWith(error), qPrintable(reply.error));
        QVERIFY(reply.message.isEmpty());
        // Nothing more is taken, not even a well-formed client-first.
        QVERIFY(!server.step("n,,n=user,r=abc", knowing(QStringLiteral("user"), m_rfcCredential)).error.isEmpty());
    }

    void malformedClientFinal_data()
    {
        QTest::addColumn<QByteArray>("suffix"); // after "c=biws,r=NONCE" unless it starts with '!'
        QTest::addColumn<QString>("error");
        QTest::newRow("no proof") << QByteArray() << QStringLiteral("the SCRAM client-final message is malformed: it has no proof");
        QTest::newRow("proof not base64") << QByteArray(",p=***")
                                          << QStringLiteral("the SCRAM client-final message is malformed: its proof (p=) is not 32 bytes");
        QTest::newRow("short proof") << (",p=" + QByteArray(16, 'x').toBase64())
                                     << QStringLiteral("the SCRAM client-final message is malformed: its proof (p=) is not 32 bytes");
        QTest::newRow("binding of another header") << QByteArray("!c=eSws")
                                                   << QStringLiteral("the SCRAM client-final message's channel binding (c=)");
        QTest::newRow("no c=") << QByteArray("!x=1") << QStringLiteral("the SCRAM client-final message is malformed: it must start with c= and r=");
    }

    void malformedClientFinal()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(QString, error);
        ScramTestClient client(ScramMechanism::Sha256, "user", "pencil");
        QByteArray serverFirst;
        ScramServer server = startedExchange(client, &serverFirst);
        QVERIFY(serverFirst.startsWith("r="));
        const QByteArray good = client.clientFinal(serverFirst);
        const QByteArray nonce = serverFirst.split(',')[0];
        QByteArray message = "c=biws," + nonce + suffix;
        if (suffix.startsWith('!')) // replaces c=biws in a message that is right otherwise
            message = suffix.mid(1) + good.mid(good.indexOf(','));
        const ScramReply reply = server.step(message, {});
        QVERIFY2(reply.error.startsWith(error), qPrintable(reply.error));
        QVERIFY(!server.succeeded());
    }

    // ',' and '=' in a user name travel as =2C and =3D.
    void escapedUserName()
    {
        const ScramCredential credential = makeScramCredential(ScramMechanism::Sha256, QStringLiteral("pa:ss"));
        const auto lookup = knowing(QStringLiteral("a,b=c"), credential);
        ScramServer server(ScramMechanism::Sha256);
        ScramTestClient client(ScramMechanism::Sha256, "a=2Cb=3Dc", "pa:ss");
        const ScramReply first = server.step(client.clientFirst(), lookup);
        const ScramReply final = server.step(client.clientFinal(first.message), lookup);
        QCOMPARE(final.error, QString());
        QVERIFY(server.succeeded());
        QCOMPARE(server.user(), QStringLiteral("a,b=c"));
    }

    // An authorization id that is the user name is allowed; c= must then
    // carry that gs2 header back.
    void authorizationIdOfTheUser()
    {
        ScramServer server(ScramMechanism::Sha256, kRfcServerNonce);
        const auto lookup = knowing(QStringLiteral("user"), m_rfcCredential);
        const ScramReply first = server.step("n,a=user,n=user,r=" + kRfcClientNonce, lookup);
        QCOMPARE(first.message, kRfcServerFirst);
        // The RFC's proof was made with c=biws ("n,,"): its binding no longer matches.
        QVERIFY(server.step(kRfcClientFinal, lookup).error.contains(QStringLiteral("channel binding")));
    }

    void credentialsAreSaltedPerUser()
    {
        const ScramCredential a = makeScramCredential(ScramMechanism::Sha256, QStringLiteral("same"));
        const ScramCredential b = makeScramCredential(ScramMechanism::Sha256, QStringLiteral("same"));
        QCOMPARE(a.iterations, kScramIterations);
        QCOMPARE(a.salt.size(), 16);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.storedKey != b.storedKey);
        QCOMPARE(a.storedKey.size(), 32);
        QCOMPARE(m_sha512.storedKey.size(), 64);
        // Derived on first use and kept.
        std::vector<Principal> principals{{QStringLiteral("ann"), QStringLiteral("pw"), Role::Write}};
        QVERIFY(principals[0].scram[std::size_t(ScramMechanism::Sha512)].isNull());
        const ScramCredential *first = scramCredential(principals, QStringLiteral("ann"), ScramMechanism::Sha512);
        QVERIFY(first && !first->isNull());
        QCOMPARE(scramCredential(principals, QStringLiteral("ann"), ScramMechanism::Sha512)->salt, first->salt);
        QVERIFY(principals[0].scram[std::size_t(ScramMechanism::Sha256)].isNull());
        QVERIFY(!scramCredential(principals, QStringLiteral("bob"), ScramMechanism::Sha512));
    }

    void serverNoncesAreFreshAndExtendTheClients()
    {
        QByteArray nonces[2];
        for (QByteArray &nonce : nonces) {
            ScramServer server(ScramMechanism::Sha256);
            const ScramReply first = server.step("n,,n=user,r=abc", knowing(QStringLiteral("user"), m_rfcCredential));
            nonce = first.message.split(',')[0];
            QVERIFY(nonce.startsWith("r=abc"));
            QCOMPARE(nonce.size(), 2 + 3 + 32);
        }
        QVERIFY(nonces[0] != nonces[1]);
    }

    void mechanismNames()
    {
        QVERIFY(scramMechanism(u"SCRAM-SHA-256") == ScramMechanism::Sha256);
        QVERIFY(scramMechanism(u"SCRAM-SHA-512") == ScramMechanism::Sha512);
        QVERIFY(!scramMechanism(u"scram-sha-256")); // Kafka's names are case-sensitive
        QVERIFY(!scramMechanism(u"PLAIN"));
        QCOMPARE(scramMechanismName(ScramMechanism::Sha512), QStringLiteral("SCRAM-SHA-512"));
    }
};

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
