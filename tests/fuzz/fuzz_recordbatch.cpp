// The record batch decoder, which checks bytes from producers, the network
// and disk before anything trusts them: any bytes give a batch or an error;
// every record and header of an accepted batch lies inside it (ASan would
// see a read past it), and rebuilding the batch from its records gives
// one the decoder accepts with the same records.
#include "fuzzcheck.h"

#include "model/recordbatch.h"

#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto batch = bb::RecordBatch::fromBytes(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!batch)
        return 0;
    const char *begin = batch->bytes().constData();
    const char *end = begin + batch->sizeBytes();
    const auto inside = [&](QByteArrayView v) { return v.isNull() || (v.data() >= begin && v.data() + v.size() <= end); };
    bb::RecordBatchBuilder rebuilt(batch->sizeBytes());
    int records = 0;
    std::int32_t lastDelta = -1;
    for (const bb::RecordView r : *batch) {
        BB_FUZZ_CHECK(inside(r.key) && inside(r.value) && inside(r.headerBytes), "a record lies inside its batch");
        BB_FUZZ_CHECK(r.offsetDelta > lastDelta && r.offsetDelta <= batch->lastOffsetDelta(), "offset deltas increase");
        lastDelta = r.offsetDelta;
        std::vector<bb::RecordHeader> headers;
        for (int h = 0; h < r.headerCount; ++h) {
            headers.push_back(r.header(h));
            BB_FUZZ_CHECK(inside(headers.back().key) && inside(headers.back().value), "a header lies inside its record");
        }
        rebuilt.append(r.key, r.value, r.timestamp, headers, r.offsetDelta);
        ++records;
    }
    BB_FUZZ_CHECK(records == batch->recordCount(), "the record count is the records there are");
    rebuilt.setLastOffsetDelta(batch->lastOffsetDelta());
    const bb::RecordBatch copy = rebuilt.build();
    const auto again = bb::RecordBatch::fromBytes(copy.bytes());
    BB_FUZZ_CHECK(again.ok(), "a batch rebuilt from an accepted one is accepted");
    BB_FUZZ_CHECK(again->recordCount() == records, "a rebuilt batch has the same records");
    // Records go on (offset, timestamp, key, value, headers) as they were;
    // only the header's producer fields and timestamps are the builder's.
    BB_FUZZ_CHECK(copy.bytes().mid(bb::RecordBatch::kHeaderSize) == batch->bytes().mid(bb::RecordBatch::kHeaderSize),
                  "a rebuilt batch has the same record bytes");
    return 0;
}
