// brokerbench-cli: the headless face of Brokerbench.
//   run SCENARIO|FILE [--seed N] [--duration S] [--data-dir DIR] [--keep-data] [--json]
//   check [--seeds N] [--from S] [--threads N] [--unclean | --storage-faults | --lab] [--json]
//   bench [--json]
//   lab SCENARIO|FILE [--seed N] [--data-dir DIR] [--keep-data] [--json]
//   serve SCENARIO|FILE [--seed N] [--listen HOST] [--port-base N] [--auto-create-topics] [--users FILE]
//         [--tls-cert FILE --tls-key FILE] [--admin HOST:PORT] [--admin-tokens FILE]
#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brokerbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs Brokerbench's broker engine without the GUI.\n\n"
        "Commands:\n"
        "  run SCENARIO|FILE   run a bundled scenario or a scenario file flat out and report\n"
        "  check               run the randomized fault check and assert the replication invariants\n"
        "  bench               measure the produce path's throughput\n"
        "  lab SCENARIO|FILE   run the delivery-semantics lab of a scenario: every guarantee under the same faults\n"
        "  serve SCENARIO|FILE run a scenario's cluster in real time with a Kafka listener per node, until Ctrl-C"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("run, check, bench, lab or serve"));
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("for run, lab and serve: a bundled scenario name or a .json file"), QStringLiteral("[scenario]"));
    parser.addOptions({
        {QStringLiteral("seed"), QStringLiteral("Seed for run and lab, 0 to 2^53 (default: the scenario's)."), QStringLiteral("N")},
        {QStringLiteral("duration"), QStringLiteral("Virtual seconds for run, 0.001 to 1000000 (default: the scenario's)."), QStringLiteral("SECONDS")},
        {QStringLiteral("data-dir"), QStringLiteral("For run and lab: where SQLite nodes keep their databases (default: a temporary folder, removed afterwards)."), QStringLiteral("DIR")},
        {QStringLiteral("keep-data"), QStringLiteral("For run and lab: keep the temporary folder of the SQLite databases and say where it is.")},
        {QStringLiteral("seeds"), QStringLiteral("Number of seeds for check (default 100)."), QStringLiteral("N")},
        {QStringLiteral("from"), QStringLiteral("First seed for check (default 1)."), QStringLiteral("S")},
        {QStringLiteral("threads"), QStringLiteral("Seeds check runs at once, 1 to 256 (default: the number of cores). The report is the same whatever the number."), QStringLiteral("N")},
        {QStringLiteral("unclean"), QStringLiteral("check with unclean leader election on and overlapping faults: it must find losses.")},
        {QStringLiteral("storage-faults"), QStringLiteral("check with storage faults too: flipped bits in stored batches, read errors, torn writes, lying fsyncs.")},
        {QStringLiteral("lab"), QStringLiteral("check the semantics lab instead: random labs and fault plans, every guarantee judged.")},
        {QStringLiteral("listen"), QStringLiteral("For serve: the IP address the Kafka listeners bind (default 127.0.0.1; 0.0.0.0 for every interface)."), QStringLiteral("HOST")},
        {QStringLiteral("port-base"), QStringLiteral("For serve: node N listens on port BASE + N (default 19092); 0 picks free ports."), QStringLiteral("BASE")},
        {QStringLiteral("auto-create-topics"), QStringLiteral("For serve: create a topic a client asks for that does not exist (3 partitions, up to 3 replicas).")},
        {QStringLiteral("users"), QStringLiteral("For serve: require SASL PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512; FILE has a line name:password:role per principal (role read, write or admin)."), QStringLiteral("FILE")},
        {QStringLiteral("tls-cert"), QStringLiteral("For serve: the Kafka listeners speak TLS only, with this PEM certificate (chain); needs --tls-key."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("For serve: the unencrypted PEM private key of --tls-cert."), QStringLiteral("FILE")},
        {QStringLiteral("admin"), QStringLiteral("For serve: serve the HTTP admin API (snapshot, events, series, faults) on HOST:PORT, e.g. 127.0.0.1:8090."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("admin-tokens"), QStringLiteral("For serve: admin API bearer tokens; FILE has a line name:token:role (admin may act; without it the API is read-only)."), QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON object.")},
    });
    parser.process(app);

    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << "brokerbench-cli: name a command: run, check, bench, lab or serve (see --help).\n";
        return 2;
    }
    const QString command = args.first();
    const QStringList commands{QStringLiteral("run"), QStringLiteral("check"), QStringLiteral("bench"), QStringLiteral("lab"),
                               QStringLiteral("serve")};
    if (commands.contains(command) && !bbcli::optionsApply(parser, command))
        return 2;
    if (command == QLatin1String("run"))
        return bbcli::runCommand(parser, args.mid(1));
    if (command == QLatin1String("check"))
        return parser.isSet(QStringLiteral("lab")) ? bbcli::labCheckCommand(parser) : bbcli::checkCommand(parser);
    if (command == QLatin1String("bench"))
        return bbcli::benchCommand(parser);
    if (command == QLatin1String("lab"))
        return bbcli::labCommand(parser, args.mid(1));
    if (command == QLatin1String("serve"))
        return bbcli::serveCommand(parser, args.mid(1));
    err << "brokerbench-cli: unknown command \"" << command << "\"; use run, check, bench, lab or serve.\n";
    return 2;
}
