#include "commands.h"
#include "datadir.h"
#include "virtualrun.h"

#include "lab/semanticslab.h"
#include "topology/scenariocost.h"
#include "topology/scenariojson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace bbcli {

int labCommand(const QCommandLineParser &parser, const QStringList &args)
{
    QTextStream out(stdout), err(stderr);
    if (args.isEmpty()) {
        err << "brokerbench-cli lab: name a scenario with a lab section or a .json file.\n";
        return 2;
    }
    auto scenario = bb::loadScenario(args.first());
    if (!scenario) {
        err << "brokerbench-cli lab: " << scenario.error().message << '\n';
        return 2;
    }
    if (!scenario->lab) {
        err << "brokerbench-cli lab: scenario \"" << scenario->name
            << "\" has no \"lab\" section; use run for it, or add one (see docs/scenario-format.md).\n";
        return 2;
    }
    quint64 seed = 0;
    if (!unsignedOption(parser, QStringLiteral("seed"), scenario->seed, kMaxSeed, seed))
        return 2;
    DataDir data; // outlives the lab: its stores close first
    if (!data.prepare(parser, QStringLiteral("lab"), *scenario))
        return 2;
    // Before the work starts: a run that would take minutes or gigabytes says so.
    if (const QString heavy = bb::heavyScenarioWarning(*scenario, bb::CostOf::Lab, 0); !heavy.isEmpty())
        err << "brokerbench-cli lab: warning: " << heavy << '\n' << Qt::flush;
    auto lab = bb::SemanticsLab::create(*scenario, *scenario->lab, seed);
    if (!lab) {
        err << "brokerbench-cli lab: " << lab.error().message << '\n';
        return 2;
    }
    VirtualRun run(QStringLiteral("lab"));
    (*lab)->runToEnd(run.start());
    run.end((*lab)->now(), (*lab)->endTime());
    const bb::LabReport report = (*lab)->report(scenario->name, seed);
    const auto &results = report.modes;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = bb::toJson(report);
        run.reportInterruption(json, QStringLiteral("requested_virtual_s"));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented) << Qt::flush;
        return run.finish();
    }
    out << "Scenario " << scenario->name << ", seed " << seed;
    if (run.interrupted()) // the modes' results so far
        out << ", " << virtualSeconds(report.time) << " of " << virtualSeconds((*lab)->endTime()) << " virtual s";
    out << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n").arg(QStringLiteral("mode"), -16).arg(QStringLiteral("sent"), 7)
               .arg(QStringLiteral("once"), 7).arg(QStringLiteral("lost"), 6).arg(QStringLiteral("late"), 6).arg(QStringLiteral("dup"), 6)
               .arg(QStringLiteral("order"), 6).arg(QStringLiteral("rate/s"), 8).arg(QStringLiteral("p99 ms"), 8);
    for (const auto &r : results)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n").arg(QLatin1String(bb::guaranteeName(r.mode)), -16).arg(r.sent, 7)
                   .arg(r.exactlyOnce, 7).arg(r.lost, 6).arg(r.pending, 6).arg(r.duplicated, 6).arg(r.outOfOrder, 6)
                   .arg(r.throughputPerSecond, 8, 'f', 0).arg(r.p99LatencyMs, 8, 'f', 1);
    for (const auto &r : results) {
        for (const auto &e : r.lostExamples.size() > 3 ? std::vector<bb::Explanation>(r.lostExamples.begin(), r.lostExamples.begin() + 3) : r.lostExamples)
            out << "\n" << bb::guaranteeName(r.mode) << " lost: " << e.text;
        for (const auto &e : r.duplicatedExamples.size() > 3 ? std::vector<bb::Explanation>(r.duplicatedExamples.begin(), r.duplicatedExamples.begin() + 3) : r.duplicatedExamples)
            out << "\n" << bb::guaranteeName(r.mode) << " duplicated: " << e.text;
    }
    out << '\n' << Qt::flush;
    return run.finish();
}

} // namespace bbcli
