// serve: runs a scenario's cluster in live mode (virtual time follows the
// wall clock) with a Kafka listener per node, until SIGINT or SIGTERM.
#include "commands.h"

#include "admin/adminserver.h"
#include "engine/engine.h"
#include "kafka/kafkaserver.h"
#include "topology/scenariojson.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace bbcli {

namespace {

// Signals reach the event loop through a socket pair (the handler may only
// write a byte), so the cluster stops between events, never inside one.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &b, 1);
}

// "HOST:PORT" ("[::1]:8090" for IPv6) into `settings`; false after saying why.
bool adminAddress(const QString &value, bb::admin::AdminSettings &settings, QTextStream &err)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    QString host = value.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = value.mid(colon + 1).toUInt(&ok);
    if (colon <= 0 || !ok || port > 65535 || !settings.host.setAddress(host)) {
        err << "brokerbench-cli serve: --admin expects HOST:PORT such as 127.0.0.1:8090 (port 0 picks a free one), got \""
            << value << "\".\n";
        return false;
    }
    settings.port = quint16(port);
    return true;
}

} // namespace

int serveCommand(const QCommandLineParser &parser, const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    if (args.isEmpty()) {
        err << "brokerbench-cli serve: name a scenario (" << bb::bundledScenarios().join(QStringLiteral(", "))
            << ") or a .json file.\n";
        return 2;
    }
    auto scenario = bb::loadScenario(args.first());
    if (!scenario) {
        err << "brokerbench-cli serve: " << scenario.error().message << '\n';
        return 2;
    }
    quint64 seed = 0;
    quint64 portBase = 19092;
    if (!unsignedOption(parser, QStringLiteral("seed"), scenario->seed, kMaxSeed, seed)
        || !unsignedOption(parser, QStringLiteral("port-base"), 19092, 65535, portBase))
        return 2;
    scenario->seed = seed;
    bb::kafka::ListenerSettings settings;
    settings.portBase = int(portBase);
    settings.autoCreateTopics = parser.isSet(QStringLiteral("auto-create-topics"));
    if (parser.isSet(QStringLiteral("listen"))) {
        const QString host = parser.value(QStringLiteral("listen"));
        if (!settings.host.setAddress(host)) {
            err << "brokerbench-cli serve: --listen expects an IP address such as 127.0.0.1 or 0.0.0.0, got \"" << host
                << "\".\n";
            return 2;
        }
    }

    if (parser.isSet(QStringLiteral("users"))) {
        auto principals = bb::kafka::loadPrincipals(parser.value(QStringLiteral("users")));
        if (!principals) {
            err << "brokerbench-cli serve: " << principals.error().message << '\n';
            return 2;
        }
        settings.principals = std::move(*principals);
    }

    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key"))) {
        err << "brokerbench-cli serve: TLS needs both --tls-cert FILE and --tls-key FILE (PEM).\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        auto tls = bb::kafka::loadTlsConfiguration(parser.value(QStringLiteral("tls-cert")), parser.value(QStringLiteral("tls-key")));
        if (!tls) {
            err << "brokerbench-cli serve: " << tls.error().message << '\n';
            return 2;
        }
        settings.tls = std::move(*tls);
    }

    std::optional<bb::admin::AdminSettings> admin;
    if (parser.isSet(QStringLiteral("admin"))) {
        admin.emplace();
        if (!adminAddress(parser.value(QStringLiteral("admin")), *admin, err))
            return 2;
        if (parser.isSet(QStringLiteral("admin-tokens"))) {
            auto tokens = bb::kafka::loadPrincipals(parser.value(QStringLiteral("admin-tokens")));
            if (!tokens) {
                err << "brokerbench-cli serve: " << tokens.error().message << '\n';
                return 2;
            }
            admin->tokens = std::move(*tokens);
        }
    } else if (parser.isSet(QStringLiteral("admin-tokens"))) {
        err << "brokerbench-cli serve: --admin-tokens is for the admin API; give --admin HOST:PORT too.\n";
        return 2;
    }

    bb::Engine engine;
    if (bb::Error e = engine.load(*scenario)) {
        err << "brokerbench-cli serve: " << e.message << '\n';
        return 2;
    }
    std::vector<bb::NodeId> nodes;
    for (const auto &n : scenario->cluster.nodes)
        nodes.push_back(n.id);
    bb::kafka::KafkaServer server(engine, settings);
    if (bb::Error e = server.start(nodes)) {
        err << "brokerbench-cli serve: " << e.message << '\n';
        return 2;
    }
    QObject::connect(&server, &bb::kafka::KafkaServer::clientLine, &server, [&err](const QString &line) {
        err << line << '\n' << Qt::flush;
    });
    std::unique_ptr<bb::admin::AdminServer> adminServer;
    if (admin) {
        admin->bootstrapServers = server.bootstrapServers();
        adminServer = std::make_unique<bb::admin::AdminServer>(engine, *admin);
        if (bb::Error e = adminServer->start()) {
            err << "brokerbench-cli serve: " << e.message << '\n';
            return 2;
        }
        QObject::connect(adminServer.get(), &bb::admin::AdminServer::actionLine, adminServer.get(),
                         [&err](const QString &line) { err << line << '\n' << Qt::flush; });
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err << "brokerbench-cli serve: cannot set up signal handling.\n";
        return 1;
    }
    QSocketNotifier stopNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stopNotifier, &QSocketNotifier::activated, &stopNotifier, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);

    engine.setSpeed(1);
    engine.start();
    out << "Serving scenario " << scenario->name << " (seed " << seed << ") in live mode.\n"
        << "bootstrap.servers=" << server.bootstrapServers() << '\n'
        << (settings.principals.empty() ? "No authentication (every client may do everything).\n"
            : settings.tls ? "Clients authenticate with SASL PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 over TLS "
                             "(security.protocol=SASL_SSL).\n"
                           : "Clients authenticate with SASL PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 "
                             "(security.protocol=SASL_PLAINTEXT).\n");
    if (settings.tls && settings.principals.empty())
        out << "Clients connect with TLS (security.protocol=SSL).\n";
    if (adminServer)
        out << "Admin API: http://" << adminServer->address() << "/v1/"
            << (admin->tokens.empty() ? " (read-only)\n" : " (bearer tokens)\n");
    out        << "Stop with Ctrl-C.\n" << Qt::flush;
    const int status = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    adminServer.reset();
    server.stop();
    engine.pause();
    out << "Stopped.\n" << Qt::flush;
    return status;
}

} // namespace bbcli
