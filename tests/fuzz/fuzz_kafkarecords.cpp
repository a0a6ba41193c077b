// The Kafka RecordBatch v2 decoder (a Produce request's records): any bytes
// give batches or an error; every batch it accepts is one the engine's own
// decoder accepts (record offsets inside the batch, increasing), and
// encoding the batches again as Kafka batches decodes to the same records.
#include "fuzzcheck.h"

#include "kafka/kafkarecords.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const bb::kafka::ClockAnchor clock{1'700'000'000'000};
    const auto decoded = bb::kafka::decodeBatches(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), clock);
    if (decoded.error)
        return 0;
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
    return 0;
}
