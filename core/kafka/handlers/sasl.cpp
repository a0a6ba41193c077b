// SASL authentication (when the listener has principals): PLAIN,
// SCRAM-SHA-256 and SCRAM-SHA-512 (KIP-84; the exchange is in scram.h).
//   SaslHandshake (17) 0-1: names the mechanism and lists the enabled ones.
//     v0: the tokens follow as bare size-prefixed frames, answered the same
//     way (kafka-python's way, for PLAIN and SCRAM alike); v1: they travel
//     in SaslAuthenticate requests.
//   SaslAuthenticate (36) 0-1: one token in, one out (PLAIN: one round,
//     SCRAM: two); v1 session_lifetime_ms (0: no expiry).
// A failed authentication answers SASL_AUTHENTICATION_FAILED with the
// reason (or, for a bare token, closes the connection) and the connection
// closes, as Kafka does.
#include "kafka/kafkagateway.h"

namespace bb::kafka {

namespace {

const QStringList &enabledMechanisms()
{
    static const QStringList names{QStringLiteral("PLAIN"), scramMechanismName(ScramMechanism::Sha256),
                                   scramMechanismName(ScramMechanism::Sha512)};
    return names;
}

// One SCRAM message in: the server's answer, or an empty one and `why`.
// When the exchange succeeds, `principal` becomes the user it proved to be.
QByteArray scramStep(ScramServer &scram, std::vector<Principal> &principals, QByteArrayView message,
                     std::optional<Principal> &principal, QString *why)
{
    const ScramReply reply = scram.step(message, [&](const QString &user) {
        return scramCredential(principals, user, scram.mechanism());
    });
    *why = reply.error;
    if (scram.succeeded())
        for (const Principal &p : principals)
            if (p.name == scram.user())
                principal = p;
    return reply.message;
}

} // namespace

bool KafkaGateway::allowed(const Exchange &ex, Role needed) const
{
    if (m_config.principals.empty())
        return true;
    auto it = m_sessions.find(ex.connection);
    return it != m_sessions.end() && it->second.principal && int(it->second.principal->role) >= int(needed);
}

Error KafkaGateway::onSaslHandshake(Exchange &ex, Reader &in)
{
    const QString mechanism = in.string(false);
    Session &session = m_sessions[ex.connection];
    const bool offered = !m_config.principals.empty();
    const bool accepted = offered && enabledMechanisms().contains(mechanism);
    if (accepted) {
        session.handshaken = ex.version >= 1;
        session.rawTokenNext = ex.version == 0;
        session.scram.reset();
        if (const std::optional<ScramMechanism> scram = scramMechanism(mechanism))
            session.scram.emplace(*scram);
    }
    ex.encode = [accepted, offered](Exchange &, Writer &w) {
        w.errorCode(std::int16_t(accepted ? KafkaError::None : KafkaError::UnsupportedSaslMechanism));
        const QStringList &names = offered ? enabledMechanisms() : QStringList();
        w.arrayLength(names.size(), false);
        for (const QString &name : names)
            w.string(name, false);
    };
    return {};
}

Error KafkaGateway::onSaslAuthenticate(Exchange &ex, Reader &in)
{
    const QByteArrayView token = in.bytes(false);
    Session &session = m_sessions[ex.connection];
    QString why;
    QByteArray answer;
    if (!session.handshaken) {
        why = QStringLiteral("SaslAuthenticate before SaslHandshake");
    } else if (session.scram) {
        answer = scramStep(*session.scram, m_config.principals, token, session.principal, &why);
        if (session.scram->succeeded()) {
            session.scram.reset();
            session.handshaken = false;
        }
    } else {
        Principal p = checkPlainToken(m_config.principals, token, &why);
        if (!p.name.isEmpty()) {
            session.principal = std::move(p);
            session.handshaken = false;
        }
    }
    if (!why.isEmpty())
        m_sink->close(ex.connection, ex.seq + 1, why); // after this answer
    ex.encode = [why, answer](Exchange &ex, Writer &w) {
        w.errorCode(std::int16_t(why.isEmpty() ? KafkaError::None : KafkaError::SaslAuthenticationFailed));
        w.string(why.isEmpty() ? QString() : QStringLiteral("Authentication failed: %1").arg(why), false);
        w.bytes(answer.isNull() ? QByteArrayView("", 0) : QByteArrayView(answer), false); // never null
        if (ex.version >= 1)
            w.i64(0);
    };
    return {};
}

void KafkaGateway::onRawToken(const KafkaRequest &request)
{
    Session &session = m_sessions[request.connection];
    QString why;
    if (session.scram) {
        // Two rounds: the next frame is bare too until the exchange is over.
        const QByteArray answer = scramStep(*session.scram, m_config.principals, request.frame, session.principal, &why);
        if (!why.isEmpty()) {
            session.rawTokenNext = false;
            m_sink->close(request.connection, request.seq, why);
            return;
        }
        if (session.scram->succeeded()) {
            session.rawTokenNext = false;
            session.scram.reset();
        }
        Writer w(4 + answer.size());
        w.i32(std::int32_t(answer.size()));
        w.raw(answer);
        m_sink->respond(request.connection, request.seq, w.take());
        return;
    }
    session.rawTokenNext = false;
    Principal p = checkPlainToken(m_config.principals, request.frame, &why);
    if (p.name.isEmpty()) {
        m_sink->close(request.connection, request.seq, why);
        return;
    }
    session.principal = std::move(p);
    m_sink->respond(request.connection, request.seq, QByteArray(4, '\0')); // an empty token: done
}

} // namespace bb::kafka
