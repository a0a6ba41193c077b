#pragma once
// The Kafka wire format's primitives: big-endian integers, zigzag varints,
// strings and byte arrays in their classic (i16/i32 length) and compact
// (unsigned varint length + 1, KIP-482 flexible versions) forms, and tagged
// fields. The reader never reads past its buffer: a short or malformed field
// sets failed() and yields zeros, so a decoder checks once at the end.
// Plain values, any thread.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace bb::kafka {

class Reader {
public:
    explicit Reader(QByteArrayView data) : m_p(data.data()), m_end(data.data() + data.size()) {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_p == m_end; }
    qsizetype remaining() const { return m_end - m_p; }
    void fail() { m_failed = true; m_p = m_end; }

    std::int8_t i8();
    std::int16_t i16();
    std::int32_t i32();
    std::int64_t i64();
    std::uint32_t u32();
    bool boolean() { return i8() != 0; }
    std::uint32_t uvarint();
    std::int32_t varint();  // zigzag
    std::int64_t varlong(); // zigzag

    // Null strings come back as null QStrings (isNull()).
    QString string(bool compact);
    // Null bytes come back as a null view.
    QByteArrayView bytes(bool compact);
    QByteArrayView raw(qsizetype n);
    // An array's element count; -1 for null. Fails on a count the rest of
    // the buffer cannot hold (each element takes at least minElementBytes;
    // 0 for elements that may be empty).
    std::int32_t arrayLength(bool compact, int minElementBytes = 1);
    // Tagged fields of a flexible version: none are understood, all skipped.
    void skipTaggedFields();

private:
    bool need(qsizetype n);
    const char *m_p;
    const char *m_end;
    bool m_failed = false;
};

class Writer {
public:
    explicit Writer(qsizetype reserve = 256) { m_buf.reserve(reserve); }

    void i8(std::int8_t v) { m_buf.append(char(v)); }
    void i16(std::int16_t v);
    void i32(std::int32_t v);
    void i64(std::int64_t v);
    void u32(std::uint32_t v);
    void boolean(bool v) { i8(v ? 1 : 0); }
    void uvarint(std::uint32_t v);
    void varint(std::int32_t v);
    void varlong(std::int64_t v);
    void string(const QString &s, bool compact);  // null QString -> null
    void bytes(QByteArrayView b, bool compact);   // null view -> null
    void raw(QByteArrayView b) { m_buf.append(b); }
    void arrayLength(qsizetype n, bool compact);  // n < 0: null
    void emptyTaggedFields() { uvarint(0); }
    // A Kafka error code; the first non-zero one is remembered, so the
    // listener can count answers that carry an error.
    void errorCode(std::int16_t code)
    {
        i16(code);
        if (code != 0 && m_firstError == 0)
            m_firstError = code;
    }
    std::int16_t firstErrorCode() const { return m_firstError; }

    qsizetype size() const { return m_buf.size(); }
    // Overwrites 4 bytes at `at` (a length or checksum known only later).
    void patchI32(qsizetype at, std::int32_t v);
    QByteArray &buffer() { return m_buf; }
    QByteArray take() { return std::move(m_buf); }

private:
    QByteArray m_buf;
    std::int16_t m_firstError = 0;
};

} // namespace bb::kafka
