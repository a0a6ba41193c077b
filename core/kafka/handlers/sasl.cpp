// SASL PLAIN authentication (when the listener has principals).
//   SaslHandshake (17) 0-1: v0, the token follows as a bare frame (no
//     request header, kafka-python's way); v1, in SaslAuthenticate requests.
//   SaslAuthenticate (36) 0-1: v1 session_lifetime_ms (0: no expiry).
// A failed authentication answers SASL_AUTHENTICATION_FAILED with the
// reason (or, for a bare token, closes the connection) and the connection
// closes, as Kafka does.
#include "kafka/kafkagateway.h"

namespace bb::kafka {

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
    const bool plain = mechanism == QLatin1String("PLAIN") && !m_config.principals.empty();
    if (plain) {
        session.handshaken = ex.version >= 1;
        session.rawTokenNext = ex.version == 0;
    }
    ex.encode = [plain, offered = !m_config.principals.empty()](Exchange &, Writer &w) {
        w.i16(std::int16_t(plain ? KafkaError::None : KafkaError::UnsupportedSaslMechanism));
        w.arrayLength(offered ? 1 : 0, false);
        if (offered)
            w.string(QStringLiteral("PLAIN"), false);
    };
    return {};
}

Error KafkaGateway::onSaslAuthenticate(Exchange &ex, Reader &in)
{
    const QByteArrayView token = in.bytes(false);
    Session &session = m_sessions[ex.connection];
    QString why;
    if (!session.handshaken) {
        why = QStringLiteral("SaslAuthenticate before SaslHandshake");
    } else {
        Principal p = checkPlainToken(m_config.principals, token, &why);
        if (!p.name.isEmpty()) {
            session.principal = std::move(p);
            session.handshaken = false;
        }
    }
    if (!why.isEmpty())
        m_sink->close(ex.connection, ex.seq + 1, why); // after this answer
    ex.encode = [why](Exchange &ex, Writer &w) {
        w.i16(std::int16_t(why.isEmpty() ? KafkaError::None : KafkaError::SaslAuthenticationFailed));
        w.string(why.isEmpty() ? QString() : QStringLiteral("Authentication failed: %1").arg(why), false);
        w.bytes(QByteArrayView("", 0), false);
        if (ex.version >= 1)
            w.i64(0);
    };
    return {};
}

void KafkaGateway::onRawToken(const KafkaRequest &request)
{
    Session &session = m_sessions[request.connection];
    session.rawTokenNext = false;
    QString why;
    Principal p = checkPlainToken(m_config.principals, request.frame, &why);
    if (p.name.isEmpty()) {
        m_sink->close(request.connection, request.seq, why);
        return;
    }
    session.principal = std::move(p);
    m_sink->respond(request.connection, request.seq, QByteArray(4, '\0')); // an empty token: done
}

} // namespace bb::kafka
