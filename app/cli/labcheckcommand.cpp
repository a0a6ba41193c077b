#include "commands.h"
#include "seedrun.h"

#include "lab/labcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bbcli {

int labCheckCommand(const QCommandLineParser &parser)
{
    QTextStream out(stdout), err(stderr);
    if (parser.isSet(QStringLiteral("unclean"))) {
        err << "brokerbench-cli: --lab and --unclean do not go together; the lab check runs with unclean election off.\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("storage-faults"))) {
        err << "brokerbench-cli: --lab and --storage-faults do not go together; storage faults are checked by check --storage-faults.\n";
        return 2;
    }
    SeedRun seeds;
    if (!seeds.prepare(parser, QStringLiteral("brokerbench-cli check --lab")))
        return 2;
    const bool json = parser.isSet(QStringLiteral("json"));
    qint64 faults = 0, payments = 0, lost = 0, duplicated = 0;
    QJsonArray violations;
    int failingSeeds = 0;
    seeds.run<bb::LabCheckOutcome>([](quint64 seed) { return bb::runLabCheck(seed); },
                                   [&](bb::LabCheckOutcome &&o) {
                                       faults += o.faults;
                                       for (const bb::ModeResult &r : o.modes) {
                                           payments += r.sent;
                                           lost += r.lost;
                                           duplicated += r.duplicated;
                                       }
                                       if (!o.violations.empty())
                                           ++failingSeeds;
                                       for (const auto &v : o.violations)
                                           reportViolation(violations, out, json, o.seed, v.invariant, v.detail,
                                                           bb::labCheckCommand(o.seed));
                                       return o.violations.size();
                                   });
    if (json) {
        QJsonObject report{{QStringLiteral("seeds"), double(seeds.ran())},
                           {QStringLiteral("mode"), QStringLiteral("lab")},
                           {QStringLiteral("faults_injected"), double(faults)},
                           {QStringLiteral("payments"), double(payments)},
                           {QStringLiteral("lost"), double(lost)},
                           {QStringLiteral("duplicated"), double(duplicated)},
                           {QStringLiteral("failing_seeds"), failingSeeds},
                           {QStringLiteral("violations"), violations}};
        seeds.reportInterruption(report);
        out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    } else {
        seeds.reportInterruption(out);
        out << seeds.ran() << " labs, " << faults << " faults injected, " << payments << " payments in four guarantees, "
            << lost << " lost (at-most-once may), " << duplicated << " duplicated (at-least-once may), "
            << violations.size() << " violations on " << failingSeeds << " seeds\n";
    }
    return seeds.status(!violations.isEmpty());
}

} // namespace bbcli
