#include "commands.h"
#include "seedrun.h"

#include "lab/checkrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bbcli {

int checkCommand(const QCommandLineParser &parser)
{
    QTextStream out(stdout), err(stderr);
    if (parser.isSet(QStringLiteral("unclean")) && parser.isSet(QStringLiteral("storage-faults"))) {
        err << "brokerbench-cli: --unclean and --storage-faults do not go together; storage faults are checked with unclean election off.\n";
        return 2;
    }
    const bb::CheckMode mode = parser.isSet(QStringLiteral("unclean"))         ? bb::CheckMode::Unclean
                               : parser.isSet(QStringLiteral("storage-faults")) ? bb::CheckMode::Storage
                                                                                : bb::CheckMode::Clean;
    SeedRun seeds;
    const QString option = bb::checkModeOption(mode);
    if (!seeds.prepare(parser, QStringLiteral("brokerbench-cli check") + (option.isEmpty() ? QString() : QLatin1Char(' ') + option)))
        return 2;
    const bool json = parser.isSet(QStringLiteral("json"));
    qint64 faults = 0, acked = 0, lost = 0;
    QJsonArray violations;
    int failingSeeds = 0;
    seeds.run<bb::CheckOutcome>([mode](quint64 seed) { return bb::runCheck(seed, mode); },
                                [&](bb::CheckOutcome &&o) {
                                    faults += o.faults;
                                    acked += o.acked;
                                    lost += o.lost;
                                    if (!o.violations.empty())
                                        ++failingSeeds;
                                    for (const auto &v : o.violations)
                                        reportViolation(violations, out, json, o.seed, v.invariant, v.detail,
                                                        bb::checkCommand(o.seed, mode));
                                    return o.violations.size();
                                });
    if (json) {
        QJsonObject report{{QStringLiteral("seeds"), double(seeds.ran())},
                           {QStringLiteral("mode"), bb::checkModeName(mode)},
                           {QStringLiteral("faults_injected"), double(faults)},
                           {QStringLiteral("acked_records"), double(acked)},
                           {QStringLiteral("acked_records_lost"), double(lost)},
                           {QStringLiteral("failing_seeds"), failingSeeds},
                           {QStringLiteral("violations"), violations}};
        seeds.reportInterruption(report);
        out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    } else {
        seeds.reportInterruption(out);
        out << seeds.ran() << " seeds, " << faults << " faults injected, " << acked << " records acknowledged, "
            << lost << " of them lost, " << violations.size() << " violations on " << failingSeeds << " seeds\n";
    }
    return seeds.status(!violations.isEmpty());
}

} // namespace bbcli
