#include "kafka/scram.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringDecoder>

#include <vector>

namespace bb::kafka {

namespace {

QCryptographicHash::Algorithm algorithm(ScramMechanism m)
{
    return m == ScramMechanism::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha512;
}

QByteArray hmac(ScramMechanism m, const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, algorithm(m));
}

QByteArray randomBytes(qsizetype n)
{
    std::vector<quint32> words(std::size_t(n + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), n);
}

// Compares every byte whatever the first difference, so the time taken does
// not tell a client how much of a forged key was right.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// A saslname: "=2C" stands for ',' and "=3D" for '='; any other '=' is an
// error, as is an empty name or one that is not UTF-8.
std::optional<QString> saslName(const QByteArray &raw)
{
    QByteArray name;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '=') {
            name += raw[i];
            continue;
        }
        const QByteArray escape = raw.mid(i + 1, 2);
        if (escape != "2C" && escape != "3D")
            return std::nullopt;
        name += escape == "2C" ? ',' : '=';
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = utf8(name);
    if (name.isEmpty() || utf8.hasError())
        return std::nullopt;
    return decoded;
}

// RFC 5802's printable: visible ASCII but ','.
bool printable(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (c < 0x21 || c > 0x7e || c == ',')
            return false;
    return true;
}

// For a user not known: a salt that is the same on every try for that name
// (a changing one would give the name away) and keys no proof can match.
ScramCredential decoy(ScramMechanism m, const QString &user)
{
    static const QByteArray secret = randomBytes(32); // per process
    ScramCredential c;
    c.salt = hmac(m, secret, scramMechanismName(m).toUtf8() + '\0' + user.toUtf8()).left(16);
    c.iterations = kScramIterations;
    c.storedKey = randomBytes(QCryptographicHash::hashLength(algorithm(m)));
    c.serverKey = randomBytes(c.storedKey.size());
    return c;
}

QString malformed(const char *which, const QString &detail)
{
    return QStringLiteral("the SCRAM %1 message is malformed: %2").arg(QLatin1String(which), detail);
}

} // namespace

std::optional<ScramMechanism> scramMechanism(QStringView name)
{
    if (name == QLatin1String("SCRAM-SHA-256"))
        return ScramMechanism::Sha256;
    if (name == QLatin1String("SCRAM-SHA-512"))
        return ScramMechanism::Sha512;
    return std::nullopt;
}

QString scramMechanismName(ScramMechanism mechanism)
{
    return mechanism == ScramMechanism::Sha256 ? QStringLiteral("SCRAM-SHA-256") : QStringLiteral("SCRAM-SHA-512");
}

ScramCredential makeScramCredential(ScramMechanism mechanism, const QString &password, QByteArray salt, int iterations)
{
    const QCryptographicHash::Algorithm algo = algorithm(mechanism);
    if (salt.isEmpty())
        salt = randomBytes(16);
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(algo, password.toUtf8(), salt, iterations,
                                                                 quint64(QCryptographicHash::hashLength(algo)));
    ScramCredential c;
    c.salt = std::move(salt);
    c.iterations = iterations;
    c.storedKey = QCryptographicHash::hash(hmac(mechanism, salted, QByteArrayLiteral("Client Key")), algo);
    c.serverKey = hmac(mechanism, salted, QByteArrayLiteral("Server Key"));
    return c;
}

ScramServer::ScramServer(ScramMechanism mechanism, QByteArray serverNonce)
    : m_mechanism(mechanism)
    , m_serverNonce(serverNonce.isEmpty() ? randomBytes(24).toBase64() : std::move(serverNonce))
{
}

ScramReply ScramServer::step(QByteArrayView message, const Lookup &lookup)
{
    switch (m_state) {
    case State::ClientFirst: return clientFirst(message, lookup);
    case State::ClientFinal: return clientFinal(message);
    case State::Succeeded:
    case State::Failed: break;
    }
    return fail(QStringLiteral("the %1 exchange is already over").arg(scramMechanismName(m_mechanism)));
}

ScramReply ScramServer::fail(const QString &why)
{
    m_state = State::Failed;
    return {{}, why};
}

ScramReply ScramServer::clientFirst(QByteArrayView view, const Lookup &lookup)
{
    const QByteArray message = view.toByteArray();
    const qsizetype flagEnd = message.indexOf(',');
    const qsizetype headerEnd = flagEnd < 0 ? -1 : message.indexOf(',', flagEnd + 1);
    if (headerEnd < 0)
        return fail(malformed("client-first", QStringLiteral("it does not start with a gs2 header such as \"n,,\"")));
    const QByteArray flag = message.left(flagEnd);
    const QByteArray authzid = message.mid(flagEnd + 1, headerEnd - flagEnd - 1);
    if (flag.startsWith("p="))
        return fail(QStringLiteral("SCRAM channel binding is not supported here (the client asked for %1)")
                        .arg(QString::fromLatin1(flag.mid(2))));
    if (flag != "n" && flag != "y")
        return fail(malformed("client-first", QStringLiteral("its gs2 header must start with n, y or p=")));
    if (!authzid.isEmpty() && !authzid.startsWith("a="))
        return fail(malformed("client-first", QStringLiteral("its authorization id must be a=NAME")));
    const QByteArray bare = message.mid(headerEnd + 1);
    const QList<QByteArray> attributes = bare.split(',');
    if (attributes[0].startsWith("m="))
        return fail(QStringLiteral("SCRAM mandatory extensions (m=) are not supported"));
    const std::optional<QString> user = attributes[0].startsWith("n=") ? saslName(attributes[0].mid(2)) : std::nullopt;
    if (!user)
        return fail(malformed("client-first", QStringLiteral("it names no user (n=NAME, with =2C for ',' and =3D for '=')")));
    if (attributes.size() < 2 || !attributes[1].startsWith("r=") || !printable(attributes[1].mid(2)))
        return fail(malformed("client-first", QStringLiteral("it has no nonce (r=) of printable characters")));
    if (!authzid.isEmpty() && saslName(authzid.mid(2)) != user)
        return fail(QStringLiteral("the SCRAM authorization id %1 is not the user name \"%2\"; "
                                   "authorizing as another user is not supported")
                        .arg(QString::fromUtf8(authzid.mid(2)), *user));
    // Extensions after the nonce (Kafka's tokenauth) are ignored: this
    // listener has no delegation tokens, so such a proof simply fails.

    m_user = *user;
    const ScramCredential *known = lookup ? lookup(m_user) : nullptr;
    m_userKnown = known && !known->isNull();
    m_credential = m_userKnown ? *known : decoy(m_mechanism, m_user);
    m_gs2Header = message.left(headerEnd + 1);
    m_clientNonce = attributes[1].mid(2);
    m_nonce = m_clientNonce + m_serverNonce;
    const QByteArray serverFirst = "r=" + m_nonce + ",s=" + m_credential.salt.toBase64()
                                   + ",i=" + QByteArray::number(m_credential.iterations);
    m_authPrefix = bare + ',' + serverFirst + ',';
    m_state = State::ClientFinal;
    return {serverFirst, {}};
}

ScramReply ScramServer::clientFinal(QByteArrayView view)
{
    const QByteArray message = view.toByteArray();
    const qsizetype proofAt = message.lastIndexOf(",p=");
    if (proofAt < 0)
        return fail(malformed("client-final", QStringLiteral("it has no proof (p=)")));
    const QByteArray withoutProof = message.left(proofAt);
    const QList<QByteArray> attributes = withoutProof.split(',');
    if (attributes.size() < 2 || !attributes[0].startsWith("c=") || !attributes[1].startsWith("r="))
        return fail(malformed("client-final", QStringLiteral("it must start with c= and r=")));
    const auto binding = QByteArray::fromBase64Encoding(attributes[0].mid(2), QByteArray::AbortOnBase64DecodingErrors);
    if (!binding || *binding != m_gs2Header)
        return fail(QStringLiteral("the SCRAM client-final message's channel binding (c=) is not the gs2 header "
                                   "of its client-first message"));
    // librdkafka before 2.6.1 (Debian 12 ships 2.0.2) sends its own nonce
    // again in front of the combined one (its issue 4895); Kafka 3.8.1 on
    // takes that too. Either way the fresh server nonce must come back whole.
    const QByteArray nonce = attributes[1].mid(2);
    if (nonce != m_nonce && nonce != m_clientNonce + m_nonce)
        return fail(QStringLiteral("the SCRAM client-final message's nonce (r=) is not the one of this exchange"));
    const qsizetype hashLength = m_credential.storedKey.size();
    const auto proof = QByteArray::fromBase64Encoding(message.mid(proofAt + 3), QByteArray::AbortOnBase64DecodingErrors);
    if (!proof || (*proof).size() != hashLength)
        return fail(malformed("client-final", QStringLiteral("its proof (p=) is not %1 bytes in base64").arg(hashLength)));

    // ClientKey = ClientProof XOR HMAC(StoredKey, AuthMessage); the client
    // knew the password if H(ClientKey) is the StoredKey.
    const QByteArray authMessage = m_authPrefix + withoutProof;
    const QByteArray clientSignature = hmac(m_mechanism, m_credential.storedKey, authMessage);
    QByteArray clientKey = *proof;
    for (qsizetype i = 0; i < hashLength; ++i)
        clientKey[i] = char(clientKey[i] ^ clientSignature[i]);
    const bool proven = equalInConstantTime(QCryptographicHash::hash(clientKey, algorithm(m_mechanism)),
                                            m_credential.storedKey);
    if (!proven || !m_userKnown)
        return fail(QStringLiteral("%1 authentication failed for \"%2\": wrong user name or password")
                        .arg(scramMechanismName(m_mechanism), m_user));
    m_state = State::Succeeded;
    return {"v=" + hmac(m_mechanism, m_credential.serverKey, authMessage).toBase64(), {}};
}

} // namespace bb::kafka
