#pragma once
// ListenerThread: the sockets of the Kafka listeners, on their own thread.
// Cuts the byte stream of each connection into request frames (a 4-byte
// big-endian size, then the request), hands each to `submit` with its
// sequence number, and writes answers back in that order, whatever order
// they come in. A connection with too many requests in flight is read no
// further until answers go out (Kafka mutes such a channel likewise).
// It also keeps each connection's statistics (clientstats.h) as plain
// counters, and the last kClosedConnectionsKept closed ones', and pins a copy
// of them on a ClientStatsBoard at most every kPublishIntervalMs after a
// change.
// Lives on the server's socket thread; every function runs there.

#include "kafka/clientstatsboard.h"
#include "kafka/kafkagateway.h"
#include "kafka/kafkaserver.h"

#include <QElapsedTimer>
#include <QObject>

#include <deque>
#include <functional>
#include <map>

class QTcpServer;
class QTcpSocket;

namespace bb::kafka {

class ListenerThread : public QObject {
    Q_OBJECT
public:
    using Submit = std::function<void(KafkaRequest)>;
    using Note = std::function<void(NodeId, QString)>;
    using Closed = std::function<void(std::uint64_t connection)>;

    static constexpr int kPublishIntervalMs = 250;

    // `published` is called on this thread after each copy is pinned up.
    ListenerThread(ListenerSettings settings, Submit submit, Note note, Closed closed,
                   std::shared_ptr<ClientStatsBoard> board, std::function<void()> published);
    ~ListenerThread() override;

    Error listen(const std::vector<NodeId> &nodes, std::vector<ListenerAddress> &out);
    void closeAll();

    void respond(std::uint64_t connection, std::uint64_t seq, QByteArray frame, const RequestNote &note);
    void close(std::uint64_t connection, std::uint64_t seq, QString why, const RequestNote &note);
    // A crashed node's port refuses connections (as a dead process's
    // would) until its restart reopens it on the same port.
    void closeNode(NodeId node, QString why);
    void reopen(NodeId node);

private:
    struct Connection {
        QTcpSocket *socket = nullptr;
        NodeId node;
        QString peer;
        QByteArray input;
        std::uint64_t nextSeq = 0;     // of the next request read
        std::uint64_t nextToWrite = 0; // the answer the client waits for next
        std::map<std::uint64_t, QByteArray> ready;
        std::uint64_t closeAt = UINT64_MAX;
        QString closeWhy;
        ClientStats stats;
    };
    QTcpServer *tlsServer(NodeId node);
    void accept(QTcpServer *server, NodeId node);
    void readFrames(std::uint64_t id);
    void flush(std::uint64_t id);
    void drop(std::uint64_t id, QString why); // by value: callers pass a member of the connection it removes
    // Statistics: a closed connection joins the kept ones; a change is
    // published within kPublishIntervalMs (one timer, however many changes).
    void keepClosed(ClientStats stats);
    void statsChanged();
    void publishStats();

    ListenerSettings m_settings;
    Submit m_submit;
    Note m_note;
    Closed m_closed;
    struct Listener {
        NodeId node;
        QTcpServer *server = nullptr;
        quint16 port = 0;
    };
    std::vector<Listener> m_servers;
    std::map<std::uint64_t, Connection> m_connections;
    std::uint64_t m_nextConnection = 1;
    std::shared_ptr<ClientStatsBoard> m_board;
    std::function<void()> m_published;
    std::deque<ClientStats> m_closedStats; // oldest first
    QElapsedTimer m_sincePublish;
    bool m_publishPending = false;
};

} // namespace bb::kafka
