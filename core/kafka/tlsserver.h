#pragma once
// TlsServer: a TCP server whose connections are handed over once their TLS
// handshake is done. Qt 6.4's QSslServer closes a connection whose first
// bytes are not a TLS ClientHello without any signal, so a client speaking
// plaintext to a TLS port would vanish from the log; here every failed or
// stalled handshake is reported through `failed` with the reason.

#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

namespace bb::kafka {

class TlsServer : public QTcpServer {
public:
    using Failed = std::function<void(QString peer, QString why)>;

    TlsServer(QSslConfiguration config, int handshakeTimeoutMs, Failed failed, QObject *parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_config;
    int m_handshakeTimeoutMs;
    Failed m_failed;
};

} // namespace bb::kafka
