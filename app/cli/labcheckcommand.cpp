#include "commands.h"

#include "lab/labcheck.h"


#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bbcli {

int labCheckCommand(const QCommandLineParser &parser)
{
    QTextStream out(stdout), err(stderr);
    quint64 seeds = 0, from = 0;
    if (!seedRangeOption(parser, from, seeds))
        return 2;
    if (parser.isSet(QStringLiteral("unclean"))) {
        err << "brokerbench-cli: --lab and --unclean do not go together; the lab check runs with unclean election off.\n";
        return 2;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    qint64 faults = 0, payments = 0, lost = 0, duplicated = 0;
    QJsonArray violations;
    int failingSeeds = 0;
    for (quint64 seed = from; seed - from < seeds; ++seed) {
        const bb::LabCheckOutcome o = bb::runLabCheck(seed);
        faults += o.faults;
        for (const bb::ModeResult &r : o.modes) {
            payments += r.sent;
            lost += r.lost;
            duplicated += r.duplicated;
        }
        if (!o.violations.empty())
            ++failingSeeds;
        for (const auto &v : o.violations)
            reportViolation(violations, out, json, seed, v.invariant, v.detail, bb::labCheckCommand(seed));
        if (!json)
            err << "\rseed " << seed << " (" << (seed - from + 1) << "/" << seeds << ")" << Qt::flush;
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("seeds"), double(seeds)},
                                         {QStringLiteral("mode"), QStringLiteral("lab")},
                                         {QStringLiteral("faults_injected"), double(faults)},
                                         {QStringLiteral("payments"), double(payments)},
                                         {QStringLiteral("lost"), double(lost)},
                                         {QStringLiteral("duplicated"), double(duplicated)},
                                         {QStringLiteral("failing_seeds"), failingSeeds},
                                         {QStringLiteral("violations"), violations}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        err << '\n';
        out << seeds << " labs, " << faults << " faults injected, " << payments << " payments in four guarantees, "
            << lost << " lost (at-most-once may), " << duplicated << " duplicated (at-least-once may), "
            << violations.size() << " violations on " << failingSeeds << " seeds\n";
    }
    return violations.isEmpty() ? 0 : 1;
}

} // namespace bbcli
