#include "kafka/tlsserver.h"

#include <QSslSocket>
#include <QTimer>

namespace bb::kafka {

TlsServer::TlsServer(QSslConfiguration config, int handshakeTimeoutMs, Failed failed, QObject *parent)
    : QTcpServer(parent)
    , m_config(std::move(config))
    , m_handshakeTimeoutMs(handshakeTimeoutMs)
    , m_failed(std::move(failed))
{
}

void TlsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(m_config);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    // Reported once: a failed handshake may raise more than one error.
    auto fail = [this, socket, peer](const QString &why) {
        if (socket->isEncrypted() || socket->property("bbFailed").toBool())
            return;
        socket->setProperty("bbFailed", true);
        m_failed(peer, why);
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        socket->disconnect(this);
        addPendingConnection(socket);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [socket, fail](QAbstractSocket::SocketError error) {
        fail(error == QAbstractSocket::RemoteHostClosedError ? QStringLiteral("the client closed the connection")
                                                             : socket->errorString());
    });
    // A client that connects and says nothing holds a socket forever.
    QTimer::singleShot(m_handshakeTimeoutMs, socket, [fail, this] {
        fail(QStringLiteral("no TLS handshake within %1 ms").arg(m_handshakeTimeoutMs));
    });
    socket->startServerEncryption();
}

} // namespace bb::kafka
