// Writes the seed corpus of the kafkarequest and kafkarecords harnesses:
// valid request frames (without the size prefix, as the gateway gets them)
// of every API the listener speaks, at its lowest, highest and flexible
// versions, and a few broken ones. Run it again when an API or version is
// added:  fuzz-kafka-seeds tests/fuzz/corpus
#include "kafka/kafkaapis.h"
#include "kafka/kafkarecords.h"
#include "kafka/kafkawire.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <functional>

using namespace bb;
using namespace bb::kafka;

namespace {

const QString kTopic = QStringLiteral("t");
const QString kGroup = QStringLiteral("g");

QByteArray records(int n, std::int64_t producer = -1, bool transactional = false)
{
    RecordBatchBuilder b;
    for (int i = 0; i < n; ++i)
        b.append(QByteArray("k") + QByteArray::number(i), QByteArray("value-") + QByteArray::number(i),
                 i * kMillisecond, i == 0 ? std::vector<RecordHeader>{{"h", "v"}} : std::vector<RecordHeader>{});
    if (producer >= 0)
        b.setProducer(ProducerId(producer), 0, 0);
    if (transactional)
        b.setAttributes(Transactional);
    QByteArray out;
    appendBatch(out, Offset(0), Epoch(0), b.build(), ClockAnchor{1'700'000'000'000});
    return out;
}

// One request body per API, for `version` (the flexible parts only where a
// supported version is flexible: ApiVersions 3, InitProducerId 2+).
void body(ApiKey api, std::int16_t v, Writer &w)
{
    switch (api) {
    case ApiKey::ApiVersions:
        if (v >= 3) {
            w.string(QStringLiteral("kcat"), true);
            w.string(QStringLiteral("1.7"), true);
            w.emptyTaggedFields();
        }
        break;
    case ApiKey::Metadata:
        w.arrayLength(1, false);
        w.string(kTopic, false);
        if (v >= 4)
            w.boolean(false);
        break;
    case ApiKey::Produce:
        w.string(QString(), false);
        w.i16(-1);
        w.i32(5000);
        w.arrayLength(1, false);
        w.string(kTopic, false);
        w.arrayLength(1, false);
        w.i32(0);
        w.bytes(records(3), false);
        break;
    case ApiKey::Fetch:
        w.i32(-1);
        w.i32(100);
        w.i32(1);
        w.i32(1 << 20);
        w.i8(1);
        if (v >= 7) {
            w.i32(0);
            w.i32(-1);
        }
        w.arrayLength(1, false);
        w.string(kTopic, false);
        w.arrayLength(1, false);
        w.i32(0);
        if (v >= 9)
            w.i32(-1);
        w.i64(0);
        if (v >= 5)
            w.i64(-1);
        w.i32(1 << 20);
        if (v >= 7)
            w.arrayLength(0, false);
        if (v >= 11)
            w.string(QString(), false);
        break;
    case ApiKey::ListOffsets:
        w.i32(-1);
        if (v >= 2)
            w.i8(0);
        w.arrayLength(1, false);
        w.string(kTopic, false);
        w.arrayLength(2, false);
        for (std::int64_t ts : {-1LL, -2LL}) {
            w.i32(ts == -1 ? 0 : 1);
            w.i64(ts);
            if (v == 0)
                w.i32(1);
        }
        break;
    case ApiKey::OffsetCommit:
        w.string(kGroup, false);
        if (v >= 1) {
            w.i32(-1);
            w.string(QString(), false);
        }
        if (v >= 7)
            w.string(QString(), false);
        if (v >= 2 && v <= 4)
            w.i64(-1);
        w.arrayLength(1, false);
        w.string(kTopic, false);
        w.arrayLength(1, false);
        w.i32(0);
        w.i64(2);
        if (v >= 6)
            w.i32(-1);
        if (v == 1)
            w.i64(-1);
        w.string(QString(), false);
        break;
    case ApiKey::OffsetFetch:
        w.string(kGroup, false);
        w.arrayLength(1, false);
        w.string(kTopic, false);
        w.arrayLength(1, false);
        w.i32(0);
        break;
    case ApiKey::FindCoordinator:
        w.string(kGroup, false);
        if (v >= 1)
            w.i8(0);
        break;
    case ApiKey::JoinGroup:
        w.string(kGroup, false);
        w.i32(10000);
        if (v >= 1)
            w.i32(10000);
        w.string(QStringLiteral(""), false);
        if (v >= 5)
            w.string(QString(), false);
        w.string(QStringLiteral("consumer"), false);
        w.arrayLength(1, false);
        w.string(QStringLiteral("range"), false);
        {
            Writer m; // consumer protocol subscription v0: topics, user data
            m.i16(0);
            m.arrayLength(1, false);
            m.string(kTopic, false);
            m.bytes(QByteArrayView(), false);
            w.bytes(m.buffer(), false);
        }
        break;
    case ApiKey::SyncGroup:
    case ApiKey::Heartbeat:
        w.string(kGroup, false);
        w.i32(1);
        w.string(QStringLiteral("member-1"), false);
        if (v >= 3)
            w.string(QString(), false);
        if (api == ApiKey::SyncGroup)
            w.arrayLength(0, false);
        break;
    case ApiKey::LeaveGroup:
        w.string(kGroup, false);
        w.string(QStringLiteral("member-1"), false);
        break;
    case ApiKey::InitProducerId:
        w.string(v >= 1 ? QStringLiteral("tx") : QString(), v >= 2);
        w.i32(60000);
        if (v >= 3) {
            w.i64(-1);
            w.i16(-1);
        }
        if (v >= 2)
            w.emptyTaggedFields();
        break;
    case ApiKey::AddPartitionsToTxn:
        w.string(QStringLiteral("tx"), false);
        w.i64(1);
        w.i16(0);
        w.arrayLength(1, false);
        w.string(kTopic, false);
        w.arrayLength(1, false);
        w.i32(0);
        break;
    case ApiKey::AddOffsetsToTxn:
        w.string(QStringLiteral("tx"), false);
        w.i64(1);
        w.i16(0);
        w.string(kGroup, false);
        break;
    case ApiKey::EndTxn:
        w.string(QStringLiteral("tx"), false);
        w.i64(1);
        w.i16(0);
        w.boolean(true);
        break;
    case ApiKey::TxnOffsetCommit:
        w.string(QStringLiteral("tx"), false);
        w.string(kGroup, false);
        w.i64(1);
        w.i16(0);
        w.arrayLength(1, false);
        w.string(kTopic, false);
        w.arrayLength(1, false);
        w.i32(0);
        w.i64(2);
        if (v >= 2)
            w.i32(-1);
        w.string(QString(), false);
        break;
    default:
        break;
    }
}

QByteArray frame(std::int16_t api, std::int16_t version, bool flexible, const std::function<void(Writer &)> &fill)
{
    Writer w;
    w.i16(api);
    w.i16(version);
    w.i32(42);
    w.string(QStringLiteral("seed"), false);
    if (flexible)
        w.emptyTaggedFields();
    fill(w);
    return w.take();
}

bool put(const QString &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz-kafka-seeds: cannot write %s.\n", qPrintable(f.fileName()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz-kafka-seeds CORPUS_FOLDER (writes kafkarequest/ and kafkarecords/ in it)\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const QString req = root + QStringLiteral("/kafkarequest"), rec = root + QStringLiteral("/kafkarecords");
    if (!QDir().mkpath(req) || !QDir().mkpath(rec)) {
        std::fprintf(stderr, "fuzz-kafka-seeds: cannot make the folders in %s.\n", argv[1]);
        return 2;
    }
    bool ok = true;
    for (const ApiRange &a : supportedApis()) {
        std::vector<std::int16_t> versions{a.minVersion, a.maxVersion};
        if (a.firstFlexible > a.minVersion && a.firstFlexible < a.maxVersion)
            versions.push_back(a.firstFlexible);
        if (a.maxVersion - a.minVersion >= 4)
            versions.push_back(std::int16_t((a.minVersion + a.maxVersion) / 2));
        for (std::int16_t v : versions) {
            const bool flexible = v >= a.firstFlexible;
            const QByteArray bytes = frame(std::int16_t(a.key), v, flexible, [&](Writer &w) { body(a.key, v, w); });
            ok &= put(req, QStringLiteral("%1-v%2").arg(QString::fromLatin1(a.name)).arg(v), bytes);
        }
    }
    // Broken: a header cut short, an API the listener does not speak, an
    // unsupported version, ApiVersions at an unknown version (answered with
    // the ranges), a body cut short, an array that claims more than it holds.
    const QByteArray produce = frame(0, 7, false, [](Writer &w) { body(ApiKey::Produce, 7, w); });
    ok &= put(req, QStringLiteral("broken-header"), produce.left(5));
    ok &= put(req, QStringLiteral("broken-unknown-api"), frame(42, 0, false, [](Writer &) {}));
    ok &= put(req, QStringLiteral("broken-produce-v99"), frame(0, 99, false, [](Writer &w) { body(ApiKey::Produce, 7, w); }));
    ok &= put(req, QStringLiteral("broken-apiversions-v9"), frame(18, 9, true, [](Writer &w) { w.raw("\x00\x01\x02"); }));
    ok &= put(req, QStringLiteral("broken-produce-cut"), produce.left(produce.size() - 10));
    ok &= put(req, QStringLiteral("broken-metadata-array"), frame(3, 1, false, [](Writer &w) { w.i32(1000000); }));
    // The records harness: one batch, two, idempotent, transactional, and
    // one whose checksum is wrong.
    ok &= put(rec, QStringLiteral("one-batch"), records(3));
    ok &= put(rec, QStringLiteral("two-batches"), records(1) + records(4));
    ok &= put(rec, QStringLiteral("idempotent"), records(2, 7));
    ok &= put(rec, QStringLiteral("transactional"), records(2, 8, true));
    QByteArray bad = records(2);
    bad[bad.size() - 1] = char(bad[bad.size() - 1] ^ 1);
    ok &= put(rec, QStringLiteral("broken-crc"), bad);
    return ok ? 0 : 1;
}
