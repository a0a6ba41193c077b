#include "kafka/kafkawire.h"

#include <QtEndian>

namespace bb::kafka {

bool Reader::need(qsizetype n)
{
    if (m_failed || n < 0 || m_end - m_p < n) {
        fail();
        return false;
    }
    return true;
}

std::int8_t Reader::i8()
{
    if (!need(1))
        return 0;
    return std::int8_t(*m_p++);
}

std::int16_t Reader::i16()
{
    if (!need(2))
        return 0;
    const auto v = qFromBigEndian<std::int16_t>(m_p);
    m_p += 2;
    return v;
}

std::int32_t Reader::i32()
{
    if (!need(4))
        return 0;
    const auto v = qFromBigEndian<std::int32_t>(m_p);
    m_p += 4;
    return v;
}

std::uint32_t Reader::u32() { return std::uint32_t(i32()); }

std::int64_t Reader::i64()
{
    if (!need(8))
        return 0;
    const auto v = qFromBigEndian<std::int64_t>(m_p);
    m_p += 8;
    return v;
}

std::uint32_t Reader::uvarint()
{
    std::uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (!need(1))
            return 0;
        const std::uint8_t b = std::uint8_t(*m_p++);
        v |= std::uint32_t(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    fail(); // more than 5 bytes: not a 32-bit varint
    return 0;
}

std::int32_t Reader::varint()
{
    const std::uint32_t u = uvarint();
    return std::int32_t((u >> 1) ^ (~(u & 1) + 1));
}

std::int64_t Reader::varlong()
{
    std::uint64_t u = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (!need(1))
            return 0;
        const std::uint8_t b = std::uint8_t(*m_p++);
        u |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80))
            return std::int64_t((u >> 1) ^ (~(u & 1) + 1));
    }
    fail();
    return 0;
}

QByteArrayView Reader::raw(qsizetype n)
{
    if (!need(n))
        return {};
    QByteArrayView v(m_p, n);
    m_p += n;
    return v;
}

QByteArrayView Reader::bytes(bool compact)
{
    const qsizetype n = compact ? qsizetype(uvarint()) - 1 : qsizetype(i32());
    if (m_failed || n < -1) {
        fail();
        return {};
    }
    if (n == -1)
        return {};
    if (n == 0)
        return QByteArrayView("", 0); // empty, not null
    return raw(n);
}

QString Reader::string(bool compact)
{
    const qsizetype n = compact ? qsizetype(uvarint()) - 1 : qsizetype(i16());
    if (m_failed || n < -1) {
        fail();
        return {};
    }
    if (n == -1)
        return {};
    const QByteArrayView v = raw(n);
    return m_failed ? QString() : QString::fromUtf8(v.data() ? v : QByteArrayView("", 0));
}

std::int32_t Reader::arrayLength(bool compact, int minElementBytes)
{
    const std::int64_t n = compact ? std::int64_t(uvarint()) - 1 : std::int64_t(i32());
    if (m_failed || n < -1 || n * std::max(minElementBytes, 0) > remaining()) {
        fail();
        return 0;
    }
    return std::int32_t(n);
}

void Reader::skipTaggedFields()
{
    const std::uint32_t count = uvarint();
    for (std::uint32_t i = 0; i < count && !m_failed; ++i) {
        uvarint(); // tag
        raw(qsizetype(uvarint()));
    }
}

void Writer::i16(std::int16_t v)
{
    char b[2];
    qToBigEndian(v, b);
    m_buf.append(b, 2);
}

void Writer::i32(std::int32_t v)
{
    char b[4];
    qToBigEndian(v, b);
    m_buf.append(b, 4);
}

void Writer::u32(std::uint32_t v) { i32(std::int32_t(v)); }

void Writer::i64(std::int64_t v)
{
    char b[8];
    qToBigEndian(v, b);
    m_buf.append(b, 8);
}

void Writer::uvarint(std::uint32_t v)
{
    while (v >= 0x80) {
        m_buf.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    m_buf.append(char(v));
}

void Writer::varint(std::int32_t v) { uvarint((std::uint32_t(v) << 1) ^ std::uint32_t(v >> 31)); }

void Writer::varlong(std::int64_t v)
{
    std::uint64_t u = (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
    while (u >= 0x80) {
        m_buf.append(char((u & 0x7f) | 0x80));
        u >>= 7;
    }
    m_buf.append(char(u));
}

void Writer::string(const QString &s, bool compact)
{
    if (s.isNull()) {
        compact ? uvarint(0) : i16(-1);
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    compact ? uvarint(std::uint32_t(utf8.size() + 1)) : i16(std::int16_t(utf8.size()));
    m_buf.append(utf8);
}

void Writer::bytes(QByteArrayView b, bool compact)
{
    if (b.isNull()) {
        compact ? uvarint(0) : i32(-1);
        return;
    }
    compact ? uvarint(std::uint32_t(b.size() + 1)) : i32(std::int32_t(b.size()));
    m_buf.append(b);
}

void Writer::arrayLength(qsizetype n, bool compact)
{
    if (compact)
        uvarint(n < 0 ? 0 : std::uint32_t(n + 1));
    else
        i32(n < 0 ? -1 : std::int32_t(n));
}

void Writer::patchI32(qsizetype at, std::int32_t v) { qToBigEndian(v, m_buf.data() + at); }

} // namespace bb::kafka
