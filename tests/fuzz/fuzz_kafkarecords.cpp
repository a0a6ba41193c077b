// The Kafka RecordBatch v2 decoder (a Produce request's records): any bytes
// give batches or an error; every batch it accepts is one the engine's own
// decoder accepts (record offsets inside the batch, increasing), and
// encoding the batches again as Kafka batches decodes to the same records.
//
// Each input is decoded twice: as it is (the checksum guards the rest), and
// with every batch's CRC-32C made right, so that mutations get past the
// checksum to the record parser behind it, as a client's own bugs would.
#include "fuzzcheck.h"

#include "kafka/kafkarecords.h"
#include "model/crc32c.h"

#include <QtEndian>

#include <cstdint>

namespace {

void decodeAndCheck(QByteArrayView input)
{
    const bb::kafka::ClockAnchor clock{1'700'000'000'000};
    const auto decoded = bb::kafka::decodeBatches(input, clock);
    if (decoded.error)
        return;
    BB_FUZZ_CHECK(!decoded.batches.empty(), "an accepted request holds a batch");
    QByteArray again;
    for (const bb::RecordBatch &b : decoded.batches) {
        BB_FUZZ_CHECK(bb::RecordBatch::fromBytes(b.bytes()).ok(), "an accepted Kafka batch is a valid engine batch");
        bb::kafka::appendBatch(again, bb::Offset(0), bb::Epoch(0), b, clock);
    }
    const auto redecoded = bb::kafka::decodeBatches(again, clock);
    BB_FUZZ_CHECK(!redecoded.error, "batches written from accepted ones are accepted");
    BB_FUZZ_CHECK(redecoded.batches.size() == decoded.batches.size(), "as many batches come back");
    for (std::size_t i = 0; i < decoded.batches.size(); ++i)
        BB_FUZZ_CHECK(redecoded.batches[i].bytes().mid(bb::RecordBatch::kHeaderSize)
                          == decoded.batches[i].bytes().mid(bb::RecordBatch::kHeaderSize),
                      "the same records come back");
}

// Rewrites the checksum of each batch the lengths delimit (base offset i64,
// length i32, epoch i32, magic i8, crc u32 over the rest).
QByteArray withRightChecksums(QByteArray bytes)
{
    qsizetype at = 0;
    while (bytes.size() - at >= 21) {
        const qint64 length = qFromBigEndian<std::int32_t>(bytes.constData() + at + 8);
        if (length < 9 || length > bytes.size() - at - 12)
            break;
        const qsizetype end = at + 12 + qsizetype(length);
        qToBigEndian(bb::crc32c(bytes.constData() + at + 21, std::size_t(end - at - 21)), bytes.data() + at + 17);
        at = end;
    }
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    decodeAndCheck(input);
    decodeAndCheck(withRightChecksums(input));
    return 0;
}
