#include "commands.h"

#include "lab/scenariorun.h"
#include "topology/scenariojson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace bbcli {

bool unsignedOption(const QCommandLineParser &parser, const QString &name, quint64 fallback, quint64 &out)
{
    out = fallback;
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    out = parser.value(name).toULongLong(&ok);
    if (!ok) {
        QTextStream(stderr) << "brokerbench-cli: --" << name << " expects a whole number >= 0, got \"" << parser.value(name) << "\".\n";
        return false;
    }
    return true;
}

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
    if (!unsignedOption(parser, QStringLiteral("seed"), scenario->seed, seed))
        return 2;
    bb::Micros duration = scenario->duration;
    if (parser.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        const double s = parser.value(QStringLiteral("duration")).toDouble(&ok);
        if (!ok || s <= 0 || s > 1e6) {
            err << "brokerbench-cli run: --duration expects seconds > 0, got \"" << parser.value(QStringLiteral("duration")) << "\".\n";
            return 2;
        }
        duration = bb::Micros(s * double(bb::kSecond));
    }
    auto report = bb::runScenario(*scenario, seed, duration);
    if (!report) {
        err << "brokerbench-cli run: " << report.error().message << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(bb::toJson(*report)).toJson(QJsonDocument::Indented);
        return 0;
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
    return 0;
}

} // namespace bbcli
