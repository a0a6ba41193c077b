#pragma once
// KafkaServer: one TCP listener per broker node, so Kafka clients (kcat,
// librdkafka, kafka-python, Java) connect to the engine's cluster node by
// node, as to Kafka. Sockets live on a thread of their own: socket I/O never
// waits on the engine or the GUI. Each complete request frame goes to the
// engine thread (Engine::post) and into the cluster's KafkaGateway; answers
// come back to the socket thread and leave in request order (clients
// pipeline). A frame over the size limit closes that connection only.
//
// connections() tells what each client did (clientstats.h). The socket
// thread counts on its own, with no lock and no signal per request, and
// pins a copy up at most every 250 ms after a change (the answer that
// changed it carries the gateway's RequestNote, so counting sends nothing
// extra to it); connections() takes the latest copy, from any thread,
// without waiting for the sockets. connectionsChanged() says a new one is
// up (for a view to show when the engine is paused and sends no ticks).
// Created and used on the thread that owns the Engine.

#include "kafka/clientstatsboard.h"
#include "kafka/kafkagateway.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QThread;

namespace bb {
class Engine;
}

namespace bb::kafka {

class ListenerThread;

struct ListenerSettings {
    QHostAddress host = QHostAddress::LocalHost;
    int portBase = 19092; // node N listens on portBase + N; 0: free ports
    bool autoCreateTopics = false;
    qint64 maxFrameBytes = 100LL << 20; // Kafka's socket.request.max.bytes
    int maxInFlightPerConnection = 64;  // then the connection is read no further until answers go
    std::vector<Principal> principals;  // not empty: SASL PLAIN or SCRAM required (principals.h)
    // With a certificate and key: every listener speaks TLS only (clients
    // use security.protocol SSL, or SASL_SSL with principals).
    std::optional<QSslConfiguration> tls;
};

// A TLS server configuration from PEM files, or an error saying which file
// is wrong and why.
Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile, const QString &keyFile);

class KafkaServer : public QObject {
    Q_OBJECT
public:
    KafkaServer(Engine &engine, ListenerSettings settings, QObject *parent = nullptr);
    ~KafkaServer() override;

    // Opens a listener per node; on failure none stays open.
    Error start(const std::vector<NodeId> &nodes);
    void stop();
    const std::vector<ListenerAddress> &listeners() const { return m_listeners; }
    // "host:port,host:port,..." for a client's bootstrap.servers.
    QString bootstrapServers() const;
    // The open connections and the last kClosedConnectionsKept closed ones, by connection
    // number, as of at most 250 ms ago; after stop(), as the stop left them.
    // Any thread, outside start().
    ClientStatsList connections() const;

Q_SIGNALS:
    // A connection opened or closed, or a request refused: one line for a log.
    void clientLine(const QString &line);
    // connections() has news; emitted from the socket thread.
    void connectionsChanged();

private:
    Engine &m_engine;
    ListenerSettings m_settings;
    QThread *m_thread = nullptr;
    ListenerThread *m_sockets = nullptr;
    std::shared_ptr<KafkaSink> m_sink;
    std::shared_ptr<ClientStatsBoard> m_board;
    std::vector<ListenerAddress> m_listeners;
};

} // namespace bb::kafka
