#pragma once
// The client side of SCRAM (RFC 5802) for the tests, written from the RFC
// rather than from the server's code, so the two agree only if both follow
// it; RFC 7677's vector checks this one too (tst_scram).

#include "kafka/scram.h"

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

#include <optional>

namespace bb::testing {

class ScramTestClient {
public:
    // `user` as it goes on the wire (already escaped).
    ScramTestClient(kafka::ScramMechanism mechanism, QByteArray user, QByteArray password,
                    QByteArray nonce = QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL"))
        : m_algo(mechanism == kafka::ScramMechanism::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha512)
        , m_user(std::move(user))
        , m_password(std::move(password))
        , m_nonce(std::move(nonce))
    {
    }

    QByteArray clientFirst() const { return "n,,n=" + m_user + ",r=" + m_nonce; }

    // The client-final answering `serverFirst`, with the proof computed over
    // what is sent; `nonce` replaces the combined nonce (a tampering client).
    QByteArray clientFinal(const QByteArray &serverFirst, std::optional<QByteArray> nonce = std::nullopt)
    {
        QByteArray combined, salt;
        int iterations = 0;
        for (const QByteArray &attribute : serverFirst.split(',')) {
            if (attribute.startsWith("r="))
                combined = attribute.mid(2);
            else if (attribute.startsWith("s="))
                salt = QByteArray::fromBase64(attribute.mid(2));
            else if (attribute.startsWith("i="))
                iterations = attribute.mid(2).toInt();
        }
        const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
            m_algo, m_password, salt, iterations, quint64(QCryptographicHash::hashLength(m_algo)));
        const QByteArray withoutProof = "c=biws,r=" + nonce.value_or(combined);
        const QByteArray authMessage = "n=" + m_user + ",r=" + m_nonce + ',' + serverFirst + ',' + withoutProof;
        const QByteArray clientKey = hmac(salted, "Client Key");
        const QByteArray signature = hmac(QCryptographicHash::hash(clientKey, m_algo), authMessage);
        QByteArray proof = clientKey;
        for (qsizetype i = 0; i < proof.size(); ++i)
            proof[i] = char(proof[i] ^ signature[i]);
        m_serverFinal = "v=" + hmac(hmac(salted, "Server Key"), authMessage).toBase64();
        return withoutProof + ",p=" + proof.toBase64();
    }

    // The server-final a server that knows the password must send.
    QByteArray expectedServerFinal() const { return m_serverFinal; }

private:
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const
    {
        return QMessageAuthenticationCode::hash(message, key, m_algo);
    }

    QCryptographicHash::Algorithm m_algo;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_nonce;
    QByteArray m_serverFinal;
};

} // namespace bb::testing
