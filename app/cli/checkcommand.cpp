#include "commands.h"

#include "lab/checkrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bbcli {

int checkCommand(const QCommandLineParser &parser)
{
    QTextStream out(stdout), err(stderr);
    quint64 seeds = 0, from = 0;
    if (!seedRangeOption(parser, from, seeds))
        return 2;
    if (parser.isSet(QStringLiteral("unclean")) && parser.isSet(QStringLiteral("storage-faults"))) {
        err << "brokerbench-cli: --unclean and --storage-faults do not go together; storage faults are checked with unclean election off.\n";
        return 2;
    }
    const bb::CheckMode mode = parser.isSet(QStringLiteral("unclean"))         ? bb::CheckMode::Unclean
                               : parser.isSet(QStringLiteral("storage-faults")) ? bb::CheckMode::Storage
                                                                                : bb::CheckMode::Clean;
    const bool json = parser.isSet(QStringLiteral("json"));
    qint64 faults = 0, acked = 0, lost = 0;
    QJsonArray violations;
    int failingSeeds = 0;
    for (quint64 seed = from; seed - from < seeds; ++seed) {
        const bb::CheckOutcome o = bb::runCheck(seed, mode);
        faults += o.faults;
        acked += o.acked;
        lost += o.lost;
        if (!o.violations.empty())
            ++failingSeeds;
        for (const auto &v : o.violations)
            reportViolation(violations, out, json, seed, v.invariant, v.detail, bb::checkCommand(seed, mode));
        if (!json)
            err << "\rseed " << seed << " (" << (seed - from + 1) << "/" << seeds << ")" << Qt::flush;
    }
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("seeds"), double(seeds)},
                                         {QStringLiteral("mode"), mode == bb::CheckMode::Clean     ? QStringLiteral("clean")
                                                                        : mode == bb::CheckMode::Storage ? QStringLiteral("storage-faults")
                                                                                                         : QStringLiteral("unclean")},
                                         {QStringLiteral("faults_injected"), double(faults)},
                                         {QStringLiteral("acked_records"), double(acked)},
                                         {QStringLiteral("acked_records_lost"), double(lost)},
                                         {QStringLiteral("failing_seeds"), failingSeeds},
                                         {QStringLiteral("violations"), violations}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    } else {
        err << '\n';
        out << seeds << " seeds, " << faults << " faults injected, " << acked << " records acknowledged, "
            << lost << " of them lost, " << violations.size() << " violations on " << failingSeeds << " seeds\n";
    }
    return violations.isEmpty() ? 0 : 1;
}

} // namespace bbcli
