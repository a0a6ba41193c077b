#pragma once
// SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677), the server side as
// Kafka speaks it (KIP-84): no channel binding, an optional authorization id
// that must be the user name, extensions ignored. The password is used as
// its UTF-8 bytes without SASLprep, as Kafka, librdkafka and kafka-python do,
// so every password that works with one of them works here.
//
// The exchange, one ScramServer per connection:
//   client-first  n,,n=USER,r=CNONCE          (user name with =2C for ',' and =3D for '=')
//   server-first  r=CNONCE SNONCE,s=SALT,i=4096
//   client-final  c=biws,r=CNONCE SNONCE,p=PROOF  (librdkafka < 2.6.1: r=CNONCE CNONCE SNONCE)
//   server-final  v=SERVER-SIGNATURE
// A user not known gets a server-first as a known one would, with a salt
// that stays the same for that name, and fails on its proof: the answers do
// not tell which user names exist.
//
// The nonce and salts come from the system's random source, not the
// simulation's seeded one: they guard real passwords and must not repeat
// from run to run. Plain values; a ScramServer belongs to one thread.

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace bb::kafka {

enum class ScramMechanism { Sha256, Sha512 };
inline constexpr int kScramMechanisms = 2;
// Kafka's minimum, and what every user gets here.
inline constexpr int kScramIterations = 4096;

// SCRAM-SHA-256 or SCRAM-SHA-512; nullopt for any other mechanism name.
std::optional<ScramMechanism> scramMechanism(QStringView name);
QString scramMechanismName(ScramMechanism mechanism);

// What the server keeps of a password for one mechanism (RFC 5802 section
// 3): enough to check a client's proof, not enough to pose as the client.
struct ScramCredential {
    QByteArray salt;
    int iterations = 0;
    QByteArray storedKey; // H(HMAC(SaltedPassword, "Client Key"))
    QByteArray serverKey; // HMAC(SaltedPassword, "Server Key")
    bool isNull() const { return iterations == 0; }
};

// The credential of `password`: SaltedPassword is PBKDF2 over `salt` (16
// random bytes when empty), so users with the same password share nothing.
ScramCredential makeScramCredential(ScramMechanism mechanism, const QString &password, QByteArray salt = {},
                                    int iterations = kScramIterations);

// The server's next message, or why the exchange failed (then the
// connection should close).
struct ScramReply {
    QByteArray message;
    QString error;
};

// One connection's exchange: client-first in, server-first out; client-final
// in, server-final out. A failed step ends it; so does the last one.
class ScramServer {
public:
    // The credential of a user name for this mechanism; nullptr for a user
    // not known.
    using Lookup = std::function<const ScramCredential *(const QString &user)>;

    // `serverNonce` is random when empty (tests fix it to replay RFC 7677).
    explicit ScramServer(ScramMechanism mechanism, QByteArray serverNonce = {});

    ScramReply step(QByteArrayView message, const Lookup &lookup);
    ScramMechanism mechanism() const { return m_mechanism; }
    // The client proved it knows the user's password.
    bool succeeded() const { return m_state == State::Succeeded; }
    // The user name of the client-first message (unescaped).
    const QString &user() const { return m_user; }

private:
    enum class State { ClientFirst, ClientFinal, Succeeded, Failed };
    ScramReply clientFirst(QByteArrayView message, const Lookup &lookup);
    ScramReply clientFinal(QByteArrayView message);
    ScramReply fail(const QString &why);

    ScramMechanism m_mechanism;
    State m_state = State::ClientFirst;
    QByteArray m_serverNonce;
    QString m_user;
    bool m_userKnown = false;
    ScramCredential m_credential;
    QByteArray m_gs2Header;      // "n,," : what c= must carry back, base64
    QByteArray m_clientNonce;
    QByteArray m_nonce;          // client nonce + server nonce
    QByteArray m_authPrefix;     // client-first-bare "," server-first ","
};

} // namespace bb::kafka
