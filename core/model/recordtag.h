#pragma once
// RecordTag: the 16 bytes at the start of a generated record's value
// (magic, generator index, sequence number), so checkers, services and the
// message browser can tell exactly which record they hold. Written by the
// load generator, read by everything above it. Plain value.

#include <QByteArrayView>

#include <cstdint>

namespace bb {

struct RecordTag {
    std::uint32_t generator = 0;
    std::uint64_t sequence = 0;
    static constexpr int kSize = 16;
    static constexpr std::uint32_t kMagic = 0x42425251; // "QRBB"
    // Reads the tag at the start of a value; false if it carries none.
    static bool read(QByteArrayView value, RecordTag &out);
    void write(char *out) const;
};

} // namespace bb
