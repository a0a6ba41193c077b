#include "admin/adminserver.h"

#include "admin/adminstream.h"
#include "engine/engine.h"
#include "engine/snapshotjson.h"
#include "topology/scenariojson.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QWebSocket>

namespace bb::admin {

namespace {

using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse jsonError(int status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, Status(status));
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers())
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

// A request body that must be one JSON object; `error` says what is wrong.
QJsonObject bodyObject(const QHttpServerRequest &request, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parse);
    if (parse.error != QJsonParseError::NoError)
        *error = QStringLiteral("the body is not JSON: %1 at character %2").arg(parse.errorString()).arg(parse.offset);
    else if (!doc.isObject())
        *error = QStringLiteral("the body is one JSON object {...}");
    return doc.object();
}

void writeJson(QHttpServerResponder &responder, const QJsonObject &body, int status)
{
    responder.write(QJsonDocument(body), Status(status));
}

} // namespace

AdminServer::AdminServer(Engine &engine, AdminSettings settings, QObject *parent)
    : QObject(parent), m_engine(engine), m_settings(std::move(settings)), m_http(std::make_unique<QHttpServer>())
{
    m_stream = new AdminStream(m_settings.tokens, this);
    connect(&m_engine, &Engine::snapshotReady, this, &AdminServer::onSnapshot);
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, [this] {
        while (m_http->hasPendingWebSocketConnections())
            m_stream->adopt(m_http->nextPendingWebSocketConnection());
    });
    addRoutes();
}

AdminServer::~AdminServer() = default;

Error AdminServer::start()
{
    m_port = m_http->listen(m_settings.host, m_settings.port);
    if (m_port == 0)
        return Error(Errc::InvalidConfig, tr("The admin API cannot listen on %1:%2 (in use, or not an address of this "
                                             "machine); choose another with --admin HOST:PORT.")
                                              .arg(m_settings.host.toString())
                                              .arg(m_settings.port));
    return {};
}

QString AdminServer::address() const
{
    const QString host = m_settings.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_settings.host.toString())
                             : m_settings.host.toString();
    return QStringLiteral("%1:%2").arg(host).arg(m_port);
}

void AdminServer::onSnapshot(const SnapshotPtr &snapshot)
{
    m_events.append(snapshot->newEvents, snapshot->run);
    m_stream->publish(snapshot);
}

void AdminServer::addRoutes()
{
    // Each read checks the token, then answers from the latest snapshot.
    auto read = [this](auto answer) {
        return [this, answer](const QHttpServerRequest &request) {
            const Access access = checkAccess(m_settings.tokens, header(request, "Authorization"), Role::Read);
            if (access.status != 200)
                return jsonError(access.status, access.error);
            const SnapshotPtr snapshot = m_engine.latest();
            if (!snapshot)
                return jsonError(503, QStringLiteral("the cluster has not published a snapshot yet; try again in a moment"));
            return answer(request, *snapshot);
        };
    };
    m_http->route(QStringLiteral("/v1/info"), QHttpServerRequest::Method::Get,
                  read([this](const QHttpServerRequest &, const ClusterSnapshot &s) {
                      return QHttpServerResponse(QJsonObject{
                          {QStringLiteral("api_version"), 1},
                          {QStringLiteral("server"), QStringLiteral("brokerbench")},
                          {QStringLiteral("scenario"), s.scenarioName},
                          {QStringLiteral("title"), s.scenarioTitle},
                          {QStringLiteral("nodes"), int(s.nodes.size())},
                          {QStringLiteral("bootstrap_servers"), m_settings.bootstrapServers},
                          {QStringLiteral("read_only"), m_settings.tokens.empty()},
                      });
                  }));
    m_http->route(QStringLiteral("/v1/snapshot"), QHttpServerRequest::Method::Get,
                  read([](const QHttpServerRequest &, const ClusterSnapshot &s) { return QHttpServerResponse(snapshotToJson(s)); }));
    m_http->route(QStringLiteral("/v1/series"), QHttpServerRequest::Method::Get,
                  read([](const QHttpServerRequest &, const ClusterSnapshot &s) { return QHttpServerResponse(seriesToJson(s.series)); }));
    m_http->route(QStringLiteral("/v1/events"), QHttpServerRequest::Method::Get,
                  read([this](const QHttpServerRequest &request, const ClusterSnapshot &) {
                      const QUrlQuery q = request.query();
                      bool okAfter = true, okLimit = true;
                      const qulonglong after = q.hasQueryItem(QStringLiteral("after"))
                                                   ? q.queryItemValue(QStringLiteral("after")).toULongLong(&okAfter) : 0;
                      const int limit = q.hasQueryItem(QStringLiteral("limit"))
                                            ? q.queryItemValue(QStringLiteral("limit")).toInt(&okLimit) : 1000;
                      if (!okAfter || !okLimit || limit < 1 || limit > 10000)
                          return jsonError(400, QStringLiteral("after is an event number (0 for the oldest kept) and "
                                                               "limit a count from 1 to 10000"));
                      return QHttpServerResponse(m_events.page(after, limit));
                  }));
    // Qt 6.4 upgrades a WebSocket request only if a route handles its path
    // and writes nothing: the upgrade then goes to newWebSocketConnection.
    m_http->route(QStringLiteral("/v1/stream"), [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        if (header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
            return;
        writeJson(responder, {{QStringLiteral("error"), QStringLiteral("the snapshot stream is a WebSocket: connect with a WebSocket client")}}, 400);
    });
    m_http->route(QStringLiteral("/v1/faults"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      applyFault(request, std::move(responder));
                  });
    m_http->route(QStringLiteral("/v1/speed"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      setSpeed(request, std::move(responder));
                  });
}

void AdminServer::applyFault(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const Access access = checkAccess(m_settings.tokens, header(request, "Authorization"), Role::Admin);
    if (access.status != 200) {
        Q_EMIT actionLine(tr("admin API: refused a fault from %1: %2").arg(request.remoteAddress().toString(), access.error));
        writeJson(responder, {{QStringLiteral("error"), access.error}}, access.status);
        return;
    }
    QString error;
    const QJsonObject body = bodyObject(request, &error);
    if (!error.isEmpty()) {
        writeJson(responder, {{QStringLiteral("error"), error}}, 400);
        return;
    }
    auto fault = faultFromJson(body, m_engine.scenario());
    if (!fault) {
        writeJson(responder, {{QStringLiteral("error"), fault.error().message}}, 400);
        return;
    }
    const QString what = describeFault(*fault);
    Q_EMIT actionLine(tr("admin API: %1 (by %2)").arg(what, access.principal));
    // The answer waits for the cluster: the engine thread applies the fault
    // between events and hands the outcome back to this thread, where the
    // responder's socket lives. The responder moves along, never copied.
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    // A fault meant for a run that a restart or a load has replaced is not
    // applied: its answer is then the engine's "Not done: ..." error.
    m_engine.apply(*fault, what, {this, [shared, what](const Error &e) {
                                      if (e)
                                          writeJson(*shared, {{QStringLiteral("error"), e.message}}, 409);
                                      else
                                          writeJson(*shared, {{QStringLiteral("applied"), what}}, 200);
                                  }});
}

void AdminServer::setSpeed(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const Access access = checkAccess(m_settings.tokens, header(request, "Authorization"), Role::Admin);
    if (access.status != 200) {
        writeJson(responder, {{QStringLiteral("error"), access.error}}, access.status);
        return;
    }
    QString error;
    const QJsonObject body = bodyObject(request, &error);
    const QJsonValue speed = body.value(QStringLiteral("speed"));
    const QJsonValue paused = body.value(QStringLiteral("paused"));
    const QJsonValue flatOut = body.value(QStringLiteral("flat_out"));
    if (error.isEmpty() && (body.isEmpty() || (!speed.isUndefined() && !speed.isDouble()) || (!paused.isUndefined() && !paused.isBool())
                            || (!flatOut.isUndefined() && !flatOut.isBool())))
        error = QStringLiteral("give any of \"speed\" (a factor from %1 to %2), \"paused\" (true or false) and "
                               "\"flat_out\" (true or false)").arg(Engine::kMinSpeed).arg(Engine::kMaxSpeed);
    else if (error.isEmpty() && speed.isDouble() && !(speed.toDouble() >= Engine::kMinSpeed && speed.toDouble() <= Engine::kMaxSpeed))
        error = QStringLiteral("speed is a factor from %1 to %2").arg(Engine::kMinSpeed).arg(Engine::kMaxSpeed);
    if (!error.isEmpty()) {
        writeJson(responder, {{QStringLiteral("error"), error}}, 400);
        return;
    }
    if (speed.isDouble())
        m_engine.setSpeed(speed.toDouble());
    if (flatOut.isBool())
        m_engine.setFlatOut(flatOut.toBool());
    if (paused.isBool())
        paused.toBool() ? m_engine.pause() : m_engine.resume();
    Q_EMIT actionLine(tr("admin API: speed %1%2%3 (by %4)")
                          .arg(m_engine.speed())
                          .arg(m_engine.isFlatOut() ? QStringLiteral(", flat out") : QString())
                          .arg(m_engine.isPaused() ? QStringLiteral(", paused") : QString())
                          .arg(access.principal));
    writeJson(responder, {{QStringLiteral("speed"), m_engine.speed()},
                          {QStringLiteral("flat_out"), m_engine.isFlatOut()},
                          {QStringLiteral("paused"), m_engine.isPaused()}}, 200);
}

} // namespace bb::admin
