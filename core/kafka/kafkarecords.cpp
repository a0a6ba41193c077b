#include "kafka/kafkarecords.h"

#include "kafka/compression.h"
#include "kafka/kafkawire.h"
#include "model/crc32c.h"
#include "model/txnmarker.h"

#include <QtEndian>

#include <limits>
#include <optional>

namespace bb::kafka {

namespace {

// baseOffset .. crc: the part of the header the checksum does not cover.
constexpr qsizetype kCrcStart = 21;
constexpr qsizetype kBatchHeader = 61;
// The most a compressed batch may expand to (Kafka's default max message size is 1 MiB).
constexpr qsizetype kMaxInflatedBytes = 64 << 20;

Error invalid(const QString &why) { return Error(Errc::InvalidRecord, why); }

// A record's time: its batch's first timestamp plus its delta, both any
// 64-bit value a client sends. The engine adds and subtracts times, so a
// record stamped more than about 30,000 years from now is refused rather
// than let near the ends of the virtual clock.
constexpr std::int64_t kMaxDistanceMs = 1'000'000'000'000'000;

std::optional<Micros> recordTime(std::int64_t firstTimestamp, std::int64_t delta, const ClockAnchor &clock)
{
    std::int64_t ms = 0;
    if (__builtin_add_overflow(firstTimestamp, delta, &ms) || __builtin_sub_overflow(ms, clock.wallMsAtZero, &ms)
        || ms > kMaxDistanceMs || ms < -kMaxDistanceMs)
        return std::nullopt;
    return ms * kMillisecond;
}

Error decodeRecords(Reader &in, std::int32_t count, std::int32_t lastOffsetDelta, std::int64_t firstTimestamp,
                    const ClockAnchor &clock, RecordBatchBuilder &builder)
{
    std::vector<RecordHeader> headers;
    std::int32_t previousDelta = -1;
    for (std::int32_t i = 0; i < count; ++i) {
        const std::int32_t length = in.varint();
        if (in.failed() || length < 0 || length > in.remaining())
            return invalid(QStringLiteral("record %1 has a bad length").arg(i));
        Reader rec(in.raw(length));
        rec.i8(); // attributes: unused in v2
        const std::int64_t timestampDelta = rec.varlong();
        const std::int32_t offsetDelta = rec.varint();
        const std::int32_t keyLength = rec.varint();
        const QByteArrayView key = keyLength < 0 ? QByteArrayView() : rec.raw(keyLength);
        const std::int32_t valueLength = rec.varint();
        const QByteArrayView value = valueLength < 0 ? QByteArrayView() : rec.raw(valueLength);
        const std::int32_t headerCount = rec.varint();
        if (rec.failed() || headerCount < 0 || headerCount > rec.remaining())
            return invalid(QStringLiteral("record %1 is truncated").arg(i));
        headers.clear();
        for (std::int32_t h = 0; h < headerCount; ++h) {
            const std::int32_t kl = rec.varint();
            const QByteArrayView hk = rec.raw(kl);
            const std::int32_t vl = rec.varint();
            // A null header value is stored as an empty one.
            const QByteArrayView hv = vl < 0 ? QByteArrayView("", 0) : rec.raw(vl);
            if (rec.failed() || kl < 0 || kl > 0xffff)
                return invalid(QStringLiteral("header %1 of record %2 is malformed").arg(h).arg(i));
            headers.push_back({hk, hv});
        }
        if (rec.failed() || !rec.atEnd() || offsetDelta < 0)
            return invalid(QStringLiteral("record %1 is malformed").arg(i));
        // The engine's batches (and Kafka's) hold their records in offset
        // order, all inside the batch's range.
        if (offsetDelta <= previousDelta || offsetDelta > lastOffsetDelta)
            return invalid(QStringLiteral("record %1 has offset delta %2, out of order").arg(i).arg(offsetDelta));
        previousDelta = offsetDelta;
        const std::optional<Micros> at = recordTime(firstTimestamp, timestampDelta, clock);
        if (!at)
            return invalid(QStringLiteral("record %1 has a timestamp more than 30,000 years from now").arg(i));
        builder.append(key, value, *at, headers, offsetDelta);
    }
    return {};
}

} // namespace

Micros ClockAnchor::toVirtual(std::int64_t wallMs) const
{
    std::int64_t ms = 0;
    Micros t = 0;
    if (__builtin_sub_overflow(wallMs, wallMsAtZero, &ms) || __builtin_mul_overflow(ms, kMillisecond, &t))
        return wallMs < wallMsAtZero ? std::numeric_limits<Micros>::min() : std::numeric_limits<Micros>::max();
    return t;
}

DecodedBatches decodeBatches(QByteArrayView records, const ClockAnchor &clock)
{
    DecodedBatches out;
    Reader in(records);
    while (!in.atEnd()) {
        if (in.remaining() < kBatchHeader) {
            // Kafka lets a fetch end in a partial batch, never a produce.
            out.error = invalid(QStringLiteral("the records end in the middle of a batch header"));
            return out;
        }
        const char *start = records.data() + (records.size() - in.remaining());
        in.i64(); // base offset: assigned by the leader
        const std::int32_t batchLength = in.i32();
        if (batchLength < kBatchHeader - 12 || batchLength > in.remaining()) {
            out.error = invalid(QStringLiteral("a batch length of %1 bytes does not fit the request").arg(batchLength));
            return out;
        }
        Reader batch(in.raw(batchLength));
        batch.i32(); // partition leader epoch: assigned by the leader
        const std::int8_t magic = batch.i8();
        const std::uint32_t crc = batch.u32();
        if (magic != 2) {
            out.error = invalid(QStringLiteral("record batch magic %1 is not supported (only v2)").arg(magic));
            return out;
        }
        const qsizetype covered = 12 + batchLength - kCrcStart;
        if (bb::crc32c(start + kCrcStart, std::size_t(covered)) != crc) {
            out.error = invalid(QStringLiteral("a record batch fails its CRC-32C check"));
            return out;
        }
        const std::int16_t attributes = batch.i16();
        const std::int32_t lastOffsetDelta = batch.i32();
        const std::int64_t firstTimestamp = batch.i64();
        batch.i64(); // max timestamp: recomputed
        const std::int64_t producerId = batch.i64();
        const std::int16_t producerEpoch = batch.i16();
        const std::int32_t baseSequence = batch.i32();
        const std::int32_t count = batch.i32();
        if (attributes & kControlBit) {
            out.error = invalid(QStringLiteral("clients may not write control batches"));
            return out;
        }
        // A compressed batch's records are one compressed block; the
        // engine stores them uncompressed.
        QByteArray inflated;
        const int codec = attributes & kCompressionMask;
        if (codec != 0) {
            QString why;
            inflated = decompress(codec, batch.raw(batch.remaining()), kMaxInflatedBytes, &why);
            if (inflated.isNull()) {
                out.unsupportedCompression = codec > 4;
                out.error = invalid(why);
                return out;
            }
        }
        Reader inflatedRecords(inflated);
        Reader &records = codec != 0 ? inflatedRecords : batch;
        if (count <= 0 || count > records.remaining() / 7 || lastOffsetDelta < count - 1) {
            out.error = invalid(QStringLiteral("a batch claims %1 records").arg(count));
            return out;
        }
        RecordBatchBuilder builder(records.remaining() + RecordBatch::kHeaderSize + count * RecordBatch::kRecordOverhead);
        if (Error e = decodeRecords(records, count, lastOffsetDelta, firstTimestamp, clock, builder)) {
            out.error = e;
            return out;
        }
        if (!records.atEnd() || !batch.atEnd()) {
            out.error = invalid(QStringLiteral("a batch has bytes after its last record"));
            return out;
        }
        builder.setLastOffsetDelta(lastOffsetDelta);
        builder.setProducer(ProducerId(producerId), producerEpoch, baseSequence);
        builder.setAttributes((attributes & kTransactionalBit) ? Transactional : 0);
        out.batches.push_back(builder.build());
    }
    if (out.batches.empty())
        out.error = invalid(QStringLiteral("the request holds no record batch"));
    return out;
}

void appendBatch(QByteArray &out, Offset base, Epoch epoch, const RecordBatch &batch, const ClockAnchor &clock)
{
    Writer w(batch.sizeBytes() + 64);
    const std::int64_t firstMs = clock.toWallMs(batch.firstTimestamp());
    w.i64(base.value);
    w.i32(0); // batch length, patched below
    w.i32(epoch.value);
    w.i8(2);
    w.u32(0); // crc, patched below
    std::int16_t attributes = batch.isTransactional() ? kTransactionalBit : 0;
    if (batch.isControl())
        attributes |= kControlBit;
    w.i16(attributes);
    w.i32(batch.lastOffsetDelta());
    w.i64(firstMs);
    w.i64(clock.toWallMs(batch.maxTimestamp()));
    w.i64(batch.producerId().value);
    w.i16(batch.producerEpoch());
    w.i32(batch.baseSequence());
    w.i32(batch.recordCount());
    const std::optional<bool> marker = batch.isControl() ? txnMarkerCommits(batch) : std::nullopt;
    Writer rec(256);
    for (const RecordView r : batch) {
        rec.buffer().clear();
        rec.i8(0);
        rec.varlong(clock.toWallMs(r.timestamp) - firstMs);
        rec.varint(r.offsetDelta);
        if (marker) {
            // A control record: key (version 0, type 0 abort / 1 commit),
            // value (version 0, coordinator epoch).
            rec.varint(4);
            rec.i16(0);
            rec.i16(*marker ? 1 : 0);
            rec.varint(6);
            rec.i16(0);
            rec.i32(0);
            rec.varint(0);
        } else {
            if (r.key.isNull()) {
                rec.varint(-1);
            } else {
                rec.varint(std::int32_t(r.key.size()));
                rec.raw(r.key);
            }
            if (r.value.isNull()) {
                rec.varint(-1);
            } else {
                rec.varint(std::int32_t(r.value.size()));
                rec.raw(r.value);
            }
            rec.varint(r.headerCount);
            for (int h = 0; h < r.headerCount; ++h) {
                const RecordHeader hd = r.header(h);
                rec.varint(std::int32_t(hd.key.size()));
                rec.raw(hd.key);
                rec.varint(std::int32_t(hd.value.size()));
                rec.raw(hd.value);
            }
        }
        w.varint(std::int32_t(rec.size()));
        w.raw(rec.buffer());
    }
    w.patchI32(8, std::int32_t(w.size() - 12));
    const QByteArray &b = w.buffer();
    qToBigEndian(bb::crc32c(b.constData() + kCrcStart, std::size_t(b.size() - kCrcStart)),
                 w.buffer().data() + 17);
    out.append(w.buffer());
}

} // namespace bb::kafka
