#include "kafka/listenerthread.h"

#include "kafka/tlsserver.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <algorithm>

namespace bb::kafka {

namespace {

// A request answered or refused: its API and what its header said.
void count(ClientStats &s, const RequestNote &note)
{
    if (note.api >= 0) {
        auto a = std::find_if(s.requests.begin(), s.requests.end(), [&](const ApiRequestCount &r) { return r.key == note.api; });
        if (a == s.requests.end())
            s.requests.push_back({note.api, apiName(note.api), 1});
        else
            ++a->count;
        s.clientId = note.clientId;
    }
    if (!note.principal.isEmpty())
        s.principal = note.principal;
    if (note.error != 0) {
        ++s.errors;
        s.lastError = QStringLiteral("%1 answered %2").arg(apiName(note.api), kafkaErrorName(note.error));
    }
}

void countRefusal(ClientStats &s, const QString &why)
{
    ++s.errors;
    s.lastError = why;
}

} // namespace

ListenerThread::ListenerThread(ListenerSettings settings, Submit submit, Note note, Closed closed,
                               std::shared_ptr<ClientStatsBoard> board, std::function<void()> published)
    : m_settings(std::move(settings))
    , m_submit(std::move(submit))
    , m_note(std::move(note))
    , m_closed(std::move(closed))
    , m_board(std::move(board))
    , m_published(std::move(published))
{
}

// The connections closed by the stop are on the board before the thread goes.
ListenerThread::~ListenerThread()
{
    closeAll();
    publishStats();
}

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
        // Never a connection the gateway hears of, but one the Clients view
        // should show: a plaintext client at a TLS port.
        ClientStats s;
        s.connection = m_nextConnection++;
        s.node = node;
        s.address = peer;
        s.tls = true;
        s.connectedAtMs = QDateTime::currentMSecsSinceEpoch();
        countRefusal(s, QStringLiteral("the TLS handshake failed (%1)").arg(why));
        s.closeReason = s.lastError;
        keepClosed(std::move(s));
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
        c.stats.connection = id;
        c.stats.node = node;
        c.stats.address = c.peer;
        c.stats.tls = m_settings.tls.has_value();
        c.stats.connectedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_connections.emplace(id, std::move(c));
        statsChanged();
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
    const QByteArray bytes = c.socket->readAll();
    if (!bytes.isEmpty()) {
        c.stats.bytesIn += bytes.size();
        c.input.append(bytes);
        statsChanged();
    }
    while (c.closeAt == UINT64_MAX && c.input.size() >= 4
           && c.nextSeq - c.nextToWrite < std::uint64_t(m_settings.maxInFlightPerConnection)) {
        const qint64 size = qFromBigEndian<qint32>(c.input.constData());
        // Bare SASL tokens (after SaslHandshake v0) can be shorter than a
        // request header; the gateway judges short frames.
        if (size < 1 || size > m_settings.maxFrameBytes) {
            const QString why = size < 1 ? QStringLiteral("a request frame of %1 bytes").arg(size)
                                         : QStringLiteral("a request frame of %1 bytes is over the limit of %2 bytes")
                                               .arg(size).arg(m_settings.maxFrameBytes);
            countRefusal(c.stats, why);
            drop(id, why);
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

void ListenerThread::respond(std::uint64_t connection, std::uint64_t seq, QByteArray frame, const RequestNote &note)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return; // the client went away
    count(it->second.stats, note);
    statsChanged();
    it->second.ready.emplace(seq, std::move(frame));
    flush(connection);
}

void ListenerThread::close(std::uint64_t connection, std::uint64_t seq, QString why, const RequestNote &note)
{
    auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return;
    count(it->second.stats, note);
    countRefusal(it->second.stats, why);
    statsChanged();
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
        if (!next->second.isEmpty()) {
            c.socket->write(next->second);
            c.stats.bytesOut += next->second.size();
        }
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
    c.stats.closeReason = why;
    keepClosed(std::move(c.stats));
    m_note(c.node, why.isEmpty() ? QStringLiteral("The Kafka client from %1 disconnected from node %2").arg(c.peer).arg(c.node.value)
                                 : QStringLiteral("Node %1 closed the Kafka connection from %2: %3").arg(c.node.value).arg(c.peer, why));
}

void ListenerThread::keepClosed(ClientStats stats)
{
    stats.open = false;
    stats.closedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_closedStats.push_back(std::move(stats));
    while (m_closedStats.size() > std::size_t(kClosedConnectionsKept))
        m_closedStats.pop_front();
    statsChanged();
}

void ListenerThread::statsChanged()
{
    if (m_publishPending)
        return;
    m_publishPending = true;
    const qint64 wait = m_sincePublish.isValid() ? std::max<qint64>(0, kPublishIntervalMs - m_sincePublish.elapsed()) : 0;
    QTimer::singleShot(int(wait), this, [this] { publishStats(); });
}

void ListenerThread::publishStats()
{
    m_publishPending = false;
    m_sincePublish.start();
    std::vector<ClientStats> all(m_closedStats.begin(), m_closedStats.end());
    all.reserve(all.size() + m_connections.size());
    for (const auto &[id, c] : m_connections)
        all.push_back(c.stats);
    std::sort(all.begin(), all.end(), [](const ClientStats &a, const ClientStats &b) { return a.connection < b.connection; });
    m_board->publish(std::move(all));
    if (m_published)
        m_published();
}

} // namespace bb::kafka
