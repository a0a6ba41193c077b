#pragma once
// AdminServer: the HTTP admin API of `brokerbench-cli serve`, for what the
// Kafka protocol cannot carry: the whole cluster snapshot (per replica log
// start, HW, LSO and LEO, ISR, epochs, flush state), the event log, the
// metric series, a WebSocket stream of snapshots and, for admin principals,
// the fault actions and the speed. docs/admin-api.md describes every
// endpoint. Reads answer from the latest snapshot on this thread; actions
// run on the engine thread and answer when the cluster has applied them.
// Created and used on the thread that owns the Engine.

#include "admin/adminauth.h"
#include "admin/admineventlog.h"
#include "engine/snapshot.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace bb {
class Engine;
}

namespace bb::admin {

class AdminStream;

struct AdminSettings {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;               // 0: a free port
    std::vector<Principal> tokens;  // empty: read-only for everyone
    QString bootstrapServers;       // the Kafka listeners, for /v1/info
};

class AdminServer : public QObject {
    Q_OBJECT
public:
    AdminServer(Engine &engine, AdminSettings settings, QObject *parent = nullptr);
    ~AdminServer() override;

    Error start();
    quint16 port() const { return m_port; }
    QString address() const;

Q_SIGNALS:
    // An action taken or refused: one line for a log.
    void actionLine(const QString &line);

private:
    void addRoutes();
    void onSnapshot(const SnapshotPtr &snapshot);
    void applyFault(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void setSpeed(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    Engine &m_engine;
    AdminSettings m_settings;
    std::unique_ptr<QHttpServer> m_http;
    AdminStream *m_stream = nullptr;
    AdminEventLog m_events;
    quint16 m_port = 0;
};

} // namespace bb::admin
