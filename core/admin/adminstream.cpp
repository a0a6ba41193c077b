#include "admin/adminstream.h"

#include "engine/snapshotjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

namespace bb::admin {

namespace {
constexpr std::chrono::milliseconds kDefaultInterval{1000};
constexpr std::chrono::milliseconds kMinInterval{100};
constexpr std::size_t kMaxPendingEvents = 5000;
} // namespace

AdminStream::AdminStream(const std::vector<Principal> &tokens, QObject *parent) : QObject(parent), m_tokens(tokens) {}

AdminStream::~AdminStream()
{
    for (auto &c : m_clients)
        delete c.socket;
}

void AdminStream::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const QNetworkRequest request = socket->request();
    const QUrlQuery query(request.url());
    auto refuse = [socket](const QString &why) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, why);
        socket->deleteLater();
    };
    if (request.url().path() != QLatin1String("/v1/stream")) {
        refuse(QStringLiteral("the snapshot stream is at /v1/stream"));
        return;
    }
    // Browsers cannot set headers on a WebSocket: the token may come as ?token=.
    QByteArray authorization = request.rawHeader("Authorization");
    if (authorization.isEmpty() && query.hasQueryItem(QStringLiteral("token")))
        authorization = "Bearer " + query.queryItemValue(QStringLiteral("token")).toUtf8();
    const Access access = checkAccess(m_tokens, authorization, Role::Read);
    if (access.status != 200) {
        refuse(access.error);
        return;
    }
    Client client{socket, kDefaultInterval, {}, {}};
    if (query.hasQueryItem(QStringLiteral("interval_ms"))) {
        bool ok = false;
        const int ms = query.queryItemValue(QStringLiteral("interval_ms")).toInt(&ok);
        if (!ok || ms < kMinInterval.count()) {
            refuse(QStringLiteral("interval_ms is a whole number of milliseconds, at least %1").arg(kMinInterval.count()));
            return;
        }
        client.interval = std::chrono::milliseconds(ms);
    }
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        std::erase_if(m_clients, [socket](const Client &c) { return c.socket == socket; });
        socket->deleteLater();
    });
    m_clients.push_back(client);
}

void AdminStream::publish(const SnapshotPtr &snapshot)
{
    if (m_clients.empty() || !snapshot)
        return;
    const auto now = std::chrono::steady_clock::now();
    QJsonObject body; // built once, for the first client due
    for (auto &c : m_clients) {
        // Events are kept per client between messages, so none is missed
        // whatever the interval (bounded: a stalled client loses the oldest).
        c.pendingEvents.insert(c.pendingEvents.end(), snapshot->newEvents.begin(), snapshot->newEvents.end());
        if (c.pendingEvents.size() > kMaxPendingEvents)
            c.pendingEvents.erase(c.pendingEvents.begin(), c.pendingEvents.end() - kMaxPendingEvents);
        if (now - c.lastSent < c.interval || c.socket->bytesToWrite() > kMaxBufferedBytes)
            continue;
        if (body.isEmpty())
            body = snapshotToJson(*snapshot);
        QJsonArray events;
        for (const auto &e : c.pendingEvents)
            events.append(eventToJson(e));
        c.pendingEvents.clear();
        QJsonObject message{{QStringLiteral("snapshot"), body}, {QStringLiteral("events"), events}};
        c.socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
        c.lastSent = now;
    }
}

} // namespace bb::admin
