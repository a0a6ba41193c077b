#pragma once
// The admin API's snapshot stream: WebSocket clients of GET /v1/stream
// receive each snapshot as a JSON text message ({"snapshot": ..., "events":
// [...]}, the events since the previous message), at most one per
// interval_ms (default 1000, at least 100). A client that falls behind gets
// the newest snapshot, never a backlog: a slow reader costs memory in its
// socket buffer only up to kMaxBufferedBytes, then it is skipped until it
// drains.

#include "admin/adminauth.h"
#include "engine/snapshot.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class QWebSocket;

namespace bb::admin {

class AdminStream : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxBufferedBytes = 16 << 20;

    explicit AdminStream(const std::vector<Principal> &tokens, QObject *parent = nullptr);
    ~AdminStream() override;

    // Takes a socket the HTTP server upgraded; refuses it (closing with a
    // reason) if its path or token is wrong.
    void adopt(std::unique_ptr<QWebSocket> socket);
    void publish(const SnapshotPtr &snapshot);
    int clients() const { return int(m_clients.size()); }

private:
    struct Client {
        QWebSocket *socket;
        std::chrono::milliseconds interval;
        std::chrono::steady_clock::time_point lastSent;
        std::vector<ClusterEvent> pendingEvents;
    };
    const std::vector<Principal> &m_tokens;
    std::vector<Client> m_clients;
};

} // namespace bb::admin
