#include "kafka/listenerthread.h"

#include "kafka/tlsserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

namespace bb::kafka {

ListenerThread::ListenerThread(ListenerSettings settings, Submit submit, Note note, Closed closed)
    : m_settings(std::move(settings))
    , m_submit(std::move(submit))
    , m_note(std::move(note))
    , m_closed(std::move(closed))
{
}

ListenerThread::~ListenerThread() { closeAll(); }

Error ListenerThread::listen(const std::vector<NodeId> &nodes, std::vector<ListenerAddress> &out)
{
    closeAll();
    for (NodeId node : nodes) {
        QTcpServer *server = m_settings.tls ? tlsServer(node) : new QTcpServer(this);
        const int port = m_settings.portBase == 0 ? 0 : m_settings.portBase + node.value;
        if (port > 65535 || !server->listen(m_settings.host, quint16(port))) {
            const QString why = port > 65535 ? QStringLiteral("port %1 is past 65535").arg(port) : server->errorString();
            delete server;
            closeAll();
            out.clear();
            return Error(Errc::InvalidConfig,
                         QStringLiteral("Node %1 cannot listen on %2:%3 (%4). Choose another port base, or 0 for free ports.")
                             .arg(node.value).arg(m_settings.host.toString()).arg(port).arg(why));
        }
        // A TLS connection is handed over (pendingConnectionAvailable) once
        // its handshake is done, after its newConnection.
        if (m_settings.tls)
            connect(server, &QTcpServer::pendingConnectionAvailable, this, [this, server, node] { accept(server, node); });
        else
            connect(server, &QTcpServer::newConnection, this, [this, server, node] { accept(server, node); });
        m_servers.push_back({node, server, server->serverPort()});
        out.push_back({node, m_settings.host.toString(), int(server->serverPort())});
    }
    return {};
}

QTcpServer *ListenerThread::tlsServer(NodeId node)
{
    constexpr int handshakeTimeoutMs = 10'000;
    return new TlsServer(*m_settings.tls, handshakeTimeoutMs, [this, node](const QString &peer, const QString &why) {
        m_note(node, QStringLiteral("A client from %1 failed the TLS handshake on node %2 (%3); a client must use "
                                    "security.protocol SSL (or SASL_SSL) with this listener")
                         .arg(peer).arg(node.value).arg(why));
    }, this);
}

void ListenerThread::closeAll()
{
    for (Listener &l : m_servers)
        delete l.server;
    m_servers.clear();
    while (!m_connections.empty())
        drop(m_connections.begin()->first, QStringLiteral("the listener stopped"));
}

void ListenerThread::accept(QTcpServer *server, NodeId node)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        const std::uint64_t id = m_nextConnection++;
        Connection c;
        c.socket = socket;
        c.node = node;
        c.peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
        m_connections.emplace(id, std::move(c));
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, id] { readFrames(id); });
        connect(socket, &QTcpSocket::disconnected, this, [this, id] { drop(id, QString()); });
        m_note(node, QStringLiteral("A Kafka client from %1 connected to node %2").arg(m_connections[id].peer).arg(node.value));
        // Over TLS, the first request may have come with the end of the
        // handshake, before these connections: no readyRead will tell of it.
        if (socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, [this, id] { readFrames(id); }, Qt::QueuedConnection);
    }
}

void ListenerThread::readFrames(std::uint64_t id)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection &c = it->second;
    c.input.append(c.socket->readAll());
    while (c.closeAt == UINT64_MAX && c.input.size() >= 4
           && c.nextSeq - c.nextToWrite < std::uint64_t(m_settings.maxInFlightPerConnection)) {
        const qint64 size = qFromBigEndian<qint32>(c.input.constData());
        // Bare SASL tokens (after SaslHandshake v0) can be shorter than a
        // request header; the gateway judges short frames.
        if (size < 1 || size > m_settings.maxFrameBytes) {
            drop(id, size < 1 ? QStringLiteral("a request frame of %1 bytes").arg(size)
                              : QStringLiteral("a request frame of %1 bytes is over the limit of %2 bytes")
                                    .arg(size).arg(m_settings.maxFrameBytes));
            return;
        }
        if (c.input.size() < 4 + size)
            return;
        KafkaRequest r;
        r.connection = id;
        r.seq = c.nextSeq++;
        r.node = c.node;
        r.peer = c.peer;
        r.frame = c.input.mid(4, size);
        c.input.remove(0, 4 + size);
        m_submit(std::move(r));
    }
}

void ListenerThread::respond(std::uint64_t connection, std::uint64_t seq, QByteArray frame)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return; // the client went away
    it->second.ready.emplace(seq, std::move(frame));
    flush(connection);
}

void ListenerThread::close(std::uint64_t connection, std::uint64_t seq, QString why)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    if (seq < it->second.closeAt) {
        it->second.closeAt = seq;
        it->second.closeWhy = std::move(why);
    }
    flush(connection);
}

void ListenerThread::closeNode(NodeId node, QString why)
{
    std::vector<std::uint64_t> ids;
    for (const auto &[id, c] : m_connections)
        if (c.node == node)
            ids.push_back(id);
    for (std::uint64_t id : ids)
        drop(id, why);
    for (Listener &l : m_servers)
        if (l.node == node)
            l.server->close();
}

void ListenerThread::reopen(NodeId node)
{
    for (Listener &l : m_servers)
        if (l.node == node && !l.server->isListening() && !l.server->listen(m_settings.host, l.port))
            m_note(node, QStringLiteral("Node %1 restarted but cannot listen on port %2 again: %3")
                             .arg(node.value).arg(l.port).arg(l.server->errorString()));
}

void ListenerThread::flush(std::uint64_t id)
{
    Connection &c = m_connections.at(id);
    for (auto next = c.ready.find(c.nextToWrite); next != c.ready.end(); next = c.ready.find(c.nextToWrite)) {
        if (!next->second.isEmpty())
            c.socket->write(next->second);
        c.ready.erase(next);
        ++c.nextToWrite;
    }
    if (c.nextToWrite >= c.closeAt) {
        drop(id, c.closeWhy);
        return;
    }
    if (!c.input.isEmpty())
        readFrames(id); // room for requests that were held back
}

void ListenerThread::drop(std::uint64_t id, QString why)
{
    auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    Connection c = std::move(it->second);
    m_connections.erase(it);
    c.socket->disconnect(this);
    // The socket goes once what is written has left (an answer that
    // explains the close); deleting it sooner would reset the connection.
    connect(c.socket, &QAbstractSocket::disconnected, c.socket, &QObject::deleteLater);
    c.socket->disconnectFromHost();
    if (c.socket->state() == QAbstractSocket::UnconnectedState)
        c.socket->deleteLater();
    m_closed(id);
    m_note(c.node, why.isEmpty() ? QStringLiteral("The Kafka client from %1 disconnected from node %2").arg(c.peer).arg(c.node.value)
                                 : QStringLiteral("Node %1 closed the Kafka connection from %2: %3").arg(c.node.value).arg(c.peer, why));
}

} // namespace bb::kafka
