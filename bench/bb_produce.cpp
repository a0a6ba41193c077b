// bb_produce: the produce-path benchmark with its knobs exposed, for
// comparing changes (run twice in one session and compare ratios to memcpy)
// or for counting instructions:
//   valgrind --tool=callgrind build/bench/bb_produce --rf1-only --records 200000
#include "lab/producebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures records/s through the producer, network, leader and followers."));
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("records"), QStringLiteral("Records per measurement."), QStringLiteral("N"), QStringLiteral("2000000")},
                       {QStringLiteral("record-bytes"), QStringLiteral("Value size."), QStringLiteral("BYTES"), QStringLiteral("100")},
                       {QStringLiteral("rf1-only"), QStringLiteral("Only the RF=1 path (for callgrind).")},
                       {QStringLiteral("rf3-only"), QStringLiteral("Only the RF=3 acks=all path (for callgrind).")}});
    parser.process(app);
    bb::ProduceBenchOptions o;
    o.rf1Records = o.rf3Records = parser.value(QStringLiteral("records")).toLongLong();
    o.recordBytes = parser.value(QStringLiteral("record-bytes")).toInt();
    if (o.rf1Records <= 0 || o.recordBytes < 1) {
        QTextStream(stderr) << "bb_produce: --records and --record-bytes must be positive.\n";
        return 2;
    }
    o.runMemcpy = !parser.isSet(QStringLiteral("rf1-only")) && !parser.isSet(QStringLiteral("rf3-only"));
    o.runRf1 = !parser.isSet(QStringLiteral("rf3-only"));
    o.runRf3 = !parser.isSet(QStringLiteral("rf1-only"));
    const bb::ProduceBenchResult r = bb::runProduceBench(o);
    QTextStream out(stdout);
    out << "record_bytes " << r.recordBytes << '\n';
    if (o.runMemcpy)
        out << "memcpy_records_per_s " << qRound64(r.memcpyRecordsPerSecond) << '\n';
    if (o.runRf1)
        out << "rf1_records_per_s " << qRound64(r.rf1RecordsPerSecond) << " (" << r.rf1Records << " records)\n";
    if (o.runRf3)
        out << "rf3_acks_all_records_per_s " << qRound64(r.rf3AcksAllRecordsPerSecond) << " (" << r.rf3Records << " records)\n";
    return 0;
}
