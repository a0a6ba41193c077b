// The admin API over real HTTP and WebSocket connections, with the engine
// running live: reads need no token when none is configured and refuse to
// act; with tokens, a missing or unknown token is 401, a read token acting
// is 403; an admin's fault reaches the cluster (the snapshot and the event
// log show it) and a fault the cluster refuses says why; bad bodies are 400;
// the stream pushes snapshots and refuses a wrong token.
#include <QTest>

#include "admin/adminserver.h"
#include "engine/engine.h"
#include "topology/scenariojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QWebSocket>

using namespace bb;
using namespace bb::admin;

namespace {

struct Answer {
    int status = 0;
    QJsonObject body;
};

std::vector<Principal> tokens()
{
    return {{QStringLiteral("viewer"), QStringLiteral("read-token"), kafka::Role::Read},
            {QStringLiteral("ops"), QStringLiteral("admin-token"), kafka::Role::Admin}};
}

} // namespace

class TestAdminServer : public QObject {
    Q_OBJECT

    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<AdminServer> m_server;
    QNetworkAccessManager m_net;
    QStringList m_lines;

    void startServer(std::vector<Principal> principals)
    {
        m_server.reset();
        m_engine = std::make_unique<Engine>();
        auto scenario = loadScenario(QStringLiteral("default"));
        QVERIFY(scenario);
        QVERIFY(!m_engine->load(*scenario));
        AdminSettings settings;
        settings.tokens = std::move(principals);
        settings.bootstrapServers = QStringLiteral("127.0.0.1:19092");
        m_server = std::make_unique<AdminServer>(*m_engine, settings);
        connect(m_server.get(), &AdminServer::actionLine, this, [this](const QString &l) { m_lines << l; });
        QVERIFY(!m_server->start());
        QVERIFY(m_server->port() != 0);
        m_engine->setSpeed(1);
        m_engine->start();
        QVERIFY(QTest::qWaitFor([this] { return m_engine->latest() && m_engine->latest()->time > 0; }, 10000));
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path));
    }

    Answer call(const QString &path, const QByteArray &token = {}, const QByteArray *post = nullptr)
    {
        QNetworkRequest request(url(path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = post ? m_net.post(request, *post) : m_net.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            qWarning("no answer to %s", qPrintable(path));
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return a;
    }

    Answer act(const QString &path, const QByteArray &body, const QByteArray &token = "admin-token")
    {
        return call(path, token, &body);
    }

    QString nodeState(int node)
    {
        const QJsonArray nodes = call(QStringLiteral("/v1/snapshot"), "read-token").body.value(QStringLiteral("nodes")).toArray();
        for (const auto &n : nodes)
            if (n.toObject().value(QStringLiteral("id")).toInt() == node)
                return n.toObject().value(QStringLiteral("state")).toString();
        return QString();
    }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_engine.reset();
        m_lines.clear();
    }

    void readOnlyWithoutTokens()
    {
        startServer({});
        const Answer info = call(QStringLiteral("/v1/info"));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.body.value(QStringLiteral("scenario")).toString(), QStringLiteral("default"));
        QCOMPARE(info.body.value(QStringLiteral("read_only")).toBool(), true);
        QCOMPARE(info.body.value(QStringLiteral("bootstrap_servers")).toString(), QStringLiteral("127.0.0.1:19092"));
        const Answer refused = act(QStringLiteral("/v1/faults"), R"({"kind":"crash","node":1})", {});
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("--admin-tokens")));
        QTest::qWait(300);
        QCOMPARE(nodeState(1), QStringLiteral("up"));
    }

    void snapshotCarriesEveryReplica()
    {
        startServer(tokens());
        QVERIFY(QTest::qWaitFor([this] {
            const QJsonArray parts = call(QStringLiteral("/v1/snapshot"), "read-token").body.value(QStringLiteral("partitions")).toArray();
            return !parts.isEmpty() && parts.first().toObject().value(QStringLiteral("leader")).toInt() >= 0;
        }, 10000));
        const Answer a = call(QStringLiteral("/v1/snapshot"), "read-token");
        QCOMPARE(a.status, 200);
        const SnapshotPtr s = m_engine->latest();
        QCOMPARE(a.body.value(QStringLiteral("nodes")).toArray().size(), qsizetype(s->nodes.size()));
        QCOMPARE(a.body.value(QStringLiteral("partitions")).toArray().size(), qsizetype(s->partitions.size()));
        const QJsonObject p = a.body.value(QStringLiteral("partitions")).toArray().first().toObject();
        const QJsonArray replicas = p.value(QStringLiteral("replica_states")).toArray();
        QCOMPARE(replicas.size(), p.value(QStringLiteral("replicas")).toArray().size());
        for (const auto &r : replicas) {
            const QJsonObject o = r.toObject();
            for (const char *key : {"node", "in_isr", "log_start", "hw", "lso", "leo"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("leo")).toInteger() >= o.value(QStringLiteral("hw")).toInteger());
        }
        const Answer series = call(QStringLiteral("/v1/series"), "read-token");
        QCOMPARE(series.status, 200);
        QCOMPARE(series.body.value(QStringLiteral("topics")).toArray().size(), qsizetype(s->series.topics.size()));
    }

    void tokensAndRoles()
    {
        startServer(tokens());
        QCOMPARE(call(QStringLiteral("/v1/snapshot")).status, 401);
        QCOMPARE(call(QStringLiteral("/v1/snapshot"), "guessed").status, 401);
        const Answer viewer = act(QStringLiteral("/v1/faults"), R"({"kind":"crash","node":1})", "read-token");
        QCOMPARE(viewer.status, 403);
        QVERIFY(viewer.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("viewer")));
        QTest::qWait(300);
        QCOMPARE(nodeState(1), QStringLiteral("up"));
    }

    void faultsReachTheCluster()
    {
        startServer(tokens());
        const Answer crash = act(QStringLiteral("/v1/faults"), R"({"kind":"crash","node":1})");
        QCOMPARE(crash.status, 200);
        QVERIFY(crash.body.value(QStringLiteral("applied")).toString().contains(QStringLiteral("node 1")));
        QVERIFY(QTest::qWaitFor([this] { return nodeState(1) == QLatin1String("crashed"); }, 5000));
        QVERIFY(m_lines.join(u'\n').contains(QStringLiteral("(by ops)")));
        // The cluster refuses what makes no sense now, and says why.
        const Answer again = act(QStringLiteral("/v1/faults"), R"({"kind":"restart","node":2})");
        QCOMPARE(again.status, 409);
        QVERIFY(again.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("already running")));
        QCOMPARE(act(QStringLiteral("/v1/faults"), R"({"kind":"restart","node":1})").status, 200);
        QVERIFY(QTest::qWaitFor([this] { return nodeState(1) != QLatin1String("crashed"); }, 5000));
        // The event log shows both, numbered; asking after the last number gives nothing new.
        QStringList kinds;
        qint64 next = 0;
        QVERIFY(QTest::qWaitFor([&] {
            const QJsonObject page = call(QStringLiteral("/v1/events?after=0&limit=10000"), "read-token").body;
            kinds.clear();
            for (const auto &e : page.value(QStringLiteral("events")).toArray())
                kinds << e.toObject().value(QStringLiteral("kind")).toString();
            next = page.value(QStringLiteral("next")).toInteger();
            return kinds.contains(QStringLiteral("node_crashed")) && kinds.contains(QStringLiteral("node_restarted"));
        }, 5000));
        QCOMPARE(next, qint64(kinds.size()));
        const QJsonObject later = call(QStringLiteral("/v1/events?after=%1").arg(next), "read-token").body;
        QVERIFY(later.value(QStringLiteral("next")).toInteger() >= next);
        for (const auto &e : later.value(QStringLiteral("events")).toArray())
            QVERIFY(e.toObject().value(QStringLiteral("seq")).toInteger() > next);
    }

    void badRequestsSayWhatIsWrong()
    {
        startServer(tokens());
        const struct {
            const char *body;
            const char *says;
        } cases[] = {
            {"not json", "not JSON"},
            {"[1,2]", "one JSON object"},
            {R"({"kind":"explode","node":1})", "expected crash"},
            {R"({"kind":"crash","node":99})", "node"},
            {R"({"kind":"cut_link","node":1,"peer":1})", "itself"},
        };
        for (const auto &c : cases) {
            const Answer a = act(QStringLiteral("/v1/faults"), c.body);
            QCOMPARE(a.status, 400);
            QVERIFY2(a.body.value(QStringLiteral("error")).toString().contains(QLatin1String(c.says)),
                     qPrintable(a.body.value(QStringLiteral("error")).toString()));
        }
        QCOMPARE(call(QStringLiteral("/v1/events?limit=0"), "read-token").status, 400);
        QCOMPARE(act(QStringLiteral("/v1/speed"), R"({"speed":5000})").status, 400);
        QCOMPARE(act(QStringLiteral("/v1/speed"), R"({"paused":"yes"})").status, 400);
        const Answer pause = act(QStringLiteral("/v1/speed"), R"({"paused":true,"speed":2})");
        QCOMPARE(pause.status, 200);
        QVERIFY(m_engine->isPaused());
        QCOMPARE(m_engine->speed(), 2.0);
        QCOMPARE(nodeState(0), QStringLiteral("up"));
    }

    void streamPushesSnapshots()
    {
        startServer(tokens());
        QWebSocket ws;
        QStringList messages;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &m) { messages << m; });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream?interval_ms=100&token=read-token").arg(m_server->port())));
        QVERIFY(QTest::qWaitFor([&] { return messages.size() >= 3; }, 10000));
        const QJsonObject first = QJsonDocument::fromJson(messages.first().toUtf8()).object();
        QVERIFY(first.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("nodes")).toArray().size() > 0);
        QVERIFY(first.contains(QStringLiteral("events")));
        const qint64 t0 = first.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("time_us")).toInteger();
        const qint64 t2 = QJsonDocument::fromJson(messages.at(2).toUtf8()).object().value(QStringLiteral("snapshot"))
                              .toObject().value(QStringLiteral("time_us")).toInteger();
        QVERIFY(t2 > t0);

        QWebSocket stranger;
        QSignalSpy closed(&stranger, &QWebSocket::disconnected);
        stranger.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/stream?token=wrong").arg(m_server->port())));
        QVERIFY(closed.wait(10000));
        QCOMPARE(stranger.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(stranger.closeReason().contains(QStringLiteral("unknown token")));
    }
};

QTEST_GUILESS_MAIN(TestAdminServer)
#include "tst_adminserver.moc"
