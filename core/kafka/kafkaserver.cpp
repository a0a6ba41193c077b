#include "kafka/kafkaserver.h"

#include "engine/engine.h"
#include "kafka/listenerthread.h"

#include <QFile>
#include <QMutex>
#include <QSslKey>

#include <atomic>
#include <QThread>

namespace bb::kafka {

namespace {

// Carries the gateway's answers from the engine thread to the socket
// thread; detached before the sockets go, after which answers are dropped.
class SocketSink final : public KafkaSink {
public:
    explicit SocketSink(ListenerThread *sockets) : m_sockets(sockets) {}
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_sockets = nullptr;
    }
    void respond(std::uint64_t connection, std::uint64_t seq, QByteArray frame, RequestNote note) override
    {
        post([=, frame = std::move(frame), note = std::move(note)](ListenerThread *s) mutable {
            s->respond(connection, seq, std::move(frame), note);
        });
    }
    void close(std::uint64_t connection, std::uint64_t seq, QString why, RequestNote note) override
    {
        post([=](ListenerThread *s) { s->close(connection, seq, why, note); });
    }
    void closeNode(NodeId node, QString why) override
    {
        post([=](ListenerThread *s) { s->closeNode(node, why); });
    }
    void nodeUp(NodeId node) override
    {
        post([=](ListenerThread *s) { s->reopen(node); });
    }

private:
    template <typename F>
    void post(F f)
    {
        QMutexLocker lock(&m_mutex);
        if (ListenerThread *s = m_sockets)
            QMetaObject::invokeMethod(s, [s, f = std::move(f)]() mutable { f(s); }, Qt::QueuedConnection);
    }
    QMutex m_mutex;
    ListenerThread *m_sockets;
};

} // namespace

Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty())
        return Error(Errc::InvalidConfig, QStringLiteral("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\"); "
                                                         "give the listener's certificate with --tls-cert.").arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Errc::InvalidConfig, QStringLiteral("Cannot read the TLS key %1: %2.").arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error(Errc::InvalidConfig, QStringLiteral("%1 holds no unencrypted PEM private key (RSA, EC or DSA); "
                                                         "give the certificate's key with --tls-key.").arg(keyFile));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return config;
}

KafkaServer::KafkaServer(Engine &engine, ListenerSettings settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(std::move(settings))
{
}

KafkaServer::~KafkaServer() { stop(); }

Error KafkaServer::start(const std::vector<NodeId> &nodes)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("Kafka listeners"));
    auto sinkHolder = std::make_shared<std::shared_ptr<KafkaSink>>();
    Engine *engine = &m_engine;
    auto config = std::make_shared<GatewayConfig>();
    config->autoCreateTopics = m_settings.autoCreateTopics;
    config->principals = m_settings.principals;
    // Each start has a serial, so that work posted by listeners stopped
    // since never reaches (or takes back) the gateway of these.
    static std::atomic<std::uint64_t> starts{0};
    const std::uint64_t serial = ++starts;
    auto submit = [engine, sinkHolder, config, serial](KafkaRequest r) {
        engine->postToAnyRun([r = std::move(r), sink = *sinkHolder, config, serial](Cluster &c) mutable {
            if (KafkaGateway *g = KafkaGateway::of(c, sink, *config, serial))
                g->submit(std::move(r));
        });
    };
    auto note = [this, engine](NodeId node, QString line) {
        engine->postToAnyRun([node, line](Cluster &c) { c.recordEvent(ClusterEventKind::ExternalClient, node, line); });
        Q_EMIT clientLine(line); // queued to this object's thread
    };
    auto closed = [engine, serial](std::uint64_t connection) {
        engine->postToAnyRun([connection, serial](Cluster &c) {
            if (KafkaGateway *g = KafkaGateway::find(c); g && g->serial() == serial)
                g->forget(connection);
        });
    };
    m_board = std::make_shared<ClientStatsBoard>();
    m_sockets = new ListenerThread(m_settings, submit, note, closed, m_board, [this] { Q_EMIT connectionsChanged(); });
    auto sink = std::make_shared<SocketSink>(m_sockets);
    *sinkHolder = sink;
    m_sink = sink;
    m_sockets->moveToThread(m_thread);
    m_thread->start();
    Error error;
    std::vector<ListenerAddress> addresses;
    // The gateway's configuration is complete before the first request can
    // be read (requests are read on the socket thread after this returns).
    QMetaObject::invokeMethod(m_sockets, [&] {
        error = m_sockets->listen(nodes, addresses);
        config->listeners = addresses;
    }, Qt::BlockingQueuedConnection);
    if (error) {
        stop();
        return error;
    }
    m_listeners = addresses;
    return {};
}

void KafkaServer::stop()
{
    if (!m_thread)
        return;
    static_cast<SocketSink *>(m_sink.get())->detach();
    ListenerThread *sockets = m_sockets;
    QMetaObject::invokeMethod(sockets, [sockets] { delete sockets; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_sockets = nullptr;
    m_sink.reset();
    m_listeners.clear();
}

ClientStatsList KafkaServer::connections() const
{
    return m_board ? m_board->latest() : std::make_shared<const std::vector<ClientStats>>();
}

QString KafkaServer::bootstrapServers() const
{
    QStringList out;
    for (const ListenerAddress &l : m_listeners)
        out << QStringLiteral("%1:%2").arg(l.host).arg(l.port);
    return out.join(QLatin1Char(','));
}

} // namespace bb::kafka
