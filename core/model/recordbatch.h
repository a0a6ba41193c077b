#pragma once
// RecordBatch: the unit records travel and are stored in. One contiguous,
// implicitly shared buffer per batch (QByteArray), so handing a batch from a
// producer to a leader, to its followers and to a store copies no bytes.
//
// The base offset and the leader epoch are not in the buffer: they are
// assigned by the leader and kept beside it in a LogEntry, so the leader never
// has to write into (and so detach) a buffer the producer still holds for a
// retry.
//
// Layout (little endian):
//   header  u8 magic, u8 attributes, u16 0, i32 recordCount, i32 lastOffsetDelta,
//           i32 baseSequence, i64 firstTimestamp, i64 maxTimestamp,
//           i64 producerId, i16 producerEpoch, u16 0, u32 crc        (48 bytes)
//   crc is the CRC-32C of every other byte of the batch (as in Kafka's
//   RecordBatch v2): a damaged batch, in memory or on disk, is detected
//   before it is trusted.
//   record  i32 length-of-rest, i32 offsetDelta, i64 timestamp,
//           i32 keyLen (-1 = null), key, i32 valueLen (-1 = tombstone), value,
//           u16 headerCount, {u16 keyLen, key, i32 valueLen, value}*

#include "error.h"
#include "ids.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <span>

namespace bb {

struct RecordHeader {
    QByteArrayView key;
    QByteArrayView value;
};

enum BatchAttribute : std::uint8_t {
    Transactional = 0x1,
    Control = 0x2, // a transaction marker: one record whose key says commit or abort
};

// A read-only view of one record inside a batch. Valid while the batch lives.
struct RecordView {
    std::int32_t offsetDelta = 0;
    Micros timestamp = 0;
    QByteArrayView key;   // isNull() for a null key
    QByteArrayView value; // isNull() for a tombstone
    int headerCount = 0;
    QByteArrayView headerBytes;

    bool isTombstone() const { return value.isNull(); }
    RecordHeader header(int index) const;
};

class RecordBatch {
public:
    static constexpr int kHeaderSize = 48;
    static constexpr int kRecordOverhead = 26;
    static constexpr std::uint8_t kMagic = 2;

    RecordBatch() = default;
    // Checks the whole buffer (bounds of every record) before trusting it:
    // batches arrive from producers, from the network and from disk.
    static Result<RecordBatch> fromBytes(QByteArray bytes);
    // Bytes as a damaged disk returns them (storage faults): not checked;
    // whoever reads them calls verify() before trusting them.
    static RecordBatch unverified(QByteArray bytes);
    // Bounds of every record and the checksum.
    Error verify() const;

    bool isNull() const { return m_data.isEmpty(); }
    const QByteArray &bytes() const { return m_data; }
    qsizetype sizeBytes() const { return m_data.size(); }

    std::uint8_t attributes() const;
    bool isTransactional() const { return attributes() & Transactional; }
    bool isControl() const { return attributes() & Control; }
    std::int32_t recordCount() const;
    std::int32_t lastOffsetDelta() const;
    std::int32_t baseSequence() const;
    Micros firstTimestamp() const;
    Micros maxTimestamp() const;
    ProducerId producerId() const;
    std::int16_t producerEpoch() const;
    std::uint32_t crc() const;
    bool crcMatches() const; // the stored checksum matches the bytes
    // The sequence of the batch's last record (Kafka's lastSequence: wraps
    // past INT32_MAX to 0). -1 for a batch without producer.
    std::int32_t lastSequence() const;

    // Writes the producer fields and attributes into the header. An
    // idempotent producer stamps a batch when it first sends it (as Kafka
    // assigns sequences at drain time), while it is the buffer's only
    // holder, so nothing is copied; a shared buffer would be detached first.
    void stampProducer(ProducerId id, std::int16_t epoch, std::int32_t baseSequence, std::uint8_t attributes);

    class Iterator {
    public:
        Iterator(const char *p, const char *end) : m_p(p), m_end(end) {}
        RecordView operator*() const;
        Iterator &operator++();
        bool operator!=(const Iterator &o) const { return m_p != o.m_p; }

    private:
        const char *m_p;
        const char *m_end;
    };
    Iterator begin() const;
    Iterator end() const;

private:
    explicit RecordBatch(QByteArray data) : m_data(std::move(data)) {}
    friend class RecordBatchBuilder;
    QByteArray m_data;
};

// Builds batches into a buffer reserved up front: appending a record copies
// its bytes and allocates nothing unless the batch outgrows the reservation.
class RecordBatchBuilder {
public:
    explicit RecordBatchBuilder(qsizetype reserveBytes = 16 * 1024);

    void setProducer(ProducerId id, std::int16_t epoch, std::int32_t baseSequence);
    void setAttributes(std::uint8_t attributes);
    // offsetDelta < 0 means "next": the record's position in the batch.
    // Compaction passes the original delta to keep offsets stable.
    void append(QByteArrayView key, QByteArrayView value, Micros timestamp,
                std::span<const RecordHeader> headers = {}, std::int32_t offsetDelta = -1);
    int count() const { return m_count; }
    qsizetype sizeBytes() const { return m_buf.size(); }
    // Forces lastOffsetDelta (compaction keeps the original batch's span).
    void setLastOffsetDelta(std::int32_t delta) { m_forcedLastDelta = delta; }
    // Finishes the batch and starts a new, empty one with the same reservation.
    RecordBatch build();

private:
    void reset();
    QByteArray m_buf;
    qsizetype m_reserve;
    int m_count = 0;
    std::int32_t m_lastDelta = -1;
    std::int32_t m_forcedLastDelta = -1;
    Micros m_firstTs = 0;
    Micros m_maxTs = 0;
    ProducerId m_producer = kNoProducer;
    std::int16_t m_producerEpoch = -1;
    std::int32_t m_baseSequence = -1;
    std::uint8_t m_attributes = 0;
};

// A batch as it sits in a partition log: the leader-assigned base offset and
// the leader epoch it was written in.
struct LogEntry {
    Offset base;
    Epoch epoch;
    RecordBatch batch;

    Offset lastOffset() const { return base + batch.lastOffsetDelta(); }
    Offset nextOffset() const { return base + (batch.lastOffsetDelta() + 1); }
};

} // namespace bb
