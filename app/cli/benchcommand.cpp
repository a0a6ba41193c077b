#include "commands.h"

#include "lab/producebench.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bbcli {

int benchCommand(const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    const bb::ProduceBenchResult r = bb::runProduceBench({});
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("record_bytes"), r.recordBytes},
                                         {QStringLiteral("memcpy_records_per_s"), qRound64(r.memcpyRecordsPerSecond)},
                                         {QStringLiteral("rf1_records_per_s"), qRound64(r.rf1RecordsPerSecond)},
                                         {QStringLiteral("rf3_acks_all_records_per_s"), qRound64(r.rf3AcksAllRecordsPerSecond)}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    auto line = [&](const char *what, double v) {
        out << what << QString::number(v / 1e6, 'f', 2) << " M records/s";
        if (r.memcpyRecordsPerSecond > 0)
            out << "  (" << QString::number(100.0 * v / r.memcpyRecordsPerSecond, 'f', 1) << "% of memcpy)";
        out << '\n';
    };
    out << "record size " << r.recordBytes << " bytes, batches of 100\n";
    line("memcpy of the same bytes     ", r.memcpyRecordsPerSecond);
    line("RF=1, one partition          ", r.rf1RecordsPerSecond);
    line("RF=3, acks=all, 0 ms network ", r.rf3AcksAllRecordsPerSecond);
    return 0;
}

} // namespace bbcli
