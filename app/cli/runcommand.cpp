#include "commands.h"
#include "datadir.h"
#include "virtualrun.h"

#include "lab/scenariorun.h"
#include "topology/scenariocost.h"
#include "topology/scenariojson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace bbcli {

int runCommand(const QCommandLineParser &parser, const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    if (args.isEmpty()) {
        err << "brokerbench-cli run: name a scenario (" << bb::bundledScenarios().join(QStringLiteral(", ")) << ") or a .json file.\n";
        return 2;
    }
    auto scenario = bb::loadScenario(args.first());
    if (!scenario) {
        err << "brokerbench-cli run: " << scenario.error().message << '\n';
        return 2;
    }
    quint64 seed = 0;
    bb::Micros duration = 0;
    if (!unsignedOption(parser, QStringLiteral("seed"), scenario->seed, kMaxSeed, seed)
        || !durationOption(parser, scenario->duration, duration))
        return 2;
    DataDir data;
    if (!data.prepare(parser, QStringLiteral("run"), *scenario))
        return 2;
    // Before the work starts: a run that would take minutes or gigabytes says so.
    if (const QString heavy = bb::heavyScenarioWarning(*scenario, bb::CostOf::Run, duration); !heavy.isEmpty())
        err << "brokerbench-cli run: warning: " << heavy << '\n' << Qt::flush;
    VirtualRun run(QStringLiteral("run"));
    auto report = bb::runScenario(*scenario, seed, duration, run.start());
    run.end(report ? report->duration : duration, duration);
    if (!report) {
        err << "brokerbench-cli run: " << report.error().message << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = bb::toJson(*report);
        run.reportInterruption(json, QStringLiteral("requested_duration_s"));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
        return run.finish();
    }
    out << "Scenario " << report->scenario << ", seed " << report->seed << ", " << double(report->duration) / bb::kSecond
        << " virtual s in " << QString::number(report->wallSeconds, 'f', 2) << " s, trace "
        << QStringLiteral("%1").arg(report->traceHash, 16, 16, QLatin1Char('0')) << "\n\n";
    for (const auto &t : report->topics)
        out << "topic " << t.name << ": " << t.recordsAcked << " acknowledged of " << t.recordsSent << " sent, "
            << t.retries << " retries, " << t.ackedLost << " acknowledged but lost\n";
    out << '\n';
    for (const auto &e : report->clusterEvents)
        out << QString::number(double(e.time) / bb::kSecond, 'f', 3) << " s  " << e.text << '\n';
    out << Qt::flush;
    return run.finish();
}

} // namespace bbcli
