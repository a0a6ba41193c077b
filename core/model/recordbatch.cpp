#include "recordbatch.h"

#include "crc32c.h"

#include <QCoreApplication>

#include <climits>
#include <cstring>

namespace bb {
namespace {

template <typename T>
T load(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v; // the project targets little-endian hosts; the format is little endian
}

template <typename T>
void store(char *p, T v)
{
    std::memcpy(p, &v, sizeof v);
}

// Header field positions.
constexpr int kAttr = 1, kCount = 4, kLastDelta = 8, kBaseSeq = 12, kFirstTs = 16, kMaxTs = 24,
              kPid = 32, kPEpoch = 40, kCrc = 44;

// Covers every byte but the checksum's own four.
std::uint32_t checksum(const char *p, qsizetype size)
{
    return crc32c(p + kCrc + 4, std::size_t(size - kCrc - 4), crc32c(p, kCrc));
}

Error malformed(const char *what)
{
    return Error(Errc::InvalidRecord,
                 QCoreApplication::translate("bb::RecordBatch", "Malformed record batch: %1.").arg(QString::fromLatin1(what)));
}

} // namespace

RecordHeader RecordView::header(int index) const
{
    const char *p = headerBytes.data();
    for (int i = 0;; ++i) {
        const auto kl = load<std::uint16_t>(p);
        const auto vl = load<std::int32_t>(p + 2 + kl);
        if (i == index)
            return {QByteArrayView(p + 2, kl), QByteArrayView(p + 6 + kl, vl)};
        p += 6 + kl + vl;
    }
}

Result<RecordBatch> RecordBatch::fromBytes(QByteArray bytes)
{
    RecordBatch batch(std::move(bytes));
    if (Error e = batch.verify())
        return e;
    return batch;
}

RecordBatch RecordBatch::unverified(QByteArray bytes)
{
    return RecordBatch(std::move(bytes));
}

Error RecordBatch::verify() const
{
    const QByteArray &bytes = m_data;
    const char *p = bytes.constData();
    const char *end = p + bytes.size();
    if (bytes.size() < kHeaderSize)
        return malformed("shorter than its header");
    if (std::uint8_t(p[0]) != kMagic)
        return malformed("unknown format version");
    const auto count = load<std::int32_t>(p + kCount);
    const auto lastDelta = load<std::int32_t>(p + kLastDelta);
    if (count < 0 || lastDelta < count - 1)
        return malformed("record count does not match its offset span");
    const char *r = p + kHeaderSize;
    std::int32_t prevDelta = -1;
    for (int i = 0; i < count; ++i) {
        if (end - r < 4)
            return malformed("record runs past the end");
        const auto len = load<std::int32_t>(r);
        if (len < kRecordOverhead - 4 || len > end - r - 4)
            return malformed("record length out of bounds");
        const char *q = r + 4;
        const char *recEnd = q + len;
        const auto delta = load<std::int32_t>(q);
        if (delta <= prevDelta || delta > lastDelta)
            return malformed("offset deltas not increasing");
        prevDelta = delta;
        q += 12;
        for (int field = 0; field < 2; ++field) {
            if (recEnd - q < 4)
                return malformed("field runs past its record");
            const auto fl = load<std::int32_t>(q);
            q += 4;
            if (fl < -1 || fl > recEnd - q)
                return malformed("field length out of bounds");
            q += fl > 0 ? fl : 0;
        }
        if (recEnd - q < 2)
            return malformed("header count missing");
        const auto hc = load<std::uint16_t>(q);
        q += 2;
        for (int h = 0; h < hc; ++h) {
            if (recEnd - q < 2)
                return malformed("header runs past its record");
            const auto kl = load<std::uint16_t>(q);
            if (recEnd - q < 6 + kl)
                return malformed("header key out of bounds");
            const auto vl = load<std::int32_t>(q + 2 + kl);
            if (vl < 0 || vl > recEnd - q - 6 - kl)
                return malformed("header value out of bounds");
            q += 6 + kl + vl;
        }
        if (q != recEnd)
            return malformed("record length does not match its fields");
        r = recEnd;
    }
    if (r != end)
        return malformed("trailing bytes after the last record");
    if (checksum(bytes.constData(), bytes.size()) != load<std::uint32_t>(bytes.constData() + kCrc))
        return malformed("checksum (CRC-32C) mismatch: the bytes were damaged");
    return {};
}

std::uint8_t RecordBatch::attributes() const { return std::uint8_t(m_data.constData()[kAttr]); }
std::int32_t RecordBatch::recordCount() const { return load<std::int32_t>(m_data.constData() + kCount); }
std::int32_t RecordBatch::lastOffsetDelta() const { return load<std::int32_t>(m_data.constData() + kLastDelta); }
std::int32_t RecordBatch::baseSequence() const { return load<std::int32_t>(m_data.constData() + kBaseSeq); }
Micros RecordBatch::firstTimestamp() const { return load<std::int64_t>(m_data.constData() + kFirstTs); }
Micros RecordBatch::maxTimestamp() const { return load<std::int64_t>(m_data.constData() + kMaxTs); }
ProducerId RecordBatch::producerId() const { return ProducerId(load<std::int64_t>(m_data.constData() + kPid)); }
std::int16_t RecordBatch::producerEpoch() const { return load<std::int16_t>(m_data.constData() + kPEpoch); }
std::uint32_t RecordBatch::crc() const { return load<std::uint32_t>(m_data.constData() + kCrc); }
bool RecordBatch::crcMatches() const { return m_data.size() >= kHeaderSize && checksum(m_data.constData(), m_data.size()) == crc(); }

std::int32_t RecordBatch::lastSequence() const
{
    const std::int32_t base = baseSequence();
    if (base < 0)
        return -1;
    const std::int64_t last = std::int64_t(base) + lastOffsetDelta();
    return std::int32_t(last > INT32_MAX ? last - INT32_MAX - 1 : last);
}

void RecordBatch::stampProducer(ProducerId id, std::int16_t epoch, std::int32_t baseSequence, std::uint8_t attributes)
{
    char *p = m_data.data();
    p[kAttr] = char(attributes);
    store<std::int32_t>(p + kBaseSeq, baseSequence);
    store<std::int64_t>(p + kPid, id.value);
    store<std::int16_t>(p + kPEpoch, epoch);
    store<std::uint32_t>(p + kCrc, checksum(p, m_data.size()));
}

RecordBatch::Iterator RecordBatch::begin() const
{
    const char *p = m_data.constData();
    return Iterator(p + kHeaderSize, p + m_data.size());
}

RecordBatch::Iterator RecordBatch::end() const
{
    const char *p = m_data.constData() + m_data.size();
    return Iterator(p, p);
}

RecordView RecordBatch::Iterator::operator*() const
{
    RecordView v;
    const char *q = m_p + 4;
    v.offsetDelta = load<std::int32_t>(q);
    v.timestamp = load<std::int64_t>(q + 4);
    q += 12;
    const auto kl = load<std::int32_t>(q);
    q += 4;
    if (kl >= 0) {
        v.key = QByteArrayView(q, kl);
        q += kl;
    }
    const auto vl = load<std::int32_t>(q);
    q += 4;
    if (vl >= 0) {
        v.value = QByteArrayView(q, vl);
        q += vl;
    }
    v.headerCount = load<std::uint16_t>(q);
    q += 2;
    const char *recEnd = m_p + 4 + load<std::int32_t>(m_p);
    v.headerBytes = QByteArrayView(q, recEnd - q);
    return v;
}

RecordBatch::Iterator &RecordBatch::Iterator::operator++()
{
    m_p += 4 + load<std::int32_t>(m_p);
    return *this;
}

RecordBatchBuilder::RecordBatchBuilder(qsizetype reserveBytes)
    : m_reserve(reserveBytes)
{
    reset();
}

void RecordBatchBuilder::reset()
{
    m_buf = QByteArray();
    m_buf.reserve(m_reserve);
    m_buf.resize(RecordBatch::kHeaderSize, '\0');
    m_count = 0;
    m_lastDelta = -1;
    m_forcedLastDelta = -1;
    m_firstTs = 0;
    m_maxTs = 0;
    m_producer = kNoProducer;
    m_producerEpoch = -1;
    m_baseSequence = -1;
    m_attributes = 0;
}

void RecordBatchBuilder::setProducer(ProducerId id, std::int16_t epoch, std::int32_t baseSequence)
{
    m_producer = id;
    m_producerEpoch = epoch;
    m_baseSequence = baseSequence;
}

void RecordBatchBuilder::setAttributes(std::uint8_t attributes) { m_attributes = attributes; }

void RecordBatchBuilder::append(QByteArrayView key, QByteArrayView value, Micros timestamp,
                                std::span<const RecordHeader> headers, std::int32_t offsetDelta)
{
    const std::int32_t delta = offsetDelta < 0 ? m_lastDelta + 1 : offsetDelta;
    const qsizetype keyLen = key.isNull() ? 0 : key.size();
    const qsizetype valueLen = value.isNull() ? 0 : value.size();
    qsizetype len = RecordBatch::kRecordOverhead - 4 + keyLen + valueLen;
    for (const auto &h : headers)
        len += 6 + h.key.size() + h.value.size();
    // One resize and direct writes: this runs once per record on the
    // producer's hot path.
    const qsizetype at = m_buf.size();
    m_buf.resize(at + 4 + len);
    char *p = m_buf.data() + at;
    store<std::int32_t>(p, std::int32_t(len));
    store<std::int32_t>(p + 4, delta);
    store<std::int64_t>(p + 8, timestamp);
    store<std::int32_t>(p + 16, key.isNull() ? -1 : std::int32_t(keyLen));
    p += 20;
    if (keyLen)
        std::memcpy(p, key.data(), std::size_t(keyLen));
    p += keyLen;
    store<std::int32_t>(p, value.isNull() ? -1 : std::int32_t(valueLen));
    p += 4;
    if (valueLen)
        std::memcpy(p, value.data(), std::size_t(valueLen));
    p += valueLen;
    store<std::uint16_t>(p, std::uint16_t(headers.size()));
    p += 2;
    for (const auto &h : headers) {
        store<std::uint16_t>(p, std::uint16_t(h.key.size()));
        std::memcpy(p + 2, h.key.data(), std::size_t(h.key.size()));
        p += 2 + h.key.size();
        store<std::int32_t>(p, std::int32_t(h.value.size()));
        std::memcpy(p + 4, h.value.data(), std::size_t(h.value.size()));
        p += 4 + h.value.size();
    }
    if (m_count == 0 || timestamp < m_firstTs)
        m_firstTs = timestamp;
    if (m_count == 0 || timestamp > m_maxTs)
        m_maxTs = timestamp;
    m_lastDelta = delta;
    ++m_count;
}

RecordBatch RecordBatchBuilder::build()
{
    char *p = m_buf.data();
    p[0] = char(RecordBatch::kMagic);
    p[kAttr] = char(m_attributes);
    store<std::int32_t>(p + kCount, m_count);
    store<std::int32_t>(p + kLastDelta, std::max(m_lastDelta, m_forcedLastDelta));
    store<std::int32_t>(p + kBaseSeq, m_baseSequence);
    store<std::int64_t>(p + kFirstTs, m_firstTs);
    store<std::int64_t>(p + kMaxTs, m_maxTs);
    store<std::int64_t>(p + kPid, m_producer.value);
    store<std::int16_t>(p + kPEpoch, m_producerEpoch);
    store<std::uint32_t>(p + kCrc, checksum(p, m_buf.size()));
    RecordBatch batch(std::move(m_buf));
    reset();
    return batch;
}

} // namespace bb
