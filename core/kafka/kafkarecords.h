#pragma once
// Converts between Kafka's RecordBatch v2 (big endian, zigzag varints,
// CRC-32C over everything after the checksum, timestamps in wall-clock ms)
// and the engine's batches (model/recordbatch.h), at the listener's edge.
// Incoming batches are checked (magic, lengths, checksum, every record's
// bounds) before anything is trusted; outgoing ones get their checksum.
// Timestamps map through a clock anchor: the wall-clock ms at virtual time 0.
// Plain functions, any thread.

#include "model/recordbatch.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace bb::kafka {

struct ClockAnchor {
    std::int64_t wallMsAtZero = 0;
    // A client may send any ms; the virtual clock reaches ±292,000 years in
    // µs, and a time beyond that is its nearest end (never a wrapped value).
    Micros toVirtual(std::int64_t wallMs) const;
    std::int64_t toWallMs(Micros t) const { return wallMsAtZero + t / kMillisecond; }
};

// Kafka's batch attribute bits.
enum : std::int16_t {
    kCompressionMask = 0x07,
    kTransactionalBit = 0x10,
    kControlBit = 0x20,
};

struct DecodedBatches {
    std::vector<RecordBatch> batches;
    Error error; // InvalidRecord with the reason, or None
    bool unsupportedCompression = false; // a codec number Kafka does not have
};

// Every batch in a Produce request's `records` for one partition.
DecodedBatches decodeBatches(QByteArrayView records, const ClockAnchor &clock);

// Appends one log entry as a Kafka batch (for Fetch responses).
void appendBatch(QByteArray &out, Offset base, Epoch epoch, const RecordBatch &batch, const ClockAnchor &clock);

} // namespace bb::kafka
